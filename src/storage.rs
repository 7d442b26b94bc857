//! Browser storage (localStorage): the saved attempt and the language choice. A damaged record
//! is moved aside under a `.damaged` key, never silently deleted.

use assessment::saved::{Saved, SavedError};

const SAVED_KEY: &str = "rsr.saved";
const LANG_KEY: &str = "rsr.lang";
const DAMAGED_PREFIX: &str = "rsr.damaged.";

/// A storage problem to tell the user about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Unavailable,
    Damaged,
    Full,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether storage can be used at all (it cannot in some private modes or sandboxed iframes).
pub fn available() -> bool {
    let Some(s) = storage() else { return false };
    s.set_item("rsr.probe", "1").is_ok() && s.remove_item("rsr.probe").is_ok()
}

/// Reads the saved attempt. A record that cannot be read is set aside and reported.
pub fn load_saved() -> Result<Option<Saved>, Problem> {
    let s = storage().ok_or(Problem::Unavailable)?;
    let Some(text) = s.get_item(SAVED_KEY).map_err(|_| Problem::Unavailable)? else {
        return Ok(None);
    };
    match Saved::decode(&text) {
        Ok(saved) => Ok(Some(saved)),
        Err(SavedError::Damaged(_)) | Err(SavedError::NewerFormat(_)) => {
            let stamp = js_sys::Date::now() as u64;
            let _ = s.set_item(&format!("{DAMAGED_PREFIX}{stamp}"), &text);
            let _ = s.remove_item(SAVED_KEY);
            Err(Problem::Damaged)
        }
    }
}

/// Writes the attempt; reports a full or missing storage.
pub fn save(saved: &Saved) -> Result<(), Problem> {
    let s = storage().ok_or(Problem::Unavailable)?;
    s.set_item(SAVED_KEY, &saved.encode())
        .map_err(|_| Problem::Full)
}

/// The remembered language code, if any.
pub fn load_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}
