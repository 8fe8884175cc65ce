//! Photo and text credits ("Source: Los Angeles Times", "Photo: Reuters"): a credit cue
//! followed by a short name up to the end of the line or a closing bracket. A cue followed
//! by a whole sentence ("Above photo: Demonstrators stage a rally ...") is a caption.

use super::tokens::floor_boundary;
use crate::extract::{Credit, Span};

const CUES: [&str; 11] = [
    "Source:",
    "Sources:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Image:",
    "Credit:",
    "Photo credit:",
    "Image credit:",
    "Courtesy:",
];

/// How far after the cue the credited name may end, in bytes.
const LINE_REACH: usize = 120;
/// The most words a credited name may have.
const MAX_WORDS: usize = 6;

/// Every credit in `text`, in order.
///
/// Every cue ends in a colon, so the scan looks for colons (a `memchr` search) and
/// compares the words before each with the cues, instead of running an automaton over
/// every byte.
pub fn find(text: &str) -> Vec<Credit> {
    text.match_indices(':')
        .filter_map(|(colon, _)| {
            let start = cue_before(text, colon)?;
            let span = credited_name(text, colon + 1)?;
            let cue = text.get(start..=colon)?.to_string();
            Some(Credit { span, cue })
        })
        .collect()
}

/// The start of the longest credit cue ending with the colon at `colon`, if any.
fn cue_before(text: &str, colon: usize) -> Option<usize> {
    CUES.iter()
        .filter_map(|cue| {
            let word = &cue[..cue.len() - 1];
            let start = colon.checked_sub(word.len())?;
            let head = text.get(start..colon)?;
            (head.eq_ignore_ascii_case(word) && starts_word(text, start)).then_some(start)
        })
        .min()
}

fn starts_word(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .and_then(|h| h.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The short capitalised name after a credit cue, up to the line end or a bracket.
fn credited_name(text: &str, from: usize) -> Option<Span> {
    let rest = text.get(from..floor_boundary(text, from.saturating_add(LINE_REACH)))?;
    let line_end = rest.find(['\n', ')', ']', '|']).unwrap_or(rest.len());
    let line = &rest[..line_end];
    let lead = line.len() - line.trim_start().len();
    let name = line.trim().trim_end_matches('.');
    let words = name.split_whitespace().count();
    let capitalised = name.starts_with(|c: char| c.is_uppercase());
    let sentence_inside = name.contains(". ");
    if words == 0 || words > MAX_WORDS || !capitalised || sentence_inside {
        return None;
    }
    let start = from + lead;
    Some(Span::new(start, start + name.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credits(text: &str) -> Vec<(&str, String)> {
        find(text)
            .into_iter()
            .map(|c| (&text[c.span.start..c.span.end], c.cue))
            .collect()
    }

    #[test]
    fn finds_credits_at_line_ends_and_in_brackets() {
        assert_eq!(
            credits("A caption. Source: Daily Planet\n(Photo: Wire Service) text"),
            [
                ("Daily Planet", "Source:".to_string()),
                ("Wire Service", "Photo:".to_string())
            ]
        );
    }

    #[test]
    fn captions_are_not_credits() {
        assert!(credits("Above photo: Crowds gather at the gate to protest the plan.").is_empty());
        assert!(credits("Photo: lowercase start").is_empty());
    }
}
