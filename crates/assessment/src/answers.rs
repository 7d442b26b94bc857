//! A respondent's answers, keyed by item id, and their validity against a questionnaire.
//!
//! Serialized form (externally tagged, snake_case), e.g. in localStorage:
//! `{"trust.plan": {"rating": 4}, "trust.lapse": "not_applicable", "trust.sj1": {"choice": "b"}}`.
//! Because answers are keyed by stable item ids (and options by stable option ids), they survive
//! a language switch and content edits that keep the ids; [`sanitize`] drops the rest.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::questionnaire::{ItemKind, Questionnaire};

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A point of the frequency scale, 1..=5 (raw, before reverse keying).
    Rating(u8),
    /// "Not applicable" on a rating item: treated as missing, never as zero.
    NotApplicable,
    /// The id of the chosen option of a judgement item.
    Choice(String),
}

/// Answers by item id.
pub type Answers = BTreeMap<String, Answer>;

/// True when `answer` is a valid answer to the item `item` of `q`: the item exists, a rating is
/// 1..=5 on a rating item, not-applicable is on a rating item, a choice names an option of a
/// judgement item.
pub fn is_valid(q: &Questionnaire, item: &str, answer: &Answer) -> bool {
    let Some((_, item)) = q.item(item) else {
        return false;
    };
    match (&item.kind, answer) {
        (ItemKind::Rating { .. }, Answer::Rating(v)) => (1..=5).contains(v),
        (ItemKind::Rating { .. }, Answer::NotApplicable) => true,
        (ItemKind::Judgement { .. }, Answer::Choice(id)) => item.option(id).is_some(),
        _ => false,
    }
}

/// Keeps only the answers valid for `q` (see [`is_valid`]); returns them and the ids of the
/// dropped answers, in id order.
pub fn sanitize(q: &Questionnaire, answers: &Answers) -> (Answers, Vec<String>) {
    let mut kept = Answers::new();
    let mut dropped = Vec::new();
    for (id, answer) in answers {
        if is_valid(q, id, answer) {
            kept.insert(id.clone(), answer.clone());
        } else {
            dropped.push(id.clone());
        }
    }
    (kept, dropped)
}
