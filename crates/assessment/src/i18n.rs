//! UI string catalogues (one JSON file per language), typed keys, placeholders, plurals,
//! language negotiation and local number/date formatting.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/ui_keys.rs"));

/// A language the app ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fi,
    Sv,
    Da,
}

impl Lang {
    /// Every shipped language, English (the reference) first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fi, Lang::Sv, Lang::Da];

    /// The BCP 47 code, as used in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::Da => "da",
        }
    }

    /// Parses an exact code (`en`, `fi`, `sv`, `da`), case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Maps a browser locale such as `fi-FI` or `nb-NO` to a shipped language, if any.
    /// Norwegian (`nb`, `nn`, `no`) reads Danish most easily, so it maps to Danish.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "nn" | "no" => Some(Lang::Da),
            other => Lang::from_code(other),
        }
    }

    /// The key naming this language in itself, for the language switcher.
    pub fn name_key(self) -> Key {
        match self {
            Lang::En => Key::LangEn,
            Lang::Fi => Key::LangFi,
            Lang::Sv => Key::LangSv,
            Lang::Da => Key::LangDa,
        }
    }

    /// Whether numbers use a decimal comma.
    pub fn decimal_comma(self) -> bool {
        !matches!(self, Lang::En)
    }
}

/// How the language was chosen, and whether a `?lang=` value was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangChoice {
    pub lang: Lang,
    /// A `?lang=` value that names no shipped language, to be reported to the user.
    pub rejected_param: Option<String>,
}

/// Picks the language: a valid `?lang=` wins, then the remembered choice, then the first
/// browser locale we ship (in the browser's order), else English.
pub fn choose_language(
    param: Option<&str>,
    stored: Option<&str>,
    browser: &[String],
) -> LangChoice {
    let mut rejected_param = None;
    // An empty `?lang=` is treated as absent rather than as a wrong language.
    if let Some(p) = param.filter(|p| !p.trim().is_empty()) {
        match Lang::from_code(p) {
            Some(lang) => {
                return LangChoice {
                    lang,
                    rejected_param: None,
                }
            }
            None => rejected_param = Some(p.chars().take(40).collect()),
        }
    }
    let lang = stored
        .and_then(Lang::from_code)
        .or_else(|| browser.iter().find_map(|l| Lang::from_locale(l)))
        .unwrap_or(Lang::En);
    LangChoice {
        lang,
        rejected_param,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    language: String,
    /// Keys this language deliberately leaves to English (brand names and the like).
    #[serde(default)]
    same_as_english: Vec<String>,
    strings: BTreeMap<String, String>,
}

/// A problem found in a UI string catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub language: String,
    pub key: String,
    pub problem: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ui/{}.json `{}`: {}",
            self.language, self.key, self.problem
        )
    }
}

/// The UI strings of one language, complete for every [`Key`].
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    lang: Lang,
    strings: Vec<String>,
}

/// Placeholder names (`{name}`) used in a string, sorted.
pub fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Catalog {
    /// Parses and checks a catalogue against the English reference: every key present and
    /// non-empty, no unknown keys, the same placeholders as English. A key listed in
    /// `same_as_english` may be omitted and then reads the English text.
    pub fn parse(
        lang: Lang,
        json: &str,
        english: Option<&Catalog>,
    ) -> Result<Catalog, Vec<CatalogError>> {
        let err = |key: &str, problem: String| CatalogError {
            language: lang.code().to_string(),
            key: key.to_string(),
            problem,
        };
        let raw: RawCatalog = serde_json::from_str(json)
            .map_err(|e| vec![err("", format!("not a valid catalogue: {e}"))])?;
        let mut errors = Vec::new();
        if raw.language != lang.code() {
            errors.push(err(
                "language",
                format!("says \"{}\", expected \"{}\"", raw.language, lang.code()),
            ));
        }
        for key in raw.strings.keys() {
            if !Key::ALL.iter().any(|k| k.name() == key) {
                errors.push(err(
                    key,
                    "unknown key (not in the English catalogue)".into(),
                ));
            }
        }
        let mut strings = Vec::with_capacity(Key::ALL.len());
        for key in Key::ALL {
            let name = key.name();
            match (raw.strings.get(name), english) {
                (Some(s), _) if s.trim().is_empty() => errors.push(err(name, "is empty".into())),
                (Some(s), Some(en)) => {
                    let (mine, theirs) = (placeholders(s), placeholders(en.get(*key)));
                    if mine != theirs {
                        errors.push(err(
                            name,
                            format!("placeholders {mine:?} differ from English {theirs:?}"),
                        ));
                    }
                    strings.push(s.clone());
                }
                (Some(s), None) => strings.push(s.clone()),
                (None, Some(en)) if raw.same_as_english.iter().any(|k| k == name) => {
                    strings.push(en.get(*key).to_string())
                }
                (None, _) => errors.push(err(name, "is missing".into())),
            }
        }
        if errors.is_empty() {
            Ok(Catalog { lang, strings })
        } else {
            Err(errors)
        }
    }

    /// Whether `json` omits keys it leaves to English, so English must be loaded first.
    pub fn needs_english(json: &str) -> bool {
        serde_json::from_str::<RawCatalog>(json)
            .map(|raw| {
                raw.same_as_english
                    .iter()
                    .any(|k| !raw.strings.contains_key(k))
            })
            .unwrap_or(false)
    }

    /// Keys this catalogue may hold with exactly the English text (brand names, language
    /// names), as listed in its `same_as_english`.
    pub fn same_as_english(json: &str) -> Vec<String> {
        serde_json::from_str::<RawCatalog>(json)
            .map(|raw| raw.same_as_english)
            .unwrap_or_default()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The string for `key`.
    pub fn get(&self, key: Key) -> &str {
        let index = Key::ALL.iter().position(|k| *k == key).unwrap_or(0);
        self.strings.get(index).map(String::as_str).unwrap_or("")
    }

    /// The string for `key` with `{name}` placeholders replaced.
    pub fn fmt(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// Chooses between the `one` and `other` form by `n` (all four languages use the same
    /// rule: exactly 1 is singular) and fills `{n}` with the locally formatted number.
    pub fn plural(&self, one: Key, other: Key, n: usize, args: &[(&str, &str)]) -> String {
        let key = if n == 1 { one } else { other };
        let n_text = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        fill(self.get(key), &all)
    }
}

impl Catalog {
    /// The text of `key` before and after the placeholder `{name}`, so the value can be styled
    /// on its own (a large score number inside "{score} / 100").
    pub fn around(&self, key: Key, name: &str) -> (String, String) {
        let text = self.get(key);
        match text.split_once(&format!("{{{name}}}")) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (String::new(), text.to_string()),
        }
    }
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Formats a number with `decimals` places (at most 6) the local way (decimal comma in fi, sv,
/// da), rounding half away from zero. Integer arithmetic only, so no float formatting code
/// reaches the wasm download.
pub fn format_decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10i64.pow(decimals as u32);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, frac) = (
        scaled.unsigned_abs() / scale as u64,
        scaled.unsigned_abs() % scale as u64,
    );
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let sep = if lang.decimal_comma() { ',' } else { '.' };
    format!("{sign}{whole}{sep}{frac:0width$}", width = decimals)
}

/// Formats a calendar date the local way: en `28 Nov 2026`, fi `28.11.2026`,
/// sv `2026-11-28`, da `28.11.2026`.
pub fn format_date(lang: Lang, year: i32, month: u32, day: u32) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::En => format!("{day} {} {year}", MONTHS[(month.clamp(1, 12) - 1) as usize]),
        Lang::Fi => format!("{day}.{month}.{year}"),
        Lang::Da => format!("{day}.{month}.{year}"),
        Lang::Sv => format!("{year}-{month:02}-{day:02}"),
    }
}
