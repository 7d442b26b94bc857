//! The shipped English content file validates and has the shape the brief asks for.
//! (Translations are checked against it in `translations.rs`.)

use assessment::questionnaire::Questionnaire;

const EN: &str = include_str!("../../../content/assessment.en.json");

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
