//! Reading a group's results for the trainer view: share links pasted one per line.

use crate::code::{decode, CodeError, SharedResult};
use crate::questionnaire::Questionnaire;

/// The share code in a line: the text after `#r=` in a link, or the whole trimmed line when it
/// is a bare code. `None` for a blank line.
pub fn code_in_line(line: &str) -> Option<&str> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    Some(match line.find("#r=") {
        Some(at) => &line[at + 3..],
        None => line,
    })
}

/// Decodes every non-blank line; results in line order, and the problems with their 1-based line
/// numbers.
pub fn read_links(q: &Questionnaire, text: &str) -> (Vec<SharedResult>, Vec<(usize, CodeError)>) {
    let mut results = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(code) = code_in_line(line) {
            match decode(q, code) {
                Ok(r) => results.push(r),
                Err(e) => problems.push((i + 1, e)),
            }
        }
    }
    (results, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_codes_in_links_and_bare_lines() {
        assert_eq!(
            code_in_line("  https://x.org/app/#r=AbC-_1 "),
            Some("AbC-_1")
        );
        assert_eq!(code_in_line("AbC"), Some("AbC"));
        assert_eq!(code_in_line("   "), None);
        assert_eq!(code_in_line("https://x.org/#r="), Some(""));
    }
}
