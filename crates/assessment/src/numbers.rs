//! Score arithmetic shared by scoring and the consistency checks: the 1-5 to 0-100 mapping and
//! rounding of displayed values.

/// Tolerance for rounding: an exact value within this distance below `x.5` rounds up. Real
/// scores are fractions with small denominators, so they are never this close to `x.5`
/// without being equal to it; the tolerance only absorbs floating-point representation error.
const EPSILON: f64 = 1e-9;

/// Maps the mean of `n` answers summing to `sum` (each 1..=5) to 0-100:
/// `100 * (mean - 1) / 4 = 25 * (sum - n) / n`, computed with one division and clamped.
/// Returns `None` when `n` is 0.
pub(crate) fn scale_score(sum: u32, n: usize) -> Option<f64> {
    if n == 0 {
        return None;
    }
    let n = n as f64;
    let exact = 25.0 * (f64::from(sum) - n) / n;
    Some(exact.clamp(0.0, 100.0))
}

/// `100 * part / whole`, clamped to 0-100; `None` when `whole` is 0.
pub(crate) fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (100.0 * part as f64 / whole as f64).clamp(0.0, 100.0))
}

/// Rounds half away from zero (scores are never negative, so half up) and clamps to 0-100.
pub(crate) fn round_score(exact: f64) -> u8 {
    let rounded = (exact.clamp(0.0, 100.0) + 0.5 + EPSILON).floor();
    // Clamped to 0..=100 above, so the cast is exact.
    rounded.min(100.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_scale_ends_and_midpoint() {
        // mean 1 -> 0, mean 3 -> 50, mean 5 -> 100
        assert_eq!(scale_score(4, 4), Some(0.0));
        assert_eq!(scale_score(12, 4), Some(50.0));
        assert_eq!(scale_score(20, 4), Some(100.0));
        assert_eq!(scale_score(0, 0), None);
    }

    #[test]
    fn rounds_half_up_and_clamps() {
        assert_eq!(round_score(62.5), 63);
        assert_eq!(round_score(62.4999), 62);
        assert_eq!(round_score(0.5), 1);
        assert_eq!(round_score(-3.0), 0);
        assert_eq!(round_score(100.4), 100);
        assert_eq!(round_score(150.0), 100);
        // 0.1 + 0.2 + ... style representation error must not block a true half.
        assert_eq!(round_score(37.5 - 1e-12), 38);
    }

    #[test]
    fn percent_of_zero_is_none() {
        assert_eq!(percent(1, 0), None);
        assert_eq!(percent(1, 4), Some(25.0));
    }
}
