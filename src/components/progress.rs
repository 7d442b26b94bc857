//! The progress indicator: step x of y, percent answered, questions left, and a step list.

use super::ctx::Ctx;
use assessment::answers::Answers;
use assessment::i18n::Key;
use assessment::session::{progress, Intent, Step};
use assessment::view::{ordinal, step_position};
use yew::prelude::*;

/// Properties of a dimension step and of its progress indicator.
#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub ctx: Ctx,
    pub dim: usize,
    pub answers: Answers,
    pub on_intent: Callback<Intent>,
}

#[function_component(Progress)]
pub fn progress_bar(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let prog = progress(q, &p.answers);
    let (x, y) = step_position(q, &Step::Dimension(p.dim)).unwrap_or((1, 1));
    let left = prog.total.saturating_sub(prog.answered);
    let percent = prog.percent.to_string();
    html! {
        <div class="progress">
            <div class="progress-text">
                <span class="progress-step">{ t.fmt(Key::StepCounter, &[("x", &x.to_string()), ("y", &y.to_string())]) }</span>
                <span class="progress-percent" id="progress-percent">{ t.fmt(Key::StepPercent, &[("percent", &percent)]) }</span>
                <span class="progress-left">{ t.plural(Key::StepLeftOne, Key::StepLeftOther, left, &[]) }</span>
            </div>
            <progress class="progress-bar" max="100" value={percent.clone()} aria-label={t.get(Key::StepProgressLabel).to_string()}
                aria-valuetext={t.fmt(Key::StepPercent, &[("percent", &percent)])}></progress>
            <nav aria-label={t.get(Key::NavSteps).to_string()}>
                <ol class="stepper">
                { for q.dimensions.iter().enumerate().map(|(i, d)| {
                    let (done, total) = prog.per_dimension.get(i).copied().unwrap_or((0, 0));
                    let current = i == p.dim;
                    let complete = done == total && total > 0;
                    let cb = p.on_intent.clone();
                    html! {
                        <li>
                            <button type="button" class={classes!("stepper-dot", current.then_some("is-current"), complete.then_some("is-complete"))}
                                aria-current={current.then_some("step")} title={d.name.clone()} aria-label={d.name.clone()}
                                onclick={Callback::from(move |_| cb.emit(Intent::GoTo(Step::Dimension(i))))}>
                                <span aria-hidden="true">{ ordinal(i).to_string() }</span>
                            </button>
                        </li>
                    }
                }) }
                </ol>
            </nav>
        </div>
    }
}
