//! One dimension step: heading, description, its questions, and Back / Next.

use super::{progress::Progress, question::Question};
use assessment::i18n::Key;
use assessment::session::Intent;
use assessment::view::{is_last_dimension, item_numbers};
use yew::prelude::*;

/// The step and its progress indicator take the same properties.
pub use super::progress::Props;

#[function_component(StepPage)]
pub fn step_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let Some(d) = q.dimensions.get(p.dim) else {
        return Html::default();
    };
    let numbers = item_numbers(q, p.dim);
    let nav = |intent: Intent| {
        let cb = p.on_intent.clone();
        Callback::from(move |_| cb.emit(intent.clone()))
    };
    let next_label = if is_last_dimension(q, p.dim) {
        t.get(Key::NavReview)
    } else {
        t.get(Key::NavNext)
    };
    html! {
        <section class="step" aria-labelledby="page-heading" key={d.id.clone()}>
            <Progress ..p.clone() />
            <h1 id="page-heading" tabindex="-1">{ &d.name }</h1>
            <p class="lead">{ &d.description }</p>
            <p class="instructions">{ &q.instructions }</p>
            <p class="hint">{ t.get(Key::StepKeyboardHint) }</p>
            <div class="items">
                { for d.items.iter().zip(numbers).map(|(item, n)| html! {
                    <Question key={item.id.clone()} ctx={p.ctx.clone()} item={item.clone()} number={n} answer={p.answers.get(&item.id).cloned()} on_intent={p.on_intent.clone()} />
                }) }
            </div>
            <div class="actions step-actions">
                <button type="button" class="btn btn-secondary" id="back-btn" onclick={nav(Intent::Back)}>{ t.get(Key::NavBack) }</button>
                <button type="button" class="btn btn-primary" id="next-btn" onclick={nav(Intent::Next)}>{ next_label }</button>
            </div>
        </section>
    }
}
