//! Component tests in headless Chromium (wasm-bindgen-test): the question group, the progress
//! indicator and the profile chart, rendered with the shipped English content.
#![cfg(target_arch = "wasm32")]

use assessment::answers::{Answer, Answers};
use assessment::i18n::{Catalog, Lang};
use assessment::questionnaire::Questionnaire;
use assessment::scoring::score;
use assessment::session::Intent;
use readiness_app::components::{chart, ctx::Ctx, progress, question};
use readiness_app::loader::Bundle;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ctx() -> Ctx {
    let catalog = Catalog::parse(Lang::En, include_str!("../content/ui/en.json"), None).unwrap();
    let questionnaire =
        Questionnaire::from_json(include_str!("../content/assessment.en.json")).unwrap();
    Ctx::new(Rc::new(Bundle {
        catalog,
        questionnaire,
    }))
}

fn root() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn recorder() -> (Rc<RefCell<Vec<Intent>>>, Callback<Intent>) {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    (log, Callback::from(move |i| l.borrow_mut().push(i)))
}

#[wasm_bindgen_test]
async fn rating_question_is_a_labelled_radio_group_that_reports_answers() {
    let ctx = ctx();
    let item = ctx.q().dimensions[0].items[0].clone();
    let (log, on_intent) = recorder();
    let el = root();
    let props = question::Props {
        ctx: ctx.clone(),
        item: item.clone(),
        number: 1,
        answer: Some(Answer::Rating(2)),
        on_intent,
    };
    yew::Renderer::<question::Question>::with_root_and_props(el.clone(), props).render();
    settle().await;

    let radios = el.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 6, "five scale points plus not applicable");
    let checked: web_sys::HtmlInputElement = el
        .query_selector("input:checked")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(checked.id(), "q-trust-r1-2");
    assert!(el
        .query_selector("legend")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Question 1"));

    // Clicking "Usually" reports a rating of 4.
    let usually: web_sys::HtmlElement = el
        .query_selector("#q-trust-r1-4")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    usually.click();
    // Number key 5 on the group reports a rating of 5.
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("5");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    usually.dispatch_event(&ev).unwrap();
    let na: web_sys::HtmlElement = el
        .query_selector("#q-trust-r1-na")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    na.click();
    let log = log.borrow();
    let answers: Vec<Answer> = log
        .iter()
        .filter_map(|i| match i {
            Intent::Answer { item: id, answer } if *id == item.id => Some(answer.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        answers,
        vec![Answer::Rating(4), Answer::Rating(5), Answer::NotApplicable]
    );
}

#[wasm_bindgen_test]
async fn judgement_question_offers_its_options() {
    let ctx = ctx();
    let item = ctx.q().dimensions[0]
        .items
        .iter()
        .find(|i| i.id.ends_with(".j1"))
        .unwrap()
        .clone();
    let (log, on_intent) = recorder();
    let el = root();
    yew::Renderer::<question::Question>::with_root_and_props(
        el.clone(),
        question::Props {
            ctx: ctx.clone(),
            item: item.clone(),
            number: 7,
            answer: None,
            on_intent,
        },
    )
    .render();
    settle().await;
    let radios = el.query_selector_all("input[type=radio]").unwrap();
    assert!(radios.length() >= 3 && radios.length() <= 4);
    assert!(el.query_selector("input:checked").unwrap().is_none());
    let b: web_sys::HtmlElement = el
        .query_selector(&format!("#{}-b", question::item_dom_id(&item.id)))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    b.click();
    assert_eq!(log.borrow().len(), 1);
    assert!(
        matches!(&log.borrow()[0], Intent::Answer { answer: Answer::Choice(c), .. } if c == "b")
    );
}

#[wasm_bindgen_test]
async fn progress_shows_step_percent_and_questions_left() {
    let ctx = ctx();
    let mut answers = Answers::new();
    for item in ctx.q().dimensions[0].items.iter().take(4) {
        answers.insert(item.id.clone(), Answer::NotApplicable);
    }
    let total = ctx.q().item_count();
    let (_log, on_intent) = recorder();
    let el = root();
    yew::Renderer::<progress::Progress>::with_root_and_props(
        el.clone(),
        progress::Props {
            ctx: ctx.clone(),
            dim: 2,
            answers,
            on_intent,
        },
    )
    .render();
    settle().await;
    let text = el.text_content().unwrap();
    assert!(text.contains("Step 3 of 7"), "{text}");
    // Percent answered rounds down, so 100 % only ever means everything is answered.
    let percent = 4 * 100 / total;
    assert!(text.contains(&format!("{percent} % answered")), "{text}");
    assert!(
        text.contains(&format!("{} questions left", total - 4)),
        "{text}"
    );
    assert_eq!(el.query_selector_all(".stepper-dot").unwrap().length(), 7);
    assert!(el
        .query_selector(".stepper-dot.is-current")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains('3'));
}

#[wasm_bindgen_test]
async fn chart_draws_every_scored_dimension_and_a_table_with_the_same_numbers() {
    let ctx = ctx();
    let mut answers = Answers::new();
    // Every dimension but the third answered "usually"; the third is left empty.
    for (d, dim) in ctx.q().dimensions.iter().enumerate() {
        if d == 2 {
            continue;
        }
        for item in &dim.items {
            answers.insert(item.id.clone(), Answer::Rating(4));
        }
    }
    let (_log, _) = recorder();
    let profile = score(ctx.q(), &answers);
    let el = root();
    yew::Renderer::<chart::ProfileChart>::with_root_and_props(
        el.clone(),
        chart::Props {
            ctx: ctx.clone(),
            profile: profile.clone(),
        },
    )
    .render();
    settle().await;
    assert_eq!(
        el.query_selector_all("svg.radar .radar-point")
            .unwrap()
            .length(),
        6,
        "no point for the unscored dimension"
    );
    assert_eq!(
        el.query_selector_all("svg.radar .radar-label")
            .unwrap()
            .length(),
        7
    );
    let rows = el.query_selector_all("#score-table tbody tr").unwrap();
    assert_eq!(rows.length(), 7);
    let row = |i: u32| rows.item(i).unwrap().text_content().unwrap();
    let expected = profile.dimensions[0].score.unwrap().to_string();
    assert!(row(0).contains(&expected), "{}", row(0));
    assert!(row(2).contains("Not enough answers"), "{}", row(2));
    assert!(
        el.query_selector("svg.radar title").unwrap().is_some(),
        "the chart has a text alternative"
    );
}

/// Renders the card of the first dimension for `answers` and `plan`.
async fn render_first_card(
    ctx: &Ctx,
    answers: &Answers,
    plan: assessment::plan::Plan,
) -> web_sys::Element {
    use readiness_app::components::dimension_card;
    let profile = score(ctx.q(), answers);
    let el = root();
    let props = dimension_card::Props {
        ctx: ctx.clone(),
        dim: 0,
        score: profile.dimensions[0].clone(),
        plan,
        on_toggle: Callback::noop(),
        readonly: false,
    };
    yew::Renderer::<dimension_card::DimensionCard>::with_root_and_props(el.clone(), props).render();
    settle().await;
    el
}

/// Answers the first `n` rating items of the first dimension with `value`.
fn first_ratings(ctx: &Ctx, n: usize, value: u8) -> Answers {
    ctx.q().dimensions[0]
        .items
        .iter()
        .filter(|i| i.is_rating())
        .take(n)
        .map(|i| (i.id.clone(), Answer::Rating(value)))
        .collect()
}

#[wasm_bindgen_test]
async fn an_unscored_dimension_card_says_so_and_how_many_answers_it_needs() {
    let ctx = ctx();
    // Three of six statements answered: below the two-thirds threshold (4).
    let el = render_first_card(&ctx, &first_ratings(&ctx, 3, 5), Default::default()).await;
    let text = el.text_content().unwrap();
    assert!(text.contains("Not enough answers"), "{text}");
    assert!(
        text.contains("Answer at least 4 of the 6 statements"),
        "{text}"
    );
    assert!(
        el.query_selector(".dim-score .score-num")
            .unwrap()
            .is_none(),
        "no number, never a zero"
    );
    assert!(
        el.query_selector(".tips").unwrap().is_none(),
        "no band, so no tips"
    );
}

#[wasm_bindgen_test]
async fn a_full_plan_locks_the_other_tips() {
    use assessment::plan::Plan;
    let ctx = ctx();
    let answers = first_ratings(&ctx, usize::MAX, 4);
    let band = score(ctx.q(), &answers).dimensions[0].band.unwrap();
    let tips: Vec<String> = ctx.q().dimensions[0].feedback[band]
        .tips
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let plan = Plan::default().toggle("x.1").toggle("x.2").toggle(&tips[0]);
    let el = render_first_card(&ctx, &answers, plan).await;
    let boxes = el.query_selector_all(".tip input[type=checkbox]").unwrap();
    assert_eq!(boxes.length() as usize, tips.len());
    let input =
        |i: u32| -> web_sys::HtmlInputElement { boxes.item(i).unwrap().dyn_into().unwrap() };
    assert!(
        input(0).checked() && !input(0).disabled(),
        "the chosen tip can be unticked"
    );
    for i in 1..boxes.length() {
        assert!(
            input(i).disabled(),
            "tip {i} is locked while the plan is full"
        );
    }
}
