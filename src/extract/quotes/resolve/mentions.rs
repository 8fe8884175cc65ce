//! Mentions of names in the text: the capitalised words, the run of them around one
//! mention, and what is not part of a name (possessives, a headline's title case, the
//! second word of an office).

use super::super::lexicon::{is_title, may_be_in_name};
use super::super::tokens::{Doc, Tok};
use super::NAME_REACH;

/// The words of `toks` as written, from the first to the last.
pub(super) fn phrase(text: &str, toks: &[Tok]) -> Option<String> {
    let (first, last) = (toks.first()?, toks.last()?);
    text.get(first.start..last.end).map(str::to_string)
}

/// The capitalised tokens of the text, in order.
pub(super) fn capitalised_tokens(text: &Doc) -> Vec<Tok> {
    let whole = text.text();
    // Sized for every token up front: a filtered collect grows the vector by doubling,
    // and those reallocations cost more than the scan itself.
    let mut capitalised = Vec::with_capacity(text.tokens().len());
    capitalised.extend(
        text.tokens()
            .iter()
            .filter(|t| t.is_capitalised(whole))
            .copied(),
    );
    capitalised
}

/// A word without its possessive ("Kwon's" → "Kwon"), read as bytes: this runs for every
/// capitalised word of a text.
pub(super) fn bare(word: &str) -> &str {
    let bytes = word.as_bytes();
    let cut = (0..bytes.len())
        .find(|&i| bytes[i] == b'\'' || bytes.get(i..i + 3) == Some("’".as_bytes()));
    cut.and_then(|i| word.get(..i)).unwrap_or(word)
}

/// Whether `bare(word) == key` for a `key` without a possessive, testing the first byte
/// before anything else: this runs for every capitalised word per name searched for.
pub(super) fn is_mention(word: &str, key: &str) -> bool {
    word.as_bytes().first() == key.as_bytes().first()
        && word.starts_with(key)
        && word
            .get(key.len()..)
            .is_some_and(|rest| bare(rest).is_empty())
}

/// The run of capitalised words around the word at `pos` ("Kwon Na-hyun"), unless it is
/// in a title-case line (a headline's "Trump Stands Tall"), and whether it opens a
/// sentence (where its first word may just be capitalised there: "Did Donald Trump").
pub(super) fn name_around<'t>(text: &Doc<'t>, pos: usize) -> Option<(&'t str, bool)> {
    let whole = text.text();
    let toks = text.window(pos.saturating_sub(NAME_REACH), pos + NAME_REACH);
    let at = toks.iter().position(|t| t.start == pos)?;
    let mut first = at;
    while first > 0 && in_name(whole, &toks[first - 1]) {
        first -= 1;
    }
    if first > 0 && first < at && ends_office(toks[first - 1].text(whole), toks[first].text(whole))
    {
        first += 1;
    }
    let mut last = at;
    while toks.get(last + 1).is_some_and(|t| in_name(whole, t)) {
        last += 1;
    }
    let inside = first
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|before| before.is_word() || before.is_punct(whole, ","));
    if last - first >= 2 && looks_like_headline(text, pos) {
        return None;
    }
    let name = whole.get(toks[first].start..toks[last].end)?;
    Some((without_possessive(name), !inside))
}

/// Whether `word` after the title `title` is the office's second word ("Secretary
/// General Ban Ki-moon"), not the person's first name.
pub(super) fn ends_office(title: &str, word: &str) -> bool {
    word == "General" && is_title(title.trim_end_matches('.'))
}

/// A name without a trailing possessive ("Michael Jackson's" → "Michael Jackson"), keeping
/// apostrophes inside it ("O'Brien").
fn without_possessive(name: &str) -> &str {
    ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|ending| name.strip_suffix(ending))
        .unwrap_or(name)
}

/// The names found around mentions, without a sentence-opening run whose tail is also a
/// full name ("Did Donald Trump" when "Donald Trump" occurs too).
pub(super) fn without_opening_words(names: Vec<(&str, bool)>) -> Vec<&str> {
    names
        .iter()
        .filter(|(name, opens)| {
            // A one-word tail is a surname: "Nora Lindqvist" stays.
            let tail = name
                .split_once(' ')
                .map(|(_, tail)| tail)
                .filter(|tail| tail.contains(' '));
            !(*opens && tail.is_some_and(|tail| names.iter().any(|(n, _)| *n == tail)))
        })
        .map(|(name, _)| *name)
        .collect()
}

/// Whether the line around `pos` is in title case, as headlines are ("Trump Stands Tall
/// After Debate"): most of its words capitalised.
fn looks_like_headline(text: &Doc, pos: usize) -> bool {
    let whole = text.text();
    let start = whole[..pos].rfind('\n').map_or(0, |k| k + 1);
    let end = whole[pos..].find('\n').map_or(whole.len(), |k| pos + k);
    let words: Vec<&Tok> = text
        .window(start, end)
        .iter()
        .filter(|t| t.is_word())
        .take(40)
        .collect();
    let capitalised = words.iter().filter(|t| t.is_capitalised(whole)).count();
    words.len() >= 3 && capitalised * 4 >= words.len() * 3
}

/// Whether a token can be part of a name: capitalised, and not a title, pronoun,
/// determiner or clause opener.
fn in_name(text: &str, t: &Tok) -> bool {
    t.is_capitalised(text) && may_be_in_name(t.text(text))
}
