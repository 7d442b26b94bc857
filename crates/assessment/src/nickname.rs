//! The optional nickname a respondent can put on a shared or saved result, and its rules.
//!
//! A nickname is at most [`NICKNAME_MAX_BYTES`] bytes of UTF-8, has no control characters, no
//! leading or trailing whitespace, and is not empty (an empty nickname is "no nickname").

/// Longest nickname, in bytes of UTF-8 (it travels in the share code).
pub const NICKNAME_MAX_BYTES: usize = 40;

/// Fits free text to the nickname rules: control characters (tabs, newlines, ...) are removed,
/// surrounding whitespace trimmed, and the text cut at a character boundary to at most
/// [`NICKNAME_MAX_BYTES`] bytes (then trimmed again). `None` when nothing is left.
pub fn normalize_nickname(raw: &str) -> Option<String> {
    let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
    let mut text = cleaned.trim();
    if text.len() > NICKNAME_MAX_BYTES {
        let mut end = NICKNAME_MAX_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text = text[..end].trim_end();
    }
    (!text.is_empty()).then(|| text.to_string())
}

/// True when `nickname` already follows the rules (normalizing it changes nothing).
pub fn is_valid_nickname(nickname: &str) -> bool {
    normalize_nickname(nickname).as_deref() == Some(nickname)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_removes_control_characters() {
        assert_eq!(normalize_nickname("  Anna \n"), Some("Anna".into()));
        assert_eq!(normalize_nickname("An\u{7}na\tK"), Some("AnnaK".into()));
        assert_eq!(normalize_nickname(" \t\r\n "), None);
        assert_eq!(normalize_nickname(""), None);
    }

    #[test]
    fn cuts_at_forty_bytes_on_a_character_boundary() {
        let long = "a".repeat(45);
        assert_eq!(normalize_nickname(&long), Some("a".repeat(40)));
        // 'ä' is two bytes: 39 ASCII + 'ä' would be 41 bytes, so 'ä' goes.
        let text = format!("{}ä", "b".repeat(39));
        assert_eq!(normalize_nickname(&text), Some("b".repeat(39)));
        // A space left at the cut is trimmed.
        let spaced = format!("{} xyz", "c".repeat(39));
        assert_eq!(normalize_nickname(&spaced), Some("c".repeat(39)));
    }

    #[test]
    fn validity_means_already_normal() {
        assert!(is_valid_nickname("Sales team Ä"));
        assert!(!is_valid_nickname(" padded"));
        assert!(!is_valid_nickname(""));
        assert!(!is_valid_nickname("line\nbreak"));
        assert!(!is_valid_nickname(&"x".repeat(41)));
        assert!(is_valid_nickname(&"x".repeat(40)));
    }
}
