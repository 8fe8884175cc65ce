//! The subject of the clause a coordinated cue continues: "…, I laughed and said", "after she
//! attacked the mayor and blamed". That clause's subject, not the sentence's, speaks.

use super::super::lexicon::{is_aux_or_adverb, is_clause_marker, is_pronoun};
use super::super::tokens::{Doc, Tok};
use super::is_irregular_past;
use crate::extract::Span;

/// Words that open a subordinate clause, whose subject follows them.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "until",
    "when", "while",
];

/// The subject opening the clause that the "and" / "but" before `cue_start` continues,
/// within the sentence from `floor`: a personal pronoun or a capitalised name right before a
/// verb. `None` when that clause is the sentence itself or opens with its verb, so the
/// sentence's subject holds.
pub fn clause_subject(text: &Doc, floor: usize, cue_start: usize) -> Option<Span> {
    let toks = text.window(floor, cue_start);
    let coordinator = toks
        .iter()
        .rposition(|t| t.is_word() && ["and", "but"].contains(&t.text(text)))?;
    let clause = toks[..coordinator]
        .iter()
        .rposition(|t| is_clause_boundary(text, t))?
        + 1;
    let first = toks[..coordinator].get(clause).filter(|t| t.is_word())?;
    let word = first.text(text);
    let pronoun = is_pronoun(word) && !word.eq_ignore_ascii_case("it");
    if !pronoun && word.contains(['\'', '’']) {
        // "I’m", "Clinton's": a contraction or a possessive, not a subject on its own.
        return None;
    }
    let length = if pronoun {
        1
    } else {
        toks[clause..coordinator]
            .iter()
            .take_while(|t| t.is_capitalised(text) && !is_clause_marker(t.text(text)))
            .count()
    };
    let verb = toks[..coordinator].get(clause + length)?;
    ((1..=4).contains(&length) && verb.is_word() && looks_like_verb(verb.text(text), pronoun))
        .then(|| Span::new(first.start, toks[clause + length - 1].end))
}

/// Whether the word after a subject reads as its verb: a past tense, an auxiliary or adverb
/// ("has", "also"), or after a pronoun a present tense ("she says"). "Pfizer chief
/// executive" is a name before a noun, not a subject and its verb.
fn looks_like_verb(word: &str, after_pronoun: bool) -> bool {
    let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    lower
        && (word.ends_with("ed")
            || is_irregular_past(word)
            || is_aux_or_adverb(word)
            || after_pronoun && word.ends_with('s'))
}

fn is_clause_boundary(text: &str, tok: &Tok) -> bool {
    if tok.is_word() {
        let word = tok.text(text);
        SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(word))
    } else {
        [",", ";", ":", "—", "–"]
            .iter()
            .any(|m| tok.is_punct(text, m))
    }
}
