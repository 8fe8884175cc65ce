//! The named subject that opens a sentence, for a "he" or "she" later in the same sentence
//! when no speaker named before is within reach: "Secretary General Ban Ki-moon condemned
//! what he called …".

use super::super::lexicon::{is_determiner, is_organisation_word, is_title};
use super::super::opening::is_preposition;
use super::super::tokens::{Doc, Tok};
use crate::extract::Span;

/// The most words a subject name may have, titles included.
const MAX_NAME_WORDS: usize = 5;

/// The titled name opening `sentence` ("Sen. Ann Lee", "Secretary General Ban Ki-moon"),
/// when a verb or an appositive's comma follows it before `pos`. Only a title shows that
/// capitalised words opening a sentence name a person: "But Hodgson", "If Labour" and
/// "North East" open sentences too.
pub(super) fn opening_name<'t>(text: &'t Doc, sentence: Span, pos: usize) -> Option<&'t [Tok]> {
    let toks = text.window(sentence.start, pos);
    // ", he said" attributes the sentence before it, whose subject is what was said about.
    if !toks.last()?.is_word() {
        return None;
    }
    let run = toks
        .iter()
        .take(MAX_NAME_WORDS + 1)
        .take_while(|t| t.is_capitalised(text))
        .count();
    let after = toks.get(run)?;
    let followed_by_verb_or_comma = after.is_punct(text, ",")
        || after.is_word()
            && after
                .text(text)
                .starts_with(|c: char| c.is_ascii_lowercase());
    let name = &toks[..run];
    let person_words = name
        .iter()
        .skip_while(|t| is_title(t.text(text).trim_end_matches('.')))
        .count();
    let titled = person_words < run;
    let plausible = titled
        && (1..=3).contains(&person_words)
        && run <= MAX_NAME_WORDS
        && name.iter().all(|t| {
            let word = t.text(text);
            !is_determiner(word)
                && !is_preposition(&word.to_lowercase())
                && !is_organisation_word(word)
                && word.chars().any(char::is_lowercase)
                && !word.ends_with("'s")
                && !word.ends_with("’s")
        });
    (plausible && followed_by_verb_or_comma).then_some(name)
}
