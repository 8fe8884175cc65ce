//! The words the date grammar knows: month and weekday names, seasons, parts of the day,
//! calendar units, number words, and the function words that shape a date expression
//! ("last", "ago", "fiscal") or hint at its direction in time ("will", "payable").
//!
//! [`super::lookup`] turns these lists into the hash table the tokenizer consults.

use super::holiday::HolidayWord;

/// A season, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

/// A part of the day, as TIMEX3 writes it after a date (`1998-02-06TMO`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// A calendar unit that "last", "next", "ago" and numbers combine with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Which way in time a word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The surrounding clause speaks of the future ("will", "scheduled", "payable").
    Future,
    /// Only when right before the date: "by", "until" set a deadline ahead.
    Deadline,
    /// Only when right before the date: "ended" looks back.
    Past,
}

/// Function words of the date grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fw {
    The,
    A,
    Last,
    This,
    Next,
    Coming,
    Past,
    Previous,
    Following,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Fiscal,
    Of,
    End,
    Beginning,
    Middle,
    Latest,
    Current,
    Future,
    Recent,
    Near,
    Same,
    That,
    These,
    Right,
    Between,
    And,
    To,
    Every,
    Half,
    Period,
    Thousand,
    Hundred,
    Vague,
    Approx,
    Am,
    Pm,
    Noon,
    At,
    Or,
    So,
    /// "New" (Year's Day) and "Good" (Friday).
    New,
    Good,
    /// A preposition that often governs a date: "in", "since", "during".
    Prep,
}

/// The dates a single word names by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deictic {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Nowadays,
}

/// The lexicon class of one word.
///
/// Three bytes, with the class in a byte of its own: every token carries one, so a smaller
/// token is written faster, and the scan over the tokens reads the class of each (a
/// niche-packed class took a decoding step per read). Number words fit a byte (0 to 90).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Lex {
    None,
    /// A full month name, 1-based.
    Month(u8),
    /// An abbreviated month name ("Sept", "Jan"): only a date when a '.' or a number follows.
    MonthAbbrev(u8),
    /// A weekday, 1 = Monday as in ISO 8601.
    Weekday(u8),
    Season(Season),
    DayPart(DayPart),
    /// A unit; `true` when plural.
    Unit(Unit, bool),
    /// A cardinal number word.
    Count(u8),
    /// An ordinal number word or suffix ("third", and "th" after a digit run is `Ordinal(0)`).
    Ordinal(u8),
    /// A decade word: "nineties" is `Decade(9)`.
    Decade(u8),
    Deictic(Deictic),
    /// The first word of a holiday's name.
    Holiday(HolidayWord),
    Word(Fw),
    Cue(Cue),
}

/// Month names in lower case, January first (also read by the article loader's date lines).
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVS: [(&str, u8); 13] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("febr", 2),
];
/// Weekday names in lower case, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const CARDINALS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const TENS: [(&str, u8); 7] = [
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];
const ORDINALS: [&str; 21] = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const DECADES: [(&str, u8); 8] = [
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

fn fixed_words() -> Vec<(&'static str, Lex)> {
    use Fw::*;
    let w = Lex::Word;
    vec![
        ("spring", Lex::Season(Season::Spring)),
        ("summer", Lex::Season(Season::Summer)),
        ("fall", Lex::Season(Season::Fall)),
        ("autumn", Lex::Season(Season::Fall)),
        ("winter", Lex::Season(Season::Winter)),
        ("morning", Lex::DayPart(DayPart::Morning)),
        ("afternoon", Lex::DayPart(DayPart::Afternoon)),
        ("evening", Lex::DayPart(DayPart::Evening)),
        ("night", Lex::DayPart(DayPart::Night)),
        ("day", Lex::Unit(Unit::Day, false)),
        ("days", Lex::Unit(Unit::Day, true)),
        ("week", Lex::Unit(Unit::Week, false)),
        ("weeks", Lex::Unit(Unit::Week, true)),
        ("weekend", Lex::Unit(Unit::Weekend, false)),
        // Two weeks is a span, never a calendar unit: marked plural so it only measures.
        ("fortnight", Lex::Unit(Unit::Week, true)),
        ("month", Lex::Unit(Unit::Month, false)),
        ("months", Lex::Unit(Unit::Month, true)),
        ("quarter", Lex::Unit(Unit::Quarter, false)),
        ("quarters", Lex::Unit(Unit::Quarter, true)),
        ("year", Lex::Unit(Unit::Year, false)),
        ("years", Lex::Unit(Unit::Year, true)),
        ("decade", Lex::Unit(Unit::Decade, false)),
        ("decades", Lex::Unit(Unit::Decade, true)),
        ("century", Lex::Unit(Unit::Century, false)),
        ("centuries", Lex::Unit(Unit::Century, true)),
        ("today", Lex::Deictic(Deictic::Today)),
        ("yesterday", Lex::Deictic(Deictic::Yesterday)),
        ("tomorrow", Lex::Deictic(Deictic::Tomorrow)),
        ("tonight", Lex::Deictic(Deictic::Tonight)),
        ("now", Lex::Deictic(Deictic::Now)),
        ("currently", Lex::Deictic(Deictic::Currently)),
        ("recently", Lex::Deictic(Deictic::Recently)),
        ("nowadays", Lex::Deictic(Deictic::Nowadays)),
        ("the", w(The)),
        ("new", w(New)),
        ("good", w(Good)),
        ("christmas", Lex::Holiday(HolidayWord::Christmas)),
        ("xmas", Lex::Holiday(HolidayWord::Christmas)),
        ("easter", Lex::Holiday(HolidayWord::Easter)),
        ("thanksgiving", Lex::Holiday(HolidayWord::Thanksgiving)),
        ("halloween", Lex::Holiday(HolidayWord::Halloween)),
        ("boxing", Lex::Holiday(HolidayWord::Boxing)),
        ("valentine", Lex::Holiday(HolidayWord::Valentine)),
        ("a", w(A)),
        ("an", w(A)),
        ("last", w(Last)),
        ("this", w(This)),
        ("next", w(Next)),
        ("coming", w(Coming)),
        ("past", w(Past)),
        ("previous", w(Previous)),
        ("following", w(Following)),
        ("ago", w(Ago)),
        ("earlier", w(Earlier)),
        ("later", w(Later)),
        ("early", w(Early)),
        ("late", w(Late)),
        ("mid", w(Mid)),
        ("fiscal", w(Fiscal)),
        ("of", w(Of)),
        ("end", w(End)),
        ("beginning", w(Beginning)),
        ("start", w(Beginning)),
        ("middle", w(Middle)),
        ("latest", w(Latest)),
        ("current", w(Current)),
        ("future", w(Future)),
        ("recent", w(Recent)),
        ("near", w(Near)),
        ("same", w(Same)),
        ("that", w(That)),
        ("these", w(These)),
        ("right", w(Right)),
        ("between", w(Between)),
        ("and", w(And)),
        ("to", w(To)),
        ("every", w(Every)),
        ("each", w(Every)),
        ("per", w(Every)),
        ("half", w(Half)),
        ("period", w(Period)),
        ("thousand", w(Thousand)),
        ("hundred", w(Hundred)),
        ("several", w(Vague)),
        ("few", w(Vague)),
        ("some", w(Vague)),
        ("many", w(Vague)),
        ("nearly", w(Approx)),
        ("almost", w(Approx)),
        ("about", w(Approx)),
        ("around", w(Approx)),
        ("roughly", w(Approx)),
        ("some", w(Vague)),
        ("am", w(Am)),
        ("pm", w(Pm)),
        ("noon", w(Noon)),
        ("midday", w(Noon)),
        ("at", w(At)),
        ("or", w(Or)),
        ("so", w(So)),
        ("in", w(Prep)),
        ("for", w(Prep)),
        ("before", w(Prep)),
        ("through", w(Prep)),
        ("circa", w(Prep)),
        ("on", w(Prep)),
        ("since", w(Prep)),
        ("during", w(Prep)),
        ("from", w(Prep)),
        ("after", w(Prep)),
        ("over", w(Prep)),
        ("within", w(Prep)),
        ("throughout", w(Prep)),
        ("into", w(Prep)),
        ("st", Lex::Ordinal(0)),
        ("nd", Lex::Ordinal(0)),
        ("rd", Lex::Ordinal(0)),
        ("th", Lex::Ordinal(0)),
        ("will", Lex::Cue(Cue::Future)),
        ("ll", Lex::Cue(Cue::Future)),
        ("shall", Lex::Cue(Cue::Future)),
        ("scheduled", Lex::Cue(Cue::Future)),
        ("planned", Lex::Cue(Cue::Future)),
        ("planning", Lex::Cue(Cue::Future)),
        ("plans", Lex::Cue(Cue::Future)),
        ("expected", Lex::Cue(Cue::Future)),
        ("expects", Lex::Cue(Cue::Future)),
        ("expect", Lex::Cue(Cue::Future)),
        ("set", Lex::Cue(Cue::Future)),
        ("due", Lex::Cue(Cue::Future)),
        ("payable", Lex::Cue(Cue::Future)),
        ("record", Lex::Cue(Cue::Future)),
        ("effective", Lex::Cue(Cue::Future)),
        ("upcoming", Lex::Cue(Cue::Future)),
        ("soon", Lex::Cue(Cue::Future)),
        ("until", Lex::Cue(Cue::Deadline)),
        ("ended", Lex::Cue(Cue::Past)),
        ("till", Lex::Cue(Cue::Deadline)),
        ("by", Lex::Cue(Cue::Deadline)),
    ]
}

/// Every word of the lexicon with its class (later entries for the same word are dropped).
pub fn all_entries() -> Vec<(&'static str, Lex)> {
    let mut entries = fixed_words();
    entries.extend((1u8..).zip(MONTHS).map(|(n, m)| (m, Lex::Month(n))));
    entries.extend(MONTH_ABBREVS.iter().map(|&(m, n)| (m, Lex::MonthAbbrev(n))));
    entries.extend((1u8..).zip(WEEKDAYS).map(|(n, d)| (d, Lex::Weekday(n))));
    entries.extend((0u8..).zip(CARDINALS).map(|(n, c)| (c, Lex::Count(n))));
    entries.extend(TENS.iter().map(|&(t, n)| (t, Lex::Count(n))));
    let ordinals = (0u8..).zip(ORDINALS).skip(1);
    entries.extend(ordinals.map(|(n, o)| (o, Lex::Ordinal(n))));
    entries.extend(DECADES.iter().map(|&(d, n)| (d, Lex::Decade(n))));
    entries.sort_by_key(|&(word, _)| word);
    entries.dedup_by_key(|&mut (word, _)| word);
    entries
}
