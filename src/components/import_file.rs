//! Opening a previously exported JSON result; a file that is not ours gets a specific message.

use super::ctx::Ctx;
use crate::transfer;
use assessment::code::SharedResult;
use assessment::export::{import_json, ImportError};
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
                    Err(err) => error.set(Some(match err {
                        ImportError::NotJson(_) => t.get(Key::ImportNotJson).to_string(),
                        ImportError::NotOurs => t.get(Key::ImportNotOurs).to_string(),
                        ImportError::NewerSchema(_) => t.get(Key::ImportNewer).to_string(),
                        ImportError::OtherQuestionnaire(id) => {
                            t.fmt(Key::ImportOther, &[("id", &id)])
                        }
                        ImportError::NewerContent { file, ours }
                        | ImportError::OlderContent { file, ours } => t.fmt(
                            Key::ImportVersion,
                            &[("file", &file.to_string()), ("ours", &ours.to_string())],
                        ),
                        ImportError::Invalid(detail) => {
                            t.fmt(Key::ImportInvalid, &[("detail", &detail)])
                        }
                    })),
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
