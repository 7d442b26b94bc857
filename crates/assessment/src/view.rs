//! Small derived values the pages display (step position, item numbers, thresholds), so the
//! components never compute anything themselves.

use crate::questionnaire::{ItemKind, Questionnaire};
use crate::session::Step;

/// "Step x of y" for a dimension step (1-based), `None` for the other pages.
pub fn step_position(q: &Questionnaire, step: &Step) -> Option<(usize, usize)> {
    match step {
        Step::Dimension(i) => Some((i + 1, q.dimensions.len())),
        _ => None,
    }
}

/// The running number (1-based, across the whole questionnaire) of each item of dimension `dim`.
pub fn item_numbers(q: &Questionnaire, dim: usize) -> Vec<usize> {
    let before: usize = q.dimensions.iter().take(dim).map(|d| d.items.len()).sum();
    let count = q.dimensions.get(dim).map_or(0, |d| d.items.len());
    (before + 1..=before + count).collect()
}

/// How many self-rating items must be answered for a dimension of `rating_items` to be scored
/// (two thirds, rounded up).
pub fn needed_for_score(rating_items: usize) -> usize {
    (rating_items * 2).div_ceil(3)
}

/// Number of self-rating items in dimension `dim`.
pub fn rating_count(q: &Questionnaire, dim: usize) -> usize {
    q.dimensions.get(dim).map_or(0, |d| {
        d.items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Rating { .. }))
            .count()
    })
}

/// The 1-based number shown for a 0-based position.
pub fn ordinal(index: usize) -> usize {
    index + 1
}

/// Maps a number key ("1" to "5") to a rating value, for answering from the keyboard.
pub fn rating_from_key(key: &str) -> Option<u8> {
    match key {
        "1" => Some(1),
        "2" => Some(2),
        "3" => Some(3),
        "4" => Some(4),
        "5" => Some(5),
        _ => None,
    }
}

/// Whether `dim` is the last dimension step (its Next leads to the review).
pub fn is_last_dimension(q: &Questionnaire, dim: usize) -> bool {
    dim + 1 >= q.dimensions.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_thirds_rounds_up() {
        assert_eq!(needed_for_score(6), 4);
        assert_eq!(needed_for_score(5), 4);
        assert_eq!(needed_for_score(3), 2);
        assert_eq!(needed_for_score(7), 5);
    }
}
