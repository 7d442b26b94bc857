//! Property tests of the scoring rules on a questionnaire with every kind of item.

mod common;
#[path = "result_support/mod.rs"]
mod result_support;

use assessment::answers::{Answer, Answers};
use assessment::questionnaire::{ItemKind, Questionnaire};
use assessment::scoring::{score, Profile};
use assessment::session::{Intent, Session};
use common::{build, dimension, judgement, rating, simple_dimension};
use proptest::prelude::*;
use result_support::answers_strategy;

/// a: 6 items, a.6 reverse; b: 3 items; c: 12 items, c.2 and c.5 reverse, plus two judgement
/// items; d: 4 items with one judgement item.
fn q() -> Questionnaire {
    let mut c_items: Vec<_> = (1..=12)
        .map(|i| {
            let facet = ["c.f1", "c.f2", "c.f3"][i % 3];
            rating(&format!("c.{i}"), facet, i == 2 || i == 5)
        })
        .collect();
    c_items.insert(3, judgement("c.s1", &[3, 1, 0]));
    c_items.push(judgement("c.s2", &[2, 0, 3, 1]));
    build(vec![
        simple_dimension("a", 6, &[6]),
        simple_dimension("b", 3, &[]),
        dimension("c", &["c.f1", "c.f2", "c.f3"], c_items),
        {
            let mut d = simple_dimension("d", 4, &[1]);
            d["items"]
                .as_array_mut()
                .unwrap()
                .push(judgement("d.s1", &[1, 3, 0]));
            d
        },
    ])
}

/// A complete answer set: every rating 1..=5, every judgement item answered.
fn complete_strategy(q: &Questionnaire) -> impl Strategy<Value = Answers> {
    let per_item: Vec<BoxedStrategy<(String, Answer)>> = q
        .all_items()
        .map(|(_, item)| {
            let id = item.id.clone();
            match &item.kind {
                ItemKind::Rating { .. } => (1u8..=5)
                    .prop_map(move |v| (id.clone(), Answer::Rating(v)))
                    .boxed(),
                ItemKind::Judgement { options, .. } => {
                    let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
                    proptest::sample::select(ids)
                        .prop_map(move |o| (id.clone(), Answer::Choice(o)))
                        .boxed()
                }
            }
        })
        .collect();
    per_item.prop_map(|pairs| pairs.into_iter().collect())
}

fn in_range(profile: &Profile) -> Result<(), TestCaseError> {
    let exact_ok = |e: Option<f64>| e.is_none_or(|e| (0.0..=100.0).contains(&e));
    prop_assert!(profile.overall.is_none_or(|s| s <= 100));
    prop_assert!(exact_ok(profile.overall_exact));
    prop_assert!(profile.judgement.is_none_or(|s| s <= 100));
    for d in &profile.dimensions {
        prop_assert!(d.score.is_none_or(|s| s <= 100));
        prop_assert!(exact_ok(d.exact));
        prop_assert!(d.judgement.is_none_or(|s| s <= 100));
        for f in &d.facets {
            prop_assert!(f.score.is_none_or(|s| s <= 100));
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn every_score_is_within_0_to_100(answers in answers_strategy(&q())) {
        in_range(&score(&q(), &answers))?;
    }

    #[test]
    fn a_higher_answer_moves_its_dimension_the_keyed_way(
        answers in answers_strategy(&q()),
        pick in any::<proptest::sample::Index>(),
    ) {
        let q = q();
        // Items answered with 1..=4 can be raised by one.
        let raisable: Vec<(usize, String, bool, u8)> = q
            .all_items()
            .filter_map(|(d, item)| match (&item.kind, answers.get(&item.id)) {
                (ItemKind::Rating { reverse, .. }, Some(Answer::Rating(v))) if *v < 5 => {
                    Some((d, item.id.clone(), *reverse, *v))
                }
                _ => None,
            })
            .collect();
        prop_assume!(!raisable.is_empty());
        let (d, id, reverse, v) = &raisable[pick.index(raisable.len())];
        let mut raised = answers.clone();
        raised.insert(id.clone(), Answer::Rating(v + 1));
        let before = score(&q, &answers).dimensions[*d].clone();
        let after = score(&q, &raised).dimensions[*d].clone();
        // Raising never changes whether the dimension is scored.
        prop_assert_eq!(before.exact.is_some(), after.exact.is_some());
        if let (Some(b), Some(a), Some(bs), Some(as_)) = (before.exact, after.exact, before.score, after.score) {
            if *reverse {
                prop_assert!(a < b && as_ <= bs, "reverse {id}: {b} -> {a}");
            } else {
                prop_assert!(a > b && as_ >= bs, "positive {id}: {b} -> {a}");
            }
        }
    }

    #[test]
    fn answer_order_does_not_matter(
        pairs in answers_strategy(&q()).prop_map(|a| a.into_iter().collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let q = q();
        let forward: Answers = pairs.iter().cloned().collect();
        let backward: Answers = pairs.iter().rev().cloned().collect();
        // The same answers given one by one through the session, in the shuffled order.
        let session = pairs.iter().fold(Session::new(), |s, (item, answer)| {
            s.apply(&q, Intent::Answer { item: item.clone(), answer: answer.clone() })
        });
        prop_assert_eq!(&session.answers, &forward);
        prop_assert_eq!(score(&q, &forward), score(&q, &backward));
        prop_assert_eq!(score(&q, &session.answers), score(&q, &forward));
    }

    #[test]
    fn a_complete_answer_set_scores_every_dimension(answers in complete_strategy(&q())) {
        let q = q();
        let profile = score(&q, &answers);
        prop_assert!(profile.dimensions.iter().all(|d| d.score.is_some() && d.band.is_some()));
        prop_assert!(profile.dimensions.iter().all(|d| d.facets.iter().all(|f| f.score.is_some())));
        prop_assert!(profile.overall.is_some() && profile.judgement.is_some());
        prop_assert_eq!(profile.strengths.len(), 2);
        prop_assert_eq!(profile.growth.len(), 2);
        prop_assert!(profile.strengths.iter().all(|s| !profile.growth.contains(s)));
        in_range(&profile)?;
    }

    #[test]
    fn strengths_are_never_below_growth_areas(answers in answers_strategy(&q())) {
        let profile = score(&q(), &answers);
        let exact = |d: usize| profile.dimensions[d].exact.unwrap();
        for &s in &profile.strengths {
            for &g in &profile.growth {
                prop_assert!(s != g && exact(s) >= exact(g));
            }
        }
    }
}
