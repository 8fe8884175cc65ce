//! Direct quotes: quoted segments with their attribution.
//!
//! The attribution is looked for, in order: right after the closing mark (`“…,” Kwon told`,
//! `“…,” said the newspaper`), right before the opening mark (`She said: “…”`), and in a
//! sentence ending with a colon before it. A quote interrupted by its attribution
//! (`“A,” she said. “B.”`) becomes one quote. A full-sentence quote without attribution
//! that follows an attributed one continues the same speaker; other unattributed quoted
//! words (scare quotes, titles) are not quotes. Where each attribution is found is
//! `attribution.rs`.

use super::attribution::{
    Attribution, after_close, after_colon, after_cue_sentence, before_open, dash_credit,
    without_brackets,
};
use super::lexicon::CueClass;
use super::mixed;
use super::speaker::{self, Before};
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// The longest attribution between the two parts of an interrupted quote, in bytes.
const MAX_INTERRUPTION: usize = 160;
/// The most words in the attribution between the two parts of an interrupted quote.
const MAX_INTERRUPTION_WORDS: usize = 30;
/// The longest lead-in before a quotation that still joins it as a mixed quote, in bytes.
const MAX_MIXED_LEAD: usize = 300;
/// How far an unattributed quote may be from the last attributed one to continue it.
const CARRY_REACH: usize = 800;

/// The attributed direct quotes of the text.
pub fn find(ctx: &Context) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let segments = &ctx.segments;
    let mut i = 0;
    while let Some(&segment) = segments.get(i) {
        let mut span = segment;
        let colon = after_colon(ctx, segment.start);
        let mut attribution = colon
            .filter(|&a| lead_in_comes_first(ctx, segment, a))
            .or_else(|| after_close(ctx, segment));
        if attribution.is_some() {
            span.start = mixed_start(ctx, segment);
        }
        if let (Some(a), Some(&next)) = (attribution, segments.get(i + 1))
            && is_interruption(ctx, segment.end, next.start, a)
            && !has_own_attribution(ctx, next)
            && !runs_on_after_close(ctx, next)
        {
            span.end = next.end;
            i += 1;
        }
        attribution = attribution
            .or_else(|| before_open(ctx, span.start).filter(|a| !clause_runs_on(ctx, span, a)))
            // Without an attribution so far, `span` still starts at the segment's mark.
            .or(colon)
            .or_else(|| after_cue_sentence(ctx, span.start))
            .or_else(|| dash_credit(ctx, segment));
        let found = match attribution {
            Some(a) => Some(Found {
                span,
                kind: QuoteKind::Direct,
                speaker: Some(a.speaker),
                cue: a.cue.map(|c| Span::new(c.start, c.end)),
                class: a.cue.map(|c| c.class),
            }),
            None => carried(ctx, span, out.last()).or_else(|| mixed::around(ctx, span)),
        };
        match (found, out.last_mut()) {
            (Some(f), Some(previous)) if continues_after_attribution(ctx, &f, previous) => {
                previous.span.end = f.span.end;
            }
            (found, _) => out.extend(found),
        }
        i += 1;
    }
    out
}

/// `he said “budget reforms” and new taxes would pay`: a quotation right after its cue that
/// the clause runs on from is part of a reported clause (a mixed quote), read with the
/// reported statements, not a quote of its own.
fn clause_runs_on(ctx: &Context, span: Span, a: &Attribution) -> bool {
    let text = ctx.text;
    let right_after_cue = a
        .cue
        .and_then(|cue| text.get(cue.end..span.start))
        .is_some_and(|gap| gap.trim().is_empty());
    let next = text.window(span.end, span.end + 40).first().copied();
    let runs_on = next.is_some_and(|t| {
        t.is_word()
            && t.text(text).starts_with(|c: char| c.is_lowercase())
            && ctx.cues.at(t.start).is_none()
    });
    // `called it “a disgrace,” blaming …`: a comma or stop inside the marks ends the clause.
    let closed = inner(ctx, span).ends_with([',', '.', '?', '!']);
    right_after_cue && runs_on && !closed
}

/// `Clinton responded: “What difference does it make?” Her critics cited it …`: whether a
/// colon lead-in `a` with a speech verb attributes a quotation that ends its sentence,
/// before any attribution after the closing mark is considered.
fn lead_in_comes_first(ctx: &Context, segment: Span, a: Attribution) -> bool {
    let ends_sentence = inner(ctx, segment).ends_with(['.', '?', '!']);
    // The verb must end the lead-in ("told Fox News:"), not an earlier clause of it
    // ("Costa reported, his wife whispered:").
    let gap = a.cue.and_then(|cue| ctx.text.get(cue.end..segment.start));
    let close_to_colon =
        gap.is_some_and(|gap| !gap.contains([',', ';']) && gap.split_whitespace().count() <= 6);
    ends_sentence && close_to_colon
}

/// Where a quote attributed after its closing mark starts: at the sentence start when words
/// of the same statement precede the quotation (`In doing so he “erred,” Lee said.` is a
/// mixed quote), else at the opening mark.
fn mixed_start(ctx: &Context, segment: Span) -> usize {
    let sentence = ctx.sentences.around(ctx.text, segment.start);
    let lead = ctx.text.get(sentence.start..segment.start).unwrap_or("");
    let has_words = lead.chars().any(char::is_alphanumeric);
    // "He declared: “…,” she said." / "He was asked, “…”": the lead introduces the
    // quotation rather than carrying part of the statement.
    let introduces = lead.trim_end().ends_with([':', ',']);
    if has_words && !introduces && lead.len() <= MAX_MIXED_LEAD {
        sentence.start
    } else {
        segment.start
    }
}

/// The quote's words between the marks, trimmed.
pub(super) fn inner<'t>(ctx: &Context<'t>, span: Span) -> &'t str {
    let body = ctx.text.get(span.start..span.end).unwrap_or("");
    // `'outreach,' "`: marks and spaces may alternate at either end.
    body.trim_matches(|c: char| c.is_whitespace() || "\"“”‘’'".contains(c))
}

/// Whether the quoted words are a title or a name ("The Apprentice", “Scandal,”): every
/// word capitalised, few words, no sentence inside.
pub(super) fn is_title(text: &str) -> bool {
    const LONGEST_TITLE: usize = 80;
    let body = text.trim_matches(|c: char| !c.is_alphanumeric());
    if body.is_empty() || body.len() > LONGEST_TITLE || body.contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    let minor =
        |w: &str| ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at"].contains(&w);
    let mut words = 0;
    for word in body.split_whitespace() {
        let capitalised = word.starts_with(char::is_uppercase);
        if !(capitalised || words > 0 && minor(word)) {
            return false;
        }
        words += 1;
    }
    let acronym = words == 1 && !body.chars().any(char::is_lowercase);
    words <= 6 && !acronym
}

/// Whether the text between two segments is just the attribution of the first.
fn is_interruption(ctx: &Context, gap_start: usize, gap_end: usize, a: Attribution) -> bool {
    let Some(gap) = ctx.text.get(gap_start..gap_end) else {
        return false;
    };
    let cue_inside = a.cue.is_some_and(|c| c.end <= gap_end);
    // "…,” Ryan said on CNN, though he said, “…”": a second attribution ends the quote, and
    // so does "…,” Lee said, adding, “…”": the speaker's next words are a quote of their own.
    let one_cue = ctx.cues.within(gap_start, gap_end).iter().all(|c| {
        a.cue.is_some_and(|own| own.start == c.start)
            || c.class != CueClass::Participle
                && !matches!(
                    speaker::before(ctx.text, gap_start, c.start),
                    Before::Speaker(_)
                )
    });
    let toks = without_brackets(ctx.text, ctx.text.window(gap_start, gap_end));
    let inner_stop = toks
        .iter()
        .rev()
        .skip(1)
        .any(|t| [".", "!", "?", ";"].iter().any(|m| t.is_punct(ctx.text, m)));
    cue_inside
        && one_cue
        && gap.len() <= MAX_INTERRUPTION
        && toks.iter().filter(|t| t.is_word()).count() <= MAX_INTERRUPTION_WORDS
        && !gap.contains('\n')
        && !inner_stop
        && gap.trim_end().ends_with(['.', ',', ':'])
}

/// Whether a sentence goes on after a quoted fragment (`“You squeezed employees” to drive
/// up …`): the fragment is part of a statement of its own, not the rest of a quote.
fn runs_on_after_close(ctx: &Context, segment: Span) -> bool {
    let words = inner(ctx, segment).trim_end();
    // One clause: a quote of several sentences that runs on is still the speaker's quote.
    let one_clause = !words.contains(['.', '?', '!', '…', ';']);
    let ends_unpunctuated = !words.ends_with([',', ':', '-', '—']);
    let next_is_lowercase = ctx
        .text
        .get(segment.end..)
        .and_then(|rest| rest.trim_start_matches([' ', '\u{a0}']).chars().next())
        .is_some_and(char::is_lowercase);
    // Straight marks pair less surely (an apostrophe or a nested quotation can shift them),
    // so only a curly closing mark is read this way.
    let curly = ctx
        .text
        .get(..segment.end)
        .is_some_and(|t| t.ends_with('”'));
    curly && one_clause && ends_unpunctuated && next_is_lowercase
}

/// Whether a quoted segment is attributed after its own closing mark: `“A,” Lee said.
/// “B,” Kim said.` holds two quotes, not one interrupted quote.
fn has_own_attribution(ctx: &Context, segment: Span) -> bool {
    after_close(ctx, segment).is_some()
}

/// A full-sentence quote right after an attributed one continues its speaker.
fn carried(ctx: &Context, span: Span, previous: Option<&Found>) -> Option<Found> {
    let previous = previous.filter(|p| p.kind == QuoteKind::Direct)?;
    let words = inner(ctx, span).split_whitespace().count();
    let sentence_like = inner(ctx, span).ends_with(['.', '?', '!']) && words >= 6;
    let near = span.start.saturating_sub(previous.span.end) <= CARRY_REACH;
    let starts_sentence = ctx.sentences.around(ctx.text, span.start).start == span.start;
    (sentence_like && near && starts_sentence).then_some(Found {
        span,
        kind: QuoteKind::Direct,
        speaker: previous.speaker,
        cue: None,
        class: None,
    })
}

/// Whether a carried quote continues a quote whose attribution sits between the two
/// (`“A,” she said on Monday. “B.”`): then both parts are one quote, as an interrupted
/// quote is, even when the attribution runs long or a paragraph break follows it.
fn continues_after_attribution(ctx: &Context, next: &Found, previous: &Found) -> bool {
    // Only the attribution's own sentence may stand between the two parts.
    let gap_sentence = ctx
        .sentences
        .around(ctx.text, next.span.start.saturating_sub(1));
    let attribution_between = previous.speaker.is_some_and(|s| {
        s.start >= previous.span.end && s.end <= next.span.start && gap_sentence.start <= s.start
    });
    next.cue.is_none() && next.speaker == previous.speaker && attribution_between
}
