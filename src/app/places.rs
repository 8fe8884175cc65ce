//! What is known about each place beyond its name: kind, country, coordinates and, for an
//! ambiguous name, the reading the extractor chose.
//!
//! The entity index keeps places by name only (compact, for 100,000 articles), so the
//! details the map and the evidence need are learnt here from the extractor's full results
//! as they pass by (each indexed batch, each article extracted on opening): one entry per
//! place name, plus one per mention for the few mentions with a reading of their own, since
//! "Georgia" may be the country in one article and the US state in the next. Common names
//! are ambiguous ("Vienna"), so each distinct reading is stored once and mentions share it.

use std::collections::HashMap;
use std::sync::Arc;

use crate::extract::{Place, PlaceKind};

/// The details of a place the panel, the map and the evidence show.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInfo {
    pub kind: PlaceKind,
    pub country: Option<String>,
    /// Latitude and longitude in degrees.
    pub coords: Option<(f64, f64)>,
    /// Why this reading of an ambiguous name was chosen, as the extractor explains it.
    pub reading: Option<String>,
}

impl PlaceInfo {
    /// The details carried by an extracted place.
    #[must_use]
    pub fn of(place: &Place) -> Self {
        Self {
            kind: place.kind,
            country: place.country.clone(),
            coords: place.coords,
            reading: place.reading.clone(),
        }
    }

    /// Whether this says more than the index keeps (which is only the kind).
    fn is_detailed(&self) -> bool {
        self.coords.is_some() || self.country.is_some() || self.reading.is_some()
    }
}

/// Place details learnt so far, by name and by ambiguous mention.
#[derive(Debug, Clone, Default)]
pub struct PlaceBook {
    by_name: HashMap<String, PlaceInfo>,
    /// (article, mention start) for mentions whose name was ambiguous.
    by_mention: HashMap<(u32, u32), Arc<PlaceInfo>>,
    /// Each distinct reading once, by its explanation.
    readings: HashMap<String, Arc<PlaceInfo>>,
}

/// The key of a mention, in the index's compact form (`None` past 4 GiB).
fn mention_key(article: usize, start: usize) -> Option<(u32, u32)> {
    Some((u32::try_from(article).ok()?, u32::try_from(start).ok()?))
}

impl PlaceBook {
    /// Learns the details of article `article`'s places. A name's first details with
    /// coordinates stay (the same name then means the same place); each ambiguous
    /// mention is also kept on its own, with its reading.
    pub fn learn(&mut self, article: usize, places: &[Place]) {
        for place in places {
            let info = PlaceInfo::of(place);
            if !info.is_detailed() {
                continue;
            }
            // Coordinates, once known for a name, are what the map needs most.
            let better = self
                .by_name
                .get(&place.name)
                .is_none_or(|known| known.coords.is_none() && info.coords.is_some());
            if better {
                // The name-level entry never carries a reading: it belongs to a mention.
                let plain = PlaceInfo {
                    reading: None,
                    ..info.clone()
                };
                self.by_name.insert(place.name.clone(), plain);
            }
            if let (Some(reading), Some(key)) =
                (info.reading.clone(), mention_key(article, place.span.start))
            {
                let shared = self
                    .readings
                    .entry(reading)
                    .or_insert_with(|| Arc::new(info));
                self.by_mention.insert(key, Arc::clone(shared));
            }
        }
    }

    /// The details of a place called `name`, as the first article that named it read it.
    #[must_use]
    pub fn named(&self, name: &str) -> Option<&PlaceInfo> {
        self.by_name.get(name)
    }

    /// Puts the known details back into places that lost them (taken from the index),
    /// leaving places that already carry details alone.
    pub fn fill(&self, article: usize, places: &mut [Place]) {
        for place in places.iter_mut() {
            let detailed =
                place.coords.is_some() || place.country.is_some() || place.reading.is_some();
            if detailed {
                continue;
            }
            let known = mention_key(article, place.span.start)
                .and_then(|key| self.by_mention.get(&key))
                .map(AsRef::as_ref)
                .or_else(|| self.by_name.get(&place.name));
            if let Some(info) = known {
                place.country.clone_from(&info.country);
                place.coords = info.coords;
                place.reading.clone_from(&info.reading);
            }
        }
    }

    /// How many names and ambiguous mentions are known.
    #[must_use]
    pub fn len(&self) -> usize {
        self.by_name.len() + self.by_mention.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Span;

    fn place(name: &str, start: usize, coords: Option<(f64, f64)>, reading: Option<&str>) -> Place {
        Place {
            span: Span::new(start, start + name.len()),
            name: name.to_string(),
            kind: PlaceKind::Country,
            country: Some(name.to_string()),
            coords,
            reading: reading.map(str::to_string),
        }
    }

    fn bare(name: &str, start: usize) -> Place {
        Place {
            country: None,
            coords: None,
            reading: None,
            ..place(name, start, None, None)
        }
    }

    #[test]
    fn fills_names_and_ambiguous_mentions_apart() {
        let mut book = PlaceBook::default();
        book.learn(0, &[place("Laos", 3, Some((18.0, 103.0)), None)]);
        book.learn(
            1,
            &[place(
                "Georgia",
                10,
                Some((42.0, 43.5)),
                Some("Georgia: the country"),
            )],
        );
        book.learn(2, &[place("Laos", 0, Some((0.0, 0.0)), None)]);
        let mut places = vec![bare("Laos", 7), bare("Georgia", 10), bare("Georgia", 99)];
        book.fill(1, &mut places);
        assert_eq!(places[0].coords, Some((18.0, 103.0)), "first details stay");
        assert_eq!(places[1].reading.as_deref(), Some("Georgia: the country"));
        assert_eq!(
            places[2].coords,
            Some((42.0, 43.5)),
            "the name's first reading"
        );
        assert_eq!(places[2].reading, None, "but not its reasons");
        assert_eq!(book.len(), 3);
        assert!(book.named("Georgia").is_some_and(|g| g.reading.is_none()));
        book.learn(
            4,
            &[place(
                "Georgia",
                0,
                Some((42.0, 43.5)),
                Some("Georgia: the country"),
            )],
        );
        assert_eq!(
            book.readings.len(),
            1,
            "one reading, shared by its mentions"
        );
        assert_eq!(book.len(), 4);
    }
}
