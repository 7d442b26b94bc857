//! Scoring a set of answers into a profile (rules stated for trainers in `docs/scoring.md`).
//!
//! - A rating answer 1..=5 counts as given; a reverse-keyed item counts `6 - x`. Not-applicable,
//!   unanswered and invalid answers are missing (never zero).
//! - A dimension is scored only when `answered * 3 >= rating_items * 2` (at least two thirds of
//!   its rating items answered 1-5); its exact score is `100 * (mean - 1) / 4`.
//! - A facet's score uses the same formula over its answered rating items (`None` if none).
//! - Displayed integers round the exact value half up (half away from zero); bands use the
//!   rounded integer. Every score is clamped to 0-100.
//! - Overall = mean of the scored dimensions' exact scores (not of items).
//! - Judgement scores: `100 * points / max points` over the answered judgement items, per
//!   dimension and over all; never mixed into the self-ratings.
//! - Strengths: the top `k` scored dimensions by exact score, growth areas the bottom `k` of the
//!   rest, where `k = min(2, scored / 2)`; ties go to the earlier dimension in both lists.

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::consistency::{self, Flag};
use crate::numbers::{percent, round_score, scale_score};
use crate::questionnaire::{Dimension, Item, ItemKind, Questionnaire};

/// Most strengths (and most growth areas) a profile names.
pub const HIGHLIGHTS: usize = 2;

/// The result of scoring one respondent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// Mean of the scored dimensions, rounded; `None` if no dimension is scored.
    pub overall: Option<u8>,
    pub overall_exact: Option<f64>,
    /// Band index of `overall`.
    pub overall_band: Option<usize>,
    /// One entry per dimension, in content order.
    pub dimensions: Vec<DimensionScore>,
    /// Judgement score over all answered judgement items; `None` if none answered.
    pub judgement: Option<u8>,
    /// Dimension indexes, strongest first.
    pub strengths: Vec<usize>,
    /// Dimension indexes, weakest first; never overlaps `strengths`.
    pub growth: Vec<usize>,
    /// Warnings about how far the profile can be trusted.
    pub flags: Vec<Flag>,
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// Rounded score; `None` = not enough answers.
    pub score: Option<u8>,
    pub exact: Option<f64>,
    /// Band index of `score`.
    pub band: Option<usize>,
    /// Rating items answered 1-5.
    pub answered: usize,
    /// Rating items answered "not applicable".
    pub not_applicable: usize,
    pub rating_items: usize,
    /// One entry per facet, in content order.
    pub facets: Vec<FacetScore>,
    /// Judgement score of this dimension; `None` if none of its judgement items is answered.
    pub judgement: Option<u8>,
    pub judgement_answered: usize,
    pub judgement_items: usize,
}

/// The score of one facet (shown as detail only).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetScore {
    pub id: String,
    /// `None` if none of its rating items is answered 1-5.
    pub score: Option<u8>,
}

/// The raw 1..=5 answer to a rating item, if it has one.
pub(crate) fn raw_rating(answers: &Answers, item: &Item) -> Option<u8> {
    match (&item.kind, answers.get(&item.id)) {
        (ItemKind::Rating { .. }, Some(Answer::Rating(v))) if (1..=5).contains(v) => Some(*v),
        _ => None,
    }
}

/// The keyed value (reverse items `6 - x`) of a rating item's answer, if it has one.
pub(crate) fn keyed_rating(answers: &Answers, item: &Item) -> Option<u8> {
    let raw = raw_rating(answers, item)?;
    match item.kind {
        ItemKind::Rating { reverse: true, .. } => Some(6 - raw),
        _ => Some(raw),
    }
}

/// True when `answered` of `rating_items` is enough to score a dimension (two thirds).
pub fn enough_answers(answered: usize, rating_items: usize) -> bool {
    answered > 0 && answered * 3 >= rating_items * 2
}

/// Points scored and points possible for the answered judgement items among `items`.
fn judgement_points<'a>(
    answers: &Answers,
    items: impl Iterator<Item = &'a Item>,
) -> (u32, u32, usize) {
    let (mut points, mut max, mut answered) = (0, 0, 0);
    for item in items {
        let (ItemKind::Judgement { options, .. }, Some(Answer::Choice(id))) =
            (&item.kind, answers.get(&item.id))
        else {
            continue;
        };
        if let Some(option) = options.iter().find(|o| &o.id == id) {
            points += u32::from(option.score);
            max += u32::from(options.iter().map(|o| o.score).max().unwrap_or(0));
            answered += 1;
        }
    }
    (points, max, answered)
}

fn judgement_score(points: u32, max: u32) -> Option<u8> {
    percent(points as usize, max as usize).map(round_score)
}

fn dimension_score(q: &Questionnaire, dim: &Dimension, answers: &Answers) -> DimensionScore {
    let rating: Vec<&Item> = dim.items.iter().filter(|i| i.is_rating()).collect();
    let keyed: Vec<u8> = rating
        .iter()
        .filter_map(|i| keyed_rating(answers, i))
        .collect();
    let not_applicable = rating
        .iter()
        .filter(|i| answers.get(&i.id) == Some(&Answer::NotApplicable))
        .count();
    let sum: u32 = keyed.iter().map(|&v| u32::from(v)).sum();
    let exact = if enough_answers(keyed.len(), rating.len()) {
        scale_score(sum, keyed.len())
    } else {
        None
    };
    let score = exact.map(round_score);
    let facets = dim
        .facets
        .iter()
        .map(|facet| {
            let values: Vec<u8> = rating
                .iter()
                .filter(|i| i.facet.as_deref() == Some(facet.id.as_str()))
                .filter_map(|i| keyed_rating(answers, i))
                .collect();
            let sum = values.iter().map(|&v| u32::from(v)).sum();
            FacetScore {
                id: facet.id.clone(),
                score: scale_score(sum, values.len()).map(round_score),
            }
        })
        .collect();
    let (points, max, judgement_answered) = judgement_points(answers, dim.items.iter());
    DimensionScore {
        score,
        exact,
        band: score.map(|s| q.band_for(s)),
        answered: keyed.len(),
        not_applicable,
        rating_items: rating.len(),
        facets,
        judgement: judgement_score(points, max),
        judgement_answered,
        judgement_items: dim.items.len() - rating.len(),
    }
}

/// Strengths (strongest first) and growth areas (weakest first) among scored dimensions.
fn highlights(scored: &[(usize, f64)]) -> (Vec<usize>, Vec<usize>) {
    let k = HIGHLIGHTS.min(scored.len() / 2);
    // Stable sorts keep content order among equal scores.
    let mut by_strength = scored.to_vec();
    by_strength.sort_by(|a, b| b.1.total_cmp(&a.1));
    let strengths: Vec<usize> = by_strength.iter().take(k).map(|&(d, _)| d).collect();
    let mut rest: Vec<(usize, f64)> = scored
        .iter()
        .filter(|(d, _)| !strengths.contains(d))
        .copied()
        .collect();
    rest.sort_by(|a, b| a.1.total_cmp(&b.1));
    let growth = rest.iter().take(k).map(|&(d, _)| d).collect();
    (strengths, growth)
}

/// Scores `answers` against `q`. Answers that are invalid for `q` are ignored.
pub fn score(q: &Questionnaire, answers: &Answers) -> Profile {
    let dimensions: Vec<DimensionScore> = q
        .dimensions
        .iter()
        .map(|dim| dimension_score(q, dim, answers))
        .collect();
    let scored: Vec<(usize, f64)> = dimensions
        .iter()
        .enumerate()
        .filter_map(|(d, s)| s.exact.map(|e| (d, e)))
        .collect();
    let overall_exact = (!scored.is_empty())
        .then(|| scored.iter().map(|(_, e)| e).sum::<f64>() / scored.len() as f64);
    let overall = overall_exact.map(round_score);
    let (points, max, _) = judgement_points(answers, q.all_items().map(|(_, i)| i));
    let (strengths, growth) = highlights(&scored);
    Profile {
        overall,
        overall_exact,
        overall_band: overall.map(|s| q.band_for(s)),
        dimensions,
        judgement: judgement_score(points, max),
        strengths,
        growth,
        flags: consistency::flags(q, answers),
    }
}
