//! One article's entities in compact form: `u32` byte spans and interned names instead of
//! `usize` spans and owned strings. A place mention takes 16 bytes, not about 100.

use super::intern::{Interner, NameId};
use crate::extract::{DateMention, Entities, Place, PlaceKind, Quote, QuoteKind, Span};

/// A byte span of an article's text in half the room of [`Span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanU32 {
    start: u32,
    end: u32,
}

impl SpanU32 {
    /// `None` when the span does not fit (articles over 4 GiB) or is not a slice of `text`.
    fn new(text: &str, span: Span) -> Option<Self> {
        text.get(span.start..span.end)?;
        Some(Self {
            start: u32::try_from(span.start).ok()?,
            end: u32::try_from(span.end).ok()?,
        })
    }

    /// Stands for "no span" where an `Option` would cost four more bytes (start after end:
    /// never a real span).
    const NONE: Self = Self {
        start: u32::MAX,
        end: 0,
    };

    fn to_option(self) -> Option<Span> {
        (self != Self::NONE).then(|| self.span())
    }

    fn span(self) -> Span {
        // u32 always fits in usize on the 32- and 64-bit targets dateline builds for.
        let widen = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
        Span::new(widen(self.start), widen(self.end))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CompactPlace {
    span: SpanU32,
    name: NameId,
    kind: PlaceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CompactDate {
    span: SpanU32,
    value: NameId,
    relative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CompactQuote {
    span: SpanU32,
    /// [`SpanU32::NONE`] when the speaker is not named in the text (28 bytes a quote, not 32).
    speaker: SpanU32,
    /// The canonical speaker, else the speaker as written: what the panel and the
    /// speaker postings group by.
    who: Option<NameId>,
    /// Whether `who` is the extractor's canonical name (not just the words written).
    canonical: bool,
    cue: Option<NameId>,
    kind: QuoteKind,
}

/// Every indexed article's mentions, kind by kind, one after the other in three arrays:
/// an article holds ranges into them ([`Ranges`]), not allocations of its own, which at
/// 100,000 articles saves 300,000 small allocations. A forgotten article's mentions stay
/// in the arrays unused (only files changed while the reader runs are forgotten).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mentions {
    places: Vec<CompactPlace>,
    dates: Vec<CompactDate>,
    quotes: Vec<CompactQuote>,
}

/// Where one article's mentions are in [`Mentions`]: start and length for each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranges {
    places: (u32, u32),
    dates: (u32, u32),
    quotes: (u32, u32),
}

/// Appends `items` to `all`; where they went, or `None` past four billion mentions.
fn push_all<T>(all: &mut Vec<T>, items: impl Iterator<Item = T>) -> Option<(u32, u32)> {
    let start = all.len();
    all.extend(items);
    let range = (
        u32::try_from(start).ok()?,
        u32::try_from(all.len() - start).ok()?,
    );
    Some(range)
}

impl Mentions {
    /// Compacts `entities` found in `text` and appends them, interning their names in
    /// `names`. Mentions whose spans are not slices of `text` are dropped, as the panel
    /// would drop them. `None` (nothing kept) only past four billion mentions of a kind.
    pub fn add(&mut self, text: &str, entities: &Entities, names: &mut Interner) -> Option<Ranges> {
        let places = entities.places.iter().filter_map(|p| {
            Some(CompactPlace {
                span: SpanU32::new(text, p.span)?,
                name: names.intern(&p.name)?,
                kind: p.kind,
            })
        });
        let places = push_all(&mut self.places, places)?;
        let dates = entities.dates.iter().filter_map(|d| {
            Some(CompactDate {
                span: SpanU32::new(text, d.span)?,
                value: names.intern(&d.value)?,
                relative: d.relative,
            })
        });
        let dates = push_all(&mut self.dates, dates)?;
        let quotes = entities
            .quotes
            .iter()
            .filter_map(|q| compact_quote(text, q, names));
        let quotes = push_all(&mut self.quotes, quotes)?;
        Some(Ranges {
            places,
            dates,
            quotes,
        })
    }

    /// The mentions of the article at `ranges`.
    #[must_use]
    pub fn of(&self, ranges: Ranges) -> ArticleEntities<'_> {
        ArticleEntities {
            places: slice(&self.places, ranges.places),
            dates: slice(&self.dates, ranges.dates),
            quotes: slice(&self.quotes, ranges.quotes),
        }
    }
}

fn slice<T>(all: &[T], (start, len): (u32, u32)) -> &[T] {
    let start = usize::try_from(start).unwrap_or(usize::MAX);
    let len = usize::try_from(len).unwrap_or(0);
    all.get(start..start.saturating_add(len))
        .unwrap_or_default()
}

/// One article's entities, as the index keeps them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleEntities<'a> {
    places: &'a [CompactPlace],
    dates: &'a [CompactDate],
    quotes: &'a [CompactQuote],
}

impl ArticleEntities<'_> {
    /// The place names mentioned, once per mention.
    pub fn place_names(&self) -> impl Iterator<Item = NameId> + '_ {
        self.places.iter().map(|p| p.name)
    }

    /// The date values (TIMEX3), once per mention.
    pub fn date_values(&self) -> impl Iterator<Item = NameId> + '_ {
        self.dates.iter().map(|d| d.value)
    }

    /// The speakers quoted, once per quote.
    pub fn speaker_names(&self) -> impl Iterator<Item = NameId> + '_ {
        self.quotes.iter().filter_map(|q| q.who)
    }

    /// (places, dates, quotes) mentioned.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.places.len(), self.dates.len(), self.quotes.len())
    }

    /// The entities in the extractor's types, names looked up in `names`.
    #[must_use]
    pub fn to_entities(&self, names: &Interner) -> Entities {
        let name = |id: NameId| names.name(id).to_string();
        Entities {
            places: self
                .places
                .iter()
                .map(|p| Place {
                    span: p.span.span(),
                    name: name(p.name),
                    kind: p.kind,
                    country: None,
                    coords: None,
                    reading: None,
                })
                .collect(),
            dates: self
                .dates
                .iter()
                .map(|d| DateMention {
                    span: d.span.span(),
                    value: name(d.value),
                    relative: d.relative,
                })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| Quote {
                    span: q.span.span(),
                    kind: q.kind,
                    speaker: q.speaker.to_option(),
                    canonical_speaker: q.who.filter(|_| q.canonical).map(name),
                    cue: q.cue.map(name),
                })
                .collect(),
            credits: Vec::new(),
        }
    }
}

fn compact_quote(text: &str, quote: &Quote, names: &mut Interner) -> Option<CompactQuote> {
    let span = SpanU32::new(text, quote.span)?;
    let speaker = quote.speaker.and_then(|s| SpanU32::new(text, s));
    let written = speaker.and_then(|s| text.get(s.span().start..s.span().end));
    let (who, canonical) = match (quote.canonical_speaker.as_deref(), written) {
        (Some(full), _) => (names.intern(full), true),
        (None, Some(written)) => (names.intern(written), false),
        (None, None) => (None, false),
    };
    Some(CompactQuote {
        span,
        speaker: speaker.unwrap_or(SpanU32::NONE),
        who,
        canonical,
        cue: quote.cue.as_deref().and_then(|c| names.intern(c)),
        kind: quote.kind,
    })
}
