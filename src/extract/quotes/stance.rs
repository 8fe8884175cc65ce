//! Stances: positions held rather than words spoken ("the union opposed the merger",
//! "she sought to run"). Stance verbs are also common nouns ("their support", "the
//! plans"), so their holder must be a plausible subject standing right before the verb,
//! and their object must open like a noun phrase or a clause.

use super::lexicon::{
    ends_forward_phrase, is_aux_or_adverb, is_be_form, is_clause_marker, is_determiner, is_pronoun,
};
use super::tokens::Doc;
use crate::extract::Span;

/// Whether `speaker` can be the subject of a stance verb that follows it: not a
/// possessive ("Hannity's plans") and not a lone lower-case word ("evangelical support").
pub fn plausible_holder(text: &Doc, speaker: Span) -> bool {
    let Some(phrase) = text.get(speaker.start..speaker.end) else {
        return false;
    };
    let last = phrase.split_whitespace().last().unwrap_or("");
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| last.ends_with(p));
    let lone_lower =
        !phrase.contains(' ') && phrase.starts_with(char::is_lowercase) && !is_pronoun(phrase);
    // "they don't", "He scrapped": a pronoun never heads a longer noun phrase.
    let first = phrase.split_whitespace().next().unwrap_or("");
    let pronoun_clause = phrase.contains(' ') && is_pronoun(first);
    let negated = last.ends_with("n't") || last.ends_with("n’t");
    // "if you support X": a hypothetical addressee, not a holder.
    let addressee = phrase.eq_ignore_ascii_case("you");
    !possessive && !lone_lower && !pronoun_clause && !negated && !addressee && !is_determiner(last)
}

/// Where a stance's object ends, relative to `body`: at the first comma or dash, since
/// what follows ("…, which …", "…, a rival of …") describes the object rather than the
/// stance.
pub fn object_end(body: &str) -> Option<usize> {
    body.find([',', ';', '—', '–', '('])
}

/// Whether the object of a stance verb starting at `start` opens a noun phrase, a clause
/// or a gerund ("opposed the bill", "backed Smith", "supports raising taxes").
pub fn opens_object(text: &Doc, start: usize, end: usize) -> bool {
    let Some(first) = text.window(start, end).first().copied() else {
        return false;
    };
    let word = first.text(text);
    first.is_word()
        && (is_pronoun(word)
            || is_determiner(word)
            || word == "that"
            || first.is_capitalised(text)
            || (word.len() > 4 && word.ends_with("ing"))
            || opens_bare_noun_phrase(word))
}

/// A lower-case word that can open a noun phrase without a determiner ("called for
/// tougher rules", "opposed higher taxes"), unlike particles and prepositions ("backed
/// down", "supported by").
pub fn opens_bare_noun_phrase(word: &str) -> bool {
    word.len() > 3
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_clause_marker(word)
        && !is_aux_or_adverb(word)
        && !is_be_form(word)
        && !ends_forward_phrase(word)
        && ![
            "away", "down", "back", "into", "onto", "upon", "against", "over", "under", "around",
            "across", "along", "through", "toward", "towards", "without", "within", "about",
            "like", "more", "less", "such", "much", "very",
        ]
        .contains(&word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans_and_speakers as quotes;

    /// The text holds one statement, `quote`, held by `holder`.
    fn assert_one(text: &str, quote: &str, holder: &str) {
        let expected = (quote.to_string(), Some(holder.to_string()));
        assert_eq!(quotes(text), vec![expected], "{text}");
    }

    #[test]
    fn a_stance_verb_reports_its_object() {
        assert_one(
            "The fishermen's union condemned the new harbour fees.",
            "the new harbour fees",
            "The fishermen's union",
        );
    }

    #[test]
    fn an_intention_reports_its_infinitive() {
        assert_one(
            "The mayor intends to reopen the ferry before winter.",
            "to reopen the ferry before winter",
            "The mayor",
        );
    }

    #[test]
    fn a_call_for_something_is_a_stance() {
        assert_one(
            "The ferry union called for a new vote on the harbour fees.",
            "a new vote on the harbour fees",
            "The ferry union",
        );
    }

    #[test]
    fn a_view_of_someone_is_a_stance() {
        assert_one(
            "Harbour pilots see the new breakwater as a hazard.",
            "the new breakwater as a hazard",
            "Harbour pilots",
        );
    }

    #[test]
    fn a_stance_noun_is_not_a_stance() {
        assert!(quotes("The mayor's plans to reopen the ferry were shelved.").is_empty());
        assert!(quotes("She won with rural support, but the city voted against her.").is_empty());
        assert!(quotes("The mayor decided against the ferry.").is_empty());
    }

    #[test]
    fn a_seeming_is_an_unattributed_judgement() {
        let text = "The ferry seems likely to run again by March.";
        let expected = (
            "The ferry seems likely to run again by March".to_string(),
            None,
        );
        assert_eq!(quotes(text), vec![expected]);
        assert!(quotes("The mayor appeared on local radio on Friday.").is_empty());
    }
}
