//! One question as a real radio group: a self-rating on the labelled frequency scale with
//! "not applicable", or a situational item with its options. Number keys 1-5 answer a focused
//! rating item.

use super::ctx::Ctx;
use assessment::answers::Answer;
use assessment::i18n::Key;
use assessment::questionnaire::{Item, ItemKind};
use assessment::session::Intent;
use assessment::view::rating_from_key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub item: Item,
    /// Running number shown beside the question.
    pub number: usize,
    pub answer: Option<Answer>,
    pub on_intent: Callback<Intent>,
}

/// DOM id of the fieldset of an item (links from the review page point here).
pub fn item_dom_id(item_id: &str) -> String {
    format!("q-{}", item_id.replace('.', "-"))
}

fn option(
    name: &str,
    id: String,
    checked: bool,
    on: Callback<()>,
    label: Html,
    class: &'static str,
) -> Html {
    html! {
        <label class={classes!("opt", class, checked.then_some("is-checked"))} for={id.clone()}>
            <input type="radio" id={id} name={name.to_string()} {checked}
                onchange={Callback::from(move |_| on.emit(()))} />
            <span class="opt-body">{ label }</span>
        </label>
    }
}

#[function_component(Question)]
pub fn question(p: &Props) -> Html {
    let t = p.ctx.t();
    let q = p.ctx.q();
    let dom_id = item_dom_id(&p.item.id);
    let name = p.item.id.clone();
    let answer_cb = |answer: Answer| {
        let cb = p.on_intent.clone();
        let item = p.item.id.clone();
        Callback::from(move |_| {
            cb.emit(Intent::Answer {
                item: item.clone(),
                answer: answer.clone(),
            })
        })
    };
    let number = p.number.to_string();
    let answered = p.answer.is_some();
    match &p.item.kind {
        ItemKind::Rating { text, .. } => {
            let onkeydown = {
                let cb = p.on_intent.clone();
                let item = p.item.id.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    if let Some(v) = rating_from_key(&e.key()) {
                        e.prevent_default();
                        cb.emit(Intent::Answer {
                            item: item.clone(),
                            answer: Answer::Rating(v),
                        });
                    }
                })
            };
            html! {
                <fieldset class={classes!("item", "item-rating", answered.then_some("is-answered"))} id={dom_id.clone()} {onkeydown} data-item={p.item.id.clone()}>
                    <legend class="item-text">
                        <span class="item-no" aria-hidden="true">{ &number }</span>
                        <span class="visually-hidden">{ t.fmt(Key::StepItemLabel, &[("n", &number)]) }{ ": " }</span>
                        { text }
                    </legend>
                    <div class="scale">
                        { for q.scale.points.iter().map(|pt| {
                            let checked = p.answer == Some(Answer::Rating(pt.value));
                            option(&name, format!("{dom_id}-{}", pt.value), checked, answer_cb(Answer::Rating(pt.value)),
                                html! { <><span class="opt-label">{ &pt.label }</span><span class="opt-hint">{ &pt.hint }</span></> }, "opt-scale")
                        }) }
                        { option(&name, format!("{dom_id}-na"), p.answer == Some(Answer::NotApplicable), answer_cb(Answer::NotApplicable),
                            html! { <span class="opt-label">{ &q.scale.not_applicable }</span> }, "opt-na") }
                    </div>
                </fieldset>
            }
        }
        ItemKind::Judgement {
            scenario,
            question,
            options,
        } => html! {
            <fieldset class={classes!("item", "item-judgement", answered.then_some("is-answered"))} id={dom_id.clone()} data-item={p.item.id.clone()}>
                <legend class="item-text">
                    <span class="item-no" aria-hidden="true">{ &number }</span>
                    <span class="scenario-tag">{ t.fmt(Key::StepJudgementLabel, &[("n", &number)]) }</span>
                    <span class="scenario">{ scenario }</span>
                    <span class="scenario-question">{ question }</span>
                </legend>
                <div class="choices">
                    { for options.iter().map(|o| {
                        let checked = p.answer == Some(Answer::Choice(o.id.clone()));
                        option(&name, format!("{dom_id}-{}", o.id), checked, answer_cb(Answer::Choice(o.id.clone())),
                            html! { <span class="opt-label">{ &o.text }</span> }, "opt-choice")
                    }) }
                </div>
            </fieldset>
        },
    }
}
