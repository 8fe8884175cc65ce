//! What opens a sentence before its subject: a dateline ("WASHINGTON —"), connectives
//! ("But", "Meanwhile") and introductory phrases ("In a statement,", "Speaking to
//! reporters,", "Friday,"). The speaker of a sentence is read after them, never in them.

use super::tokens::{Doc, Tok};
use crate::extract::Span;

/// How many tokens an introductory phrase may run before its comma.
const MAX_INTRO_TOKENS: usize = 12;
/// How many tokens a dateline may run before its dash.
const MAX_DATELINE_TOKENS: usize = 8;

/// The index of the first token of `toks` (a sentence's tokens) after its openers.
pub fn skip_openers(text: &Doc, toks: &[Tok]) -> usize {
    let mut k = after_dateline(text, toks);
    loop {
        while toks
            .get(k)
            .is_some_and(|t| !t.is_word() || is_connective(t.text(text)))
        {
            k += 1;
        }
        match intro_phrase_end(text, &toks[k.min(toks.len())..]) {
            Some(len) => k += len,
            None => return k,
        }
    }
}

/// Whether `pos` lies in a prepositional phrase opening the sentence around it ("In a
/// message posted Friday, Cruz said …"): a cue there modifies the phrase's noun and
/// reports nothing of its own.
pub fn in_opening_phrase(text: &Doc, sentence: Span, pos: usize) -> bool {
    let toks = text.window(sentence.start, sentence.end);
    let opens_with_preposition = toks.first().is_some_and(|t| is_preposition(t.text(text)));
    opens_with_preposition
        && toks
            .get(skip_openers(text, toks))
            .is_some_and(|t| pos < t.start)
}

/// Whether a word cannot open the noun phrase of a speaker: "There's", "Here", "Maybe".
pub fn cannot_open_speaker(word: &str) -> bool {
    let base = word.split(['\'', '’']).next().unwrap_or(word);
    let contracted = base.len() < word.len();
    contracted && (in_list(EXPLETIVES, base) || super::lexicon::is_pronoun(base))
        || is_preposition(word)
        || in_list(NOT_SPEAKER_OPENERS, word)
}

#[rustfmt::skip]
const EXPLETIVES: &[&str] = &["there", "here", "it", "that", "what", "who", "where", "how"];

#[rustfmt::skip]
const NOT_SPEAKER_OPENERS: &[&str] = &[
    "here", "there", "maybe", "perhaps", "thank", "thanks", "wait", "yes", "no", "please", "even",
    "just", "only", "why", "what", "how", "when", "where", "likewise", "indeed", "asked",
    "speaking", "citing", "reached", "according",
];

fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Past a dateline such as "WASHINGTON —" or "DES MOINES, Iowa (AP) —".
fn after_dateline(text: &Doc, toks: &[Tok]) -> usize {
    let Some(first) = toks.first() else {
        return 0;
    };
    if !is_all_caps(first.text(text)) {
        return 0;
    }
    let dash = toks
        .iter()
        .take(MAX_DATELINE_TOKENS)
        .position(|t| ["—", "–", "-", "--"].iter().any(|m| t.is_punct(text, m)));
    let Some(dash) = dash else { return 0 };
    let heading = toks[..dash]
        .iter()
        .all(|t| !t.is_word() || t.is_capitalised(text));
    if heading { dash + 1 } else { 0 }
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// The token count of an introductory phrase closed by a comma at the start of `toks`:
/// a preposition ("In a statement,"), a participle or adverb ("Speaking to reporters,",
/// "Shortly after the debate,", "Likewise,"), or a day ("Friday,").
fn intro_phrase_end(text: &Doc, toks: &[Tok]) -> Option<usize> {
    let first = toks.first().filter(|t| t.is_word())?;
    let word = first.text(text);
    let next_is_comma = toks.get(1).is_some_and(|t| t.is_punct(text, ","));
    let glued = toks.get(1).is_some_and(|t| is_phrase_glue(t.text(text)));
    let opens = opens_adverbial(word)
        || is_day(word)
        || next_is_comma && is_sentence_adverb(word)
        || glued && is_participle_or_adverb(word);
    let comma = toks
        .iter()
        .take(MAX_INTRO_TOKENS)
        .position(|t| t.is_punct(text, ","))?;
    let after_name = comma > 0 && toks[comma - 1].is_capitalised(text);
    if opens && after_name {
        Some(comma + 1 + place_qualifier_len(text, &toks[comma..]))
    } else {
        (opens || ends_time_phrase(text, &toks[..comma])).then_some(comma + 1)
    }
}

/// "A few days later,", "Two weeks ago,": a short time phrase before the comma.
fn ends_time_phrase(text: &Doc, phrase: &[Tok]) -> bool {
    let last = phrase.last().map(|t| t.text(text));
    phrase.len() <= 5
        && phrase.iter().all(Tok::is_word)
        && last.is_some_and(|w| in_list(&["later", "ago", "earlier"], w))
}

/// The tokens of a state or country after a place's comma, as in "In Salem, New Hampshire,
/// Trump said": from the comma that closed "Salem", through the comma after the qualifier,
/// when a name follows.
fn place_qualifier_len(text: &Doc, from_comma: &[Tok]) -> usize {
    let qualifier = from_comma
        .iter()
        .skip(1)
        .take_while(|t| t.is_word() && t.is_capitalised(text))
        .count();
    let closed = from_comma
        .get(qualifier + 1)
        .is_some_and(|t| t.is_punct(text, ","));
    let name_follows = from_comma
        .get(qualifier + 2)
        .is_some_and(|t| t.is_capitalised(text));
    if (1..=3).contains(&qualifier) && closed && name_follows {
        qualifier + 1
    } else {
        0
    }
}

/// "Speaking", "Reached", "Shortly": a word of these shapes, followed by a preposition or
/// determiner, opens a phrase, not a name.
fn is_participle_or_adverb(word: &str) -> bool {
    let ends_with = |end: &str| {
        word.len() > end.len()
            && word
                .get(word.len() - end.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(end))
    };
    word.len() > 4 && (ends_with("ing") || ends_with("ed") || ends_with("ly"))
}

/// Adverbs that stand alone before a comma at the start of a sentence ("Separately,").
fn is_sentence_adverb(word: &str) -> bool {
    in_list(SENTENCE_ADVERBS, word)
}

#[rustfmt::skip]
const SENTENCE_ADVERBS: &[&str] = &[
    "similarly", "separately", "additionally", "ultimately", "finally", "likewise", "indeed",
    "moreover", "furthermore", "nevertheless", "nonetheless", "overall", "previously", "recently",
    "yesterday", "today", "tonight", "notably", "importantly", "interestingly", "instead", "again",
    "otherwise", "initially", "eventually", "apparently", "clearly", "privately", "publicly",
    "already",
];

/// Words that follow a participle or adverb inside its phrase ("Speaking to", "Reached by
/// phone", "Citing the report").
fn is_phrase_glue(word: &str) -> bool {
    PHRASE_GLUE.contains(&word)
}

#[rustfmt::skip]
const PHRASE_GLUE: &[&str] = &[
    "to", "by", "on", "in", "at", "after", "before", "with", "from", "for", "about", "his", "her",
    "their", "its", "the", "a", "an", "up", "out", "off", "back", "into", "over", "during",
    "later", "earlier", "afterward", "this", "that", "last",
];

/// A weekday name, in any case ("Friday,").
pub(super) fn is_day(word: &str) -> bool {
    in_list(&crate::extract::dates::lexicon::WEEKDAYS, word)
}

/// Connectives that may open a sentence before its subject.
fn is_connective(word: &str) -> bool {
    in_list(CONNECTIVES, word)
}

#[rustfmt::skip]
const CONNECTIVES: &[&str] = &[
    "but", "and", "meanwhile", "however", "so", "still", "now", "yet", "also", "instead", "then",
    "later", "finally", "afterward", "afterwards", "earlier", "again",
];

/// Words that open an introductory phrase ("In a statement, ...", "Amid protests, ...").
fn opens_adverbial(word: &str) -> bool {
    is_preposition(word) || in_list(&["earlier", "later", "last"], word)
}

/// Prepositions: none opens a speaker's noun phrase.
pub(super) fn is_preposition(word: &str) -> bool {
    in_list(PREPOSITIONS, word)
}

#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "for", "with", "amid", "despite", "following",
    "under", "without", "unlike", "like", "from", "by", "since", "throughout", "among", "against",
    "within", "regarding", "beyond", "upon", "toward", "towards", "about", "behind", "across",
    "through", "into", "over", "until", "along", "near", "of", "to",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn subject_start(text: &str) -> &str {
        let doc = Doc::new(text);
        let toks = doc.window(0, text.len());
        let k = skip_openers(&doc, toks);
        toks.get(k).map_or("", |t| &text[t.start..])
    }

    #[test]
    fn skips_datelines() {
        assert_eq!(
            subject_start("BERLIN — The mayor said no."),
            "The mayor said no."
        );
        assert_eq!(
            subject_start("SAN ANTONIO, Texas (AP) — Ann Lee said no."),
            "Ann Lee said no."
        );
        assert_eq!(subject_start("NATO said no."), "NATO said no.");
    }

    #[test]
    fn skips_introductory_phrases() {
        assert_eq!(
            subject_start("Speaking to reporters, the mayor said no."),
            "the mayor said no."
        );
        assert_eq!(
            subject_start("Friday, the mayor said no."),
            "the mayor said no."
        );
        assert_eq!(
            subject_start("But shortly after the vote, Lee said no."),
            "Lee said no."
        );
        assert_eq!(
            subject_start("Reached by phone on Sunday, Lee said no."),
            "Lee said no."
        );
        assert_eq!(
            subject_start("Speaking at a rally in Salem, New Hampshire, Lee said no."),
            "Lee said no."
        );
        assert_eq!(
            subject_start("But a few days later, Lee said no."),
            "Lee said no."
        );
        assert_eq!(subject_start("Two weeks ago, Lee said no."), "Lee said no.");
    }

    #[test]
    fn keeps_names_of_the_same_shapes() {
        assert_eq!(
            subject_start("Kelly, a lawyer, said no."),
            "Kelly, a lawyer, said no."
        );
        assert_eq!(
            subject_start("Beijing said it would respond, officials added."),
            "Beijing said it would respond, officials added."
        );
    }

    #[test]
    fn words_that_open_no_speaker() {
        for word in ["There's", "It’s", "Maybe", "Here", "he's"] {
            assert!(cannot_open_speaker(word), "{word}");
        }
        for word in ["Trump's", "O'Malley", "The", "Officials"] {
            assert!(!cannot_open_speaker(word), "{word}");
        }
    }
}
