//! What the app keeps in browser storage between visits, and how a damaged record is told apart.

use crate::plan::Plan;
use crate::session::Session;
use serde::{Deserialize, Serialize};

/// Storage record format; bump on incompatible changes.
pub const SAVED_FORMAT: u32 = 1;

/// The in-progress attempt: answers, step and action plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub format: u32,
    /// Content version the answers were given against.
    pub content_version: u8,
    pub session: Session,
    #[serde(default)]
    pub plan: Plan,
}

/// Why a stored record could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not JSON, or not our shape.
    Damaged(String),
    /// Written by a newer version of the app.
    NewerFormat(u32),
}

impl Saved {
    pub fn new(content_version: u8, session: Session, plan: Plan) -> Saved {
        Saved {
            format: SAVED_FORMAT,
            content_version,
            session,
            plan,
        }
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<Saved, SavedError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| SavedError::Damaged(e.to_string()))?;
        let format = value.get("format").and_then(|f| f.as_u64()).unwrap_or(0) as u32;
        if format > SAVED_FORMAT {
            return Err(SavedError::NewerFormat(format));
        }
        serde_json::from_value(value).map_err(|e| SavedError::Damaged(e.to_string()))
    }
}
