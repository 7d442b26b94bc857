//! Validation: broken questionnaires give every problem with its exact place, value and rule.

mod common;

use assessment::questionnaire::Questionnaire;
use assessment::validate::{Rule, ValidationError};
use serde_json::{json, Value};

const VALID: &str = include_str!("fixtures/valid.json");

fn fixture() -> Value {
    serde_json::from_str(VALID).unwrap()
}

/// Sets the value at a JSON pointer of the fixture.
fn set(doc: &mut Value, pointer: &str, value: Value) {
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
}

fn errors_of(doc: &Value) -> Vec<ValidationError> {
    Questionnaire::from_json(&doc.to_string()).expect_err("should be invalid")
}

fn messages(doc: &Value) -> Vec<String> {
    errors_of(doc).iter().map(|e| e.to_string()).collect()
}

fn err(path: &str, value: &str, rule: Rule) -> ValidationError {
    ValidationError {
        path: path.into(),
        value: value.into(),
        rule,
    }
}

#[test]
fn the_fixture_is_valid() {
    let q = Questionnaire::from_json(VALID).unwrap();
    assert_eq!(q.version, 3);
    assert_eq!(q.item_count(), 8);
    assert_eq!(
        q.dimensions[0].items[3].facet.as_deref(),
        Some("trust.deliver")
    );
}

#[test]
fn malformed_json_is_one_error_with_line_and_column() {
    // The text ends after the comma on line 2 (`  "id": "x",` is 12 characters).
    let errors = Questionnaire::from_json("{\"format\": 1,\n  \"id\": \"x\",").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "");
    assert_eq!(
        errors[0].rule,
        Rule::Json {
            line: 2,
            column: 12
        }
    );
    assert_eq!(
        errors[0].to_string(),
        "line 2, column 12: not a valid questionnaire file: EOF while parsing a value"
    );
}

#[test]
fn unknown_field_is_reported_with_its_position() {
    let text = VALID.replacen(
        "\"name\": \"Planned contact\"",
        "\"name\": \"Planned contact\", \"colour\": \"red\"",
        1,
    );
    let errors = Questionnaire::from_json(&text).unwrap_err();
    assert_eq!(errors.len(), 1);
    // serde points at the closing quote of the unknown field's name; find it in the text.
    let quote = text.find("\"colour\"").unwrap() + "\"colour".len();
    let line = text[..quote].matches('\n').count() + 1;
    let column = quote - text[..quote].rfind('\n').unwrap();
    assert_eq!(errors[0].rule, Rule::UnknownField { line, column });
    let message = errors[0].to_string();
    let start = format!("line {line}, column {column}: unknown field `colour`");
    assert!(message.starts_with(&start), "{message}");
    assert!(errors[0]
        .to_string()
        .ends_with("; check the spelling or remove the field"));
}

#[test]
fn wrong_type_is_a_json_error() {
    let mut doc = fixture();
    set(&mut doc, "/version", json!("3"));
    let errors = errors_of(&doc);
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors[0].rule, Rule::Json { line: 1, .. }));
    assert_eq!(errors[0].value, "invalid type: string \"3\", expected u32");
}

#[test]
fn header_problems_are_all_collected() {
    let mut doc = fixture();
    set(&mut doc, "/format", json!(2));
    set(&mut doc, "/id", json!("My Test"));
    set(&mut doc, "/version", json!(0));
    set(&mut doc, "/language", json!("EN"));
    set(&mut doc, "/title", json!("  "));
    set(&mut doc, "/intro", json!(""));
    assert_eq!(
        errors_of(&doc),
        vec![
            err("format", "2", Rule::Format),
            err("id", "My Test", Rule::BadId),
            err("version", "0", Rule::Version),
            err("language", "EN", Rule::Language),
            err("title", "  ", Rule::Empty),
            err("intro", "", Rule::Empty),
        ]
    );
    assert_eq!(
        messages(&doc),
        [
            "format: 2 given; this app reads content format 1",
            "id: \"My Test\" given; an id must be non-empty and use only a-z, 0-9, '.' and '-'",
            "version: 0 given; the content version must be 1 to 255",
            "language: \"EN\" given; use a language tag such as \"en\", \"fi\" or \"sv-FI\"",
            "title: \"  \" given; text must not be empty or only spaces",
            "intro: \"\" given; text must not be empty or only spaces",
        ]
    );
}

#[test]
fn version_above_255_is_rejected_and_255_accepted() {
    let mut doc = fixture();
    set(&mut doc, "/version", json!(256));
    assert_eq!(errors_of(&doc), [err("version", "256", Rule::Version)]);
    set(&mut doc, "/version", json!(255));
    assert_eq!(common::from_value(&doc).version, 255);
}

#[test]
fn language_tags() {
    for good in ["en", "fi", "sv-FI", "pt-br", "zh-Hant-TW"] {
        let mut doc = fixture();
        set(&mut doc, "/language", json!(good));
        assert!(Questionnaire::from_json(&doc.to_string()).is_ok(), "{good}");
    }
    for bad in ["", "e", "english", "EN", "en_GB", "en-", "en-toolongsubtag"] {
        let mut doc = fixture();
        set(&mut doc, "/language", json!(bad));
        assert_eq!(
            errors_of(&doc),
            [err("language", bad, Rule::Language)],
            "{bad}"
        );
    }
}

#[test]
fn scale_must_be_five_points_in_order() {
    let mut doc = fixture();
    doc["scale"]["points"].as_array_mut().unwrap().pop();
    assert_eq!(
        messages(&doc),
        ["scale.points: values \"1, 2, 3, 4\" given; the scale needs exactly 5 points valued 1, 2, 3, 4, 5 in that order"]
    );
    let mut doc = fixture();
    set(&mut doc, "/scale/points/1/value", json!(3));
    set(&mut doc, "/scale/points/2/value", json!(2));
    set(&mut doc, "/scale/points/4/hint", json!(" "));
    assert_eq!(
        errors_of(&doc),
        [
            err("scale.points", "1, 3, 2, 4, 5", Rule::ScalePoints),
            err("scale.points[4].hint", " ", Rule::Empty),
        ]
    );
}

#[test]
fn bands_must_cover_0_to_100_without_gaps_or_overlaps() {
    let mut doc = fixture();
    set(&mut doc, "/bands/0/min", json!(1)); // must start at 0
    set(&mut doc, "/bands/1/min", json!(41)); // gap after 39
    set(&mut doc, "/bands/2/min", json!(59)); // overlap with 40-59
    set(&mut doc, "/bands/3/max", json!(99)); // must end at 100
    assert_eq!(
        errors_of(&doc),
        [
            err("bands[0].min", "1", Rule::BandCoverage { expected: 0 }),
            err("bands[1].min", "41", Rule::BandCoverage { expected: 40 }),
            err("bands[2].min", "59", Rule::BandCoverage { expected: 60 }),
            err("bands[3].max", "99", Rule::BandCoverage { expected: 100 }),
        ]
    );
    assert_eq!(
        messages(&doc)[1],
        "bands[1].min: 41 given; the bands must cover 0 to 100 without gaps or overlaps, so this must be 40"
    );
}

#[test]
fn band_min_above_max() {
    let mut doc = fixture();
    set(&mut doc, "/bands/1/min", json!(40));
    set(&mut doc, "/bands/1/max", json!(30));
    // 40-30 is reversed, and the next band must then start at 31.
    assert_eq!(
        messages(&doc),
        [
            "bands[1]: 40-30 given; a band's min must not be above its max",
            "bands[2].min: 60 given; the bands must cover 0 to 100 without gaps or overlaps, so this must be 31",
        ]
    );
}

#[test]
fn no_bands_and_no_dimensions() {
    let mut doc = fixture();
    set(&mut doc, "/bands", json!([]));
    set(&mut doc, "/dimensions", json!([]));
    assert_eq!(
        messages(&doc),
        [
            "bands: none given; the bands must cover 0 to 100",
            "dimensions: none given; a questionnaire needs a dimension",
        ]
    );
}

#[test]
fn ids_must_be_well_formed_and_unique() {
    let mut doc = fixture();
    set(&mut doc, "/dimensions/1/id", json!("Tech")); // upper case
    set(&mut doc, "/dimensions/1/items/0/id", json!("trust.1")); // item id used in trust
    set(&mut doc, "/dimensions/1/facets/1/id", json!("trust")); // facet id = dimension id
    set(
        &mut doc,
        "/dimensions/0/feedback/0/tips/1/id",
        json!("trust.sj1"),
    ); // tip id = item id
    set(&mut doc, "/bands/2/id", json!("early")); // band ids unique among bands
                                                  // Option ids are only unique within their item.
    set(&mut doc, "/dimensions/0/items/4/options/2/id", json!("a"));
    // Only the first facet of tech is still used by an item, so tech.tools -> trust is empty.
    set(&mut doc, "/dimensions/1/items/1/facet", json!("trust"));
    let errors = errors_of(&doc);
    assert_eq!(
        errors,
        [
            err(
                "bands[2].id",
                "early",
                Rule::DuplicateId {
                    first: "bands[0].id".into()
                }
            ),
            err(
                "dimensions[0].items[4].options[2].id",
                "a",
                Rule::DuplicateId {
                    first: "dimensions[0].items[4].options[0].id".into()
                }
            ),
            err(
                "dimensions[0].feedback[0].tips[1].id",
                "trust.sj1",
                Rule::DuplicateId {
                    first: "dimensions[0].items[4].id".into()
                }
            ),
            err("dimensions[1].id", "Tech", Rule::BadId),
            err(
                "dimensions[1].facets[1].id",
                "trust",
                Rule::DuplicateId {
                    first: "dimensions[0].id".into()
                }
            ),
            err(
                "dimensions[1].items[0].id",
                "trust.1",
                Rule::DuplicateId {
                    first: "dimensions[0].items[0].id".into()
                }
            ),
        ]
    );
    assert_eq!(
        errors[5].to_string(),
        "dimensions[1].items[0].id: \"trust.1\" given; this id is already used at dimensions[0].items[0].id and ids must be unique"
    );
}

#[test]
fn facets_references_and_counts() {
    let mut doc = fixture();
    set(
        &mut doc,
        "/dimensions/0/items/0/facet",
        json!("trust.planning"),
    ); // dangling
    set(
        &mut doc,
        "/dimensions/0/items/2/facet",
        json!("trust.deliver"),
    ); // trust.plan now unused
    set(&mut doc, "/dimensions/0/items/4/facet", json!("tech.gear")); // other dimension's facet
    doc["dimensions"][1]["facets"]
        .as_array_mut()
        .unwrap()
        .truncate(1);
    set(&mut doc, "/dimensions/1/items/1/facet", json!("tech.gear"));
    assert_eq!(
        messages(&doc),
        [
            "dimensions[0].facets[0]: facet \"trust.plan\" has no rating item; every facet needs at least one",
            "dimensions[0].items[0].facet: \"trust.planning\" given; it must be the id of a facet of the same dimension",
            "dimensions[0].items[4].facet: \"tech.gear\" given; it must be the id of a facet of the same dimension",
            "dimensions[1].facets: 1 facet given (\"tech.gear\"); a dimension needs 2 to 4",
        ]
    );
}

#[test]
fn five_facets_are_too_many() {
    let mut doc = fixture();
    let facets: Vec<Value> = (1..=5)
        .map(|i| json!({"id": format!("tech.f{i}"), "name": "F"}))
        .collect();
    set(&mut doc, "/dimensions/1/facets", json!(facets));
    let items: Vec<Value> = (1..=5)
        .map(|i| common::rating(&format!("tech.{i}"), &format!("tech.f{i}"), false))
        .collect();
    set(&mut doc, "/dimensions/1/items", json!(items));
    assert_eq!(
        messages(&doc),
        ["dimensions[1].facets: 5 facets given (\"tech.f1, tech.f2, tech.f3, tech.f4, tech.f5\"); a dimension needs 2 to 4"]
    );
}

#[test]
fn rating_item_counts_and_reverse_share() {
    // Two rating items are too few; one of two reverse is exactly half (allowed).
    let mut doc = fixture();
    doc["dimensions"][1]["items"]
        .as_array_mut()
        .unwrap()
        .remove(2);
    doc["dimensions"][1]["items"][1]["reverse"] = json!(true);
    assert_eq!(
        errors_of(&doc),
        [err(
            "dimensions[1].items",
            "tech.1, tech.2",
            Rule::TooFewItems { given: 2 }
        )]
    );
    assert_eq!(
        messages(&doc),
        ["dimensions[1].items: 2 rating items given (\"tech.1, tech.2\"); a dimension needs at least 3"]
    );

    // Thirteen rating items are too many; 7 of 13 reverse is more than half.
    let mut doc = fixture();
    let items: Vec<Value> = (1..=13)
        .map(|i| {
            let facet = if i % 2 == 0 {
                "tech.gear"
            } else {
                "tech.tools"
            };
            common::rating(&format!("tech.{i}"), facet, i <= 7)
        })
        .collect();
    set(&mut doc, "/dimensions/1/items", json!(items));
    assert_eq!(
        messages(&doc),
        [
            "dimensions[1].items: 13 rating items given (\"tech.1, tech.2, tech.3, tech.4, tech.5, tech.6, tech.7, tech.8, tech.9, tech.10, tech.11, tech.12, tech.13\"); a dimension may have at most 12",
            "dimensions[1].items: 7 of 13 rating items are reverse-keyed (\"tech.1, tech.2, tech.3, tech.4, tech.5, tech.6, tech.7\"); at most half may be",
        ]
    );
}

#[test]
fn twelve_rating_items_with_six_reverse_are_allowed() {
    let mut doc = fixture();
    let items: Vec<Value> = (1..=12)
        .map(|i| {
            let facet = if i % 2 == 0 {
                "tech.gear"
            } else {
                "tech.tools"
            };
            common::rating(&format!("tech.{i}"), facet, i <= 6)
        })
        .collect();
    set(&mut doc, "/dimensions/1/items", json!(items));
    assert!(Questionnaire::from_json(&doc.to_string()).is_ok());
}

#[test]
fn judgement_options_are_checked() {
    let mut doc = fixture();
    // Two options only, and neither is worth 3.
    set(
        &mut doc,
        "/dimensions/0/items/4/options",
        json!([{"id": "a", "text": "A", "score": 1}, {"id": "b", "text": "B", "score": 2}]),
    );
    assert_eq!(
        messages(&doc),
        [
            "dimensions[0].items[4].options: 2 options given (\"a, b\"); a situational item needs 3 or 4",
            "dimensions[0].items[4].options: scores 1, 2 given; at least one option must be worth 3 (the most effective response)",
        ]
    );

    let mut doc = fixture();
    set(&mut doc, "/dimensions/0/items/4/options/1/score", json!(5));
    set(&mut doc, "/dimensions/0/items/4/options/2/text", json!(""));
    set(&mut doc, "/dimensions/0/items/4/scenario", json!("\t"));
    assert_eq!(
        errors_of(&doc),
        [
            err("dimensions[0].items[4].scenario", "\t", Rule::Empty),
            err(
                "dimensions[0].items[4].options[1].score",
                "5",
                Rule::OptionScore
            ),
            err("dimensions[0].items[4].options[2].text", "", Rule::Empty),
        ]
    );
    assert_eq!(
        messages(&doc)[1],
        "dimensions[0].items[4].options[1].score: 5 given; an option is worth 0 to 3 points"
    );
}

#[test]
fn five_options_are_too_many() {
    let mut doc = fixture();
    let options: Vec<Value> = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|id| json!({"id": id, "text": "T", "score": 3}))
        .collect();
    set(&mut doc, "/dimensions/0/items/4/options", json!(options));
    assert_eq!(
        errors_of(&doc),
        [err(
            "dimensions[0].items[4].options",
            "a, b, c, d, e",
            Rule::OptionCount { given: 5 }
        )]
    );
}

#[test]
fn feedback_must_follow_the_bands() {
    let mut doc = fixture();
    // Swap two entries in trust, drop one in tech.
    let trust = doc["dimensions"][0]["feedback"].as_array_mut().unwrap();
    trust.swap(1, 2);
    doc["dimensions"][1]["feedback"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert_eq!(
        messages(&doc),
        [
            "dimensions[0].feedback: bands \"early, established, developing, advanced\" given; a dimension needs one feedback entry per band, in the order \"early, developing, established, advanced\"",
            "dimensions[1].feedback: bands \"early, developing, established\" given; a dimension needs one feedback entry per band, in the order \"early, developing, established, advanced\"",
        ]
    );
}

#[test]
fn tips_need_two_or_three() {
    let mut doc = fixture();
    doc["dimensions"][0]["feedback"][2]["tips"]
        .as_array_mut()
        .unwrap()
        .pop();
    let four: Vec<Value> = (1..=4)
        .map(|i| json!({"id": format!("tech.x{i}"), "text": "Tip."}))
        .collect();
    set(&mut doc, "/dimensions/1/feedback/3/tips", json!(four));
    set(&mut doc, "/dimensions/1/feedback/0/text", json!(" \n "));
    assert_eq!(
        messages(&doc),
        [
            "dimensions[0].feedback[2].tips: 1 tip given (\"trust.established.1\"); a feedback entry needs 2 or 3",
            "dimensions[1].feedback[0].text: \" \n \" given; text must not be empty or only spaces",
            "dimensions[1].feedback[3].tips: 4 tips given (\"tech.x1, tech.x2, tech.x3, tech.x4\"); a feedback entry needs 2 or 3",
        ]
    );
}

#[test]
fn many_problems_are_collected_in_document_order() {
    let mut doc = fixture();
    set(&mut doc, "/format", json!(7));
    set(&mut doc, "/scale/not_applicable", json!(""));
    set(&mut doc, "/bands/3/max", json!(120));
    set(&mut doc, "/dimensions/0/name", json!(""));
    set(&mut doc, "/dimensions/0/items/1/text", json!(" "));
    set(&mut doc, "/dimensions/0/items/4/options/0/score", json!(2));
    set(&mut doc, "/dimensions/1/items/2/id", json!("tech 3"));
    set(&mut doc, "/dimensions/1/feedback/1/tips/0/text", json!(""));
    assert_eq!(
        messages(&doc),
        [
            "format: 7 given; this app reads content format 1",
            "scale.not_applicable: \"\" given; text must not be empty or only spaces",
            "bands[3].max: 120 given; the bands must cover 0 to 100 without gaps or overlaps, so this must be 100",
            "dimensions[0].name: \"\" given; text must not be empty or only spaces",
            "dimensions[0].items[1].text: \" \" given; text must not be empty or only spaces",
            "dimensions[0].items[4].options: scores 2, 1, 0 given; at least one option must be worth 3 (the most effective response)",
            "dimensions[1].items[2].id: \"tech 3\" given; an id must be non-empty and use only a-z, 0-9, '.' and '-'",
            "dimensions[1].feedback[1].tips[0].text: \"\" given; text must not be empty or only spaces",
        ]
    );
}

#[test]
fn structure_eq_ignores_text_but_not_structure() {
    let base = common::from_value(&fixture());
    let mut translated = fixture();
    set(&mut translated, "/language", json!("fi"));
    set(&mut translated, "/title", json!("Testi"));
    set(
        &mut translated,
        "/dimensions/0/items/0/text",
        json!("Suunnittelen yhteydenpidon."),
    );
    set(
        &mut translated,
        "/dimensions/0/items/4/options/1/text",
        json!("Odotan."),
    );
    set(
        &mut translated,
        "/dimensions/1/feedback/0/tips/0/text",
        json!("Vinkki."),
    );
    let translated = common::from_value(&translated);
    assert_ne!(base, translated);
    assert!(base.structure_eq(&translated));

    let changes: [(&str, Value); 6] = [
        ("/version", json!(4)),
        ("/bands/0/max", json!(40)),
        ("/dimensions/0/items/3/reverse", json!(false)),
        ("/dimensions/0/items/4/options/1/score", json!(2)),
        // trust.plan stays in use by trust.1.
        ("/dimensions/0/items/2/facet", json!("trust.deliver")),
        ("/dimensions/1/feedback/0/tips/0/id", json!("tech.other")),
    ];
    for (pointer, value) in changes {
        let mut doc = fixture();
        set(&mut doc, pointer, value);
        if pointer == "/bands/0/max" {
            set(&mut doc, "/bands/1/min", json!(41));
        }
        let changed = common::from_value(&doc);
        assert!(
            !base.structure_eq(&changed),
            "{pointer} should change the structure"
        );
    }
}
