//! The validation rules, applied to the raw model in document order; see [`crate::validate`].

use std::collections::BTreeMap;

use crate::model::{RawBand, RawDimension, RawItem, RawOption, RawQuestionnaire, RawScale};
use crate::validate::{
    Rule, ValidationError, MAX_FACETS, MAX_OPTIONS, MAX_OPTION_SCORE, MAX_RATING_ITEMS, MAX_TIPS,
    MIN_FACETS, MIN_OPTIONS, MIN_RATING_ITEMS, MIN_TIPS,
};

/// Runs every rule and returns all problems, in the order they appear in the file.
pub(crate) fn check(raw: &RawQuestionnaire) -> Vec<ValidationError> {
    let mut c = Checker::default();
    c.header(raw);
    c.scale(&raw.scale);
    c.bands(&raw.bands);
    if raw.dimensions.is_empty() {
        c.push("dimensions", "", Rule::NoDimensions);
    }
    let band_ids: Vec<&str> = raw.bands.iter().map(|b| b.id.as_str()).collect();
    // Feedback is only matched against band ids that are themselves sound, so that one broken
    // band id is reported once, not once per dimension.
    let mut sorted = band_ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    let bands_sound = sorted.len() == band_ids.len() && band_ids.iter().all(|id| is_id(id));
    for (d, dim) in raw.dimensions.iter().enumerate() {
        c.dimension(
            &format!("dimensions[{d}]"),
            dim,
            bands_sound.then_some(&band_ids[..]),
        );
    }
    c.errors
}

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
    /// Dimension, facet, item and tip ids seen so far, with the path of their first use.
    ids: BTreeMap<String, String>,
}

/// True for a well-formed id: non-empty, only `a-z`, `0-9`, `.` and `-`.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

/// True for a language tag such as `en`, `fi` or `sv-FI`.
fn is_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn join<T: ToString>(values: impl IntoIterator<Item = T>) -> String {
    values
        .into_iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Records a duplicate in `seen` (id -> first path), reporting the second use.
fn unique(
    errors: &mut Vec<ValidationError>,
    seen: &mut BTreeMap<String, String>,
    path: &str,
    id: &str,
) {
    if let Some(first) = seen.get(id) {
        let rule = Rule::DuplicateId {
            first: first.clone(),
        };
        errors.push(ValidationError::new(path, id, rule));
    } else {
        seen.insert(id.to_string(), path.to_string());
    }
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, value: impl Into<String>, rule: Rule) {
        self.errors.push(ValidationError::new(path, value, rule));
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, value, Rule::Empty);
        }
    }

    /// Checks an id's form; returns whether it is well-formed.
    fn id(&mut self, path: &str, id: &str) -> bool {
        let ok = is_id(id);
        if !ok {
            self.push(path, id, Rule::BadId);
        }
        ok
    }

    /// Checks an id that must be unique in `seen`.
    fn local_id(&mut self, seen: &mut BTreeMap<String, String>, path: &str, id: &str) {
        if self.id(path, id) {
            unique(&mut self.errors, seen, path, id);
        }
    }

    /// Checks an id that must be unique across the questionnaire.
    fn global_id(&mut self, path: &str, id: &str) {
        if self.id(path, id) {
            unique(&mut self.errors, &mut self.ids, path, id);
        }
    }

    fn header(&mut self, raw: &RawQuestionnaire) {
        if raw.format != crate::model::FORMAT {
            self.push("format", raw.format.to_string(), Rule::Format);
        }
        self.id("id", &raw.id);
        if !(1..=255).contains(&raw.version) {
            self.push("version", raw.version.to_string(), Rule::Version);
        }
        if !is_language(&raw.language) {
            self.push("language", raw.language.as_str(), Rule::Language);
        }
        self.text("title", &raw.title);
        self.text("intro", &raw.intro);
        self.text("instructions", &raw.instructions);
    }

    fn scale(&mut self, scale: &RawScale) {
        let values: Vec<u8> = scale.points.iter().map(|p| p.value).collect();
        if values != [1, 2, 3, 4, 5] {
            self.push("scale.points", join(&values), Rule::ScalePoints);
        }
        for (i, point) in scale.points.iter().enumerate() {
            self.text(&format!("scale.points[{i}].label"), &point.label);
            self.text(&format!("scale.points[{i}].hint"), &point.hint);
        }
        self.text("scale.not_applicable", &scale.not_applicable);
    }

    fn bands(&mut self, bands: &[RawBand]) {
        let Some(last) = bands.last() else {
            self.push("bands", "", Rule::NoBands);
            return;
        };
        let mut seen = BTreeMap::new();
        let mut expected_min = 0;
        for (i, band) in bands.iter().enumerate() {
            let p = format!("bands[{i}]");
            self.local_id(&mut seen, &format!("{p}.id"), &band.id);
            self.text(&format!("{p}.name"), &band.name);
            if band.min > band.max {
                self.push(&p, format!("{}-{}", band.min, band.max), Rule::BandOrder);
            }
            if band.min != expected_min {
                let rule = Rule::BandCoverage {
                    expected: expected_min,
                };
                self.push(format!("{p}.min"), band.min.to_string(), rule);
            }
            expected_min = band.max.saturating_add(1);
            self.text(&format!("{p}.description"), &band.description);
        }
        if last.max != 100 {
            let rule = Rule::BandCoverage { expected: 100 };
            let path = format!("bands[{}].max", bands.len() - 1);
            self.push(path, last.max.to_string(), rule);
        }
    }

    fn dimension(&mut self, p: &str, dim: &RawDimension, band_ids: Option<&[&str]>) {
        self.global_id(&format!("{p}.id"), &dim.id);
        self.text(&format!("{p}.name"), &dim.name);
        self.text(&format!("{p}.description"), &dim.description);
        self.facets(p, dim);
        for (i, item) in dim.items.iter().enumerate() {
            self.item(&format!("{p}.items[{i}]"), item, dim);
        }
        self.item_counts(p, &dim.items);
        self.feedback(p, dim, band_ids);
    }

    fn facets(&mut self, p: &str, dim: &RawDimension) {
        let n = dim.facets.len();
        if !(MIN_FACETS..=MAX_FACETS).contains(&n) {
            let ids = join(dim.facets.iter().map(|f| &f.id));
            self.push(format!("{p}.facets"), ids, Rule::FacetCount { given: n });
        }
        for (f, facet) in dim.facets.iter().enumerate() {
            self.global_id(&format!("{p}.facets[{f}].id"), &facet.id);
            self.text(&format!("{p}.facets[{f}].name"), &facet.name);
            let used = dim
                .items
                .iter()
                .any(|item| matches!(item, RawItem::Rating { facet: r, .. } if *r == facet.id));
            if !used {
                self.push(
                    format!("{p}.facets[{f}]"),
                    facet.id.as_str(),
                    Rule::EmptyFacet,
                );
            }
        }
    }

    fn facet_ref(&mut self, path: String, facet: &str, dim: &RawDimension) {
        if !dim.facets.iter().any(|f| f.id == facet) {
            self.push(path, facet, Rule::DanglingFacet);
        }
    }

    fn item(&mut self, p: &str, item: &RawItem, dim: &RawDimension) {
        match item {
            RawItem::Rating {
                id, facet, text, ..
            } => {
                self.global_id(&format!("{p}.id"), id);
                self.facet_ref(format!("{p}.facet"), facet, dim);
                self.text(&format!("{p}.text"), text);
            }
            RawItem::Judgement {
                id,
                facet,
                scenario,
                question,
                options,
            } => {
                self.global_id(&format!("{p}.id"), id);
                if let Some(facet) = facet {
                    self.facet_ref(format!("{p}.facet"), facet, dim);
                }
                self.text(&format!("{p}.scenario"), scenario);
                self.text(&format!("{p}.question"), question);
                self.options(p, options);
            }
        }
    }

    fn options(&mut self, p: &str, options: &[RawOption]) {
        let n = options.len();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&n) {
            let ids = join(options.iter().map(|o| &o.id));
            self.push(format!("{p}.options"), ids, Rule::OptionCount { given: n });
        }
        let mut seen = BTreeMap::new();
        for (o, option) in options.iter().enumerate() {
            let q = format!("{p}.options[{o}]");
            self.local_id(&mut seen, &format!("{q}.id"), &option.id);
            self.text(&format!("{q}.text"), &option.text);
            if option.score > MAX_OPTION_SCORE {
                self.push(
                    format!("{q}.score"),
                    option.score.to_string(),
                    Rule::OptionScore,
                );
            }
        }
        if n > 0 && !options.iter().any(|o| o.score == MAX_OPTION_SCORE) {
            let scores = join(options.iter().map(|o| o.score));
            self.push(format!("{p}.options"), scores, Rule::NoBestOption);
        }
    }

    fn item_counts(&mut self, p: &str, items: &[RawItem]) {
        let mut rating = Vec::new();
        let mut reverse = Vec::new();
        for item in items {
            if let RawItem::Rating { id, reverse: r, .. } = item {
                rating.push(id.as_str());
                if *r {
                    reverse.push(id.as_str());
                }
            }
        }
        let path = format!("{p}.items");
        let given = rating.len();
        if given < MIN_RATING_ITEMS {
            self.push(&path, join(&rating), Rule::TooFewItems { given });
        } else if given > MAX_RATING_ITEMS {
            self.push(&path, join(&rating), Rule::TooManyItems { given });
        }
        if reverse.len() * 2 > given {
            let rule = Rule::TooManyReverse {
                given: reverse.len(),
                rating: given,
            };
            self.push(&path, join(&reverse), rule);
        }
    }

    fn feedback(&mut self, p: &str, dim: &RawDimension, band_ids: Option<&[&str]>) {
        let given: Vec<&str> = dim.feedback.iter().map(|f| f.band.as_str()).collect();
        if let Some(band_ids) = band_ids.filter(|ids| given != *ids) {
            let rule = Rule::FeedbackBands {
                expected: join(band_ids),
            };
            self.push(format!("{p}.feedback"), join(&given), rule);
        }
        for (f, entry) in dim.feedback.iter().enumerate() {
            let q = format!("{p}.feedback[{f}]");
            self.text(&format!("{q}.text"), &entry.text);
            let n = entry.tips.len();
            if !(MIN_TIPS..=MAX_TIPS).contains(&n) {
                let ids = join(entry.tips.iter().map(|t| &t.id));
                self.push(format!("{q}.tips"), ids, Rule::TipCount { given: n });
            }
            for (t, tip) in entry.tips.iter().enumerate() {
                self.global_id(&format!("{q}.tips[{t}].id"), &tip.id);
                self.text(&format!("{q}.tips[{t}].text"), &tip.text);
            }
        }
    }
}
