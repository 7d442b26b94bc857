//! Recording a finished attempt in the history and describing changes between attempts.

use crate::code::SharedResult;
use crate::history::History;

/// Records `result` as the newest attempt. When `replace` names an attempt made earlier in the
/// same sitting (the user went back and changed answers), that attempt is replaced instead of
/// adding a near-duplicate; when the newest attempt already holds exactly these answers, nothing
/// changes. Returns the new history and the id of the attempt that holds `result`.
pub fn record(history: &History, result: SharedResult, replace: Option<&str>) -> (History, String) {
    if let Some(latest) = history.latest() {
        if latest.result.answers == result.answers {
            return (history.clone(), latest.id.clone());
        }
    }
    let base = match replace {
        Some(id) if history.get(id).is_some() => history.delete(id),
        _ => history.clone(),
    };
    let next = base.add(result);
    let id = next.latest().map(|a| a.id.clone()).unwrap_or_default();
    (next, id)
}

/// Direction of a score change between two attempts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Up(u16),
    Down(u16),
    Same,
}

/// Splits a signed score difference into a direction and a size, for "up 5" / "down 3".
pub fn change(delta: i16) -> Change {
    match delta {
        0 => Change::Same,
        d if d > 0 => Change::Up(d.unsigned_abs()),
        d => Change::Down(d.unsigned_abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers};
    use crate::date::Date;

    fn result(day: u32, v: u8) -> SharedResult {
        let mut answers = Answers::new();
        answers.insert("trust.r1".into(), Answer::Rating(v));
        SharedResult {
            content_version: 1,
            date: Date::new(2026, 11, day).unwrap(),
            nickname: None,
            answers,
        }
    }

    #[test]
    fn records_replaces_and_skips_duplicates() {
        let (h, first) = record(&History::new(), result(1, 3), None);
        assert_eq!(h.attempts.len(), 1);
        let (h2, same) = record(&h, result(1, 3), None);
        assert_eq!(
            (h2.attempts.len(), same.as_str()),
            (1, first.as_str()),
            "same answers: no new attempt"
        );
        let (h3, second) = record(&h2, result(2, 4), None);
        assert_eq!(h3.attempts.len(), 2);
        let (h4, third) = record(&h3, result(2, 5), Some(&second));
        assert_eq!(
            h4.attempts.len(),
            2,
            "changed answers in the same sitting replace the attempt"
        );
        assert_eq!(
            h4.get(&third).unwrap().result.answers["trust.r1"],
            Answer::Rating(5)
        );
        assert!(h4.get(&first).is_some());
    }

    #[test]
    fn change_directions() {
        assert_eq!(change(5), Change::Up(5));
        assert_eq!(change(-3), Change::Down(3));
        assert_eq!(change(0), Change::Same);
    }
}
