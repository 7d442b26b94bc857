//! The worked example of `docs/scoring.md`, computed by the crate: if this fails, the document
//! and the code disagree.

mod common;

use assessment::answers::{Answer, Answers};
use assessment::consistency::Flag;
use assessment::scoring::score;
use common::{build, dimension, judgement, rating, simple_dimension};

fn example() -> assessment::questionnaire::Questionnaire {
    let mut trust = simple_dimension("trust", 6, &[]);
    trust["items"]
        .as_array_mut()
        .unwrap()
        .push(judgement("trust.sj1", &[0, 1, 3]));
    build(vec![
        trust,
        dimension(
            "prof",
            &["prof.prep", "prof.listen", "prof.follow"],
            vec![
                rating("prof.1", "prof.prep", false),
                rating("prof.2", "prof.prep", false),
                rating("prof.3", "prof.listen", false),
                rating("prof.4", "prof.listen", false),
                rating("prof.5", "prof.follow", false),
                rating("prof.6", "prof.follow", true),
                judgement("prof.sj1", &[1, 3, 0, 2]),
            ],
        ),
        simple_dimension("tech", 6, &[]),
    ])
}

fn answers(prof: [u8; 6]) -> Answers {
    let mut answers = Answers::new();
    let mut put = |id: String, v: u8| {
        let a = if v == 0 {
            Answer::NotApplicable
        } else {
            Answer::Rating(v)
        };
        answers.insert(id, a);
    };
    for (i, v) in [4, 4, 3, 3, 4, 3].into_iter().enumerate() {
        put(format!("trust.{}", i + 1), v);
    }
    for (i, v) in prof.into_iter().enumerate() {
        put(format!("prof.{}", i + 1), v);
    }
    for (i, v) in [5, 4, 4, 4, 4, 4].into_iter().enumerate() {
        put(format!("tech.{}", i + 1), v);
    }
    answers.insert("prof.sj1".into(), Answer::Choice("b".into())); // worth 3
    answers.insert("trust.sj1".into(), Answer::Choice("b".into())); // worth 1
    answers
}

#[test]
fn the_documented_example() {
    let q = example();
    // Professionalism: 4, 5, 3, not applicable, 3, and the lapse item answered 2.
    let profile = score(&q, &answers([4, 5, 3, 0, 3, 2]));
    let prof = &profile.dimensions[1];
    assert_eq!(
        (prof.answered, prof.not_applicable, prof.rating_items),
        (5, 1, 6)
    );
    assert_eq!(prof.exact, Some(70.0));
    assert_eq!(prof.score, Some(70));
    assert_eq!(q.bands[prof.band.unwrap()].id, "established");
    let facets: Vec<Option<u8>> = prof.facets.iter().map(|f| f.score).collect();
    assert_eq!(facets, [Some(88), Some(50), Some(63)]);

    assert_eq!(profile.dimensions[0].exact, Some(62.5));
    assert_eq!(profile.dimensions[0].score, Some(63));
    assert_eq!(profile.dimensions[2].score, Some(79));
    assert_eq!(profile.overall, Some(71));
    assert_eq!(q.bands[profile.overall_band.unwrap()].id, "established");

    assert_eq!(prof.judgement, Some(100));
    assert_eq!(profile.dimensions[0].judgement, Some(33));
    assert_eq!(profile.judgement, Some(67));

    // Fewer than four scored dimensions: one strength, one growth area.
    assert_eq!(profile.strengths, [2]);
    assert_eq!(profile.growth, [0]);
    assert!(profile.flags.is_empty());
}

#[test]
fn the_documented_flag() {
    let q = example();
    // Items 3 and 5 answered 4 instead of 3, and the lapse item answered 4.
    let profile = score(&q, &answers([4, 5, 4, 0, 4, 4]));
    assert_eq!(
        profile.flags,
        [Flag::ReverseContradiction {
            dimension: 1,
            item: "prof.6".into(),
            reverse_answer: 4,
            positive_mean_tenths: 43,
        }]
    );
    // keyed 4, 5, 4, 4, 2: mean 3.8 -> 70, the same score as before.
    assert_eq!(profile.dimensions[1].score, Some(70));
}
