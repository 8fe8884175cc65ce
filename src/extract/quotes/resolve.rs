//! Canonical speakers within one article, resolved in text order:
//! - a name resolves to the fullest capitalised name in the article that contains all its
//!   words ("Kwon" → "Kwon Na-hyun", "Mr. Obama" → "Barack Obama");
//! - "the newspaper" (agency, network, ...) resolves to the last outlet that reported
//!   something;
//! - "he" / "she" resolve to the person last mentioned before them ("…, but McIlroy is
//!   unfazed. He admitted:"), among speakers once called by surname or title alone, else
//!   to a titled name opening the same sentence ("Secretary General Ban Ki-moon condemned
//!   what he called …"), else to the last speaker whose name looks like a person's;
//! - a description ending in a name gives the name ("His mother Katherine Jackson" →
//!   "Katherine Jackson"); other descriptions keep their words without a leading article
//!   ("A Seoul official" → "Seoul official").

use std::collections::HashMap;

use super::lexicon::{
    CueClass, WordMap, is_media_noun, is_organisation_word, is_pronoun, is_title,
};
use super::marks;
use super::sentences::Sentences;
use super::tokens::{Doc, Tok};
use crate::extract::Span;
use mentions::{
    bare, capitalised_tokens, ends_office, is_mention, name_around, phrase, without_opening_words,
};

/// How many mentions of a surname are examined when looking for the fullest name.
const MAX_MENTIONS: usize = 64;
/// How many distinct names are searched for per article; later ones keep their surface.
const MAX_SEARCHES: usize = 32;
/// How far around a mention its full name may reach, in bytes.
const NAME_REACH: usize = 60;
/// How far before "he" / "she" a mention of a known speaker is looked for, in bytes.
const PRONOUN_REACH: usize = 300;

pub struct Resolver<'t> {
    text: &'t Doc<'t>,
    /// The quoted segments of the text, sorted: names inside them are not antecedents.
    quoted: &'t [Span],
    sentences: &'t Sentences,
    /// How many name searches over the text were made (each is one fast scan).
    searches: usize,
    fullest: HashMap<String, String>,
    /// Where each capitalised word occurs, gathered on the first name search.
    capitalised: Option<Vec<Tok>>,
    /// The names around the mentions of each word searched for so far.
    names_with: WordMap<&'t str, Vec<&'t str>>,
    last_outlet: Option<String>,
    last_person: Option<String>,
    /// The people who spoke so far and were once called by surname or title alone.
    persons: Vec<String>,
}

impl<'t> Resolver<'t> {
    pub fn new(text: &'t Doc<'t>, quoted: &'t [Span], sentences: &'t Sentences) -> Self {
        Self {
            text,
            quoted,
            sentences,
            searches: 0,
            fullest: HashMap::new(),
            capitalised: None,
            names_with: WordMap::default(),
            last_outlet: None,
            last_person: None,
            persons: Vec::new(),
        }
    }

    /// The canonical name of `speaker`; call in text order so back-references resolve.
    pub fn resolve(&mut self, speaker: Span, class: Option<CueClass>) -> Option<String> {
        let text = self.text;
        let words: Vec<Tok> = text
            .window(speaker.start, speaker.end)
            .iter()
            .copied()
            .filter(Tok::is_word)
            .collect();
        let first = words.first()?;
        if words.len() == 1 && is_pronoun(first.text(text)) {
            let word = first.text(text).to_lowercase();
            if word == "who" {
                // "Ann Lee, who chairs the board, said": the name before the relative.
                let antecedent = antecedent_name(text, speaker.start)?;
                return Some(self.fullest_name(&antecedent));
            }
            if !matches!(word.as_str(), "he" | "she") {
                return None;
            }
            return self
                .last_mentioned_person(speaker.start)
                .or_else(|| self.sentence_subject(speaker.start))
                .or_else(|| self.last_person.clone());
        }
        let article = ["a", "an", "the"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first.text(text)));
        let rest = if article { &words[1..] } else { &words[..] };
        let surface = phrase(text, rest)?;
        let canonical = if is_outlet_reference(text, rest) {
            self.last_outlet.clone().unwrap_or(surface)
        } else if rest
            .iter()
            .all(|t| t.is_capitalised(text) || is_connector(t.text(text)))
        {
            let fullest = self.fullest_name(rest);
            if names_a_person(text, rest, &fullest) && !self.persons.contains(&fullest) {
                self.persons.push(fullest.clone());
            }
            fullest
        } else if let Some(name) = name_after_description(text, rest) {
            self.fullest_name(name)
        } else {
            surface
        };
        self.remember(&canonical, class);
        Some(canonical)
    }

    fn remember(&mut self, name: &str, class: Option<CueClass>) {
        let words: Vec<&str> = name.split_whitespace().collect();
        let organisation = words.iter().any(|w| is_organisation_word(w));
        if class == Some(CueClass::Report) || organisation && class == Some(CueClass::According) {
            self.last_outlet = Some(name.to_string());
        }
        let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
        if (2..=4).contains(&words.len()) && capitalised && !organisation {
            self.last_person = Some(name.to_string());
        }
    }

    /// The known person whose surname was mentioned last before `pos`, within reach; `None`
    /// also when that mention names someone else with the surname ("His mother Katherine
    /// Jackson" after "Mr Jackson"), so the caller falls back to the last speaker.
    fn last_mentioned_person(&self, pos: usize) -> Option<String> {
        let text = self.text;
        let toks = text.window(pos.saturating_sub(PRONOUN_REACH), pos);
        (0..toks.len())
            .rev()
            .find_map(|k| {
                let tok = &toks[k];
                // "Jeeves Inc": a surname followed by another capitalised word names something else.
                let ends_name = toks
                    .get(k + 1)
                    .is_none_or(|next| !next.is_capitalised(text));
                if !tok.is_capitalised(text) || !ends_name || marks::covers(self.quoted, tok.start)
                {
                    return None;
                }
                let word = bare(tok.text(text));
                let person = self
                    .persons
                    .iter()
                    .find(|p| p.rsplit(' ').next() == Some(word))?;
                let first_name = k.checked_sub(1).map(|j| toks[j].text(text)).filter(|w| {
                    w.starts_with(char::is_uppercase) && !is_title(w.trim_end_matches('.'))
                });
                if first_name.is_some_and(|first| person.rsplit(' ').nth(1) != Some(first)) {
                    // Someone else with the surname was named since: who "he" is is unclear.
                    return Some(None);
                }
                is_subject_position(text, &toks[..k], person).then(|| Some(person.clone()))
            })
            .flatten()
    }

    /// The person named as the subject of the sentence around `pos`, outside quotations.
    fn sentence_subject(&mut self, pos: usize) -> Option<String> {
        let sentence = self.sentences.around(self.text, pos);
        if marks::covers(self.quoted, sentence.start) {
            return None;
        }
        let name = sentence_subject::opening_name(self.text, sentence, pos)?;
        let person = self.fullest_name(&name);
        // The next "he" with no name nearer refers to the same person.
        self.last_person = Some(person.clone());
        Some(person)
    }

    /// The longest capitalised name in the text containing all the words of `name`.
    fn fullest_name(&mut self, name: &[Tok]) -> String {
        let text = self.text;
        let surface = phrase(text, name).unwrap_or_default();
        // "Vice President Joe Biden", "New Jersey Gov. Chris Christie": what precedes the
        // last title describes the office, not the person.
        let mut after_title = name
            .iter()
            .rposition(|t| is_title(t.text(text)))
            .map_or(0, |k| k + 1);
        let office_word = |k: usize| {
            k > 0
                && name
                    .get(k)
                    .is_some_and(|t| ends_office(name[k - 1].text(text), t.text(text)))
        };
        if office_word(after_title) {
            after_title += 1;
        }
        let named = name
            .get(after_title..)
            .filter(|n| !n.is_empty())
            .unwrap_or(name);
        let wanted: Vec<&str> = named
            .iter()
            .map(|t| t.text(text))
            .filter(|w| !is_title(w))
            .collect();
        let Some(key) = wanted.last().copied() else {
            return surface;
        };
        if let Some(known) = self.fullest.get(&surface) {
            return known.clone();
        }
        if self.searches >= MAX_SEARCHES {
            return wanted.join(" ");
        }
        self.searches += 1;
        let capitalised = self
            .capitalised
            .get_or_insert_with(|| capitalised_tokens(text));
        let candidates = self.names_with.entry(bare(key)).or_insert_with(|| {
            let key = bare(key);
            let mentions = capitalised
                .iter()
                .filter(|t| is_mention(t.text(text), key))
                .take(MAX_MENTIONS);
            // Distinct names in text order: the first of equally long names wins.
            let mut names: Vec<(&str, bool)> = Vec::new();
            for (name, opens) in mentions.filter_map(|t| name_around(text, t.start)) {
                match names.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, always_opens)) => *always_opens &= opens,
                    None => names.push((name, opens)),
                }
            }
            without_opening_words(names)
        });
        let best = candidates
            .iter()
            .copied()
            .filter(|candidate| {
                wanted
                    .iter()
                    .all(|w| candidate.split_whitespace().any(|c| c == *w))
            })
            .fold(None::<&str>, |best, c| match best {
                Some(b) if b.split_whitespace().count() >= c.split_whitespace().count() => Some(b),
                _ => Some(c),
            });
        let resolved = best.map_or_else(|| wanted.join(" "), str::to_string);
        self.fullest.insert(surface, resolved.clone());
        resolved
    }
}

/// Whether a speaker mention shows its full name is a person's: news refers to people,
/// not organisations, by surname alone ("McIlroy" for "James McIlroy") or with a title
/// ("Mr Jackson").
fn names_a_person(text: &str, mention: &[Tok], fullest: &str) -> bool {
    let titled = mention.len() == 2 && is_title(mention[0].text(text).trim_end_matches('.'));
    let surname = match mention {
        [only] => Some(only),
        [_, last] if titled => Some(last),
        _ => None,
    };
    if fullest.split(' ').any(is_organisation_word) {
        return false;
    }
    let full_words = fullest.split(' ').count();
    surname
        .is_some_and(|s| full_words >= 2 && fullest.rsplit(' ').next() == Some(bare(s.text(text))))
}

/// The person's name that ends a description ("His mother Katherine Jackson", "9/11 widow
/// Terry Strada"): two or three capitalised words after a lower-case noun, not after a
/// preposition ("chief of Apple Inc") and not an organisation.
fn name_after_description<'a>(text: &str, words: &'a [Tok]) -> Option<&'a [Tok]> {
    let start = words.iter().rposition(|t| !t.is_capitalised(text))? + 1;
    let name = &words[start..];
    let described_by = words[start - 1].text(text);
    let person_like = (2..=3).contains(&name.len())
        && !name
            .iter()
            .any(|t| is_organisation_word(t.text(text)) || is_title(t.text(text)));
    (person_like
        && !is_connector(described_by)
        && !["at", "from", "in", "to"].contains(&described_by))
    .then_some(name)
}

/// Whether a name after `before` stands where a subject does: opening a sentence or
/// clause, or after a title ("Mr"), not as the object of a verb or preposition ("accused
/// Mr Blair", "put to Wenger").
fn is_subject_position(text: &str, before: &[Tok], person: &str) -> bool {
    // Skip the rest of the person's name and titles ("Mr", "Sir"), not any capitalised word:
    // "Describing Mr Jackson as …" opens with a verb.
    let part_of_name = |t: &&Tok| {
        let word = t.text(text);
        is_title(word.trim_end_matches('.')) || person.split(' ').any(|p| p == word)
    };
    match before.iter().rev().find(|t| !part_of_name(t)) {
        None => true,
        Some(t) if !t.is_word() => !t.is_punct(text, "("),
        Some(t) => [
            "and", "but", "while", "as", "when", "after", "since", "then", "said", "says", "added",
            "told",
        ]
        .contains(&t.text(text)),
    }
}

fn is_connector(word: &str) -> bool {
    ["of", "for", "and", "the", "de"].contains(&word)
}

/// The capitalised name right before a relative "who" (commas aside).
fn antecedent_name(text: &Doc, who: usize) -> Option<Vec<Tok>> {
    let toks = text.window(who.saturating_sub(NAME_REACH), who);
    let mut end = toks.len();
    while end > 0 && toks[end - 1].is_punct(text, ",") {
        end -= 1;
    }
    let start = toks[..end]
        .iter()
        .rposition(|t| !t.is_capitalised(text) || is_title(t.text(text)))
        .map_or(0, |k| k + 1);
    let name = toks
        .get(start..end)
        .filter(|n| !n.is_empty() && n.len() <= 4)?;
    Some(name.to_vec())
}

/// "the newspaper", "the news agency": a lower-case reference to an outlet.
fn is_outlet_reference(text: &str, words: &[Tok]) -> bool {
    words.last().is_some_and(|t| is_media_noun(t.text(text)))
        && words.iter().all(|t| !t.is_capitalised(text))
}

mod mentions;
mod sentence_subject;
#[cfg(test)]
mod tests;
