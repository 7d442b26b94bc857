//! The review page before results: what is still unanswered, with links to each question.

use super::{ctx::Ctx, question::item_dom_id};
use assessment::answers::Answers;
use assessment::i18n::Key;
use assessment::session::{unanswered, Intent, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub answers: Answers,
    pub on_intent: Callback<Intent>,
    /// Go to (dimension index, DOM id of the question).
    pub on_goto: Callback<(usize, String)>,
}

#[function_component(ReviewPage)]
pub fn review_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let missing = unanswered(q, &p.answers);
    let nav = |intent: Intent| {
        let cb = p.on_intent.clone();
        Callback::from(move |_| cb.emit(intent.clone()))
    };
    let summary = if missing.is_empty() {
        t.get(Key::ReviewComplete).to_string()
    } else {
        t.plural(
            Key::ReviewMissingOne,
            Key::ReviewMissingOther,
            missing.len(),
            &[],
        )
    };
    html! {
        <section class="review" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t.get(Key::ReviewHeading) }</h1>
            <p class="lead" id="review-summary">{ summary }</p>
            if !missing.is_empty() {
                <ul class="missing-list">
                { for missing.iter().map(|(dim, id)| {
                    let text = q.item(id).map(|(_, item)| item.prompt().to_string()).unwrap_or_default();
                    let area = q.dimensions.get(*dim).map(|d| d.name.clone()).unwrap_or_default();
                    let cb = p.on_goto.clone();
                    let target = (*dim, item_dom_id(id));
                    html! {
                        <li>
                            <span class="missing-area">{ area }</span>
                            <a href={format!("#{}", target.1)} class="missing-link" onclick={Callback::from(move |e: MouseEvent| { e.prevent_default(); cb.emit(target.clone()); })}>{ text }</a>
                        </li>
                    }
                }) }
                </ul>
            }
            <div class="actions">
                <button type="button" class="btn btn-secondary" id="back-btn" onclick={nav(Intent::Back)}>{ t.get(Key::NavBack) }</button>
                <button type="button" class="btn btn-primary" id="results-btn" onclick={nav(Intent::GoTo(Step::Results))}>{ t.get(Key::ReviewResults) }</button>
            </div>
        </section>
    }
}
