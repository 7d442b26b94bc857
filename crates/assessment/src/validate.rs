//! Validation of a content file: every problem is collected and reported with its place,
//! offending value and rule.
//!
//! The rules (limits are the constants below):
//! - `format` is [`FORMAT`](crate::model::FORMAT); `version` is 1..=255; `language` is a tag
//!   like `en` or `sv-FI`.
//! - Ids (questionnaire, bands, dimensions, facets, items, options, tips) are non-empty and use
//!   only `a-z`, `0-9`, `.` and `-`. Dimension, facet, item and tip ids are unique across the
//!   whole questionnaire; band ids among the bands; option ids within their item.
//! - No text is empty or only whitespace.
//! - The scale has exactly 5 points valued 1, 2, 3, 4, 5 in that order.
//! - Bands: at least one; each `min <= max`; the first starts at 0, each next one starts at the
//!   previous `max + 1`, the last ends at 100.
//! - At least one dimension. Each has 2-4 facets, each facet at least one rating item, 3-12
//!   rating items, at most half of them reverse-keyed; every item's facet is a facet of the same
//!   dimension.
//! - Judgement items have 3 or 4 options worth 0-3 each, at least one worth 3.
//! - Each dimension has exactly one feedback entry per band, in band order, each with 2-3 tips.

use std::fmt;

use crate::checks;
use crate::convert;
use crate::model::RawQuestionnaire;
use crate::questionnaire::Questionnaire;

/// Fewest facets a dimension may have.
pub const MIN_FACETS: usize = 2;
/// Most facets a dimension may have.
pub const MAX_FACETS: usize = 4;
/// Fewest rating items a dimension may have.
pub const MIN_RATING_ITEMS: usize = 3;
/// Most rating items a dimension may have.
pub const MAX_RATING_ITEMS: usize = 12;
/// Fewest options of a judgement item.
pub const MIN_OPTIONS: usize = 3;
/// Most options of a judgement item.
pub const MAX_OPTIONS: usize = 4;
/// The score of the most effective option; every option is worth 0..=MAX_OPTION_SCORE.
pub const MAX_OPTION_SCORE: u8 = 3;
/// Fewest tips per feedback entry.
pub const MIN_TIPS: usize = 2;
/// Most tips per feedback entry.
pub const MAX_TIPS: usize = 3;

/// One problem found in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Where: a JSON path such as `dimensions[2].items[4].options[1].score`; empty for errors
    /// of the JSON syntax or shape, whose place is in the rule (line and column).
    pub path: String,
    /// The offending value as text (lists joined with `", "`; serde's message for JSON errors).
    pub value: String,
    /// Which rule is broken, with the numbers the message needs.
    pub rule: Rule,
}

/// The rule a [`ValidationError`] breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Not valid JSON, a missing field or a value of the wrong type.
    Json { line: usize, column: usize },
    /// A field the format does not know (often a typo).
    UnknownField { line: usize, column: usize },
    /// `format` is not the one this crate reads.
    Format,
    /// `version` outside 1..=255.
    Version,
    /// `language` is not a language tag.
    Language,
    /// Text that is empty or whitespace only.
    Empty,
    /// An id with characters other than `a-z0-9.-`, or empty.
    BadId,
    /// An id used twice; `first` is the path of its first use.
    DuplicateId { first: String },
    /// An item's facet is not a facet of its dimension.
    DanglingFacet,
    /// A facet without any rating item.
    EmptyFacet,
    /// The questionnaire has no dimension.
    NoDimensions,
    /// Fewer than 2 or more than 4 facets.
    FacetCount { given: usize },
    /// Fewer than 3 rating items.
    TooFewItems { given: usize },
    /// More than 12 rating items.
    TooManyItems { given: usize },
    /// More than half of the rating items are reverse-keyed.
    TooManyReverse { given: usize, rating: usize },
    /// A judgement item without 3 or 4 options.
    OptionCount { given: usize },
    /// An option score above 3.
    OptionScore,
    /// No option is worth 3.
    NoBestOption,
    /// The scale is not exactly the points 1, 2, 3, 4, 5.
    ScalePoints,
    /// The questionnaire has no band.
    NoBands,
    /// A band whose `min` is above its `max`.
    BandOrder,
    /// A gap or overlap between bands, or bands not starting at 0 / ending at 100; `expected`
    /// is the value that would close it.
    BandCoverage { expected: u32 },
    /// A dimension's feedback entries are not one per band in band order; `expected` lists the
    /// band ids.
    FeedbackBands { expected: String },
    /// A feedback entry without 2 or 3 tips.
    TipCount { given: usize },
}

impl ValidationError {
    pub(crate) fn new(path: impl Into<String>, value: impl Into<String>, rule: Rule) -> Self {
        ValidationError {
            path: path.into(),
            value: value.into(),
            rule,
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = &self.value;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        match &self.rule {
            Rule::Json { line, column } => {
                write!(
                    f,
                    "line {line}, column {column}: not a valid questionnaire file: {v}"
                )
            }
            Rule::UnknownField { line, column } => write!(
                f,
                "line {line}, column {column}: {v}; check the spelling or remove the field"
            ),
            Rule::Format => write!(
                f,
                "{v} given; this app reads content format {}",
                crate::model::FORMAT
            ),
            Rule::Version => write!(f, "{v} given; the content version must be 1 to 255"),
            Rule::Language => write!(
                f,
                "\"{v}\" given; use a language tag such as \"en\", \"fi\" or \"sv-FI\""
            ),
            Rule::Empty => write!(f, "\"{v}\" given; text must not be empty or only spaces"),
            Rule::BadId => write!(
                f,
                "\"{v}\" given; an id must be non-empty and use only a-z, 0-9, '.' and '-'"
            ),
            Rule::DuplicateId { first } => write!(
                f,
                "\"{v}\" given; this id is already used at {first} and ids must be unique"
            ),
            Rule::DanglingFacet => write!(
                f,
                "\"{v}\" given; it must be the id of a facet of the same dimension"
            ),
            Rule::EmptyFacet => write!(
                f,
                "facet \"{v}\" has no rating item; every facet needs at least one"
            ),
            Rule::NoDimensions => write!(f, "none given; a questionnaire needs a dimension"),
            Rule::FacetCount { given } => write!(
                f,
                "{} given (\"{v}\"); a dimension needs {MIN_FACETS} to {MAX_FACETS}",
                plural(*given, "facet", "facets")
            ),
            Rule::TooFewItems { given } => write!(
                f,
                "{} given (\"{v}\"); a dimension needs at least {MIN_RATING_ITEMS}",
                plural(*given, "rating item", "rating items")
            ),
            Rule::TooManyItems { given } => write!(
                f,
                "{given} rating items given (\"{v}\"); a dimension may have at most \
                 {MAX_RATING_ITEMS}"
            ),
            Rule::TooManyReverse { given, rating } => write!(
                f,
                "{given} of {rating} rating items are reverse-keyed (\"{v}\"); at most half \
                 may be"
            ),
            Rule::OptionCount { given } => write!(
                f,
                "{} given (\"{v}\"); a situational item needs {MIN_OPTIONS} or {MAX_OPTIONS}",
                plural(*given, "option", "options")
            ),
            Rule::OptionScore => write!(
                f,
                "{v} given; an option is worth 0 to {MAX_OPTION_SCORE} points"
            ),
            Rule::NoBestOption => write!(
                f,
                "scores {v} given; at least one option must be worth {MAX_OPTION_SCORE} \
                 (the most effective response)"
            ),
            Rule::ScalePoints => write!(
                f,
                "values \"{v}\" given; the scale needs exactly 5 points valued 1, 2, 3, 4, 5 \
                 in that order"
            ),
            Rule::NoBands => write!(f, "none given; the bands must cover 0 to 100"),
            Rule::BandOrder => write!(f, "{v} given; a band's min must not be above its max"),
            Rule::BandCoverage { expected } => write!(
                f,
                "{v} given; the bands must cover 0 to 100 without gaps or overlaps, so this \
                 must be {expected}"
            ),
            Rule::FeedbackBands { expected } => write!(
                f,
                "bands \"{v}\" given; a dimension needs one feedback entry per band, in the \
                 order \"{expected}\""
            ),
            Rule::TipCount { given } => write!(
                f,
                "{} given (\"{v}\"); a feedback entry needs {MIN_TIPS} or {MAX_TIPS}",
                plural(*given, "tip", "tips")
            ),
        }
    }
}

impl std::error::Error for ValidationError {}

/// Parses the JSON text into the raw model; a syntax or shape error becomes one
/// [`ValidationError`] with serde's message, line and column.
pub fn parse(json: &str) -> Result<RawQuestionnaire, ValidationError> {
    serde_json::from_str(json).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let message = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = message
            .strip_suffix(&suffix)
            .unwrap_or(&message)
            .to_string();
        let rule = if message.starts_with("unknown field") {
            Rule::UnknownField { line, column }
        } else {
            Rule::Json { line, column }
        };
        ValidationError::new("", message, rule)
    })
}

/// Checks every rule on a parsed file and, when none is broken, builds the typed model.
pub fn validate(raw: &RawQuestionnaire) -> Result<Questionnaire, Vec<ValidationError>> {
    let errors = checks::check(raw);
    if errors.is_empty() {
        Ok(convert::questionnaire(raw))
    } else {
        Err(errors)
    }
}
