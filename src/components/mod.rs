//! The app's components: thin views over values the core computed.

pub mod chart;
pub mod confirm;
pub mod ctx;
pub mod dimension_card;
pub mod group_page;
pub mod history_page;
pub mod import_file;
pub mod lang_switch;
pub mod messages;
pub mod notices;
pub mod plan_panel;
pub mod progress;
pub mod question;
pub mod results;
pub mod review;
pub mod score;
pub mod share_panel;
pub mod start;
pub mod step;

use crate::storage::Problem;

/// A message shown above the page until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Storage(Problem),
    LangParam(String),
    /// The chosen language could not be loaded (detail), English is shown instead.
    Content(String),
    /// A share link in the address could not be read.
    Code(assessment::code::CodeError),
    /// Saved answers were fitted to changed questions: (kept, dropped).
    Migrated(usize, usize),
    /// Everything stored on this device was deleted.
    Deleted,
}
