//! A score "out of 100" with the number styled large, the rest from the language file.

use super::ctx::Ctx;
use assessment::i18n::Key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ctx: Ctx,
    pub score: u8,
    /// DOM id of the number (tests and links use it).
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component(Score)]
pub fn score(p: &Props) -> Html {
    let (before, after) = p.ctx.t().around(Key::ResultsScore, "score");
    html! {
        <>
            if !before.is_empty() { <span class="score-max">{ before }</span> }
            <span class="score-num" id={p.id.clone()}>{ p.score }</span>
            <span class="score-max">{ after }</span>
        </>
    }
}
