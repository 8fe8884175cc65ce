//! The side panel's content: the open article's entities grouped into Places, Dates and
//! Sources, each entry with its mention count and the spans of every mention, and for
//! places what is known of the place (kind, country, coordinates, the reading chosen).

use super::places::PlaceInfo;
use crate::extract::{Entities, Place, Span};

/// The three sections of the side panel, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Places,
    Dates,
    Sources,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Places, Section::Dates, Section::Sources];

    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Section::Places => "Places",
            Section::Dates => "Dates",
            Section::Sources => "Sources",
        }
    }
}

/// One entry of the side panel: a place, a date value or a speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelItem {
    pub section: Section,
    /// The place name, the date as first written, or the speaker.
    pub label: String,
    /// For dates: the normalised TIMEX3 value.
    pub value: Option<String>,
    /// Every mention (for sources: every quote), in text order.
    pub spans: Vec<Span>,
    /// For places: the details of the first mention that has any.
    pub place: Option<PlaceInfo>,
}

impl PanelItem {
    #[must_use]
    pub fn count(&self) -> usize {
        self.spans.len()
    }
}

/// One row of the side panel as drawn: a section heading, an item, or "none".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelRow {
    Heading(Section),
    Item(usize),
    Empty(Section),
}

/// Adds a mention to the item with the same section and key, or starts a new item.
fn add_mention(
    items: &mut Vec<PanelItem>,
    section: Section,
    key: &str,
    value: Option<&str>,
    span: Span,
) {
    let same = |item: &&mut PanelItem| {
        item.section == section
            && match value {
                Some(v) => item.value.as_deref() == Some(v),
                None => item.label == key,
            }
    };
    if let Some(item) = items.iter_mut().find(same) {
        item.spans.push(span);
        return;
    }
    items.push(PanelItem {
        section,
        label: key.to_string(),
        value: value.map(str::to_string),
        spans: vec![span],
        place: None,
    });
}

/// Gives the place item named like `place` its details, unless it has some already.
fn add_place_details(items: &mut [PanelItem], place: &Place) {
    let info = PlaceInfo::of(place);
    if let Some(item) = items.iter_mut().find(|i| i.label == place.name) {
        let has_details = item.place.as_ref().is_some_and(|p| p.coords.is_some());
        if !has_details {
            item.place = Some(info);
        }
    }
}

/// Keeps only spans that really point into `text`, so nothing later slices off a boundary.
fn valid(text: &str, span: Span) -> bool {
    span.start <= span.end && text.get(span.start..span.end).is_some()
}

/// Groups an article's entities for the panel: places and sources most-mentioned first,
/// dates in the order they first appear.
#[must_use]
pub fn group(text: &str, entities: &Entities) -> Vec<PanelItem> {
    let mut places = Vec::new();
    for place in entities.places.iter().filter(|p| valid(text, p.span)) {
        add_mention(&mut places, Section::Places, &place.name, None, place.span);
        add_place_details(&mut places, place);
    }
    let mut dates = Vec::new();
    for date in entities.dates.iter().filter(|d| valid(text, d.span)) {
        let written = &text[date.span.start..date.span.end];
        add_mention(
            &mut dates,
            Section::Dates,
            written,
            Some(&date.value),
            date.span,
        );
    }
    let mut sources = Vec::new();
    for quote in entities.quotes.iter().filter(|q| valid(text, q.span)) {
        let speaker = quote
            .canonical_speaker
            .clone()
            .or_else(|| {
                let s = quote.speaker.filter(|&s| valid(text, s))?;
                Some(text[s.start..s.end].to_string())
            })
            .unwrap_or_else(|| "(unattributed)".to_string());
        add_mention(&mut sources, Section::Sources, &speaker, None, quote.span);
    }
    // Stable sorts keep first-mention order among equal counts.
    places.sort_by_key(|item| std::cmp::Reverse(item.count()));
    sources.sort_by_key(|item| std::cmp::Reverse(item.count()));
    places.into_iter().chain(dates).chain(sources).collect()
}

/// The rows of the panel for `items`: each section's heading, then its items or "none".
#[must_use]
pub fn rows(items: &[PanelItem]) -> Vec<PanelRow> {
    let mut rows = Vec::with_capacity(items.len() + 6);
    for section in Section::ALL {
        rows.push(PanelRow::Heading(section));
        let before = rows.len();
        rows.extend(
            items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.section == section)
                .map(|(i, _)| PanelRow::Item(i)),
        );
        if rows.len() == before {
            rows.push(PanelRow::Empty(section));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DateMention, Place, PlaceKind, Quote, QuoteKind};

    fn place(name: &str, start: usize, end: usize) -> Place {
        Place {
            span: Span::new(start, end),
            name: name.to_string(),
            kind: PlaceKind::City,
            country: None,
            coords: None,
            reading: None,
        }
    }

    #[test]
    fn groups_and_counts() {
        let text = "Oslo and Bergen. Oslo on July 15. \"Hi,\" she said.";
        let entities = Entities {
            places: vec![
                place("Bergen", 9, 15),
                place("Oslo", 0, 4),
                place("Oslo", 17, 21),
            ],
            dates: vec![DateMention {
                span: Span::new(25, 32),
                value: "2026-07-15".to_string(),
                relative: false,
            }],
            quotes: vec![Quote {
                span: Span::new(34, 39),
                kind: QuoteKind::Direct,
                speaker: Some(Span::new(40, 43)),
                canonical_speaker: None,
                cue: None,
            }],
            credits: vec![],
        };
        let items = group(text, &entities);
        let labels: Vec<_> = items
            .iter()
            .map(|i| (i.label.as_str(), i.count()))
            .collect();
        assert_eq!(
            labels,
            [("Oslo", 2), ("Bergen", 1), ("July 15", 1), ("she", 1)]
        );
        assert_eq!(items[2].value.as_deref(), Some("2026-07-15"));
    }

    #[test]
    fn bad_spans_are_dropped_and_empty_sections_say_so() {
        let entities = Entities {
            places: vec![place("Nowhere", 3, 99)],
            ..Entities::default()
        };
        let items = group("abc", &entities);
        assert!(items.is_empty());
        assert_eq!(rows(&items).len(), 6);
    }
}
