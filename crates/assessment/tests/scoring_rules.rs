//! Table-driven checks of every scoring rule, with the arithmetic done by hand in comments.
//!
//! Formula: score = 100 * (mean - 1) / 4 = 25 * (sum - n) / n over n answered items.
//! Bands: 0-39 early (0), 40-59 developing (1), 60-79 established (2), 80-100 advanced (3).

mod common;

use assessment::answers::{Answer, Answers};
use assessment::scoring::score;
use common::{build, dimension, dimension_ratings, judgement, rating, simple_dimension};

/// "not applicable" in the value tables.
const NA: u8 = 0;
/// "unanswered" in the value tables.
const NO: u8 = 9;

fn answers_for(dims: &[(&str, &[u8])]) -> Answers {
    dims.iter()
        .flat_map(|(id, values)| dimension_ratings(id, values))
        .filter(|(_, a)| *a != Answer::Rating(NO))
        .collect()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

struct Case {
    name: &'static str,
    values: [u8; 6],
    exact: Option<f64>,
    score: Option<u8>,
    band: Option<usize>,
    facets: [Option<u8>; 2],
    answered: usize,
    not_applicable: usize,
}

/// Dimension `d`: six rating items, d.6 reverse-keyed; facet f1 = d.1, d.3, d.5 and
/// facet f2 = d.2, d.4, d.6.
#[test]
fn six_item_dimension_with_one_reverse_item() {
    let q = build(vec![simple_dimension("d", 6, &[6])]);
    let cases = [
        Case {
            name: "all 3: keyed 3,3,3,3,3,3 -> mean 3 -> 25*(18-6)/6 = 50",
            values: [3, 3, 3, 3, 3, 3],
            exact: Some(50.0),
            score: Some(50),
            band: Some(1),
            facets: [Some(50), Some(50)],
            answered: 6,
            not_applicable: 0,
        },
        Case {
            name: "reverse item raw 1 keys to 5: sum 30 -> 25*24/6 = 100",
            values: [5, 5, 5, 5, 5, 1],
            exact: Some(100.0),
            score: Some(100),
            band: Some(3),
            facets: [Some(100), Some(100)],
            answered: 6,
            not_applicable: 0,
        },
        Case {
            // keyed 5,5,5,5,5,1: sum 26 -> 25*20/6 = 83.33 -> 83; f2 = 5,5,1: 25*8/3 = 66.67 -> 67
            name: "reverse item raw 5 keys to 1",
            values: [5, 5, 5, 5, 5, 5],
            exact: Some(500.0 / 6.0),
            score: Some(83),
            band: Some(3),
            facets: [Some(100), Some(67)],
            answered: 6,
            not_applicable: 0,
        },
        Case {
            // 4 answered, NA missing (not zero): 25*(16-4)/4 = 75; 4*3 = 12 >= 6*2 = 12
            name: "two NA are missing, four answers are exactly two thirds",
            values: [4, 4, 4, 4, NA, NA],
            exact: Some(75.0),
            score: Some(75),
            band: Some(2),
            facets: [Some(75), Some(75)],
            answered: 4,
            not_applicable: 2,
        },
        Case {
            name: "four answered, two unanswered: scored",
            values: [4, 4, 4, 4, NO, NO],
            exact: Some(75.0),
            score: Some(75),
            band: Some(2),
            facets: [Some(75), Some(75)],
            answered: 4,
            not_applicable: 0,
        },
        Case {
            // 3*3 = 9 < 12: not enough; facets still shown: f1 = d.1, d.3 -> 75, f2 = d.2 -> 75
            name: "three answered of six: not scored",
            values: [4, 4, 4, NO, NO, NO],
            exact: None,
            score: None,
            band: None,
            facets: [Some(75), Some(75)],
            answered: 3,
            not_applicable: 0,
        },
        Case {
            name: "three answered, three NA: not scored",
            values: [4, 4, 4, NA, NA, NA],
            exact: None,
            score: None,
            band: None,
            facets: [Some(75), Some(75)],
            answered: 3,
            not_applicable: 3,
        },
        Case {
            // d.1=4, d.2=3, d.3=4, d.4=3: sum 14 -> 25*10/4 = 62.5 -> 63 (half up);
            // f1 = 4,4 -> 75; f2 = 3,3 -> 50
            name: "exact 62.5 rounds to 63",
            values: [4, 3, 4, 3, NO, NO],
            exact: Some(62.5),
            score: Some(63),
            band: Some(2),
            facets: [Some(75), Some(50)],
            answered: 4,
            not_applicable: 0,
        },
        Case {
            // f1 all NA -> None; f2 = 2, 2 and reverse raw 4 -> keyed 2: 25*(6-3)/3 = 25.
            // 3 answered < 4 needed: the dimension is not scored.
            name: "facet with no answers is None",
            values: [NA, 2, NA, 2, NA, 4],
            exact: None,
            score: None,
            band: None,
            facets: [None, Some(25)],
            answered: 3,
            not_applicable: 3,
        },
        Case {
            // keyed 1,1,1,1,1,1 (reverse raw 5 -> 1) -> 0
            name: "lowest possible",
            values: [1, 1, 1, 1, 1, 5],
            exact: Some(0.0),
            score: Some(0),
            band: Some(0),
            facets: [Some(0), Some(0)],
            answered: 6,
            not_applicable: 0,
        },
    ];
    for case in cases {
        let answers = answers_for(&[("d", &case.values)]);
        let profile = score(&q, &answers);
        let d = &profile.dimensions[0];
        assert!(
            close(d.exact, case.exact),
            "{}: exact {:?}",
            case.name,
            d.exact
        );
        assert_eq!(d.score, case.score, "{}", case.name);
        assert_eq!(d.band, case.band, "{}", case.name);
        let facets: Vec<Option<u8>> = d.facets.iter().map(|f| f.score).collect();
        assert_eq!(facets, case.facets, "{}", case.name);
        assert_eq!(d.answered, case.answered, "{}", case.name);
        assert_eq!(d.not_applicable, case.not_applicable, "{}", case.name);
        assert_eq!(d.rating_items, 6);
        assert_eq!(profile.overall, case.score, "{}: one dimension", case.name);
    }
}

#[test]
fn facet_ids_are_reported_in_content_order() {
    let q = build(vec![simple_dimension("d", 6, &[6])]);
    let profile = score(&q, &Answers::new());
    let ids: Vec<&str> = profile.dimensions[0]
        .facets
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["d.f1", "d.f2"]);
}

/// Dimension `w` with 12 rating items to reach every band boundary. The unlisted items are
/// not applicable; n >= 8 answered keeps it scored (8*3 = 24 >= 12*2).
#[test]
fn band_boundaries_use_the_rounded_score() {
    let q = build(vec![simple_dimension("w", 12, &[])]);
    #[rustfmt::skip]
    let cases: [(&str, &[u8], f64, u8, usize); 8] = [
        // n=9, sum 15+8 = 23: 25*14/9 = 38.89 -> 39 early
        ("39", &[3, 3, 3, 3, 3, 2, 2, 2, 2], 350.0 / 9.0, 39, 0),
        // n=12, sum 21+10 = 31: 25*19/12 = 39.58 -> 40 developing (exact is below 40)
        ("39.58", &[3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2], 475.0 / 12.0, 40, 1),
        // n=10, sum 18+8 = 26: 25*16/10 = 40 developing
        ("40", &[3, 3, 3, 3, 3, 3, 2, 2, 2, 2], 40.0, 40, 1),
        // n=11, sum 16+21 = 37: 25*26/11 = 59.09 -> 59 developing
        ("59", &[4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3], 650.0 / 11.0, 59, 1),
        // n=10, sum 16+18 = 34: 25*24/10 = 60 established
        ("60", &[4, 4, 4, 4, 3, 3, 3, 3, 3, 3], 60.0, 60, 2),
        // n=12, sum 10+40 = 50: 25*38/12 = 79.17 -> 79 established
        ("79", &[5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 950.0 / 12.0, 79, 2),
        // n=11, sum 10+36 = 46: 25*35/11 = 79.55 -> 80 advanced (exact is below 80)
        ("79.55", &[5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4], 875.0 / 11.0, 80, 3),
        // n=10, sum 10+32 = 42: 25*32/10 = 80 advanced
        ("80", &[5, 5, 4, 4, 4, 4, 4, 4, 4, 4], 80.0, 80, 3),
    ];
    for (name, values, exact, rounded, band) in cases {
        let mut full = values.to_vec();
        full.resize(12, NA);
        let profile = score(&q, &answers_for(&[("w", &full)]));
        let d = &profile.dimensions[0];
        assert!(close(d.exact, Some(exact)), "{name}: {:?}", d.exact);
        assert_eq!(d.score, Some(rounded), "{name}");
        assert_eq!(d.band, Some(band), "{name}");
        assert_eq!(q.bands[band].id, common::BANDS[band].0);
    }
}

#[test]
fn band_for_covers_every_boundary() {
    let q = build(vec![simple_dimension("d", 3, &[])]);
    let cases = [
        (0, 0),
        (39, 0),
        (40, 1),
        (59, 1),
        (60, 2),
        (79, 2),
        (80, 3),
        (100, 3),
        (200, 3),
    ];
    for (score, band) in cases {
        assert_eq!(q.band_for(score), band, "{score}");
    }
}

#[test]
fn overall_is_the_mean_of_dimensions_not_of_items() {
    let q = build(vec![
        simple_dimension("a", 3, &[]),
        simple_dimension("b", 9, &[]),
        simple_dimension("c", 6, &[]),
    ]);
    // a: 5,5,5 -> 100; b: nine 1s -> 0; c unanswered (not scored, left out).
    // Overall = (100 + 0) / 2 = 50. The item mean would be (15 + 9) / 12 = 2 -> 25.
    let answers = answers_for(&[("a", &[5, 5, 5]), ("b", &[1; 9])]);
    let profile = score(&q, &answers);
    assert_eq!(profile.dimensions[2].score, None);
    assert!(close(profile.overall_exact, Some(50.0)));
    assert_eq!(profile.overall, Some(50));
    assert_eq!(profile.overall_band, Some(1));

    // a: 5,5,4 -> 25*11/3 = 91.67; b: 0; c: 3,3,3,3,NA,NA -> 50.
    // Overall = (91.67 + 0 + 50) / 3 = 47.22 -> 47, developing.
    let answers = answers_for(&[
        ("a", &[5, 5, 4]),
        ("b", &[1; 9]),
        ("c", &[3, 3, 3, 3, NA, NA]),
    ]);
    let profile = score(&q, &answers);
    assert!(close(
        profile.overall_exact,
        Some((275.0 / 3.0 + 50.0) / 3.0)
    ));
    assert_eq!(profile.overall, Some(47));
    assert_eq!(profile.overall_band, Some(1));
}

#[test]
fn overall_rounds_from_the_mean_of_exact_scores() {
    let q = build(vec![
        simple_dimension("a", 4, &[]),
        simple_dimension("b", 4, &[]),
    ]);
    // a: 4,3,3,3 -> 25*9/4 = 56.25 (56); b: 4,4,3,3 -> 25*10/4 = 62.5 (63).
    // Overall = (56.25 + 62.5) / 2 = 59.375 -> 59 (the mean of the rounded 56 and 63 would be
    // 59.5 -> 60, established).
    let answers = answers_for(&[("a", &[4, 3, 3, 3]), ("b", &[4, 4, 3, 3])]);
    let profile = score(&q, &answers);
    assert_eq!(profile.dimensions[0].score, Some(56));
    assert_eq!(profile.dimensions[1].score, Some(63));
    assert_eq!(profile.overall, Some(59));
    assert_eq!(profile.overall_band, Some(1));
}

#[test]
fn no_scored_dimension_means_no_overall() {
    let q = build(vec![simple_dimension("a", 3, &[])]);
    // 1 of 3 answered: 3 < 6.
    let profile = score(&q, &answers_for(&[("a", &[5, NO, NA])]));
    assert_eq!(profile.overall, None);
    assert_eq!(profile.overall_exact, None);
    assert_eq!(profile.overall_band, None);
    assert!(profile.strengths.is_empty() && profile.growth.is_empty());
}

#[test]
fn judgement_scores_are_separate_from_self_ratings() {
    let q = build(vec![
        dimension(
            "j",
            &["j.f1", "j.f2"],
            vec![
                rating("j.1", "j.f1", false),
                judgement("j.s1", &[3, 1, 0]),
                rating("j.2", "j.f2", false),
                rating("j.3", "j.f1", false),
                judgement("j.s2", &[0, 2, 3, 1]),
            ],
        ),
        dimension(
            "k",
            &["k.f1", "k.f2"],
            vec![
                rating("k.1", "k.f1", false),
                rating("k.2", "k.f2", false),
                rating("k.3", "k.f2", false),
                judgement("k.s1", &[1, 3, 2]),
            ],
        ),
    ]);
    let choice = |id: &str| Answer::Choice(id.to_string());
    let mut answers = answers_for(&[("j", &[3, 3, 3])]);
    answers.insert("j.s1".into(), choice("b")); // 1 of 3
    answers.insert("j.s2".into(), choice("b")); // 2 of 3
    answers.insert("k.s1".into(), choice("b")); // 3 of 3
    let profile = score(&q, &answers);
    let (j, k) = (&profile.dimensions[0], &profile.dimensions[1]);
    // j: 100 * (1 + 2) / 6 = 50; k: 100 * 3 / 3 = 100; all: 100 * 6 / 9 = 66.67 -> 67
    assert_eq!(j.judgement, Some(50));
    assert_eq!(k.judgement, Some(100));
    assert_eq!(profile.judgement, Some(67));
    assert_eq!((j.judgement_answered, j.judgement_items), (2, 2));
    assert_eq!((k.judgement_answered, k.judgement_items), (1, 1));
    // Self-ratings unaffected: j = 3,3,3 -> 50 with 3 rating items; k has no ratings.
    assert_eq!((j.score, j.rating_items), (Some(50), 3));
    assert_eq!((k.score, k.rating_items), (None, 3));
    assert_eq!(profile.overall, Some(50));

    // Only j.s1 answered: j = 100 * 1 / 3 = 33.33 -> 33; k none; all = 33.
    // An unknown option id counts as unanswered.
    let mut answers = Answers::new();
    answers.insert("j.s1".into(), choice("b"));
    answers.insert("j.s2".into(), choice("z"));
    let profile = score(&q, &answers);
    assert_eq!(profile.dimensions[0].judgement, Some(33));
    assert_eq!(profile.dimensions[0].judgement_answered, 1);
    assert_eq!(profile.dimensions[1].judgement, None);
    assert_eq!(profile.judgement, Some(33));
    assert_eq!(score(&q, &Answers::new()).judgement, None);
}

#[test]
fn invalid_answers_are_ignored() {
    let q = build(vec![dimension(
        "d",
        &["d.f1", "d.f2"],
        vec![
            rating("d.1", "d.f1", false),
            rating("d.2", "d.f2", false),
            rating("d.3", "d.f1", false),
            judgement("d.s1", &[3, 2, 1]),
        ],
    )]);
    let mut answers = Answers::new();
    answers.insert("d.1".into(), Answer::Rating(0));
    answers.insert("d.2".into(), Answer::Rating(6));
    answers.insert("d.3".into(), Answer::Choice("a".into()));
    answers.insert("d.s1".into(), Answer::Rating(5));
    answers.insert("nope".into(), Answer::Rating(5));
    let d = &score(&q, &answers).dimensions[0];
    assert_eq!((d.answered, d.not_applicable, d.score), (0, 0, None));
    assert_eq!((d.judgement_answered, d.judgement), (0, None));
}

/// Five 3-item dimensions; values per dimension (all items the same value).
fn highlights(values: &[Option<u8>]) -> (Vec<usize>, Vec<usize>) {
    let ids = ["a", "b", "c", "d", "e"];
    let q = build(
        ids[..values.len()]
            .iter()
            .map(|id| simple_dimension(id, 3, &[]))
            .collect(),
    );
    let mut answers = Answers::new();
    for (id, value) in ids.iter().zip(values) {
        if let Some(v) = value {
            answers.extend(dimension_ratings(id, &[*v; 3]));
        }
    }
    let profile = score(&q, &answers);
    (profile.strengths, profile.growth)
}

/// (name, value per dimension, expected strengths, expected growth areas)
type HighlightCase = (
    &'static str,
    &'static [Option<u8>],
    &'static [usize],
    &'static [usize],
);

#[test]
fn strengths_and_growth_areas() {
    // Scores: value 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100; None = not scored.
    #[rustfmt::skip]
    let cases: [HighlightCase; 9] = [
        // 50, 100, 75, 100, 0: top two 100s (b before d); bottom of the rest: e (0), a (50)
        ("ties at the top", &[Some(3), Some(5), Some(4), Some(5), Some(1)], &[1, 3], &[4, 0]),
        // 50, 100, 75, 100, 50: growth a (50) before e (50) by content order
        ("ties at the bottom", &[Some(3), Some(5), Some(4), Some(5), Some(3)], &[1, 3], &[0, 4]),
        // all 50: strengths a, b; growth from the rest c, d
        ("all equal", &[Some(3), Some(3), Some(3), Some(3)], &[0, 1], &[2, 3]),
        // 25, 75, 100, 0 -> strengths c, b; growth d, a
        ("four distinct", &[Some(2), Some(4), Some(5), Some(1)], &[2, 1], &[3, 0]),
        // 3 scored: one each, the middle one is neither
        ("three scored", &[Some(3), Some(5), Some(4)], &[1], &[0]),
        // 3 scored, b unscored: 50, -, 75, 0 -> strength c, growth d
        ("unscored left out", &[Some(3), None, Some(4), Some(1)], &[2], &[3]),
        ("two equal", &[Some(4), Some(4)], &[0], &[1]),
        ("one scored", &[Some(4), None], &[], &[]),
        ("none scored", &[None, None, None], &[], &[]),
    ];
    for (name, values, strengths, growth) in cases {
        let (s, g) = highlights(values);
        assert_eq!((s.as_slice(), g.as_slice()), (strengths, growth), "{name}");
    }
}
