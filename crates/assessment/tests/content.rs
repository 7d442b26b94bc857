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

#[test]
fn items_and_tips_are_found_by_id() {
    let q = assessment::questionnaire::Questionnaire::from_json(include_str!(
        "../../../content/assessment.en.json"
    ))
    .unwrap();
    let (_, rating) = q.item("trust.r1").unwrap();
    assert!(rating
        .prompt()
        .starts_with("I agree the date of our next contact"));
    let (_, judgement) = q.item("trust.j1").unwrap();
    assert!(judgement
        .prompt()
        .starts_with("In a video meeting on Monday"));
    let (area, tip) = q.tip("hybrid.early.t1").unwrap();
    assert_eq!(
        (area, tip.id.as_str()),
        (
            "Hybrid meetings and meeting-format choice",
            "hybrid.early.t1"
        )
    );
    assert!(q.tip("no.such.tip").is_none());
}
