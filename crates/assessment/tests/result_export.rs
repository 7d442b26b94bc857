//! The JSON export: documented fields, round trips, and every import error.

mod result_support;

use assessment::answers::{Answer, Answers};
use assessment::code::SharedResult;
use assessment::export::{export_json, import_json, ImportError};
use assessment::questionnaire::ItemKind;
use proptest::prelude::*;
use result_support::{complete_answers, date, en, en_with_version, result, result_strategy};
use serde_json::{json, Value};

fn exported(r: &SharedResult) -> Value {
    serde_json::from_str(&export_json(en(), r)).expect("export is JSON")
}

/// Every rating 3 (so 3 also after reverse keying) and every judgement item answered with its
/// best option.
fn middle_answers() -> Answers {
    en().all_items()
        .map(|(_, item)| {
            let answer = match &item.kind {
                ItemKind::Rating { .. } => Answer::Rating(3),
                ItemKind::Judgement { options, .. } => {
                    let best = options.iter().max_by_key(|o| o.score).unwrap();
                    Answer::Choice(best.id.clone())
                }
            };
            (item.id.clone(), answer)
        })
        .collect()
}

#[test]
fn export_has_the_documented_fields() {
    let q = en();
    let mut r = result(q, middle_answers(), Some("Kim"));
    r.answers.insert("trust.r2".into(), Answer::NotApplicable);
    let doc = exported(&r);
    assert_eq!(doc["schema"], "remote-sales-readiness/result");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(
        doc["questionnaire"],
        json!({"id": "remote-sales-readiness", "version": 1, "language": "en"})
    );
    assert_eq!(doc["completed"], "2024-05-03");
    assert_eq!(doc["nickname"], "Kim");
    assert_eq!(doc["answers"]["trust.r1"], json!({"rating": 3}));
    assert_eq!(doc["answers"]["trust.r2"], json!("not_applicable"));
    assert_eq!(doc["answers"]["trust.j1"], json!({"choice": "a"}));
    assert_eq!(doc["answers"].as_object().unwrap().len(), 52);

    // Every keyed rating is 3 -> 25 * (3 - 1) = 50 everywhere, band 40-59 "developing";
    // every judgement answer is the best option -> 100.
    let p = &doc["profile"];
    assert_eq!(p["overall"], 50);
    assert_eq!(p["overall_band"], "developing");
    assert_eq!(p["judgement"], 100);
    let dims = p["dimensions"].as_array().unwrap();
    assert_eq!(dims.len(), 7);
    let trust = &dims[0];
    assert_eq!(trust["id"], "trust");
    assert_eq!(trust["name"], "Trust building");
    assert_eq!(trust["score"], 50);
    assert_eq!(trust["band"], "developing");
    assert_eq!(trust["answered"], 5, "one of six is not applicable");
    assert_eq!(trust["rating_items"], 6);
    assert_eq!(trust["judgement"], 100);
    let facets = trust["facets"].as_array().unwrap();
    assert_eq!(facets.len(), 3);
    assert_eq!(facets[0]["id"], "trust.rhythm");
    assert!(facets[0]["name"].is_string());
    assert!(facets.iter().all(|f| f["score"] == 50));
    // All scores equal: ties go to the earlier dimension, two strengths and two growth areas.
    assert_eq!(p["strengths"], json!(["trust", "professionalism"]));
    assert_eq!(p["growth"], json!(["technical", "engagement"]));
    assert!(p["flags"].is_array());
}

#[test]
fn flags_are_written_with_a_kind_and_dimension_ids() {
    let q = en();
    // Only trust answered: every other dimension lacks answers.
    let answers: Answers = q
        .all_items()
        .filter(|(d, item)| *d == 0 && item.is_rating())
        .map(|(_, item)| (item.id.clone(), Answer::Rating(4)))
        .collect();
    let doc = exported(&result(q, answers, None));
    let flags = doc["profile"]["flags"].as_array().unwrap();
    let not_enough: Vec<&Value> = flags
        .iter()
        .filter(|f| f["kind"] == "not_enough_answers")
        .collect();
    assert_eq!(not_enough.len(), 6);
    assert_eq!(
        not_enough[0],
        &json!({"kind": "not_enough_answers", "dimension": "professionalism", "answered": 0, "needed": 4})
    );
    assert_eq!(doc["nickname"], Value::Null);
    assert_eq!(doc["profile"]["judgement"], Value::Null);
    assert_eq!(doc["profile"]["dimensions"][1]["score"], Value::Null);
    assert_eq!(doc["profile"]["dimensions"][1]["band"], Value::Null);
}

#[test]
fn answers_are_written_in_content_order() {
    let text = export_json(en(), &result(en(), complete_answers(en()), None));
    let at = |id: &str| text.find(&format!("\"{id}\"")).expect(id);
    assert!(at("trust.r1") < at("trust.r6"));
    assert!(at("trust.r6") < at("trust.j1"));
    assert!(at("trust.j1") < at("professionalism.r1"));
    assert!(at("hybrid.j2") < at("social.r1"));
}

#[test]
fn import_reads_an_export_back() {
    let q = en();
    let r = result(q, complete_answers(q), Some("Tiimi \"A\", ä"));
    assert_eq!(import_json(q, &export_json(q, &r)), Ok(r.clone()));
    // Also when an editor saved it with a byte order mark.
    let with_bom = format!("\u{feff}{}", export_json(q, &r));
    assert_eq!(import_json(q, &with_bom), Ok(r));
}

#[test]
fn import_recomputes_instead_of_trusting_the_stored_profile() {
    let q = en();
    let r = result(q, middle_answers(), None);
    let mut doc = exported(&r);
    doc["profile"] = json!({"overall": 100, "nonsense": true});
    let back = import_json(q, &doc.to_string()).expect("imports");
    assert_eq!(back, r);
    assert_eq!(exported(&back)["profile"]["overall"], 50);
}

#[test]
fn unknown_items_are_dropped_and_the_nickname_normalized() {
    let q = en();
    let mut doc = exported(&result(q, middle_answers(), None));
    doc["answers"]["retired.item"] = json!({"rating": 9});
    doc["answers"]["another.gone"] = json!("whatever");
    doc["nickname"] = json!("  Alex\t ");
    let back = import_json(q, &doc.to_string()).expect("imports");
    assert_eq!(back.answers, middle_answers());
    assert_eq!(back.nickname.as_deref(), Some("Alex"));
    doc["nickname"] = json!("   ");
    assert_eq!(import_json(q, &doc.to_string()).unwrap().nickname, None);
}

#[test]
fn not_json() {
    for text in ["", "not json", "{", "{\"schema\": }", "\u{feff}"] {
        assert!(
            matches!(import_json(en(), text), Err(ImportError::NotJson(_))),
            "{text:?}"
        );
    }
}

#[test]
fn json_that_is_not_ours() {
    for text in [
        "{}",
        "[1, 2]",
        "42",
        "null",
        r#"{"hello": "world"}"#,
        r#"{"schema": "someone-else/result", "schema_version": 1}"#,
        r#"{"schema": 1}"#,
        r#"{"answers": {"trust.r1": {"rating": 3}}}"#,
    ] {
        assert_eq!(import_json(en(), text), Err(ImportError::NotOurs), "{text}");
    }
}

#[test]
fn newer_schema() {
    let mut doc = exported(&result(en(), complete_answers(en()), None));
    doc["schema_version"] = json!(2);
    assert_eq!(
        import_json(en(), &doc.to_string()),
        Err(ImportError::NewerSchema(2))
    );
    doc["schema_version"] = json!(0);
    assert!(matches!(
        import_json(en(), &doc.to_string()),
        Err(ImportError::Invalid(_))
    ));
}

#[test]
fn other_questionnaire() {
    let mut doc = exported(&result(en(), complete_answers(en()), None));
    doc["questionnaire"]["id"] = json!("team-leadership");
    assert_eq!(
        import_json(en(), &doc.to_string()),
        Err(ImportError::OtherQuestionnaire("team-leadership".into()))
    );
}

#[test]
fn content_version_mismatches() {
    let v1 = en();
    let v2 = en_with_version(2);
    let text1 = export_json(v1, &result(v1, complete_answers(v1), None));
    let text2 = export_json(&v2, &result(&v2, complete_answers(&v2), None));
    assert_eq!(
        import_json(&v2, &text1),
        Err(ImportError::OlderContent { file: 1, ours: 2 })
    );
    assert_eq!(
        import_json(v1, &text2),
        Err(ImportError::NewerContent { file: 2, ours: 1 })
    );
}

fn invalid_message(doc: &Value) -> String {
    match import_json(en(), &doc.to_string()) {
        Err(ImportError::Invalid(message)) => message,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn invalid_answers_name_the_item() {
    let base = exported(&result(en(), complete_answers(en()), None));
    for (item, value) in [
        ("trust.r3", json!({"rating": 7})),
        ("trust.r3", json!({"rating": 0})),
        ("trust.r3", json!({"rating": -1})),
        ("trust.r3", json!({"rating": 2.5})),
        ("trust.r3", json!({"rating": "3"})),
        ("trust.r3", json!({"choice": "a"})),
        ("trust.r3", json!(3)),
        ("trust.r3", json!({"rating": 3, "choice": "a"})),
        ("trust.j1", json!({"choice": "e"})),
        ("trust.j1", json!({"rating": 3})),
        ("trust.j1", json!("not_applicable")),
        ("social.j1", json!(null)),
    ] {
        let mut doc = base.clone();
        doc["answers"][item] = value.clone();
        let message = invalid_message(&doc);
        assert!(message.contains(item), "{value}: {message}");
    }
}

#[test]
fn invalid_fields() {
    let base = exported(&result(en(), complete_answers(en()), None));
    for (field, value, mentions) in [
        ("completed", json!("2024-02-30"), "completed"),
        ("completed", json!("03.05.2024"), "completed"),
        ("completed", json!("2019-12-31"), "completed"),
        ("completed", json!(null), "completed"),
        ("nickname", json!(12), "nickname"),
        ("answers", json!([]), "answers"),
        (
            "questionnaire",
            json!("remote-sales-readiness"),
            "questionnaire",
        ),
        ("schema_version", json!("1"), "schema_version"),
    ] {
        let mut doc = base.clone();
        doc[field] = value.clone();
        let message = invalid_message(&doc);
        assert!(message.contains(mentions), "{field} = {value}: {message}");
    }
    let mut doc = base.clone();
    doc["questionnaire"]["version"] = json!(300);
    assert!(invalid_message(&doc).contains("questionnaire.version"));
    let mut doc = base;
    doc.as_object_mut().unwrap().remove("answers");
    assert!(invalid_message(&doc).contains("answers"));
}

#[test]
fn errors_read_well_in_logs() {
    let text = ImportError::OlderContent { file: 1, ours: 2 }.to_string();
    assert!(text.contains('1') && text.contains('2'), "{text}");
    assert!(ImportError::Invalid("answer to x".into())
        .to_string()
        .contains("answer to x"));
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-z_.]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_.]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn import_gives_back_what_was_exported(r in result_strategy(en())) {
        prop_assert_eq!(import_json(en(), &export_json(en(), &r)), Ok(r));
    }

    #[test]
    fn importing_any_text_never_panics(text in any::<String>()) {
        let _ = import_json(en(), &text);
    }

    /// Any value in any field of an otherwise good file gives a result or an error, no panic.
    #[test]
    fn importing_odd_field_values_never_panics(
        field in proptest::sample::select(vec![
            "/schema_version", "/questionnaire", "/questionnaire/id", "/questionnaire/version",
            "/completed", "/nickname", "/answers", "/answers/trust.r1", "/answers/trust.j1",
            "/profile",
        ]),
        value in any_json(),
    ) {
        let mut doc = exported(&result(en(), complete_answers(en()), None));
        if let Some(slot) = doc.pointer_mut(field) {
            *slot = value;
        }
        if let Ok(r) = import_json(en(), &doc.to_string()) {
            // What imports is valid: it survives another round trip unchanged.
            prop_assert_eq!(import_json(en(), &export_json(en(), &r)), Ok(r));
        }
    }
}

#[test]
fn import_then_export_keeps_the_date_and_an_empty_result() {
    let q = en();
    let r = SharedResult {
        date: date(2199, 6, 6),
        ..result(q, Answers::new(), None)
    };
    assert_eq!(import_json(q, &export_json(q, &r)), Ok(r));
}
