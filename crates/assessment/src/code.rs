//! The compact share code of a result, carried in a URL fragment `#r=<code>` (layout in
//! `docs/result-format.md`).
//!
//! Bytes: format version (1), content version, date as days since 2020-01-01 (u16 big-endian),
//! the answers packed 3 bits per item in content order (padded to a byte), the nickname length
//! and its UTF-8 bytes, then the CRC-32 (IEEE) of everything before it (big-endian). The bytes
//! are written in URL-safe base64 without padding. A complete 52-item result without nickname
//! is 29 bytes, 39 characters.
//!
//! Answer values: rating items 0 = unanswered, 1-5 = the rating, 6 = not applicable;
//! judgement items 0 = unanswered, `n` = option `n - 1` in content order.
//!
//! [`decode`] never panics and checks, in this order: characters, format version, length,
//! checksum, content version, date, answers, nickname.

use std::fmt;

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;

use crate::answers::{Answer, Answers};
use crate::date::Date;
use crate::nickname::{is_valid_nickname, normalize_nickname, NICKNAME_MAX_BYTES};
use crate::questionnaire::{Item, ItemKind, Questionnaire};

/// The format version written in the first byte. Every future format keeps its version in the
/// first byte, so an older app can tell a newer code from a damaged one.
pub const FORMAT_VERSION: u8 = 1;

/// URL-safe base64 without padding. Decoding ignores the unused low bits of the last
/// character, so a code cut short is reported as [`CodeError::TooShort`] rather than as a bad
/// last character; a changed byte is still caught by the checksum.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// CRC-32 as in zlib and PNG (IEEE 802.3; "CRC-32/ISO-HDLC"), computed bit by bit: codes are
/// under 80 bytes, so a lookup table would only add to the download.
const CRC32: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// Bits per answer.
const BITS: usize = 3;
/// Format, content version, two date bytes.
const HEADER: usize = 4;
const CRC: usize = 4;
/// The value of "not applicable" on a rating item.
const NOT_APPLICABLE: u8 = 6;
/// The largest value 3 bits hold; judgement items with more options cannot be coded past it.
const MAX_VALUE: u8 = (1 << BITS) - 1;

/// A finished result as shared, exported and kept in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    /// The content version the answers were given against (normally `q.version`).
    pub content_version: u8,
    /// The day the attempt was completed.
    pub date: Date,
    /// An optional name for the result (see [`crate::nickname`]).
    pub nickname: Option<String>,
    pub answers: Answers,
}

impl SharedResult {
    /// What a share code carries of this result for `q`: answers that are invalid for `q` (or
    /// name unknown items) left out, the nickname normalized, and the date moved into the range
    /// a code can hold (an invalid date becomes 2020-01-01). `decode(q, &encode(q, r))` gives
    /// exactly `r.canonical(q)`.
    pub fn canonical(&self, q: &Questionnaire) -> SharedResult {
        let answers = q
            .all_items()
            .filter_map(|(_, item)| {
                let value = value_of(item, self.answers.get(&item.id));
                answer_of(item, value)
                    .ok()
                    .flatten()
                    .map(|a| (item.id.clone(), a))
            })
            .collect();
        SharedResult {
            content_version: self.content_version,
            date: Date::from_days(self.date.clamped_days()),
            nickname: self.nickname.as_deref().and_then(normalize_nickname),
            answers,
        }
    }
}

/// Why a share code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// No code at all.
    Empty,
    /// A character outside the URL-safe base64 alphabet (`A-Z a-z 0-9 - _`).
    BadCharacters,
    /// Part of the code is missing.
    TooShort,
    /// The code was changed or damaged (checksum mismatch).
    Checksum,
    /// A format this app does not know (made by a newer app, or damaged).
    UnknownFormat(u8),
    /// Made against newer content than this app has.
    NewerContent { code: u8, ours: u8 },
    /// Made against older content than this app has.
    OlderContent { code: u8, ours: u8 },
    /// The nickname is too long, not UTF-8, not trimmed, has control characters, or its
    /// length does not match the rest of the code.
    BadNickname,
    /// The date cannot be read (reserved: every two-byte day count is a valid date).
    BadDate,
    /// An answer value that the item cannot have, or non-zero padding bits.
    BadAnswer,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "the result code is empty"),
            CodeError::BadCharacters => {
                write!(f, "the result code contains characters that are not base64url")
            }
            CodeError::TooShort => write!(f, "the result code is incomplete (too short)"),
            CodeError::Checksum => {
                write!(f, "the result code is damaged (checksum does not match)")
            }
            CodeError::UnknownFormat(v) => write!(f, "unknown result code format {v}"),
            CodeError::NewerContent { code, ours } => write!(
                f,
                "the result code was made with questionnaire version {code}, newer than ours ({ours})"
            ),
            CodeError::OlderContent { code, ours } => write!(
                f,
                "the result code was made with questionnaire version {code}, older than ours ({ours})"
            ),
            CodeError::BadNickname => write!(f, "the result code has an invalid nickname"),
            CodeError::BadDate => write!(f, "the result code has an invalid date"),
            CodeError::BadAnswer => write!(f, "the result code has an invalid answer value"),
        }
    }
}

impl std::error::Error for CodeError {}

/// The 3-bit value of an answer to `item`; 0 for no answer or one invalid for the item.
fn value_of(item: &Item, answer: Option<&Answer>) -> u8 {
    match (&item.kind, answer) {
        (ItemKind::Rating { .. }, Some(Answer::Rating(v))) if (1..=5).contains(v) => *v,
        (ItemKind::Rating { .. }, Some(Answer::NotApplicable)) => NOT_APPLICABLE,
        (ItemKind::Judgement { options, .. }, Some(Answer::Choice(id))) => options
            .iter()
            .position(|o| &o.id == id)
            .and_then(|i| u8::try_from(i + 1).ok())
            .filter(|&v| v <= MAX_VALUE)
            .unwrap_or(0),
        _ => 0,
    }
}

/// The answer a 3-bit value stands for on `item`: `Ok(None)` for unanswered, `Err` for a value
/// the item cannot have.
fn answer_of(item: &Item, value: u8) -> Result<Option<Answer>, CodeError> {
    match (&item.kind, value) {
        (_, 0) => Ok(None),
        (ItemKind::Rating { .. }, 1..=5) => Ok(Some(Answer::Rating(value))),
        (ItemKind::Rating { .. }, NOT_APPLICABLE) => Ok(Some(Answer::NotApplicable)),
        (ItemKind::Judgement { options, .. }, _) => options
            .get(usize::from(value) - 1)
            .map(|o| Some(Answer::Choice(o.id.clone())))
            .ok_or(CodeError::BadAnswer),
        _ => Err(CodeError::BadAnswer),
    }
}

/// Bytes taken by the packed answers of `q`.
fn answer_bytes(q: &Questionnaire) -> usize {
    (q.item_count() * BITS).div_ceil(8)
}

/// Packs 3-bit values most significant bit first, zero-padded to a byte.
fn pack(values: impl Iterator<Item = u8>) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0usize);
    for v in values {
        acc = (acc << BITS) | u32::from(v & MAX_VALUE);
        bits += BITS;
        while bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push((acc << (8 - bits)) as u8);
    }
    out
}

/// The `index`-th 3-bit value of `packed` (which must hold it).
fn unpack(packed: &[u8], index: usize) -> u8 {
    let mut value = 0;
    for bit in index * BITS..(index + 1) * BITS {
        let b = (packed[bit / 8] >> (7 - bit % 8)) & 1;
        value = (value << 1) | b;
    }
    value
}

/// The share code of `r`. Answers to unknown items and answers invalid for `q` are left out,
/// the nickname is normalized (see [`normalize_nickname`]) and the date clamped into
/// 2020-01-01..=2199-06-06; see [`SharedResult::canonical`]. The content version written is
/// `r.content_version`, which should be `q.version`.
pub fn encode(q: &Questionnaire, r: &SharedResult) -> String {
    let mut bytes = vec![FORMAT_VERSION, r.content_version];
    bytes.extend_from_slice(&r.date.clamped_days().to_be_bytes());
    bytes.extend(pack(
        q.all_items()
            .map(|(_, item)| value_of(item, r.answers.get(&item.id))),
    ));
    let nickname = r
        .nickname
        .as_deref()
        .and_then(normalize_nickname)
        .unwrap_or_default();
    // At most NICKNAME_MAX_BYTES (40) after normalizing.
    bytes.push(nickname.len() as u8);
    bytes.extend_from_slice(nickname.as_bytes());
    let crc = CRC32.checksum(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    BASE64.encode(bytes)
}

/// Reads a share code made for `q` (surrounding whitespace is ignored). Never panics.
pub fn decode(q: &Questionnaire, code: &str) -> Result<SharedResult, CodeError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(CodeError::BadCharacters);
    }
    // Only a length of 4k + 1 characters (which no byte string encodes to) fails here.
    let bytes = BASE64.decode(code).map_err(|e| match e {
        base64::DecodeError::InvalidLength(_) => CodeError::TooShort,
        _ => CodeError::BadCharacters,
    })?;
    let Some(&format) = bytes.first() else {
        return Err(CodeError::TooShort);
    };
    if format != FORMAT_VERSION {
        return Err(CodeError::UnknownFormat(format));
    }
    if bytes.len() < HEADER + 1 + CRC {
        return Err(CodeError::TooShort);
    }
    let content_version = bytes[1];
    let answers_end = HEADER + answer_bytes(q);
    // When the code is for our content we know its length, so a cut-off code is told apart
    // from a damaged one.
    if content_version == q.version {
        let nickname_len = bytes.get(answers_end).map_or(0, |&n| usize::from(n));
        if bytes.len() < answers_end + 1 + nickname_len + CRC {
            return Err(CodeError::TooShort);
        }
    }
    let (body, crc) = bytes.split_at(bytes.len() - CRC);
    let stored = u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if CRC32.checksum(body) != stored {
        return Err(CodeError::Checksum);
    }
    if content_version > q.version {
        return Err(CodeError::NewerContent {
            code: content_version,
            ours: q.version,
        });
    }
    if content_version < q.version {
        return Err(CodeError::OlderContent {
            code: content_version,
            ours: q.version,
        });
    }
    let days = u16::from_be_bytes([body[2], body[3]]);
    let date = Date::from_days(days);
    if date.days() != Some(days) {
        return Err(CodeError::BadDate);
    }
    // The length check above guarantees the answers and the nickname length byte are there.
    let answers = read_answers(q, &body[HEADER..answers_end])?;
    let nickname = read_nickname(&body[answers_end..])?;
    Ok(SharedResult {
        content_version,
        date,
        nickname,
        answers,
    })
}

fn read_answers(q: &Questionnaire, packed: &[u8]) -> Result<Answers, CodeError> {
    let mut answers = Answers::new();
    let mut count = 0;
    for (index, (_, item)) in q.all_items().enumerate() {
        if let Some(answer) = answer_of(item, unpack(packed, index))? {
            answers.insert(item.id.clone(), answer);
        }
        count = index + 1;
    }
    let used_bits = count * BITS;
    let padding = (packed.len() * 8).saturating_sub(used_bits);
    if padding > 0 {
        let last = packed.last().copied().unwrap_or(0);
        if last & ((1u16 << padding) - 1) as u8 != 0 {
            return Err(CodeError::BadAnswer);
        }
    }
    Ok(answers)
}

/// The nickname from its length byte onwards (`rest` excludes the checksum).
fn read_nickname(rest: &[u8]) -> Result<Option<String>, CodeError> {
    let Some((&len, text)) = rest.split_first() else {
        return Err(CodeError::TooShort);
    };
    let len = usize::from(len);
    if len > NICKNAME_MAX_BYTES || text.len() != len {
        return Err(CodeError::BadNickname);
    }
    if len == 0 {
        return Ok(None);
    }
    let text = std::str::from_utf8(text).map_err(|_| CodeError::BadNickname)?;
    if !is_valid_nickname(text) {
        return Err(CodeError::BadNickname);
    }
    Ok(Some(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_three_bits_most_significant_first() {
        // 1 = 001, 6 = 110, 7 = 111 -> 0011 1011 1(000 0000)
        assert_eq!(pack([1, 6, 7].into_iter()), vec![0b0011_1011, 0b1000_0000]);
        let packed = pack([5, 0, 3, 6, 2, 1, 4, 7, 1].into_iter());
        assert_eq!(packed.len(), 4);
        let back: Vec<u8> = (0..9).map(|i| unpack(&packed, i)).collect();
        assert_eq!(back, [5, 0, 3, 6, 2, 1, 4, 7, 1]);
        assert!(pack(std::iter::empty()).is_empty());
    }
}
