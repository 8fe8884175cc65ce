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

use std::borrow::Cow;

use super::lexicon::{
    CueClass, WordMap, is_media_noun, is_organisation_word, is_pronoun, is_title,
};
use super::marks;
use super::sentences::Sentences;
use super::tokens::{Doc, Tok};
use crate::extract::Span;
use capitals::Capitals;
use mentions::{bare, ends_office, names_with, phrase};

/// How many mentions of a surname are examined when looking for the fullest name.
const MAX_MENTIONS: usize = 64;
/// How many distinct names are searched for per article; later ones keep their surface.
const MAX_SEARCHES: usize = 32;
/// How far around a mention its full name may reach, in bytes.
const NAME_REACH: usize = 60;
/// How far before "he" / "she" a mention of a known speaker is looked for, in bytes.
const PRONOUN_REACH: usize = 300;

/// A canonical name: borrowed from the article wherever it is written there as it is
/// given, so that remembering and repeating names copies nothing.
type Name<'t> = Cow<'t, str>;

pub struct Resolver<'t> {
    text: &'t Doc<'t>,
    /// The quoted segments of the text, sorted: names inside them are not antecedents.
    quoted: &'t [Span],
    sentences: &'t Sentences,
    /// How many name searches over the text were made (each is one fast scan).
    searches: usize,
    /// The fullest name found for each name as written.
    fullest: WordMap<&'t str, Name<'t>>,
    /// Where the capitalised words are, gathered on the first name search.
    capitals: Option<Capitals>,
    /// The names around the mentions of each word searched for so far.
    names_with: WordMap<&'t str, Vec<&'t str>>,
    last_outlet: Option<Name<'t>>,
    last_person: Option<Name<'t>>,
    /// The people who spoke so far and were once called by surname or title alone.
    persons: Vec<Name<'t>>,
}

impl<'t> Resolver<'t> {
    pub fn new(text: &'t Doc<'t>, quoted: &'t [Span], sentences: &'t Sentences) -> Self {
        Self {
            text,
            quoted,
            sentences,
            searches: 0,
            fullest: WordMap::default(),
            capitals: None,
            names_with: WordMap::default(),
            last_outlet: None,
            last_person: None,
            persons: Vec::new(),
        }
    }

    /// The canonical name of `speaker`; call in text order so back-references resolve.
    pub fn resolve(&mut self, speaker: Span, class: Option<CueClass>) -> Option<String> {
        let text = self.text.text();
        let words = words_of(self.text.window(speaker.start, speaker.end));
        let first = words.first()?;
        if words.len() == 1 && is_pronoun(first.text(text)) {
            return self
                .resolve_pronoun(first.text(text), speaker.start)
                .map(Cow::into_owned);
        }
        let article = ["a", "an", "the"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first.text(text)));
        let rest = if article { &words[1..] } else { &words[..] };
        let surface = phrase(text, rest)?;
        let canonical = if is_outlet_reference(text, rest) {
            self.last_outlet.clone().unwrap_or(Cow::Borrowed(surface))
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
            Cow::Borrowed(surface)
        };
        self.remember(&canonical, class);
        Some(canonical.into_owned())
    }

    /// Whom the pronoun `word` at `pos` refers to: "who" the name before it, "he" and
    /// "she" a person named before; other pronouns nobody.
    fn resolve_pronoun(&mut self, word: &str, pos: usize) -> Option<Name<'t>> {
        // A pronoun is ASCII, as the lexicon lists it.
        if word.eq_ignore_ascii_case("who") {
            // "Ann Lee, who chairs the board, said": the name before the relative.
            let antecedent = antecedent_name(self.text, pos)?;
            return Some(self.fullest_name(antecedent));
        }
        if !(word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she")) {
            return None;
        }
        self.last_mentioned_person(pos)
            .or_else(|| self.sentence_subject(pos))
            .or_else(|| self.last_person.clone())
    }

    fn remember(&mut self, name: &Name<'t>, class: Option<CueClass>) {
        let (mut words, mut organisation, mut capitalised) = (0, false, true);
        for word in name.split_whitespace() {
            words += 1;
            organisation = organisation || is_organisation_word(word);
            capitalised &= word.starts_with(char::is_uppercase);
        }
        if class == Some(CueClass::Report) || organisation && class == Some(CueClass::According) {
            self.last_outlet = Some(name.clone());
        }
        if (2..=4).contains(&words) && capitalised && !organisation {
            self.last_person = Some(name.clone());
        }
    }

    /// The known person whose surname was mentioned last before `pos`, within reach; `None`
    /// also when that mention names someone else with the surname ("His mother Katherine
    /// Jackson" after "Mr Jackson"), so the caller falls back to the last speaker.
    fn last_mentioned_person(&self, pos: usize) -> Option<Name<'t>> {
        if self.persons.is_empty() {
            return None;
        }
        let text = self.text.text();
        let toks = self.text.window(pos.saturating_sub(PRONOUN_REACH), pos);
        // Read backwards, so the word after each one was read just before it.
        let mut next_capitalised = false;
        for k in (0..toks.len()).rev() {
            let tok = &toks[k];
            let capitalised = tok.is_capitalised(text);
            // "Jeeves Inc": a surname followed by another capitalised word names something else.
            let ends_name = !next_capitalised;
            next_capitalised = capitalised;
            if !capitalised || !ends_name {
                continue;
            }
            let word = bare(tok.text(text));
            let Some(person) = self.persons.iter().find(|p| surname(p) == Some(word)) else {
                continue;
            };
            if marks::covers(self.quoted, tok.start) {
                continue;
            }
            let first_name = k.checked_sub(1).map(|j| toks[j].text(text)).filter(|w| {
                w.starts_with(char::is_uppercase) && !is_title(w.trim_end_matches('.'))
            });
            if first_name.is_some_and(|first| person.rsplit(' ').nth(1) != Some(first)) {
                // Someone else with the surname was named since: who "he" is is unclear.
                return None;
            }
            if is_subject_position(text, &toks[..k], person) {
                return Some(person.clone());
            }
        }
        None
    }

    /// The person named as the subject of the sentence around `pos`, outside quotations.
    fn sentence_subject(&mut self, pos: usize) -> Option<Name<'t>> {
        let sentence = self.sentences.around(self.text, pos);
        if marks::covers(self.quoted, sentence.start) {
            return None;
        }
        let name = sentence_subject::opening_name(self.text, sentence, pos)?;
        let person = self.fullest_name(name);
        // The next "he" with no name nearer refers to the same person.
        self.last_person = Some(person.clone());
        Some(person)
    }

    /// The longest capitalised name in the text containing all the words of `name`.
    fn fullest_name(&mut self, name: &[Tok]) -> Name<'t> {
        let text = self.text.text();
        let surface = phrase(text, name).unwrap_or_default();
        let named = without_office(text, name);
        let Some(key) = named
            .iter()
            .rev()
            .map(|t| t.text(text))
            .find(|w| !is_title(w))
        else {
            return Cow::Borrowed(surface);
        };
        if let Some(known) = self.fullest.get(surface) {
            return known.clone();
        }
        let wanted: Vec<&str> = named
            .iter()
            .map(|t| t.text(text))
            .filter(|w| !is_title(w))
            .collect();
        if self.searches >= MAX_SEARCHES {
            return Cow::Owned(wanted.join(" "));
        }
        self.searches += 1;
        let doc = self.text;
        let capitals = self.capitals.get_or_insert_with(|| Capitals::of(doc));
        let candidates = self
            .names_with
            .entry(bare(key))
            .or_insert_with(|| names_with(doc, capitals, bare(key)));
        let resolved = longest_containing(candidates, &wanted)
            .map_or_else(|| Cow::Owned(wanted.join(" ")), Cow::Borrowed);
        self.fullest.insert(surface, resolved.clone());
        resolved
    }
}

/// The word tokens of a speaker phrase, borrowed when it has nothing else (as most have).
fn words_of(toks: &[Tok]) -> Cow<'_, [Tok]> {
    if toks.iter().all(Tok::is_word) {
        Cow::Borrowed(toks)
    } else {
        Cow::Owned(toks.iter().copied().filter(Tok::is_word).collect())
    }
}

/// `name` without the office before its last title: in "Vice President Joe Biden" and
/// "New Jersey Gov. Chris Christie" what precedes the title describes the office, not the
/// person.
fn without_office<'n>(text: &str, name: &'n [Tok]) -> &'n [Tok] {
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
    name.get(after_title..)
        .filter(|n| !n.is_empty())
        .unwrap_or(name)
}

/// The candidate with the most words among those containing every word of `wanted`; the
/// first of equally long ones.
fn longest_containing<'t>(candidates: &[&'t str], wanted: &[&str]) -> Option<&'t str> {
    candidates
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
        })
}

/// The last word of a known person's name.
fn surname(person: &str) -> Option<&str> {
    person.rsplit(' ').next()
}

/// Whether a speaker mention shows its full name is a person's: news refers to people,
/// not organisations, by surname alone ("McIlroy" for "James McIlroy") or with a title
/// ("Mr Jackson").
fn names_a_person(text: &str, mention: &[Tok], fullest: &str) -> bool {
    let titled = mention.len() == 2 && is_title(mention[0].text(text).trim_end_matches('.'));
    let Some(surname_used) = (match mention {
        [only] => Some(only),
        [_, last] if titled => Some(last),
        _ => None,
    }) else {
        return false;
    };
    // The word tests first: they are cheaper than the lexicon's.
    fullest.split(' ').count() >= 2
        && surname(fullest) == Some(bare(surname_used.text(text)))
        && !fullest.split(' ').any(is_organisation_word)
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
fn antecedent_name<'t>(text: &'t Doc, who: usize) -> Option<&'t [Tok]> {
    let toks = text.window(who.saturating_sub(NAME_REACH), who);
    let mut end = toks.len();
    while end > 0 && toks[end - 1].is_punct(text, ",") {
        end -= 1;
    }
    let start = toks[..end]
        .iter()
        .rposition(|t| !t.is_capitalised(text) || is_title(t.text(text)))
        .map_or(0, |k| k + 1);
    toks.get(start..end)
        .filter(|n| !n.is_empty() && n.len() <= 4)
}

/// "the newspaper", "the news agency": a lower-case reference to an outlet.
fn is_outlet_reference(text: &str, words: &[Tok]) -> bool {
    words.last().is_some_and(|t| is_media_noun(t.text(text)))
        && words.iter().all(|t| !t.is_capitalised(text))
}

mod capitals;
mod mentions;
mod sentence_subject;
#[cfg(test)]
mod tests;
