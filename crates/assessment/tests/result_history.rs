//! Attempts kept on the device: adding, deleting, ordering, storage with damaged and stale
//! records, comparison between attempts, and migrating answers across content versions.

mod result_support;

use assessment::answers::{Answer, Answers};
use assessment::code::{encode, SharedResult};
use assessment::history::{compare, History, HistoryLoad};
use assessment::migrate::{migrate, MigrationNote};
use assessment::questionnaire::{ItemKind, Questionnaire};
use proptest::prelude::*;
use result_support::{complete_answers, date, en, en_with_version, result, result_strategy};
use serde_json::{json, Value};

fn on(year: i32, month: u32, day: u32, nickname: Option<&str>) -> SharedResult {
    SharedResult {
        date: date(year, month, day),
        ..result(en(), complete_answers(en()), nickname)
    }
}

fn ids(h: &History) -> Vec<&str> {
    h.attempts.iter().map(|a| a.id.as_str()).collect()
}

#[test]
fn add_gives_date_based_unique_ids_and_keeps_oldest_first() {
    let h = History::new()
        .add(on(2024, 5, 3, Some("first")))
        .add(on(2024, 5, 3, Some("second")))
        .add(on(2024, 6, 1, None))
        .add(on(2024, 1, 15, Some("imported, older")));
    assert_eq!(
        ids(&h),
        [
            "2024-01-15-1",
            "2024-05-03-1",
            "2024-05-03-2",
            "2024-06-01-1"
        ]
    );
    assert_eq!(h.latest().unwrap().id, "2024-06-01-1");
    assert_eq!(
        h.previous_of("2024-05-03-2")
            .unwrap()
            .result
            .nickname
            .as_deref(),
        Some("first")
    );
    assert_eq!(h.previous_of("2024-05-03-1").unwrap().id, "2024-01-15-1");
    assert!(h.previous_of("2024-01-15-1").is_none());
    assert!(h.previous_of("no-such-id").is_none());
    assert!(History::new().latest().is_none());
}

#[test]
fn add_and_delete_leave_the_original_unchanged() {
    let one = History::new().add(on(2024, 5, 3, None));
    let two = one.add(on(2024, 5, 4, None));
    assert_eq!(one.attempts.len(), 1);
    let back = two.delete("2024-05-04-1");
    assert_eq!(back, one);
    assert_eq!(two.attempts.len(), 2);
    assert_eq!(two.delete("unknown"), two);
}

#[test]
fn ids_stay_unique_after_deleting() {
    let h = History::new()
        .add(on(2024, 5, 3, None))
        .add(on(2024, 5, 3, None))
        .add(on(2024, 5, 3, None))
        .delete("2024-05-03-1")
        .add(on(2024, 5, 3, None));
    let mut seen = ids(&h);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3);
    assert_eq!(h.latest().unwrap().id, "2024-05-03-4");
}

#[test]
fn storage_round_trip_and_shape() {
    let q = en();
    let h = History::new()
        .add(on(2024, 5, 3, Some("Team \"A\"")))
        .add(on(2025, 1, 2, None));
    let text = h.encode(q);
    let stored: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(stored["format"], 1);
    let attempts = stored["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[0]["id"], "2024-05-03-1");
    assert_eq!(attempts[0]["code"], encode(q, &h.attempts[0].result));
    assert_eq!(
        History::decode(q, &text),
        HistoryLoad {
            history: h,
            damaged: vec![],
            stale: 0
        }
    );
}

#[test]
fn damaged_records_are_reported_and_the_rest_kept() {
    let q = en();
    let good = on(2024, 5, 3, Some("good"));
    let good_code = encode(q, &good);
    let mut broken = good_code.clone();
    let c = if &broken[10..11] == "A" { "Q" } else { "A" };
    broken.replace_range(10..11, c);
    let newer = en_with_version(2);
    let newer_code = encode(
        &newer,
        &SharedResult {
            content_version: 2,
            ..good.clone()
        },
    );
    let records = json!([
        {"id": "2024-05-03-1", "code": good_code},
        {"id": "x-1", "code": broken},
        {"id": "x-2"},
        "just a string",
        {"id": "x-3", "code": newer_code},
        {"id": "2024-06-01-1", "code": encode(q, &on(2024, 6, 1, None))},
    ]);
    let text = json!({"format": 1, "attempts": records}).to_string();
    let load = History::decode(q, &text);
    assert_eq!(ids(&load.history), ["2024-05-03-1", "2024-06-01-1"]);
    assert_eq!(load.history.attempts[0].result, good);
    assert_eq!(load.stale, 0);
    let damaged: Vec<Value> = load
        .damaged
        .iter()
        .map(|raw| serde_json::from_str(raw).expect("each damaged record is its raw JSON"))
        .collect();
    assert_eq!(
        damaged,
        [
            records[1].clone(),
            records[2].clone(),
            records[3].clone(),
            records[4].clone()
        ]
    );
}

#[test]
fn records_of_older_content_are_counted_as_stale_and_left_out() {
    let v1 = en();
    let v2 = en_with_version(2);
    let old = History::new()
        .add(on(2024, 5, 3, None))
        .add(on(2024, 5, 4, None));
    let old_records: Value = serde_json::from_str(&old.encode(v1)).unwrap();
    let current = SharedResult {
        content_version: 2,
        ..on(2024, 7, 1, None)
    };
    let mut attempts = old_records["attempts"].as_array().unwrap().clone();
    attempts.push(json!({"id": "2024-07-01-1", "code": encode(&v2, &current)}));
    let text = json!({"format": 1, "attempts": attempts}).to_string();
    let load = History::decode(&v2, &text);
    assert_eq!(load.stale, 2);
    assert!(load.damaged.is_empty());
    assert_eq!(ids(&load.history), ["2024-07-01-1"]);
    assert_eq!(load.history.attempts[0].result, current);
}

#[test]
fn text_that_is_not_a_history_is_set_aside_whole() {
    for text in [
        "not json",
        "{\"format\": 1, \"attempts\": [",
        "[1, 2]",
        "{\"attempts\": []}",
        "{\"format\": 2, \"attempts\": []}",
        "{\"format\": 1, \"attempts\": {}}",
        "{\"format\": 1}",
    ] {
        let load = History::decode(en(), text);
        assert_eq!(load.history, History::new(), "{text}");
        assert_eq!(load.damaged, [text.to_string()], "{text}");
        assert_eq!(load.stale, 0);
    }
    assert_eq!(History::decode(en(), ""), HistoryLoad::default());
    assert_eq!(History::decode(en(), "  "), HistoryLoad::default());
}

#[test]
fn repeated_ids_and_disorder_in_storage_are_repaired() {
    let q = en();
    let a = on(2024, 5, 3, Some("a"));
    let b = on(2024, 5, 3, Some("b"));
    let early = on(2024, 1, 1, Some("early"));
    let text = json!({"format": 1, "attempts": [
        {"id": "2024-05-03-1", "code": encode(q, &a)},
        {"id": "2024-05-03-1", "code": encode(q, &b)},
        {"id": "2024-01-01-1", "code": encode(q, &early)},
    ]})
    .to_string();
    let load = History::decode(q, &text);
    assert!(load.damaged.is_empty());
    assert_eq!(
        ids(&load.history),
        ["2024-01-01-1", "2024-05-03-1", "2024-05-03-2"]
    );
    let names: Vec<_> = load
        .history
        .attempts
        .iter()
        .map(|a| a.result.nickname.clone().unwrap())
        .collect();
    assert_eq!(names, ["early", "a", "b"]);
}

/// Every rating item of dimension `d` answered so that its keyed value (after reverse keying)
/// is the next of `keyed`; items past the end of `keyed` stay unanswered.
fn keyed(q: &Questionnaire, answers: &mut Answers, d: usize, keyed: &[u8]) {
    let items = q.dimensions[d].items.iter().filter(|i| i.is_rating());
    for (item, &k) in items.zip(keyed) {
        let raw = match item.kind {
            ItemKind::Rating { reverse: true, .. } => 6 - k,
            _ => k,
        };
        answers.insert(item.id.clone(), Answer::Rating(raw));
    }
}

#[test]
fn compare_gives_per_dimension_deltas_of_the_shown_scores() {
    let q = en();
    let (mut now, mut before) = (Answers::new(), Answers::new());
    // trust: keyed 4 everywhere = 75, before keyed 3 = 50 -> +25.
    keyed(q, &mut now, 0, &[4; 6]);
    keyed(q, &mut before, 0, &[3; 6]);
    // professionalism: 25 now, 100 before -> -75.
    keyed(q, &mut now, 1, &[2; 6]);
    keyed(q, &mut before, 1, &[5; 6]);
    // technical: scored now (50), before only 3 of 6 answered -> not comparable.
    keyed(q, &mut now, 2, &[3; 6]);
    keyed(q, &mut before, 2, &[5, 5, 5]);
    // engagement: 4 of 6 answered is enough: mean 4.75 -> 93.75 -> 94; before 4.5 -> 87.5 ->
    // 88 (half up) -> +6.
    keyed(q, &mut now, 3, &[5, 5, 5, 4]);
    keyed(q, &mut before, 3, &[5, 5, 5, 4, 4, 4]);
    // intercultural: equal -> 0. hybrid: not answered in either. social: only before.
    keyed(q, &mut now, 4, &[1, 2, 3, 4, 5, 1]);
    keyed(q, &mut before, 4, &[1, 2, 3, 4, 5, 1]);
    keyed(q, &mut before, 6, &[5; 6]);
    // Judgement answers do not change rating deltas.
    now.insert("trust.j1".into(), Answer::Choice("a".into()));
    assert_eq!(
        compare(q, &now, &before),
        [Some(25), Some(-75), None, Some(6), Some(0), None, None]
    );
    assert_eq!(compare(q, &before, &now)[0], Some(-25));
}

#[test]
fn migrate_keeps_what_still_fits() {
    let q = en();
    let mut answers = Answers::new();
    answers.insert("trust.r1".into(), Answer::Rating(4));
    answers.insert("trust.j1".into(), Answer::Choice("b".into()));
    answers.insert("trust.r9".into(), Answer::Rating(4));
    answers.insert("hybrid.j1".into(), Answer::Choice("q".into()));
    answers.insert("social.r1".into(), Answer::NotApplicable);
    let (kept, note) = migrate(q, 1, &answers);
    assert_eq!(
        note,
        MigrationNote {
            kept: 3,
            dropped: vec!["hybrid.j1".into(), "trust.r9".into()],
            version_changed: false
        }
    );
    assert!(note.worth_telling());
    assert_eq!(kept.len(), 3);
    assert_eq!(kept.get("trust.j1"), Some(&Answer::Choice("b".into())));

    let v2 = en_with_version(2);
    let (kept, note) = migrate(&v2, 1, &complete_answers(q));
    assert_eq!(kept, complete_answers(q));
    assert_eq!(note.kept, 52);
    assert!(note.dropped.is_empty());
    assert!(note.version_changed);
    assert!(!migrate(q, 1, &complete_answers(q)).1.worth_telling());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn stored_histories_load_back(results in proptest::collection::vec(result_strategy(en()), 0..6)) {
        let mut h = History::new();
        for r in results {
            h = h.add(r);
        }
        let load = History::decode(en(), &h.encode(en()));
        prop_assert!(load.damaged.is_empty());
        prop_assert_eq!(load.stale, 0);
        prop_assert_eq!(load.history, h);
    }

    #[test]
    fn loading_any_text_never_panics(text in any::<String>()) {
        let load = History::decode(en(), &text);
        prop_assert!(load.history.attempts.is_empty());
        if !text.trim().is_empty() {
            prop_assert_eq!(load.damaged, vec![text]);
        }
    }

    #[test]
    fn loading_odd_records_never_panics(
        records in proptest::collection::vec(
            prop_oneof![
                Just(json!(null)),
                "[A-Za-z0-9_-]{0,50}".prop_map(|code| json!({"id": "r", "code": code})),
                any::<String>().prop_map(|s| json!({"id": s.clone(), "code": s})),
                any::<i64>().prop_map(|n| json!({"id": n, "code": n})),
            ],
            0..6,
        ),
    ) {
        let n = records.len();
        let text = json!({"format": 1, "attempts": records}).to_string();
        let load = History::decode(en(), &text);
        // Every record is accounted for.
        prop_assert_eq!(load.history.attempts.len() + load.damaged.len() + load.stale, n);
    }
}
