//! Consistency flags: thresholds at their boundaries and the evidence each flag carries.

mod common;

use assessment::answers::Answers;
use assessment::consistency::{flags, Flag};
use assessment::scoring::score;
use common::{build, dimension_ratings, simple_dimension};

const NA: u8 = 0;
const NO: u8 = 9;

/// Answers for dimensions `a`, `b`, `c` from value lists (NA = not applicable, NO = skip).
fn answers(dims: &[(&str, &[u8])]) -> Answers {
    dims.iter()
        .flat_map(|(id, values)| {
            dimension_ratings(id, values)
                .into_iter()
                .zip(values.iter())
                .filter(|(_, v)| **v != NO)
                .map(|(pair, _)| pair)
        })
        .collect()
}

/// (name, answers to a, answers to b, expected flag)
type TwoDims = (&'static str, &'static [u8], &'static [u8], Option<Flag>);
/// (name, answers to a, b and c, expected flag)
type ThreeDims = (
    &'static str,
    &'static [u8],
    &'static [u8],
    &'static [u8],
    Option<Flag>,
);

fn straight(f: &[Flag]) -> Vec<&Flag> {
    f.iter()
        .filter(|f| matches!(f, Flag::StraightLining { .. }))
        .collect()
}

#[test]
fn straight_lining_threshold() {
    // a: six items, a.6 reverse-keyed; b: six items. Raw values count, before keying.
    let q = build(vec![
        simple_dimension("a", 6, &[6]),
        simple_dimension("b", 6, &[]),
    ]);
    #[rustfmt::skip]
    let cases: [TwoDims; 5] = [
        // 12 answers all raw 4 (a.6 keys to 2, still raw 4): 12/12 = 100 %
        ("all the same", &[4; 6], &[4; 6],
         Some(Flag::StraightLining { value: 4, share_percent: 100, answered: 12 })),
        // 11 of 12 are 4: 91.67 % -> 92
        ("eleven of twelve", &[4, 4, 4, 4, 4, 3], &[4; 6],
         Some(Flag::StraightLining { value: 4, share_percent: 92, answered: 12 })),
        // 9 of 10 are 2 (two skipped): exactly 90 %
        ("nine of ten", &[2, 2, 2, 2, 2, NO], &[2, 2, 2, 2, 5, NO],
         Some(Flag::StraightLining { value: 2, share_percent: 90, answered: 10 })),
        // 8 of 10: 80 %
        ("eight of ten", &[2, 2, 2, 2, 2, NO], &[2, 2, 2, 5, 5, NO], None),
        // 9 answers all 5 (NA does not count): fewer than 10
        ("only nine answers", &[5, 5, 5, 5, 5, NA], &[5, 5, 5, 5, NA, NA], None),
    ];
    for (name, a, b, expected) in cases {
        let found = flags(&q, &answers(&[("a", a), ("b", b)]));
        assert_eq!(
            straight(&found),
            expected.iter().collect::<Vec<_>>(),
            "{name}"
        );
    }
}

#[test]
fn reverse_contradiction() {
    // a: a.1..a.5 positive, a.6 reverse-keyed.
    let q = build(vec![simple_dimension("a", 6, &[6])]);
    let contradiction = |reverse_answer, positive_mean_tenths| Flag::ReverseContradiction {
        dimension: 0,
        item: "a.6".into(),
        reverse_answer,
        positive_mean_tenths,
    };
    #[rustfmt::skip]
    let cases: [(&str, [u8; 6], Option<Flag>); 8] = [
        // positives 4,4,4,4,4: mean 4.0 and reverse raw 4
        ("high and high", [4, 4, 4, 4, 4, 4], Some(contradiction(4, 40))),
        // positives 5,4,4,4,4: mean 21/5 = 4.2, reverse raw 5
        ("mean 4.2", [5, 4, 4, 4, 4, 5], Some(contradiction(5, 42))),
        // positives 4,4,4,4,3: mean 3.8 < 4.0
        ("mean 3.8", [4, 4, 4, 4, 3, 5], None),
        // positives high, reverse raw 3: not >= 4
        ("reverse 3", [5, 5, 5, 5, 5, 3], None),
        // positives 2,2,2,1,1: mean 1.6, reverse raw 2
        ("low and low", [2, 2, 2, 1, 1, 2], Some(contradiction(2, 16))),
        // positives 2,2,2,2,3: mean 2.2 > 2.0
        ("mean 2.2", [2, 2, 2, 2, 3, 1], None),
        // consistent answers: high positives, low lapse
        ("consistent", [5, 5, 4, 4, 5, 1], None),
        // only one positive answered: no mean to compare
        ("one positive", [5, NO, NO, NO, NO, 5], None),
    ];
    for (name, values, expected) in cases {
        let found: Vec<Flag> = flags(&q, &answers(&[("a", &values)]))
            .into_iter()
            .filter(|f| matches!(f, Flag::ReverseContradiction { .. }))
            .collect();
        assert_eq!(found, expected.into_iter().collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn many_not_applicable() {
    let q = build(vec![
        simple_dimension("a", 6, &[]),
        simple_dimension("b", 6, &[]),
        simple_dimension("c", 6, &[]),
    ]);
    let many = |count, total| Some(Flag::ManyNotApplicable { count, total });
    #[rustfmt::skip]
    let cases: [ThreeDims; 4] = [
        // 4 NA of 12 answered-or-NA: 33 %
        ("4 of 12", &[NA, NA, NA, NA, 3, 4], &[3, 4, 3, 4, 3, 4], &[], many(4, 12)),
        // 4 NA of 16: exactly 25 %
        ("4 of 16", &[NA, NA, NA, NA, 3, 4], &[3, 4, 3, 4, 3, 4], &[3, 4, 3, 4], many(4, 16)),
        // 4 NA of 17: 23.5 %
        ("4 of 17", &[NA, NA, NA, NA, 3, 4], &[3, 4, 3, 4, 3, 4], &[3, 4, 3, 4, 5], None),
        // 3 NA of 4: 75 % but fewer than 4
        ("3 of 4", &[NA, NA, NA, 3], &[], &[], None),
    ];
    for (name, a, b, c, expected) in cases {
        let found: Vec<Flag> = flags(&q, &answers(&[("a", a), ("b", b), ("c", c)]))
            .into_iter()
            .filter(|f| matches!(f, Flag::ManyNotApplicable { .. }))
            .collect();
        assert_eq!(found, expected.into_iter().collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn not_enough_answers_names_what_is_missing() {
    // a: 6 items need 4 (6*2/3); b: 3 items need 2 (ceil(3*2/3) = 2); c: 4 items need 3
    // (ceil(8/3) = 3).
    let q = build(vec![
        simple_dimension("a", 6, &[]),
        simple_dimension("b", 3, &[]),
        simple_dimension("c", 4, &[]),
    ]);
    let found = flags(
        &q,
        &answers(&[
            ("a", &[3, 3, 3, NA]),
            ("b", &[3, 3]),
            ("c", &[3, 3, NA, NA]),
        ]),
    );
    assert_eq!(
        found,
        [
            Flag::NotEnoughAnswers {
                dimension: 0,
                answered: 3,
                needed: 4
            },
            Flag::NotEnoughAnswers {
                dimension: 2,
                answered: 2,
                needed: 3
            },
        ]
    );
}

#[test]
fn the_profile_carries_the_flags_in_order() {
    let q = build(vec![
        simple_dimension("a", 6, &[6]),
        simple_dimension("b", 6, &[]),
    ]);
    // a: all 4 (contradiction: positives 4.0, reverse raw 4); b: five 4 and one NA.
    // 11 answers, all raw 4: straight-lining 100 %.
    let found = score(&q, &answers(&[("a", &[4; 6]), ("b", &[4, 4, 4, 4, 4, NA])])).flags;
    assert_eq!(
        found,
        [
            Flag::StraightLining {
                value: 4,
                share_percent: 100,
                answered: 11
            },
            Flag::ReverseContradiction {
                dimension: 0,
                item: "a.6".into(),
                reverse_answer: 4,
                positive_mean_tenths: 40
            },
        ]
    );
}
