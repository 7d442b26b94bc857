//! Builders for small test questionnaires and answer sets.
#![allow(dead_code)]

use assessment::answers::{Answer, Answers};
use assessment::questionnaire::Questionnaire;
use serde_json::{json, Value};

/// The brief's bands: 0-39, 40-59, 60-79, 80-100.
pub const BANDS: [(&str, u32, u32); 4] = [
    ("early", 0, 39),
    ("developing", 40, 59),
    ("established", 60, 79),
    ("advanced", 80, 100),
];

/// A rating item of facet `facet`.
pub fn rating(id: &str, facet: &str, reverse: bool) -> Value {
    json!({"kind": "rating", "id": id, "facet": facet, "text": format!("I do {id}."), "reverse": reverse})
}

/// A judgement item whose options `a`, `b`, `c`, ... are worth `scores`.
pub fn judgement(id: &str, scores: &[u8]) -> Value {
    let options: Vec<Value> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let oid = ((b'a' + i as u8) as char).to_string();
            json!({"id": oid, "text": format!("Option {oid}"), "score": s})
        })
        .collect();
    json!({"kind": "judgement", "id": id, "scenario": "A customer goes quiet.", "question": "What do you do?", "options": options})
}

/// A dimension with the given facet ids and items, and valid feedback for [`BANDS`].
pub fn dimension(id: &str, facets: &[&str], items: Vec<Value>) -> Value {
    let facets: Vec<Value> = facets
        .iter()
        .map(|f| json!({"id": f, "name": format!("Facet {f}")}))
        .collect();
    let feedback: Vec<Value> = BANDS
        .iter()
        .map(|(band, _, _)| {
            json!({"band": band, "text": format!("Feedback {band}."), "tips": [
                {"id": format!("{id}.{band}.t1"), "text": "Tip one."},
                {"id": format!("{id}.{band}.t2"), "text": "Tip two."}
            ]})
        })
        .collect();
    json!({"id": id, "name": format!("Dimension {id}"), "description": "What it is.",
           "facets": facets, "items": items, "feedback": feedback})
}

/// A dimension `id` with `n` rating items `{id}.1`..`{id}.n`, alternating between facets
/// `{id}.f1` and `{id}.f2` (odd items f1, even items f2); the items numbered in `reverse` are
/// reverse-keyed.
pub fn simple_dimension(id: &str, n: usize, reverse: &[usize]) -> Value {
    let (f1, f2) = (format!("{id}.f1"), format!("{id}.f2"));
    let items = (1..=n)
        .map(|i| {
            let facet = if i % 2 == 1 { &f1 } else { &f2 };
            rating(&format!("{id}.{i}"), facet, reverse.contains(&i))
        })
        .collect();
    dimension(id, &[&f1, &f2], items)
}

/// A whole questionnaire around `dimensions`.
pub fn questionnaire_json(dimensions: Vec<Value>) -> Value {
    let points: Vec<Value> = (1..=5)
        .map(|v| json!({"value": v, "label": format!("Point {v}"), "hint": format!("hint {v}")}))
        .collect();
    let bands: Vec<Value> = BANDS
        .iter()
        .map(|(id, min, max)| json!({"id": id, "name": id, "min": min, "max": max, "description": "A band."}))
        .collect();
    json!({
        "format": 1, "id": "test", "version": 1, "language": "en",
        "title": "Test", "intro": "Intro.", "instructions": "Answer.",
        "scale": {"points": points, "not_applicable": "Not applicable"},
        "bands": bands, "dimensions": dimensions
    })
}

/// Builds and validates a questionnaire; panics with the messages if it is invalid.
pub fn build(dimensions: Vec<Value>) -> Questionnaire {
    from_value(&questionnaire_json(dimensions))
}

pub fn from_value(value: &Value) -> Questionnaire {
    Questionnaire::from_json(&value.to_string()).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("invalid test questionnaire:\n{}", lines.join("\n"))
    })
}

/// Answers from `(item id, value)` pairs: 1-5 are ratings, 0 is "not applicable".
pub fn ratings(pairs: &[(&str, u8)]) -> Answers {
    pairs
        .iter()
        .map(|&(id, v)| {
            let answer = if v == 0 {
                Answer::NotApplicable
            } else {
                Answer::Rating(v)
            };
            (id.to_string(), answer)
        })
        .collect()
}

/// Answers giving every rating item of dimension `id` (items `{id}.1`..) the values in order.
pub fn dimension_ratings(id: &str, values: &[u8]) -> Vec<(String, Answer)> {
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let answer = if v == 0 {
                Answer::NotApplicable
            } else {
                Answer::Rating(v)
            };
            (format!("{id}.{}", i + 1), answer)
        })
        .collect()
}
