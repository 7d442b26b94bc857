//! Assessment core: the pure domain logic of the remote-sales readiness self-assessment.
//!
//! - [`model`]: the raw serde shape of a content file.
//! - [`validate`]: every content rule, with precise error messages.
//! - [`questionnaire`]: the validated, typed questionnaire.
//! - [`answers`]: answers keyed by item id and their validity.
//! - [`scoring`]: dimension, facet, overall and judgement scores.
//! - [`consistency`]: flags on how far a profile can be trusted.
//! - [`session`]: the answering state machine and progress.
//! - [`stats`]: group statistics for trainers: mean, spread and Cronbach's alpha with its Feldt
//!   interval per dimension.
//! - [`i18n`]: UI string catalogues, typed keys, plurals, language choice, local formats.
//! - [`plan`], [`saved`], [`chart`], [`view`]: action plan, stored attempt, chart geometry and
//!   small derived values for the pages.
//! - [`code`], [`export`], [`csv_export`]: the share code in `#r=`, the JSON file and the CSV of
//!   a result (formats in `docs/result-format.md`), with [`date`] and [`nickname`].
//! - [`history`], [`migrate`]: attempts kept on this device, and resuming answers after the
//!   content changed.
//!
//! No web dependencies; compiles for `wasm32-unknown-unknown`.

pub mod answers;
pub mod attempts;
pub mod chart;
mod checks;
pub mod code;
pub mod consistency;
mod convert;
pub mod csv_export;
pub mod date;
pub mod export;
pub mod group_input;
pub mod history;
pub mod i18n;
pub mod migrate;
pub mod model;
pub mod nickname;
mod numbers;
pub mod plan;
pub mod qr;
pub mod questionnaire;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod stats;
pub mod validate;
pub mod view;
