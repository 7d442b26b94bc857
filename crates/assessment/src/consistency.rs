//! Consistency checks that tell how far a profile can be trusted. Each [`Flag`] carries its
//! evidence so the UI can explain it.
//!
//! Thresholds (constants below):
//! - Straight-lining: at least [`STRAIGHT_MIN_ANSWERS`] rating answers 1-5, and at least
//!   [`STRAIGHT_SHARE_PERCENT`] % of them (raw values, before reverse keying) are one value.
//! - Reverse contradiction: in a dimension with at least [`REVERSE_MIN_POSITIVE`] answered
//!   positively keyed items, their raw mean is >= 4.0 and a reverse item's raw answer is >= 4,
//!   or their mean is <= 2.0 and the reverse item's raw answer is <= 2.
//! - Many not-applicable: at least [`NA_MIN_COUNT`] not-applicable answers and they make up at
//!   least [`NA_SHARE_PERCENT`] % of the rating items answered 1-5 or not-applicable.
//! - Not enough answers: a dimension that cannot be scored (fewer than two thirds of its rating
//!   items answered 1-5).

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::numbers::{percent, round_score};
use crate::questionnaire::{ItemKind, Questionnaire};
use crate::scoring::{enough_answers, raw_rating};

/// Fewest rating answers for a straight-lining flag.
pub const STRAIGHT_MIN_ANSWERS: usize = 10;
/// Share (percent) of one value that counts as straight-lining.
pub const STRAIGHT_SHARE_PERCENT: usize = 90;
/// Fewest answered positively keyed items in a dimension for a reverse-contradiction check.
pub const REVERSE_MIN_POSITIVE: usize = 2;
/// Fewest not-applicable answers for a flag.
pub const NA_MIN_COUNT: usize = 4;
/// Share (percent) of not-applicable answers that raises a flag.
pub const NA_SHARE_PERCENT: usize = 25;

/// A warning about the answers, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Flag {
    /// `share_percent` % of the `answered` rating answers are the raw value `value`.
    StraightLining {
        value: u8,
        share_percent: u8,
        answered: usize,
    },
    /// In dimension `dimension`, the positive items average `positive_mean_tenths / 10` while
    /// the reverse-keyed item `item` was answered `reverse_answer` (raw), pointing the other way.
    ReverseContradiction {
        dimension: usize,
        item: String,
        reverse_answer: u8,
        positive_mean_tenths: u8,
    },
    /// `count` of the `total` rating items answered (1-5 or not applicable) are not applicable.
    ManyNotApplicable { count: usize, total: usize },
    /// Dimension `dimension` has `answered` rating answers 1-5 but needs `needed` to be scored.
    NotEnoughAnswers {
        dimension: usize,
        answered: usize,
        needed: usize,
    },
}

/// All flags for `answers`, in this order: straight-lining, reverse contradictions (by
/// dimension and item order), many not-applicable, not enough answers (by dimension).
pub fn flags(q: &Questionnaire, answers: &Answers) -> Vec<Flag> {
    let mut flags = Vec::new();
    flags.extend(straight_lining(q, answers));
    flags.extend(reverse_contradictions(q, answers));
    flags.extend(many_not_applicable(q, answers));
    flags.extend(not_enough_answers(q, answers));
    flags
}

fn straight_lining(q: &Questionnaire, answers: &Answers) -> Option<Flag> {
    let mut counts = [0usize; 6];
    for (_, item) in q.all_items() {
        if let Some(v) = raw_rating(answers, item) {
            counts[usize::from(v)] += 1;
        }
    }
    let answered: usize = counts.iter().sum();
    let (value, &count) = counts.iter().enumerate().max_by_key(|&(v, c)| (c, 5 - v))?;
    let straight =
        answered >= STRAIGHT_MIN_ANSWERS && count * 100 >= answered * STRAIGHT_SHARE_PERCENT;
    straight.then(|| Flag::StraightLining {
        value: value as u8,
        share_percent: percent(count, answered).map_or(0, round_score),
        answered,
    })
}

fn reverse_contradictions(q: &Questionnaire, answers: &Answers) -> Vec<Flag> {
    let mut flags = Vec::new();
    for (d, dim) in q.dimensions.iter().enumerate() {
        let positive: Vec<u8> = dim
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Rating { reverse: false, .. }))
            .filter_map(|i| raw_rating(answers, i))
            .collect();
        let n = positive.len();
        if n < REVERSE_MIN_POSITIVE {
            continue;
        }
        let sum: usize = positive.iter().map(|&v| usize::from(v)).sum();
        let (high, low) = (sum >= 4 * n, sum <= 2 * n);
        for item in &dim.items {
            if !matches!(item.kind, ItemKind::Rating { reverse: true, .. }) {
                continue;
            }
            let Some(raw) = raw_rating(answers, item) else {
                continue;
            };
            if (high && raw >= 4) || (low && raw <= 2) {
                flags.push(Flag::ReverseContradiction {
                    dimension: d,
                    item: item.id.clone(),
                    reverse_answer: raw,
                    // Mean in tenths, rounded half up: (10 * sum / n), at most 50.
                    positive_mean_tenths: round_score(10.0 * sum as f64 / n as f64),
                });
            }
        }
    }
    flags
}

fn many_not_applicable(q: &Questionnaire, answers: &Answers) -> Option<Flag> {
    let (mut count, mut total) = (0, 0);
    for (_, item) in q.all_items().filter(|(_, i)| i.is_rating()) {
        if answers.get(&item.id) == Some(&Answer::NotApplicable) {
            count += 1;
            total += 1;
        } else if raw_rating(answers, item).is_some() {
            total += 1;
        }
    }
    let many = count >= NA_MIN_COUNT && count * 100 >= total * NA_SHARE_PERCENT;
    many.then_some(Flag::ManyNotApplicable { count, total })
}

fn not_enough_answers(q: &Questionnaire, answers: &Answers) -> Vec<Flag> {
    q.dimensions
        .iter()
        .enumerate()
        .filter_map(|(d, dim)| {
            let rating: Vec<_> = dim.items.iter().filter(|i| i.is_rating()).collect();
            let answered = rating
                .iter()
                .filter(|i| raw_rating(answers, i).is_some())
                .count();
            let needed = (rating.len() * 2).div_ceil(3).max(1);
            (!enough_answers(answered, rating.len())).then_some(Flag::NotEnoughAnswers {
                dimension: d,
                answered,
                needed,
            })
        })
        .collect()
}
