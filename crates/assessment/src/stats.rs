//! Group statistics for the trainers' view: per dimension the mean, spread and number of scored
//! respondents, and Cronbach's alpha with a Feldt (1965) confidence interval.
//!
//! - Mean and sample standard deviation (n - 1) are taken over the exact 0-100 dimension scores
//!   of [`scoring::score`], i.e. over every respondent with a score for that dimension.
//! - Alpha uses the keyed item values (reverse items `6 - x`) of the dimension's rating items,
//!   over the respondents who answered every one of them 1-5; a not-applicable, unanswered or
//!   invalid answer drops that respondent from alpha for that dimension only.
//! - Alpha is hidden below [`ALPHA_MIN_N`] complete respondents and flagged unstable below
//!   [`ALPHA_STABLE_N`]; it is labelled good (>= .80), acceptable (>= .70), questionable
//!   (>= .60) or poor, on the exact value.
//! - The Feldt interval rests on `(1 - rho) / (1 - alpha) ~ F(n - 1, (n - 1)(k - 1))`, so the
//!   `level` interval is `[1 - (1 - alpha) F_{1-a/2}, 1 - (1 - alpha) F_{a/2}]` with
//!   `a = 1 - level`. The F quantiles come from the regularized incomplete beta function
//!   (Lentz continued fraction, Lanczos ln-gamma), inverted by bisection.
//!
//! Only `ln`, `exp` and `sqrt` of `f64` are used, so this compiles for `wasm32-unknown-unknown`.

use serde::Serialize;

use crate::answers::Answers;
use crate::questionnaire::{Item, Questionnaire};
use crate::scoring::{keyed_rating, score};

/// Fewest respondents with complete answers for which alpha is shown.
pub const ALPHA_MIN_N: usize = 10;
/// Fewest respondents with complete answers for which alpha is not flagged unstable.
pub const ALPHA_STABLE_N: usize = 30;
/// Lowest alpha labelled [`AlphaLabel::Good`].
pub const ALPHA_GOOD: f64 = 0.80;
/// Lowest alpha labelled [`AlphaLabel::Acceptable`].
pub const ALPHA_ACCEPTABLE: f64 = 0.70;
/// Lowest alpha labelled [`AlphaLabel::Questionable`].
pub const ALPHA_QUESTIONABLE: f64 = 0.60;
/// Confidence level of the Feldt interval reported by [`group_profile`].
pub const ALPHA_CONFIDENCE: f64 = 0.95;

/// Group statistics of one dimension over several respondents' answer sets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupDimension {
    /// Respondents with a score for this dimension.
    pub n: usize,
    /// Mean of their exact 0-100 dimension scores (not rounded); `None` if `n` is 0.
    pub mean: Option<f64>,
    /// Sample standard deviation (n - 1) of those scores; `None` if `n < 2`.
    pub sd: Option<f64>,
    /// Internal consistency of the dimension's rating items.
    pub alpha: AlphaReport,
}

/// Cronbach's alpha of one dimension, as far as it can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum AlphaReport {
    /// Fewer than [`ALPHA_MIN_N`] respondents with complete answers to every rating item of the
    /// dimension: hidden.
    TooFew { complete: usize },
    /// Alpha with its Feldt 95 % interval `low..=high` (which may reach below 0).
    Estimate {
        alpha: f64,
        low: f64,
        high: f64,
        /// Respondents with complete answers, the `n` of alpha.
        complete: usize,
        /// `complete < ALPHA_STABLE_N`.
        unstable: bool,
        label: AlphaLabel,
    },
    /// Zero variance of the totals or fewer than 2 items: not computable.
    Undefined { complete: usize },
}

/// Conventional verbal label of an alpha value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlphaLabel {
    /// `alpha >= 0.80`.
    Good,
    /// `0.70 <= alpha < 0.80`.
    Acceptable,
    /// `0.60 <= alpha < 0.70`.
    Questionable,
    /// `alpha < 0.60`.
    Poor,
}

/// Group statistics over several respondents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupProfile {
    /// Answer sets given, scored or not.
    pub respondents: usize,
    /// One entry per dimension, in content order.
    pub dimensions: Vec<GroupDimension>,
    /// Mean of the respondents' exact overall scores (those with one); `None` if none has one.
    pub overall_mean: Option<f64>,
    /// Sample standard deviation of those overall scores; `None` if fewer than 2 have one.
    pub overall_sd: Option<f64>,
}

impl AlphaLabel {
    /// The label of `alpha`, compared exactly against the thresholds.
    pub fn for_alpha(alpha: f64) -> AlphaLabel {
        if alpha >= ALPHA_GOOD {
            AlphaLabel::Good
        } else if alpha >= ALPHA_ACCEPTABLE {
            AlphaLabel::Acceptable
        } else if alpha >= ALPHA_QUESTIONABLE {
            AlphaLabel::Questionable
        } else {
            AlphaLabel::Poor
        }
    }
}

impl AlphaReport {
    /// Respondents with complete answers to every rating item of the dimension.
    pub fn complete(&self) -> usize {
        match *self {
            AlphaReport::TooFew { complete }
            | AlphaReport::Estimate { complete, .. }
            | AlphaReport::Undefined { complete } => complete,
        }
    }

    /// The report for item rows (respondents by keyed item values) of complete respondents.
    fn from_rows(rows: &[Vec<f64>], items: usize) -> AlphaReport {
        let complete = rows.len();
        if complete < ALPHA_MIN_N {
            return AlphaReport::TooFew { complete };
        }
        match cronbach_alpha(rows) {
            Some(alpha) => {
                let (low, high) = feldt_interval(alpha, complete, items, ALPHA_CONFIDENCE);
                AlphaReport::Estimate {
                    alpha,
                    low,
                    high,
                    complete,
                    unstable: complete < ALPHA_STABLE_N,
                    label: AlphaLabel::for_alpha(alpha),
                }
            }
            None => AlphaReport::Undefined { complete },
        }
    }
}

/// Mean and sample standard deviation (n - 1) of `values`; `None` for an empty slice (mean)
/// or fewer than two values (sd).
fn mean_sd(values: &[f64]) -> (Option<f64>, Option<f64>) {
    if values.is_empty() {
        return (None, None);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let sd = (values.len() >= 2).then(|| {
        let squares: f64 = values.iter().map(|v| (v - mean) * (v - mean)).sum();
        (squares / (n - 1.0)).sqrt()
    });
    (Some(mean), sd)
}

/// Group statistics of `respondents` (one answer set each) against `q`; answers invalid for `q`
/// are ignored, as in [`score`].
pub fn group_profile(q: &Questionnaire, respondents: &[Answers]) -> GroupProfile {
    let profiles: Vec<_> = respondents.iter().map(|a| score(q, a)).collect();
    let dimensions = q
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| {
            let scores: Vec<f64> = profiles
                .iter()
                .filter_map(|p| p.dimensions[d].exact)
                .collect();
            let (mean, sd) = mean_sd(&scores);
            let items: Vec<&Item> = dim.items.iter().filter(|i| i.is_rating()).collect();
            let rows: Vec<Vec<f64>> = respondents
                .iter()
                .filter_map(|answers| {
                    items
                        .iter()
                        .map(|item| keyed_rating(answers, item).map(f64::from))
                        .collect::<Option<Vec<f64>>>()
                })
                .collect();
            GroupDimension {
                n: scores.len(),
                mean,
                sd,
                alpha: AlphaReport::from_rows(&rows, items.len()),
            }
        })
        .collect();
    let overall: Vec<f64> = profiles.iter().filter_map(|p| p.overall_exact).collect();
    let (overall_mean, overall_sd) = mean_sd(&overall);
    GroupProfile {
        respondents: respondents.len(),
        dimensions,
        overall_mean,
        overall_sd,
    }
}

/// Cronbach's alpha of `rows` (one row per respondent, one column per item):
/// `k / (k - 1) * (1 - sum of item sample variances / sample variance of the totals)`.
///
/// `None` with fewer than 2 rows or 2 items, ragged rows, zero variance of the totals or a
/// non-finite result. Computed as `k (D - N) / ((k - 1) D)` with `D = n S_TT - S_T^2` and
/// `N = sum_j (n S_jj - S_j^2)` (the common factor `n (n - 1)` cancels) over values shifted by
/// the first row, so for integer data every sum is exact and the result is the correctly rounded
/// value of the exact fraction: an alpha of exactly 4/5 compares equal to `0.80`, and alpha
/// never exceeds 1 (`N >= D / k` holds exactly).
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let n = rows.len();
    let k = rows.first()?.len();
    if n < 2 || k < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let first = &rows[0];
    let nf = n as f64;
    let (mut sum, mut squares) = (vec![0.0; k], vec![0.0; k]);
    let (mut total_sum, mut total_squares) = (0.0, 0.0);
    for row in rows {
        let mut total = 0.0;
        for (j, (x, x0)) in row.iter().zip(first).enumerate() {
            let v = x - x0;
            sum[j] += v;
            squares[j] += v * v;
            total += v;
        }
        total_sum += total;
        total_squares += total * total;
    }
    let d = nf * total_squares - total_sum * total_sum;
    let items: f64 = sum
        .iter()
        .zip(&squares)
        .map(|(s, ss)| nf * ss - s * s)
        .sum();
    if d <= 0.0 || !d.is_finite() {
        return None;
    }
    let kf = k as f64;
    let alpha = kf * (d - items) / ((kf - 1.0) * d);
    alpha.is_finite().then_some(alpha)
}

/// Feldt (1965) interval of Cronbach's alpha at confidence `level` (e.g. `0.95`) for `n`
/// respondents and `k` items: with `a = 1 - level`, `df1 = n - 1` and `df2 = (n - 1)(k - 1)`,
/// `low = 1 - (1 - alpha) F_{1-a/2}(df1, df2)` and `high = 1 - (1 - alpha) F_{a/2}(df1, df2)`,
/// where `F_p` is the p-quantile of the F distribution. `low <= alpha <= high` for `alpha <= 1`;
/// neither end is clamped, so `low` can be far below 0 for small groups.
///
/// Returns `(NaN, NaN)` when `n < 2`, `k < 2` or `level` is not strictly between 0 and 1.
pub fn feldt_interval(alpha: f64, n: usize, k: usize, level: f64) -> (f64, f64) {
    if n < 2 || k < 2 || !(level > 0.0 && level < 1.0) {
        return (f64::NAN, f64::NAN);
    }
    let df1 = (n - 1) as f64;
    let df2 = df1 * (k - 1) as f64;
    let tail = (1.0 - level) / 2.0;
    let upper = f_quantile(1.0 - tail, df1, df2);
    let lower = f_quantile(tail, df1, df2);
    (1.0 - (1.0 - alpha) * upper, 1.0 - (1.0 - alpha) * lower)
}

/// Cumulative distribution function of the F distribution with `d1` and `d2` degrees of
/// freedom: `I_{d1 x / (d1 x + d2)}(d1 / 2, d2 / 2)`. `NaN` for non-positive degrees of freedom
/// or a NaN `x`.
pub fn f_cdf(x: f64, d1: f64, d2: f64) -> f64 {
    if x.is_nan() || d1.is_nan() || d2.is_nan() || d1 <= 0.0 || d2 <= 0.0 {
        return f64::NAN;
    }
    if x <= 0.0 {
        return 0.0;
    }
    if x == f64::INFINITY {
        return 1.0;
    }
    // d1 x / (d1 x + d2), written to keep precision for large x.
    let y = 1.0 / (1.0 + d2 / (d1 * x));
    incomplete_beta(y, d1 / 2.0, d2 / 2.0)
}

/// The `p`-quantile of the F distribution with `d1` and `d2` degrees of freedom: the `x` with
/// `f_cdf(x, d1, d2) = p`, found by bisection to a relative width of 1e-13. `0` for `p <= 0`,
/// infinity for `p >= 1`, `NaN` for NaN `p` or non-positive degrees of freedom.
pub fn f_quantile(p: f64, d1: f64, d2: f64) -> f64 {
    if p.is_nan() || d1.is_nan() || d2.is_nan() || d1 <= 0.0 || d2 <= 0.0 {
        return f64::NAN;
    }
    if p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    // Bracket the quantile between lo and hi = 2 lo, starting at 1.
    let (mut lo, mut hi) = (1.0_f64, 1.0_f64);
    if f_cdf(1.0, d1, d2) < p {
        while f_cdf(hi, d1, d2) < p {
            lo = hi;
            hi *= 2.0;
            if hi > 1e300 {
                return f64::INFINITY;
            }
        }
    } else {
        while f_cdf(lo, d1, d2) >= p {
            hi = lo;
            lo /= 2.0;
            if lo < 1e-300 {
                return 0.0;
            }
        }
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi || hi - lo <= 1e-13 * hi {
            break;
        }
        if f_cdf(mid, d1, d2) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// Regularized incomplete beta function `I_x(a, b)` for `a, b > 0` (Numerical Recipes
/// `betai`): the continued fraction converges fast for `x < (a + 1) / (a + b + 2)`, so the
/// other side uses `I_x(a, b) = 1 - I_{1-x}(b, a)`.
fn incomplete_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(x, a, b) / a
    } else {
        1.0 - front * beta_fraction(1.0 - x, b, a) / b
    }
}

/// The continued fraction of the incomplete beta function by the modified Lentz method
/// (Numerical Recipes `betacf`).
fn beta_fraction(x: f64, a: f64, b: f64) -> f64 {
    const MAX_ITERATIONS: usize = 10_000;
    const EPS: f64 = 1e-15;
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=MAX_ITERATIONS {
        let m = m as f64;
        let m2 = 2.0 * m;
        // Even step.
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / guard(1.0 + aa * d);
        c = guard(1.0 + aa / c);
        h *= d * c;
        // Odd step.
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / guard(1.0 + aa * d);
        c = guard(1.0 + aa / c);
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// Natural logarithm of the gamma function for `x > 0`, by the Lanczos approximation
/// (g = 7, 9 coefficients; relative error about 1e-15).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    #[allow(clippy::excessive_precision)]
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_93,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_13,
        -176.615_029_162_140_59,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_571_6e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Gamma(x) = Gamma(x + 1) / x keeps the series in its accurate range.
        return ln_gamma(x + 1.0) - x.ln();
    }
    let x = x - 1.0;
    let mut series = COEFFICIENTS[0];
    for (i, c) in COEFFICIENTS.iter().enumerate().skip(1) {
        series += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * core::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + series.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance * b.abs().max(1.0)
    }

    #[test]
    fn ln_gamma_matches_factorials_and_half_integers() {
        // Gamma(n) = (n - 1)!
        assert!(close(ln_gamma(1.0), 0.0, 1e-14));
        assert!(close(ln_gamma(2.0), 0.0, 1e-14));
        assert!(close(ln_gamma(5.0), 24.0_f64.ln(), 1e-14));
        assert!(close(ln_gamma(10.0), 362_880.0_f64.ln(), 1e-14));
        // Gamma(1/2) = sqrt(pi), Gamma(5/2) = 3 sqrt(pi) / 4
        let sqrt_pi = core::f64::consts::PI.sqrt();
        assert!(close(ln_gamma(0.5), sqrt_pi.ln(), 1e-14));
        assert!(close(ln_gamma(2.5), (0.75 * sqrt_pi).ln(), 1e-14));
        // Gamma(0.25) = 3.625609908221908...
        assert!(close(ln_gamma(0.25), 3.625_609_908_221_908_f64.ln(), 1e-13));
    }

    #[test]
    fn incomplete_beta_closed_forms() {
        for &x in &[0.01, 0.2, 0.5, 0.73, 0.99] {
            // I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 - (1 - x)^b
            assert!(close(incomplete_beta(x, 1.0, 1.0), x, 1e-13));
            assert!(close(incomplete_beta(x, 3.5, 1.0), x.powf(3.5), 1e-13));
            assert!(close(
                incomplete_beta(x, 1.0, 4.0),
                1.0 - (1.0 - x).powi(4),
                1e-13
            ));
        }
        // Symmetry: I_{1/2}(a, a) = 1/2.
        for &a in &[0.5, 2.0, 7.5, 300.0] {
            assert!(close(incomplete_beta(0.5, a, a), 0.5, 1e-12));
        }
        // I_x(1/2, 1/2) = 2/pi asin(sqrt x); asin(sqrt(1/4)) = pi/6, so I = 1/3.
        assert!(close(incomplete_beta(0.25, 0.5, 0.5), 1.0 / 3.0, 1e-12));
        assert_eq!(incomplete_beta(0.0, 2.0, 3.0), 0.0);
        assert_eq!(incomplete_beta(1.0, 2.0, 3.0), 1.0);
    }

    #[test]
    fn mean_sd_of_small_sets() {
        assert_eq!(mean_sd(&[]), (None, None));
        assert_eq!(mean_sd(&[40.0]), (Some(40.0), None));
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32, sd = sqrt(32 / 7)
        let (mean, sd) = mean_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(mean, Some(5.0));
        assert!(close(sd.unwrap(), (32.0_f64 / 7.0).sqrt(), 1e-15));
    }
}
