//! The language switcher: each language named in itself.

use super::ctx::Ctx;
use assessment::i18n::{Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(p: &Props) -> Html {
    let t = p.ctx.t();
    html! {
        <nav class="lang-switch" aria-label={t.get(Key::LangLabel).to_string()}>
            <ul>
            { for Lang::ALL.iter().map(|l| {
                let l = *l;
                let on_change = p.on_change.clone();
                let current = l == p.current;
                html! {
                    <li>
                        <button type="button" class={classes!("lang-btn", current.then_some("is-current"))}
                            lang={l.code()} aria-pressed={current.to_string()} data-lang={l.code()}
                            onclick={Callback::from(move |_| on_change.emit(l))}>
                            { t.get(l.name_key()) }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
