//! A time or place adjunct that opens a sentence without a comma and was read back into the
//! speaker phrase: "In 1995 Mr Negroponte said", "During the interview Mr Blair said".

use super::super::lexicon::is_determiner;
use super::super::opening::is_preposition;
use super::super::tokens::Tok;

/// The index in `phrase` (a speaker phrase's tokens, read back from its cue) where the
/// subject starts after such an adjunct: 0 keeps the whole phrase, and `None` means the
/// phrase is only an adjunct ("Beyond the job cuts announced"), which nobody speaks.
/// `before` is the token before the phrase, which ended it.
pub(super) fn subject_start(text: &str, before: Option<&Tok>, phrase: &[Tok]) -> Option<usize> {
    let first = phrase.first()?.text(text);
    let opens_subject = |k: usize| {
        phrase
            .get(k)
            .is_some_and(|t| t.is_capitalised(text) || is_determiner(t.text(text)))
    };
    // Lower-case "of" and "for" join a head ("a spokesman for the company"), unlike "For
    // its part"; "about", "over" and the like approximate a quantity ("about half of
    // voters", "over 30,000 people").
    let joins = ["of", "for"].contains(&first);
    let approximates = ["about", "over", "under", "around", "near", "like"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first));
    let joins_or_approximates = joins || approximates;
    if is_preposition(first) && !joins_or_approximates {
        // "During the interview Mr Blair": the object runs up to a name after a lower-case word.
        return (2..phrase.len())
            .find(|&j| phrase[j].is_capitalised(text) && !phrase[j - 1].is_capitalised(text));
    }
    // "In 2003 her employers": the year is the preposition's object.
    let after_year =
        is_year(first) && before.is_some_and(|b| is_preposition(b.text(text))) && opens_subject(1);
    Some(usize::from(after_year))
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("1") || word.starts_with("20"))
}
