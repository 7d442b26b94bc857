//! Thin wrappers over browser APIs: URL parameters, locales, document title and language,
//! focus and scrolling.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The value of a query parameter of the page URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The browser's preferred locales, most preferred first.
pub fn browser_locales() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id` and scrolls it into view.
pub fn focus_and_scroll(id: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = doc.get_element_by_id(id) else {
        return;
    };
    // A question (fieldset) takes focus on its checked or first radio button.
    let focusable = match target.tag_name().as_str() {
        "FIELDSET" => target
            .query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| target.query_selector("input").ok().flatten()),
        _ => Some(target.clone()),
    };
    if let Some(el) = focusable.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        let opts = web_sys::ScrollIntoViewOptions::new();
        if !prefers_reduced_motion() {
            opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        }
        target.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Whether the user asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
