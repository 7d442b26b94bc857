//! Prints the share code of an answer set, for end-to-end tests of the group view:
//! `cargo run -q -p assessment --example share_code -- content/assessment.en.json < answers.json`.

use assessment::answers::Answers;
use assessment::code::{encode, SharedResult};
use assessment::date::Date;
use assessment::questionnaire::Questionnaire;
use std::io::Read;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: share_code <questionnaire.json> < answers.json");
    let q = Questionnaire::from_json(&std::fs::read_to_string(path).expect("read questionnaire"))
        .unwrap_or_else(|_| panic!("questionnaire does not validate"));
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("read answers");
    let answers: Answers = serde_json::from_str(&input).expect("answers JSON");
    let result = SharedResult {
        content_version: q.version,
        date: Date::new(2026, 11, 28).expect("valid date"),
        nickname: None,
        answers,
    };
    println!("{}", encode(&q, &result));
}
