//! Quoted sources: direct quotes, reported speech and their speakers, plus photo credits.
//!
//! One pass finds the quotation marks (`marks`), one the cue words (`cues`), one the
//! sentence boundaries (`sentences`); everything after works in bounded windows around
//! those positions (`tokens`), so the cost stays linear in the text.
//!
//! - `direct` attributes quoted segments (and joins quotes interrupted by attribution),
//!   finding each attribution with `attribution` (after the closing mark, before the
//!   opening mark, a colon lead-in or a sentence ending with speaker and verb before it, a
//!   dash credit under it); `mixed` reads a quotation inside a predicate as its
//!   subject's (mixed) quote, and a quotation no other rule claims as the mixed quote of
//!   the cue before it;
//! - `opening` skips what opens a sentence before its subject (datelines, "In a
//!   statement,");
//! - `reported` turns the remaining cues into reported statements, mixed quotes included,
//!   with `reported_speaker` reading their speakers and `reported_clause` their clauses;
//!   `expectation` reads unattributed expectations ("X is expected to ...", "X seems to
//!   ..."); `stance` vets the holder and object of stance verbs ("opposed the bill");
//! - `speaker` reads speaker noun phrases, `resolve` gives their canonical names;
//! - `speaker_lines` reads "Name: statement" lines (transcripts, headlines);
//! - `near_duplicates` keeps one of two quotes covering mostly the same words;
//! - `credits` finds "Source: …" / "Photo: …" credits, which are never quotes;
//! - `lexicon` holds the hand-written word lists (cue verbs, function words), looked up
//!   through `extract::word_table`.

mod attribution;
mod credits;
mod cues;
mod direct;
mod expectation;
mod lexicon;
mod marks;
mod mixed;
mod near_duplicates;
mod opening;
mod reported;
mod reported_clause;
mod reported_speaker;
mod resolve;
mod sentences;
mod speaker;
mod speaker_lines;
mod stance;
mod tokens;

/// Whether a word is a personal pronoun ("he", "They"): a speaker that names nobody.
pub use lexicon::is_pronoun;

use std::collections::HashSet;

use super::{Credit, Quote, QuoteKind, Span};
use cues::Cues;
use lexicon::CueClass;
use resolve::Resolver;
use sentences::Sentences;
use tokens::Doc;

/// The scanned text shared by the finders.
pub(crate) struct Context<'t> {
    pub text: &'t Doc<'t>,
    pub sentences: Sentences,
    pub cues: Cues,
    /// Quoted segments, sorted and disjoint.
    pub segments: Vec<Span>,
}

impl<'t> Context<'t> {
    /// Scans `text` once for sentences, cues and quoted segments.
    pub fn new(text: &'t Doc<'t>) -> Self {
        Self {
            text,
            sentences: Sentences::from_tokens(text, text.tokens()),
            cues: Cues::from_tokens(text, text.tokens()),
            segments: marks::segments(text),
        }
    }
}

/// A quote before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Span>,
    pub cue: Option<Span>,
    pub class: Option<CueClass>,
}

/// Finds quotes (with speakers) and credits in `text`.
#[must_use]
pub fn find(text: &str) -> (Vec<Quote>, Vec<Credit>) {
    let doc = Doc::new(text);
    let ctx = Context::new(&doc);
    let direct = direct::find(&ctx);
    let mut used: Vec<Span> = direct
        .iter()
        .filter_map(|f| f.cue.filter(|&cue| !ends_own_sentence(text, cue, f.span)))
        .collect();
    used.sort();
    let mut reported = reported::find(&ctx, &used);
    reported.extend(speaker_lines::find(&ctx));
    let mut found = merge(direct, reported);
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let unclaimed = unclaimed_quotations(&ctx, &found);
    found.extend(unclaimed);
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let found = near_duplicates::drop_near_duplicates(found);
    (resolve_all(&ctx, found), credits::find(text))
}

/// Whether a direct quote's cue ends a sentence of its own before the quote ("Lee agreed.
/// “…”"); that sentence may still report a statement ("Or maybe Bush, Lee says.").
fn ends_own_sentence(text: &str, cue: Span, quote: Span) -> bool {
    cue.end < quote.start
        && text
            .get(cue.end..)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// Joins direct and reported quotes: a mixed quote (a reported clause holding quoted words)
/// replaces the unattributed direct quotes inside it, and duplicates are dropped.
/// Mixed quotes for the quotations no quote found so far covers (`found` is sorted).
fn unclaimed_quotations(ctx: &Context, found: &[Found]) -> Vec<Found> {
    let mut furthest = 0;
    let mut next = found.iter().peekable();
    let mut out: Vec<Found> = Vec::new();
    for &segment in &ctx.segments {
        while let Some(f) = next.next_if(|f| f.span.start < segment.end) {
            furthest = furthest.max(f.span.end);
        }
        let claimed_before = furthest > segment.start;
        let claimed_after = next.peek().is_some_and(|f| f.span.start < segment.end);
        let claimed_new = out.last().is_some_and(|f| f.span.end > segment.start);
        if !(claimed_before || claimed_after || claimed_new) {
            out.extend(mixed::after_listed_cue(ctx, segment));
        }
    }
    out
}

fn merge(direct: Vec<Found>, reported: Vec<Found>) -> Vec<Found> {
    let mixed = Containment::new(
        reported
            .iter()
            .filter(|r| r.kind == QuoteKind::Direct)
            .map(|r| r.span)
            .collect(),
    );
    let mut out: Vec<Found> = direct
        .into_iter()
        .filter(|d| d.cue.is_some() || !mixed.contains(d.span))
        .collect();
    let taken: HashSet<Span> = out.iter().map(|d| d.span).collect();
    out.extend(reported.into_iter().filter(|r| !taken.contains(&r.span)));
    out
}

/// Answers "is this span inside any of those spans?" in logarithmic time.
struct Containment {
    /// Spans sorted by start.
    spans: Vec<Span>,
    /// For each index, the furthest end among the spans up to it.
    furthest_end: Vec<usize>,
}

impl Containment {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort();
        let furthest_end = spans
            .iter()
            .scan(0, |furthest, s| {
                *furthest = s.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Self {
            spans,
            furthest_end,
        }
    }

    fn contains(&self, inner: Span) -> bool {
        let starting_before = self.spans.partition_point(|s| s.start <= inner.start);
        starting_before
            .checked_sub(1)
            .and_then(|k| self.furthest_end.get(k))
            .is_some_and(|&end| end >= inner.end)
    }
}

/// Gives every quote its canonical speaker, in text order.
fn resolve_all(ctx: &Context, found: Vec<Found>) -> Vec<Quote> {
    let text = ctx.text;
    let mut resolver = Resolver::new(text, &ctx.segments, &ctx.sentences);
    let mut by_speaker: Vec<usize> = (0..found.len()).collect();
    by_speaker.sort_by_key(|&i| found[i].speaker.map_or(found[i].span.start, |s| s.start));
    let mut canonical: Vec<Option<String>> = vec![None; found.len()];
    for i in by_speaker {
        if let Some(speaker) = found[i].speaker {
            canonical[i] = resolver.resolve(speaker, found[i].class);
        }
    }
    found
        .into_iter()
        .zip(canonical)
        .map(|(f, canonical_speaker)| Quote {
            span: f.span,
            kind: f.kind,
            speaker: f.speaker,
            canonical_speaker,
            cue: f
                .cue
                .and_then(|c| text.get(c.start..c.end))
                .map(str::to_string),
        })
        .collect()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_direct;
#[cfg(test)]
mod tests_reported;
