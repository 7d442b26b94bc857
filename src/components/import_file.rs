//! Opening a previously exported JSON result; a file that is not ours gets a specific message.

use super::{ctx::Ctx, messages::import_message};
use crate::transfer;
use assessment::code::SharedResult;
use assessment::export::import_json;
use assessment::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub on_open: Callback<SharedResult>,
}

#[function_component(ImportFile)]
pub fn import_file(p: &Props) -> Html {
    let t = p.ctx.t();
    let error = use_state(|| None::<String>);
    let onchange = {
        let error = error.clone();
        let on_open = p.on_open.clone();
        let ctx = p.ctx.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let error = error.clone();
            let on_open = on_open.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let t = ctx.t();
                let Some(text) = transfer::read_file(&input).await else {
                    error.set(Some(t.get(Key::ImportNotJson).to_string()));
                    return;
                };
                input.set_value("");
                match import_json(ctx.q(), &text) {
                    Ok(r) => {
                        error.set(None);
                        on_open.emit(r);
                    }
                    Err(err) => error.set(Some(import_message(t, &err))),
                }
            });
        })
    };
    html! {
        <div class="import">
            <label for="import-file" class="import-label">{ t.get(Key::ImportLabel) }</label>
            <input id="import-file" type="file" accept=".json,application/json" {onchange}
                aria-describedby={error.is_some().then_some("import-error")} />
            if let Some(msg) = &*error {
                <p class="notice notice-error" id="import-error" role="alert">{ msg }</p>
            }
        </div>
    }
}
