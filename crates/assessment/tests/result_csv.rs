//! The CSV export: encoding marks, row layout, values, and RFC 4180 quoting (read back with a
//! small parser written here).

mod common;
mod result_support;

use assessment::answers::{Answer, Answers};
use assessment::csv_export::export_csv;
use assessment::questionnaire::{ItemKind, Questionnaire};
use result_support::{complete_answers, en, result};
use serde_json::json;

/// Reads RFC 4180 CSV (after the byte order mark): fields separated by commas, records by CRLF,
/// quoted fields may hold commas, CR, LF and doubled quotes. Panics on anything else.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = body.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                // Quoted field: until a lone quote.
                loop {
                    match chars.next().expect("unterminated quoted field") {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => break,
                        other => field.push(other),
                    }
                }
                assert!(
                    matches!(chars.peek(), Some(',') | Some('\r') | None),
                    "text after a closing quote"
                );
                at_field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => panic!("bare LF outside quotes"),
            '"' => panic!("quote inside an unquoted field"),
            other => {
                field.push(other);
                at_field_start = false;
            }
        }
    }
    assert!(
        record.is_empty() && field.is_empty(),
        "last record not ended by CRLF"
    );
    records
}

const HEADER: [&str; 9] = [
    "record",
    "dimension_id",
    "dimension",
    "item_id",
    "item",
    "answer",
    "answer_value",
    "score",
    "band",
];

fn row<'a>(rows: &'a [Vec<String>], record: &str, id: &str) -> &'a [String] {
    let column = if record == "item" { 3 } else { 1 };
    rows.iter()
        .find(|r| r[0] == record && r[column] == id)
        .unwrap_or_else(|| panic!("no {record} row {id}"))
}

fn first_reverse_item(q: &Questionnaire) -> String {
    q.all_items()
        .find(|(_, i)| matches!(i.kind, ItemKind::Rating { reverse: true, .. }))
        .map(|(_, i)| i.id.clone())
        .expect("the content has reverse items")
}

#[test]
fn has_a_bom_crlf_the_header_and_one_row_per_item_dimension_and_total() {
    let q = en();
    let csv = export_csv(q, &result(q, complete_answers(q), None));
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    let rows = parse(&csv);
    assert_eq!(rows[0], HEADER);
    assert!(rows.iter().all(|r| r.len() == 9));
    let count = |kind: &str| rows.iter().filter(|r| r[0] == kind).count();
    assert_eq!(count("item"), 52);
    assert_eq!(count("dimension"), 7);
    assert_eq!(count("overall"), 1);
    assert_eq!(count("judgement"), 1);
    assert_eq!(rows.len(), 1 + 52 + 7 + 2);
    assert_eq!(rows[rows.len() - 2][0], "overall");
    assert_eq!(rows[rows.len() - 1][0], "judgement");
}

#[test]
fn item_rows_show_label_value_and_keyed_score() {
    let q = en();
    let reverse = first_reverse_item(q);
    let mut answers = Answers::new();
    answers.insert("trust.r1".into(), Answer::Rating(4));
    answers.insert(reverse.clone(), Answer::Rating(2));
    answers.insert("trust.r3".into(), Answer::NotApplicable);
    answers.insert("trust.j1".into(), Answer::Choice("b".into()));
    let rows = parse(&export_csv(q, &result(q, answers, None)));

    let r1 = row(&rows, "item", "trust.r1");
    assert_eq!(r1[1], "trust");
    assert_eq!(r1[2], "Trust building");
    assert_eq!(&r1[5..9], ["Usually", "4", "4", ""]);

    // A reverse-keyed 2 scores 6 - 2 = 4.
    let rev = row(&rows, "item", &reverse);
    assert_eq!(&rev[6..8], ["2", "4"]);
    assert_eq!(rev[5], "Rarely");

    let na = row(&rows, "item", "trust.r3");
    assert_eq!(&na[5..8], ["Not applicable", "na", ""]);

    let j1 = row(&rows, "item", "trust.j1");
    let (_, item) = q.item("trust.j1").unwrap();
    let b = item.option("b").unwrap();
    assert_eq!(j1[5], b.text);
    assert_eq!(j1[6], "b");
    assert_eq!(j1[7], b.score.to_string());
    assert!(
        j1[4].ends_with("Which response is most effective?"),
        "{}",
        j1[4]
    );

    let blank = row(&rows, "item", "trust.r4");
    assert_eq!(&blank[5..9], ["", "", "", ""]);
}

#[test]
fn dimension_and_total_rows() {
    let q = en();
    // trust: every rating item 3 (3 also when reversed) -> 50, "Developing"; nothing else.
    let mut answers: Answers = q
        .all_items()
        .filter(|(d, i)| *d == 0 && i.is_rating())
        .map(|(_, i)| (i.id.clone(), Answer::Rating(3)))
        .collect();
    // Worst option of trust.j1 (d, 0 points of 3) -> judgement 0.
    answers.insert("trust.j1".into(), Answer::Choice("d".into()));
    let rows = parse(&export_csv(q, &result(q, answers, None)));
    let trust = row(&rows, "dimension", "trust");
    assert_eq!(trust[2], "Trust building");
    assert_eq!(&trust[3..9], ["", "", "", "", "50", "Developing"]);
    let social = row(&rows, "dimension", "social");
    assert_eq!(&social[7..9], ["", ""], "not enough answers");
    let overall = rows.iter().find(|r| r[0] == "overall").unwrap();
    assert_eq!(&overall[1..9], ["", "", "", "", "", "", "50", "Developing"]);
    let judgement = rows.iter().find(|r| r[0] == "judgement").unwrap();
    assert_eq!(&judgement[7..9], ["0", ""]);
}

#[test]
fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
    use common::{questionnaire_json, simple_dimension};
    let tricky = "Say \"hi\", then\r\nwait; \"quoted\"\nend,";
    let mut doc = questionnaire_json(vec![simple_dimension("a", 3, &[])]);
    doc["dimensions"][0]["name"] = json!("Plain, with comma");
    doc["dimensions"][0]["items"][0]["text"] = json!(tricky);
    doc["scale"]["points"][3]["label"] = json!("4 \"often\"");
    let q = common::from_value(&doc);
    let answers: Answers = [("a.1".to_string(), Answer::Rating(4))].into();
    let csv = export_csv(&q, &result(&q, answers, None));
    // The raw text shows the RFC 4180 form.
    assert!(csv.contains("\"Say \"\"hi\"\", then\r\nwait; \"\"quoted\"\"\nend,\""));
    assert!(csv.contains(",\"Plain, with comma\","));
    let rows = parse(&csv);
    assert_eq!(rows.len(), 1 + 3 + 1 + 2);
    let a1 = row(&rows, "item", "a.1");
    assert_eq!(a1[4], tricky);
    assert_eq!(a1[2], "Plain, with comma");
    assert_eq!(a1[5], "4 \"often\"");
    // Unremarkable fields are not quoted.
    assert!(csv.contains("\r\nitem,a,"));
}

#[test]
fn answers_in_the_questionnaire_language() {
    let mut doc: serde_json::Value =
        serde_json::from_str(result_support::EN).expect("content JSON");
    doc["scale"]["not_applicable"] = json!("Ei koske minua");
    doc["language"] = json!("fi");
    let q = Questionnaire::from_json(&doc.to_string()).expect("valid");
    let answers: Answers = [("trust.r1".to_string(), Answer::NotApplicable)].into();
    let rows = parse(&export_csv(&q, &result(&q, answers, None)));
    assert_eq!(row(&rows, "item", "trust.r1")[5], "Ei koske minua");
}
