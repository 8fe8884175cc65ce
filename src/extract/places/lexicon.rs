//! Word lists of general English that the place rules consult: sentence openers, day and
//! month names, titles, organisation heads, compass modifiers, place prepositions and
//! administrative suffixes. None is derived from any corpus.

use std::sync::LazyLock;

use crate::extract::word_table::WordTable;

/// Sentence-opening words that may stand right before a place ("In Seoul", "A Seoul official").
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "a", "about", "across", "after", "against", "all", "also", "although", "an", "and", "around",
    "as", "at", "because", "before", "both", "but", "by", "despite", "during", "each", "even",
    "every", "for", "from", "however", "if", "in", "inside", "into", "its", "like", "many",
    "meanwhile", "most", "near", "now", "of", "on", "only", "or", "outside", "over", "since", "so",
    "some", "than", "that", "the", "their", "then", "these", "this", "those", "though", "through",
    "throughout", "to", "today", "tomorrow", "tonight", "unlike", "until", "via", "when", "where",
    "while", "with", "within", "without", "yesterday", "yet", "our", "his", "her", "rural",
    "neighbouring", "neighboring", "where", "why", "how", "what", "which", "who", "whose", "both",
    "not", "under", "between", "among", "towards", "toward", "beyond", "upon", "once",
];

/// Day, month and season names and abbreviations: never places ("March", "MON", "Spring").
#[rustfmt::skip]
const DAYS_AND_MONTHS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "spring", "summer", "autumn", "winter",
];

/// Titles before a person's name: "President Jordan", "Mr. Washington".
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "gen",
    "general", "col", "colonel", "capt", "captain", "sgt", "lt", "gov", "governor", "sen",
    "senator", "rep", "judge", "justice", "king", "queen", "prince", "princess", "pope", "rev",
    "father", "bishop", "sheikh", "mayor", "minister", "chancellor", "premier", "coach", "maj",
    "major", "adm", "admiral", "officer", "chairman", "secretary", "ambassador",
];

/// Heads of organisation and title names built as "X of Place" ("Bank of England").
#[rustfmt::skip]
const ORGANISATION_HEADS: &[&str] = &[
    "bank", "university", "college", "institute", "school", "voice", "council", "church",
    "ministry", "department", "federation", "association", "union", "league", "commission",
    "court", "board", "academy", "chamber", "office", "museum", "duke", "duchess", "earl",
    "archbishop", "bishop", "prince", "princess", "organisation", "organization", "society",
    "party", "front", "movement", "bureau", "agency", "authority", "corporation", "company",
    "club", "tour", "cup", "championship", "championships", "open", "grand", "prix", "congress",
    "parliament", "assembly", "embassy", "consulate", "library", "hospital", "foundation", "times",
    "post", "news", "radio", "television", "airlines", "airways", "fund", "trust", "exchange",
    "committee", "centre", "center", "mission", "army", "navy", "force", "police",
];

/// Compass and size words that form a larger place with the name after them.
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "greater", "upper", "lower", "mid",
];

/// Lowercase words right before a common-word name that make it a place ("in Reading").
#[rustfmt::skip]
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "from", "to", "near", "outside", "via", "around", "across", "through", "towards",
];

/// The prepositions that locate most surely ("in Reading", not "to God"): enough for a name
/// that is also an English word.
#[rustfmt::skip]
const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "via", "from"];

/// Words that may follow a place without making it part of a longer name.
#[rustfmt::skip]
const PLACE_SUFFIXES: &[&str] = &[
    "Province", "Prefecture", "County", "Oblast", "Governorate", "District", "Municipality",
    "Region", "State",
];

/// Which lists a word is in, one bit per list.
mod list {
    pub const OPENER: u8 = 1;
    pub const DAY: u8 = 1 << 1;
    pub const TITLE: u8 = 1 << 2;
    pub const ORGANISATION: u8 = 1 << 3;
    pub const MODIFIER: u8 = 1 << 4;
    pub const PREPOSITION: u8 = 1 << 5;
    pub const LOCATIVE: u8 = 1 << 6;
}

/// Every list in one case-insensitive table: a word costs one lookup, without allocating,
/// whichever list is asked about.
static LISTS: LazyLock<WordTable<u8>> = LazyLock::new(|| {
    WordTable::of_flag_lists(&[
        (OPENERS, list::OPENER),
        (DAYS_AND_MONTHS, list::DAY),
        (TITLES, list::TITLE),
        (ORGANISATION_HEADS, list::ORGANISATION),
        (MODIFIERS, list::MODIFIER),
        (PLACE_PREPOSITIONS, list::PREPOSITION),
        (LOCATIVE_PREPOSITIONS, list::LOCATIVE),
    ])
});

/// Whether `word` (in any ASCII case) is in the list `flag`; words with non-ASCII letters
/// are in none.
fn listed(word: &str, flag: u8) -> bool {
    LISTS
        .get(word.as_bytes())
        .is_some_and(|lists| lists & flag != 0)
}

/// A head of an organisation's name ("Bank" of "Bank of England").
#[must_use]
pub fn is_organisation_head(word: &str) -> bool {
    listed(word, list::ORGANISATION)
}

/// A preposition that makes the next name a place ("in", "to", "near").
#[must_use]
pub fn is_place_preposition(word: &str) -> bool {
    listed(word, list::PREPOSITION)
}

/// One of the surest locative prepositions ("in", "near").
#[must_use]
pub fn is_locative_preposition(word: &str) -> bool {
    listed(word, list::LOCATIVE)
}

/// A capitalised word mid-sentence that is a day or month name.
#[must_use]
pub fn is_day_or_month(word: &str) -> bool {
    listed(word, list::DAY)
}

/// A function word that may open a sentence ("The", "In", "Yesterday").
#[must_use]
pub fn is_opener(word: &str) -> bool {
    listed(word, list::OPENER)
}

#[must_use]
pub fn is_modifier(word: &str) -> bool {
    listed(word, list::MODIFIER)
}

#[must_use]
pub fn is_title(word: &str) -> bool {
    listed(word.trim_end_matches('.'), list::TITLE)
}

#[must_use]
pub fn is_place_suffix(word: &str) -> bool {
    PLACE_SUFFIXES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_refuse_long_or_non_ascii_words() {
        assert!(is_opener("The") && is_opener("YESTERDAY"));
        assert!(is_title("Mr.") && is_title("President"));
        assert!(is_day_or_month("MON") && is_day_or_month("Spring"));
        assert!(is_organisation_head("Bank") && !is_organisation_head("Seoul"));
        assert!(is_locative_preposition("in") && !is_locative_preposition("to"));
        assert!(is_place_preposition("to"));
        assert!(!is_opener(&"the".repeat(20)) && !is_opener("thé"));
    }
}
