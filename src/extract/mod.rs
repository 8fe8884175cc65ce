//! The extractor: a pure function from article text to the places, dates and quoted sources
//! it contains, each with UTF-8 byte spans into that text.
//!
//! Nothing here knows about terminals or files. [`extract`] is the one entry point the rest
//! of dateline uses; the submodules each own one kind of entity:
//! - [`places`]: gazetteer lookup plus context rules (countries, divisions, cities, regions);
//! - [`dates`]: date expressions normalised to TimeML TIMEX3 values;
//! - [`quotes`]: direct and reported speech with speakers resolved within the article, and
//!   photo credits;
//! - `word_table`: the case-insensitive table of short words that the places and quotes
//!   word lists are looked up in.

pub mod dates;
pub mod places;
pub mod quotes;
mod word_table;

use serde::Serialize;

pub use jiff::civil::Date;

/// A half-open range of UTF-8 byte offsets into the extracted text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// When the span is out of bounds or off a char boundary, which the extractor never produces.
    #[must_use]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    #[must_use]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A place mention, resolved against the built-in gazetteer where possible.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub span: Span,
    /// Canonical (gazetteer) name, e.g. "Yunnan" for "Yunnan Province"; the surface form
    /// when the place is not in the gazetteer.
    pub name: String,
    /// What kind of place this is.
    pub kind: PlaceKind,
    /// Country name (for a country, itself), when known.
    pub country: Option<String>,
    /// Latitude and longitude in degrees, when known.
    pub coords: Option<(f64, f64)>,
    /// For ambiguous names, which reading was chosen and why ("Georgia: the country, not
    /// the US state").
    pub reading: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Continent,
    Region,
    Country,
    Division,
    City,
    /// Found by a context pattern ("X County", "a town near ...") but not in the gazetteer.
    Other,
}

/// A date expression with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub span: Span,
    /// TimeML TIMEX3 value: `2012`, `2012-07-15`, `XXXX-07-15`, `2012-W28`, `PRESENT_REF`, ...
    pub value: String,
    /// Whether the value was computed from the publication date ("Tuesday", "last week").
    pub relative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The words are inside quotation marks.
    Direct,
    /// Reported speech: "X said that ...", "according to X".
    Indirect,
}

/// A quotation or reported statement and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words (including the quotation marks for direct quotes) or reported clause.
    pub span: Span,
    pub kind: QuoteKind,
    /// The speaker as written in the text ("Kwon", "the newspaper", "she").
    pub speaker: Option<Span>,
    /// The fullest name the article gives for the speaker ("Kwon Na-hyun").
    pub canonical_speaker: Option<String>,
    /// The reporting verb or phrase ("told", "said", "according to").
    pub cue: Option<String>,
}

/// A photo or text credit such as "Source: Los Angeles Times": not a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Credit {
    pub span: Span,
    /// The cue that introduced it ("Source:", "Photo:").
    pub cue: String,
}

/// Everything the extractor found in one text, each list in text order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entities {
    pub places: Vec<Place>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
    pub credits: Vec<Credit>,
}

/// Extracts places, dates and quoted sources from `text`.
///
/// `dct` is the document creation time (publication date): relative expressions such as
/// "Tuesday" are resolved against it when known. The function is pure and deterministic.
#[must_use]
pub fn extract(text: &str, dct: Option<Date>) -> Entities {
    let mut places = places::find(text);
    let mut dates = dates::find(text, dct);
    let (mut quotes, mut credits) = quotes::find(text);
    places.sort_by_key(|p| p.span);
    dates.sort_by_key(|d| d.span);
    quotes.sort_by_key(|q| q.span);
    credits.sort_by_key(|c| c.span);
    Entities {
        places,
        dates,
        quotes,
        credits,
    }
}
