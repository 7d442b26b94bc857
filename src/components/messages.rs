//! User-facing texts for problems with share codes and imported files, shared by the pages
//! that read them.

use assessment::code::CodeError;
use assessment::export::ImportError;
use assessment::i18n::{Catalog, Key};

/// Why a share link could not be shown, in the user's language.
pub fn code_message(t: &Catalog, e: &CodeError) -> String {
    match e {
        CodeError::NewerContent { .. } => t.get(Key::CodeNewer).to_string(),
        CodeError::OlderContent { code, .. } => {
            t.fmt(Key::CodeOlder, &[("code", &code.to_string())])
        }
        _ => t.get(Key::CodeDamaged).to_string(),
    }
}

/// Why a file could not be opened, in the user's language.
pub fn import_message(t: &Catalog, e: &ImportError) -> String {
    match e {
        ImportError::NotJson(_) => t.get(Key::ImportNotJson).to_string(),
        ImportError::NotOurs => t.get(Key::ImportNotOurs).to_string(),
        ImportError::NewerSchema(_) => t.get(Key::ImportNewer).to_string(),
        ImportError::OtherQuestionnaire(id) => t.fmt(Key::ImportOther, &[("id", id)]),
        ImportError::NewerContent { file, ours } | ImportError::OlderContent { file, ours } => t
            .fmt(
                Key::ImportVersion,
                &[("file", &file.to_string()), ("ours", &ours.to_string())],
            ),
        ImportError::Invalid(detail) => t.fmt(Key::ImportInvalid, &[("detail", detail)]),
    }
}
