//! The pure answering state machine that the UI's reducer wraps, and progress figures.
//!
//! Serialized form (for localStorage): `{"answers": {...}, "step": {"dimension": 2}}`, where a
//! step is `"start"`, `{"dimension": i}`, `"review"` or `"results"`.

use serde::{Deserialize, Serialize};

use crate::answers::{is_valid, sanitize, Answer, Answers};
use crate::questionnaire::Questionnaire;

/// Where the respondent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Start,
    /// Answering the dimension with this index.
    Dimension(usize),
    Review,
    Results,
}

/// Answers plus the current step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
    pub step: Step,
}

/// Something the respondent does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Set an answer; ignored when the item is unknown or the answer invalid for it.
    Answer { item: String, answer: Answer },
    /// Remove an answer.
    Clear { item: String },
    /// Jump to a step; a dimension index past the end goes to the last dimension.
    GoTo(Step),
    /// Start -> first dimension -> ... -> last dimension -> Review -> Results.
    Next,
    /// The reverse of `Next`; Back from the first dimension goes to Start.
    Back,
    /// Clear all answers and go to Start.
    Restart,
    /// Go to the first dimension with an unanswered item (the first dimension when nothing is
    /// answered, Review when everything is).
    Begin,
}

impl Session {
    /// An empty session at the start page.
    pub fn new() -> Self {
        Session::default()
    }

    /// The session after `intent`; `self` is not changed.
    pub fn apply(&self, q: &Questionnaire, intent: Intent) -> Session {
        let mut next = self.clone();
        let last = q.dimensions.len().checked_sub(1);
        match intent {
            Intent::Answer { item, answer } => {
                if is_valid(q, &item, &answer) {
                    next.answers.insert(item, answer);
                }
            }
            Intent::Clear { item } => {
                next.answers.remove(&item);
            }
            Intent::GoTo(step) => next.step = clamp(step, last),
            Intent::Next => {
                next.step = match clamp(self.step, last) {
                    Step::Start => first_dimension(last),
                    Step::Dimension(d) if Some(d) != last => Step::Dimension(d + 1),
                    Step::Dimension(_) => Step::Review,
                    Step::Review | Step::Results => Step::Results,
                }
            }
            Intent::Back => {
                next.step = match clamp(self.step, last) {
                    Step::Start | Step::Dimension(0) => Step::Start,
                    Step::Dimension(d) => Step::Dimension(d - 1),
                    Step::Review => last.map_or(Step::Start, Step::Dimension),
                    Step::Results => Step::Review,
                }
            }
            Intent::Restart => next = Session::new(),
            Intent::Begin => {
                next.step = match unanswered(q, &self.answers).first() {
                    Some(&(d, _)) => Step::Dimension(d),
                    None if q.dimensions.is_empty() => Step::Start,
                    None => Step::Review,
                }
            }
        }
        next
    }

    /// The session fitted to `q` (e.g. after loading it from storage or switching content):
    /// invalid answers dropped (their ids returned) and the step clamped.
    pub fn sanitize(&self, q: &Questionnaire) -> (Session, Vec<String>) {
        let (answers, dropped) = sanitize(q, &self.answers);
        let step = clamp(self.step, q.dimensions.len().checked_sub(1));
        (Session { answers, step }, dropped)
    }
}

fn first_dimension(last: Option<usize>) -> Step {
    last.map_or(Step::Start, |_| Step::Dimension(0))
}

/// Clamps a dimension index to `0..=last` (Start when there is no dimension).
fn clamp(step: Step, last: Option<usize>) -> Step {
    match (step, last) {
        (Step::Dimension(_), None) => Step::Start,
        (Step::Dimension(d), Some(last)) => Step::Dimension(d.min(last)),
        (other, _) => other,
    }
}

/// How far the respondent is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Items with a valid answer (not-applicable counts as answered).
    pub answered: usize,
    pub total: usize,
    /// `100 * answered / total` rounded down, so 100 only when everything is answered.
    pub percent: u8,
    /// `(answered, total)` per dimension.
    pub per_dimension: Vec<(usize, usize)>,
}

fn answered(q: &Questionnaire, answers: &Answers, item: &str) -> bool {
    answers.get(item).is_some_and(|a| is_valid(q, item, a))
}

/// Progress over all items (rating and judgement).
pub fn progress(q: &Questionnaire, answers: &Answers) -> Progress {
    let per_dimension: Vec<(usize, usize)> = q
        .dimensions
        .iter()
        .map(|dim| {
            let done = dim
                .items
                .iter()
                .filter(|i| answered(q, answers, &i.id))
                .count();
            (done, dim.items.len())
        })
        .collect();
    let answered: usize = per_dimension.iter().map(|p| p.0).sum();
    let total: usize = per_dimension.iter().map(|p| p.1).sum();
    let percent = (100 * answered)
        .checked_div(total)
        .map_or(0, |p| u8::try_from(p).unwrap_or(100));
    Progress {
        answered,
        total,
        percent,
        per_dimension,
    }
}

/// Items without a valid answer, as `(dimension index, item id)` in content order.
pub fn unanswered(q: &Questionnaire, answers: &Answers) -> Vec<(usize, String)> {
    q.all_items()
        .filter(|(_, item)| !answered(q, answers, &item.id))
        .map(|(d, item)| (d, item.id.clone()))
        .collect()
}

impl Session {
    /// True for a session with nothing entered yet (no answers, on the start page): there is
    /// nothing worth saving.
    pub fn is_pristine(&self) -> bool {
        self.answers.is_empty() && self.step == Step::Start
    }
}
