//! Finished attempts kept on this device, and the change between two attempts.
//!
//! Storage form: `{"format": 1, "attempts": [{"id": "2024-05-03-1", "code": "<share code>"}]}`,
//! oldest first. Each attempt is stored as its share code ([`crate::code`]), which is compact
//! and checksummed.
//!
//! Loading never loses a readable attempt and never drops an unreadable record silently:
//! - a record that cannot be read (wrong shape, damaged code, code of a *newer* content version
//!   or unknown format) goes to [`HistoryLoad::damaged`] as its raw JSON text, for the caller to
//!   set aside (a newer app may still read it); the other records load;
//! - a record of an *older* content version is only counted in [`HistoryLoad::stale`] and left
//!   out: codes pack answers by position, so no current or future app can read it against
//!   today's items;
//! - text that is not a history at all (not JSON, not an object, no `attempts` list, an unknown
//!   `format`) loads as an empty history with the whole text in `damaged`; empty text is simply
//!   an empty history;
//! - a record whose id repeats an earlier one gets a fresh id.

use serde::Serialize;
use serde_json::Value;

use crate::answers::Answers;
use crate::code::{self, CodeError, SharedResult};
use crate::questionnaire::Questionnaire;
use crate::scoring::score;

/// Storage format written; other formats are not read.
pub const HISTORY_FORMAT: u64 = 1;

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// Unique within the history: the completion date and a counter, e.g. `2024-05-03-2`.
    pub id: String,
    pub result: SharedResult,
}

/// The attempts on this device, oldest first (by completion date; equal dates in the order they
/// were added).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    pub attempts: Vec<Attempt>,
}

/// A loaded history and what could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HistoryLoad {
    pub history: History,
    /// Raw records (or the whole text) that could not be read; the caller sets them aside.
    pub damaged: Vec<String>,
    /// Records made with older content, left out (see the module documentation).
    pub stale: usize,
}

#[derive(Serialize)]
struct Stored<'a> {
    format: u64,
    attempts: Vec<StoredAttempt<'a>>,
}

#[derive(Serialize)]
struct StoredAttempt<'a> {
    id: &'a str,
    code: String,
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// A fresh id for an attempt completed on `result`'s date: the date and one more than the
    /// highest counter used with that date.
    fn next_id(&self, result: &SharedResult) -> String {
        let prefix = format!("{}-", result.date);
        let highest = self
            .attempts
            .iter()
            .filter_map(|a| a.id.strip_prefix(&prefix)?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        let mut n = highest.saturating_add(1);
        loop {
            let id = format!("{prefix}{n}");
            if !self.attempts.iter().any(|a| a.id == id) {
                return id;
            }
            n = n.wrapping_add(1);
        }
    }

    /// The history with `result` added under a fresh id, placed after every attempt of the same
    /// or an earlier date. The new attempt's id is `latest()`'s when its date is the newest.
    pub fn add(&self, result: SharedResult) -> History {
        let mut next = self.clone();
        next.insert(result);
        next
    }

    fn insert(&mut self, result: SharedResult) {
        let id = self.next_id(&result);
        let at = self
            .attempts
            .iter()
            .position(|a| a.result.date > result.date)
            .unwrap_or(self.attempts.len());
        self.attempts.insert(at, Attempt { id, result });
    }

    /// The history without the attempt `id` (unchanged if there is none).
    pub fn delete(&self, id: &str) -> History {
        History {
            attempts: self
                .attempts
                .iter()
                .filter(|a| a.id != id)
                .cloned()
                .collect(),
        }
    }

    /// The most recent attempt.
    pub fn latest(&self) -> Option<&Attempt> {
        self.attempts.last()
    }

    /// The attempt just before `id`, if `id` exists and is not the first.
    pub fn previous_of(&self, id: &str) -> Option<&Attempt> {
        let at = self.attempts.iter().position(|a| a.id == id)?;
        at.checked_sub(1).and_then(|p| self.attempts.get(p))
    }

    /// The attempt with this id.
    pub fn get(&self, id: &str) -> Option<&Attempt> {
        self.attempts.iter().find(|a| a.id == id)
    }

    /// The storage text (see the module documentation).
    pub fn encode(&self, q: &Questionnaire) -> String {
        let stored = Stored {
            format: HISTORY_FORMAT,
            attempts: self
                .attempts
                .iter()
                .map(|a| StoredAttempt {
                    id: &a.id,
                    code: code::encode(q, &a.result),
                })
                .collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Loads a stored history for `q`. Never panics; see the module documentation for what
    /// happens to records that cannot be read.
    pub fn decode(q: &Questionnaire, text: &str) -> HistoryLoad {
        if text.trim().is_empty() {
            return HistoryLoad::default();
        }
        let whole_damaged = || HistoryLoad {
            damaged: vec![text.to_string()],
            ..HistoryLoad::default()
        };
        let Ok(Value::Object(stored)) = serde_json::from_str::<Value>(text) else {
            return whole_damaged();
        };
        if stored.get("format").and_then(Value::as_u64) != Some(HISTORY_FORMAT) {
            return whole_damaged();
        }
        let Some(records) = stored.get("attempts").and_then(Value::as_array) else {
            return whole_damaged();
        };
        let mut load = HistoryLoad::default();
        let mut attempts = Vec::new();
        for record in records {
            let id = record.get("id").and_then(Value::as_str);
            let code = record.get("code").and_then(Value::as_str);
            let (Some(id), Some(code)) = (id, code) else {
                load.damaged.push(record.to_string());
                continue;
            };
            match code::decode(q, code) {
                Ok(result) => attempts.push(Attempt {
                    id: id.to_string(),
                    result,
                }),
                Err(CodeError::OlderContent { .. }) => load.stale += 1,
                Err(_) => load.damaged.push(record.to_string()),
            }
        }
        // Restore the invariants: oldest first (stable, so equal dates keep their order) and
        // unique ids.
        attempts.sort_by_key(|a| a.result.date);
        for attempt in attempts {
            if load.history.get(&attempt.id).is_some() {
                let id = load.history.next_id(&attempt.result);
                load.history.attempts.push(Attempt { id, ..attempt });
            } else {
                load.history.attempts.push(attempt);
            }
        }
        load
    }
}

/// Per dimension (content order): the current score minus the previous one, both the rounded
/// 0-100 scores shown to the user; `None` when either attempt does not score the dimension.
pub fn compare(q: &Questionnaire, current: &Answers, previous: &Answers) -> Vec<Option<i16>> {
    let (now, before) = (score(q, current), score(q, previous));
    now.dimensions
        .iter()
        .zip(&before.dimensions)
        .map(|(a, b)| Some(i16::from(a.score?) - i16::from(b.score?)))
        .collect()
}
