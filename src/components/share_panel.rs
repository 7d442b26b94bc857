//! Sharing and keeping a result: an optional nickname, the share link with a copy button, its QR
//! code, and JSON / CSV downloads. The link and files are built by the core.

use super::ctx::Ctx;
use crate::transfer;
use assessment::code::{encode, SharedResult};
use assessment::csv_export::export_csv;
use assessment::export::export_json;
use assessment::i18n::Key;
use assessment::nickname::normalize_nickname;
use assessment::qr::qr_svg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    /// The result without nickname; the panel adds the one typed here.
    pub result: SharedResult,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

#[function_component(SharePanel)]
pub fn share_panel(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let nickname = use_state(String::new);
    let copied = use_state(|| CopyState::Idle);
    let result = SharedResult {
        nickname: normalize_nickname(&nickname),
        ..p.result.clone()
    };
    let link = format!("{}#r={}", transfer::base_url(), encode(q, &result));
    let qr = qr_svg(&link);
    let on_nick = {
        let nickname = nickname.clone();
        let copied = copied.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            nickname.set(input.value());
            copied.set(CopyState::Idle);
        })
    };
    let on_copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let link = link.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = transfer::copy(link).await;
                copied.set(if ok {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        })
    };
    let stamp = format!(
        "{:04}-{:02}-{:02}",
        result.date.year, result.date.month, result.date.day
    );
    let on_json = {
        let (q, r, name) = (
            q.clone(),
            result.clone(),
            format!("remote-sales-readiness-{stamp}.json"),
        );
        Callback::from(move |_| transfer::download(&name, "application/json", &export_json(&q, &r)))
    };
    let on_csv = {
        let (q, r, name) = (
            q.clone(),
            result.clone(),
            format!("remote-sales-readiness-{stamp}.csv"),
        );
        Callback::from(move |_| {
            transfer::download(&name, "text/csv;charset=utf-8", &export_csv(&q, &r))
        })
    };
    let status = match *copied {
        CopyState::Idle => "",
        CopyState::Copied => t.get(Key::ShareCopied),
        CopyState::Failed => t.get(Key::ShareCopyFailed),
    };
    html! {
        <section class="card share no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t.get(Key::ShareHeading) }</h2>
            <p class="hint">{ t.get(Key::ShareIntro) }</p>
            <div class="share-grid">
                <div class="share-fields">
                    <label for="share-nickname">{ t.get(Key::ShareNickname) }</label>
                    <input id="share-nickname" type="text" maxlength="40" autocomplete="off" value={(*nickname).clone()} oninput={on_nick} />
                    <label for="share-link">{ t.get(Key::ShareLink) }</label>
                    <div class="share-row">
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                        <button type="button" class="btn btn-primary" id="copy-btn" onclick={on_copy}>{ t.get(Key::ShareCopy) }</button>
                    </div>
                    <p class="copy-status" role="status" aria-live="polite">{ status }</p>
                </div>
                if let Some(qr) = qr {
                    <figure class="qr">
                        <svg viewBox={format!("0 0 {0} {0}", qr.view)} role="img" aria-labelledby="qr-title" id="share-qr" shape-rendering="crispEdges">
                            <title id="qr-title">{ t.get(Key::ShareQrTitle) }</title>
                            <rect width="100%" height="100%" fill="#fff" />
                            <path d={qr.path.clone()} fill="#000" />
                        </svg>
                        <figcaption>{ t.get(Key::ShareQrHint) }</figcaption>
                    </figure>
                }
            </div>
            <h3>{ t.get(Key::ExportHeading) }</h3>
            <div class="actions">
                <button type="button" class="btn btn-secondary" id="export-json" onclick={on_json}>{ t.get(Key::ExportJson) }</button>
                <button type="button" class="btn btn-secondary" id="export-csv" onclick={on_csv}>{ t.get(Key::ExportCsv) }</button>
            </div>
        </section>
    }
}
