//! The profile chart: a radar drawn as inline SVG (wide screens), a bar view (narrow screens)
//! and a table with the same numbers for screen readers. Geometry comes from the core.

use super::ctx::Ctx;
use assessment::chart::{bar_percent, radar, wrap_label};
use assessment::i18n::Key;
use assessment::scoring::Profile;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub profile: Profile,
}

#[function_component(ProfileChart)]
pub fn profile_chart(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let scores: Vec<Option<u8>> = p.profile.dimensions.iter().map(|d| d.score).collect();
    let r = radar(&scores, 540, 160);
    let view_box = r.view_box.clone();
    let band_name = |b: Option<usize>| {
        b.and_then(|i| q.bands.get(i))
            .map(|b| b.name.clone())
            .unwrap_or_default()
    };
    let not_enough = t.get(Key::ResultsNotEnough);
    html! {
        <figure class="chart">
            <svg class="radar" viewBox={view_box} role="img" aria-labelledby="radar-title radar-desc">
                <title id="radar-title">{ t.get(Key::ResultsChartTitle) }</title>
                <desc id="radar-desc">{ t.get(Key::ResultsChartDesc) }</desc>
                { for r.rings.iter().map(|pts| html! { <polygon class="radar-ring" points={pts.clone()} /> }) }
                { for r.axes.iter().map(|a| html! {
                    <line class="radar-spoke" x1={r.center.0.to_string()} y1={r.center.1.to_string()} x2={a.end.0.to_string()} y2={a.end.1.to_string()} />
                }) }
                <polygon class="radar-shape" points={r.shape.clone()} />
                { for r.axes.iter().zip(q.dimensions.iter()).zip(scores.iter()).map(|((a, d), s)| html! {
                    <>
                        if let Some((x, y)) = a.point {
                            <circle class="radar-point" cx={x.to_string()} cy={y.to_string()} r="4" />
                        }
                        <text class="radar-label" x={a.label.0.to_string()} y={a.label.1.to_string()} text-anchor={a.anchor} dominant-baseline="middle">
                            { for wrap_label(&d.name, 20).into_iter().enumerate().map(|(i, line)| html! {
                                <tspan class="radar-name" x={a.label.0.to_string()} dy={if i == 0 { "0" } else { "1.15em" }}>{ line }</tspan>
                            }) }
                            <tspan class="radar-value" x={a.label.0.to_string()} dy="1.2em">{ s.map(|v| v.to_string()).unwrap_or_else(|| "–".into()) }</tspan>
                        </text>
                    </>
                }) }
            </svg>
            <ul class="bars" aria-hidden="true">
                { for q.dimensions.iter().zip(scores.iter()).map(|(d, s)| html! {
                    <li class="bar-row">
                        <span class="bar-name">{ &d.name }</span>
                        <span class="bar-track"><span class="bar-fill" style={format!("width: {}%", bar_percent(*s))}></span></span>
                        <span class="bar-value">{ s.map(|v| v.to_string()).unwrap_or_else(|| "–".into()) }</span>
                    </li>
                }) }
            </ul>
            <div class="visually-hidden"><table id="score-table">
                <caption>{ t.get(Key::ResultsTableCaption) }</caption>
                <thead><tr><th scope="col">{ t.get(Key::ResultsColArea) }</th><th scope="col">{ t.get(Key::ResultsColScore) }</th><th scope="col">{ t.get(Key::ResultsColLevel) }</th></tr></thead>
                <tbody>
                { for q.dimensions.iter().zip(p.profile.dimensions.iter()).map(|(d, s)| html! {
                    <tr>
                        <th scope="row">{ &d.name }</th>
                        <td>{ s.score.map(|v| v.to_string()).unwrap_or_else(|| not_enough.to_string()) }</td>
                        <td>{ band_name(s.band) }</td>
                    </tr>
                }) }
                </tbody>
            </table></div>
        </figure>
    }
}
