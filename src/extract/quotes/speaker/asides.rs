//! Asides between a speaker and the cue: an appositive between commas ("Kwon, a lawyer,
//! said"), a hometown ("Lee, of Dayton, Ohio, said"), a bracketed party label ("Ann Lee
//! (D-Md.) said"), and which of the two names the speaker when both are names or offices.

use super::super::lexicon::{is_organisation_word, is_title};
use super::super::tokens::Tok;
use super::{MAX_APPOSITIVE, phrase_ending_at};
use crate::extract::Span;

/// Skips "a lawyer," back to the comma before it; returns the token count before that comma.
/// Brackets and quotation marks may sit inside ("a contestant on “The Apprentice,”").
pub(super) fn skip_appositive(text: &str, toks: &[Tok]) -> Option<usize> {
    let limit = toks.len().saturating_sub(MAX_APPOSITIVE);
    let inner = |t: &Tok| {
        t.is_word()
            || ["(", ")", "\"", "“", "”"]
                .iter()
                .any(|m| t.is_punct(text, m))
    };
    (limit..toks.len())
        .rev()
        .take_while(|&k| inner(&toks[k]) || toks[k].is_punct(text, ","))
        .find(|&k| toks[k].is_punct(text, ","))
        .filter(|&k| k > 0)
}

/// "Johnnie Wilson, of Springfield, Va., said", "a nurse, 29, from Dayton, said": a
/// hometown (and an age) between commas after the speaker, given `toks` up to the comma before the cue; returns
/// the token count before the hometown's opening comma.
pub(super) fn skip_hometown(text: &str, toks: &[Tok]) -> Option<usize> {
    let mut k = toks.len();
    // The town, then optionally its state or country after a comma.
    for part in 0..2 {
        let part_end = k;
        while k > 0
            && part_end - k < 4
            && (toks[k - 1].is_capitalised(text) || toks[k - 1].is_punct(text, "."))
        {
            k -= 1;
        }
        if k == part_end {
            return None;
        }
        if part == 0 && k > 0 && toks[k - 1].is_punct(text, ",") {
            k -= 1;
        } else {
            break;
        }
    }
    let preposition = toks.get(k.checked_sub(1)?)?.text(text);
    let comma = k.checked_sub(2).filter(|&c| c > 0)?;
    if !(["of", "from"].contains(&preposition) && toks[comma].is_punct(text, ",")) {
        return None;
    }
    // "Dewayne Smithy, 33, of Baldwin": the age between commas goes with the hometown.
    match &toks[..comma] {
        [.., before, age] if before.is_punct(text, ",") && is_age(age.text(text)) => {
            Some(comma - 2).filter(|&c| c > 0)
        }
        _ => Some(comma),
    }
}

fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// "The Shadow Secretary of State for the Family, Theresa May, said": the person's name
/// between commas after an office, rather than the office.
pub(super) fn name_after_office(text: &str, head: &[Tok], appositive: &[Tok]) -> Option<Span> {
    let office = phrase_ending_at(text, head)?;
    let office_words = head.iter().filter(|t| t.start >= office.start);
    let has_title = office_words
        .clone()
        .any(|t| is_title(t.text(text).trim_end_matches('.')));
    let all_capitalised = office_words.clone().all(|t| {
        t.text(text).starts_with(char::is_uppercase) || ["of", "for", "the"].contains(&t.text(text))
    });
    let person = (2..=3).contains(&appositive.len())
        && appositive
            .iter()
            .all(|t| t.is_capitalised(text) && !is_organisation_word(t.text(text)));
    let (first, last) = (appositive.first()?, appositive.last()?);
    (has_title && all_capitalised && person).then(|| Span::new(first.start, last.end))
}

/// `…, Gov. Ann Lee (R-OH), said`: where the name before a party label and a comma ends,
/// when the name opens its clause. (Otherwise the phrase between commas is an appositive.)
pub(super) fn name_with_party_label(text: &str, toks: &[Tok]) -> Option<usize> {
    let (last, label_close) = match toks {
        [.., close, comma] if comma.is_punct(text, ",") && close.is_punct(text, ")") => {
            (toks.len() - 1, close)
        }
        _ => return None,
    };
    let open = without_parenthetical(text, &toks[..last]);
    let label = text.get(toks.get(open)?.end..label_close.start)?.trim();
    let name = phrase_ending_at(text, &toks[..open])?;
    let before_name = toks[..open].iter().rev().find(|t| t.start < name.start);
    let opens_clause = before_name.is_none_or(|t| t.is_punct(text, ","));
    let capitalised = text.get(name.start..)?.starts_with(char::is_uppercase);
    (is_party_label(label) && opens_clause && capitalised).then_some(open)
}

/// "R", "D-Md.", "I-Vt.", "R-OH": a US party and state label.
pub(super) fn is_party_label(label: &str) -> bool {
    let (party, state) = label.split_once('-').unwrap_or((label, "A"));
    let state = state.trim_end_matches('.');
    ["D", "R", "I"].contains(&party)
        && (1..=5).contains(&state.len())
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// The token count of `toks` without a short bracketed tail, as in "Ann Lee (D-Md.)".
pub(super) fn without_parenthetical(text: &str, toks: &[Tok]) -> usize {
    if !toks.last().is_some_and(|t| t.is_punct(text, ")")) {
        return toks.len();
    }
    toks.iter()
        .rposition(|t| t.is_punct(text, "("))
        .filter(|&open| toks.len() - open <= 8)
        .unwrap_or(toks.len())
}
