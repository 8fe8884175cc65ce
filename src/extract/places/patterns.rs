//! Context patterns that mark a capitalised name as a place whether or not the gazetteer
//! knows it: "X Province", "X County", "the city of X", "X, a town near ...". They give
//! "slots" (word ranges); the finder uses them as strong evidence for gazetteer names and
//! reports unknown names in them as `PlaceKind::Other`.

use super::context::adjacent;
use super::lexicon::{is_day_or_month, is_opener};
use super::tokens::{Shape, Word};

/// Longest unknown name a pattern accepts, in words.
pub const MAX_RUN: usize = 3;

/// Administrative words written after a name ("Yunnan Province").
fn is_suffix(word: &str) -> bool {
    matches!(
        word,
        "Province" | "Prefecture" | "County" | "Oblast" | "Governorate" | "Municipality"
    )
}

/// Lowercase nouns for places ("the city of X", "X, a village in ..."); not "state", whose
/// "the state of X" is mostly a condition.
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "province"
            | "county"
            | "district"
            | "region"
            | "capital"
            | "port"
            | "suburb"
            | "prefecture"
            | "island"
            | "municipality"
            | "township"
            | "hamlet"
            | "commune"
            | "settlement"
            | "neighbourhood"
            | "neighborhood"
            | "outskirts"
            | "borough"
            | "enclave"
            | "resort"
    )
}

/// Adjectives that may stand between "a" and the place noun ("a small town").
const MAX_ADJECTIVES: usize = 2;

/// Words that end the search for "a ... town": "Smith, a lawyer in town" is no appositive.
const FUNCTION_WORDS: &[&str] = &[
    "in", "of", "at", "on", "for", "with", "from", "to", "near", "by", "the", "and", "or", "as",
];

/// A word range `first..=last` that context marks as a place name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub first: usize,
    pub last: usize,
    /// Index of a trailing administrative word that belongs in the span ("Province").
    pub suffix: Option<usize>,
}

/// Finds every slot in the text, sorted by first word.
#[must_use]
pub fn slots(text: &str, words: &[Word]) -> Vec<Slot> {
    let mut found = Vec::new();
    // Every pattern involves a capitalised word, and those are few: look around them only.
    for (i, word) in words.iter().enumerate() {
        if word.shape != Shape::Capitalised {
            continue;
        }
        if is_suffix(word.text(text)) {
            let joined = i > 0 && adjacent(text, &words[i - 1], word);
            if let Some(first) = run_back(text, words, i.saturating_sub(1)).filter(|_| joined) {
                found.push(Slot {
                    first,
                    last: i - 1,
                    suffix: Some(i),
                });
            }
        }
        if let Some(noun) = i
            .checked_sub(2)
            .filter(|&n| is_lower_place_noun(text, &words[n]))
        {
            found.extend(of_slot(text, words, noun));
        }
        if text
            .get(word.end..)
            .is_some_and(|rest| rest.starts_with(", a"))
        {
            let nouns = (i + 2..=i + 2 + MAX_ADJECTIVES).take_while(|&n| n < words.len());
            if let Some(noun) = nouns
                .into_iter()
                .find(|&n| is_lower_place_noun(text, &words[n]))
            {
                found.extend(appositive_slot(text, words, noun));
            }
        }
    }
    found.sort_unstable_by_key(|slot| (slot.first, slot.last));
    found
}

fn is_lower_place_noun(text: &str, word: &Word) -> bool {
    word.shape == Shape::Lower && is_place_noun(word.text(text))
}

/// "the city of X": the capitalised run after "of".
fn of_slot(text: &str, words: &[Word], noun: usize) -> Option<Slot> {
    let of = words.get(noun + 1)?;
    if of.text(text) != "of" || !adjacent(text, &words[noun], of) {
        return None;
    }
    let last = run_forward(text, words, noun + 2)?;
    if demonym_modifier(text, words, noun + 2, last) {
        return None;
    }
    Some(Slot {
        first: noun + 2,
        last,
        suffix: None,
    })
}

/// "X, a town near ...": the capitalised run before ", a" (up to two adjectives between).
fn appositive_slot(text: &str, words: &[Word], noun: usize) -> Option<Slot> {
    let article = (1..=MAX_ADJECTIVES + 1)
        .filter_map(|back| noun.checked_sub(back))
        .find(|&i| matches!(words[i].text(text), "a" | "an"))?;
    let between = &words[article + 1..noun];
    if between
        .iter()
        .any(|w| w.shape != Shape::Lower || FUNCTION_WORDS.contains(&w.text(text)))
    {
        return None;
    }
    if !ends_noun_phrase(text, words, noun) {
        return None;
    }
    let name_end = article.checked_sub(1)?;
    let gap = text.get(words[name_end].end..words[article].start)?;
    if gap != ", " {
        return None;
    }
    let first = run_back(text, words, name_end)?;
    Some(Slot {
        first,
        last: name_end,
        suffix: None,
    })
}

/// Whether the place noun ends its noun phrase ("a town near ...", "a village."), rather
/// than modifying another noun ("a city official").
fn ends_noun_phrase(text: &str, words: &[Word], noun: usize) -> bool {
    let Some(next) = words.get(noun + 1) else {
        return true;
    };
    if !adjacent(text, &words[noun], next) {
        return true;
    }
    matches!(
        next.text(text),
        "in" | "of"
            | "near"
            | "on"
            | "close"
            | "about"
            | "north"
            | "south"
            | "east"
            | "west"
            | "outside"
            | "at"
            | "with"
            | "where"
            | "that"
            | "which"
            | "known"
            | "located"
            | "some"
            | "just"
            | "around"
            | "called"
            | "bordering"
            | "along"
            | "by"
            | "and"
            | "from"
            | "to"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "off"
    )
}

/// A capitalised word of two or more characters ("S" from "S&#227;o" is none).
fn is_name_word(word: &Word) -> bool {
    word.shape == Shape::Capitalised && word.end - word.start >= 2
}

/// "a city of Italian immigrants": a one-word demonym run that modifies the next noun.
fn demonym_modifier(text: &str, words: &[Word], first: usize, last: usize) -> bool {
    let demonym = ["ian", "ese", "ish", "ean"]
        .iter()
        .any(|end| words[first].text(text).ends_with(end));
    let modifies = words
        .get(last + 1)
        .is_some_and(|next| next.shape == Shape::Lower && adjacent(text, &words[last], next));
    first == last && demonym && modifies
}

/// The capitalised run ending at `last` (at most `MAX_RUN` words), without a
/// sentence-initial first word that could be an ordinary capitalised word.
fn run_back(text: &str, words: &[Word], last: usize) -> Option<usize> {
    if !is_name_word(words.get(last)?) {
        return None;
    }
    let mut first = last;
    while first > 0
        && last - first + 1 < MAX_RUN
        && is_name_word(&words[first - 1])
        && adjacent(text, &words[first - 1], &words[first])
    {
        first -= 1;
    }
    trim_unreliable_start(text, words, first, last)
}

/// The capitalised run starting at `first` (at most `MAX_RUN` words).
fn run_forward(text: &str, words: &[Word], first: usize) -> Option<usize> {
    let start = words.get(first)?;
    if !is_name_word(start) || start.sentence_start || is_day_or_month(start.text(text)) {
        return None;
    }
    let mut last = first;
    while last + 1 < words.len()
        && last - first + 1 < MAX_RUN
        && is_name_word(&words[last + 1])
        && adjacent(text, &words[last], &words[last + 1])
    {
        last += 1;
    }
    Some(last)
}

/// Drops a sentence-opening function word ("The", "In") and refuses day and month names.
fn trim_unreliable_start(text: &str, words: &[Word], first: usize, last: usize) -> Option<usize> {
    let opener = |i: usize| words[i].sentence_start && is_opener(words[i].text(text));
    let first = if opener(first) && first < last {
        first + 1
    } else {
        first
    };
    if opener(first) || is_day_or_month(words[first].text(text)) {
        return None;
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::words;
    use super::*;

    fn slot_texts(text: &str) -> Vec<String> {
        let w = words(text);
        slots(text, &w)
            .iter()
            .map(|s| {
                let end = s.suffix.map_or(w[s.last].end, |i| w[i].end);
                text[w[s.first].start..end].to_string()
            })
            .collect()
    }

    #[test]
    fn administrative_suffixes() {
        assert_eq!(
            slot_texts("arrested in Qingdao, Shandong Province, and"),
            ["Shandong Province"]
        );
        assert_eq!(
            slot_texts("residents of Orange County said"),
            ["Orange County"]
        );
        assert!(slot_texts("The County said").is_empty());
    }

    #[test]
    fn the_city_of_and_appositives() {
        assert_eq!(
            slot_texts("held in Tunmen, a town close to the border"),
            ["Tunmen"]
        );
        assert_eq!(slot_texts("the ancient city of Xanadu was"), ["Xanadu"]);
        assert!(slot_texts("a city of Italian immigrants").is_empty());
        assert!(slot_texts("the state of Parmalat's finances").is_empty());
        assert!(slot_texts("the city of S&#227;o Paulo").is_empty());
        assert_eq!(
            slot_texts("Banwol, a small fishing village, lies"),
            ["Banwol"]
        );
        assert!(slot_texts("Smith, a lawyer in town").is_empty());
        assert!(slot_texts("Tim Whitley, a city official, said").is_empty());
    }
}
