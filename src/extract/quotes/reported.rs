//! Reported speech: a cue with a speaker and a reported clause, in either order.
//!
//! - Inverted: "…, said the newspaper." / "…, Warren said on Monday." / "…, according to X."
//!   The content is the clause before the comma.
//! - Forward: "X said (that) …", "X told Y that …", "According to X, …", "…, saying …".
//!   The content runs from the cue (or "that") to the end of the sentence, or to the comma
//!   before a later cue in the same sentence.
//!
//! A reported clause that contains quoted words is a mixed quote, reported as direct.
//! `reported_speaker` finds the speaker of a forward report, `reported_clause` the bounds
//! of its clause.

use super::cues::Cue;
use super::expectation;
use super::lexicon::{CueClass, opens_adjunct};
use super::opening;
use super::reported_clause::{
    content_end, content_start, infinitive_start, is_preposition, opens_clause,
};
use super::reported_speaker::{forward_speaker, is_relative, speaker_before};
use super::speaker::{self, Before};
use super::stance;
use super::tokens::{Doc, Tok, TokKind, floor_boundary};
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// How far a reported clause may reach from its cue, in bytes.
pub(super) const REACH: usize = 600;
/// How far after a cue or speaker a trailing phrase is looked for, in bytes.
pub(super) const TAIL_REACH: usize = 120;
/// The longest time or place phrase after an inverted "X said", in words.
pub(super) const MAX_ADJUNCT: usize = 10;

/// Reported statements for every cue not already used by a direct quote (`used` is sorted).
pub fn find(ctx: &Context, used: &[Span]) -> Vec<Found> {
    let mut out = Vec::new();
    for &cue in &ctx.cues.all {
        let taken = used.binary_search_by_key(&cue.start, |u| u.start).is_ok();
        if taken || inside_segment(ctx, cue.start) {
            continue;
        }
        let sentence = ctx.sentences.around(ctx.text, cue.start);
        let found = if cue.class == CueClass::According {
            according(ctx, cue, sentence)
        } else if let Some(expectation) = expectation::find(ctx, cue, sentence) {
            Some(expectation)
        } else if ctx
            .text
            .get(cue.start..cue.end)
            .is_some_and(expectation::owns)
            || opening::in_opening_phrase(ctx.text, sentence, cue.start)
        {
            None
        } else {
            let before = speaker_before(ctx.text, sentence.start, cue.start);
            let inverted = || inverted(ctx, cue, sentence, before);
            let forward_only = matches!(cue.class, CueClass::Intent | CueClass::Stance);
            let inverted = (!forward_only).then(inverted).flatten();
            inverted.or_else(|| forward(ctx, cue, sentence, before))
        };
        out.extend(found);
    }
    out
}

/// Where a reported clause ends when a quotation opened inside it runs on past its end
/// ("he believes “there may be some … chest. But those …”"): at that quotation's end.
fn through_quotation(ctx: &Context, content: Span) -> usize {
    let last = ctx.segments.partition_point(|s| s.start < content.end);
    last.checked_sub(1)
        .and_then(|k| ctx.segments.get(k))
        .filter(|s| s.start >= content.start && s.end > content.end)
        .filter(|s| s.end - content.end <= REACH)
        .map_or(content.end, |s| s.end)
}

fn holds_quote(ctx: &Context, span: Span) -> bool {
    let first = ctx.segments.partition_point(|s| s.end <= span.start);
    ctx.segments.get(first).is_some_and(|s| s.overlaps(span))
}

pub(super) fn inside_segment(ctx: &Context, pos: usize) -> bool {
    super::marks::covers(&ctx.segments, pos)
}

fn found(ctx: &Context, content: Span, speaker: Span, cue: Cue) -> Option<Found> {
    let body = ctx.text.get(content.start..content.end)?;
    // At least two words.
    body.split_whitespace().nth(1)?;
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

/// "…, said the newspaper." / "…, Warren said on Monday." / "…, she said, …".
fn inverted(ctx: &Context, cue: Cue, sentence: Span, before: Before) -> Option<Found> {
    let text = ctx.text;
    if cue.class == CueClass::Participle {
        // ", citing its treaty": a participle never has its speaker after it.
        return None;
    }
    if let Some(comma) = comma_before(text, sentence, cue.start) {
        let speaker = speaker::after(text, cue.end, sentence.end, false)?;
        let rest = tail(text, sentence, speaker.end);
        if !closes_inverted(text, &rest) {
            return None;
        }
        let content = clause(text, clause_floor(text, sentence, comma), comma)?;
        return found(ctx, content, speaker, cue);
    }
    let Before::Speaker(speaker) = before else {
        return None;
    };
    if is_relative(text.get(speaker.start..speaker.end).unwrap_or("")) {
        // "…, Ann Lee, who told reporters she will run": a relative clause reports forward.
        return None;
    }
    let comma = comma_before(text, sentence, speaker.start)?;
    let rest = tail(text, sentence, cue.end);
    if interrupts(text, &rest) {
        // "Her countrymen, she said, should not listen": the whole sentence is reported.
        let end = floor_boundary(text, trimmed_end(text, sentence).min(cue.end + REACH));
        let whole = clause(text, clause_floor(text, sentence, comma), end)?;
        return found(ctx, whole, speaker, cue);
    }
    let closes = if cue.class == CueClass::Addressed {
        // "…, she told reporters on Monday.": only the addressee and an adjunct follow.
        let addressee_end = speaker::after(text, cue.end, sentence.end, true).map(|a| a.end);
        let after_addressee: Vec<Tok> = rest
            .iter()
            .filter(|t| addressee_end.is_none_or(|end| t.start >= end))
            .copied()
            .collect();
        is_trailing_adjunct(text, &after_addressee)
    } else {
        is_trailing_adjunct(text, &rest)
    };
    if !closes {
        return None;
    }
    found(
        ctx,
        clause(text, clause_floor(text, sentence, comma), comma)?,
        speaker,
        cue,
    )
}

/// Whether the attribution interrupts the sentence, which goes on after a comma: "…, she
/// said, should not …", "…, he said in an interview, the mayor …". Not when only an adjunct
/// follows the comma ("…, he said, on condition of anonymity.").
fn interrupts(text: &str, rest: &[Tok]) -> bool {
    let adjunct_words = rest
        .iter()
        .take_while(|t| t.is_word())
        .take(MAX_ADJUNCT)
        .count();
    if adjunct_words > 0 && !rest.first().is_some_and(|t| opens_adjunct(t.text(text))) {
        return false;
    }
    let Some(after) = rest.get(adjunct_words..) else {
        return false;
    };
    let comma_then_words = after.first().is_some_and(|t| t.is_punct(text, ",")) && after.len() > 2;
    comma_then_words && !is_trailing_adjunct(text, &after[1..])
}

/// The position of a comma right before `pos` (spaces aside), inside the sentence.
fn comma_before(text: &str, sentence: Span, pos: usize) -> Option<usize> {
    let floor = floor_boundary(text, pos.saturating_sub(8)).max(sentence.start);
    let head = text.get(floor..pos)?.trim_end_matches([' ', '\t']);
    head.ends_with(',').then(|| floor + head.len() - 1)
}

/// Where a clause ending at `end` may start: the sentence start, or at most `REACH` bytes
/// back (at a word start), so that a pathological sentence stays cheap.
fn clause_floor(text: &str, sentence: Span, end: usize) -> usize {
    let floor = end.saturating_sub(REACH);
    if floor <= sentence.start {
        return sentence.start;
    }
    let floor = floor_boundary(text, floor);
    let skip = text
        .get(floor..end)
        .and_then(|t| t.find(' '))
        .map_or(0, |i| i + 1);
    floor + skip
}

/// The first tokens after `pos` in the sentence. The window is short because only a
/// trailing phrase is looked for there; when the sentence goes on beyond it, a filler
/// word is appended so that no check mistakes the window end for the sentence end.
fn tail(text: &Doc, sentence: Span, pos: usize) -> Vec<Tok> {
    let window_end = sentence.end.min(pos + TAIL_REACH);
    let mut toks = text.window(pos, window_end).to_vec();
    if window_end < sentence.end {
        let filler = Tok {
            start: window_end,
            end: window_end,
            kind: TokKind::Word,
        };
        toks.extend(std::iter::repeat_n(filler, MAX_ADJUNCT + 1));
    }
    toks
}

/// "…, according to X." / "X, according to Y, did Z." / "According to X, …".
fn according(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let speaker = speaker::after(text, cue.end, sentence.end, true)?;
    let floor = clause_floor(text, sentence, cue.start);
    let head = text.get(floor..cue.start)?.trim_end().trim_end_matches(',');
    let rest = tail(text, sentence, speaker.end);
    let continues = rest.first().is_some_and(|t| t.is_punct(text, ",")) && rest.len() > 2;
    let end = floor_boundary(text, trimmed_end(text, sentence).min(speaker.end + REACH));
    let content = match (head.trim().is_empty(), continues) {
        (true, true) => clause(text, rest.get(1)?.start, end)?,
        (false, true) => clause(text, floor, end)?,
        (false, false) => clause(text, floor, floor + head.len())?,
        (true, false) => {
            // "According to early results of the poll conducted by X, voters …": the
            // speaker read is shorter than the phrase, whose end is the next comma.
            let toks = text.window(speaker.end, end);
            let comma = toks.iter().position(|t| t.is_punct(text, ","))?;
            clause(text, toks.get(comma + 1)?.start, end)?
        }
    };
    found(ctx, content, speaker, cue)
}

/// The sentence end without its terminal punctuation.
fn trimmed_end(text: &str, sentence: Span) -> usize {
    let body = text.get(sentence.start..sentence.end).unwrap_or("");
    sentence.start
        + body
            .trim_end_matches(['.', '!', '?', ';', ':'])
            .trim_end()
            .len()
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

/// "X said (that) …", "X told Y that …", "…, saying …".
fn forward(ctx: &Context, cue: Cue, sentence: Span, before: Before) -> Option<Found> {
    let text = ctx.text;
    let ceil = sentence.end.min(cue.end + REACH);
    let speaker = forward_speaker(ctx, cue, sentence, before)?;
    let infinitive = infinitive_start(ctx, cue, ceil);
    if cue.class == CueClass::Intent && infinitive.is_none() {
        // "declined 5 percent": only the infinitive is a statement.
        return None;
    }
    let content_start = infinitive.or_else(|| content_start(ctx, cue, ceil))?;
    let after_that = text
        .get(..content_start)
        .is_some_and(|h| h.trim_end().ends_with("that"));
    let mut end = content_end(ctx, content_start, sentence);
    let stance = matches!(cue.class, CueClass::Intent | CueClass::Stance);
    if stance {
        let body = text.get(content_start..end).unwrap_or("");
        end = stance::object_end(body).map_or(end, |cut| content_start + cut);
    }
    let mut content = clause(text, content_start, end)?;
    if !stance {
        content.end = through_quotation(ctx, content);
    }
    if cue.class == CueClass::Intent && holds_quote(ctx, content) {
        // An intention around quoted words is the direct finder's (or a nested report's).
        return None;
    }
    let opens_quote = text
        .get(content.start..)
        .is_some_and(|t| t.starts_with(['"', '“']));
    if opens_quote && !after_that {
        // A quotation introduced by the cue: the direct finder's business.
        return None;
    }
    let first_word = text
        .get(content.start..content.end)
        .and_then(|c| c.split(' ').next());
    let infinitive = infinitive.is_some();
    let object_follows = !infinitive && !after_that;
    if cue.class != CueClass::Addressed && object_follows && first_word.is_some_and(is_preposition)
    {
        // "commented on the issue": what follows is not a reported clause.
        return None;
    }
    if cue.class == CueClass::Belief && !infinitive && !opens_clause(text, content) {
        return None;
    }
    if cue.class == CueClass::Stance && !stance::opens_object(text, content.start, content.end) {
        return None;
    }
    found(ctx, content, speaker, cue)
}
