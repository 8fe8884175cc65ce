//! Comparing the extractor's output with the expectations: the normalisations that decide
//! when two mentions are the same, multiset matching, and the report of misses and extras.

use std::fmt::Write as _;

use dateline::extract::Entities;

use super::samples::{Expectation, ExpectedDate, ExpectedPlace, ExpectedQuote, Kind};

/// Minimum recall and precision for one kind of entity.
#[derive(Debug, Clone, Copy)]
pub(super) struct Floor {
    pub(super) recall: f64,
    pub(super) precision: f64,
}

/// Folds curly quotation marks and apostrophes to straight ones: whether a renderer turns
/// `"…"` into `“…”` is not what these tests check.
pub(super) fn fold_marks(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            other => other,
        })
        .collect()
}

/// A speaker name as compared: marks folded, lower case, without a leading article
/// ("the Harbour Authority" and "Harbour Authority" are the same source).
pub(super) fn speaker_key(name: &str) -> String {
    let folded = fold_marks(name.trim()).to_lowercase();
    ["the ", "a ", "an "]
        .iter()
        .find_map(|article| folded.strip_prefix(article))
        .map_or_else(|| folded.clone(), str::to_string)
}

/// A date's text as compared: TimeML spans sometimes include a leading "the" ("the 1990s").
pub(super) fn date_key(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    lower
        .strip_prefix("the ")
        .map_or_else(|| lower.clone(), str::to_string)
}

/// The extractor's output for one article, reduced to what the expectations state.
pub(super) struct Found<'t> {
    pub(super) places: Vec<&'t str>,
    pub(super) dates: Vec<(&'t str, &'t str)>,
    pub(super) quotes: Vec<FoundQuote<'t>>,
}

pub(super) struct FoundQuote<'t> {
    pub(super) kind: Kind,
    pub(super) canonical_speaker: Option<&'t str>,
    pub(super) text: &'t str,
}

pub(super) fn found<'t>(text: &'t str, entities: &'t Entities) -> Found<'t> {
    Found {
        places: entities.places.iter().map(|p| p.span.slice(text)).collect(),
        dates: entities
            .dates
            .iter()
            .map(|d| (d.span.slice(text), d.value.as_str()))
            .collect(),
        quotes: entities
            .quotes
            .iter()
            .map(|q| FoundQuote {
                kind: q.kind.into(),
                canonical_speaker: q.canonical_speaker.as_deref(),
                text: q.span.slice(text),
            })
            .collect(),
    }
}

pub(super) fn place_matches(expected: &ExpectedPlace, found: &&str) -> bool {
    expected.text == *found
}

pub(super) fn date_matches(expected: &ExpectedDate, found: &(&str, &str)) -> bool {
    date_key(&expected.text) == date_key(found.0) && expected.value == found.1
}

pub(super) fn quote_matches(expected: &ExpectedQuote, found: &FoundQuote<'_>) -> bool {
    expected.kind == found.kind
        && found
            .canonical_speaker
            .is_some_and(|name| speaker_key(name) == speaker_key(&expected.canonical_speaker))
        && fold_marks(found.text.trim_start()).starts_with(&fold_marks(&expected.starts_with))
}

pub(super) fn show_place(place: &ExpectedPlace) -> String {
    if place.name == place.text {
        format!("{:?}", place.text)
    } else {
        format!("{:?} ({})", place.text, place.name)
    }
}

pub(super) fn show_date(date: &ExpectedDate) -> String {
    format!("{:?} = {}", date.text, date.value)
}

pub(super) fn show_quote(quote: &ExpectedQuote) -> String {
    format!(
        "{:?} {} ({}) {:?}…",
        quote.kind, quote.canonical_speaker, quote.speaker, quote.starts_with
    )
}

pub(super) fn show_found_quote(quote: &FoundQuote<'_>) -> String {
    let opening: String = quote.text.chars().take(40).collect();
    let speaker = quote.canonical_speaker.unwrap_or("no speaker");
    format!("{:?} {speaker} {opening:?}…", quote.kind)
}

/// Expected, found and matched counts of one kind of entity.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tally {
    pub(super) expected: usize,
    pub(super) found: usize,
    pub(super) matched: usize,
}

impl Tally {
    pub(super) fn recall(self) -> f64 {
        ratio(self.matched, self.expected)
    }

    pub(super) fn precision(self) -> f64 {
        ratio(self.matched, self.found)
    }

    pub(super) fn add(&mut self, other: Tally) {
        self.expected += other.expected;
        self.found += other.found;
        self.matched += other.matched;
    }
}

#[allow(clippy::cast_precision_loss)] // counts are far below 2^52
pub(super) fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The outcome of matching one kind in one article: counts, and what was missed or extra.
pub(super) struct Comparison {
    pub(super) tally: Tally,
    pub(super) missed: Vec<String>,
    pub(super) extra: Vec<String>,
}

/// Matches `expected` against `found` as multisets: each expected item takes the first unused
/// found item that `same` accepts.
pub(super) fn compare<E, F>(
    expected: &[E],
    found: &[F],
    same: impl Fn(&E, &F) -> bool,
    show_expected: impl Fn(&E) -> String,
    show_found: impl Fn(&F) -> String,
) -> Comparison {
    let mut used = vec![false; found.len()];
    let mut missed = Vec::new();
    for item in expected {
        let hit = (0..found.len()).find(|&i| !used[i] && same(item, &found[i]));
        match hit {
            Some(i) => used[i] = true,
            None => missed.push(show_expected(item)),
        }
    }
    let extra: Vec<String> = found
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(item, _)| show_found(item))
        .collect();
    let tally = Tally {
        expected: expected.len(),
        found: found.len(),
        matched: found.len() - extra.len(),
    };
    Comparison {
        tally,
        missed,
        extra,
    }
}

/// Tallies per kind over the sample set, and a readable list of every miss and extra.
#[derive(Default)]
pub(super) struct Report {
    pub(super) places: Tally,
    pub(super) dates: Tally,
    pub(super) quotes: Tally,
    pub(super) details: String,
}

impl Report {
    pub(super) fn add_article(&mut self, label: &str, expected: &Expectation, found: &Found<'_>) {
        let places = compare(
            &expected.places,
            &found.places,
            place_matches,
            show_place,
            |p| format!("{p:?}"),
        );
        let dates = compare(
            &expected.dates,
            &found.dates,
            date_matches,
            show_date,
            |(text, value)| format!("{text:?} = {value}"),
        );
        let quotes = compare(
            &expected.quotes,
            &found.quotes,
            quote_matches,
            show_quote,
            show_found_quote,
        );
        self.places.add(places.tally);
        self.dates.add(dates.tally);
        self.quotes.add(quotes.tally);
        let _ = writeln!(self.details, "{label}");
        for (kind, comparison) in [("places", &places), ("dates", &dates), ("quotes", &quotes)] {
            for miss in &comparison.missed {
                let _ = writeln!(self.details, "  {kind:<6} missed {miss}");
            }
            for extra in &comparison.extra {
                let _ = writeln!(self.details, "  {kind:<6} extra  {extra}");
            }
        }
    }

    /// One line per kind: the scores and whether they clear the floor.
    pub(super) fn summary(&self, places: Floor, dates: Floor, quotes: Floor) -> (String, bool) {
        let mut text = String::new();
        let mut all_clear = true;
        for (kind, tally, floor) in [
            ("places", self.places, places),
            ("dates", self.dates, dates),
            ("quotes", self.quotes, quotes),
        ] {
            let clear = tally.recall() >= floor.recall && tally.precision() >= floor.precision;
            all_clear &= clear;
            let _ = writeln!(
                text,
                "{kind:<6} recall {:.3} ({}/{}) precision {:.3} ({}/{}) floor {:.2}/{:.2}{}",
                tally.recall(),
                tally.matched,
                tally.expected,
                tally.precision(),
                tally.matched,
                tally.found,
                floor.recall,
                floor.precision,
                if clear { "" } else { "  BELOW FLOOR" },
            );
        }
        (text, all_clear)
    }
}
