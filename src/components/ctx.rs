//! The loaded language bundle passed to every page, compared by identity for cheap re-renders.

use crate::loader::Bundle;
use assessment::i18n::Catalog;
use assessment::questionnaire::Questionnaire;
use std::rc::Rc;

/// Shared, immutable content of the active language.
#[derive(Clone, Debug)]
pub struct Ctx(Rc<Bundle>);

impl Ctx {
    pub fn new(bundle: Rc<Bundle>) -> Ctx {
        Ctx(bundle)
    }

    /// UI strings.
    pub fn t(&self) -> &Catalog {
        &self.0.catalog
    }

    /// The questionnaire.
    pub fn q(&self) -> &Questionnaire {
        &self.0.questionnaire
    }
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Ctx) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
