//! CSV export of a result for spreadsheet users: UTF-8 with a byte order mark (so Excel detects
//! the encoding), CRLF line ends and RFC 4180 quoting.
//!
//! Columns: `record,dimension_id,dimension,item_id,item,answer,answer_value,score,band`.
//! Rows, in this order: per dimension, one `item` row per item followed by the `dimension` row;
//! then one `overall` row and one `judgement` row.
//!
//! - `item`: `answer` is the scale label, the "not applicable" label or the option text (in the
//!   questionnaire's language); `answer_value` is 1-5, `na` or the option id; `score` is the
//!   keyed rating 1-5 (reverse items `6 - x`) or the option's points 0-3. All three are empty
//!   for an unanswered item (and `score` for not applicable). The `item` column holds a rating
//!   item's statement, or a judgement item's scenario followed by its question.
//! - `dimension`: `score` 0-100 (empty when not enough answers) and the band name.
//! - `overall`: the overall score and band; `judgement`: the judgement score (no band).

use crate::answers::{is_valid, Answer, Answers};
use crate::code::SharedResult;
use crate::questionnaire::{Item, ItemKind, Questionnaire};
use crate::scoring::{keyed_rating, score};

/// The column names, in order.
pub const CSV_HEADER: [&str; 9] = [
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

const BOM: &str = "\u{feff}";
const CRLF: &str = "\r\n";

/// One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled inside).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Writes a summary record (dimension, overall or judgement): no item columns, a 0-100 score
/// (empty when not scored) and a band name.
fn push_summary(out: &mut String, head: [&str; 3], score: Option<u8>, band: &str) {
    push_row(
        out,
        &[head[0], head[1], head[2], "", "", "", "", &opt(score), band],
    );
}

fn push_row(out: &mut String, fields: &[&str]) {
    let row: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&row.join(","));
    out.push_str(CRLF);
}

fn opt(n: Option<u8>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// `(answer, answer_value, score)` of one item.
fn item_cells(q: &Questionnaire, answers: &Answers, item: &Item) -> (String, String, String) {
    let none = || (String::new(), String::new(), String::new());
    let Some(answer) = answers.get(&item.id).filter(|a| is_valid(q, &item.id, a)) else {
        return none();
    };
    match answer {
        Answer::Rating(v) => {
            let label = q
                .scale
                .points
                .iter()
                .find(|p| p.value == *v)
                .map_or(String::new(), |p| p.label.clone());
            (label, v.to_string(), opt(keyed_rating(answers, item)))
        }
        Answer::NotApplicable => (
            q.scale.not_applicable.clone(),
            "na".to_string(),
            String::new(),
        ),
        Answer::Choice(id) => match item.option(id) {
            Some(o) => (o.text.clone(), o.id.clone(), o.score.to_string()),
            None => none(),
        },
    }
}

fn item_text(item: &Item) -> String {
    match &item.kind {
        ItemKind::Rating { text, .. } => text.clone(),
        ItemKind::Judgement {
            scenario, question, ..
        } => format!("{scenario} {question}"),
    }
}

/// The result as CSV (see the module documentation for the layout).
pub fn export_csv(q: &Questionnaire, r: &SharedResult) -> String {
    let profile = score(q, &r.answers);
    let band_name = |band: Option<usize>| {
        band.and_then(|b| q.bands.get(b))
            .map_or(String::new(), |b| b.name.clone())
    };
    let mut out = String::from(BOM);
    push_row(&mut out, &CSV_HEADER);
    for (dim, s) in q.dimensions.iter().zip(&profile.dimensions) {
        for item in &dim.items {
            let (answer, value, score) = item_cells(q, &r.answers, item);
            push_row(
                &mut out,
                &[
                    "item",
                    &dim.id,
                    &dim.name,
                    &item.id,
                    &item_text(item),
                    &answer,
                    &value,
                    &score,
                    "",
                ],
            );
        }
        push_summary(
            &mut out,
            ["dimension", &dim.id, &dim.name],
            s.score,
            &band_name(s.band),
        );
    }
    push_summary(
        &mut out,
        ["overall", "", ""],
        profile.overall,
        &band_name(profile.overall_band),
    );
    push_summary(&mut out, ["judgement", "", ""], profile.judgement, "");
    out
}
