//! The root component: picks the language, loads its content, restores saved answers, owns the
//! reducer, and shows the page for the current step.

use crate::browser;
use crate::components::{
    confirm::Confirm, ctx::Ctx, group_page::GroupPage, history_page::HistoryPage,
    lang_switch::LangSwitch, notices::Notices, results::ResultsPage, review::ReviewPage,
    share_panel::SharePanel, start::StartPage, step::StepPage, Notice,
};
use crate::loader::{self, Bundle};
use crate::state::{Action, AppState, Overlay};
use crate::storage::{self, Problem};
use crate::transfer;
use assessment::attempts::record;
use assessment::code::{decode, SharedResult};
use assessment::history::compare;
use assessment::i18n::format_date;
use assessment::i18n::{choose_language, Key, Lang};
use assessment::migrate::migrate;
use assessment::plan::Plan;
use assessment::saved::Saved;
use assessment::session::{Session, Step};
use std::rc::Rc;
use yew::prelude::*;

/// The state restored from storage, problems to report, and the content version the saved
/// answers were given against.
fn initial_state() -> (AppState, Vec<Notice>, Option<u8>) {
    let mut notices = Vec::new();
    if !storage::available() {
        notices.push(Notice::Storage(Problem::Unavailable));
        return (
            AppState::new(Session::new(), Plan::default()),
            notices,
            None,
        );
    }
    match storage::load_saved() {
        Ok(Some(saved)) => (
            AppState::new(saved.session, saved.plan),
            notices,
            Some(saved.content_version),
        ),
        Ok(None) => (
            AppState::new(Session::new(), Plan::default()),
            notices,
            None,
        ),
        Err(p) => {
            notices.push(Notice::Storage(p));
            (
                AppState::new(Session::new(), Plan::default()),
                notices,
                None,
            )
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
        let (state, mut notices, saved_version) = initial_state();
        if let Some(bad) = choice.rejected_param.clone() {
            notices.push(Notice::LangParam(bad));
        }
        (choice.lang, state, notices, saved_version)
    });
    let lang = use_state(|| boot.0);
    let bundle = use_state(|| None::<Rc<Bundle>>);
    let load_error = use_state(|| None::<loader::LoadError>);
    let notices = use_state(|| boot.2.clone());
    let state = use_reducer(|| boot.1.clone());

    let first_load = use_mut_ref(|| true);

    // Load the active language (again when it changes); keep the old one on screen meanwhile.
    {
        let first_load = first_load.clone();
        let saved_version = boot.3;
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
                        if std::mem::replace(&mut *first_load.borrow_mut(), false) {
                            let q = &b.questionnaire;
                            let mut list = (*notices).clone();
                            if let Some(v) = saved_version {
                                let (_, note) = migrate(q, v, &state.session.answers);
                                if note.worth_telling() {
                                    list.push(Notice::Migrated(note.kept, note.dropped.len()));
                                }
                            }
                            let (history, damaged) = storage::load_history(q);
                            state.dispatch(Action::HistoryLoaded(history, damaged));
                            if let Some(code) = transfer::fragment_code() {
                                match decode(q, &code) {
                                    Ok(r) => state.dispatch(Action::Show(Some(Overlay::Shared(r)))),
                                    Err(e) => {
                                        list.push(Notice::Code(e));
                                        transfer::clear_fragment();
                                    }
                                }
                            }
                            notices.set(list);
                        }
                        // Drop answers the current questionnaire cannot hold.
                        state.dispatch(Action::Sanitize(Rc::new(b.questionnaire.clone())));
                        browser::set_document_language(
                            b.catalog.lang().code(),
                            b.catalog.get(Key::AppTitle),
                        );
                        load_error.set(None);
                        bundle.set(Some(b));
                    }
                    Err(e) => load_error.set(Some(e)),
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
            if session.is_pristine() && plan.tips.is_empty() {
                storage::clear_saved();
            } else if let Some(v) = version {
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

    // Keep the history in storage in step with the state.
    {
        let ready = (*bundle).clone();
        use_effect_with(
            (state.history.clone(), bundle.is_some()),
            move |(history, _)| {
                if let Some(b) = ready {
                    let _ = storage::save_history(&b.questionnaire, history);
                }
            },
        );
    }

    // Reaching one's own results records the attempt in the history.
    {
        let state = state.clone();
        let ready = (*bundle).clone();
        let deps = (
            state.session.step == Step::Results && state.overlay.is_none(),
            state.session.answers.clone(),
            bundle.is_some(),
        );
        use_effect_with(deps, move |(own_results, answers, _)| {
            if let (true, Some(b)) = (*own_results, ready) {
                let q = &b.questionnaire;
                let result = SharedResult {
                    content_version: q.version,
                    date: transfer::today(),
                    nickname: None,
                    answers: answers.clone(),
                };
                let (history, id) = record(&state.history, result, state.attempt_id.as_deref());
                if history != state.history || state.attempt_id.as_deref() != Some(id.as_str()) {
                    state.dispatch(Action::Recorded(history, id));
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
            Some(err) => {
                let (heading, text) = match &err.1 {
                    Some(t) => (
                        t.get(Key::ErrorHeading).to_string(),
                        t.fmt(Key::ErrorContent, &[("detail", &err.0)]),
                    ),
                    None => (String::new(), loader::bare_error(&err.0)),
                };
                html! {
                    <main id="main" class="page">
                        if !heading.is_empty() {
                            <h1 id="page-heading">{ heading }</h1>
                        }
                        <div class="notice notice-error" role="alert" id="load-error"><p>{ text }</p></div>
                    </main>
                }
            }
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

    let show = |overlay: Option<Overlay>| {
        let state = state.clone();
        Callback::from(move |_: ()| {
            if overlay.is_none() {
                transfer::clear_fragment();
            }
            state.dispatch(Action::Show(overlay.clone()))
        })
    };
    let lang_now = t.lang();
    let fmt_date = move |d: &assessment::date::Date| format_date(lang_now, d.year, d.month, d.day);
    let read_only = |r: &SharedResult,
                     banner: Html,
                     actions: Html,
                     deltas: Option<(Vec<Option<i16>>, String)>| {
        html! {
            <ResultsPage ctx={ctx.clone()} answers={r.answers.clone()} plan={Plan::default()} readonly=true
                on_intent={dispatch.clone()} on_toggle_tip={on_toggle_tip.clone()} on_restart={ask_restart.clone()}
                {banner} extra={actions} date={Some(fmt_date(&r.date))} {deltas} />
        }
    };
    let back_button = |key: Key, overlay: Option<Overlay>, id: &'static str| {
        let cb = show(overlay);
        html! { <button type="button" class="btn btn-primary" {id} onclick={Callback::from(move |_| cb.emit(()))}>{ t.get(key) }</button> }
    };

    let page = match (&state.overlay, &state.session.step) {
        (Some(Overlay::Shared(r)), _) | (Some(Overlay::Imported(r)), _) => {
            let shared = matches!(state.overlay, Some(Overlay::Shared(_)));
            let banner = html! {
                <div class="banner" role="note" id="shared-banner">
                    <p>{ t.get(if shared { Key::SharedBanner } else { Key::SharedImported }) }</p>
                    if let Some(name) = &r.nickname {
                        <p class="banner-name">{ t.fmt(Key::SharedBy, &[("name", name)]) }</p>
                    }
                </div>
            };
            let actions = html! { <>
                { back_button(if state.session.answers.is_empty() { Key::SharedTake } else { Key::SharedClose }, None, "shared-close") }
            </> };
            read_only(r, banner, actions, None)
        }
        (Some(Overlay::Attempt(id)), _) => match state.history.get(id) {
            Some(a) => {
                let deltas = state.history.previous_of(id).map(|prev| {
                    (
                        compare(&q, &a.result.answers, &prev.result.answers),
                        fmt_date(&prev.result.date),
                    )
                });
                read_only(
                    &a.result,
                    Html::default(),
                    back_button(Key::HistoryBack, Some(Overlay::History), "attempt-back"),
                    deltas,
                )
            }
            None => Html::default(),
        },
        (Some(Overlay::History), _) => {
            let st = state.clone();
            let on_open = Callback::from(move |id: String| {
                st.dispatch(Action::Show(Some(Overlay::Attempt(id))))
            });
            let st = state.clone();
            let on_delete =
                Callback::from(move |id: String| st.dispatch(Action::DeleteAttempt(id)));
            let st = state.clone();
            let on_import = Callback::from(move |r: SharedResult| {
                st.dispatch(Action::Show(Some(Overlay::Imported(r))))
            });
            let st = state.clone();
            let on_delete_all = Callback::from(move |_| st.dispatch(Action::AskDeleteAll));
            html! { <HistoryPage ctx={ctx.clone()} history={state.history.clone()} damaged={state.history_damaged}
            {on_open} {on_delete} {on_import} {on_delete_all} on_back={show(None)} on_group={show(Some(Overlay::Group))} /> }
        }
        (Some(Overlay::Group), _) => {
            html! { <GroupPage ctx={ctx.clone()} on_back={show(Some(Overlay::History))} /> }
        }
        (None, Step::Start) => {
            html! { <StartPage ctx={ctx.clone()} answers={state.session.answers.clone()} on_intent={dispatch.clone()} on_restart={ask_restart.clone()} /> }
        }
        (None, Step::Dimension(i)) => {
            html! { <StepPage ctx={ctx.clone()} dim={*i} answers={state.session.answers.clone()} on_intent={dispatch.clone()} /> }
        }
        (None, Step::Review) => {
            let on_goto = {
                let state = state.clone();
                let q = q.clone();
                Callback::from(move |(dim, dom_id): (usize, String)| {
                    state.dispatch(Action::GoToItem(q.clone(), dim, dom_id))
                })
            };
            html! { <ReviewPage ctx={ctx.clone()} answers={state.session.answers.clone()} on_intent={dispatch.clone()} {on_goto} /> }
        }
        (None, Step::Results) => {
            let current = state
                .attempt_id
                .as_deref()
                .and_then(|id| state.history.get(id));
            let deltas = current
                .and_then(|a| state.history.previous_of(&a.id))
                .map(|prev| {
                    (
                        compare(&q, &state.session.answers, &prev.result.answers),
                        fmt_date(&prev.result.date),
                    )
                });
            let result = SharedResult {
                content_version: q.version,
                date: current
                    .map(|a| a.result.date)
                    .unwrap_or_else(transfer::today),
                nickname: None,
                answers: state.session.answers.clone(),
            };
            let date = Some(fmt_date(&result.date));
            let extra = html! { <SharePanel ctx={ctx.clone()} {result} /> };
            html! { <ResultsPage ctx={ctx.clone()} answers={state.session.answers.clone()} plan={state.plan.clone()} on_intent={dispatch.clone()} on_toggle_tip={on_toggle_tip.clone()} on_restart={ask_restart.clone()} {extra} {date} {deltas} /> }
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
        html! { <Confirm ctx={ctx.clone()} id="confirm-restart" open={state.confirm_restart} title={Key::ConfirmRestartTitle} body={Key::ConfirmRestartBody} yes={Key::ConfirmRestartYes} {on_yes} {on_no} /> }
    };
    let confirm_delete = {
        let on_yes = {
            let state = state.clone();
            let notices = notices.clone();
            Callback::from(move |_| {
                storage::delete_all();
                transfer::clear_fragment();
                notices.set(vec![Notice::Deleted]);
                state.dispatch(Action::DeletedAll);
            })
        };
        let on_no = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::CancelDeleteAll))
        };
        html! { <Confirm ctx={ctx.clone()} id="confirm-delete" open={state.confirm_delete_all} title={Key::DataConfirmTitle} body={Key::DataConfirmBody} yes={Key::DataConfirmYes} {on_yes} {on_no} /> }
    };
    let open_history = {
        let cb = show(Some(Overlay::History));
        Callback::from(move |_| cb.emit(()))
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
                    <div class="topbar-tools">
                        <button type="button" class="btn btn-quiet" id="history-nav" onclick={open_history}>{ t.get(Key::HistoryNav) }</button>
                        <LangSwitch ctx={ctx.clone()} current={*lang} on_change={on_lang} />
                    </div>
                </div>
            </header>
            <main id="main" class="page" tabindex="-1">
                <Notices ctx={ctx.clone()} notices={(*notices).clone()} on_dismiss={on_dismiss} />
                { page }
            </main>
            <footer class="footer"><p>{ t.get(Key::AppFooter) }</p></footer>
            { confirm }
            { confirm_delete }
        </>
    }
}
