//! Browser storage (localStorage): the saved attempt and the language choice. A damaged record
//! is moved aside under a `.damaged` key, never silently deleted.

use assessment::history::History;
use assessment::questionnaire::Questionnaire;
use assessment::saved::{Saved, SavedError};

const SAVED_KEY: &str = "rsr.saved";
const LANG_KEY: &str = "rsr.lang";
const HISTORY_KEY: &str = "rsr.history";
const DAMAGED_PREFIX: &str = "rsr.damaged.";
const PREFIX: &str = "rsr.";

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

/// Removes the saved attempt (after "start over", nothing is left to resume).
pub fn clear_saved() {
    if let Some(s) = storage() {
        let _ = s.remove_item(SAVED_KEY);
    }
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

/// Reads the history of attempts. Records that cannot be read are set aside under a
/// `.damaged` key and counted, never dropped silently.
pub fn load_history(q: &Questionnaire) -> (History, usize) {
    let Some(s) = storage() else {
        return (History::default(), 0);
    };
    let Some(text) = s.get_item(HISTORY_KEY).ok().flatten() else {
        return (History::default(), 0);
    };
    let load = History::decode(q, &text);
    if !load.damaged.is_empty() {
        let stamp = js_sys::Date::now() as u64;
        for (i, raw) in load.damaged.iter().enumerate() {
            let _ = s.set_item(&format!("{DAMAGED_PREFIX}history.{stamp}.{i}"), raw);
        }
        let _ = s.set_item(HISTORY_KEY, &load.history.encode(q));
    }
    (load.history, load.damaged.len())
}

/// Writes the history.
pub fn save_history(q: &Questionnaire, history: &History) -> Result<(), Problem> {
    let s = storage().ok_or(Problem::Unavailable)?;
    if history.attempts.is_empty() {
        return s.remove_item(HISTORY_KEY).map_err(|_| Problem::Unavailable);
    }
    s.set_item(HISTORY_KEY, &history.encode(q))
        .map_err(|_| Problem::Full)
}

/// Removes everything this app stored in this browser (answers, plan, history, language,
/// set-aside records).
pub fn delete_all() {
    let Some(s) = storage() else { return };
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}
