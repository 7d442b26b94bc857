//! The history page: attempts kept on this device (open, delete), opening an exported file, and
//! "delete all my data on this device".

use super::{ctx::Ctx, import_file::ImportFile};
use assessment::code::SharedResult;
use assessment::history::History;
use assessment::i18n::{format_date, Key};
use assessment::scoring::score;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub history: History,
    pub damaged: usize,
    pub on_open: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_import: Callback<SharedResult>,
    pub on_delete_all: Callback<()>,
    pub on_back: Callback<()>,
    pub on_group: Callback<()>,
}

#[function_component(HistoryPage)]
pub fn history_page(p: &Props) -> Html {
    let (t, q) = (p.ctx.t(), p.ctx.q());
    let lang = t.lang();
    let back = {
        let cb = p.on_back.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let group = {
        let cb = p.on_group.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let delete_all = {
        let cb = p.on_delete_all.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="history" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ t.get(Key::HistoryHeading) }</h1>
            <p class="lead">{ t.get(Key::HistoryIntro) }</p>
            if p.damaged > 0 {
                <p class="notice notice-warn" role="alert">{ t.plural(Key::HistoryDamagedOne, Key::HistoryDamagedOther, p.damaged, &[]) }</p>
            }
            if p.history.attempts.is_empty() {
                <p id="history-empty">{ t.get(Key::HistoryEmpty) }</p>
            } else {
                <ol class="history-list" reversed=true>
                { for p.history.attempts.iter().rev().map(|a| {
                    let d = &a.result.date;
                    let date = format_date(lang, d.year, d.month, d.day);
                    let label = match score(q, &a.result.answers).overall {
                        Some(s) => t.fmt(Key::HistoryItem, &[("date", &date), ("score", &s.to_string())]),
                        None => t.fmt(Key::HistoryItemNone, &[("date", &date)]),
                    };
                    let (open, del) = (p.on_open.clone(), p.on_delete.clone());
                    let (id1, id2) = (a.id.clone(), a.id.clone());
                    html! {
                        <li class="history-item" data-attempt={a.id.clone()}>
                            <span class="history-label">{ label }</span>
                            <span class="history-actions">
                                <button type="button" class="btn btn-secondary btn-small" onclick={Callback::from(move |_| open.emit(id1.clone()))}
                                    aria-label={format!("{}: {}", t.get(Key::HistoryOpen), date)}>{ t.get(Key::HistoryOpen) }</button>
                                <button type="button" class="btn btn-quiet" onclick={Callback::from(move |_| del.emit(id2.clone()))}
                                    aria-label={format!("{}: {}", t.get(Key::HistoryDelete), date)}>{ t.get(Key::HistoryDelete) }</button>
                            </span>
                        </li>
                    }
                }) }
                </ol>
            }
            <div class="card">
                <ImportFile ctx={p.ctx.clone()} on_open={p.on_import.clone()} />
            </div>
            <div class="actions">
                <button type="button" class="btn btn-secondary" id="history-back" onclick={back}>{ t.get(Key::HistoryBack) }</button>
                <button type="button" class="btn btn-secondary" id="group-open" onclick={group}>{ t.get(Key::GroupOpen) }</button>
                <button type="button" class="btn btn-danger" id="delete-all-btn" onclick={delete_all}>{ t.get(Key::DataDeleteAll) }</button>
            </div>
        </section>
    }
}
