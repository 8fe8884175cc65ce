//! Robustness: any input gives in-bounds spans on char boundaries, deterministically and in
//! bounded time.

use super::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_input_gives_valid_spans_deterministically(text in "\\PC{0,200}") {
        let first = find(&text, Some(DCT));
        for m in &first {
            prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
        prop_assert_eq!(first, find(&text, Some(DCT)));
    }

    #[test]
    fn date_like_input_never_panics(
        text in "([0-9]{1,4}|July|Sept\\.|Tuesday|the|last|ago|a|'|’|-|/|,|\\.|:| |p\\.m\\.|quarter|third|year|s){0,40}",
        year in 1i16..9999,
    ) {
        let dct = Date::new(year, 2, 28).ok();
        for m in find(&text, dct) {
            prop_assert!(text.get(m.span.start..m.span.end).is_some());
            prop_assert!(!m.value.is_empty());
        }
    }
}

/// Long chains of weekdays or modifiers used to nest rules without bound; they must come back
/// with valid spans (speed itself is measured by `cargo bench`, not asserted here).
#[test]
fn nested_rule_chains_stay_shallow() {
    for unit in ["Monday, ", "the end of ", "early ", "noon "] {
        let text = unit.repeat(50_000);
        for m in find(&text, Some(DCT)) {
            assert!(text.get(m.span.start..m.span.end).is_some(), "{unit:?}");
        }
    }
}

#[test]
fn long_input_runs_in_bounded_time() {
    let text = "On Tuesday, July 15, 2012, the third quarter ended. ".repeat(20_000);
    let mentions = find(&text, Some(DCT));
    assert_eq!(mentions.len(), 2 * 20_000); // "Tuesday, July 15, 2012" and "the third quarter"
}

/// The scan skips lexicon words that `grammar::may_start` says no rule reads first: no
/// expression may start at one, whatever follows it.
#[test]
fn skipped_lexicon_words_start_no_expression() {
    use super::super::grammar::{Ctx, may_start, parse_at};
    use super::super::lexicon::all_entries;
    use super::super::token::tokenize;
    let followers = "|2012|days ago|year|years ago|now|week|Tuesday|of May|the|-|'90s|quarter";
    for (word, _) in all_entries() {
        for follower in followers.split('|') {
            let text = format!("{word} {follower}");
            let toks = tokenize(&text);
            let ctx = Ctx::new(&text, &toks);
            if !may_start(&ctx, 0) {
                assert!(parse_at(&ctx, 0).is_none(), "{text:?}");
            }
        }
    }
}
