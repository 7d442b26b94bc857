//! Group statistics: Cronbach's alpha, the F distribution, the Feldt interval and the group
//! profile, against hand-computed values.
//!
//! Reference F quantiles are classic table values, cross-checked with arbitrary-precision
//! `mpmath` (40 digits, bisection on `betainc`) while writing these tests, and one of them is
//! re-derived below by integrating the F density numerically.

mod common;

use assessment::answers::{Answer, Answers};
use assessment::stats::{
    cronbach_alpha, f_cdf, f_quantile, feldt_interval, group_profile, AlphaLabel, AlphaReport,
    ALPHA_MIN_N, ALPHA_STABLE_N,
};
use common::{build, dimension_ratings, simple_dimension};
use proptest::prelude::*;

/// The brief's worked check: six respondents, four items.
const WORKED: [[u8; 4]; 6] = [
    [4, 5, 4, 4],
    [3, 3, 2, 3],
    [5, 5, 5, 4],
    [2, 3, 2, 2],
    [4, 4, 3, 4],
    [3, 4, 3, 3],
];

/// Alpha of [`WORKED`] by hand: item variances 11/10, 4/5, 41/30, 2/3 (sum 59/15), totals
/// 17, 11, 19, 9, 15, 13 with mean 14 and variance 70/5 = 14, so
/// alpha = 4/3 * (1 - (59/15) / 14) = 4/3 * 151/210 = 302/315 = 0.95873...
const WORKED_ALPHA: f64 = 302.0 / 315.0;

fn rows<const K: usize>(data: &[[u8; K]]) -> Vec<Vec<f64>> {
    data.iter()
        .map(|r| r.iter().map(|&v| f64::from(v)).collect())
        .collect()
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

fn estimate(report: &AlphaReport) -> (f64, f64, f64, usize, bool, AlphaLabel) {
    match *report {
        AlphaReport::Estimate {
            alpha,
            low,
            high,
            complete,
            unstable,
            label,
        } => (alpha, low, high, complete, unstable, label),
        other => panic!("expected an estimate, got {other:?}"),
    }
}

/// Answers giving dimension `id` the raw values of each row, one answer set per row.
fn respondents<const K: usize>(id: &str, data: &[[u8; K]]) -> Vec<Answers> {
    data.iter()
        .map(|r| dimension_ratings(id, r).into_iter().collect())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Cronbach's alpha

#[test]
fn worked_example_alpha_is_0_959() {
    let alpha = cronbach_alpha(&rows(&WORKED)).unwrap();
    assert!(close(alpha, WORKED_ALPHA, 1e-14), "alpha = {alpha}");
    assert_eq!(format!("{alpha:.3}"), "0.959");
}

#[test]
fn alpha_is_undefined_for_degenerate_data() {
    // Zero variance of the totals: every respondent totals 9.
    assert_eq!(
        cronbach_alpha(&rows(&[[3, 3, 3], [2, 3, 4], [4, 4, 1]])),
        None
    );
    // One item, one respondent, no respondent, ragged rows.
    assert_eq!(cronbach_alpha(&rows(&[[1], [2], [3]])), None);
    assert_eq!(cronbach_alpha(&rows(&[[1, 2, 3]])), None);
    assert_eq!(cronbach_alpha(&[]), None);
    assert_eq!(cronbach_alpha(&[vec![1.0, 2.0], vec![3.0]]), None);
}

#[test]
fn alpha_of_identical_items_is_exactly_one_and_can_be_negative() {
    assert_eq!(
        cronbach_alpha(&rows(&[[1, 1, 1], [3, 3, 3], [5, 5, 5], [2, 2, 2]])),
        Some(1.0)
    );
    // Two items moving in opposite directions:
    // items (1,2,3) and (3,3,1): variances 1 and 4/3, totals 4, 5, 4 with variance 1/3,
    // alpha = 2 * (1 - (7/3) / (1/3)) = 2 * (1 - 7) = -12.
    assert_eq!(
        cronbach_alpha(&rows(&[[1, 3], [2, 3], [3, 1]])),
        Some(-12.0)
    );
}

// ---------------------------------------------------------------------------------------------
// F distribution

#[test]
fn f_quantiles_match_table_values() {
    // (p, df1, df2, quantile)
    let table = [
        (0.975, 5.0, 15.0, 3.576_415_349_279),
        // = 1 / F_{0.975}(15, 5) = 1 / 6.427728...
        (0.025, 5.0, 15.0, 0.155_575_963_078),
        (0.95, 10.0, 20.0, 2.347_877_566_998),
        (0.975, 15.0, 5.0, 6.427_728_167_079),
        (0.95, 1.0, 10.0, 4.964_602_743_731),
        (0.975, 1.0, 1.0, 647.789_011_477_844),
        (0.99, 1.0, 1.0, 4_052.180_695_476_82),
        // F(2, 2) has CDF x / (1 + x), so F_{0.99} = 99 exactly.
        (0.99, 2.0, 2.0, 99.0),
        // Equal degrees of freedom: the median is 1.
        (0.5, 3.0, 3.0, 1.0),
        (0.975, 100.0, 300.0, 1.361_295_494_695),
        (0.025, 100.0, 300.0, 0.715_647_660_369),
    ];
    for (p, d1, d2, expected) in table {
        let q = f_quantile(p, d1, d2);
        assert!(
            (q - expected).abs() <= 1e-10 * expected.max(1.0),
            "F_{p}({d1}, {d2}) = {q}, expected {expected}"
        );
        let back = f_cdf(q, d1, d2);
        assert!(close(back, p, 1e-12), "CDF at F_{p}({d1}, {d2}) = {back}");
    }
}

#[test]
fn f_quantile_reciprocal_identity() {
    // F_p(d1, d2) = 1 / F_{1-p}(d2, d1)
    for &(d1, d2) in &[(5.0, 15.0), (9.0, 27.0), (29.0, 58.0), (3.0, 7.0)] {
        for &p in &[0.025, 0.05, 0.3] {
            let a = f_quantile(p, d1, d2);
            let b = 1.0 / f_quantile(1.0 - p, d2, d1);
            assert!((a - b).abs() <= 1e-10 * a, "{p} {d1} {d2}: {a} vs {b}");
        }
    }
}

#[test]
fn f_cdf_agrees_with_numerical_integration_of_the_density() {
    // F(5, 15) density: x^(3/2) (1 + x/3)^(-10) / (3^(5/2) B(5/2, 15/2)), with
    // B(5/2, 15/2) = Gamma(5/2) Gamma(15/2) / Gamma(10)
    //             = (3/4 sqrt(pi)) (135135/128 sqrt(pi)) / 362880 = pi * 405405 / 185794560.
    let beta = core::f64::consts::PI * 405_405.0 / 185_794_560.0;
    let norm = 3.0_f64.powf(2.5) * beta;
    let density = |x: f64| x.powf(1.5) * (1.0 + x / 3.0).powi(-10) / norm;
    let simpson = |upper: f64| {
        let steps = 20_000;
        let h = upper / steps as f64;
        let mut s = density(0.0) + density(upper);
        for i in 1..steps {
            let w = if i % 2 == 1 { 4.0 } else { 2.0 };
            s += w * density(i as f64 * h);
        }
        s * h / 3.0
    };
    for x in [0.155_575_963_078, 1.0, 3.576_415_349_279] {
        let integral = simpson(x);
        assert!(
            close(f_cdf(x, 5.0, 15.0), integral, 1e-9),
            "x = {x}: cdf {} vs integral {integral}",
            f_cdf(x, 5.0, 15.0)
        );
    }
    assert!(close(simpson(3.576_415_349_279), 0.975, 1e-9));
    assert!(close(simpson(0.155_575_963_078), 0.025, 1e-9));
}

#[test]
fn f_edge_cases() {
    assert_eq!(f_cdf(0.0, 3.0, 4.0), 0.0);
    assert_eq!(f_cdf(-1.0, 3.0, 4.0), 0.0);
    assert_eq!(f_cdf(f64::INFINITY, 3.0, 4.0), 1.0);
    assert!(f_cdf(1.0, 0.0, 4.0).is_nan());
    assert_eq!(f_quantile(0.0, 3.0, 4.0), 0.0);
    assert_eq!(f_quantile(1.0, 3.0, 4.0), f64::INFINITY);
    assert!(f_quantile(f64::NAN, 3.0, 4.0).is_nan());
    // F(2, 2): CDF x / (1 + x).
    assert!(close(f_cdf(3.0, 2.0, 2.0), 0.75, 1e-14));
}

// ---------------------------------------------------------------------------------------------
// Feldt interval

#[test]
fn feldt_interval_of_the_worked_example() {
    // n = 6, k = 4: df1 = 5, df2 = 15, F_{0.975} = 3.576415, F_{0.025} = 0.155576;
    // 1 - alpha = 13/315 = 0.0412698
    // low  = 1 - 0.0412698 * 3.576415 = 0.852402
    // high = 1 - 0.0412698 * 0.155576 = 0.993579
    let (low, high) = feldt_interval(WORKED_ALPHA, 6, 4, 0.95);
    assert!(close(low, 0.852_401_906, 1e-8), "low = {low}");
    assert!(close(high, 0.993_579_405, 1e-8), "high = {high}");
    assert!(low <= WORKED_ALPHA && WORKED_ALPHA <= high);
}

#[test]
fn feldt_interval_contains_alpha_and_widens_as_n_shrinks() {
    for &alpha in &[-0.5, 0.0, 0.55, 0.8, 0.95, 1.0] {
        let mut previous_width = 0.0;
        for n in [200, 60, 30, 10, 5, 3] {
            let (low, high) = feldt_interval(alpha, n, 5, 0.95);
            assert!(
                low <= alpha && alpha <= high,
                "{alpha} n={n}: {low}..{high}"
            );
            let width = high - low;
            if alpha < 1.0 {
                assert!(
                    width > previous_width,
                    "{alpha} n={n}: {width} <= {previous_width}"
                );
            } else {
                assert_eq!((low, high), (1.0, 1.0));
            }
            previous_width = width;
        }
    }
    // A higher level gives a wider interval.
    let (l95, h95) = feldt_interval(0.8, 20, 6, 0.95);
    let (l90, h90) = feldt_interval(0.8, 20, 6, 0.90);
    assert!(l95 < l90 && h90 < h95);
}

#[test]
fn feldt_interval_rejects_degenerate_input() {
    for (n, k, level) in [(1, 4, 0.95), (10, 1, 0.95), (10, 4, 0.0), (10, 4, 1.0)] {
        let (low, high) = feldt_interval(0.8, n, k, level);
        assert!(low.is_nan() && high.is_nan(), "{n} {k} {level}");
    }
}

// ---------------------------------------------------------------------------------------------
// Group profile

#[test]
fn thresholds() {
    assert_eq!(ALPHA_MIN_N, 10);
    assert_eq!(ALPHA_STABLE_N, 30);
}

#[test]
fn alpha_is_hidden_below_ten_then_unstable_below_thirty() {
    // Dimension d: the worked example's four items, item 4 reverse-keyed and answered raw
    // 6 - x so that its keyed values are the worked example's.
    let q = build(vec![simple_dimension("d", 4, &[4])]);
    let keyed_as_worked: Vec<[u8; 4]> = WORKED
        .iter()
        .map(|r| [r[0], r[1], r[2], 6 - r[3]])
        .collect();
    let cycle = |n: usize| -> Vec<Answers> {
        respondents(
            "d",
            &keyed_as_worked
                .iter()
                .cycle()
                .take(n)
                .copied()
                .collect::<Vec<_>>(),
        )
    };

    // 6 and 9 complete respondents: hidden.
    for n in [6, 9] {
        let group = group_profile(&q, &cycle(n));
        assert_eq!(
            group.dimensions[0].alpha,
            AlphaReport::TooFew { complete: n }
        );
        assert_eq!(group.dimensions[0].n, n);
    }

    // 12 and 30 respondents (the worked example twice and five times): repeating a data set
    // scales every variance by the same factor, so alpha stays 302/315.
    let (alpha, low, high, complete, unstable, label) =
        estimate(&group_profile(&q, &cycle(12)).dimensions[0].alpha);
    assert!(close(alpha, WORKED_ALPHA, 1e-14));
    assert_eq!((complete, unstable, label), (12, true, AlphaLabel::Good));
    let (_, low30, high30, complete, unstable, _) =
        estimate(&group_profile(&q, &cycle(30)).dimensions[0].alpha);
    assert_eq!((complete, unstable), (30, false));
    assert!(
        low < low30 && high30 < high,
        "more respondents, narrower interval"
    );

    // Exactly at the thresholds: 10 and 29 are unstable, 30 is not (checked above).
    for n in [10, 29] {
        let (_, low, high, complete, unstable, _) =
            estimate(&group_profile(&q, &cycle(n)).dimensions[0].alpha);
        assert_eq!((complete, unstable), (n, true));
        assert!(low < high);
    }
}

/// Ten respondents on three items each, with alpha an exact fraction (item variances and total
/// variance by hand), for the label boundaries.
#[test]
fn labels_at_the_boundaries() {
    let cases: [(&str, [[u8; 3]; 10], f64, AlphaLabel); 6] = [
        (
            // item variances 62/45, 14/15, 13/18 (sum 91/30), totals variance 13/2:
            // 3/2 * (1 - 7/15) = 4/5
            "0.80",
            [
                [3, 4, 3],
                [2, 3, 2],
                [4, 4, 3],
                [4, 4, 4],
                [4, 5, 5],
                [2, 2, 3],
                [2, 4, 4],
                [5, 4, 4],
                [3, 2, 3],
                [5, 4, 4],
            ],
            0.80,
            AlphaLabel::Good,
        ),
        (
            // 121/90, 82/45, 47/30 (sum 47/10), totals 10: 3/2 * (1 - 47/100) = 79/100
            "0.79",
            [
                [2, 1, 3],
                [4, 5, 3],
                [2, 3, 1],
                [1, 2, 1],
                [4, 4, 3],
                [1, 1, 1],
                [3, 2, 4],
                [1, 1, 1],
                [2, 2, 4],
                [3, 3, 2],
            ],
            0.79,
            AlphaLabel::Acceptable,
        ),
        (
            // 52/45, 38/45, 38/45 (sum 128/45), totals 16/3: 3/2 * (1 - 8/15) = 7/10
            "0.70",
            [
                [3, 5, 4],
                [4, 4, 4],
                [3, 3, 4],
                [3, 4, 3],
                [5, 5, 5],
                [2, 4, 4],
                [2, 2, 2],
                [3, 4, 4],
                [4, 3, 5],
                [5, 4, 3],
            ],
            0.70,
            AlphaLabel::Acceptable,
        ),
        (
            // 32/45, 26/15, 52/45 (sum 18/5), totals 20/3: 3/2 * (1 - 27/50) = 69/100
            "0.69",
            [
                [3, 5, 3],
                [2, 1, 1],
                [2, 2, 3],
                [1, 1, 1],
                [3, 1, 2],
                [2, 2, 3],
                [2, 2, 4],
                [4, 2, 3],
                [2, 2, 1],
                [3, 4, 3],
            ],
            0.69,
            AlphaLabel::Questionable,
        ),
        (
            // 49/90, 61/90, 61/90 (sum 19/10), totals 19/6: 3/2 * (1 - 3/5) = 3/5
            "0.60",
            [
                [3, 1, 1],
                [1, 1, 1],
                [2, 3, 3],
                [2, 1, 1],
                [3, 2, 2],
                [3, 2, 3],
                [2, 1, 1],
                [1, 3, 2],
                [2, 1, 1],
                [2, 2, 2],
            ],
            0.60,
            AlphaLabel::Questionable,
        ),
        (
            // 5/18, 16/15, 61/90 (sum 91/45), totals 10/3: 3/2 * (1 - 91/150) = 59/100
            "0.59",
            [
                [4, 3, 4],
                [3, 3, 2],
                [3, 4, 4],
                [4, 5, 4],
                [3, 2, 3],
                [4, 2, 3],
                [4, 3, 4],
                [3, 4, 2],
                [3, 2, 3],
                [4, 4, 4],
            ],
            0.59,
            AlphaLabel::Poor,
        ),
    ];
    let q = build(vec![simple_dimension("d", 3, &[])]);
    for (name, data, expected, expected_label) in cases {
        let group = group_profile(&q, &respondents("d", &data));
        let (alpha, low, high, complete, unstable, label) = estimate(&group.dimensions[0].alpha);
        // Integer data: alpha is the correctly rounded exact fraction, so equality holds.
        assert_eq!(alpha, expected, "{name}");
        assert_eq!(label, expected_label, "{name}");
        assert_eq!((complete, unstable), (10, true), "{name}");
        assert!(low < alpha && alpha < high, "{name}");
    }
    // The label function itself, just below each threshold and far out.
    assert_eq!(AlphaLabel::for_alpha(0.799_999), AlphaLabel::Acceptable);
    assert_eq!(AlphaLabel::for_alpha(0.699_999), AlphaLabel::Questionable);
    assert_eq!(AlphaLabel::for_alpha(0.599_999), AlphaLabel::Poor);
    assert_eq!(AlphaLabel::for_alpha(1.0), AlphaLabel::Good);
    assert_eq!(AlphaLabel::for_alpha(-3.0), AlphaLabel::Poor);
}

#[test]
fn mean_and_sd_of_three_respondents() {
    // a: 4 items, b: 3 items.
    //   respondent 1: a 5,5,5,5 -> 100;    b 3,3,3 -> 50; overall 75
    //   respondent 2: a 3,3,3,3 -> 50;     b 3,3,3 -> 50; overall 50
    //   respondent 3: a 1,2,2,3 -> 25*(8-4)/4 = 25; b 4,3,2 -> 50; overall 37.5
    // a: mean 175/3 = 58.333..., squared deviations (125/3)^2 + (25/3)^2 + (100/3)^2 = 26250/9,
    //    variance 26250/18 = 4375/3, sd = sqrt(4375/3) = 38.188...
    // b: mean 50, sd 0.
    // overall: mean 162.5/3 = 54.1666..., squared deviations (125/6)^2 + (25/6)^2 + (100/6)^2
    //    = 26250/36, variance 26250/72 = 364.583..., sd = 19.094...
    let q = build(vec![
        simple_dimension("a", 4, &[]),
        simple_dimension("b", 3, &[]),
    ]);
    let answer_sets: Vec<Answers> = [
        ([5, 5, 5, 5], [3, 3, 3]),
        ([3, 3, 3, 3], [3, 3, 3]),
        ([1, 2, 2, 3], [4, 3, 2]),
    ]
    .iter()
    .map(|(a, b)| {
        dimension_ratings("a", a)
            .into_iter()
            .chain(dimension_ratings("b", b))
            .collect()
    })
    .collect();
    let group = group_profile(&q, &answer_sets);
    assert_eq!(group.respondents, 3);
    let a = &group.dimensions[0];
    assert_eq!(a.n, 3);
    assert!(close(a.mean.unwrap(), 175.0 / 3.0, 1e-12));
    assert!(close(a.sd.unwrap(), (4375.0_f64 / 3.0).sqrt(), 1e-12));
    assert!(close(a.sd.unwrap(), 38.188, 5e-4));
    assert_eq!(a.alpha, AlphaReport::TooFew { complete: 3 });
    let b = &group.dimensions[1];
    assert_eq!((b.n, b.mean, b.sd), (3, Some(50.0), Some(0.0)));
    assert!(close(group.overall_mean.unwrap(), 162.5 / 3.0, 1e-12));
    assert!(close(
        group.overall_sd.unwrap(),
        (26_250.0_f64 / 72.0).sqrt(),
        1e-12
    ));
    assert!(close(group.overall_sd.unwrap(), 19.094, 5e-4));

    // One respondent: a mean but no sd.
    let one = group_profile(&q, &answer_sets[..1]);
    assert_eq!(
        (one.dimensions[0].mean, one.dimensions[0].sd),
        (Some(100.0), None)
    );
    assert_eq!((one.overall_mean, one.overall_sd), (Some(75.0), None));
    // Nobody.
    let none = group_profile(&q, &[]);
    assert_eq!(none.respondents, 0);
    assert_eq!(
        (
            none.dimensions[0].n,
            none.dimensions[0].mean,
            none.dimensions[0].sd
        ),
        (0, None, None)
    );
    assert_eq!(
        none.dimensions[0].alpha,
        AlphaReport::TooFew { complete: 0 }
    );
    assert_eq!((none.overall_mean, none.overall_sd), (None, None));
}

#[test]
fn incomplete_answers_count_in_n_but_not_in_alpha() {
    let q = build(vec![simple_dimension("d", 4, &[])]);
    let mut sets = respondents("d", &[WORKED, WORKED].concat());
    // Not applicable on item 2: 3 of 4 answered is enough for a score (3 * 3 >= 4 * 2) of
    // 25 * (12 - 3) / 3 = 75, but the respondent is not complete.
    let mut na: Answers = dimension_ratings("d", &[5, 0, 5, 2]).into_iter().collect();
    assert_eq!(na.get("d.2"), Some(&Answer::NotApplicable));
    sets.push(na.clone());
    // Unanswered item 4: also scored (keyed 1, 1, 1 -> 0), also not complete.
    let mut missing = dimension_ratings("d", &[1, 1, 1, 1])
        .into_iter()
        .collect::<Answers>();
    missing.remove("d.4");
    sets.push(missing);
    // An out-of-range rating is ignored like a missing answer.
    na.insert("d.2".into(), Answer::Rating(7));
    sets.push(na);
    // Only two items answered: no score and not complete.
    sets.push(dimension_ratings("d", &[4, 4]).into_iter().collect());

    let group = group_profile(&q, &sets);
    let d = &group.dimensions[0];
    assert_eq!(group.respondents, 16);
    assert_eq!(d.n, 15, "12 complete + NA + missing + out of range");
    let (alpha, _, _, complete, unstable, label) = estimate(&d.alpha);
    assert_eq!((complete, unstable, label), (12, true, AlphaLabel::Good));
    assert!(close(alpha, WORKED_ALPHA, 1e-14), "alpha = {alpha}");
    // Mean: worked scores 25 * (total - 4) / 4 = 325/4, 175/4, 375/4, 125/4, 275/4, 225/4
    // (sum 1500/4 = 375, twice 750), plus 75 + 0 + 75 = 150: 900 / 15 = 60.
    assert!(close(d.mean.unwrap(), 60.0, 1e-12));
}

#[test]
fn zero_variance_of_totals_is_undefined() {
    let q = build(vec![simple_dimension("d", 3, &[])]);
    let group = group_profile(&q, &respondents("d", &[[3, 3, 3]; 10]));
    assert_eq!(
        group.dimensions[0].alpha,
        AlphaReport::Undefined { complete: 10 }
    );
    assert_eq!(group.dimensions[0].alpha.complete(), 10);
    assert_eq!(group.dimensions[0].sd, Some(0.0));
}

// ---------------------------------------------------------------------------------------------
// Properties

proptest! {
    /// For 1-5 data, alpha never exceeds 1 (not even by rounding) whenever it is defined, it is
    /// defined exactly when the totals vary, and the Feldt interval contains it.
    #[test]
    fn alpha_at_most_one_and_inside_feldt(
        (k, data) in (2usize..8).prop_flat_map(|k| {
            (Just(k), prop::collection::vec(prop::collection::vec(1u8..=5, k), 2..40))
        })
    ) {
        let rows: Vec<Vec<f64>> =
            data.iter().map(|r| r.iter().map(|&v| f64::from(v)).collect()).collect();
        let totals: Vec<u32> = data.iter().map(|r| r.iter().map(|&v| u32::from(v)).sum()).collect();
        let totals_vary = totals.iter().any(|&t| t != totals[0]);
        let alpha = cronbach_alpha(&rows);
        prop_assert_eq!(alpha.is_some(), totals_vary);
        if let Some(alpha) = alpha {
            prop_assert!(alpha <= 1.0, "alpha = {}", alpha);
            let (low, high) = feldt_interval(alpha, rows.len(), k, 0.95);
            prop_assert!(low <= alpha && alpha <= high, "{} not in {}..{}", alpha, low, high);
        }
    }

    /// For real-valued data, alpha stays at most 1 up to rounding.
    #[test]
    fn alpha_at_most_one_for_real_data(
        data in prop::collection::vec(prop::collection::vec(-50.0f64..50.0, 3), 2..30)
    ) {
        if let Some(alpha) = cronbach_alpha(&data) {
            prop_assert!(alpha <= 1.0 + 1e-9, "alpha = {}", alpha);
        }
    }

    /// The CDF inverts the quantile.
    #[test]
    fn quantile_inverts_cdf(p in 0.001f64..0.999, d1 in 1u32..60, d2 in 1u32..400) {
        let (d1, d2) = (f64::from(d1), f64::from(d2));
        let q = f_quantile(p, d1, d2);
        prop_assert!(q > 0.0 && q.is_finite());
        prop_assert!((f_cdf(q, d1, d2) - p).abs() < 1e-9, "p {} q {}", p, q);
    }
}
