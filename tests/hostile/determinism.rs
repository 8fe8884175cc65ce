//! The extractor is a pure function: the same text and date give the same entities, every
//! time, whatever the text. The side panel, the index and `extract --json` all rely on it.

use dateline::extract::{Date, extract};
use proptest::prelude::*;

/// News-like text with the shapes every rule family looks at, or any string at all.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("\u{201c}".to_string()),
        Just("\u{201d}".to_string()),
        Just("\"".to_string()),
        Just(", she said. ".to_string()),
        Just("said the ministry".to_string()),
        Just("according to officials".to_string()),
        Just("Kunming, Yunnan Province".to_string()),
        Just("Georgia".to_string()),
        Just("last Tuesday".to_string()),
        Just("15 July 2012".to_string()),
        Just("the 1990s".to_string()),
        "[A-Z][a-z]{1,9}",
        "[a-z]{1,9}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        prop::collection::vec(piece, 0..80).prop_map(|p| p.concat()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extraction_is_deterministic(text in text(), dated in any::<bool>()) {
        let dct = dated.then(|| Date::constant(2026, 11, 24));
        let first = extract(&text, dct);
        prop_assert_eq!(&first, &extract(&text, dct));
    }
}
