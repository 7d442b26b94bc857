//! The Yew front end of the remote-sales readiness assessment: thin components over the
//! `assessment` core. `main.rs` only mounts [`app::App`]; the library form lets the
//! wasm-bindgen tests in `tests/` render single components.

pub mod app;
pub mod browser;
pub mod components;
pub mod loader;
pub mod state;
pub mod storage;
pub mod transfer;
