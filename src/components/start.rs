//! The start page: what the assessment is, the seven areas, time, privacy, and start/continue.

use super::ctx::Ctx;
use assessment::answers::Answers;
use assessment::i18n::Key;
use assessment::session::{progress, Intent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub answers: Answers,
    pub on_intent: Callback<Intent>,
    pub on_restart: Callback<()>,
}

#[function_component(StartPage)]
pub fn start_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let prog = progress(q, &p.answers);
    let resuming = prog.answered > 0;
    let begin = {
        let cb = p.on_intent.clone();
        Callback::from(move |_| cb.emit(Intent::Begin))
    };
    let restart = {
        let cb = p.on_restart.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let total = prog.total.to_string();
    html! {
        <section class="start" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t.get(Key::StartHeading) }</h1>
            <p class="lead">{ t.get(Key::StartLead) }</p>
            <ul class="facts">
                <li class="fact fact-time">{ t.fmt(Key::StartTime, &[("n", &total)]) }</li>
                <li class="fact fact-privacy">{ t.get(Key::StartPrivacy) }</li>
            </ul>
            <h2 class="areas-title">{ t.get(Key::StartAreas) }</h2>
            <ol class="areas">
                { for q.dimensions.iter().map(|d| html! {
                    <li><strong>{ &d.name }</strong><span>{ &d.description }</span></li>
                }) }
            </ol>
            <div class="actions start-actions">
                if resuming {
                    <p class="saved-progress">{ t.fmt(Key::StartSaved, &[("answered", &prog.answered.to_string()), ("total", &total), ("percent", &prog.percent.to_string())]) }</p>
                    <button type="button" class="btn btn-primary" id="start-btn" onclick={begin}>{ t.get(Key::StartContinue) }</button>
                    <button type="button" class="btn btn-secondary" id="start-over-btn" onclick={restart}>{ t.get(Key::StartOver) }</button>
                } else {
                    <button type="button" class="btn btn-primary" id="start-btn" onclick={begin}>{ t.get(Key::StartBegin) }</button>
                }
            </div>
        </section>
    }
}
