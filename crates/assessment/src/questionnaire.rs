//! The validated, typed questionnaire that the rest of the crate (and the UI) works with.
//!
//! A [`Questionnaire`] can only be obtained through [`Questionnaire::from_json`], which parses
//! the content file and runs every rule in [`crate::validate`]; all invariants documented there
//! (ids unique, bands covering 0-100, one feedback entry per band, ...) hold for it.

use serde::Serialize;

use crate::validate::{self, ValidationError};

/// A whole questionnaire in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Questionnaire {
    /// Stable id, e.g. `remote-sales-readiness`.
    pub id: String,
    /// Content version (1..=255), stored with saved answers and result codes.
    pub version: u8,
    /// Language tag of the text, e.g. `en`.
    pub language: String,
    pub title: String,
    pub intro: String,
    pub instructions: String,
    pub scale: Scale,
    /// Ascending, contiguous, covering 0..=100.
    pub bands: Vec<Band>,
    pub dimensions: Vec<Dimension>,
}

/// The 5-point frequency scale used by every rating item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scale {
    /// Exactly five points with values 1, 2, 3, 4, 5 in that order.
    pub points: Vec<ScalePoint>,
    /// Label of the "not applicable" choice.
    pub not_applicable: String,
}

/// One labelled point of the scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScalePoint {
    pub value: u8,
    pub label: String,
    pub hint: String,
}

/// A score band covering `min..=max` of the 0-100 scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    pub id: String,
    pub name: String,
    pub min: u8,
    pub max: u8,
    pub description: String,
}

/// A scored dimension (e.g. trust building).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: String,
    /// 2-4 facets; every rating item belongs to one.
    pub facets: Vec<Facet>,
    /// Rating and judgement items in content order.
    pub items: Vec<Item>,
    /// One entry per band, in the order of [`Questionnaire::bands`].
    pub feedback: Vec<Feedback>,
}

/// A named group of items inside a dimension, shown as detail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facet {
    pub id: String,
    pub name: String,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    /// Facet id of the same dimension; always `Some` for rating items.
    pub facet: Option<String>,
    pub kind: ItemKind,
}

/// What kind of question an item is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ItemKind {
    /// A behaviour statement answered on the frequency scale; `reverse` items are scored 6 - x.
    Rating { text: String, reverse: bool },
    /// A situational-judgement item: pick the most effective of 3-4 options.
    Judgement {
        scenario: String,
        question: String,
        options: Vec<ChoiceOption>,
    },
}

/// One option of a judgement item, worth 0-3 points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceOption {
    pub id: String,
    pub text: String,
    pub score: u8,
}

/// Feedback for one dimension in one band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feedback {
    /// Band id.
    pub band: String,
    pub text: String,
    /// 2-3 tips.
    pub tips: Vec<Tip>,
}

/// A concrete practice tip with a stable id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tip {
    pub id: String,
    pub text: String,
}

impl Item {
    /// True for a rating (self-assessment) item.
    pub fn is_rating(&self) -> bool {
        matches!(self.kind, ItemKind::Rating { .. })
    }

    /// The text that identifies the item to a reader: the statement of a rating item, the
    /// scenario of a judgement item.
    pub fn prompt(&self) -> &str {
        match &self.kind {
            ItemKind::Rating { text, .. } => text,
            ItemKind::Judgement { scenario, .. } => scenario,
        }
    }

    /// The option with this id, for judgement items.
    pub fn option(&self, id: &str) -> Option<&ChoiceOption> {
        match &self.kind {
            ItemKind::Judgement { options, .. } => options.iter().find(|o| o.id == id),
            ItemKind::Rating { .. } => None,
        }
    }
}

impl Questionnaire {
    /// Parses a content file and validates it, returning every problem found.
    pub fn from_json(json: &str) -> Result<Questionnaire, Vec<ValidationError>> {
        let raw = validate::parse(json).map_err(|e| vec![e])?;
        validate::validate(&raw)
    }

    /// The item with this id and the index of its dimension.
    pub fn item(&self, id: &str) -> Option<(usize, &Item)> {
        self.all_items().find(|(_, item)| item.id == id)
    }

    /// Every item with its dimension index, in content order.
    pub fn all_items(&self) -> impl Iterator<Item = (usize, &Item)> {
        self.dimensions
            .iter()
            .enumerate()
            .flat_map(|(d, dim)| dim.items.iter().map(move |item| (d, item)))
    }

    /// Number of items (rating and judgement) in the questionnaire.
    pub fn item_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.items.len()).sum()
    }

    /// The tip with this id and the name of its dimension (tips in an action plan are stored by
    /// id, so they survive a language switch).
    pub fn tip(&self, id: &str) -> Option<(&str, &Tip)> {
        self.dimensions.iter().find_map(|d| {
            d.feedback
                .iter()
                .flat_map(|f| &f.tips)
                .find(|t| t.id == id)
                .map(|t| (d.name.as_str(), t))
        })
    }

    /// Index of the band containing `score`; scores above the last band fall in the last band.
    pub fn band_for(&self, score: u8) -> usize {
        self.bands
            .iter()
            .position(|b| b.min <= score && score <= b.max)
            .unwrap_or(self.bands.len().saturating_sub(1))
    }

    /// True when both questionnaires have the same structure: id, version, scale values, band
    /// ids and thresholds, and dimension, facet, item, option and tip ids in the same order,
    /// the same facet of every item, the same keying and option scores. All text and the
    /// language are ignored, so a translation must be `structure_eq` to the original.
    pub fn structure_eq(&self, other: &Questionnaire) -> bool {
        self.skeleton() == other.skeleton()
    }

    /// A copy with every piece of text (and the language) blanked.
    fn skeleton(&self) -> Questionnaire {
        let mut q = self.clone();
        for s in [
            &mut q.language,
            &mut q.title,
            &mut q.intro,
            &mut q.instructions,
        ] {
            s.clear();
        }
        q.scale.not_applicable.clear();
        for p in &mut q.scale.points {
            p.label.clear();
            p.hint.clear();
        }
        for b in &mut q.bands {
            b.name.clear();
            b.description.clear();
        }
        for d in &mut q.dimensions {
            d.name.clear();
            d.description.clear();
            d.facets.iter_mut().for_each(|f| f.name.clear());
            d.items.iter_mut().for_each(blank_item);
            for f in &mut d.feedback {
                f.text.clear();
                f.tips.iter_mut().for_each(|t| t.text.clear());
            }
        }
        q
    }
}

fn blank_item(item: &mut Item) {
    match &mut item.kind {
        ItemKind::Rating { text, .. } => text.clear(),
        ItemKind::Judgement {
            scenario,
            question,
            options,
        } => {
            scenario.clear();
            question.clear();
            options.iter_mut().for_each(|o| o.text.clear());
        }
    }
}
