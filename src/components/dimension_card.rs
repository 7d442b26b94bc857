//! One dimension's result: score, band, facet detail, the band's feedback and tips to tick.

use super::{ctx::Ctx, score::Score};
use assessment::i18n::Key;
use assessment::plan::Plan;
use assessment::scoring::DimensionScore;
use assessment::view::needed_for_score;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub dim: usize,
    pub score: DimensionScore,
    pub plan: Plan,
    pub on_toggle: Callback<String>,
    /// Tips as a plain list, without tick boxes.
    #[prop_or_default]
    pub readonly: bool,
}

#[function_component(DimensionCard)]
pub fn dimension_card(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let Some(d) = q.dimensions.get(p.dim) else {
        return Html::default();
    };
    let s = &p.score;
    let band = s.band.and_then(|b| q.bands.get(b));
    let feedback = s.band.and_then(|b| d.feedback.get(b));
    let heading_id = format!("dim-{}", d.id);
    let answered = t.fmt(
        Key::ResultsAnswered,
        &[
            ("answered", &s.answered.to_string()),
            ("total", &s.rating_items.to_string()),
        ],
    );
    html! {
        <article class={classes!("card", "dim-card", s.score.is_none().then_some("is-unscored"))} aria-labelledby={heading_id.clone()} data-dimension={d.id.clone()}>
            <header class="dim-head">
                <h3 id={heading_id}>{ &d.name }</h3>
                if let (Some(score), Some(band)) = (s.score, band) {
                    <p class="dim-score"><Score ctx={p.ctx.clone()} {score} />
                        <span class={classes!("band-chip", format!("band-{}", band.id))}>{ &band.name }</span></p>
                } else {
                    <p class="dim-score not-enough"><span class="band-chip band-none">{ t.get(Key::ResultsNotEnough) }</span></p>
                }
            </header>
            <p class="dim-answered">{ answered }</p>
            if s.score.is_none() {
                <p>{ t.fmt(Key::ResultsNotEnoughDetail, &[("needed", &needed_for_score(s.rating_items).to_string()), ("total", &s.rating_items.to_string())]) }</p>
            }
            if let Some(f) = feedback {
                <p class="dim-feedback">{ &f.text }</p>
                if s.facets.iter().any(|f| f.score.is_some()) {
                    <details class="facets">
                        <summary>{ t.get(Key::ResultsFacets) }</summary>
                        <dl>
                        { for s.facets.iter().filter_map(|fs| {
                            let name = d.facets.iter().find(|f| f.id == fs.id).map(|f| f.name.clone())?;
                            Some(html! { <div class="facet-row"><dt>{ name }</dt><dd>{ fs.score.map(|v| v.to_string()).unwrap_or_else(|| "–".into()) }</dd></div> })
                        }) }
                        </dl>
                    </details>
                }
                <h4 class="tips-title">{ t.get(Key::ResultsTips) }</h4>
                <ul class="tips">
                { for f.tips.iter().map(|tip| {
                    if p.readonly {
                        return html! { <li class="tip"><span class="tip-text">{ &tip.text }</span></li> };
                    }
                    let checked = p.plan.contains(&tip.id);
                    let disabled = p.plan.locked(&tip.id);
                    let cb = p.on_toggle.clone();
                    let id = tip.id.clone();
                    let input_id = format!("tip-{}", tip.id.replace('.', "-"));
                    html! {
                        <li class={classes!("tip", checked.then_some("is-chosen"))}>
                            <input type="checkbox" id={input_id.clone()} {checked} {disabled} data-tip={tip.id.clone()}
                                onchange={Callback::from(move |_| cb.emit(id.clone()))} />
                            <label for={input_id}>
                                <span class="tip-text">{ &tip.text }</span>
                                <span class="tip-add no-print">{ t.get(Key::ResultsAddTip) }</span>
                            </label>
                        </li>
                    }
                }) }
                </ul>
            }
            if let Some(j) = s.judgement {
                <p class="dim-judgement"><span class="dim-judgement-label">{ t.get(Key::ResultsJudgement) }</span> <Score ctx={p.ctx.clone()} score={j} /></p>
            }
        </article>
    }
}
