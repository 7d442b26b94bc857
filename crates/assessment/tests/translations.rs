//! Every shipped language is complete: UI catalogues have every key with matching placeholders
//! and no accidental English; questionnaires validate and share the English structure.

use assessment::i18n::{placeholders, Catalog, Key, Lang};
use assessment::questionnaire::Questionnaire;
use serde_json::Value;

fn ui(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../content/ui/en.json"),
        Lang::Fi => include_str!("../../../content/ui/fi.json"),
        Lang::Sv => include_str!("../../../content/ui/sv.json"),
        Lang::Da => include_str!("../../../content/ui/da.json"),
    }
}

fn content(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../content/assessment.en.json"),
        Lang::Fi => include_str!("../../../content/assessment.fi.json"),
        Lang::Sv => include_str!("../../../content/assessment.sv.json"),
        Lang::Da => include_str!("../../../content/assessment.da.json"),
    }
}

fn english() -> Catalog {
    Catalog::parse(Lang::En, ui(Lang::En), None).expect("English catalogue")
}

/// Fails the test with every problem found in a language's file, one per line.
fn fail<E: ToString>(lang: Lang, errs: &[E]) -> ! {
    let lines: Vec<String> = errs.iter().map(ToString::to_string).collect();
    panic!("{}: {}", lang.code(), lines.join("\n"))
}

#[test]
fn every_catalogue_has_every_key_with_english_placeholders() {
    let en = english();
    for lang in Lang::ALL {
        let cat =
            Catalog::parse(lang, ui(lang), Some(&en)).unwrap_or_else(|errs| fail(lang, &errs));
        for key in Key::ALL {
            assert!(
                !cat.get(*key).trim().is_empty(),
                "{} {}",
                lang.code(),
                key.name()
            );
            assert_eq!(
                placeholders(cat.get(*key)),
                placeholders(en.get(*key)),
                "{} {}",
                lang.code(),
                key.name()
            );
        }
    }
}

#[test]
fn no_string_is_left_in_english_unless_marked() {
    let en = english();
    for lang in [Lang::Fi, Lang::Sv, Lang::Da] {
        let cat = Catalog::parse(lang, ui(lang), Some(&en)).unwrap();
        let allowed = Catalog::same_as_english(ui(lang));
        for key in Key::ALL {
            if cat.get(*key) == en.get(*key) {
                assert!(
                    allowed.iter().any(|k| k == key.name()),
                    "{} `{}` is identical to English but not listed in same_as_english",
                    lang.code(),
                    key.name()
                );
            }
        }
    }
}

#[test]
fn a_missing_key_or_wrong_placeholder_is_reported() {
    let en = english();
    let mut v: Value = serde_json::from_str(ui(Lang::Fi)).unwrap();
    let strings = v["strings"].as_object_mut().unwrap();
    strings.remove("nav.next");
    strings.insert("step.counter".into(), Value::String("Vaihe {x}".into()));
    let errs = Catalog::parse(Lang::Fi, &v.to_string(), Some(&en)).unwrap_err();
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert!(
        text.contains(&"ui/fi.json `nav.next`: is missing".to_string()),
        "{text:?}"
    );
    assert!(
        text.contains(
            &"ui/fi.json `step.counter`: placeholders [\"x\"] differ from English [\"x\", \"y\"]"
                .to_string()
        ),
        "{text:?}"
    );
}

fn texts(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if !matches!(k.as_str(), "id" | "facet" | "band" | "kind" | "language") {
                    texts(x, &format!("{path}.{k}"), out);
                }
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| texts(x, &format!("{path}[{i}]"), out)),
        Value::String(s) => out.push((path.to_string(), s.clone())),
        _ => {}
    }
}

#[test]
fn every_questionnaire_validates_and_matches_the_english_structure() {
    let en = Questionnaire::from_json(content(Lang::En)).unwrap();
    let en_json: Value = serde_json::from_str(content(Lang::En)).unwrap();
    let mut en_texts = Vec::new();
    texts(&en_json, "$", &mut en_texts);
    for lang in [Lang::Fi, Lang::Sv, Lang::Da] {
        let q = Questionnaire::from_json(content(lang)).unwrap_or_else(|errs| fail(lang, &errs));
        assert_eq!(q.language, lang.code());
        assert!(
            q.structure_eq(&en),
            "{} differs in structure from English",
            lang.code()
        );
        let v: Value = serde_json::from_str(content(lang)).unwrap();
        let mut tr = Vec::new();
        texts(&v, "$", &mut tr);
        assert_eq!(tr.len(), en_texts.len());
        for ((path, e), (_, t)) in en_texts.iter().zip(tr.iter()) {
            assert!(
                !(e == t && e.len() > 3),
                "{} {path} is still English: {t}",
                lang.code()
            );
        }
    }
}

#[test]
fn browser_locales_map_to_languages() {
    use assessment::i18n::choose_language;
    let pick = |p: Option<&str>, s: Option<&str>, b: &[&str]| {
        choose_language(p, s, &b.iter().map(|x| x.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(pick(None, None, &["fi-FI"]).lang, Lang::Fi);
    assert_eq!(pick(None, None, &["nb-NO", "en"]).lang, Lang::Da);
    assert_eq!(pick(None, None, &["no"]).lang, Lang::Da);
    assert_eq!(pick(None, None, &["sv-SE"]).lang, Lang::Sv);
    assert_eq!(pick(None, None, &["de-DE", "da-DK"]).lang, Lang::Da);
    assert_eq!(pick(None, None, &["de-DE"]).lang, Lang::En);
    assert_eq!(
        pick(None, Some("sv"), &["fi-FI"]).lang,
        Lang::Sv,
        "remembered choice wins over the browser"
    );
    assert_eq!(
        pick(Some("da"), Some("sv"), &["fi"]).lang,
        Lang::Da,
        "?lang= wins"
    );
    let empty = pick(Some(" "), None, &["sv-SE"]);
    assert_eq!(
        (empty.lang, empty.rejected_param),
        (Lang::Sv, None),
        "empty ?lang= is ignored"
    );
    let bad = pick(Some("xx"), None, &["fi-FI"]);
    assert_eq!(
        (bad.lang, bad.rejected_param.as_deref()),
        (Lang::Fi, Some("xx"))
    );
}

#[test]
fn plurals_and_local_number_formats() {
    use assessment::i18n::{format_date, format_decimal};
    let en = english();
    assert_eq!(
        en.plural(Key::StepLeftOne, Key::StepLeftOther, 1, &[]),
        "1 question left"
    );
    assert_eq!(
        en.plural(Key::StepLeftOne, Key::StepLeftOther, 3, &[]),
        "3 questions left"
    );
    let fi = Catalog::parse(Lang::Fi, ui(Lang::Fi), Some(&en)).unwrap();
    assert_ne!(
        fi.plural(Key::StepLeftOne, Key::StepLeftOther, 1, &[]),
        fi.plural(Key::StepLeftOne, Key::StepLeftOther, 3, &[])
            .replace('3', "1")
    );
    assert_eq!(format_decimal(Lang::Fi, 0.959, 2), "0,96");
    assert_eq!(format_decimal(Lang::En, 0.959, 2), "0.96");
    assert_eq!(format_date(Lang::En, 2026, 11, 28), "28 Nov 2026");
    assert_eq!(format_date(Lang::Fi, 2026, 11, 8), "8.11.2026");
    assert_eq!(format_date(Lang::Sv, 2026, 1, 8), "2026-01-08");
}

#[test]
fn decimals_round_and_pad_like_the_locale_expects() {
    use assessment::i18n::format_decimal;
    assert_eq!(format_decimal(Lang::En, 62.25, 1), "62.3");
    assert_eq!(format_decimal(Lang::Sv, 7.0, 1), "7,0");
    assert_eq!(format_decimal(Lang::Da, 0.05, 2), "0,05");
    assert_eq!(format_decimal(Lang::Fi, -0.852, 2), "-0,85");
    assert_eq!(format_decimal(Lang::En, 99.96, 1), "100.0");
    assert_eq!(format_decimal(Lang::En, 41.6, 0), "42");
}
