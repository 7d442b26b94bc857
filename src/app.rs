//! The root component: picks the language, loads its content, restores saved answers, owns the
//! reducer, and shows the page for the current step.

use crate::browser;
use crate::components::{
    confirm::ConfirmRestart, ctx::Ctx, lang_switch::LangSwitch, notices::Notices,
    results::ResultsPage, review::ReviewPage, start::StartPage, step::StepPage, Notice,
};
use crate::loader::{self, Bundle};
use crate::state::{Action, AppState};
use crate::storage::{self, Problem};
use assessment::i18n::{choose_language, Key, Lang};
use assessment::plan::Plan;
use assessment::saved::Saved;
use assessment::session::{Session, Step};
use std::rc::Rc;
use yew::prelude::*;

fn initial_state() -> (AppState, Vec<Notice>) {
    let mut notices = Vec::new();
    if !storage::available() {
        notices.push(Notice::Storage(Problem::Unavailable));
        return (AppState::new(Session::new(), Plan::default()), notices);
    }
    match storage::load_saved() {
        Ok(Some(saved)) => (AppState::new(saved.session, saved.plan), notices),
        Ok(None) => (AppState::new(Session::new(), Plan::default()), notices),
        Err(p) => {
            notices.push(Notice::Storage(p));
            (AppState::new(Session::new(), Plan::default()), notices)
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let boot = use_memo((), |_| {
        let param = browser::query_param("lang");
        let choice = choose_language(
            param.as_deref(),
            storage::load_lang().as_deref(),
            &browser::browser_locales(),
        );
        let (state, mut notices) = initial_state();
        if let Some(bad) = choice.rejected_param.clone() {
            notices.push(Notice::LangParam(bad));
        }
        (choice.lang, state, notices)
    });
    let lang = use_state(|| boot.0);
    let bundle = use_state(|| None::<Rc<Bundle>>);
    let load_error = use_state(|| None::<String>);
    let notices = use_state(|| boot.2.clone());
    let state = use_reducer(|| boot.1.clone());

    // Load the active language (again when it changes); keep the old one on screen meanwhile.
    {
        let bundle = bundle.clone();
        let load_error = load_error.clone();
        let state = state.clone();
        let notices = notices.clone();
        use_effect_with(*lang, move |lang| {
            let lang = *lang;
            wasm_bindgen_futures::spawn_local(async move {
                let mut result = loader::load(lang, None).await;
                if let (Err(e), false) = (&result, lang == Lang::En) {
                    // A broken or missing translation: fall back to English and say why.
                    let mut list = (*notices).clone();
                    list.push(Notice::Content(e.0.clone()));
                    notices.set(list);
                    result = loader::load(Lang::En, None).await;
                }
                match result {
                    Ok(b) => {
                        let b = Rc::new(b);
                        // Drop answers the current questionnaire cannot hold.
                        state.dispatch(Action::Sanitize(Rc::new(b.questionnaire.clone())));
                        browser::set_document_language(b.catalog.lang().code(), b.catalog.get(Key::AppTitle));
                        load_error.set(None);
                        bundle.set(Some(b));
                    }
                    Err(e) => load_error.set(Some(e.0)),
                }
            });
        });
    }

    // Save on every change of answers, step or plan.
    {
        let notices = notices.clone();
        let deps = (
            state.session.clone(),
            state.plan.clone(),
            bundle.as_ref().map(|b| b.questionnaire.version),
        );
        use_effect_with(deps, move |(session, plan, version)| {
            if let Some(v) = version {
                if let Err(p) = storage::save(&Saved::new(*v, session.clone(), plan.clone())) {
                    if !notices.contains(&Notice::Storage(p)) && p == Problem::Full {
                        let mut list = (*notices).clone();
                        list.push(Notice::Storage(p));
                        notices.set(list);
                    }
                }
            }
        });
    }

    // Move focus to the new page's heading after each step change.
    {
        let ready = bundle.is_some();
        let target = state.focus_target.clone();
        use_effect_with((state.step_changes, ready), move |(changes, ready)| {
            if *ready && *changes > 0 {
                browser::focus_and_scroll(target.as_deref().unwrap_or("page-heading"));
            }
        });
    }

    let Some(b) = (*bundle).clone() else {
        return match &*load_error {
            Some(err) => html! {
                <main id="main" class="page">
                    <div class="notice notice-error" role="alert"><p>{ format!("The assessment could not be loaded: {err}") }</p></div>
                </main>
            },
            None => html! { <main id="main" class="page loading" aria-busy="true"></main> },
        };
    };
    let ctx = Ctx::new(b.clone());
    let t = &b.catalog;
    let q = Rc::new(b.questionnaire.clone());

    let dispatch = {
        let state = state.clone();
        let q = q.clone();
        Callback::from(move |intent| state.dispatch(Action::Intent(q.clone(), intent)))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            storage::save_lang(l.code());
            lang.set(l);
        })
    };
    let ask_restart = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::AskRestart))
    };
    let on_toggle_tip = {
        let state = state.clone();
        Callback::from(move |tip: String| state.dispatch(Action::TogglePlan(tip)))
    };
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |i: usize| {
            let mut list = (*notices).clone();
            if i < list.len() {
                list.remove(i);
            }
            notices.set(list);
        })
    };

    let page = match state.session.step {
        Step::Start => {
            html! { <StartPage ctx={ctx.clone()} answers={state.session.answers.clone()} on_intent={dispatch.clone()} on_restart={ask_restart.clone()} /> }
        }
        Step::Dimension(i) => {
            html! { <StepPage ctx={ctx.clone()} dim={i} answers={state.session.answers.clone()} on_intent={dispatch.clone()} /> }
        }
        Step::Review => {
            let on_goto = {
                let state = state.clone();
                let q = q.clone();
                Callback::from(move |(dim, dom_id): (usize, String)| {
                    state.dispatch(Action::GoToItem(q.clone(), dim, dom_id))
                })
            };
            html! { <ReviewPage ctx={ctx.clone()} answers={state.session.answers.clone()} on_intent={dispatch.clone()} {on_goto} /> }
        }
        Step::Results => {
            html! { <ResultsPage ctx={ctx.clone()} answers={state.session.answers.clone()} plan={state.plan.clone()} on_intent={dispatch.clone()} on_toggle_tip={on_toggle_tip} on_restart={ask_restart.clone()} /> }
        }
    };

    let confirm = {
        let on_yes = {
            let state = state.clone();
            let q = q.clone();
            Callback::from(move |_| state.dispatch(Action::ConfirmRestart(q.clone())))
        };
        let on_no = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::CancelRestart))
        };
        html! { <ConfirmRestart ctx={ctx.clone()} open={state.confirm_restart} {on_yes} {on_no} /> }
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ t.get(Key::AppSkip) }</a>
            <header class="topbar">
                <div class="topbar-inner">
                    <span class="brand">
                        <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="7"/><path d="M7 22l6-7 5 4 7-9"/></svg>
                        { t.get(Key::AppTitle) }
                    </span>
                    <LangSwitch ctx={ctx.clone()} current={*lang} on_change={on_lang} />
                </div>
            </header>
            <main id="main" class="page" tabindex="-1">
                <Notices ctx={ctx.clone()} notices={(*notices).clone()} on_dismiss={on_dismiss} />
                { page }
            </main>
            <footer class="footer"><p>{ t.get(Key::AppFooter) }</p></footer>
            { confirm }
        </>
    }
}
