//! JSON export and import of a result: a versioned, documented file (schema in
//! `docs/result-format.md`) that people can keep, inspect and load again.
//!
//! The file holds the answers (the source of truth) and, for readers, the profile computed from
//! them. Import reads only the answers, date and nickname and recomputes everything else.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

use crate::answers::{is_valid, Answer, Answers};
use crate::code::SharedResult;
use crate::consistency::Flag;
use crate::date::Date;
use crate::nickname::normalize_nickname;
use crate::questionnaire::{ItemKind, Questionnaire};
use crate::scoring::{score, Profile};

/// The value of the `schema` field that marks our files.
pub const SCHEMA: &str = "remote-sales-readiness/result";
/// The schema version written; files with a higher one are refused.
pub const SCHEMA_VERSION: u32 = 1;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not a result file of this app (`schema` missing or different).
    NotOurs,
    /// Written with a newer schema version than this app reads.
    NewerSchema(u32),
    /// A result of another questionnaire (its id).
    OtherQuestionnaire(String),
    /// Answers given against newer content than this app has.
    NewerContent { file: u8, ours: u8 },
    /// Answers given against older content than this app has.
    OlderContent { file: u8, ours: u8 },
    /// Our file, but a field is missing or wrong (what and where).
    Invalid(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotJson(e) => write!(f, "the file is not JSON: {e}"),
            ImportError::NotOurs => write!(f, "the file is not a result of this assessment"),
            ImportError::NewerSchema(v) => write!(
                f,
                "the file uses result schema version {v}, newer than this app reads ({SCHEMA_VERSION})"
            ),
            ImportError::OtherQuestionnaire(id) => {
                write!(f, "the file is a result of another questionnaire ({id})")
            }
            ImportError::NewerContent { file, ours } => write!(
                f,
                "the file was made with questionnaire version {file}, newer than ours ({ours})"
            ),
            ImportError::OlderContent { file, ours } => write!(
                f,
                "the file was made with questionnaire version {file}, older than ours ({ours})"
            ),
            ImportError::Invalid(what) => write!(f, "the file is invalid: {what}"),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct File<'a> {
    schema: &'static str,
    schema_version: u32,
    questionnaire: QuestionnaireRef<'a>,
    completed: String,
    nickname: Option<String>,
    answers: OrderedAnswers<'a>,
    profile: ProfileOut<'a>,
}

#[derive(Serialize)]
struct QuestionnaireRef<'a> {
    id: &'a str,
    version: u8,
    language: &'a str,
}

/// Answers in content order (a JSON object keeps the order written).
struct OrderedAnswers<'a>(Vec<(&'a str, &'a Answer)>);

impl Serialize for OrderedAnswers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, answer) in &self.0 {
            map.serialize_entry(id, answer)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct ProfileOut<'a> {
    overall: Option<u8>,
    overall_band: Option<&'a str>,
    judgement: Option<u8>,
    dimensions: Vec<DimensionOut<'a>>,
    strengths: Vec<&'a str>,
    growth: Vec<&'a str>,
    flags: Vec<FlagOut<'a>>,
}

#[derive(Serialize)]
struct DimensionOut<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<u8>,
    band: Option<&'a str>,
    answered: usize,
    rating_items: usize,
    facets: Vec<FacetOut<'a>>,
    judgement: Option<u8>,
}

#[derive(Serialize)]
struct FacetOut<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<u8>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum FlagOut<'a> {
    StraightLining {
        value: u8,
        share_percent: u8,
        answered: usize,
    },
    ReverseContradiction {
        dimension: &'a str,
        item: &'a str,
        reverse_answer: u8,
        positive_mean_tenths: u8,
    },
    ManyNotApplicable {
        count: usize,
        total: usize,
    },
    NotEnoughAnswers {
        dimension: &'a str,
        answered: usize,
        needed: usize,
    },
}

fn band_id(q: &Questionnaire, band: Option<usize>) -> Option<&str> {
    band.and_then(|b| q.bands.get(b)).map(|b| b.id.as_str())
}

fn dimension_id(q: &Questionnaire, d: usize) -> &str {
    q.dimensions.get(d).map_or("", |dim| dim.id.as_str())
}

fn flag_out<'a>(q: &'a Questionnaire, flag: &'a Flag) -> FlagOut<'a> {
    match flag {
        Flag::StraightLining {
            value,
            share_percent,
            answered,
        } => FlagOut::StraightLining {
            value: *value,
            share_percent: *share_percent,
            answered: *answered,
        },
        Flag::ReverseContradiction {
            dimension,
            item,
            reverse_answer,
            positive_mean_tenths,
        } => FlagOut::ReverseContradiction {
            dimension: dimension_id(q, *dimension),
            item,
            reverse_answer: *reverse_answer,
            positive_mean_tenths: *positive_mean_tenths,
        },
        Flag::ManyNotApplicable { count, total } => FlagOut::ManyNotApplicable {
            count: *count,
            total: *total,
        },
        Flag::NotEnoughAnswers {
            dimension,
            answered,
            needed,
        } => FlagOut::NotEnoughAnswers {
            dimension: dimension_id(q, *dimension),
            answered: *answered,
            needed: *needed,
        },
    }
}

fn profile_out<'a>(q: &'a Questionnaire, p: &'a Profile) -> ProfileOut<'a> {
    let dimensions = q
        .dimensions
        .iter()
        .zip(&p.dimensions)
        .map(|(dim, s)| DimensionOut {
            id: &dim.id,
            name: &dim.name,
            score: s.score,
            band: band_id(q, s.band),
            answered: s.answered,
            rating_items: s.rating_items,
            facets: dim
                .facets
                .iter()
                .zip(&s.facets)
                .map(|(f, fs)| FacetOut {
                    id: &f.id,
                    name: &f.name,
                    score: fs.score,
                })
                .collect(),
            judgement: s.judgement,
        })
        .collect();
    ProfileOut {
        overall: p.overall,
        overall_band: band_id(q, p.overall_band),
        judgement: p.judgement,
        dimensions,
        strengths: p.strengths.iter().map(|&d| dimension_id(q, d)).collect(),
        growth: p.growth.iter().map(|&d| dimension_id(q, d)).collect(),
        flags: p.flags.iter().map(|f| flag_out(q, f)).collect(),
    }
}

/// The result as a pretty-printed JSON file. Answers invalid for `q` are left out, the nickname
/// is normalized; the profile is computed from the answers written.
pub fn export_json(q: &Questionnaire, r: &SharedResult) -> String {
    let answers: Vec<(&str, &Answer)> = q
        .all_items()
        .filter_map(|(_, item)| {
            let answer = r.answers.get(&item.id)?;
            is_valid(q, &item.id, answer).then_some((item.id.as_str(), answer))
        })
        .collect();
    let valid: Answers = answers
        .iter()
        .map(|(id, a)| (id.to_string(), (*a).clone()))
        .collect();
    let profile = score(q, &valid);
    let file = File {
        schema: SCHEMA,
        schema_version: SCHEMA_VERSION,
        questionnaire: QuestionnaireRef {
            id: &q.id,
            version: r.content_version,
            language: &q.language,
        },
        completed: r.date.to_string(),
        nickname: r.nickname.as_deref().and_then(normalize_nickname),
        answers: OrderedAnswers(answers),
        profile: profile_out(q, &profile),
    };
    // Serializing plain structs of strings and numbers to a String cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a file written by [`export_json`] (of this or an older schema version) for `q`.
///
/// Answers to items `q` does not have are dropped without notice; an answer that the item
/// cannot have is an [`ImportError::Invalid`] naming the item. The stored profile is ignored
/// (it is recomputed from the answers). The nickname is normalized. A leading byte order mark
/// (added by some editors) is ignored. Never panics.
pub fn import_json(q: &Questionnaire, text: &str) -> Result<SharedResult, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let file = value.as_object().ok_or(ImportError::NotOurs)?;
    if file.get("schema").and_then(Value::as_str) != Some(SCHEMA) {
        return Err(ImportError::NotOurs);
    }
    let version = file
        .get("schema_version")
        .and_then(Value::as_u64)
        .filter(|&v| v >= 1)
        .ok_or_else(|| invalid("schema_version must be a whole number from 1"))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerSchema(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let content_version = read_questionnaire(q, file.get("questionnaire"))?;
    let date = file
        .get("completed")
        .and_then(Value::as_str)
        .and_then(Date::parse)
        .ok_or_else(|| {
            invalid("completed must be a date YYYY-MM-DD from 2020-01-01 to 2199-06-06")
        })?;
    let nickname = match file.get("nickname") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => normalize_nickname(s),
        Some(_) => return Err(invalid("nickname must be a string or null")),
    };
    let answers = read_answers(q, file.get("answers"))?;
    Ok(SharedResult {
        content_version,
        date,
        nickname,
        answers,
    })
}

fn invalid(what: &str) -> ImportError {
    ImportError::Invalid(what.to_string())
}

/// Checks the `questionnaire` object against `q`; returns the content version.
fn read_questionnaire(q: &Questionnaire, value: Option<&Value>) -> Result<u8, ImportError> {
    let object = value
        .and_then(Value::as_object)
        .ok_or_else(|| invalid("questionnaire must be an object"))?;
    let id = object
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("questionnaire.id must be a string"))?;
    if id != q.id {
        return Err(ImportError::OtherQuestionnaire(id.to_string()));
    }
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u8::try_from(v).ok())
        .filter(|&v| v >= 1)
        .ok_or_else(|| invalid("questionnaire.version must be a whole number from 1 to 255"))?;
    if version > q.version {
        return Err(ImportError::NewerContent {
            file: version,
            ours: q.version,
        });
    }
    if version < q.version {
        return Err(ImportError::OlderContent {
            file: version,
            ours: q.version,
        });
    }
    Ok(version)
}

fn read_answers(q: &Questionnaire, value: Option<&Value>) -> Result<Answers, ImportError> {
    let object = value
        .and_then(Value::as_object)
        .ok_or_else(|| invalid("answers must be an object"))?;
    let mut answers = Answers::new();
    for (id, value) in object {
        let Some((_, item)) = q.item(id) else {
            continue;
        };
        let answer = read_answer(value)
            .filter(|a| is_valid(q, id, a))
            .ok_or_else(|| {
                let expected = match item.kind {
                    ItemKind::Rating { .. } => r#"{"rating": 1-5} or "not_applicable""#.to_string(),
                    ItemKind::Judgement { .. } => {
                        r#"{"choice": "<option id>"} naming one of its options"#.to_string()
                    }
                };
                ImportError::Invalid(format!("answer to {id}: expected {expected}"))
            })?;
        answers.insert(id.clone(), answer);
    }
    Ok(answers)
}

/// One answer in its serialized form, not yet checked against the item.
fn read_answer(value: &Value) -> Option<Answer> {
    match value {
        Value::String(s) if s == "not_applicable" => Some(Answer::NotApplicable),
        Value::Object(o) if o.len() == 1 => {
            if let Some(v) = o.get("rating") {
                v.as_u64()
                    .and_then(|v| u8::try_from(v).ok())
                    .map(Answer::Rating)
            } else {
                o.get("choice")
                    .and_then(Value::as_str)
                    .map(|c| Answer::Choice(c.to_string()))
            }
        }
        _ => None,
    }
}
