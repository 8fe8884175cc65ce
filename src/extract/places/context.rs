//! Context rules that decide whether a gazetteer match is a place mention: people and
//! organisations whose names contain a place, sentence-initial and common-word names, and
//! the words around a name that make it a place. Its word lists are in [`super::lexicon`].

use super::lexicon::{
    is_day_or_month, is_locative_preposition, is_modifier, is_opener, is_organisation_head,
    is_place_preposition, is_place_suffix, is_title,
};
use super::tokens::{Shape, Word};

/// Whether only a single space separates two words.
#[must_use]
pub fn adjacent(text: &str, left: &Word, right: &Word) -> bool {
    text.get(left.end..right.start) == Some(" ")
}

/// What the word before a name says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Nothing against it.
    Neutral,
    /// A compass modifier that joins the name ("Southern California").
    Modifier,
    /// The name ends a longer capitalised name: a person ("Michael Jordan") or an organisation.
    LongerName { person_like: bool },
}

/// Judges the word before the name at `first` (index into `words`).
#[must_use]
pub fn before(text: &str, words: &[Word], first: usize) -> Before {
    let Some(prev) = first.checked_sub(1).map(|i| &words[i]) else {
        return Before::Neutral;
    };
    let name = &words[first];
    let prev_text = prev.text(text);
    let initial = prev_text.chars().count() == 1 && prev.shape == Shape::Capitalised;
    if prev.dot_after
        && (is_title(prev_text) || initial)
        && text.get(prev.end..name.start) == Some(". ")
    {
        return Before::LongerName { person_like: true };
    }
    if !prev.is_upper_initial() || prev.caps_context || !adjacent(text, prev, name) {
        return Before::Neutral;
    }
    if is_modifier(prev_text) {
        return Before::Modifier;
    }
    if is_day_or_month(prev_text) || (prev.sentence_start && is_opener(prev_text)) {
        return Before::Neutral;
    }
    Before::LongerName {
        person_like: prev.shape == Shape::Capitalised,
    }
}

/// Whether the word after the name (which ends at byte `end`) continues a longer capitalised
/// name ("Chicago Bulls", "Los Angeles Times", "Georgia Smith", "U.S. Open").
#[must_use]
pub fn continues_into_name(text: &str, words: &[Word], last: usize, end: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    if !next.is_upper_initial() || next.caps_context || text.get(end..next.start) != Some(" ") {
        return false;
    }
    let next_text = next.text(text);
    !(is_place_suffix(next_text) || is_day_or_month(next_text))
}

/// Whether an ALL-CAPS name is followed by a word that makes it an event or a newspaper
/// ("HONG KONG OPEN", "BERLIN GRAND PRIX", "JAKARTA POST").
#[must_use]
pub fn names_an_event(text: &str, words: &[Word], last: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    adjacent(text, &words[last], next)
        && matches!(
            next.text(text),
            "OPEN"
                | "CUP"
                | "GRAND"
                | "POST"
                | "TIMES"
                | "MASTERS"
                | "CLASSIC"
                | "MARATHON"
                | "RALLY"
                | "TROPHY"
                | "CHALLENGE"
                | "HERALD"
                | "DAILY"
                | "GAMES"
                | "INVITATIONAL"
        )
}

/// Whether the name sits inside a code or an amount rather than prose: a virus strain
/// ("A/California/7/2009"), a currency ("$US", "US$"), a handle or a tag ("@Paris").
#[must_use]
pub fn inside_code(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    matches!(before, Some('$' | '@' | '#'))
        || after == Some('$')
        || before == Some('/') && after == Some('/')
}

/// Whether the name is the first half of a hyphenated modifier ("U.S.-led", "Seoul-based"),
/// an adjective rather than a place mention.
#[must_use]
pub fn hyphenated_modifier(text: &str, end: usize) -> bool {
    let mut rest = text.get(end..).unwrap_or("").chars();
    rest.next() == Some('-') && rest.next().is_some_and(char::is_lowercase)
}

/// Whether the name follows "Capitalised of" ("Bank of England", "Voice of America",
/// "University of California"): part of an organisation's or title's name.
#[must_use]
pub fn inside_of_phrase(text: &str, words: &[Word], first: usize) -> bool {
    let (Some(of), Some(head)) = (
        first.checked_sub(1).map(|i| &words[i]),
        first.checked_sub(2).map(|i| &words[i]),
    ) else {
        return false;
    };
    let linked = matches!(of.text(text), "of" | "for" | "de")
        && adjacent(text, of, &words[first])
        && adjacent(text, head, of);
    linked && head.shape == Shape::Capitalised && is_organisation_head(head.text(text))
}

/// Whether a lowercase preposition that marks a place stands right before the name.
#[must_use]
pub fn after_place_preposition(text: &str, words: &[Word], first: usize) -> bool {
    preposition_before(text, words, first).is_some_and(is_place_preposition)
}

/// Whether one of the surest locative prepositions ("in", "near") stands right before.
#[must_use]
pub fn after_locative_preposition(text: &str, words: &[Word], first: usize) -> bool {
    preposition_before(text, words, first).is_some_and(is_locative_preposition)
}

fn preposition_before<'t>(text: &'t str, words: &[Word], first: usize) -> Option<&'t str> {
    let prev = first.checked_sub(1).map(|i| &words[i])?;
    (prev.shape == Shape::Lower && adjacent(text, prev, &words[first])).then(|| prev.text(text))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::words;
    use super::*;

    fn before_at(text: &str, index: usize) -> Before {
        before(text, &words(text), index)
    }

    #[test]
    fn names_before_a_place_make_a_longer_name() {
        assert_eq!(
            before_at("said Michael Jordan today", 2),
            Before::LongerName { person_like: true }
        );
        assert_eq!(
            before_at("met Mr. Washington", 2),
            Before::LongerName { person_like: true }
        );
        assert_eq!(before_at("In Seoul", 1), Before::Neutral);
        assert_eq!(before_at("A Seoul official", 1), Before::Neutral);
        assert_eq!(before_at("in Southern California", 2), Before::Modifier);
        assert_eq!(before_at("on Monday Beijing said", 2), Before::Neutral);
    }

    #[test]
    fn capitalised_followers_extend_the_name() {
        let text = "the Chicago Bulls and Georgia Smith and Yunnan Province and Beijing said";
        let w = words(text);
        assert!(continues_into_name(text, &w, 1, w[1].end));
        assert!(continues_into_name(text, &w, 4, w[4].end));
        assert!(!continues_into_name(text, &w, 7, w[7].end));
        assert!(!continues_into_name(text, &w, 10, w[10].end));
        let open = "the U.S. Open";
        let w = words(open);
        assert!(continues_into_name(open, &w, 1, w[1].end + 1));
    }

    #[test]
    fn of_phrases_of_organisations() {
        let text = "the Bank of England and the city of London and Voice of America";
        let w = words(text);
        assert!(inside_of_phrase(text, &w, 3));
        assert!(!inside_of_phrase(text, &w, 8));
        assert!(inside_of_phrase(text, &w, 12));
        let title = "the President of France";
        assert!(!inside_of_phrase(title, &words(title), 3));
    }

    #[test]
    fn hyphenated_modifiers_are_adjectives() {
        let text = "a U.S.-led force from Hong Kong-Macau";
        assert!(hyphenated_modifier(text, text.find("-led").unwrap_or(0)));
        assert!(!hyphenated_modifier(text, text.find("-Macau").unwrap_or(0)));
    }

    #[test]
    fn codes_and_amounts_are_not_prose() {
        let text = "strain A/California/7/2009 cost $US 5 or US$5";
        let at = |s: &str| text.find(s).unwrap_or(0);
        assert!(inside_code(text, at("California"), at("/7")));
        assert!(inside_code(text, at("US 5"), at(" 5 or")));
        assert!(inside_code(text, at("US$"), at("$5")));
        assert!(!inside_code("in California now", 3, 13));
    }

    #[test]
    fn prepositions_give_a_strong_signal() {
        let text = "born in Reading and Reading Gaol";
        let w = words(text);
        assert!(after_place_preposition(text, &w, 2));
        assert!(!after_place_preposition(text, &w, 4));
    }
}
