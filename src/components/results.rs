//! The results page: overall score and band, chart, strengths and growth areas, reliability
//! flags, one card per dimension, judgement score, action plan, and print.

use super::{
    chart::ProfileChart, ctx::Ctx, dimension_card::DimensionCard, plan_panel::PlanPanel,
    score::Score,
};
use crate::browser;
use assessment::answers::Answers;
use assessment::attempts::{change, Change};
use assessment::consistency::Flag;
use assessment::i18n::Key;
use assessment::plan::Plan;
use assessment::scoring::score;
use assessment::session::{Intent, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub answers: Answers,
    pub plan: Plan,
    pub on_intent: Callback<Intent>,
    pub on_toggle_tip: Callback<String>,
    pub on_restart: Callback<()>,
    /// A shared, imported or past result: no plan, no editing.
    #[prop_or_default]
    pub readonly: bool,
    /// Shown above the heading (the "shared result" banner).
    #[prop_or_default]
    pub banner: Html,
    /// Shown after the plan (the share panel) or replacing the actions (read-only views).
    #[prop_or_default]
    pub extra: Html,
    /// Completion date, formatted.
    #[prop_or_default]
    pub date: Option<String>,
    /// Change per dimension since the previous attempt, and that attempt's formatted date.
    #[prop_or_default]
    pub deltas: Option<(Vec<Option<i16>>, String)>,
}

#[function_component(ResultsPage)]
pub fn results_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let profile = score(q, &p.answers);
    let dim_name = |i: usize| {
        q.dimensions
            .get(i)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    let flag_text = |f: &Flag| -> String {
        match f {
            Flag::StraightLining {
                value,
                share_percent,
                ..
            } => {
                let label = q
                    .scale
                    .points
                    .iter()
                    .find(|pt| pt.value == *value)
                    .map(|pt| pt.label.clone())
                    .unwrap_or_default();
                t.fmt(
                    Key::FlagStraight,
                    &[("value", &label), ("share", &share_percent.to_string())],
                )
            }
            Flag::ReverseContradiction {
                dimension, item, ..
            } => {
                let text = q
                    .item(item)
                    .map(|(_, it)| it.prompt().to_string())
                    .unwrap_or_default();
                t.fmt(
                    Key::FlagReverse,
                    &[("area", &dim_name(*dimension)), ("item", &text)],
                )
            }
            Flag::ManyNotApplicable { count, total } => t.fmt(
                Key::FlagNa,
                &[("count", &count.to_string()), ("total", &total.to_string())],
            ),
            Flag::NotEnoughAnswers {
                dimension,
                answered,
                needed,
            } => t.fmt(
                Key::FlagNotEnough,
                &[
                    ("area", &dim_name(*dimension)),
                    ("answered", &answered.to_string()),
                    ("needed", &needed.to_string()),
                ],
            ),
        }
    };
    let print = Callback::from(|_| browser::print());
    let edit = {
        let cb = p.on_intent.clone();
        Callback::from(move |_| cb.emit(Intent::GoTo(Step::Dimension(0))))
    };
    let restart = {
        let cb = p.on_restart.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let overall_band = profile.overall_band.and_then(|b| q.bands.get(b));
    html! {
        <section class="results" aria-labelledby="page-heading">
            { p.banner.clone() }
            <h1 id="page-heading" tabindex="-1">{ t.get(Key::ResultsHeading) }</h1>
            if let Some(date) = &p.date {
                <p class="results-date">{ t.fmt(Key::ResultsDate, &[("date", date)]) }</p>
            }
            <div class="overview">
                <div class="card overall" id="overall">
                    <h2>{ t.get(Key::ResultsOverall) }</h2>
                    if let (Some(score), Some(band)) = (profile.overall, overall_band) {
                        <p class="overall-score"><Score ctx={p.ctx.clone()} {score} id="overall-score" /></p>
                        <p class={classes!("band-chip", format!("band-{}", band.id))} id="overall-band">{ &band.name }</p>
                        <p class="band-desc">{ &band.description }</p>
                    } else {
                        <p id="overall-score-none">{ t.get(Key::ResultsOverallNone) }</p>
                    }
                </div>
                <div class="card judgement" id="judgement">
                    <h2>{ t.get(Key::ResultsJudgement) }</h2>
                    if let Some(j) = profile.judgement {
                        <p class="overall-score"><Score ctx={p.ctx.clone()} score={j} id="judgement-score" /></p>
                        <p class="band-desc">{ t.get(Key::ResultsJudgementBody) }</p>
                    } else {
                        <p>{ t.get(Key::ResultsJudgementNone) }</p>
                    }
                </div>
            </div>
            <div class="card chart-card">
                <h2>{ t.get(Key::ResultsChartTitle) }</h2>
                <ProfileChart ctx={p.ctx.clone()} profile={profile.clone()} />
            </div>
            <div class="overview">
                <div class="card strengths" id="strengths">
                    <h2>{ t.get(Key::ResultsStrengths) }</h2>
                    <ul>{ for profile.strengths.iter().map(|i| html! { <li>{ dim_name(*i) }</li> }) }</ul>
                </div>
                <div class="card growth" id="growth">
                    <h2>{ t.get(Key::ResultsGrowth) }</h2>
                    <ul>{ for profile.growth.iter().map(|i| html! { <li>{ dim_name(*i) }</li> }) }</ul>
                </div>
            </div>
            <div class="card flags" id="flags">
                <h2>{ t.get(Key::ResultsFlagsHeading) }</h2>
                if profile.flags.is_empty() {
                    <p>{ t.get(Key::ResultsFlagsNone) }</p>
                } else {
                    <ul>{ for profile.flags.iter().map(|f| html! { <li class="flag">{ flag_text(f) }</li> }) }</ul>
                }
            </div>
            if let Some((deltas, since)) = &p.deltas {
                <div class="card changes" id="changes">
                    <h2>{ t.get(Key::HistoryChangeHeading) }</h2>
                    <p class="hint">{ t.fmt(Key::HistoryChangeSince, &[("date", since)]) }</p>
                    <ul class="change-list">
                    { for deltas.iter().enumerate().filter_map(|(i, d)| d.map(|d| (i, d))).map(|(i, d)| {
                        let (class, text) = match change(d) {
                            Change::Up(n) => ("up", t.fmt(Key::HistoryUp, &[("n", &n.to_string())])),
                            Change::Down(n) => ("down", t.fmt(Key::HistoryDown, &[("n", &n.to_string())])),
                            Change::Same => ("same", t.get(Key::HistorySame).to_string()),
                        };
                        html! { <li><span>{ dim_name(i) }</span><span class={classes!("delta", class)}>{ text }</span></li> }
                    }) }
                    </ul>
                </div>
            }
            if !p.readonly {
                <PlanPanel ctx={p.ctx.clone()} plan={p.plan.clone()} on_toggle={p.on_toggle_tip.clone()} />
            }
            <h2 class="section-title">{ t.get(Key::ResultsDetailHeading) }</h2>
            <div class="dim-cards">
                { for profile.dimensions.iter().enumerate().map(|(i, s)| html! {
                    <DimensionCard readonly={p.readonly} ctx={p.ctx.clone()} dim={i} score={s.clone()} plan={p.plan.clone()} on_toggle={p.on_toggle_tip.clone()} />
                }) }
            </div>
            <details class="card bands">
                <summary>{ t.get(Key::ResultsBandsHeading) }</summary>
                <dl>{ for q.bands.iter().map(|b| html! { <div class="band-row"><dt>{ t.fmt(Key::ResultsBandRange, &[("name", &b.name), ("min", &b.min.to_string()), ("max", &b.max.to_string())]) }</dt><dd>{ &b.description }</dd></div> }) }</dl>
            </details>
            if !p.readonly {
                { p.extra.clone() }
            }
            if p.readonly {
                <div class="actions results-actions no-print">{ p.extra.clone() }</div>
            } else {
            <div class="actions results-actions no-print">
                <button type="button" class="btn btn-primary" id="print-btn" onclick={print}>{ t.get(Key::ResultsPrint) }</button>
                <button type="button" class="btn btn-secondary" id="edit-btn" onclick={edit}>{ t.get(Key::ResultsEdit) }</button>
                <button type="button" class="btn btn-secondary" id="restart-btn" onclick={restart}>{ t.get(Key::ResultsStartOver) }</button>
            </div>
            }
        </section>
    }
}
