//! Statements whose source the text does not name, reported without a speaker:
//! - passive expectations: "The committee is expected to report in May." The statement is
//!   the clause holding "is expected to": from the sentence start, or from the relative
//!   pronoun of a non-restrictive clause (", which is expected to …"), to the sentence end;
//! - questions put to someone: "Asked whether she would run, …", "… when asked about the
//!   budget." The statement is what was asked, up to the next comma.

use super::cues::Cue;
use super::lexicon::{is_aux_or_adverb, is_be_form, is_seeming};
use super::tokens::Tok;
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// The unattributed statement at `cue`, if it is a passive "expected to" or "asked".
pub fn find(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let word = ctx.text.get(cue.start..cue.end)?;
    if word.eq_ignore_ascii_case("expected") {
        expectation(ctx, cue, sentence)
    } else if owns(word) {
        seeming(ctx, cue, sentence)
    } else if word.eq_ignore_ascii_case("asked") {
        question(ctx, cue, sentence)
    } else {
        None
    }
}

/// Whether the cue word is read here only (no speaker reading applies to it).
pub fn owns(word: &str) -> bool {
    is_seeming(word)
}

/// "X seems to …", "it appears likely that …": a judgement that the text does not
/// attribute. The statement is the clause holding the verb, as for an expectation.
fn seeming(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let next = text
        .window(cue.end, sentence.end)
        .iter()
        .find(|t| !t.is_word() || !is_aux_or_adverb(t.text(text)))?;
    if !next.is_word() || !opens_judgement(&next.text(text).to_ascii_lowercase()) {
        // "appeared on television", "seemed tired": not a judgement of a clause.
        return None;
    }
    if ctx
        .cues
        .within(sentence.start, cue.start)
        .iter()
        .next()
        .is_some()
    {
        // "she said Clinton appeared to …": a judgement inside someone's report is theirs.
        return None;
    }
    let before = text.window(sentence.start, cue.start);
    let start = clause_start(text, before).unwrap_or(sentence.start);
    let span = trimmed(text, start, clause_end(ctx, cue, sentence))?;
    text.get(span.start..span.end)?.split_whitespace().nth(2)?;
    if ctx.segments.iter().any(|s| s.overlaps(span)) {
        // Quoted words around the verb: the direct finder's.
        return None;
    }
    Some(unattributed(ctx, span, cue))
}

/// Words after "seems" that make it a judgement of a clause.
fn opens_judgement(word: &str) -> bool {
    [
        "to",
        "that",
        "likely",
        "unlikely",
        "certain",
        "clear",
        "poised",
        "ready",
        "set",
        "inevitable",
        "possible",
        "probable",
        "as",
        "like",
    ]
    .contains(&word)
}

/// "… is (widely) expected to …".
fn expectation(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let next = text.window(cue.end, sentence.end).first()?;
    if next.text(text) != "to" {
        return None;
    }
    let before = text.window(sentence.start, cue.start);
    let verb = before
        .iter()
        .rev()
        .find(|t| !t.is_word() || !is_aux_or_adverb(t.text(text)))?;
    if !verb.is_word() || !is_be_form(&verb.text(text).to_ascii_lowercase()) {
        return None;
    }
    let start = clause_start(text, before).unwrap_or(sentence.start);
    let span = trimmed(text, start, clause_end(ctx, cue, sentence))?;
    text.get(span.start..span.end)?.split_whitespace().nth(2)?;
    Some(unattributed(ctx, span, cue))
}

/// "Asked whether …," / "when asked about …" / "was asked if …": a question put to an
/// unnamed or later-named person, whose answer (if any) is a separate quote.
fn question(ctx: &Context, cue: Cue, sentence: Span) -> Option<Found> {
    let text = ctx.text;
    let before = text.window(sentence.start, cue.start);
    let previous = before
        .iter()
        .rev()
        .find(|t| !t.is_word() || !is_aux_or_adverb(t.text(text)));
    let passive = match previous {
        None => true,
        Some(t) => {
            let word = t.text(text).to_ascii_lowercase();
            t.is_word() && (word == "when" || is_be_form(&word))
        }
    };
    if !passive {
        return None;
    }
    let after = text.window(cue.end, sentence.end);
    if !after.first()?.is_word() {
        // "was asked, “…”": a quoted question is the direct finder's.
        return None;
    }
    let skip = usize::from(after[0].text(text) == "about");
    let start = after.get(skip)?.start;
    let end = after[skip..]
        .iter()
        .find(|t| !t.is_word() && !t.is_punct(text, "'") && !t.is_punct(text, "’"))
        .map_or(sentence.end, |t| t.start);
    let span = trimmed(text, start, end)?;
    Some(unattributed(ctx, span, cue))
}

fn unattributed(ctx: &Context, span: Span, cue: Cue) -> Found {
    let quoted = ctx.segments.iter().any(|s| s.overlaps(span));
    Found {
        span,
        kind: if quoted {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        speaker: None,
        cue: Some(Span::new(cue.start, cue.end)),
        class: None,
    }
}

/// Where the clause holding the cue starts: after the last comma or subordinating word
/// before it ("Though he trails, Kim appears to …", "not only that Kim seems to …"), or
/// at the relative pronoun of ", which is expected to …"; `None` for the sentence start.
fn clause_start(text: &str, before: &[Tok]) -> Option<usize> {
    if let Some(relative) = relative_start(text, before) {
        return Some(relative);
    }
    // At least one word must stay before the cue: the clause's subject.
    let last = before.len().checked_sub(1)?;
    let boundary = before[..last].iter().rposition(|t| {
        let word = t.text(text);
        t.is_punct(text, ",") || (t.is_word() && opens_subordinate(&word.to_ascii_lowercase()))
    })?;
    before.get(boundary + 1).map(|t| t.start)
}

/// Words that open a clause of their own inside a sentence.
fn opens_subordinate(word: &str) -> bool {
    [
        "that", "while", "though", "although", "because", "if", "when", "but", "since", "whether",
        "unless", "whereas",
    ]
    .contains(&word)
}

/// Where the clause holding the cue ends: at the first comma or dash after it (what
/// follows adds a circumstance or a second clause), or at the sentence end.
fn clause_end(ctx: &Context, cue: Cue, sentence: Span) -> usize {
    let text = ctx.text;
    text.window(cue.end, sentence.end)
        .iter()
        .find(|t| {
            [",", "—", "–", "--", ";"]
                .iter()
                .any(|p| t.is_punct(text, p))
        })
        .map_or(sentence.end, |t| t.start)
}

/// The start of the last ", which" / ", who" before the cue.
fn relative_start(text: &str, before: &[Tok]) -> Option<usize> {
    before.windows(2).rev().find_map(|pair| {
        let word = pair[1].text(text);
        (pair[0].is_punct(text, ",") && (word == "which" || word == "who")).then_some(pair[1].start)
    })
}

/// `[start, end)` without surrounding spaces and terminal punctuation.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let body = text.get(start..end)?;
    let lead = body.len() - body.trim_start().len();
    let kept = body
        .trim()
        .trim_end_matches(['.', '!', '?', ';', ':', ','])
        .trim_end();
    (!kept.is_empty()).then(|| Span::new(start + lead, start + lead + kept.len()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans_and_speakers as quotes;

    #[test]
    fn a_passive_expectation_is_a_statement_without_speaker() {
        let text = "The harbour board is widely expected to approve the plan in May.";
        let expected = "The harbour board is widely expected to approve the plan in May";
        assert_eq!(quotes(text), vec![(expected.to_string(), None)]);
    }

    #[test]
    fn a_relative_clause_holds_the_expectation() {
        let text = "The fair opens on Friday, which is expected to draw ten thousand visitors.";
        let expected = "which is expected to draw ten thousand visitors";
        assert_eq!(quotes(text), vec![(expected.to_string(), None)]);
    }

    #[test]
    fn a_question_put_to_someone_is_what_was_asked() {
        let text = "Asked whether she would run again, the mayor smiled.";
        let expected = "whether she would run again";
        assert_eq!(quotes(text), vec![(expected.to_string(), None)]);
        let text = "The mayor smiled when asked about the harbour budget.";
        let expected = "the harbour budget";
        assert_eq!(quotes(text), vec![(expected.to_string(), None)]);
    }

    #[test]
    fn an_active_expectation_is_not_passive() {
        let active = quotes("Nobody expected the harbour to freeze.");
        assert!(
            active.iter().all(|(_, speaker)| speaker.is_some()),
            "{active:?}"
        );
        assert!(quotes("The result was expected by most.").is_empty());
    }
}
