//! Place names: a built-in gazetteer ([`gazetteer`]) scanned over the text's words
//! ([`tokens`]), judged ([`judge`]) by context rules ([`context`], [`layout`], word lists in
//! [`lexicon`]) that keep people, organisations, clubs, demonyms and common words out,
//! completed by patterns for names the gazetteer does not know ([`patterns`]), with ambiguous
//! names resolved and explained ([`resolve`]).

mod context;
mod gazetteer;
mod judge;
mod layout;
mod lexicon;
mod patterns;
mod resolve;
mod tokens;

use self::gazetteer::{FastSet, GAZETTEER, Sense};
use self::judge::Verdict;
use self::patterns::Slot;
use self::resolve::{Evidence, Reading};
use self::tokens::Word;
use super::{Place, PlaceKind, Span};

/// A gazetteer name found in the text: words `first..=last`, ending at byte `end` (past a
/// trailing dot for "U.S.").
#[derive(Debug, Clone, Copy)]
struct Match {
    first: usize,
    last: usize,
    end: usize,
    senses: &'static [Sense],
}

/// A match that the context rules accept, with its final span.
#[derive(Debug, Clone, Copy)]
struct Accepted {
    found: Match,
    span: Span,
    /// A compass word was joined to the name ("Southern California").
    modified: bool,
    /// Context marks it as a place whatever else the text says ("in X", a dateline).
    strong: bool,
}

/// Finds place mentions in `text`.
#[must_use]
pub fn find(text: &str) -> Vec<Place> {
    let words = tokens::words(text);
    let slots = patterns::slots(text, &words);
    let mut accepted = Vec::with_capacity(words.len() / 32 + 1);
    let mut surnames = FastSet::default();
    let mut teams = FastSet::default();
    for found in scan(text, &words) {
        let surface = &text[words[found.first].start..found.end];
        match judge::judge(text, &words, &slots, found) {
            Verdict::Place(place) => accepted.push(place),
            Verdict::Surname => {
                surnames.insert(surface);
            }
            Verdict::Team => {
                teams.insert(surface.to_lowercase());
            }
            Verdict::Rejected => {}
        }
    }
    accepted.retain(|a| {
        let surface = &text[words[a.found.first].start..a.found.end];
        let other_use = (!surnames.is_empty() && surnames.contains(surface))
            || (!teams.is_empty() && teams.contains(&surface.to_lowercase()));
        a.strong || !other_use
    });
    let mut places = resolve_all(text, &accepted);
    places.extend(unknown_places(text, &words, &slots, &places));
    places.sort_by_key(|p| p.span);
    places
}

/// Longest gazetteer names, left to right, without overlaps.
fn scan(text: &str, words: &[Word]) -> Vec<Match> {
    // A name per fifty words or so; room for one in 32 so a news text rarely regrows it.
    let mut matches = Vec::with_capacity(words.len() / 32 + 1);
    let mut i = 0;
    while i < words.len() {
        // Every name starts with an uppercase letter: most words are passed over here,
        // without the call.
        if !words[i].is_upper_initial() {
            i += 1;
            continue;
        }
        match longest_at(text, words, i) {
            Some(found) => {
                i = found.last + 1;
                matches.push(found);
            }
            None => i += 1,
        }
    }
    matches
}

/// The longest gazetteer name starting at word `first`, extended word by word while the
/// words so far start some name.
fn longest_at(text: &str, words: &[Word], first: usize) -> Option<Match> {
    let start_word = &words[first];
    if !start_word.is_upper_initial() {
        return None;
    }
    if !start_variants(text, start_word).any(|word| GAZETTEER.may_start(word)) {
        return None;
    }
    let caps = start_word.caps_context;
    let mut best: Option<Match> = None;
    let mut last = first;
    loop {
        let mut extends = false;
        for end in end_variants(&words[last]) {
            let Some(node) = GAZETTEER.node(&text[start_word.start..end], caps) else {
                continue;
            };
            extends |= node.extends;
            if !node.senses.is_empty() && best.is_none_or(|b| b.end < end) {
                best = Some(Match {
                    first,
                    last,
                    end,
                    senses: &node.senses,
                });
            }
        }
        let Some(next) = words.get(last + 1) else {
            break;
        };
        let gap = &text[words[last].end..next.start];
        // "People's Republic of China": the possessive "s" is a word of its own here.
        let possessive = matches!(gap, "'" | "’") && next.text(text) == "s";
        if !possessive && !(extends && (gap == " " || gap == ". " && words[last].dot_after)) {
            break;
        }
        last += 1;
    }
    best
}

/// The word, and the word with its trailing dot ("U.S.", "St.").
fn start_variants<'t>(text: &'t str, word: &Word) -> impl Iterator<Item = &'t str> {
    end_variants(word).filter_map(move |end| text.get(word.start..end))
}

/// Where a name ending with this word may end: after its dot first, then at the word.
fn end_variants(word: &Word) -> impl Iterator<Item = usize> {
    word.dot_after
        .then_some(word.end + 1)
        .into_iter()
        .chain([word.end])
}

/// Resolves every accepted match to a place, using the countries the text mentions.
fn resolve_all(text: &str, accepted: &[Accepted]) -> Vec<Place> {
    let mut evidence = Evidence::default();
    for place in accepted {
        evidence.note(place.found.senses);
    }
    accepted
        .iter()
        .enumerate()
        .filter_map(|(i, place)| {
            let qualifiers = qualifier_codes(text, place, accepted.get(i + 1));
            let reading = resolve::choose(place.found.senses, &evidence, &qualifiers)?;
            Some(to_place(text, place, reading))
        })
        .collect()
}

/// Country codes of a place named right after this one ("Paris, Texas").
fn qualifier_codes(text: &str, place: &Accepted, next: Option<&Accepted>) -> Vec<&'static str> {
    let Some(next) = next else {
        return Vec::new();
    };
    if text.get(place.span.end..next.span.start) != Some(", ") {
        return Vec::new();
    }
    next.found
        .senses
        .iter()
        .map(|&s| GAZETTEER.entry(s).country_code)
        .collect()
}

fn to_place(text: &str, place: &Accepted, reading: Reading) -> Place {
    let entry = GAZETTEER.entry(reading.sense);
    let country = match entry.kind {
        PlaceKind::Country => Some(entry.name.to_string()),
        _ => GAZETTEER
            .country_name(entry.country_code)
            .map(str::to_string),
    };
    let name = if place.modified {
        text[place.span.start..place.found.end].to_string()
    } else {
        entry.name.to_string()
    };
    Place {
        span: place.span,
        name,
        kind: entry.kind,
        country,
        coords: entry.coords,
        reading: reading.why,
    }
}

/// Names that only a pattern marks as places ("Tunmen, a town near ..."), where no known
/// place overlaps them; one sweep over both lists in text order.
fn unknown_places(text: &str, words: &[Word], slots: &[Slot], known: &[Place]) -> Vec<Place> {
    let mut known_spans: Vec<Span> = known.iter().map(|p| p.span).collect();
    known_spans.sort_unstable();
    let mut candidates: Vec<(Span, &Slot)> = slots
        .iter()
        .map(|slot| {
            let end_word = slot.suffix.unwrap_or(slot.last);
            (
                Span::new(words[slot.first].start, words[end_word].end),
                slot,
            )
        })
        .collect();
    candidates.sort_unstable_by_key(|(span, _)| *span);
    let mut found: Vec<Place> = Vec::new();
    let mut next_known = 0;
    for (span, slot) in candidates {
        while known_spans
            .get(next_known)
            .is_some_and(|k| k.end <= span.start)
        {
            next_known += 1;
        }
        let overlaps_known = known_spans
            .get(next_known)
            .is_some_and(|k| k.start < span.end);
        let overlaps_found = found.last().is_some_and(|p| p.span.end > span.start);
        let end_word = slot.suffix.unwrap_or(slot.last);
        if overlaps_known
            || overlaps_found
            || context::continues_into_name(text, words, end_word, span.end)
        {
            continue;
        }
        found.push(Place {
            span,
            name: text[words[slot.first].start..words[slot.last].end].to_string(),
            kind: PlaceKind::Other,
            country: None,
            coords: None,
            reading: None,
        });
    }
    found
}

#[cfg(test)]
mod tests;
