//! Where a reported clause starts and ends after its cue: after "that", after the
//! addressee of "told", after a time or place phrase ("said in a statement on Monday it
//! …"), or at an infinitive; and up to the sentence end, a colon, a trailing participle or
//! the comma before a later cue.

use super::Context;
use super::cues::Cue;
use super::lexicon::{
    CueClass, is_aux_or_adverb, is_determiner, is_pronoun, opens_adjunct, takes_infinitive,
};
use super::reported::{MAX_ADJUNCT, REACH, TAIL_REACH, inside_segment};
use super::speaker;
use super::stance;
use super::tokens::{Doc, Tok, floor_boundary};
use crate::extract::Span;

/// How many tokens after a cue may come before "that" ("said on Friday that").
const THAT_REACH: usize = 8;

/// Where an infinitive statement starts: "to" right after a cue that takes one ("vowed to
/// appeal").
pub(super) fn infinitive_start(ctx: &Context, cue: Cue, ceil: usize) -> Option<usize> {
    let text = ctx.text;
    let first = *text.window(cue.end, ceil).first()?;
    let cue_word = text.get(cue.start..cue.end)?;
    (first.text(text) == "to" && takes_infinitive(cue_word)).then_some(first.start)
}

/// Where the reported clause starts: after "that" when it comes soon, after the addressee
/// of "told", or right after the cue.
pub(super) fn content_start(ctx: &Context, cue: Cue, ceil: usize) -> Option<usize> {
    let text = ctx.text;
    let rest = text.window(cue.end, ceil.min(cue.end + TAIL_REACH));
    let first = rest.first()?;
    if cue.class != CueClass::Addressed && opens_subject(first.text(text)) {
        // "said it was more useful than the polls that …": the clause has begun, and a
        // later "that" is inside it.
        return Some(first.start);
    }
    let that = rest
        .iter()
        .take(THAT_REACH)
        .take_while(|t| t.is_word())
        .find(|t| t.text(text).eq_ignore_ascii_case("that"));
    if let Some(that) = that {
        return Some(that.end);
    }
    if first.is_punct(text, ",") || first.is_punct(text, ":") {
        return rest.get(1).map(|t| t.start);
    }
    // "called on", "responded to", "reported on": these prepositions mostly take the
    // verb's own complement rather than open a time or place phrase.
    let word = first.text(text);
    let adjunct =
        opens_adjunct(word) && !["on", "of", "for", "about", "with", "from", "by"].contains(&word);
    let after_adjunct = (cue.class != CueClass::Addressed && adjunct)
        .then(|| clause_after_adjunct(text, rest))
        .flatten();
    if after_adjunct.is_some() {
        return after_adjunct;
    }
    if cue.class == CueClass::Addressed {
        let addressee = speaker::after(text, cue.end, ceil, true)?;
        let word = text.get(addressee.start..addressee.end).unwrap_or("");
        let object = if is_object_pronoun(first.text(text)) {
            first.end
        } else if word.contains(' ') || !is_pronoun(word) {
            addressee.end
        } else {
            first.end
        };
        return rest.iter().find(|t| t.start >= object).map(|t| t.start);
    }
    Some(first.start)
}

/// Where the clause starts after a time or place phrase that opens `rest` ("said in a
/// statement Thursday they …", "has said for weeks he is …", "said at a rally in Ohio,
/// that …"): at a subject pronoun, at "that", or at a determiner that follows the phrase's
/// noun rather than a preposition.
fn clause_after_adjunct(text: &str, rest: &[Tok]) -> Option<usize> {
    let mut previous: Option<&str> = None;
    for tok in rest.iter().skip(1).take(MAX_ADJUNCT + 4) {
        if tok.is_punct(text, ",") {
            previous = None;
            continue;
        }
        if !tok.is_word() {
            return None;
        }
        let word = tok.text(text);
        if word.eq_ignore_ascii_case("that") {
            return Some(tok.end);
        }
        let after_noun = previous.is_some_and(ends_adjunct);
        let subject = ["he", "she", "they", "we", "i", "it"]
            .iter()
            .any(|pronoun| pronoun.eq_ignore_ascii_case(word));
        if subject
            || (after_noun && is_determiner(word) && !["one", "this", "last"].contains(&word))
        {
            return Some(tok.start);
        }
        previous = Some(word);
    }
    None
}

/// Whether a word can end a time or place phrase after a cue, so that a determiner after
/// it opens the clause ("said on Monday the …", "said in a statement the …").
fn ends_adjunct(word: &str) -> bool {
    let capitalised = word.starts_with(char::is_uppercase) && !is_determiner(word);
    capitalised
        || [
            "statement",
            "interview",
            "night",
            "morning",
            "afternoon",
            "evening",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "ago",
            "time",
            "conference",
            "release",
            "call",
            "rally",
            "speech",
            "appearance",
            "hearing",
            "debate",
            "event",
            "day",
            "days",
        ]
        .contains(&word)
}

/// The end of the reported clause: the sentence end, or the comma before a later cue.
pub(super) fn content_end(ctx: &Context, start: usize, sentence: Span) -> usize {
    let text = ctx.text;
    let mut end = floor_boundary(text, sentence.end.min(start + REACH));
    let body = text.get(start..end).unwrap_or("");
    let trimmed = body
        .trim_end()
        .trim_end_matches(['.', '!', '?', ';', ':', ',']);
    end = start + trimmed.len();
    let body = text.get(start..end).unwrap_or("");
    // A colon before a quotation introduces the speaker's own words, part of the report.
    let colon = body.match_indices([':', ';']).map(|(i, _)| i).find(|&i| {
        let after = body[i + 1..].trim_start();
        !(body[i..].starts_with(':') && after.starts_with(['"', '“', '\'', '‘']))
    });
    if let Some(cut) = participle_clause(body).into_iter().chain(colon).min() {
        end = start + cut;
    }
    // A cue inside quoted words ("was “firmly opposed”") starts no statement of its own.
    let next_cue = ctx
        .cues
        .within(start, end)
        .iter()
        .find(|c| !inside_segment(ctx, c.start));
    if let Some(next) = next_cue {
        let toks = text.window(start.max(next.start.saturating_sub(80)), next.start);
        let comma = toks.iter().rev().take(8).find(|t| t.is_punct(text, ","));
        let conjunction = toks
            .iter()
            .rev()
            .find(|t| !is_aux_or_adverb(t.text(text)))
            .filter(|t| ["and", "but"].contains(&t.text(text)));
        // "… and said that …": the speaker's second statement is its own quote.
        if let Some(cut) = comma.or(conjunction) {
            end = cut.start;
        }
    }
    end
}

/// Where a trailing participle clause (", conceding the race") starts, relative to `body`.
fn participle_clause(body: &str) -> Option<usize> {
    // Byte pairs rather than a substring search: this runs for every reported clause.
    let bytes = body.as_bytes();
    (0..bytes.len().saturating_sub(1))
        .filter(|&i| bytes[i] == b',' && bytes[i + 1] == b' ')
        .find(|&i| body.get(i + 2..).is_some_and(opens_with_participle))
}

/// Whether `rest` opens with a lower-case "-ing" word that is not a preposition.
fn opens_with_participle(rest: &str) -> bool {
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..len];
    let prepositional = [
        "including",
        "regarding",
        "concerning",
        "following",
        "according",
    ]
    .contains(&word);
    word.len() > 5
        && word.ends_with("ing")
        && word.starts_with(char::is_lowercase)
        && !prepositional
}

pub(super) fn is_preposition(word: &str) -> bool {
    [
        "on", "about", "in", "at", "for", "with", "from", "of", "by", "to", "into", "over",
    ]
    .contains(&word)
}

/// Whether a belief's complement is a clause ("that …", "he will …") rather than an object.
pub(super) fn opens_clause(text: &Doc, content: Span) -> bool {
    let toks = text.window(content.start, content.end.min(content.start + 80));
    let Some(first) = toks.first() else {
        return false;
    };
    let word = first.text(text);
    let after_that = text
        .get(..content.start)
        .is_some_and(|h| h.trim_end().ends_with("that"));
    // "polls show voters favour …": a bare plural opens the clause's subject.
    let bare_plural = word.ends_with('s') && stance::opens_bare_noun_phrase(word);
    after_that
        || is_pronoun(word)
        || is_determiner(word)
        || first.is_capitalised(text)
        || bare_plural
}

/// A word that can only open the reported clause's subject ("said she would", "said the
/// plan was"), never a time phrase before "that" ("said this week that").
fn opens_subject(word: &str) -> bool {
    let time_determiner = ["this", "these", "those", "last", "one", "that"].contains(&word);
    (is_pronoun(word) && word != "who") || (is_determiner(word) && !time_determiner)
}

/// A pronoun that can only be an object: the addressee of "told him he …" is one word.
fn is_object_pronoun(word: &str) -> bool {
    ["him", "her", "them", "us", "me"].contains(&word)
}
