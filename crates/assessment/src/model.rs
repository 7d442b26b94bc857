//! Content model: the raw (serde) shape of a questionnaire file and its validated, typed form.

use serde::{Deserialize, Serialize};

/// The content file format this crate reads.
pub const FORMAT: u32 = 1;

/// A questionnaire file exactly as written on disk (one per language, identical structure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestionnaire {
    /// Content format version; must equal [`FORMAT`].
    pub format: u32,
    /// Stable id of the questionnaire, e.g. `remote-sales-readiness`.
    pub id: String,
    /// Content version (1..=255); bumped whenever items change. Saved answers and result codes
    /// carry it.
    pub version: u32,
    /// BCP 47 language tag of the text, e.g. `en`, `fi`.
    pub language: String,
    pub title: String,
    /// One or two sentences shown on the start page.
    pub intro: String,
    /// Instruction above the self-rating items (time frame: last 3 months).
    pub instructions: String,
    pub scale: RawScale,
    pub bands: Vec<RawBand>,
    pub dimensions: Vec<RawDimension>,
}

/// The labelled 5-point frequency scale plus "not applicable".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScale {
    /// Exactly five points, values 1..=5 in ascending order.
    pub points: Vec<RawScalePoint>,
    pub not_applicable: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScalePoint {
    pub value: u8,
    /// Short label, e.g. "Usually".
    pub label: String,
    /// Rough share of meetings, e.g. "about 75 %".
    pub hint: String,
}

/// A score band such as "established" covering `min..=max` on the 0-100 scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: String,
    pub name: String,
    pub min: u32,
    pub max: u32,
    /// What the band means, one or two sentences.
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    pub id: String,
    pub name: String,
    /// One sentence.
    pub description: String,
    pub facets: Vec<RawFacet>,
    pub items: Vec<RawItem>,
    /// One entry per band id.
    pub feedback: Vec<RawFeedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFacet {
    pub id: String,
    pub name: String,
}

/// An item: either a self-rating on the frequency scale or a situational-judgement item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RawItem {
    Rating {
        id: String,
        /// Id of a facet of the same dimension.
        facet: String,
        /// First-person behaviour statement.
        text: String,
        /// True for a reverse-keyed lapse item, scored 6 - x.
        #[serde(default)]
        reverse: bool,
    },
    Judgement {
        id: String,
        /// Optional facet id of the same dimension.
        #[serde(default)]
        facet: Option<String>,
        scenario: String,
        /// "Which response is most effective?"
        question: String,
        /// 3-4 options, each worth 0-3.
        options: Vec<RawOption>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub id: String,
    pub text: String,
    pub score: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeedback {
    /// A band id.
    pub band: String,
    /// A feedback paragraph.
    pub text: String,
    /// 2-3 concrete tips.
    pub tips: Vec<RawTip>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTip {
    /// Stable id, unique in the questionnaire, so a ticked tip survives a language switch.
    pub id: String,
    pub text: String,
}
