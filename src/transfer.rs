//! Moving results in and out of the page: the `#r=` fragment, the clipboard, file downloads and
//! reading an uploaded file, and today's date. Encoding itself is in the core.

use assessment::date::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The share code in the page's fragment (`#r=...`), if any.
pub fn fragment_code() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix("#r=").map(str::to_string)
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        if let (Ok(path), Ok(search), Ok(history)) =
            (w.location().pathname(), w.location().search(), w.history())
        {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{search}")),
            );
        }
    }
}

/// The page address without query and fragment, to build share links that open the app.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| Date::from_days(0))
}

/// Copies `text` to the clipboard; false when the browser refuses.
pub async fn copy(text: String) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads the first file chosen in a file input as text.
pub async fn read_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Reads every file chosen in a file input as (name, text); unreadable files are skipped.
pub async fn read_files(input: &web_sys::HtmlInputElement) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(list) = input.files() else {
        return out;
    };
    for i in 0..list.length() {
        if let Some(file) = list.get(i) {
            if let Some(text) = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
            {
                out.push((file.name(), text));
            }
        }
    }
    out
}
