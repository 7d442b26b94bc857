//! Session transitions, progress and answer sanitizing.

mod common;

use assessment::answers::{sanitize, Answer, Answers};
use assessment::questionnaire::Questionnaire;
use assessment::session::{progress, unanswered, Intent, Session, Step};
use common::{build, dimension, judgement, rating, simple_dimension};

/// Three dimensions: a (3 rating items), b (3 rating + judgement b.s1), c (3 rating items).
fn q() -> Questionnaire {
    build(vec![
        simple_dimension("a", 3, &[]),
        dimension(
            "b",
            &["b.f1", "b.f2"],
            vec![
                rating("b.1", "b.f1", false),
                rating("b.2", "b.f2", true),
                rating("b.3", "b.f1", false),
                judgement("b.s1", &[0, 3, 1]),
            ],
        ),
        simple_dimension("c", 3, &[]),
    ])
}

fn at(step: Step) -> Session {
    Session {
        answers: Answers::new(),
        step,
    }
}

fn answer(item: &str, answer: Answer) -> Intent {
    Intent::Answer {
        item: item.into(),
        answer,
    }
}

#[test]
fn next_and_back_walk_through_the_steps() {
    let q = q();
    use Step::*;
    let cases = [
        (Start, Intent::Next, Dimension(0)),
        (Dimension(0), Intent::Next, Dimension(1)),
        (Dimension(2), Intent::Next, Review),
        (Review, Intent::Next, Results),
        (Results, Intent::Next, Results),
        (Start, Intent::Back, Start),
        (Dimension(0), Intent::Back, Start),
        (Dimension(2), Intent::Back, Dimension(1)),
        (Review, Intent::Back, Dimension(2)),
        (Results, Intent::Back, Review),
        // A stored step past the end (content changed) is clamped first.
        (Dimension(9), Intent::Next, Review),
        (Dimension(9), Intent::Back, Dimension(1)),
        (Review, Intent::GoTo(Dimension(1)), Dimension(1)),
        (Start, Intent::GoTo(Dimension(7)), Dimension(2)),
        (Dimension(1), Intent::GoTo(Results), Results),
        (Results, Intent::GoTo(Start), Start),
    ];
    for (from, intent, to) in cases {
        let label = format!("{from:?} {intent:?}");
        assert_eq!(at(from).apply(&q, intent).step, to, "{label}");
    }
}

#[test]
fn valid_answers_are_stored_and_invalid_ones_ignored() {
    let q = q();
    let s = Session::new();
    let s = s.apply(&q, answer("a.1", Answer::Rating(4)));
    let s = s.apply(&q, answer("a.2", Answer::NotApplicable));
    let s = s.apply(&q, answer("b.s1", Answer::Choice("b".into())));
    let expected: Answers = [
        ("a.1".to_string(), Answer::Rating(4)),
        ("a.2".to_string(), Answer::NotApplicable),
        ("b.s1".to_string(), Answer::Choice("b".into())),
    ]
    .into_iter()
    .collect();
    assert_eq!(s.answers, expected);

    let ignored = [
        answer("zz.1", Answer::Rating(3)),          // unknown item
        answer("a.1", Answer::Rating(0)),           // out of range
        answer("a.1", Answer::Rating(6)),           // out of range
        answer("a.1", Answer::Choice("a".into())),  // choice on a rating item
        answer("b.s1", Answer::NotApplicable),      // NA on a judgement item
        answer("b.s1", Answer::Rating(3)),          // rating on a judgement item
        answer("b.s1", Answer::Choice("x".into())), // unknown option
    ];
    for intent in ignored {
        let label = format!("{intent:?}");
        assert_eq!(s.apply(&q, intent), s, "{label}");
    }

    // Changing and clearing.
    let s2 = s.apply(&q, answer("a.1", Answer::Rating(2)));
    assert_eq!(s2.answers["a.1"], Answer::Rating(2));
    let s3 = s2.apply(&q, Intent::Clear { item: "a.1".into() });
    assert!(!s3.answers.contains_key("a.1"));
    assert_eq!(s3.answers.len(), 2);
    assert_eq!(
        s3.apply(
            &q,
            Intent::Clear {
                item: "nope".into()
            }
        ),
        s3
    );
}

#[test]
fn apply_does_not_change_the_original() {
    let q = q();
    let s = at(Step::Dimension(1));
    let before = s.clone();
    let _ = s.apply(&q, answer("a.1", Answer::Rating(4)));
    let _ = s.apply(&q, Intent::Next);
    assert_eq!(s, before);
}

#[test]
fn restart_clears_everything() {
    let q = q();
    let s = at(Step::Results).apply(&q, answer("a.1", Answer::Rating(4)));
    assert_eq!(s.apply(&q, Intent::Restart), Session::new());
    assert_eq!(Session::new().step, Step::Start);
    assert!(Session::new().answers.is_empty());
}

#[test]
fn begin_resumes_at_the_first_dimension_with_gaps() {
    let q = q();
    assert_eq!(
        Session::new().apply(&q, Intent::Begin).step,
        Step::Dimension(0)
    );
    let mut s = Session::new();
    for id in ["a.1", "a.2", "a.3", "b.1", "b.2", "b.3"] {
        s = s.apply(&q, answer(id, Answer::Rating(3)));
    }
    // b.s1 unanswered: resume in b.
    assert_eq!(s.apply(&q, Intent::Begin).step, Step::Dimension(1));
    s = s.apply(&q, answer("b.s1", Answer::Choice("a".into())));
    assert_eq!(s.apply(&q, Intent::Begin).step, Step::Dimension(2));
    for id in ["c.1", "c.2"] {
        s = s.apply(&q, answer(id, Answer::Rating(3)));
    }
    s = s.apply(&q, answer("c.3", Answer::NotApplicable));
    assert_eq!(s.apply(&q, Intent::Begin).step, Step::Review);
}

#[test]
fn progress_counts_not_applicable_as_answered() {
    let q = q();
    let p = progress(&q, &Answers::new());
    assert_eq!((p.answered, p.total, p.percent), (0, 10, 0));
    assert_eq!(p.per_dimension, [(0, 3), (0, 4), (0, 3)]);

    let mut answers = Answers::new();
    answers.insert("a.1".into(), Answer::Rating(5));
    answers.insert("a.2".into(), Answer::NotApplicable);
    answers.insert("b.s1".into(), Answer::Choice("c".into()));
    answers.insert("b.1".into(), Answer::Rating(9)); // invalid: not counted
    answers.insert("old.item".into(), Answer::Rating(3)); // unknown: not counted
    let p = progress(&q, &answers);
    // 3 of 10 -> 30 %
    assert_eq!((p.answered, p.total, p.percent), (3, 10, 30));
    assert_eq!(p.per_dimension, [(2, 3), (1, 4), (0, 3)]);
    assert_eq!(
        unanswered(&q, &answers),
        [
            (0, "a.3".to_string()),
            (1, "b.1".to_string()),
            (1, "b.2".to_string()),
            (1, "b.3".to_string()),
            (2, "c.1".to_string()),
            (2, "c.2".to_string()),
            (2, "c.3".to_string()),
        ]
    );
}

#[test]
fn percent_rounds_down_so_100_means_done() {
    // One dimension of 12 items; 11 answered = 91.67 % -> 91, not 92.
    let q = build(vec![simple_dimension("w", 12, &[])]);
    let answers: Answers = (1..=11)
        .map(|i| (format!("w.{i}"), Answer::Rating(3)))
        .collect();
    assert_eq!(progress(&q, &answers).percent, 91);
}

#[test]
fn sanitize_keeps_only_valid_answers() {
    let q = q();
    let mut answers = Answers::new();
    answers.insert("a.1".into(), Answer::Rating(5));
    answers.insert("a.2".into(), Answer::Rating(0));
    answers.insert("a.3".into(), Answer::NotApplicable);
    answers.insert("b.s1".into(), Answer::Choice("q".into()));
    answers.insert("b.1".into(), Answer::Choice("a".into()));
    answers.insert("gone".into(), Answer::Rating(2));
    let (kept, dropped) = sanitize(&q, &answers);
    assert_eq!(dropped, ["a.2", "b.1", "b.s1", "gone"]);
    assert_eq!(kept.keys().collect::<Vec<_>>(), ["a.1", "a.3"]);

    let session = Session {
        answers,
        step: Step::Dimension(5),
    };
    let (fitted, dropped) = session.sanitize(&q);
    assert_eq!(fitted.step, Step::Dimension(2));
    assert_eq!(fitted.answers, kept);
    assert_eq!(dropped.len(), 4);
}

#[test]
fn session_round_trips_through_json() {
    let q = q();
    let s = at(Step::Dimension(1))
        .apply(&q, answer("a.1", Answer::Rating(4)))
        .apply(&q, answer("a.2", Answer::NotApplicable))
        .apply(&q, answer("b.s1", Answer::Choice("b".into())));
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(
        json,
        r#"{"answers":{"a.1":{"rating":4},"a.2":"not_applicable","b.s1":{"choice":"b"}},"step":{"dimension":1}}"#
    );
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    for (step, text) in [
        (Step::Start, "\"start\""),
        (Step::Review, "\"review\""),
        (Step::Results, "\"results\""),
    ] {
        assert_eq!(serde_json::to_string(&step).unwrap(), text);
        assert_eq!(serde_json::from_str::<Step>(text).unwrap(), step);
    }
}
