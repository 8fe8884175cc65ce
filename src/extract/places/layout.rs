//! Line layouts that change what a name means: datelines ("BELGRADE 1996-08-22",
//! "MOSCOW (Reuters) -", "SAN MATEO , Calif. 1996-08-23"), where an opening name is a place
//! even if it is also a common word, and sports results and tables ("Nantes 0 Lens 1",
//! "CHICAGO 69 59 .539", "Xavier Gravelaine ( Marseille )"), where a city's name is its club.

use super::gazetteer::GAZETTEER;
use super::tokens::{Shape, Word};
use crate::extract::PlaceKind;

/// Whether the name spanning words `first..` up to byte `end` opens a dateline: it starts a
/// line in capitals and a date, a bracketed agency or a comma follows.
#[must_use]
pub fn is_dateline(text: &str, words: &[Word], first: usize, end: usize) -> bool {
    let word = &words[first];
    let line_start = first == 0
        || text
            .get(words[first - 1].end..word.start)
            .is_some_and(|gap| gap.contains('\n'));
    if !line_start || !word.caps_context {
        return false;
    }
    let rest = text.get(end..).unwrap_or("").trim_start_matches(' ');
    rest.starts_with(['(', ',']) || rest.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether the name is used as a sports club: followed by a score or table figures, alone
/// in brackets after a player's name, or placed in a country ("Karlsruhe of Germany").
#[must_use]
pub fn looks_like_team(text: &str, words: &[Word], first: usize, last: usize, end: usize) -> bool {
    followed_by_score(text, words, last, end)
        || bracketed_after_name(text, words, first, end)
        || of_a_country(text, words, last, end)
}

/// "Karlsruhe of Germany": a town is not "of" a country in news English; a club or a
/// player is.
fn of_a_country(text: &str, words: &[Word], last: usize, end: usize) -> bool {
    let (Some(of), Some(country)) = (words.get(last + 1), words.get(last + 2)) else {
        return false;
    };
    text.get(end..of.start) == Some(" ")
        && of.text(text) == "of"
        && text.get(of.end..country.start) == Some(" ")
        && country.is_upper_initial()
        && GAZETTEER
            .node(country.text(text), country.caps_context)
            .is_some_and(|node| {
                node.senses
                    .iter()
                    .any(|&s| GAZETTEER.entry(s).kind == PlaceKind::Country)
            })
}

fn followed_by_score(text: &str, words: &[Word], last: usize, end: usize) -> bool {
    let Some(next) = words.get(last + 1) else {
        return false;
    };
    next.shape == Shape::Other
        && text.get(end..next.start) == Some(" ")
        && next.text(text).starts_with(|c: char| c.is_ascii_digit())
        && !is_date(next.text(text))
}

/// "1996-08-22", "22/08/1996": a dateline's date, not a score.
fn is_date(word: &str) -> bool {
    let separators = word.chars().filter(|c| matches!(c, '-' | '/')).count();
    separators >= 2 || word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

fn bracketed_after_name(text: &str, words: &[Word], first: usize, end: usize) -> bool {
    let start = words[first].start;
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    let after = text.get(end..).unwrap_or("").trim_start_matches(' ');
    let Some(before_bracket) = before.strip_suffix('(') else {
        return false;
    };
    let name_before = first
        .checked_sub(1)
        .map(|i| &words[i])
        .filter(|w| w.end <= before_bracket.len() && before_bracket[w.end..].trim().is_empty());
    after.starts_with(')') && name_before.is_some_and(|w| w.shape == Shape::Capitalised)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::words;
    use super::*;

    fn span_of(text: &str, name: &str) -> (Vec<Word>, usize, usize, usize) {
        let w = words(text);
        let start = text.find(name).expect("name in text");
        let first = w.iter().position(|x| x.start == start).expect("word");
        let end = start + name.len();
        let last = w.iter().rposition(|x| x.end <= end).expect("word");
        (w, first, last, end)
    }

    #[test]
    fn datelines() {
        for (text, name) in [
            ("BELGRADE 1996-08-22\nText", "BELGRADE"),
            ("Intro\nMOSCOW (Reuters) - Text", "MOSCOW"),
            ("SAN MATEO , Calif. 1996-08-23", "SAN MATEO"),
        ] {
            let (w, first, _, end) = span_of(text, name);
            assert!(is_dateline(text, &w, first, end), "{text}");
        }
        let text = "We met in READING today";
        let (w, first, _, end) = span_of(text, "READING");
        assert!(!is_dateline(text, &w, first, end));
    }

    #[test]
    fn teams_in_results_tables_and_brackets() {
        for (text, name) in [
            ("Nantes 0 Lens 1", "Nantes"),
            ("CHICAGO 69 59 .539 7", "CHICAGO"),
            ("Xavier Gravelaine ( Marseille ) , Enzo", "Marseille"),
            ("a final match against Karlsruhe of Germany .", "Karlsruhe"),
        ] {
            let (w, first, last, end) = span_of(text, name);
            assert!(looks_like_team(text, &w, first, last, end), "{text}");
        }
        for (text, name) in [
            ("BELGRADE 1996-08-22", "BELGRADE"),
            ("the summit ( Paris ) ended", "Paris"),
        ] {
            let (w, first, last, end) = span_of(text, name);
            assert!(!looks_like_team(text, &w, first, last, end), "{text}");
        }
    }
}
