//! Fetches a language's questionnaire and UI strings (only the active language is downloaded).

use assessment::i18n::{Catalog, Lang};
use assessment::questionnaire::Questionnaire;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A loaded language: its UI strings and its questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub catalog: Catalog,
    pub questionnaire: Questionnaire,
}

/// Why a language could not be loaded, with the UI strings when those did load (so the
/// message can be shown in the user's language).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String, pub Option<Catalog>);

impl LoadError {
    fn new(detail: String) -> LoadError {
        LoadError(detail, None)
    }
}

/// Starts downloading `url` now; awaiting the result later lets several downloads overlap.
fn start(url: &str) -> Result<(String, js_sys::Promise), LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError::new("no window".into()))?;
    Ok((url.to_string(), window.fetch_with_str(url)))
}

async fn finish((url, promise): (String, js_sys::Promise)) -> Result<String, LoadError> {
    let resp = JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::new(format!("{url}: network error")))?;
    let resp: web_sys::Response = resp
        .dyn_into()
        .map_err(|_| LoadError::new(format!("{url}: not a response")))?;
    if !resp.ok() {
        return Err(LoadError::new(format!("{url}: HTTP {}", resp.status())));
    }
    let text = JsFuture::from(
        resp.text()
            .map_err(|_| LoadError::new(format!("{url}: unreadable")))?,
    )
    .await
    .map_err(|_| LoadError::new(format!("{url}: unreadable")))?;
    text.as_string()
        .ok_or_else(|| LoadError::new(format!("{url}: not text")))
}

/// Loads the UI strings (checked against English) and the questionnaire of `lang`.
pub async fn load(lang: Lang, english: Option<Catalog>) -> Result<Bundle, LoadError> {
    // Both files download at the same time.
    let ui = start(&format!("content/ui/{}.json", lang.code()))?;
    let content = start(&format!("content/assessment.{}.json", lang.code()))?;
    let ui = finish(ui).await?;
    let english = match (lang, english) {
        (Lang::En, _) => None,
        (_, Some(en)) => Some(en),
        (_, None) if Catalog::needs_english(&ui) => {
            let text = finish(start("content/ui/en.json")?).await?;
            Some(Catalog::parse(Lang::En, &text, None).map_err(join)?)
        }
        (_, None) => None,
    };
    let catalog = Catalog::parse(lang, &ui, english.as_ref()).map_err(join)?;
    let q = finish(content).await?;
    let questionnaire = Questionnaire::from_json(&q).map_err(|errs| {
        LoadError(
            errs.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            Some(catalog.clone()),
        )
    })?;
    Ok(Bundle {
        catalog,
        questionnaire,
    })
}

fn join<E: ToString>(errs: Vec<E>) -> LoadError {
    LoadError::new(
        errs.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// The only text not in a language file: shown when even the UI strings could not be loaded.
pub fn bare_error(detail: &str) -> String {
    format!("The assessment could not be loaded ({detail}). Please reload the page.")
}
