//! A confirmation as a native modal dialog (focus trap and Esc for free): start over, delete all.

use super::ctx::Ctx;
use assessment::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub open: bool,
    /// Distinguishes dialogs: ids become `{id}-title`, `{id}-body`, `{id}-yes`.
    pub id: AttrValue,
    pub title: Key,
    pub body: Key,
    pub yes: Key,
    pub on_yes: Callback<()>,
    pub on_no: Callback<()>,
}

#[function_component(Confirm)]
pub fn confirm(p: &Props) -> Html {
    let t = p.ctx.t();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(p.open, move |open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
        });
    }
    let on_yes = p.on_yes.clone();
    let on_no = p.on_no.clone();
    let on_cancel = {
        let on_no = p.on_no.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            on_no.emit(());
        })
    };
    let id = &p.id;
    html! {
        <dialog ref={dialog} class="dialog" id={id.clone()} aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-body")} oncancel={on_cancel}>
            <h2 id={format!("{id}-title")}>{ t.get(p.title) }</h2>
            <p id={format!("{id}-body")}>{ t.get(p.body) }</p>
            <div class="actions">
                <button type="button" class="btn btn-secondary" autofocus=true onclick={Callback::from(move |_| on_no.emit(()))}>{ t.get(Key::ConfirmCancel) }</button>
                <button type="button" class="btn btn-danger" id={format!("{id}-yes")} onclick={Callback::from(move |_| on_yes.emit(()))}>{ t.get(p.yes) }</button>
            </div>
        </dialog>
    }
}
