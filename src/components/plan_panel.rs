//! The action plan: the tips the user ticked (up to three), ready to print.

use super::ctx::Ctx;
use assessment::i18n::Key;
use assessment::plan::Plan;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub plan: Plan,
    pub on_toggle: Callback<String>,
}

#[function_component(PlanPanel)]
pub fn plan_panel(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    html! {
        <section class="plan card" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ t.get(Key::PlanHeading) }</h2>
            <p class="plan-status" aria-live="polite">
                { t.fmt(Key::PlanCount, &[("n", &p.plan.tips.len().to_string())]) }
                { " · " }
                { if p.plan.is_full() { t.get(Key::PlanFull) } else { t.get(Key::PlanIntro) } }
            </p>
            if p.plan.tips.is_empty() {
                <p class="plan-empty">{ t.get(Key::PlanEmpty) }</p>
            } else {
                <ol class="plan-list">
                { for p.plan.tips.iter().filter_map(|id| q.tip(id).map(|(area, tip)| {
                    let cb = p.on_toggle.clone();
                    let id = id.clone();
                    html! {
                        <li>
                            <span class="plan-area">{ area }</span>
                            <span class="plan-tip">{ &tip.text }</span>
                            <button type="button" class="btn btn-quiet no-print" onclick={Callback::from(move |_| cb.emit(id.clone()))}>{ t.get(Key::PlanRemove) }</button>
                        </li>
                    }
                })) }
                </ol>
            }
        </section>
    }
}
