//! Speakers of reported speech: the phrase before a cue, looked for past asides ("Ann Lee
//! (D-Md.) said", "the judge -- who … -- said"), time phrases ("Lee at the time said") and
//! relative clauses ("aides who met Kim said"), and the holder of a participle ("…, he
//! said, adding …", "a banner saying …").

use super::Context;
use super::attribution::after_leading_quote;
use super::cues::Cue;
use super::lexicon::{CueClass, is_aux_or_adverb, is_determiner};
use super::reported::inside_segment;
use super::reported_clause::is_preposition;
use super::speaker::{self, Before};
use super::stance;
use super::tokens::{Doc, Tok};
use crate::extract::Span;

/// How far back from a speaker phrase the "who" of a relative clause may stand, in bytes.
const RELATIVE_REACH: usize = 100;
/// The longest noun phrase read as modified by a participle after it ("62 percent of
/// voters saying"), in words.
const MAX_MODIFIED_WORDS: usize = 4;
/// How far back from a cue a bracketed aside before it may open, in bytes.
const PAREN_REACH: usize = 80;

/// The speaker phrase before a cue, looking past a bracketed aside right before it
/// ("Ann Lee (D-Md.) said", "Kim (who has 25 delegates) said").
pub(super) fn speaker_before(text: &Doc, floor: usize, cue_start: usize) -> Before {
    let before = speaker::before(text, floor, cue_start);
    if before != Before::Nothing {
        return before;
    }
    let toks = text.window(floor.max(cue_start.saturating_sub(PAREN_REACH)), cue_start);
    let Some(last) = toks.last() else {
        return before;
    };
    let open = if last.is_punct(text, ")") {
        toks.iter().rposition(|t| t.is_punct(text, "("))
    } else if is_dash(last.text(text)) {
        // "The judge -- who has been in a scuffle -- said".
        let dash = |t: &Tok| is_dash(t.text(text));
        let closing = toks.iter().rposition(|t| !dash(t)).map_or(0, |k| k + 1);
        toks[..closing].iter().rposition(dash).map(|k| {
            let run = toks[..k].iter().rposition(|t| !dash(t));
            run.map_or(0, |r| r + 1)
        })
    } else {
        return before;
    };
    match open.filter(|&k| k > 0) {
        Some(k) => speaker::before(text, floor, toks[k].start),
        None => before,
    }
}

pub(super) fn forward_speaker(
    ctx: &Context,
    cue: Cue,
    sentence: Span,
    before: Before,
) -> Option<Span> {
    let text = ctx.text;
    let from = after_leading_quote(ctx, sentence, cue.start);
    let subject = || speaker::subject(text, from, cue.start);
    match before {
        Before::Passive | Before::Noun => None,
        Before::Coordinated => speaker::coordinated_subject(text, from, cue.start),
        Before::Speaker(s) if cue.class == CueClass::Participle => {
            // "a sign saying …", "62 percent of voters saying …": the noun it modifies.
            modified_noun(text, sentence, cue, s)
                .or_else(|| participle_speaker(ctx, cue, sentence))
                .or_else(|| subject().filter(|s| names_someone(text, *s)))
        }
        _ if cue.class == CueClass::Participle => participle_speaker(ctx, cue, sentence)
            .or_else(|| subject().filter(|s| names_someone(text, *s))),
        Before::Speaker(s) if matches!(cue.class, CueClass::Intent | CueClass::Stance) => {
            stance::plausible_holder(text, s).then_some(s)
        }
        Before::Speaker(s) => {
            let s = before_time_phrase(text, sentence, s).unwrap_or(s);
            Some(head_of_relative(text, sentence, s))
        }
        Before::Nothing => None,
    }
}

/// The speaker before a time phrase that was read as the speaker: "Lee at the time said",
/// "Lee has in the past said", "the ministry two weeks ago said".
fn before_time_phrase(text: &Doc, sentence: Span, phrase: Span) -> Option<Span> {
    let words = text.get(phrase.start..phrase.end)?;
    let toks = text.window(
        sentence.start.max(phrase.start.saturating_sub(40)),
        phrase.start,
    );
    let mut start = if words.ends_with(" ago") {
        // "less than two weeks ago": the quantity's modifiers belong to the time phrase.
        let modifiers = toks
            .iter()
            .rev()
            .take_while(|t| {
                [
                    "less", "more", "than", "about", "nearly", "almost", "just", "only",
                ]
                .contains(&t.text(text))
            })
            .count();
        toks.len() - modifiers
    } else {
        let previous = toks.last()?;
        let time_preposition =
            ["at", "in", "for", "during", "over", "since", "after"].contains(&previous.text(text));
        // "at the time", "in a later interview", "in 2010"; not "in South Carolina".
        let mut phrase_words = words.split(' ');
        let opens_with_article = phrase_words
            .next()
            .is_some_and(|w| ["the", "a", "an"].contains(&w));
        let lower_case = phrase_words.all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
        let year = words.bytes().all(|b| b.is_ascii_digit());
        if !(time_preposition && (year || opens_with_article && lower_case)) {
            return None;
        }
        toks.len() - 1
    };
    while start > 0 && toks[start - 1].is_word() && is_aux_or_adverb(toks[start - 1].text(text)) {
        start -= 1;
    }
    let end = toks.get(start).map_or(phrase.start, |t| t.start);
    match speaker::before(text, sentence.start, end) {
        Before::Speaker(s) => Some(s),
        _ => None,
    }
}

/// The head noun phrase when `phrase` ends a relative clause before the cue: in "aides who
/// spoke to Kim said", the phrase before "said" is "Kim", but the speakers are "aides".
fn head_of_relative(text: &Doc, sentence: Span, phrase: Span) -> Span {
    let floor = sentence
        .start
        .max(phrase.start.saturating_sub(RELATIVE_REACH));
    let toks = text.window(floor, phrase.start);
    let who = toks
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .find(|t| t.text(text).eq_ignore_ascii_case("who"));
    match who.map(|w| speaker::before(text, sentence.start, w.start)) {
        Some(Before::Speaker(head)) => head,
        _ => phrase,
    }
}

/// The noun a participle cue modifies when it follows one directly ("carried a letter
/// saying"), rather than continuing the main clause (", saying", "after saying"). `phrase`
/// is what was read before the cue; the noun phrase is its part from the last determiner.
fn modified_noun(text: &Doc, sentence: Span, cue: Cue, phrase: Span) -> Option<Span> {
    let previous = text
        .window(sentence.start.max(cue.start.saturating_sub(60)), cue.start)
        .iter()
        .rev()
        .find(|t| !t.is_word() || !is_aux_or_adverb(t.text(text)))
        .copied()?;
    let word = previous.text(text);
    let after_noun = previous.is_word()
        && !is_preposition(word)
        && !["without", "while", "after", "before"].contains(&word);
    if !after_noun {
        return None;
    }
    let toks = text.window(phrase.start, phrase.end);
    let start = toks
        .iter()
        .rposition(|t| is_determiner(t.text(text)))
        .map_or(phrase.start, |k| toks[k].start);
    let noun = Span::new(start, phrase.end);
    let words = text
        .get(start..phrase.end)
        .map_or(0, |p| p.split(' ').count());
    // A long phrase before the participle is a clause ("Lee sent letters"), not a noun.
    (words <= MAX_MODIFIED_WORDS && stance::plausible_holder(text, noun)).then_some(noun)
}

/// Whether a sentence subject can be a speaker: not a lone determiner ("The") or a
/// capitalised dateline ("WASHINGTON").
fn names_someone(text: &Doc, subject: Span) -> bool {
    let phrase = text.get(subject.start..subject.end).unwrap_or("");
    let dateline = phrase.len() > 1 && !phrase.chars().any(char::is_lowercase);
    let lone_determiner = is_determiner(phrase) && !phrase.contains(' ');
    !(dateline || lone_determiner)
}

/// The speaker of the report a participle continues: "“…,” he said, adding that …",
/// "Lee told reporters …, saying …". The holder is the speaker of the nearest earlier cue
/// in the sentence, which is more often right than the sentence's first phrase.
pub(super) fn participle_speaker(ctx: &Context, cue: Cue, sentence: Span) -> Option<Span> {
    let text = ctx.text;
    let earlier = ctx
        .cues
        .within(sentence.start, cue.start)
        .iter()
        .rev()
        .find(|c| c.class != CueClass::Participle && !inside_segment(ctx, c.start))?;
    match speaker_before(
        text,
        after_leading_quote(ctx, sentence, earlier.start),
        earlier.start,
    ) {
        Before::Speaker(s) if !is_relative(text.get(s.start..s.end).unwrap_or("")) => Some(s),
        _ => speaker::after(text, earlier.end, cue.start, false),
    }
}

fn is_dash(word: &str) -> bool {
    ["--", "—", "–", "-"].contains(&word)
}

/// "who" / "which" / "that" opening a relative clause.
pub(super) fn is_relative(word: &str) -> bool {
    ["who", "which", "that"].contains(&word)
}
