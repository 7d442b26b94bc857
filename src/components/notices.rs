//! Dismissable messages about storage problems and odd URL parameters, in the user's language.

use super::{ctx::Ctx, messages::code_message, Notice};
use crate::storage::Problem;
use assessment::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
}

#[function_component(Notices)]
pub fn notices(p: &Props) -> Html {
    let t = p.ctx.t();
    if p.notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notices" role="alert">
        { for p.notices.iter().enumerate().map(|(i, n)| {
            let text = match n {
                Notice::Storage(Problem::Damaged) => t.get(Key::ErrorStorageCorrupt).to_string(),
                Notice::Storage(Problem::Unavailable) => t.get(Key::ErrorStorageUnavailable).to_string(),
                Notice::Storage(Problem::Full) => t.get(Key::ErrorStorageFull).to_string(),
                Notice::Code(e) => code_message(t, e),
                Notice::Migrated(kept, dropped) => t.fmt(Key::StorageMigrated, &[("kept", &kept.to_string()), ("dropped", &dropped.to_string())]),
                Notice::Deleted => t.get(Key::DataDeleted).to_string(),
                Notice::Content(detail) => t.fmt(Key::ErrorContent, &[("detail", detail)]),
                Notice::LangParam(v) => t.fmt(Key::ErrorLangParam, &[("value", v), ("language", t.get(t.lang().name_key()))]),
            };
            let on_dismiss = p.on_dismiss.clone();
            html! {
                <div class="notice notice-warn">
                    <p>{ text }</p>
                    <button type="button" class="btn btn-quiet" onclick={Callback::from(move |_| on_dismiss.emit(i))}>{ t.get(Key::ErrorDismiss) }</button>
                </div>
            }
        }) }
        </div>
    }
}
