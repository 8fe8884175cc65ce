//! Attributions set apart from the quotation: a sentence before it that ends with a colon
//! (`Cruz continued:`) or with its speaker and verb (`Dana Obi agreed.`), and a name after a
//! dash under it (`“…” ― Martha Aguilar`).

use super::super::cues::Cue;
use super::super::lexicon::{CueClass, is_clause_marker};
use super::super::speaker::{self, Before};
use super::super::tokens::{Doc, Tok, floor_boundary};
use super::super::{Context, marks};
use super::{Attribution, BEFORE_REACH, after_leading_quote, cue_speaker};
use crate::extract::Span;

/// `Cruz continued:` ⏎ `“…”`: a sentence ending with a colon introduces the quote.
pub(crate) fn after_colon(ctx: &Context, open: usize) -> Option<Attribution> {
    let text = ctx.text;
    let near = floor_boundary(text, open.saturating_sub(BEFORE_REACH));
    let head = text.get(..open)?;
    let head = &head[..near + text.get(near..open)?.trim_end().len()];
    if !head.ends_with(':') {
        return None;
    }
    let colon = head.len() - 1;
    if let Some(name) = name_before(text, colon) {
        return Some(Attribution {
            speaker: name,
            cue: None,
        });
    }
    let sentence = ctx.sentences.around(text, colon);
    let cue = ctx.cues.within(sentence.start, colon).last().copied();
    let speaker = match cue {
        Some(c) => cue_speaker(ctx, sentence, c).or_else(|| {
            // "Said Ellis:": the verb opens the sentence and the speaker follows it.
            let opens = text.get(sentence.start..c.start)?.trim().is_empty();
            opens
                .then(|| speaker::after(text, c.end, colon, false))
                .flatten()
        }),
        None => speaker::subject(text, after_leading_quote(ctx, sentence, colon), colon),
    }?;
    Some(Attribution { speaker, cue })
}

/// `Dianne Bystrom agreed. “Republicans are running out of time.”`: a sentence that ends
/// with its speaker and a speech verb attributes the quotation opening right after it, in
/// the same paragraph.
pub(crate) fn after_cue_sentence(ctx: &Context, open: usize) -> Option<Attribution> {
    let text = ctx.text;
    let lo = floor_boundary(text, open.saturating_sub(BEFORE_REACH));
    let head = text.get(lo..open)?;
    let trimmed = head.trim_end();
    if !trimmed.ends_with('.') || head[trimmed.len()..].contains('\n') {
        return None;
    }
    let stop = lo + trimmed.len() - 1;
    let last = *text.window(stop.saturating_sub(40), stop).last()?;
    let cue = ctx.cues.at(last.start)?;
    if cue.class != CueClass::Speech || cue.end != stop || !lowercase_word(text, cue) {
        return None;
    }
    let sentence = ctx.sentences.around(text, cue.start);
    match speaker::before(text, sentence.start, cue.start) {
        Before::Speaker(speaker) if !marks::covers(&ctx.segments, speaker.start) => {
            Some(Attribution {
                speaker,
                cue: Some(cue),
            })
        }
        _ => None,
    }
}

/// Whether the cue is written in lower case: "Agreed." opening a sentence is no verb of a
/// speaker before it.
fn lowercase_word(text: &Doc, cue: Cue) -> bool {
    text.get(cue.start..cue.end)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// A capitalised name right before a colon, as in `- Jeffrey M. Jones: “…”`.
fn name_before(text: &Doc, colon: usize) -> Option<Span> {
    let toks = text.window(colon.saturating_sub(60), colon);
    let name: Vec<&Tok> = toks
        .iter()
        .rev()
        .take_while(|t| t.is_capitalised(text) && !is_clause_marker(t.text(text)))
        .collect();
    let all_caps = name
        .iter()
        .all(|t| !t.text(text).chars().any(char::is_lowercase));
    let boundary = toks
        .iter()
        .rev()
        .nth(name.len())
        .is_none_or(|t| !t.is_word());
    if name.is_empty() || name.len() > 4 || all_caps || !boundary {
        return None;
    }
    Some(Span::new(name.last()?.start, name.first()?.end))
}

/// A name after a dash right after the closing mark, as under a quoted reader comment or
/// epigraph: `“…” ― Martha Aguilar`, `“…” — Lee Ann Kim, Ohio`.
pub(crate) fn dash_credit(ctx: &Context, segment: Span) -> Option<Attribution> {
    let text = ctx.text;
    let rest = text.get(segment.end..)?;
    let after_space = rest.trim_start_matches([' ', '\u{a0}']);
    let dash = ['―', '—', '–']
        .into_iter()
        .find(|&d| after_space.starts_with(d))?;
    let name_from = segment.end + (rest.len() - after_space.len()) + dash.len_utf8();
    let toks = text.window(name_from, name_from.saturating_add(60));
    let name: Vec<&Tok> = toks
        .iter()
        .take_while(|t| t.is_capitalised(text) && !is_clause_marker(t.text(text)))
        .collect();
    if !(2..=4).contains(&name.len()) {
        return None;
    }
    Some(Attribution {
        speaker: Span::new(name.first()?.start, name.last()?.end),
        cue: None,
    })
}
