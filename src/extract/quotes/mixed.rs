//! Mixed quotes with an unlisted verb: `Huckabee called the program “worse than amnesty.”`
//!
//! When a quotation inside a sentence has no attribution of its own, and the sentence opens
//! with a subject followed by a verb before the quotation, the subject is taken as the
//! speaker and the predicate holding the quotation as the quote. Listed cues are left to
//! the reported-speech finder.

use super::lexicon::{CueClass, is_aux_or_adverb, is_be_form, is_clause_marker, is_determiner};
use super::tokens::Tok;
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// The furthest the quotation may start from the sentence start, in bytes.
const MAX_SENTENCE_LEAD: usize = 400;
/// The furthest the quotation may start from the subject, in bytes.
const MAX_LEAD_BYTES: usize = 200;
/// The most words between the verb and the quotation.
const MAX_LEAD_WORDS: usize = 12;

/// The mixed quote around the unattributed quoted `segment`, if its sentence has one.
pub fn around(ctx: &Context, segment: Span) -> Option<Found> {
    let text = ctx.text;
    let quoted = text.get(segment.start..segment.end).unwrap_or("");
    if super::direct::is_title(quoted) {
        // "starred in “The Apprentice”": a title, not anyone's words.
        return None;
    }
    let sentence = ctx.sentences.around(text, segment.start);
    if sentence.start >= segment.start || segment.start - sentence.start > MAX_SENTENCE_LEAD {
        return None;
    }
    let subject = super::speaker::subject(text, sentence.start, segment.start)?;
    let mut words = text.get(subject.start..subject.end)?.split_whitespace();
    let first_word = words.next()?;
    let bare_determiner = is_determiner(first_word) && words.next().is_none();
    if is_clause_marker(first_word) || bare_determiner {
        return None;
    }
    if segment.start.saturating_sub(subject.end) > MAX_LEAD_BYTES {
        return None;
    }
    let toks = text.window(subject.end, segment.start);
    let verb_at = skip_appositive_and_auxiliaries(text, toks)?;
    let verb = toks
        .get(verb_at)
        .filter(|t| t.is_word() && !t.is_capitalised(text))?;
    let verb_word = verb.text(text);
    if is_determiner(verb_word) || is_clause_marker(verb_word) || is_be_form(verb_word) {
        return None;
    }
    if verb_word.contains('-') {
        // "the so-called “reform”": a compound modifier, not a verb.
        return None;
    }
    let lead = &toks[verb_at + 1..];
    let words_before_quote = lead.iter().filter(|t| t.is_word()).count();
    if ctx.cues.at(verb.start).is_some() || words_before_quote > MAX_LEAD_WORDS {
        return None;
    }
    if lead
        .iter()
        .any(|t| !t.is_word() && !is_inner_punct(text, t))
    {
        return None;
    }
    let start = lead.first().map_or(segment.start, |t| t.start);
    let end = clause_end(text, segment, sentence);
    Some(Found {
        span: Span::new(start, end),
        kind: QuoteKind::Direct,
        speaker: Some(subject),
        cue: Some(Span::new(verb.start, verb.end)),
        class: Some(CueClass::Speech),
    })
}

/// The mixed quote of a listed cue whose words run on to a quotation that nobody else
/// attributes: `he warned of the dangers of “owners of technology”`, `called him a
/// “moderate,”`, `pledging to “win many hundreds of delegates”`. The reported-speech finder
/// wants a clause after the cue; these take a noun phrase or an infinitive.
pub fn after_listed_cue(ctx: &Context, segment: Span) -> Option<Found> {
    let text = ctx.text;
    let quoted = text.get(segment.start..segment.end).unwrap_or("");
    if super::direct::is_title(quoted) {
        return None;
    }
    let sentence = ctx.sentences.around(text, segment.start);
    let cue = *ctx
        .cues
        .within(
            sentence
                .start
                .max(segment.start.saturating_sub(MAX_LEAD_BYTES)),
            segment.start,
        )
        .last()?;
    if cue.class == CueClass::According {
        return None;
    }
    let lead = text.window(cue.end, segment.start);
    let words_before_quote = lead.iter().filter(|t| t.is_word()).count();
    if words_before_quote > MAX_LEAD_WORDS
        || lead
            .iter()
            .any(|t| !t.is_word() && !is_inner_punct(text, t))
    {
        return None;
    }
    let speaker = super::attribution::cue_speaker(ctx, sentence, cue)?;
    let start = lead.first().map_or(segment.start, |t| t.start);
    Some(Found {
        span: Span::new(start, clause_end(text, segment, sentence)),
        kind: QuoteKind::Direct,
        speaker: Some(speaker),
        cue: Some(Span::new(cue.start, cue.end)),
        class: Some(cue.class),
    })
}

/// Punctuation allowed between the verb and the quotation (possessives, hyphens).
fn is_inner_punct(text: &str, tok: &Tok) -> bool {
    ["-", "’", "'", "$", "%"]
        .iter()
        .any(|m| tok.is_punct(text, m))
}

/// The index of the verb after the subject: past an appositive between commas and past
/// auxiliaries ("Huckabee, for his part, is labeling").
fn skip_appositive_and_auxiliaries(text: &str, toks: &[Tok]) -> Option<usize> {
    let mut k = 0;
    if toks.first().is_some_and(|t| t.is_punct(text, ",")) {
        k = 1
            + toks
                .iter()
                .skip(1)
                .take(12)
                .position(|t| t.is_punct(text, ","))?
            + 1;
    }
    while toks.get(k).is_some_and(|t| {
        t.is_word() && (is_aux_or_adverb(t.text(text)) || is_be_form(t.text(text)))
    }) {
        k += 1;
    }
    Some(k)
}

/// Where the predicate holding the quotation ends: the quotation's own closing comma, the
/// next clause punctuation, or the sentence end.
fn clause_end(text: &str, segment: Span, sentence: Span) -> usize {
    let inner_comma = text
        .get(segment.start..segment.end)
        .is_some_and(|q| q.trim_end_matches(['"', '”', '’']).ends_with(','));
    if inner_comma {
        return segment.end;
    }
    let rest = text.get(segment.end..sentence.end).unwrap_or("");
    let stop = rest.find([',', ';', '—', '–', '(']).unwrap_or(rest.len());
    let stop = next_clause(&rest[..stop]).unwrap_or(stop);
    let clause = rest[..stop]
        .trim_end()
        .trim_end_matches(['.', '!', '?', ':']);
    segment.end + clause.len()
}

/// Where a conjunction or a dash opens the next clause: "called it “a sham” and left".
fn next_clause(rest: &str) -> Option<usize> {
    [
        " and ",
        " but ",
        " while ",
        " whereas ",
        " although ",
        " though ",
        " because ",
        // A spaced hyphen is a dash: "likened it to “a sham” - a charge that ...".
        " - ",
        " -- ",
    ]
    .iter()
    .filter_map(|conjunction| rest.find(conjunction))
    .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::tokens::Doc;

    fn mixed(text: &str) -> Option<(String, String)> {
        let doc = Doc::new(text);
        let ctx = Context::new(&doc);
        let found = around(&ctx, *ctx.segments.first()?)?;
        let speaker = found.speaker?;
        Some((
            text[found.span.start..found.span.end].to_string(),
            text[speaker.start..speaker.end].to_string(),
        ))
    }

    #[test]
    fn the_subject_speaks_the_predicate_holding_the_quotation() {
        assert_eq!(
            mixed("Governor Ann Lee deemed the plan “a disaster” on Monday."),
            Some((
                "the plan “a disaster” on Monday".into(),
                "Governor Ann Lee".into()
            ))
        );
        assert_eq!(
            mixed("Ann Lee, for her part, is labeling the vote “a sham,” and left."),
            Some(("the vote “a sham,”".into(), "Ann Lee".into()))
        );
    }

    #[test]
    fn the_predicate_ends_where_a_conjunction_opens_the_next_clause() {
        assert_eq!(
            mixed("Ann Lee deemed the vote “a sham” and walked out of the hall."),
            Some(("the vote “a sham”".into(), "Ann Lee".into()))
        );
        assert_eq!(
            mixed("Ann Lee likened the vote to “a sham” - a charge that stung."),
            Some(("the vote to “a sham”".into(), "Ann Lee".into()))
        );
    }

    #[test]
    fn a_listed_cue_runs_on_to_an_unclaimed_quotation() {
        let rows = crate::extract::quotes::tests::spans_and_speakers(
            "Lee is pledging to “win every county” in the state. Later she warned of the \
             dangers of “cheap promises.”",
        );
        assert_eq!(
            rows,
            [
                (
                    "to “win every county” in the state".into(),
                    Some("Lee".into())
                ),
                (
                    "of the dangers of “cheap promises.”".into(),
                    Some("she".into())
                ),
            ]
        );
    }

    #[test]
    fn quotations_opening_a_sentence_or_after_a_clause_are_left_alone() {
        assert_eq!(mixed("“A sham,” that is all."), None);
        assert_eq!(
            mixed("If you like it, the group will print “a sham” later."),
            None
        );
    }
}
