//! The one reducer: wraps the core's session transitions and the action plan.

use assessment::answers::sanitize;
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
}

impl AppState {
    pub fn new(session: Session, plan: Plan) -> AppState {
        AppState {
            session,
            plan,
            confirm_restart: false,
            step_changes: 0,
            focus_target: None,
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
            Action::Sanitize(q) => next.session.answers = sanitize(&q, &self.session.answers).0,
            Action::ConfirmRestart(q) => {
                next.session = self.session.apply(&q, Intent::Restart);
                next.plan = Plan::default();
                next.confirm_restart = false;
            }
        }
        if next.session.step != self.session.step {
            next.step_changes = self.step_changes.wrapping_add(1);
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
