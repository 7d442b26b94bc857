//! The share code: documented layout, round trips, corruption detection, every error, and no
//! panics on any input.

mod common;
mod result_support;

use assessment::answers::{Answer, Answers};
use assessment::code::{decode, encode, CodeError, SharedResult};
use assessment::date::Date;
use assessment::nickname::normalize_nickname;
use assessment::questionnaire::Questionnaire;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use proptest::prelude::*;
use result_support::{complete_answers, date, en, en_with_version, result, result_strategy};

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), bit by bit: an oracle independent of
/// the crate's checksum library.
fn crc32_ieee(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Appends the big-endian CRC and writes the bytes in base64url without padding.
fn seal(mut bytes: Vec<u8>) -> String {
    let crc = crc32_ieee(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Header for the shipped content (format 1, content version 1) dated 2024-05-03.
fn header() -> Vec<u8> {
    // 2020..2023 = 366 + 365 + 365 + 365 = 1461 days; Jan-Apr 2024 = 31 + 29 + 31 + 30 = 121;
    // + 2 -> 1584 = 0x0630.
    vec![1, 1, 0x06, 0x30]
}

/// 52 items x 3 bits = 156 bits = 20 bytes (4 padding bits).
const ANSWER_BYTES: usize = 20;

#[test]
fn the_crc_oracle_is_the_ieee_crc() {
    assert_eq!(crc32_ieee(b"123456789"), 0xCBF4_3926);
}

#[test]
fn code_follows_the_documented_layout() {
    let q = en();
    assert_eq!(q.item_count(), 52);
    let mut answers = Answers::new();
    // First dimension in content order: trust.r1..r6, then trust.j1.
    answers.insert("trust.r1".into(), Answer::Rating(5));
    answers.insert("trust.r2".into(), Answer::NotApplicable);
    answers.insert("trust.j1".into(), Answer::Choice("c".into()));
    // The last item of the questionnaire: social.j1, 52nd.
    answers.insert("social.j1".into(), Answer::Choice("a".into()));
    let r = SharedResult {
        nickname: Some("Al".into()),
        ..result(q, answers, None)
    };
    // Values 5, 6, 0, 0, 0, 0, 3, then 44 zeros, then 1:
    // 101 110 000 | 000 000 000 | 011 ... -> 1011_1000, 0000_0000, 0001_1000.
    let mut packed = vec![0u8; ANSWER_BYTES];
    packed[0] = 0b1011_1000;
    packed[2] = 0b0001_1000;
    // Item 52 sits at bits 153..156: the last byte holds bits 152..160 = 0 001 0000.
    packed[19] = 0b0001_0000;
    let mut bytes = header();
    bytes.extend(packed);
    bytes.extend([2, b'A', b'l']);
    let expected = seal(bytes);
    assert_eq!(encode(q, &r), expected);
    assert_eq!(decode(q, &expected), Ok(r));
}

#[test]
fn the_example_in_the_format_document_decodes() {
    let q = en();
    let mut answers = Answers::new();
    answers.insert("trust.r1".into(), Answer::Rating(4));
    answers.insert("trust.r2".into(), Answer::NotApplicable);
    answers.insert("trust.j1".into(), Answer::Choice("a".into()));
    let expected = SharedResult {
        nickname: Some("Kim".into()),
        ..result(q, answers, None)
    };
    let code = "AQEGMJgACAAAAAAAAAAAAAAAAAAAAAAAA0tpbYh0tZs";
    assert_eq!(decode(q, code), Ok(expected.clone()));
    assert_eq!(encode(q, &expected), code);
}

#[test]
fn a_complete_result_without_nickname_fits_in_64_characters() {
    let q = en();
    let code = encode(q, &result(q, complete_answers(q), None));
    // 4 header + 20 answer bytes + 1 nickname length + 4 CRC = 29 bytes -> ceil(29 * 4 / 3).
    assert_eq!(code.len(), 39, "{code}");
    assert!(code.len() <= 64);
    assert!(code.bytes().all(|b| ALPHABET.as_bytes().contains(&b)));
}

#[test]
fn a_forty_byte_nickname_is_carried() {
    let q = en();
    let name = "Åsa Ölund-Virtanen, \"Tiimi\" 2024 äåx";
    assert_eq!(name.len(), 40);
    let r = result(q, complete_answers(q), Some(name));
    let code = encode(q, &r);
    assert_eq!(decode(q, &code), Ok(r));
    assert!(code.len() <= 92, "{}", code.len());
}

#[test]
fn answers_the_code_cannot_hold_are_left_out() {
    let q = en();
    let mut answers = Answers::new();
    answers.insert("trust.r1".into(), Answer::Rating(4));
    answers.insert("trust.r2".into(), Answer::Rating(9));
    answers.insert("trust.r3".into(), Answer::Choice("a".into()));
    answers.insert("trust.j1".into(), Answer::Choice("z".into()));
    answers.insert("hybrid.j1".into(), Answer::Rating(2));
    answers.insert("no.such.item".into(), Answer::Rating(3));
    let r = SharedResult {
        nickname: Some("  \tTeam\n".into()),
        ..result(q, answers, None)
    };
    let back = decode(q, &encode(q, &r)).expect("decodes");
    let expected: Answers = [("trust.r1".to_string(), Answer::Rating(4))].into();
    assert_eq!(back.answers, expected);
    assert_eq!(back.nickname.as_deref(), Some("Team"));
    assert_eq!(back, r.canonical(q));
}

#[test]
fn dates_outside_the_range_are_clamped() {
    let q = en();
    let mut r = result(q, Answers::new(), None);
    r.date = Date {
        year: 2300,
        month: 1,
        day: 1,
    };
    assert_eq!(decode(q, &encode(q, &r)).unwrap().date, Date::LAST);
    r.date = Date {
        year: 2019,
        month: 12,
        day: 31,
    };
    assert_eq!(decode(q, &encode(q, &r)).unwrap().date, Date::EPOCH);
}

/// Replaces every character of `code` by every other alphabet character.
fn assert_every_single_change_is_caught(q: &Questionnaire, original: &SharedResult) {
    let code = encode(q, original);
    let mut undetected = 0;
    for i in 0..code.len() {
        for c in ALPHABET.chars() {
            if code.as_bytes()[i] == c as u8 {
                continue;
            }
            let mut changed = code.clone();
            changed.replace_range(i..=i, &c.to_string());
            if let Ok(r) = decode(q, &changed) {
                assert_eq!(&r, original, "{changed} decodes to another result");
                undetected += 1;
            }
        }
    }
    // Only the unused low bits of the last character may change without effect.
    let unused_bits = code.len() * 6 - code.len() * 6 / 8 * 8;
    assert!(
        undetected < 1 << unused_bits,
        "{undetected} harmless changes"
    );
}

#[test]
fn every_single_character_change_is_detected_or_harmless() {
    let q = en();
    assert_every_single_change_is_caught(q, &result(q, complete_answers(q), None));
    assert_every_single_change_is_caught(q, &result(q, complete_answers(q), Some("Mia, \"K\"")));
    assert_every_single_change_is_caught(q, &result(q, Answers::new(), None));
    let mut partial = complete_answers(q);
    partial.retain(|id, _| id.starts_with('t') || id.starts_with('h'));
    partial.insert("social.r2".into(), Answer::NotApplicable);
    assert_every_single_change_is_caught(
        q,
        &SharedResult {
            date: date(2031, 12, 31),
            ..result(q, partial, Some("ÄÖ"))
        },
    );
}

#[test]
fn empty_code() {
    assert_eq!(decode(en(), ""), Err(CodeError::Empty));
    assert_eq!(decode(en(), "  \n"), Err(CodeError::Empty));
}

#[test]
fn surrounding_whitespace_is_ignored() {
    let q = en();
    let r = result(q, complete_answers(q), None);
    assert_eq!(decode(q, &format!(" {}\n", encode(q, &r))), Ok(r));
}

#[test]
fn non_base64_characters() {
    let q = en();
    let code = encode(q, &result(q, complete_answers(q), None));
    for bad in [
        format!("{code}="),
        format!("{}+{}", &code[..10], &code[11..]),
        format!("{}/{}", &code[..10], &code[11..]),
        format!("{} {}", &code[..10], &code[11..]),
        format!("{}ä{}", &code[..10], &code[11..]),
        "#r=abc".to_string(),
    ] {
        assert_eq!(decode(q, &bad), Err(CodeError::BadCharacters), "{bad:?}");
    }
}

#[test]
fn truncated_codes_are_too_short() {
    let q = en();
    let code = encode(q, &result(q, complete_answers(q), Some("Nick")));
    for keep in 1..code.len() {
        assert_eq!(
            decode(q, &code[..keep]),
            Err(CodeError::TooShort),
            "first {keep} characters"
        );
    }
}

#[test]
fn a_changed_character_fails_the_checksum() {
    let q = en();
    let code = encode(q, &result(q, complete_answers(q), None));
    let mid = code.len() / 2;
    let c = if &code[mid..=mid] == "A" { "B" } else { "A" };
    let changed = format!("{}{}{}", &code[..mid], c, &code[mid + 1..]);
    assert_eq!(decode(q, &changed), Err(CodeError::Checksum));
}

#[test]
fn unknown_format() {
    let mut bytes = vec![2, 1, 0, 0];
    bytes.extend([0; ANSWER_BYTES + 1]);
    assert_eq!(decode(en(), &seal(bytes)), Err(CodeError::UnknownFormat(2)));
    assert_eq!(
        decode(en(), &URL_SAFE_NO_PAD.encode([0u8; 30])),
        Err(CodeError::UnknownFormat(0))
    );
}

#[test]
fn content_version_mismatches() {
    let v1 = en();
    let v2 = en_with_version(2);
    let r1 = result(v1, complete_answers(v1), None);
    let r2 = result(&v2, complete_answers(&v2), None);
    assert_eq!(
        decode(&v2, &encode(v1, &r1)),
        Err(CodeError::OlderContent { code: 1, ours: 2 })
    );
    assert_eq!(
        decode(v1, &encode(&v2, &r2)),
        Err(CodeError::NewerContent { code: 2, ours: 1 })
    );
    assert_eq!(decode(&v2, &encode(&v2, &r2)), Ok(r2));
}

/// A sealed code for the shipped content with these answer bytes and nickname bytes.
fn code_with(packed: [u8; ANSWER_BYTES], nickname: &[u8]) -> String {
    let mut bytes = header();
    bytes.extend(packed);
    bytes.push(nickname.len() as u8);
    bytes.extend_from_slice(nickname);
    seal(bytes)
}

#[test]
fn invalid_answer_values_are_rejected() {
    let q = en();
    // 7 on the first (rating) item.
    let mut packed = [0u8; ANSWER_BYTES];
    packed[0] = 0b1110_0000;
    assert_eq!(
        decode(q, &code_with(packed, b"")),
        Err(CodeError::BadAnswer)
    );
    // 6 (not applicable) on the first item is fine.
    packed[0] = 0b1100_0000;
    assert_eq!(
        decode(q, &code_with(packed, b"")).map(|r| r.answers),
        Ok([("trust.r1".to_string(), Answer::NotApplicable)].into())
    );
    // trust.j1 (7th item, bits 18..21) has options a-d: 4 is d, 5, 6 and 7 are invalid.
    for (value, ok) in [(4u8, true), (5, false), (6, false), (7, false)] {
        let mut packed = [0u8; ANSWER_BYTES];
        packed[2] = value << 3;
        let decoded = decode(q, &code_with(packed, b""));
        if ok {
            assert_eq!(
                decoded.map(|r| r.answers),
                Ok([("trust.j1".to_string(), Answer::Choice("d".into()))].into())
            );
        } else {
            assert_eq!(decoded, Err(CodeError::BadAnswer), "value {value}");
        }
    }
    // Padding bits (the low 4 bits of the last answer byte) must be zero.
    let mut packed = [0u8; ANSWER_BYTES];
    packed[19] = 0b0000_0100;
    assert_eq!(
        decode(q, &code_with(packed, b"")),
        Err(CodeError::BadAnswer)
    );
}

#[test]
fn option_beyond_a_three_option_item_is_rejected() {
    use common::{build, judgement, simple_dimension};
    let mut dim = simple_dimension("a", 3, &[]);
    dim["items"]
        .as_array_mut()
        .unwrap()
        .push(judgement("a.s1", &[3, 1, 0]));
    let q = build(vec![dim]);
    // Items a.1, a.2, a.3, a.s1: 12 bits = 2 bytes; a.s1 is bits 9..12.
    let small = |value: u8| {
        let mut bytes = vec![1, q.version, 0, 0, 0, value << 4, 0];
        let crc = crc32_ieee(&bytes);
        bytes.extend(crc.to_be_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    };
    assert_eq!(
        decode(&q, &small(3)).map(|r| r.answers),
        Ok([("a.s1".to_string(), Answer::Choice("c".into()))].into())
    );
    assert_eq!(decode(&q, &small(4)), Err(CodeError::BadAnswer));
}

#[test]
fn invalid_nicknames_are_rejected() {
    let q = en();
    let packed = [0u8; ANSWER_BYTES];
    assert_eq!(
        decode(q, &code_with(packed, "x".repeat(41).as_bytes())),
        Err(CodeError::BadNickname)
    );
    assert_eq!(
        decode(q, &code_with(packed, &[0xC3, 0x28])),
        Err(CodeError::BadNickname)
    );
    for bad in [" Al", "Al ", "A\nl", "A\u{7f}l"] {
        assert_eq!(
            decode(q, &code_with(packed, bad.as_bytes())),
            Err(CodeError::BadNickname),
            "{bad:?}"
        );
    }
    assert_eq!(
        decode(q, &code_with(packed, "Al".as_bytes())).map(|r| r.nickname),
        Ok(Some("Al".to_string()))
    );
    // A length byte that leaves extra bytes before the checksum.
    let mut bytes = header();
    bytes.extend(packed);
    bytes.extend([1, b'A', b'l']);
    assert_eq!(decode(q, &seal(bytes)), Err(CodeError::BadNickname));
}

#[test]
fn errors_read_well_in_logs() {
    let texts = [
        CodeError::Empty.to_string(),
        CodeError::NewerContent { code: 3, ours: 2 }.to_string(),
        CodeError::UnknownFormat(9).to_string(),
    ];
    assert!(
        texts[1].contains('3') && texts[1].contains('2'),
        "{}",
        texts[1]
    );
    assert!(texts[2].contains('9'));
    assert!(texts.iter().all(|t| !t.is_empty()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn decode_gives_back_what_was_encoded(r in result_strategy(en())) {
        let code = encode(en(), &r);
        prop_assert!(code.len() <= 92);
        prop_assert_eq!(decode(en(), &code), Ok(r));
    }

    #[test]
    fn any_typed_nickname_comes_back_normalized(
        raw in any::<String>(),
        days in any::<u16>(),
    ) {
        let q = en();
        let r = SharedResult {
            date: Date::from_days(days),
            nickname: Some(raw.clone()),
            ..result(q, Answers::new(), None)
        };
        let back = decode(q, &encode(q, &r)).expect("decodes");
        prop_assert_eq!(&back.nickname, &normalize_nickname(&raw));
        if let Some(n) = &back.nickname {
            prop_assert!(n.len() <= 40);
            prop_assert!(!n.chars().any(char::is_control));
            prop_assert_eq!(n.trim(), n.as_str());
            prop_assert!(n.chars().all(|c| raw.contains(c)));
        }
        prop_assert_eq!(back.date, Date::from_days(days));
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = decode(en(), &text);
    }

    #[test]
    fn decoding_any_base64_text_never_panics(text in "[A-Za-z0-9_-]{0,80}") {
        let _ = decode(en(), &text);
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode(en(), &URL_SAFE_NO_PAD.encode(&bytes));
    }

    /// Random answer bytes are accepted exactly when every 3-bit value fits its item and the
    /// padding is zero (an oracle written from the documented layout).
    #[test]
    fn answer_bytes_are_accepted_exactly_when_every_value_fits(
        // Mostly values every item accepts (0-4), now and then 5-7 and non-zero padding.
        values in proptest::collection::vec(prop_oneof![20 => 0u8..=4, 1 => 5u8..=7], 52),
        padding in prop_oneof![9 => Just(0u8), 1 => 1u8..16],
    ) {
        use assessment::questionnaire::ItemKind;
        let q = en();
        let mut packed = [0u8; ANSWER_BYTES];
        let mut put = |bit: usize, on: bool| {
            if on {
                packed[bit / 8] |= 0x80 >> (bit % 8);
            }
        };
        for (n, v) in values.iter().enumerate() {
            for k in 0..3 {
                put(3 * n + k, v & (4 >> k) != 0);
            }
        }
        for k in 0..4 {
            put(156 + k, padding & (8 >> k) != 0);
        }
        let mut all_fit = padding == 0;
        let mut expected = Answers::new();
        for ((_, item), &v) in q.all_items().zip(&values) {
            match (&item.kind, v) {
                (_, 0) => {}
                (ItemKind::Rating { .. }, 1..=5) => {
                    expected.insert(item.id.clone(), Answer::Rating(v));
                }
                (ItemKind::Rating { .. }, 6) => {
                    expected.insert(item.id.clone(), Answer::NotApplicable);
                }
                (ItemKind::Judgement { options, .. }, v) if usize::from(v) <= options.len() => {
                    let id = options[usize::from(v) - 1].id.clone();
                    expected.insert(item.id.clone(), Answer::Choice(id));
                }
                _ => all_fit = false,
            }
        }
        let decoded = decode(q, &code_with(packed, b""));
        if all_fit {
            prop_assert_eq!(decoded.map(|r| r.answers), Ok(expected));
        } else {
            prop_assert_eq!(decoded, Err(CodeError::BadAnswer));
        }
    }

    /// Bodies with a correct checksum reach the answer and nickname checks.
    #[test]
    fn decoding_checksummed_bodies_never_panics(
        body in proptest::collection::vec(any::<u8>(), 0..64),
        version in prop_oneof![Just(1u8), any::<u8>()],
    ) {
        let mut bytes = vec![1, version];
        bytes.extend(body);
        if let Ok(r) = decode(en(), &seal(bytes)) {
            // Whatever decodes is a valid result that encodes back to a code for it.
            prop_assert_eq!(decode(en(), &encode(en(), &r)), Ok(r));
        }
    }
}
