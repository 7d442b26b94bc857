//! Shared helpers for the result-format tests: the shipped English questionnaire (and copies
//! with another content version), and strategies for random results.
#![allow(dead_code)]

use std::sync::OnceLock;

use assessment::answers::{Answer, Answers};
use assessment::code::SharedResult;
use assessment::date::Date;
use assessment::nickname::normalize_nickname;
use assessment::questionnaire::{ItemKind, Questionnaire};
use proptest::prelude::*;

pub const EN: &str = include_str!("../../../../content/assessment.en.json");

/// The shipped English questionnaire (parsed once).
pub fn en() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::from_json(EN).expect("shipped content is valid"))
}

/// The English questionnaire claiming content version `version`.
pub fn en_with_version(version: u8) -> Questionnaire {
    let mut doc: serde_json::Value = serde_json::from_str(EN).expect("JSON");
    doc["version"] = serde_json::json!(version);
    Questionnaire::from_json(&doc.to_string()).expect("valid")
}

pub fn date(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("valid test date")
}

/// Every item answered: ratings cycle 1..=5 (skipping none), judgement items take the option
/// `k % options` for the k-th judgement item.
pub fn complete_answers(q: &Questionnaire) -> Answers {
    let mut answers = Answers::new();
    let (mut r, mut j) = (0u8, 0usize);
    for (_, item) in q.all_items() {
        let answer = match &item.kind {
            ItemKind::Rating { .. } => {
                r += 1;
                Answer::Rating((r - 1) % 5 + 1)
            }
            ItemKind::Judgement { options, .. } => {
                j += 1;
                Answer::Choice(options[j % options.len()].id.clone())
            }
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

pub fn result(q: &Questionnaire, answers: Answers, nickname: Option<&str>) -> SharedResult {
    SharedResult {
        content_version: q.version,
        date: date(2024, 5, 3),
        nickname: nickname.map(str::to_string),
        answers,
    }
}

/// Any mix of unanswered, rating 1-5, not applicable and option choices.
pub fn answers_strategy(q: &Questionnaire) -> impl Strategy<Value = Answers> {
    let per_item: Vec<BoxedStrategy<Option<(String, Answer)>>> = q
        .all_items()
        .map(|(_, item)| {
            let id = item.id.clone();
            match &item.kind {
                ItemKind::Rating { .. } => prop_oneof![
                    Just(None),
                    Just(Some((id.clone(), Answer::NotApplicable))),
                    (1u8..=5).prop_map(move |v| Some((id.clone(), Answer::Rating(v)))),
                ]
                .boxed(),
                ItemKind::Judgement { options, .. } => {
                    let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
                    prop_oneof![
                        Just(None),
                        proptest::sample::select(ids)
                            .prop_map(move |o| Some((id.clone(), Answer::Choice(o)))),
                    ]
                    .boxed()
                }
            }
        })
        .collect();
    per_item.prop_map(|pairs| pairs.into_iter().flatten().collect())
}

/// Nicknames as typed: none, short names with non-ASCII letters, or any text at all.
pub fn raw_nickname_strategy() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "[A-Za-zÄÖÅäöå0-9 ,\"'-]{0,50}".prop_map(Some),
        any::<String>().prop_map(Some),
    ]
}

/// A result that follows the rules (valid answers, a nickname that is already normal, a date
/// in range), so every format must give it back unchanged.
pub fn result_strategy(q: &'static Questionnaire) -> impl Strategy<Value = SharedResult> {
    (answers_strategy(q), raw_nickname_strategy(), any::<u16>()).prop_map(
        move |(answers, nickname, days)| SharedResult {
            content_version: q.version,
            date: Date::from_days(days),
            nickname: nickname.as_deref().and_then(normalize_nickname),
            answers,
        },
    )
}
