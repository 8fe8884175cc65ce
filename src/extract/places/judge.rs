//! The verdict on each gazetteer match: the context rules of [`super::context`],
//! [`super::layout`] and [`super::patterns`] applied in order, from the surest rejections
//! (day names, codes, names inside a pattern's longer name) through the signals that make a
//! name a place whatever else holds (a locative preposition, a dateline, a pattern, a place
//! after a comma) to the neighbours of a name in running text.

use super::context::{self, Before};
use super::gazetteer::{GAZETTEER, Sense};
use super::patterns::{self, Slot};
use super::tokens::{Shape, Word};
use super::{Accepted, Match, layout, lexicon, longest_at};
use crate::extract::{PlaceKind, Span};

/// What the context says about a match.
pub(super) enum Verdict {
    Place(Accepted),
    /// The name is a person's surname here ("Michael Jordan"): bare uses elsewhere in the
    /// text likely mean the person too.
    Surname,
    /// The name is a sports club here ("Nantes 0 Lens 1"): so it is elsewhere in the text.
    Team,
    Rejected,
}

/// The pattern slot that contains the match. `slots` are sorted by their first word and
/// span a few words each, so only the slots starting just before the match are looked at.
fn in_slot(slots: &[Slot], found: &Match) -> Option<Slot> {
    let after = slots.partition_point(|s| s.first <= found.first);
    slots[..after]
        .iter()
        .rev()
        .take_while(|s| s.first + patterns::MAX_RUN >= found.first)
        .find(|s| found.last <= s.last)
        .copied()
}

/// Applies the context rules to one match.
pub(super) fn judge(text: &str, words: &[Word], slots: &[Slot], found: Match) -> Verdict {
    let start = words[found.first].start;
    let surface = &text[start..found.end];
    let lone_modifier = found.first == found.last && lexicon::is_modifier(surface);
    if lone_modifier
        || lexicon::is_day_or_month(surface)
        || context::hyphenated_modifier(text, found.end)
        || context::inside_code(text, start, found.end)
    {
        return Verdict::Rejected;
    }
    // "the town of Mbanza Congo": the pattern's whole name is the place, not "Congo".
    if in_slot(slots, &found).is_some_and(|slot| slot.first < found.first) {
        return Verdict::Rejected;
    }
    let strong = in_slot(slots, &found).is_some()
        || context::after_place_preposition(text, words, found.first)
        || layout::is_dateline(text, words, found.first, found.end)
        || followed_by_place(text, words, &found);
    let plain = Accepted {
        found,
        span: Span::new(start, found.end),
        modified: false,
        strong,
    };
    if !strong
        && only_local(found.senses)
        && layout::looks_like_team(text, words, found.first, found.last, found.end)
    {
        return Verdict::Team;
    }
    let sure = in_slot(slots, &found).is_some()
        || context::after_locative_preposition(text, words, found.first)
        || layout::is_dateline(text, words, found.first, found.end)
        || region_after_the(text, words, &found);
    if !sure && found.senses.iter().all(|s| s.common) {
        return Verdict::Rejected;
    }
    if !strong && found.first == found.last && small_towns_only(found.senses) {
        return Verdict::Rejected;
    }
    if words[found.first].caps_context && context::names_an_event(text, words, found.last) {
        return Verdict::Rejected;
    }
    if words[found.first].caps_context || strong {
        return finish(text, words, plain);
    }
    judge_neighbours(text, words, plain)
}

/// Rules on the words around a name in running text.
fn judge_neighbours(text: &str, words: &[Word], mut place: Accepted) -> Verdict {
    let found = place.found;
    let continues = context::continues_into_name(text, words, found.last, found.end);
    match context::before(text, words, found.first) {
        Before::LongerName { person_like } => {
            // A title line is telegraphic ("Lebed Chechnya peace plan", "Air France unions
            // protest"): a name before a place there does not make it a surname elsewhere.
            let lone = found.first == found.last
                && !continues
                && !in_title_line(text, words, found.first)
                && !names_a_country(found.senses);
            return if person_like && lone {
                Verdict::Surname
            } else {
                Verdict::Rejected
            };
        }
        Before::Modifier => {
            let Some(first) = modifiers_start(text, words, found.first) else {
                return Verdict::Rejected;
            };
            place.span.start = words[first].start;
            place.modified = true;
            if context::inside_of_phrase(text, words, first) {
                return Verdict::Rejected;
            }
        }
        Before::Neutral => {}
    }
    if continues || context::inside_of_phrase(text, words, found.first) {
        return Verdict::Rejected;
    }
    finish(text, words, place)
}

/// The first of the compass words before the name ("South West England"), or `None` when
/// a longer capitalised name comes before them ("NHS West Midlands").
fn modifiers_start(text: &str, words: &[Word], name: usize) -> Option<usize> {
    let mut first = name;
    while first > 0 && context::before(text, words, first) == Before::Modifier {
        first -= 1;
    }
    match context::before(text, words, first) {
        Before::LongerName { .. } => None,
        _ => Some(first),
    }
}

/// Takes a following administrative word into the span ("Yunnan Province") and rejects the
/// place when the span still runs on into a longer name ("Wright County Egg",
/// "Ohio State University").
fn finish(text: &str, words: &[Word], place: Accepted) -> Verdict {
    let (place, last) = extend_suffix(text, words, place);
    let caps = words[place.found.first].caps_context;
    if !caps && context::continues_into_name(text, words, last, place.span.end) {
        return Verdict::Rejected;
    }
    Verdict::Place(place)
}

/// "the Amazon", "across the Amazon": a region named like a company is the region after
/// "the", unless a name goes on ("the Amazon Kindle").
fn region_after_the(text: &str, words: &[Word], found: &Match) -> bool {
    let after_the = found
        .first
        .checked_sub(1)
        .is_some_and(|k| words[k].text(text).eq_ignore_ascii_case("the"));
    let name_goes_on = words
        .get(found.last + 1)
        .is_some_and(|w| w.shape != Shape::Lower && w.start == words[found.last].end + 1);
    after_the
        && !name_goes_on
        && found
            .senses
            .iter()
            .any(|&s| GAZETTEER.entry(s).kind == PlaceKind::Region)
}

fn names_a_country(senses: &[Sense]) -> bool {
    senses
        .iter()
        .any(|&s| GAZETTEER.entry(s).kind == PlaceKind::Country)
}

/// Longest first line taken for a title.
const MAX_TITLE_BYTES: usize = 160;

/// Whether the word is on the text's first line and that line is a short title above a body.
fn in_title_line(text: &str, words: &[Word], index: usize) -> bool {
    let head = &text.as_bytes()[..text.len().min(MAX_TITLE_BYTES + 1)];
    let title_end = head.iter().position(|&byte| byte == b'\n');
    title_end.is_some_and(|end| words[index].start < end)
}

/// Towns below this size share their one-word names with too many people ("Taylor",
/// "Marion", "Douglas") to be taken without a place signal.
const SMALL_TOWN_POPULATION: u64 = 100_000;

fn small_towns_only(senses: &[Sense]) -> bool {
    senses.iter().all(|&s| {
        let entry = GAZETTEER.entry(s);
        entry.kind == PlaceKind::City && entry.population < SMALL_TOWN_POPULATION
    })
}

/// "Kunming, Yunnan": a place named right after a comma qualifies this one as a place.
fn followed_by_place(text: &str, words: &[Word], found: &Match) -> bool {
    let next = found.last + 1;
    words.get(next).is_some_and(|word| {
        text.get(found.end..word.start) == Some(", ") && longest_at(text, words, next).is_some()
    })
}

/// Names only cities and divisions (which lend their names to clubs), not countries.
fn only_local(senses: &[Sense]) -> bool {
    senses.iter().all(|&s| {
        matches!(
            GAZETTEER.entry(s).kind,
            PlaceKind::City | PlaceKind::Division
        )
    })
}

/// Takes a following administrative word into the span; returns the span's last word.
fn extend_suffix(text: &str, words: &[Word], mut place: Accepted) -> (Accepted, usize) {
    let found = place.found;
    let suffix = words.get(found.last + 1).filter(|next| {
        text.get(found.end..next.start) == Some(" ") && lexicon::is_place_suffix(next.text(text))
    });
    match suffix {
        Some(suffix) => {
            place.span.end = suffix.end;
            (place, found.last + 1)
        }
        None => (place, found.last),
    }
}
