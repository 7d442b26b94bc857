//! The shipped content files validate, and every translation has the English structure.

use assessment::questionnaire::Questionnaire;

const EN: &str = include_str!("../../../content/assessment.en.json");
const SV: &str = include_str!("../../../content/assessment.sv.json");

fn load(name: &str, json: &str) -> Questionnaire {
    match Questionnaire::from_json(json) {
        Ok(q) => q,
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("{name} is invalid:\n{}", lines.join("\n"));
        }
    }
}

#[test]
fn english_content_validates() {
    let q = load("assessment.en.json", EN);
    assert_eq!(q.language, "en");
    assert_eq!(q.id, "remote-sales-readiness");
    // The brief's seven dimensions, each with six rating items.
    assert_eq!(q.dimensions.len(), 7);
    for dim in &q.dimensions {
        let rating = dim.items.iter().filter(|i| i.is_rating()).count();
        assert_eq!(rating, 6, "dimension {}", dim.id);
    }
    // The brief's provisional bands.
    let bands: Vec<(u8, u8)> = q.bands.iter().map(|b| (b.min, b.max)).collect();
    assert_eq!(bands, [(0, 39), (40, 59), (60, 79), (80, 100)]);
}

#[test]
fn swedish_content_validates_and_matches_english_structure() {
    let en = load("assessment.en.json", EN);
    let sv = load("assessment.sv.json", SV);
    assert_eq!(sv.language, "sv");
    assert!(sv.structure_eq(&en), "sv differs in structure from en");
    assert_ne!(sv, en, "the translation must differ in its text");
}
