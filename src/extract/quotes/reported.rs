//! Reported speech: a cue with a speaker and a reported clause, in either order.
//!
//! - Inverted: "…, said the newspaper." / "…, Warren said on Monday." / "…, according to X."
//!   The content is the clause before the comma.
//! - Forward: "X said (that) …", "X told Y that …", "According to X, …", "…, saying …".
//!   The content runs from the cue (or "that") to the end of the sentence, or to the comma
//!   before a later cue in the same sentence.
//!
//! A reported clause that contains quoted words is a mixed quote, reported as direct.

use super::cues::Cue;
use super::lexicon::{CueClass, is_determiner, is_pronoun, opens_adjunct};
use super::speaker::{self, Before};
use super::tokens::{Tok, floor_boundary, tokenize};
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// How far a reported clause may reach from its cue, in bytes.
const REACH: usize = 600;
/// How many tokens after a cue may come before "that" ("said on Friday that").
const THAT_REACH: usize = 10;
/// The longest time or place phrase after an inverted "X said", in words.
const MAX_ADJUNCT: usize = 10;

/// Reported statements for every cue not already used by a direct quote (`used` is sorted).
pub fn find(ctx: &Context, used: &[Span]) -> Vec<Found> {
    let mut out = Vec::new();
    for &cue in &ctx.cues.all {
        let taken = used.binary_search_by_key(&cue.start, |u| u.start).is_ok();
        if taken || inside_segment(ctx, cue.start) {
            continue;
        }
        let sentence = ctx.sentences.around(ctx.text, cue.start);
        let found = inverted(ctx, cue, sentence).or_else(|| forward(ctx, cue, sentence));
        out.extend(found);
    }
    out
}

fn inside_segment(ctx: &Context, pos: usize) -> bool {
    let idx = ctx.segments.partition_point(|s| s.end <= pos);
    ctx.segments.get(idx).is_some_and(|s| s.start <= pos)
}

fn found(ctx: &Context, content: Span, speaker: Span, cue: Cue) -> Option<Found> {
    let body = ctx.text.get(content.start..content.end)?;
    if body.split_whitespace().count() < 2 {
        return None;
    }
    let first = ctx.segments.partition_point(|s| s.end <= content.start);
    let quoted = ctx.segments.get(first).is_some_and(|s| s.overlaps(content));
    Some(Found {
        span: content,
        kind: if quoted {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        speaker: Some(speaker),
        cue: Some(Span::new(cue.start, cue.end)),
        class: Some(cue.class),
    })
}

/// The clause from the sentence start to `end`, trimmed.
fn clause(text: &str, start: usize, end: usize) -> Option<Span> {
    let body = text.get(start..end)?;
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim();
    (!trimmed.is_empty()).then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

/// "…, said the newspaper." / "…, Warren said." / "…, according to officials."
fn inverted(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let before = tokenize(
        text,
        sentence.start.max(cue.start.saturating_sub(REACH)),
        cue.start,
    );
    let comma = before.last().filter(|t| t.is_punct(text, ","));
    if let Some(comma) = comma {
        let any_start = cue.class == CueClass::According;
        let speaker = speaker::after(text, cue.end, sentence.end, any_start)?;
        let rest = tokenize(text, speaker.end, sentence.end.min(speaker.end + REACH));
        if !closes_inverted(text, &rest) {
            return None;
        }
        let content = clause(text, sentence.start, comma.start)?;
        return found(ctx, content, speaker, cue);
    }
    if cue.class == CueClass::According {
        return None;
    }
    let Before::Speaker(speaker) = speaker::before(text, sentence.start, cue.start) else {
        return None;
    };
    let comma = before.iter().rev().find(|t| t.end <= speaker.start)?;
    let rest = tokenize(text, cue.end, sentence.end.min(cue.end + REACH));
    if !comma.is_punct(text, ",") || !is_trailing_adjunct(text, &rest) {
        return None;
    }
    found(
        ctx,
        clause(text, sentence.start, comma.start)?,
        speaker,
        cue,
    )
}

/// After an inverted speaker: the sentence ends, or a comma / time phrase follows.
fn closes_inverted(text: &str, rest: &[Tok]) -> bool {
    match rest.first() {
        None => true,
        Some(t) if t.is_word() => opens_adjunct(t.text(text)) && is_trailing_adjunct(text, rest),
        Some(t) => ",.;)!?".contains(t.text(text)),
    }
}

/// Nothing, or a short time/place phrase ("on Monday", "in a statement"), to the sentence end.
fn is_trailing_adjunct(text: &str, rest: &[Tok]) -> bool {
    let words: Vec<&Tok> = rest.iter().filter(|t| t.is_word()).collect();
    let Some(first) = words.first() else {
        return true;
    };
    opens_adjunct(first.text(text))
        && words.len() <= MAX_ADJUNCT
        && !words
            .iter()
            .any(|w| w.text(text).eq_ignore_ascii_case("that"))
}

/// "X said (that) …", "X told Y that …", "According to X, …", "…, saying …".
fn forward(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let ceil = sentence.end.min(cue.end + REACH);
    let (speaker, content_start) = if cue.class == CueClass::According {
        let speaker = speaker::after(text, cue.end, ceil, true)?;
        let rest = tokenize(text, speaker.end, ceil);
        let comma = rest.first().filter(|t| t.is_punct(text, ","))?;
        (speaker, comma.end)
    } else {
        (
            forward_speaker(ctx, cue, sentence)?,
            content_start(ctx, cue, ceil)?,
        )
    };
    let end = content_end(ctx, content_start, sentence);
    let content = clause(text, content_start, end)?;
    if text
        .get(content.start..)
        .is_some_and(|t| t.starts_with(['"', '“']))
    {
        // A quotation introduced by the cue: the direct finder's business.
        return None;
    }
    if cue.class == CueClass::Belief && !opens_clause(text, content) {
        return None;
    }
    found(ctx, content, speaker, cue)
}

fn forward_speaker(ctx: &Context, cue: Cue, sentence: Span) -> Option<Span> {
    let text = ctx.text;
    let subject = || speaker::subject(text, sentence.start, cue.start);
    match speaker::before(text, sentence.start, cue.start) {
        Before::Passive | Before::Noun => None,
        Before::Coordinated => subject(),
        _ if cue.class == CueClass::Participle => subject(),
        Before::Speaker(s) => Some(s),
        Before::Nothing => None,
    }
}

/// Where the reported clause starts: after "that" when it comes soon, after the addressee
/// of "told", or right after the cue.
fn content_start(ctx: &Context, cue: Cue, ceil: usize) -> Option<usize> {
    let text = ctx.text;
    let rest = tokenize(text, cue.end, ceil);
    let that = rest
        .iter()
        .take(THAT_REACH)
        .take_while(|t| t.is_word())
        .find(|t| t.text(text).eq_ignore_ascii_case("that"));
    if let Some(that) = that {
        return Some(that.end);
    }
    let first = rest.first()?;
    if first.is_punct(text, ",") || first.is_punct(text, ":") {
        return rest.get(1).map(|t| t.start);
    }
    if cue.class == CueClass::Addressed {
        let addressee = speaker::after(text, cue.end, ceil, true)?;
        let word = text.get(addressee.start..addressee.end).unwrap_or("");
        let object = if word.contains(' ') || !is_pronoun(word) {
            addressee.end
        } else {
            first.end
        };
        return rest.iter().find(|t| t.start >= object).map(|t| t.start);
    }
    Some(first.start)
}

/// The end of the reported clause: the sentence end, or the comma before a later cue.
fn content_end(ctx: &Context, start: usize, sentence: Span) -> usize {
    let text = ctx.text;
    let mut end = floor_boundary(text, sentence.end.min(start + REACH));
    let body = text.get(start..end).unwrap_or("");
    let trimmed = body
        .trim_end()
        .trim_end_matches(['.', '!', '?', ';', ':', ',']);
    end = start + trimmed.len();
    if let Some(next) = ctx.cues.within(start, end).first() {
        let toks = tokenize(text, start, next.start);
        let comma = toks.iter().rev().take(8).find(|t| t.is_punct(text, ","));
        if let Some(comma) = comma {
            end = comma.start;
        }
    }
    end
}

/// Whether a belief's complement is a clause ("that …", "he will …") rather than an object.
fn opens_clause(text: &str, content: Span) -> bool {
    let toks = tokenize(text, content.start, content.end.min(content.start + 80));
    let Some(first) = toks.first() else {
        return false;
    };
    let word = first.text(text);
    let after_that = text
        .get(..content.start)
        .is_some_and(|h| h.trim_end().ends_with("that"));
    after_that || is_pronoun(word) || is_determiner(word) || first.is_capitalised(text)
}
