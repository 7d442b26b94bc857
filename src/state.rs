//! The one reducer: wraps the core's session transitions and the action plan.

use assessment::answers::sanitize;
use assessment::code::SharedResult;
use assessment::history::History;
use assessment::plan::Plan;
use assessment::questionnaire::Questionnaire;
use assessment::session::{Intent, Session, Step};
use std::rc::Rc;
use yew::Reducible;

/// Everything the user has entered plus transient UI state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub session: Session,
    pub plan: Plan,
    /// The "start over" confirmation is open.
    pub confirm_restart: bool,
    /// Bumped on every step change so the page can move focus to the new heading.
    pub step_changes: u32,
    /// DOM id to focus after the next step change instead of the page heading.
    pub focus_target: Option<String>,
    /// A page shown over the user's own assessment.
    pub overlay: Option<Overlay>,
    /// Attempts kept on this device, and how many stored records could not be read.
    pub history: History,
    pub history_damaged: usize,
    /// The attempt recorded from this sitting's answers (replaced if answers change).
    pub attempt_id: Option<String>,
    /// The "delete all my data" confirmation is open.
    pub confirm_delete_all: bool,
}

/// What is shown instead of the user's own step.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    /// A result opened from a share link.
    Shared(SharedResult),
    /// A result opened from an exported file.
    Imported(SharedResult),
    /// The list of attempts.
    History,
    /// One past attempt, by id.
    Attempt(String),
    /// The trainer's group view.
    Group,
}

impl AppState {
    pub fn new(session: Session, plan: Plan) -> AppState {
        AppState {
            session,
            plan,
            confirm_restart: false,
            step_changes: 0,
            focus_target: None,
            overlay: None,
            history: History::default(),
            history_damaged: 0,
            attempt_id: None,
            confirm_delete_all: false,
        }
    }
}

/// A user intent.
pub enum Action {
    Intent(Rc<Questionnaire>, Intent),
    TogglePlan(String),
    AskRestart,
    CancelRestart,
    ConfirmRestart(Rc<Questionnaire>),
    /// Open the step of dimension `.1` and focus the question with DOM id `.2`.
    GoToItem(Rc<Questionnaire>, usize, String),
    /// Show a page over the assessment (or close it with `None`).
    Show(Option<Overlay>),
    /// The history as read from storage.
    HistoryLoaded(History, usize),
    /// The history after recording this sitting's attempt (its id).
    Recorded(History, String),
    DeleteAttempt(String),
    AskDeleteAll,
    CancelDeleteAll,
    /// Everything stored was removed: start from scratch.
    DeletedAll,
    /// Keep only answers the (newly loaded) questionnaire can hold.
    Sanitize(Rc<Questionnaire>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.focus_target = None;
        match action {
            Action::GoToItem(q, dim, dom_id) => {
                next.session = self.session.apply(&q, Intent::GoTo(Step::Dimension(dim)));
                next.focus_target = Some(dom_id);
            }
            Action::Intent(q, intent) => next.session = self.session.apply(&q, intent),
            Action::TogglePlan(tip) => next.plan = self.plan.toggle(&tip),
            Action::AskRestart => next.confirm_restart = true,
            Action::CancelRestart => next.confirm_restart = false,
            Action::Show(overlay) => {
                next.overlay = overlay;
                next.step_changes = self.step_changes.wrapping_add(1);
            }
            Action::HistoryLoaded(history, damaged) => {
                next.history = history;
                next.history_damaged = damaged;
            }
            Action::Recorded(history, id) => {
                next.history = history;
                next.attempt_id = Some(id);
            }
            Action::DeleteAttempt(id) => {
                next.history = self.history.delete(&id);
                if next.overlay == Some(Overlay::Attempt(id)) {
                    next.overlay = Some(Overlay::History);
                }
            }
            Action::AskDeleteAll => next.confirm_delete_all = true,
            Action::CancelDeleteAll => next.confirm_delete_all = false,
            Action::DeletedAll => {
                next = AppState::new(Session::new(), Plan::default());
                next.step_changes = self.step_changes.wrapping_add(1);
            }
            Action::Sanitize(q) => next.session.answers = sanitize(&q, &self.session.answers).0,
            Action::ConfirmRestart(q) => {
                next.session = self.session.apply(&q, Intent::Restart);
                next.plan = Plan::default();
                next.confirm_restart = false;
                next.attempt_id = None;
            }
        }
        if next.session.step != self.session.step && next.overlay.is_none() {
            next.step_changes = self.step_changes.wrapping_add(1);
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
