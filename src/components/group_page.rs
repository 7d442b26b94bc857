//! The trainer's group view: share links pasted or JSON files opened, the group's profile per
//! area (n, mean, spread, Cronbach's alpha with its Feldt interval). Nothing is stored.

use super::ctx::Ctx;
use super::messages::{code_message, import_message};
use crate::transfer;
use assessment::answers::Answers;
use assessment::code::SharedResult;
use assessment::export::import_json;
use assessment::group_input::read_links;
use assessment::i18n::{format_decimal, Key, Lang};
use assessment::stats::{group_profile, AlphaLabel, AlphaReport};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub on_back: Callback<()>,
}

fn num(lang: Lang, v: Option<f64>, decimals: usize) -> String {
    v.map(|x| format_decimal(lang, x, decimals))
        .unwrap_or_else(|| "–".into())
}

#[function_component(GroupPage)]
pub fn group_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let lang = t.lang();
    let links = use_state(String::new);
    let files = use_state(Vec::<SharedResult>::new);
    let file_errors = use_state(Vec::<String>::new);

    let (from_links, link_problems) = read_links(q, &links);
    let all: Vec<Answers> = from_links
        .iter()
        .chain(files.iter())
        .map(|r| r.answers.clone())
        .collect();
    let profile = group_profile(q, &all);

    let on_links = {
        let links = links.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            links.set(area.value());
        })
    };
    let on_files = {
        let (files, file_errors, ctx) = (files.clone(), file_errors.clone(), p.ctx.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (files, file_errors, ctx) = (files.clone(), file_errors.clone(), ctx.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (mut ok, mut errs) = ((*files).clone(), Vec::new());
                for (name, text) in transfer::read_files(&input).await {
                    match import_json(ctx.q(), &text) {
                        Ok(r) => ok.push(r),
                        Err(e) => errs.push(ctx.t().fmt(
                            Key::GroupFileError,
                            &[("file", &name), ("message", &import_message(ctx.t(), &e))],
                        )),
                    }
                }
                input.set_value("");
                files.set(ok);
                file_errors.set(errs);
            });
        })
    };
    let on_clear = {
        let (links, files, file_errors) = (links.clone(), files.clone(), file_errors.clone());
        Callback::from(move |_| {
            links.set(String::new());
            files.set(Vec::new());
            file_errors.set(Vec::new());
        })
    };
    let back = {
        let cb = p.on_back.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let alpha_text = |a: &AlphaReport| -> (String, bool) {
        match a {
            AlphaReport::TooFew { complete } => (
                t.fmt(Key::GroupAlphaHidden, &[("n", &complete.to_string())]),
                false,
            ),
            AlphaReport::Undefined { .. } => (t.get(Key::GroupAlphaUndefined).to_string(), false),
            AlphaReport::Estimate {
                alpha,
                low,
                high,
                unstable,
                label,
                ..
            } => {
                let label = t.get(match label {
                    AlphaLabel::Good => Key::GroupLabelGood,
                    AlphaLabel::Acceptable => Key::GroupLabelAcceptable,
                    AlphaLabel::Questionable => Key::GroupLabelQuestionable,
                    AlphaLabel::Poor => Key::GroupLabelPoor,
                });
                let text = t.fmt(
                    Key::GroupAlphaValue,
                    &[
                        ("alpha", &format_decimal(lang, *alpha, 2)),
                        ("low", &format_decimal(lang, *low, 2)),
                        ("high", &format_decimal(lang, *high, 2)),
                        ("label", label),
                    ],
                );
                (text, *unstable)
            }
        }
    };
    html! {
        <section class="group" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t.get(Key::GroupHeading) }</h1>
            <p class="lead">{ t.get(Key::GroupIntro) }</p>
            <div class="card group-input">
                <label for="group-links">{ t.get(Key::GroupLinks) }</label>
                <textarea id="group-links" rows="6" spellcheck="false" value={(*links).clone()} oninput={on_links} />
                { for link_problems.iter().map(|(line, e)| html! {
                    <p class="field-error">{ t.fmt(Key::GroupLineError, &[("line", &line.to_string()), ("message", &code_message(t, e))]) }</p>
                }) }
                <label for="group-files">{ t.get(Key::GroupFiles) }</label>
                <input id="group-files" type="file" multiple=true accept=".json,application/json" onchange={on_files} />
                { for file_errors.iter().map(|m| html! { <p class="field-error">{ m }</p> }) }
                <div class="actions"><button type="button" class="btn btn-secondary" id="group-clear" onclick={on_clear}>{ t.get(Key::GroupClear) }</button></div>
            </div>
            <p id="group-count" role="status">{ t.plural(Key::GroupCountOne, Key::GroupCountOther, profile.respondents, &[]) }</p>
            if profile.respondents == 0 {
                <p>{ t.get(Key::GroupEmpty) }</p>
            } else {
                <div class="table-wrap">
                <table class="group-table" id="group-table">
                    <caption>{ t.get(Key::GroupTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ t.get(Key::ResultsColArea) }</th>
                        <th scope="col">{ t.get(Key::GroupColN) }</th>
                        <th scope="col">{ t.get(Key::GroupColMean) }</th>
                        <th scope="col">{ t.get(Key::GroupColSd) }</th>
                        <th scope="col">{ t.get(Key::GroupColAlpha) }</th>
                    </tr></thead>
                    <tbody>
                    { for q.dimensions.iter().zip(profile.dimensions.iter()).map(|(d, g)| {
                        let (alpha, unstable) = alpha_text(&g.alpha);
                        html! {
                            <tr data-dimension={d.id.clone()}>
                                <th scope="row">{ &d.name }</th>
                                <td>{ g.n }</td>
                                <td class="group-mean">{ num(lang, g.mean, 1) }</td>
                                <td>{ num(lang, g.sd, 1) }</td>
                                <td>{ alpha }
                                    if unstable { <span class="alpha-note">{ t.get(Key::GroupAlphaUnstable) }</span> }
                                </td>
                            </tr>
                        }
                    }) }
                    <tr class="group-overall">
                        <th scope="row">{ t.get(Key::GroupOverall) }</th>
                        <td>{ profile.respondents }</td>
                        <td id="group-overall-mean">{ num(lang, profile.overall_mean, 1) }</td>
                        <td>{ num(lang, profile.overall_sd, 1) }</td>
                        <td></td>
                    </tr>
                    </tbody>
                </table>
                </div>
            }
            <div class="actions">
                <button type="button" class="btn btn-secondary" id="group-back" onclick={back}>{ t.get(Key::GroupBack) }</button>
            </div>
        </section>
    }
}
