//! Closed word lists the quote finder relies on: reporting verbs (cues) and their classes,
//! and the small function-word sets that delimit speaker noun phrases.
//!
//! These are general English lists written by hand, not derived from any corpus.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::extract::word_table::WordTable;

/// How a cue word attributes what surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A speech verb: "said", "added", "confirmed". The speaker precedes or follows it.
    Speech,
    /// A speech verb with an addressee before the content: "told Y that ...".
    Addressed,
    /// A publication verb: "reports", "wrote". Its speaker is usually a news outlet.
    Report,
    /// A belief or finding: "believes", "thinks", "polls show". Needs a clause after it.
    Belief,
    /// A participle after the main clause: "..., saying that ...". The speaker is the subject.
    Participle,
    /// "according to X".
    According,
    /// An intention or refusal with its infinitive: "declined to comment", "seeks to end".
    /// The speaker is the subject and the statement is the infinitive.
    Intent,
    /// A stance held towards an object: "opposed the bill", "welcomed the ruling". The
    /// holder is the subject right before the verb and the statement is the object phrase.
    Stance,
}

#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "said", "says", "say", "added", "adds", "stated", "declared", "declares", "announced",
    "announces", "confirmed", "confirms", "argued", "argues", "claimed", "claims", "explained",
    "explains", "noted", "notes", "insisted", "insists", "denied", "denies", "acknowledged",
    "acknowledges", "admitted", "admits", "conceded", "concedes", "contended", "contends",
    "asserted", "asserts", "alleged", "alleges", "suggested",
    "suggests", "predicted", "predicts", "responded", "responds", "replied", "replies", "recalled",
    "recalls", "countered", "complained", "complains", "stressed", "stresses", "emphasized",
    "emphasised", "observed", "pointed out", "points out", "tweeted", "tweets", "continued",
    "concluded", "agreed", "agrees", "revealed", "reveals", "disclosed", "testified", "promised",
    "promises", "vowed", "vows", "boasted", "joked", "quipped", "cautioned",
    "estimated", "estimates", "lamented", "demanded", "wondered", "commented", "remarked",
    "speculated", "explained", "proclaimed", "announce", "argue", "claim", "insist", "deny",
    "admit", "warn", "predict", "suggest", "acknowledge", "called", "calls", "described",
    "describes", "accused", "accuses", "criticized", "criticised", "criticizes", "praised",
    "praises", "defended", "defends", "cited", "cites", "proposed",
    "proposes", "blamed", "blames", "rejected", "dismissed", "questioned", "answered", "posted",
    "threatened", "touted", "hailed", "mocked", "slammed", "labeled", "labelled", "branded",
    "mentioned", "reiterated", "reiterates", "signaled", "signalled",
    "hinted", "implied", "maintained", "maintains", "retorted", "objected", "shouted",
];

#[rustfmt::skip]
const ADDRESSED: &[&str] = &[
    "told", "tells", "tell", "informed", "assured", "reminded", "warned", "warns", "asked", "asks",
    "urged", "urges",
];

#[rustfmt::skip]
const REPORT: &[&str] = &[
    "reported", "reports", "wrote", "writes", "published",
];

#[rustfmt::skip]
const BELIEF: &[&str] = &[
    "believes", "believe", "believed", "thinks", "think", "expects", "expect", "expected", "hopes",
    "hoped", "fears", "feared", "worries", "worried", "knows", "doubts", "show", "shows",
    "showed", "found", "finds", "indicate", "indicates", "indicated", "know", "knew",
    "feel", "feels", "felt", "doubt", "doubted", "suspect", "suspects", "suspected", "hope",
    "fear", "worry", "assume", "assumes", "assumed", "realize", "realized", "realise",
    "realised", "recognize", "recognized", "understand", "understands", "understood",
];

#[rustfmt::skip]
const PARTICIPLE: &[&str] = &[
    "saying", "adding", "noting", "arguing", "claiming", "warning", "explaining", "insisting",
    "telling", "asking", "suggesting", "stating", "declaring", "writing", "predicting",
    "acknowledging", "promising", "calling", "reporting", "announcing", "citing",
];

#[rustfmt::skip]
const INTENT: &[&str] = &[
    "declined", "declines", "refused", "refuses", "seeks",
];

/// Cues whose complement may be an infinitive that states the speaker's position: "vowed to
/// fight", "declined to comment", "hopes to win".
#[rustfmt::skip]
const TAKES_INFINITIVE: &[&str] = &[
    "declined", "declines", "refused", "refuses", "seeks", "vowed", "vows", "promised",
    "pledges", "hopes", "threatens",
];

/// Whether "to" after this cue (in any case) opens the statement; compared in place,
/// without a lower-case copy.
pub fn takes_infinitive(cue: &str) -> bool {
    let listed = |list: &[&str]| list.iter().any(|verb| verb.eq_ignore_ascii_case(cue));
    listed(TAKES_INFINITIVE) || listed(STANCE_INTENT)
}

// Stance cues: positions held or pursued rather than words spoken ("opposed the bill",
// "sought to run", "seems to have won"). Kept apart from the speech lists above.

/// Verbs of stance with an object complement: the subject's position on what follows.
#[rustfmt::skip]
const STANCE: &[&str] = &[
    "supported", "oppose", "opposed", "backed", "attacked", "backing", "sees", "see",
    "called for", "calls for", "pointed to", "voted for", "talked about", "spoke about",
    "talks about", "blasted", "slammed", "slams", "blasts", "denounced", "condemned", "decried",
    "assailed", "welcomed", "echoed", "repeated", "expressed", "applauded", "lauded",
    "championed", "advocated", "advocates", "disputed", "disputes", "challenged", "rebuked",
    "derided", "ridiculed", "downplayed", "dismisses", "recommended",
    "recommends", "demand", "demands",
];

/// Verbs of intention whose statement is their infinitive ("sought to run").
#[rustfmt::skip]
const STANCE_INTENT: &[&str] = &[
    "sought", "seek", "hoping", "decided", "decides", "intends", "intend", "aims", "aimed", "offered",
    "offers", "pledged", "vowing", "pledging", "agreed", "threatened", "threatens", "hoped",
    "vow", "pledge", "refuse", "refusing", "declining",
];

/// Participles of stance after a main clause: "…, denouncing the plan". The holder is the
/// subject of the sentence.
#[rustfmt::skip]
const STANCE_PARTICIPLE: &[&str] = &[
    "accusing", "describing", "dismissing", "recalling", "slamming", "condemning",
];

// Stances taken by talking about something ("discussed the plan", "went after Cruz").

/// More verbs of stance with an object complement.
#[rustfmt::skip]
const STANCE_OBJECT: &[&str] = &[
    "mention", "discuss", "discussed", "viewed", "views", "refers to", "referred to",
    "went after", "urging", "defending", "called on", "calls on", "calling on", "call on",
    "call for", "endorsed", "endorses",
];

/// Verbs of seeming: an unattributed judgement of the clause around them ("X seems to …").
#[rustfmt::skip]
const SEEMING: &[&str] = &[
    "seems", "seemed", "appears", "appeared", "appear",
];

/// Whether a cue word (in any case) is a verb of seeming; compared in place, without a
/// lower-case copy: this runs for every cue.
pub fn is_seeming(word: &str) -> bool {
    SEEMING.iter().any(|verb| verb.eq_ignore_ascii_case(word))
}

/// Every cue pattern with its class, for building the cue automaton.
pub fn cue_patterns() -> Vec<(&'static str, CueClass)> {
    let groups: [(&[&str], CueClass); 11] = [
        (SPEECH, CueClass::Speech),
        (ADDRESSED, CueClass::Addressed),
        (REPORT, CueClass::Report),
        (BELIEF, CueClass::Belief),
        (PARTICIPLE, CueClass::Participle),
        (INTENT, CueClass::Intent),
        (STANCE, CueClass::Stance),
        (STANCE_INTENT, CueClass::Intent),
        (STANCE_PARTICIPLE, CueClass::Participle),
        (SEEMING, CueClass::Belief),
        (STANCE_OBJECT, CueClass::Stance),
    ];
    let mut out: Vec<(&'static str, CueClass)> = Vec::new();
    for (words, class) in groups {
        for word in words {
            if !out.iter().any(|(w, _)| w == word) {
                out.push((word, class));
            }
        }
    }
    out.push(("according to", CueClass::According));
    out
}

/// Word classes, as bit flags in one table so that each word is looked up once.
mod class {
    pub const PRONOUN: u16 = 1 << 0;
    pub const DETERMINER: u16 = 1 << 1;
    pub const BE_FORM: u16 = 1 << 2;
    pub const AUXILIARY: u16 = 1 << 3;
    pub const CLAUSE_MARKER: u16 = 1 << 4;
    pub const FORWARD_END: u16 = 1 << 5;
    pub const ADJUNCT_OPENER: u16 = 1 << 6;
    pub const MEDIA_NOUN: u16 = 1 << 7;
    pub const ORGANISATION: u16 = 1 << 8;
    pub const TITLE: u16 = 1 << 9;
    pub const ABBREVIATION: u16 = 1 << 10;
}

#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "who",
];

#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "most", "several", "both", "all", "two", "three", "four", "five", "another",
    "one", "other", "few", "no", "each", "every",
];

#[rustfmt::skip]
const BE_FORMS: &[&str] = &[
    "is", "was", "were", "are", "been", "being", "be", "am", "'s", "’s",
];

#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "also", "later", "then", "once", "again", "would", "will", "could",
    "may", "might", "should", "must", "did", "does", "do", "never", "already", "often", "still",
    "even", "just", "yet", "always", "further", "previously", "recently", "reportedly", "not",
    "now", "had", "long", "too", "first", "last", "earlier", "ever", "separately", "can", "shall",
];

#[rustfmt::skip]
const CLAUSE_MARKERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "while", "when", "as",
    "if", "after", "before", "since", "so", "where", "though", "although", "than", "meanwhile",
    "however", "instead", "yesterday", "today", "also", "nor", "whether", "until", "unless",
    "what", "how", "why", "once", "whereas", "in", "on", "at", "to", "by", "with", "from",
    "whenever", "wherever", "whereby", "lest", "said", "says", "told", "tells",
];

#[rustfmt::skip]
const FORWARD_ENDS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "when", "while", "who", "which", "that", "as",
    "because", "to", "with", "from", "about", "over", "via", "since", "last", "this", "yesterday",
    "today", "tonight", "earlier", "later", "and", "but", "adding", "saying", "noting", "told",
    "said", "says", "than", "if", "whether", "recently", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
];

#[rustfmt::skip]
const ADJUNCT_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "last", "yesterday", "today", "tonight", "earlier", "later",
    "this", "of", "for", "outside", "near", "inside", "by", "through", "following", "amid",
    "after", "before", "recently", "via", "with", "from", "about", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "then", "afterward",
    "afterwards", "shortly", "over",
];

#[rustfmt::skip]
const MEDIA_NOUNS: &[&str] = &[
    "newspaper", "paper", "agency", "network", "broadcaster", "daily", "magazine", "outlet",
    "channel", "station", "website", "tabloid", "weekly", "publication",
];

#[rustfmt::skip]
const ORGANISATION_WORDS: &[&str] = &[
    "times", "post", "news", "journal", "press", "herald", "tribune", "agency", "network",
    "television", "radio", "daily", "gazette", "group", "party", "ministry", "department",
    "office", "council", "committee", "association", "institute", "university", "bank", "company",
    "corp", "inc", "service", "commission", "government", "campaign", "of", "for", "the", "and",
    "board", "union", "foundation", "court", "police", "house", "senate", "congress", "federation",
    "organisation", "organization", "centre", "center", "reuters", "ap", "bbc", "cnn",
    "associated",
];

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt",
    "sgt", "rev", "president", "senator", "governor", "sir", "dame", "lord", "lady", "judge",
    "mayor", "minister", "secretary", "chairman", "professor", "representative", "chancellor",
    "mp", "leader", "coach", "manager", "boss", "captain", "ambassador", "spokesman",
    "spokeswoman",
];

/// The length of the longest entry in `ABBREVIATIONS`, in bytes.
const LONGEST_ABBREVIATION: usize = 6;

#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "rev",
    "hon", "st", "jr", "sr", "messrs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "co", "u.s",
    "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "approx", "dept", "est", "fig", "pres",
    "supt", "ave", "blvd", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// FNV-1a: the word table is looked up for nearly every token near a cue, and its keys are
/// short fixed words, so a simple hash beats the DoS-resistant default by a wide margin.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A hash map keyed by short words, with the FNV hash.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

static WORD_CLASSES: LazyLock<WordTable<u16>> = LazyLock::new(|| {
    WordTable::of_flag_lists(&[
        (PRONOUNS, class::PRONOUN),
        (DETERMINERS, class::DETERMINER),
        (BE_FORMS, class::BE_FORM),
        (AUXILIARIES, class::AUXILIARY),
        (CLAUSE_MARKERS, class::CLAUSE_MARKER),
        (FORWARD_ENDS, class::FORWARD_END),
        (ADJUNCT_OPENERS, class::ADJUNCT_OPENER),
        (MEDIA_NOUNS, class::MEDIA_NOUN),
        (ORGANISATION_WORDS, class::ORGANISATION),
        (TITLES, class::TITLE),
        (ABBREVIATIONS, class::ABBREVIATION),
    ])
});

/// The classes of `word`, ignoring ASCII case (longer words are in no class).
fn classes(word: &str) -> u16 {
    WORD_CLASSES.get(word.as_bytes()).unwrap_or(0)
}

fn has_class(word: &str, flag: u16) -> bool {
    classes(word) & flag != 0
}

/// Whether a capitalised word can be part of a name: not a title, pronoun, determiner
/// or clause opener (one table lookup for all four).
pub fn may_be_in_name(word: &str) -> bool {
    const NOT_NAMES: u16 = class::TITLE | class::PRONOUN | class::DETERMINER | class::CLAUSE_MARKER;
    classes(word.trim_end_matches('.')) & NOT_NAMES == 0
}

/// Personal pronouns that can be speakers.
pub fn is_pronoun(word: &str) -> bool {
    has_class(word, class::PRONOUN)
}

/// Determiners and possessives that open a noun phrase ("the newspaper", "his aide").
pub fn is_determiner(word: &str) -> bool {
    has_class(word, class::DETERMINER)
}

/// Forms of "be": a cue right after one is passive ("is said to", "was told").
pub fn is_be_form(word: &str) -> bool {
    has_class(word, class::BE_FORM)
}

/// Auxiliaries and adverbs that may sit between a speaker and the cue ("has also said").
pub fn is_aux_or_adverb(word: &str) -> bool {
    let adverb = word.len() > 4
        && word.ends_with("ly")
        && !word.starts_with(char::is_uppercase)
        && !is_noun_in_ly(word);
    adverb || has_class(word, class::AUXILIARY)
}

/// Nouns that end like adverbs and commonly speak in news: "the family said".
fn is_noun_in_ly(word: &str) -> bool {
    [
        "family",
        "assembly",
        "rally",
        "ally",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "supply",
        "monopoly",
        "bully",
    ]
    .contains(&word)
}

/// Words that end a noun phrase read backwards from a cue: clause openers and connectives.
pub fn is_clause_marker(word: &str) -> bool {
    has_class(word, class::CLAUSE_MARKER)
}

/// Words that end a noun phrase read forwards after an inverted cue ("said Kwon on Monday").
pub fn ends_forward_phrase(word: &str) -> bool {
    has_class(word, class::FORWARD_END)
}

/// Words that open a trailing time or place phrase ("said on Monday", "said in a
/// statement"), as opposed to a reported clause ("said if elected he would ...").
pub fn opens_adjunct(word: &str) -> bool {
    has_class(word, class::ADJUNCT_OPENER)
}

/// Lower-case nouns that refer back to a news outlet ("the newspaper").
pub fn is_media_noun(word: &str) -> bool {
    has_class(word, class::MEDIA_NOUN)
}

/// Words that mark a capitalised name as an organisation rather than a person.
pub fn is_organisation_word(word: &str) -> bool {
    has_class(word, class::ORGANISATION)
}

/// Courtesy and office titles dropped when matching names ("Mr. Obama" ~ "Barack Obama").
pub fn is_title(word: &str) -> bool {
    has_class(word.trim_end_matches('.'), class::TITLE)
}

/// Abbreviations whose final full stop does not end a sentence, initials ("S") and dotted
/// initials ("U.S", "G.K") included.
pub fn is_abbreviation(word_without_dot: &str) -> bool {
    if word_without_dot.len() > LONGEST_ABBREVIATION && !word_without_dot.as_bytes().contains(&b'.')
    {
        // Most words before a full stop: too long to be listed, and not initials.
        return false;
    }
    has_class(word_without_dot, class::ABBREVIATION) || is_dotted_initials(word_without_dot)
}

/// Initials joined by dots ("S", "G.K"), read byte by byte when the word is ASCII, as
/// nearly every word before a full stop is.
fn is_dotted_initials(word: &str) -> bool {
    if !word.is_ascii() {
        return word.split('.').all(is_initial);
    }
    let bytes = word.as_bytes();
    bytes.len() % 2 == 1
        && bytes.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_uppercase()
            } else {
                b == b'.'
            }
        })
}

/// A single capital letter, as in "James S. Kim".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_patterns_are_unique_and_lowercase() {
        let patterns = cue_patterns();
        for (i, (word, _)) in patterns.iter().enumerate() {
            assert_eq!(*word, word.to_lowercase());
            assert!(!patterns[..i].iter().any(|(w, _)| w == word), "{word}");
        }
    }

    #[test]
    fn longest_abbreviation_is_the_longest_listed() {
        let longest = ABBREVIATIONS.iter().map(|a| a.len()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn abbreviations_cover_titles_initials_and_dotted_forms() {
        assert!(is_abbreviation("Mr"));
        assert!(is_abbreviation("U.S"));
        assert!(is_abbreviation("Sept"));
        assert!(is_abbreviation("S"));
        assert!(is_abbreviation("G.K"));
        assert!(!is_abbreviation("China"));
        for word in ["", "G.", ".K", "G..K", "GK", "g.k", "G.K."] {
            assert!(!is_dotted_initials(word), "{word}");
        }
        assert!(is_dotted_initials("É.K"));
    }

    #[test]
    fn adverbs_are_recognised_by_suffix() {
        assert!(is_aux_or_adverb("publicly"));
        assert!(is_aux_or_adverb("has"));
        assert!(!is_aux_or_adverb("Kelly"));
        assert!(!is_aux_or_adverb("official"));
    }
}
