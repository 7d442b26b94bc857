//! Scores an answer set from the command line, for end-to-end tests that compare the page with
//! the core: `cargo run -q -p assessment --example score -- content/assessment.en.json < answers.json`
//! prints the profile as JSON.

use assessment::answers::Answers;
use assessment::questionnaire::Questionnaire;
use assessment::scoring::score;
use std::io::Read;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: score <questionnaire.json> < answers.json");
    let text = std::fs::read_to_string(&path).expect("read questionnaire");
    let q = Questionnaire::from_json(&text).unwrap_or_else(|errs| {
        for e in errs {
            eprintln!("{e}");
        }
        std::process::exit(2);
    });
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("read answers from stdin");
    let answers: Answers = serde_json::from_str(&input).expect("answers JSON");
    println!(
        "{}",
        serde_json::to_string(&score(&q, &answers)).expect("profile JSON")
    );
}
