//! Conversion of a raw content file that passed validation into the typed model.
//!
//! Numeric narrowing (`u32` -> `u8`) is safe here because validation bounded the values; the
//! conversion still saturates rather than panics if called on unchecked input.

use crate::model::{RawDimension, RawItem, RawQuestionnaire};
use crate::questionnaire::{
    Band, ChoiceOption, Dimension, Facet, Feedback, Item, ItemKind, Questionnaire, Scale,
    ScalePoint, Tip,
};

fn narrow(n: u32) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// Builds the typed questionnaire from a validated raw file.
pub(crate) fn questionnaire(raw: &RawQuestionnaire) -> Questionnaire {
    Questionnaire {
        id: raw.id.clone(),
        version: narrow(raw.version),
        language: raw.language.clone(),
        title: raw.title.clone(),
        intro: raw.intro.clone(),
        instructions: raw.instructions.clone(),
        scale: Scale {
            points: raw
                .scale
                .points
                .iter()
                .map(|p| ScalePoint {
                    value: p.value,
                    label: p.label.clone(),
                    hint: p.hint.clone(),
                })
                .collect(),
            not_applicable: raw.scale.not_applicable.clone(),
        },
        bands: raw
            .bands
            .iter()
            .map(|b| Band {
                id: b.id.clone(),
                name: b.name.clone(),
                min: narrow(b.min),
                max: narrow(b.max),
                description: b.description.clone(),
            })
            .collect(),
        dimensions: raw.dimensions.iter().map(dimension).collect(),
    }
}

fn dimension(raw: &RawDimension) -> Dimension {
    Dimension {
        id: raw.id.clone(),
        name: raw.name.clone(),
        description: raw.description.clone(),
        facets: raw
            .facets
            .iter()
            .map(|f| Facet {
                id: f.id.clone(),
                name: f.name.clone(),
            })
            .collect(),
        items: raw.items.iter().map(item).collect(),
        feedback: raw
            .feedback
            .iter()
            .map(|f| Feedback {
                band: f.band.clone(),
                text: f.text.clone(),
                tips: f
                    .tips
                    .iter()
                    .map(|t| Tip {
                        id: t.id.clone(),
                        text: t.text.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn item(raw: &RawItem) -> Item {
    match raw {
        RawItem::Rating {
            id,
            facet,
            text,
            reverse,
        } => Item {
            id: id.clone(),
            facet: Some(facet.clone()),
            kind: ItemKind::Rating {
                text: text.clone(),
                reverse: *reverse,
            },
        },
        RawItem::Judgement {
            id,
            facet,
            scenario,
            question,
            options,
        } => Item {
            id: id.clone(),
            facet: facet.clone(),
            kind: ItemKind::Judgement {
                scenario: scenario.clone(),
                question: question.clone(),
                options: options
                    .iter()
                    .map(|o| ChoiceOption {
                        id: o.id.clone(),
                        text: o.text.clone(),
                        score: o.score,
                    })
                    .collect(),
            },
        },
    }
}
