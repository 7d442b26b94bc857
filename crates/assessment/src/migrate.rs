//! Resuming saved answers after the content changed: answers are keyed by stable item and
//! option ids, so those that are still valid carry over and the rest are reported.

use crate::answers::{sanitize, Answers};
use crate::questionnaire::Questionnaire;

/// What a migration kept and dropped, for telling the respondent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MigrationNote {
    /// Answers carried over.
    pub kept: usize,
    /// Item ids whose answers were dropped (the item is gone or the answer no longer fits it),
    /// in id order.
    pub dropped: Vec<String>,
    /// True when the answers were saved against another content version than `q`'s.
    pub version_changed: bool,
}

impl MigrationNote {
    /// True when there is something to tell: the content changed or answers were dropped.
    pub fn worth_telling(&self) -> bool {
        self.version_changed || !self.dropped.is_empty()
    }
}

/// The answers saved against content version `saved_content_version`, fitted to `q`: answers
/// valid for `q` are kept (see [`sanitize`]), the rest dropped and named in the note.
pub fn migrate(
    q: &Questionnaire,
    saved_content_version: u8,
    answers: &Answers,
) -> (Answers, MigrationNote) {
    let (kept, dropped) = sanitize(q, answers);
    let note = MigrationNote {
        kept: kept.len(),
        dropped,
        version_changed: saved_content_version != q.version,
    };
    (kept, note)
}
