//! The "start over" confirmation, a native modal dialog (focus trap and Esc for free).

use super::ctx::Ctx;
use assessment::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub open: bool,
    pub on_yes: Callback<()>,
    pub on_no: Callback<()>,
}

#[function_component(ConfirmRestart)]
pub fn confirm_restart(p: &Props) -> Html {
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
    html! {
        <dialog ref={dialog} class="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" oncancel={on_cancel}>
            <h2 id="confirm-title">{ t.get(Key::ConfirmRestartTitle) }</h2>
            <p id="confirm-body">{ t.get(Key::ConfirmRestartBody) }</p>
            <div class="actions">
                <button type="button" class="btn btn-secondary" autofocus=true onclick={Callback::from(move |_| on_no.emit(()))}>{ t.get(Key::ConfirmCancel) }</button>
                <button type="button" class="btn btn-danger" id="confirm-yes" onclick={Callback::from(move |_| on_yes.emit(()))}>{ t.get(Key::ConfirmRestartYes) }</button>
            </div>
        </dialog>
    }
}
