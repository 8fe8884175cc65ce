//! Where a quotation's attribution is: right after its closing mark (`“…,” Kwon told`,
//! `“…,” said the newspaper`), right before its opening mark (`She said: “…”`, `Lee
//! interjected, “…”`), or set apart from it (`attribution/separate.rs`). Each gives the
//! speaker's span and the cue, if any.

use super::Context;
use super::cues::Cue;
use super::direct::{inner, is_title};
use super::lexicon::{
    CueClass, is_aux_or_adverb, is_clause_marker, is_determiner, is_pronoun, opens_adjunct,
};
use super::opening;
use super::reported_speaker::participle_speaker;
use super::speaker::{self, Before};
use super::tokens::{Tok, TokKind};
use crate::extract::Span;

/// How far after a closing mark an attribution may reach, in bytes.
const AFTER_REACH: usize = 160;
/// How far before an opening mark an attribution may reach, in bytes.
pub(super) const BEFORE_REACH: usize = 200;
/// How many tokens a speaker with an appositive may take after a quote ("the spokesman,
/// Federico Lombardi, told").
const MAX_LEADING_TOKENS: usize = 24;

mod separate;
pub(super) use separate::{after_colon, after_cue_sentence, dash_credit};

/// Who is credited with a quotation, and the cue that says so.
#[derive(Debug, Clone, Copy)]
pub(super) struct Attribution {
    pub speaker: Span,
    pub cue: Option<Cue>,
}

/// `“…,” Kwon told …` / `“…,” said the newspaper.` / `“…?” Beck questioned.`
pub(super) fn after_close(ctx: &Context, segment: Span) -> Option<Attribution> {
    let text = ctx.text;
    if !ends_attributably(ctx, segment) {
        return None;
    }
    let next = ctx.segments.partition_point(|s| s.start < segment.end);
    let next_start = ctx.segments.get(next).map_or(text.len(), |s| s.start);
    let toks = text.window(
        segment.end,
        next_start.min(segment.end.saturating_add(AFTER_REACH)),
    );
    // Brackets go first: the full stop in "(R-Fla.)" does not end the clause.
    let toks = without_brackets(text, toks);
    let toks = clause_tokens(text, &toks);
    let skip = usize::from(toks.first().is_some_and(|t| t.is_punct(text, ",")));
    let words = &toks[skip.min(toks.len())..];
    let listed = listed_cue(ctx, words);
    if listed.is_none() && is_title(inner(ctx, segment)) {
        // "star of “Night Shift,” thanked the crew": a title before a verb.
        return None;
    }
    let ends_sentence = inner(ctx, segment).ends_with('.');
    // After a full stop an unlisted verb opens a new sentence ("“…on it.” Then she left.").
    let (idx, cue) = listed.or_else(|| bare_verb(text, words).filter(|_| !ends_sentence))?;
    if ends_sentence && words.len() > idx + 3 {
        // After a full stop only a bare "he said." belongs to the quote.
        return None;
    }
    let speaker = if idx == 0 {
        if cue.class == CueClass::Participle {
            // "“delighted”, saying Lee would …": a participle's speaker never follows it.
            return None;
        }
        let speaker = speaker::after(text, cue.end, text.len(), cue.class == CueClass::According)?;
        if starts_a_clause(text, words, speaker) {
            // "“…,” said he doesn’t believe it": a reported clause, not an inverted speaker.
            return None;
        }
        speaker
    } else {
        leading_phrase(text, &words[..idx])?
    };
    let rest_from = speaker.end.max(cue.end);
    let rest: Vec<Tok> = words
        .iter()
        .filter(|t| t.start >= rest_from)
        .copied()
        .collect();
    let introduces_next = rest
        .first()
        .is_some_and(|t| [",", ":"].contains(&t.text(text)));
    if ends_sentence && introduces_next {
        // "“…ends here.” He added, “…”": the attribution belongs to the next quote.
        return None;
    }
    closes_attribution(text, &rest, cue.class).then_some(Attribution {
        speaker,
        cue: Some(cue),
    })
}

/// Whether an inverted pronoun speaker is the subject of a clause that goes on ("said he
/// would"), rather than closing the attribution ("said he.").
fn starts_a_clause(text: &str, words: &[Tok], speaker: Span) -> bool {
    let pronoun = text.get(speaker.start..speaker.end).is_some_and(is_pronoun);
    let next = words.iter().find(|t| t.start >= speaker.end);
    pronoun && next.is_some_and(Tok::is_word)
}

/// Whether the quoted words end the way attributed quotes do (`,”` `?”` `.”` …), unlike
/// titles and nicknames (`John “Tig” Tiegen`).
fn ends_attributably(ctx: &Context, segment: Span) -> bool {
    let last = inner(ctx, segment).chars().next_back();
    let comma_after = ctx
        .text
        .get(segment.end..)
        .is_some_and(|t| t.trim_start().starts_with(','));
    comma_after || matches!(last, Some(',' | '?' | '!' | '.' | '—' | '–' | '-' | '…'))
}

/// The listed cue among the leading words that ends the attribution ("the IMF report
/// stated" prefers "stated"), else the first one.
fn listed_cue(ctx: &Context, words: &[Tok]) -> Option<(usize, Cue)> {
    let text = ctx.text;
    let candidates: Vec<(usize, Cue)> = words
        .iter()
        .take(MAX_LEADING_TOKENS)
        .take_while(|t| t.is_word() || [",", "-", "."].iter().any(|m| t.is_punct(text, m)))
        .enumerate()
        .filter_map(|(k, t)| ctx.cues.at(t.start).map(|c| (k, c)))
        .collect();
    // A cue right after the quotation ("“…,” said Ann Lee, a fellow at a think tank") is
    // inverted: its speaker follows, and a later cue word is inside the speaker's appositive.
    let closing = candidates.iter().find(|(k, c)| {
        *k == 0
            || words
                .get(k + 1)
                .is_none_or(|next| !next.is_word() || ctx.cues.at(next.start).is_none())
                && closes_attribution(text, words.get(k + 1..).unwrap_or(&[]), c.class)
    });
    closing.or(candidates.first()).copied()
}

/// An unlisted past-tense or present verb after a short speaker (`Beck questioned.`) or
/// before a name (`mused Stu Burguiere`).
fn bare_verb(text: &str, words: &[Tok]) -> Option<(usize, Cue)> {
    let after_name = |k: usize| {
        k.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|t| t.is_capitalised(text) || is_pronoun(t.text(text)))
    };
    // "Trump shot back.": any verb right after the speaker when it closes the sentence.
    let closing = words.len() <= 4;
    let k = words
        .iter()
        .take(7)
        .take_while(|t| t.is_word())
        .enumerate()
        .position(|(k, t)| {
            let w = t.text(text);
            // "Bennett shot back": an irregular past that only a particle makes a reply.
            let replied = ["shot", "hit", "struck"].contains(&w)
                && words.get(k + 1).is_some_and(|n| n.text(text) == "back");
            let inflected = w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") || replied;
            let function_word = is_determiner(w) || is_pronoun(w);
            !t.is_capitalised(text) && !function_word && (inflected || closing && after_name(k))
        })
        .filter(|&k| k > 0 || words.get(1).is_some_and(|t| t.is_capitalised(text)))?;
    let verb = words.get(k)?;
    Some((
        k,
        Cue {
            start: verb.start,
            end: verb.end,
            class: CueClass::Speech,
        },
    ))
}

/// What may follow an attribution after a quote: anything but the start of a reported
/// clause ("…,” Rep. Lee said Democrats …" reads the quotation as a title).
fn closes_attribution(text: &str, rest: &[Tok], class: CueClass) -> bool {
    match rest.iter().find(|t| !is_aux_or_adverb(t.text(text))) {
        Some(t) if t.is_word() && class != CueClass::Addressed => {
            let word = t.text(text);
            opens_adjunct(word) || !(t.is_capitalised(text) || word == "that")
        }
        _ => true,
    }
}

/// The tokens without bracketed asides: `Rep. Earl Blumenauer (D-Ore.) said`.
pub(super) fn without_brackets(text: &str, toks: &[Tok]) -> Vec<Tok> {
    let mut depth = 0usize;
    let mut out = Vec::with_capacity(toks.len());
    for tok in toks {
        if tok.is_punct(text, "(") || tok.is_punct(text, "[") {
            depth += 1;
        } else if tok.is_punct(text, ")") || tok.is_punct(text, "]") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            out.push(*tok);
        }
    }
    out
}

/// The tokens up to the end of the clause: a line break, terminal mark or quotation mark.
/// A full stop before a comma ends an abbreviation, as in "Thompson, R-Pa., said".
fn clause_tokens<'a>(text: &str, toks: &'a [Tok]) -> &'a [Tok] {
    let end = toks
        .iter()
        .enumerate()
        .position(|(k, t)| {
            let abbreviation =
                t.is_punct(text, ".") && toks.get(k + 1).is_some_and(|n| n.is_punct(text, ","));
            t.kind == TokKind::Break
                || (t.kind == TokKind::Punct
                    && ".!?;\"“”‘’".contains(t.text(text))
                    && !abbreviation)
        })
        .unwrap_or(toks.len());
    &toks[..end]
}

/// The speaker words before a cue after a quote: "Kwon", "the article", "Mr. Obama".
/// An appositive between commas is skipped: the head before it is the speaker.
fn leading_phrase(text: &str, words: &[Tok]) -> Option<Span> {
    let head_end = words
        .iter()
        .position(|t| !t.is_word())
        .unwrap_or(words.len());
    let mut end = head_end;
    while end > 0 && is_aux_or_adverb(words[end - 1].text(text)) {
        end -= 1;
    }
    let phrase = words.get(..end).filter(|p| !p.is_empty() && p.len() <= 7)?;
    let first = phrase.first()?;
    let first_word = first.text(text);
    let named = phrase.iter().any(|t| t.is_capitalised(text));
    // "federal prosecutors wrote": a short plural noun phrase.
    let plural = phrase.len() <= 3 && phrase.last().is_some_and(|t| t.text(text).ends_with('s'));
    let opens = named || plural || is_determiner(first_word) || is_pronoun(first_word);
    // "a narrator in the ad asks", "an aide at the embassy said": a place after the head noun
    // belongs to the phrase, but a day does not ("the commission on Thursday said").
    let joins_place = |k: usize, t: &Tok| {
        let on_a_day = t.text(text) == "on"
            && phrase
                .get(k + 1)
                .is_some_and(|day| opening::is_day(day.text(text)));
        k >= 2 && ["in", "at", "from", "on", "with"].contains(&t.text(text)) && !on_a_day
    };
    let clean = phrase
        .iter()
        .enumerate()
        .all(|(k, t)| !is_clause_marker(t.text(text)) || joins_place(k, t));
    (opens && clean).then(|| Span::new(first.start, phrase.last().map_or(first.end, |t| t.end)))
}

/// `She said: “…”`, `Kwon told reporters, “…”`, `According to Kim, “…”`.
pub(super) fn before_open(ctx: &Context, open: usize) -> Option<Attribution> {
    let text = ctx.text;
    let sentence = ctx.sentences.around(text, open.saturating_sub(1));
    let toks = text.window(sentence.start.max(open.saturating_sub(BEFORE_REACH)), open);
    let last = toks.last()?;
    let ends_with_cue = ctx.cues.at(last.start).is_some();
    if !(last.is_punct(text, ",") || last.is_punct(text, ":") || ends_with_cue) {
        return None;
    }
    let toks = &toks[..without_adjunct_between_commas(text, toks)];
    let lead = || {
        toks.iter()
            .rev()
            .take(7)
            .take_while(|t| t.is_word() || t.is_punct(text, ",") || t.is_punct(text, ":"))
    };
    if let Some(cue) = lead().find_map(|t| ctx.cues.at(t.start)) {
        let speaker = cue_speaker(ctx, sentence, cue)?;
        return Some(Attribution {
            speaker,
            cue: Some(cue),
        });
    }
    // "Silverman interjected, “…”", "The crowd chanted back, “…”": an unlisted past tense
    // right after its subject.
    let verb = lead().find(|t| is_past_tense(t.text(text)))?;
    let Before::Speaker(speaker) = speaker::before(text, sentence.start, verb.start) else {
        return None;
    };
    let cue = Cue {
        start: verb.start,
        end: verb.end,
        class: CueClass::Speech,
    };
    Some(Attribution {
        speaker,
        cue: Some(cue),
    })
}

/// A lower-case regular past tense: "interjected", "chanted".
fn is_past_tense(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// The token count of `toks` without a trailing adjunct between commas: "announced on her
/// page, in capital letters," ends at "page".
fn without_adjunct_between_commas(text: &str, toks: &[Tok]) -> usize {
    let Some(last) = toks.len().checked_sub(1) else {
        return 0;
    };
    let comma = toks[..last]
        .iter()
        .rev()
        .take(8)
        .position(|t| !t.is_word())
        .map(|back| last - 1 - back)
        .filter(|&k| toks[k].is_punct(text, ","));
    match comma {
        Some(k) if toks.get(k + 1).is_some_and(|t| opens_adjunct(t.text(text))) => k + 1,
        _ => toks.len(),
    }
}

/// The speaker of a cue that introduces a quote, by the cue's class.
pub(super) fn cue_speaker(ctx: &Context, sentence: Span, cue: Cue) -> Option<Span> {
    let text = ctx.text;
    if cue.class == CueClass::According {
        return speaker::after(text, cue.end, sentence.end, true);
    }
    let leading = leading_segment(ctx, sentence).filter(|s| s.end <= cue.start);
    // The subject comes after a quotation that opens the sentence, never from inside it.
    let from = leading.map_or(sentence.start, |s| s.end);
    match speaker::before(text, from, cue.start) {
        Before::Speaker(s) if cue.class != CueClass::Participle => Some(s),
        Before::Passive | Before::Noun => None,
        before => leading
            .and_then(|segment| after_close(ctx, segment).map(|a| a.speaker))
            .or_else(|| adds_to_verb_before(ctx, sentence, cue))
            .or_else(|| match before {
                Before::Coordinated => speaker::coordinated_subject(text, from, cue.start),
                _ => speaker::subject(text, from, cue.start),
            }),
    }
}

/// "…, Nefzi said, adding, “…”": a participle right after a speech verb and its comma
/// continues that verb's report, so who adds is who said, not the sentence's subject.
fn adds_to_verb_before(ctx: &Context, sentence: Span, cue: Cue) -> Option<Span> {
    if cue.class != CueClass::Participle {
        return None;
    }
    let toks = ctx.text.window(sentence.start, cue.start);
    let [.., verb, comma] = toks else {
        return None;
    };
    let said = ctx.cues.at(verb.start)?;
    (comma.is_punct(ctx.text, ",")
        && matches!(said.class, CueClass::Speech | CueClass::Report)
        && said.end == verb.end)
        .then(|| participle_speaker(ctx, cue, sentence))
        .flatten()
}

/// The quotation a sentence opens with, or that the sentence starts inside of (a quote of
/// several sentences). In "“A,” Lee said, adding, “B.”" Lee adds, not the first word of “A”.
pub(super) fn leading_segment(ctx: &Context, sentence: Span) -> Option<Span> {
    let first = ctx.segments.partition_point(|s| s.end <= sentence.start);
    let segment = *ctx.segments.get(first)?;
    let before = ctx
        .text
        .get(sentence.start..segment.start.max(sentence.start))?;
    before.trim().is_empty().then_some(segment)
}

/// Where a subject before `pos` may start: after the quotation the sentence opens with, if
/// it closes before `pos` ("“Should there be …?” Lee asked, …" is Lee's, not "Should"'s).
pub(super) fn after_leading_quote(ctx: &Context, sentence: Span, pos: usize) -> usize {
    leading_segment(ctx, sentence)
        .filter(|s| s.end <= pos)
        .map_or(sentence.start, |s| s.end)
}
