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

/// Moves keyboard focus to the element with `id` and scrolls it into view. A page heading is
/// shown from the top of the page, so that what stands above it (the progress indicator, a
/// notice or the shared-result banner) stays in sight; a question is scrolled to the middle.
pub fn focus_and_scroll(id: &str) {
    let Some(w) = window() else {
        return;
    };
    let Some(target) = w.document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    // A question (fieldset) takes focus on its checked or first radio button.
    let is_question = target.tag_name() == "FIELDSET";
    let focusable = if is_question {
        target
            .query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| target.query_selector("input").ok().flatten())
    } else {
        Some(target.clone())
    };
    let Some(el) = focusable.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = el.focus_with_options(&focus);
    if is_question {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        if !prefers_reduced_motion() {
            opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        }
        target.scroll_into_view_with_scroll_into_view_options(&opts);
    } else {
        w.scroll_to_with_x_and_y(0.0, 0.0);
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
