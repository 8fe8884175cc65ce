//! Mentions of names in the text: where a word occurs, the run of capitalised words
//! around one mention, and what is not part of a name (possessives, a headline's title
//! case, the second word of an office).

use super::super::lexicon::{is_title, may_be_in_name};
use super::super::tokens::{Doc, Tok};
use super::capitals::Capitals;
use super::{MAX_MENTIONS, NAME_REACH};

/// The words of `toks` as written, from the first to the last.
pub(super) fn phrase<'t>(text: &'t str, toks: &[Tok]) -> Option<&'t str> {
    let (first, last) = (toks.first()?, toks.last()?);
    text.get(first.start..last.end)
}

/// The distinct names around the first mentions of `key` (a word without a possessive),
/// in text order.
pub(super) fn names_with<'t>(text: &Doc<'t>, capitals: &Capitals, key: &str) -> Vec<&'t str> {
    let (whole, toks) = (text.text(), text.tokens());
    let initial = key.as_bytes().first().copied().unwrap_or_default();
    let mut names: Vec<(&str, bool)> = Vec::new();
    let around = capitals
        .starting_with(initial)
        .filter(|&at| is_mention(toks[at].text(whole), key))
        .take(MAX_MENTIONS)
        .filter_map(|at| name_around(text, at));
    for (name, opens) in around {
        match names.iter_mut().find(|(n, _)| *n == name) {
            Some((_, always_opens)) => *always_opens &= opens,
            None => names.push((name, opens)),
        }
    }
    without_opening_words(names)
}

/// A word without its possessive ("Kwon's" → "Kwon"), read as bytes: this runs for every
/// capitalised word sharing its initial with a name searched for.
pub(super) fn bare(word: &str) -> &str {
    let bytes = word.as_bytes();
    let cut = (0..bytes.len())
        .find(|&i| bytes[i] == b'\'' || bytes.get(i..i + 3) == Some("’".as_bytes()));
    cut.and_then(|i| word.get(..i)).unwrap_or(word)
}

/// Whether `bare(word) == key` for a `key` without a possessive.
fn is_mention(word: &str, key: &str) -> bool {
    word.starts_with(key)
        && word
            .get(key.len()..)
            .is_some_and(|rest| bare(rest).is_empty())
}

/// The run of capitalised words around the token `at` ("Kwon Na-hyun"), within reach of
/// it, unless it is in a title-case line (a headline's "Trump Stands Tall"), and whether it
/// opens a sentence (where its first word may just be capitalised there: "Did Donald
/// Trump").
fn name_around<'t>(text: &Doc<'t>, at: usize) -> Option<(&'t str, bool)> {
    let (whole, toks) = (text.text(), text.tokens());
    let pos = toks.get(at)?.start;
    let (lo, hi) = (pos.saturating_sub(NAME_REACH), pos + NAME_REACH);
    // The tokens lying wholly within reach, as `Doc::window` gives them.
    let reach = |k: usize| toks.get(k).filter(|t| t.start >= lo && t.end <= hi);
    reach(at)?;
    let before = |k: usize| k.checked_sub(1).and_then(reach);
    let mut first = at;
    while before(first).is_some_and(|t| in_name(whole, t)) {
        first -= 1;
    }
    if first < at
        && before(first).is_some_and(|t| ends_office(t.text(whole), toks[first].text(whole)))
    {
        first += 1;
    }
    let mut last = at;
    while reach(last + 1).is_some_and(|t| in_name(whole, t)) {
        last += 1;
    }
    let inside =
        before(first).is_some_and(|before| before.is_word() || before.is_punct(whole, ","));
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
fn without_opening_words(names: Vec<(&str, bool)>) -> Vec<&str> {
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
    let (mut words, mut capitalised) = (0, 0);
    for word in text
        .window(start, end)
        .iter()
        .filter(|t| t.is_word())
        .take(40)
    {
        words += 1;
        capitalised += usize::from(word.is_capitalised(whole));
    }
    words >= 3 && capitalised * 4 >= words * 3
}

/// Whether a token can be part of a name: capitalised, and not a title, pronoun,
/// determiner or clause opener.
fn in_name(text: &str, t: &Tok) -> bool {
    t.is_capitalised(text) && may_be_in_name(t.text(text))
}
