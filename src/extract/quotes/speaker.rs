//! Speaker noun phrases around a cue: the phrase before it ("Kwon told", "A Seoul official
//! told"), after it ("said the newspaper", "according to officials"), or the subject at the
//! start of the sentence ("Trump ... and said", "..., saying").

use super::lexicon::{
    ends_forward_phrase, is_aux_or_adverb, is_be_form, is_clause_marker, is_determiner, is_pronoun,
};
use super::opening;
use super::tokens::{Doc, Tok};
use crate::extract::Span;
use asides::{
    name_after_office, name_with_party_label, skip_appositive, skip_hometown, without_parenthetical,
};
use coordinated::clause_subject;

/// How far back from its cue a speaker phrase (with an appositive) may start, in bytes.
const BEFORE_REACH: usize = 240;
/// How far a speaker phrase after its cue may reach, in bytes.
const AFTER_REACH: usize = 120;
/// How far from the sentence start its subject may reach, in bytes.
const SUBJECT_REACH: usize = 160;
/// The longest speaker phrase, in words.
const MAX_WORDS: usize = 10;
/// The longest appositive skipped between a speaker and its cue ("Kwon, a lawyer, said").
const MAX_APPOSITIVE: usize = 28;

/// What precedes a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    Speaker(Span),
    /// "is said to", "was told": not a report by the phrase before it.
    Passive,
    /// "the claims", "his reports": the cue word is a noun here.
    Noun,
    /// "... and said": the speaker is the subject of the whole sentence.
    Coordinated,
    Nothing,
}

/// The speaker phrase ending right before the cue at `cue_start`, within the sentence
/// starting at `floor`.
pub fn before(text: &Doc, floor: usize, cue_start: usize) -> Before {
    let toks = text.window(floor.max(cue_start.saturating_sub(BEFORE_REACH)), cue_start);
    let mut i = without_time_adjunct(text, toks);
    // "Lee is pledging": before a participle, a form of "be" is progressive, not passive.
    let progressive = text.get(cue_start..).is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        word.len() > 4 && word.ends_with("ing")
    });
    while i > 0 && toks[i - 1].is_word() && {
        let word = toks[i - 1].text(text);
        is_aux_or_adverb(word) || progressive && is_be_form(word)
    } {
        i -= 1;
    }
    let Some(last) = i.checked_sub(1).and_then(|k| toks.get(k)) else {
        return Before::Nothing;
    };
    let word = last.text(text);
    if last.is_word() {
        if is_be_form(word) {
            return Before::Passive;
        }
        if is_determiner(word) {
            return quantity_subject(text, &toks[..i], cue_start)
                .map_or(Before::Noun, Before::Speaker);
        }
        if opening::is_preposition(word) && word != "to" && !progressive {
            // "amid reports that", "despite claims that": the cue is a noun ("to say" and
            // "by saying" are verbs).
            return Before::Noun;
        }
        if ["and", "but", "or"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        {
            return Before::Coordinated;
        }
        if is_pronoun(word) {
            return Before::Speaker(Span::new(last.start, last.end));
        }
    } else if last.is_punct(text, "%") {
        return quantity_subject(text, &toks[..i], cue_start)
            .map_or(Before::Nothing, Before::Speaker);
    } else if last.is_punct(text, ")") {
        // "Ann Lee (D-Md.) said": the party label is an aside.
        let before_aside = without_parenthetical(text, &toks[..i]);
        if before_aside == i || before_aside == 0 {
            return Before::Nothing;
        }
        i = before_aside;
    } else if let Some(name_end) = name_with_party_label(text, &toks[..i]) {
        i = name_end;
    } else if let Some(comma) = last
        .is_punct(text, ",")
        .then(|| skip_hometown(text, &toks[..i - 1]))
        .flatten()
    {
        i = comma;
    } else if last.is_punct(text, ",") {
        match skip_appositive(text, &toks[..i - 1]) {
            Some(head_end) => {
                if let Some(name) =
                    name_after_office(text, &toks[..head_end], &toks[head_end + 1..i - 1])
                {
                    return Before::Speaker(name);
                }
                i = without_parenthetical(text, &toks[..head_end]);
            }
            None => return Before::Nothing,
        }
    } else {
        return Before::Nothing;
    }
    match phrase_ending_at(text, &toks[..i]) {
        Some(phrase) if names_a_thing(text, phrase, cue_start) => Before::Noun,
        Some(phrase) => Before::Speaker(phrase),
        None => Before::Nothing,
    }
}

/// The token count of `toks` without a time phrase right before the cue: "Beck on
/// Wednesday called", "Lee last week said", "Lee Tuesday night told".
fn without_time_adjunct(text: &str, toks: &[Tok]) -> usize {
    let mut end = toks.len();
    let word_at = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    if end > 0 && word_at(end - 1).is_some_and(is_part_of_day) {
        end -= 1;
    }
    let Some(time) = end.checked_sub(1).and_then(word_at) else {
        return toks.len();
    };
    if !(opening::is_day(time)
        || time.eq_ignore_ascii_case("week")
        || time.eq_ignore_ascii_case("month"))
    {
        return toks.len();
    }
    end -= 1;
    if end > 0
        && word_at(end - 1).is_some_and(|w| ["on", "last", "this", "early", "late"].contains(&w))
    {
        end -= 1;
    } else if !opening::is_day(time) {
        return toks.len();
    }
    // A name must remain before the time phrase: "On Tuesday said" has no speaker there.
    if end == 0 { toks.len() } else { end }
}

fn is_part_of_day(word: &str) -> bool {
    ["morning", "afternoon", "evening", "night"].contains(&word)
}

/// "a group called Sandy Hook Promise", "a play called “Los Hijos”": after an indefinite
/// noun phrase, "called" before a name or quotation names something; nobody speaks.
fn names_a_thing(text: &str, phrase: Span, cue_start: usize) -> bool {
    let Some(rest) = text.get(cue_start..) else {
        return false;
    };
    let Some(after) = rest.strip_prefix("called ") else {
        return false;
    };
    let is_indefinite = |w: &&str| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    let words: Vec<&str> = text
        .get(phrase.start..phrase.end)
        .map_or(Vec::new(), |p| p.split(' ').collect());
    // The indefinite article inside the phrase heads an object right before "called" ("lead
    // a program called …").
    let inner_indefinite = words.iter().skip(1).rev().take(4).any(is_indefinite);
    // Opening the phrase, it may head the subject of a verb: "A senator called Trump a liar"
    // (a complement follows the name), unlike "A new group called Black Votes Matter, led by".
    let opening_indefinite = words.first().is_some_and(is_indefinite) && !names_a_complement(after);
    let names = after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "\"“'‘".contains(c));
    (inner_indefinite || opening_indefinite) && names
}

/// Whether a capitalised name after "called" is followed by a complement, as in "called
/// Trump a liar" or "called Lee “reckless”".
fn names_a_complement(after: &str) -> bool {
    let mut words = after.split(' ');
    let name = words
        .clone()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let next = words.nth(name).unwrap_or("");
    name > 0
        && (["a", "an", "the", "as", "his", "her", "their", "its"].contains(&next)
            || next.starts_with(['"', '“']))
}

/// A quantity as the subject of a cue that can only be a verb: "most said", "one in five
/// say", "42% believe" (unlike the nouns in "the claims", "two reports").
fn quantity_subject(text: &str, toks: &[Tok], cue_start: usize) -> Option<Span> {
    let cue: String = text
        .get(cue_start..)?
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let verb_only = cue.ends_with("ed")
        || [
            "said", "say", "told", "tell", "think", "thought", "believe", "knew", "know",
        ]
        .contains(&cue.as_str());
    let last = toks.last()?;
    let quantity = last.is_punct(text, "%") || is_quantifier(last.text(text));
    if !(verb_only && quantity) {
        return None;
    }
    let start = toks
        .iter()
        .rev()
        .take(5)
        .take_while(|t| {
            let w = t.text(text);
            t.is_punct(text, "%") || is_quantifier(w) || ["in", "of", "but"].contains(&w)
        })
        .last()?
        .start;
    let start = toks
        .iter()
        .find(|t| t.start >= start && !["in", "of", "but"].contains(&t.text(text)))?
        .start;
    Some(Span::new(start, last.end))
}

/// Number words and quantifiers that can head a subject on their own.
fn is_quantifier(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit() || c == '.') && !word.is_empty()
        || [
            "some", "many", "most", "several", "both", "all", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "one", "few", "half", "majority",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The words at the end of `toks` up to a clause boundary. A place after a noun belongs to
/// the noun: "officials in Hue said" is said by the officials, not by Hue.
fn phrase_ending_at(text: &str, toks: &[Tok]) -> Option<Span> {
    let end = toks.last().filter(|t| t.is_word())?.end;
    let mut start = None;
    let mut k = toks.len();
    while k > 0 && toks.len() - k < MAX_WORDS {
        let tok = &toks[k - 1];
        let word = tok.text(text);
        let sentence_start = k < 3 || !toks[k - 3].is_word();
        let after_noun = k >= 2 && is_noun_before_place(text, &toks[k - 2], sentence_start);
        let after_source_word = k >= 2 && is_source_adjective(toks[k - 2].text(text));
        let joins = start.is_some()
            && (["in", "at", "from"].contains(&word) && after_noun
                || ["with", "to", "on", "in"].contains(&word) && after_source_word);
        if !tok.is_word() || (is_clause_marker(word) && !joins) {
            break;
        }
        start = Some(tok.start);
        k -= 1;
    }
    start?;
    let before = k.checked_sub(1).map(|b| &toks[b]);
    let subject = k + adjunct::subject_start(text, before, &toks[k..])?;
    Some(Span::new(toks[subject].start, end))
}

/// How news describes unnamed sources: "people familiar with the talks", "an official
/// close to the family", "aides briefed on the plan", "a source speaking to Fox News".
fn is_source_adjective(word: &str) -> bool {
    [
        "familiar",
        "close",
        "briefed",
        "knowledgeable",
        "involved",
        "speaking",
        "talking",
    ]
    .contains(&word)
}

/// A common noun that a place phrase can follow: "officials" in "officials in Hue", or a
/// plural opening the sentence ("Voters in Ohio").
fn is_noun_before_place(text: &str, tok: &Tok, sentence_start: bool) -> bool {
    let word = tok.text(text);
    let common = !tok.is_capitalised(text) || sentence_start && word.ends_with('s');
    tok.is_word()
        && common
        && word.len() > 2
        && is_plain_noun_word(word)
        && !is_pronoun(word)
        && !is_determiner(word)
}

/// The speaker phrase starting at `pos` (after an inverted cue or "according to"), before
/// `ceil`. With `any_start`, a lower-case noun may open it ("according to officials").
pub fn after(text: &Doc, pos: usize, ceil: usize, any_start: bool) -> Option<Span> {
    let toks = text.window(pos, ceil.min(pos.saturating_add(AFTER_REACH)));
    phrase_from(text, toks, any_start)
}

fn phrase_from(text: &str, toks: &[Tok], any_start: bool) -> Option<Span> {
    let first = toks.first().filter(|t| t.is_word())?;
    let first_word = first.text(text);
    if opening::cannot_open_speaker(first_word) {
        return None;
    }
    if is_pronoun(first_word) {
        return (!first_word.eq_ignore_ascii_case("it") || any_start)
            .then(|| Span::new(first.start, first.end));
    }
    let opens_with_determiner = is_determiner(first_word);
    let capital = first.is_capitalised(text) && !ends_forward_phrase(first_word);
    let titled = is_plain_noun_word(first_word) && name_follows(text, toks, 1);
    if !(opens_with_determiner || capital || titled || any_start && is_plain_noun_word(first_word))
    {
        return None;
    }
    let mut end = first.end;
    let mut words = 1;
    let mut k = 1;
    while let Some(tok) = toks.get(k).filter(|t| t.is_word()) {
        let word = tok.text(text);
        // "he'll", "they’re": a contracted pronoun also opens a clause.
        let base = word.split(['\'', '’']).next().unwrap_or(word);
        let after_connector = ["of", "for"].contains(&toks[k - 1].text(text));
        if is_pronoun(base) || is_determiner(word) && !after_connector {
            // "told reporters he would", "told aides the plan": a new phrase starts.
            break;
        }
        // "Mayor of Hue", "a spokesman for the company": "of" and "for" join a name or a
        // determined noun to the head.
        let connector = ["of", "for"].contains(&word)
            && toks.get(k + 1).is_some_and(|n| {
                n.is_capitalised(text) || ["the", "a", "an"].contains(&n.text(text))
            });
        // "Clinton's campaign", "Rubio’s spokesman": a possessive opens a noun phrase.
        let after_possessive = toks[k - 1].text(text).ends_with(['s', 'S'])
            && toks[k - 1].text(text).contains(['\'', '’']);
        let continues = tok.is_capitalised(text) && !ends_forward_phrase(word)
            || connector
            || (opens_with_determiner
                || any_start
                || after_possessive
                || name_follows(text, toks, k + 1))
                && is_plain_noun_word(word);
        if !continues || words >= MAX_WORDS {
            break;
        }
        end = tok.end;
        words += 1;
        k += 1;
    }
    Some(Span::new(first.start, end))
}

/// Whether a capitalised name starts within two words of token `k` ("pollster Geoff
/// Garin", "campaign manager Robby Mook"): lower-case titles before a name.
fn name_follows(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.iter()
        .skip(k)
        .take(2)
        .take_while(|t| t.is_word())
        .any(|t| t.is_capitalised(text) && !ends_forward_phrase(t.text(text)))
}

/// A lower-case word that can sit inside a descriptive noun phrase.
fn is_plain_noun_word(word: &str) -> bool {
    !(ends_forward_phrase(word)
        || is_aux_or_adverb(word)
        || is_be_form(word)
        || is_clause_marker(word)
        || word.ends_with("ed")
        || is_irregular_past(word))
}

fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
}

/// Past tenses that do not end in "-ed", so that "Trump went after Bush" stops at the verb.
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "went", "met", "took", "gave", "made", "got", "came", "sent", "left", "hit", "put", "ran",
    "won", "lost", "beat", "held", "led", "brought", "thought", "knew", "saw", "spoke", "wrote",
    "began", "became", "struck", "told", "said", "kept", "felt", "found", "stood", "fought",
    "sought", "taught", "drew", "threw", "chose", "rose", "fell", "broke", "paid", "bought",
];

/// The speaker of a cue coordinated with "and" / "but" before `end`: the subject of its own
/// clause ("…, I laughed and said"), else the sentence's.
pub fn coordinated_subject(text: &Doc, start: usize, end: usize) -> Option<Span> {
    clause_subject(text, start, end).or_else(|| subject(text, start, end))
}

/// The subject phrase at the start of the sentence `[start, end)`.
pub fn subject(text: &Doc, start: usize, end: usize) -> Option<Span> {
    let toks = text.window(start, end.min(start.saturating_add(SUBJECT_REACH)));
    let k = opening::skip_openers(text, toks);
    phrase_from(text, toks.get(k..)?, false)
}

mod adjunct;
mod asides;
mod coordinated;
#[cfg(test)]
mod tests;
