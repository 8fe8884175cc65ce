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
use super::expectation;
use super::lexicon::{
    CueClass, is_aux_or_adverb, is_determiner, is_pronoun, opens_adjunct, takes_infinitive,
};
use super::speaker::{self, Before};
use super::stance;
use super::tokens::{Doc, Tok, TokKind, floor_boundary};
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// How far a reported clause may reach from its cue, in bytes.
const REACH: usize = 600;
/// How far after a cue or speaker a trailing phrase is looked for, in bytes.
const TAIL_REACH: usize = 120;
/// How many tokens after a cue may come before "that" ("said on Friday that").
const THAT_REACH: usize = 8;
/// How far back from a speaker phrase the "who" of a relative clause may stand, in bytes.
const RELATIVE_REACH: usize = 100;
/// The longest noun phrase read as modified by a participle after it ("62 percent of
/// voters saying"), in words.
const MAX_MODIFIED_WORDS: usize = 4;
/// How far back from a cue a bracketed aside before it may open, in bytes.
const PAREN_REACH: usize = 80;
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
        let found = if cue.class == CueClass::According {
            according(ctx, cue, sentence)
        } else if let Some(expectation) = expectation::find(ctx, cue, sentence) {
            Some(expectation)
        } else if ctx
            .text
            .get(cue.start..cue.end)
            .is_some_and(expectation::owns)
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

/// The speaker phrase before a cue, looking past a bracketed aside right before it
/// ("Ann Lee (D-Md.) said", "Kim (who has 25 delegates) said").
fn speaker_before(text: &Doc, floor: usize, cue_start: usize) -> Before {
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

fn holds_quote(ctx: &Context, span: Span) -> bool {
    let first = ctx.segments.partition_point(|s| s.end <= span.start);
    ctx.segments.get(first).is_some_and(|s| s.overlaps(span))
}

fn inside_segment(ctx: &Context, pos: usize) -> bool {
    let idx = ctx.segments.partition_point(|s| s.end <= pos);
    ctx.segments.get(idx).is_some_and(|s| s.start <= pos)
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
    let content = clause(text, content_start, end)?;
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

fn forward_speaker(ctx: &Context, cue: Cue, sentence: Span, before: Before) -> Option<Span> {
    let text = ctx.text;
    let subject = || speaker::subject(text, sentence.start, cue.start);
    match before {
        Before::Passive | Before::Noun => None,
        Before::Coordinated => subject(),
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
fn participle_speaker(ctx: &Context, cue: Cue, sentence: Span) -> Option<Span> {
    let text = ctx.text;
    let earlier = ctx
        .cues
        .within(sentence.start, cue.start)
        .iter()
        .rev()
        .find(|c| c.class != CueClass::Participle && !inside_segment(ctx, c.start))?;
    match speaker_before(text, sentence.start, earlier.start) {
        Before::Speaker(s) if !is_relative(text.get(s.start..s.end).unwrap_or("")) => Some(s),
        _ => speaker::after(text, earlier.end, cue.start, false),
    }
}

fn is_dash(word: &str) -> bool {
    ["--", "—", "–", "-"].contains(&word)
}

/// Where an infinitive statement starts: "to" right after a cue that takes one ("vowed to
/// appeal").
fn infinitive_start(ctx: &Context, cue: Cue, ceil: usize) -> Option<usize> {
    let text = ctx.text;
    let first = *text.window(cue.end, ceil).first()?;
    let cue_word = text.get(cue.start..cue.end)?.to_ascii_lowercase();
    (first.text(text) == "to" && takes_infinitive(&cue_word)).then_some(first.start)
}

/// Where the reported clause starts: after "that" when it comes soon, after the addressee
/// of "told", or right after the cue.
fn content_start(ctx: &Context, cue: Cue, ceil: usize) -> Option<usize> {
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
        let lower = word.to_ascii_lowercase();
        if lower == "that" {
            return Some(tok.end);
        }
        let after_noun = previous.is_some_and(ends_adjunct);
        let subject = ["he", "she", "they", "we", "i", "it"].contains(&lower.as_str());
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
fn content_end(ctx: &Context, start: usize, sentence: Span) -> usize {
    let text = ctx.text;
    let mut end = floor_boundary(text, sentence.end.min(start + REACH));
    let body = text.get(start..end).unwrap_or("");
    let trimmed = body
        .trim_end()
        .trim_end_matches(['.', '!', '?', ';', ':', ',']);
    end = start + trimmed.len();
    let body = text.get(start..end).unwrap_or("");
    let colon = body.find([':', ';']);
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

fn is_preposition(word: &str) -> bool {
    [
        "on", "about", "in", "at", "for", "with", "from", "of", "by", "to", "into", "over",
    ]
    .contains(&word)
}

/// Whether a belief's complement is a clause ("that …", "he will …") rather than an object.
fn opens_clause(text: &Doc, content: Span) -> bool {
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

/// "who" / "which" / "that" opening a relative clause.
fn is_relative(word: &str) -> bool {
    ["who", "which", "that"].contains(&word)
}

/// A pronoun that can only be an object: the addressee of "told him he …" is one word.
fn is_object_pronoun(word: &str) -> bool {
    ["him", "her", "them", "us", "me"].contains(&word)
}
