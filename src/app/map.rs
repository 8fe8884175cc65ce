//! The map's content: which places it marks, how often each is mentioned, which one is
//! highlighted, and the part of the world to show.
//!
//! Two scopes share one [`MapView`]: the open article's places (taken from its side panel,
//! mention counts) and the current list's places (every article in `view`, taken from the
//! background index, counted once per article). While the indexer runs, the list map
//! counts the articles indexed so far and keeps counting as batches arrive.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::entities::{PanelItem, Section};
use super::places::{PlaceBook, PlaceInfo};
use crate::extract::Place;
use crate::index::EntityIndex;

/// Which places the map shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapScope {
    /// The open article's places.
    Article,
    /// The places of every article in the list.
    List,
}

/// What the map is drawn with: braille dots are the finest, half blocks work in terminals
/// and fonts without braille, plain dots work everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MapGlyphs {
    #[default]
    Braille,
    HalfBlock,
    Dot,
}

/// One place on the map (or in its legend, when it has no coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    pub name: String,
    pub info: Option<PlaceInfo>,
    /// Mentions in the article, or articles in the list that mention it.
    pub count: usize,
    /// The side-panel entry of this place (article scope).
    pub panel_item: Option<usize>,
}

impl MapPlace {
    /// Latitude and longitude, when known.
    #[must_use]
    pub fn coords(&self) -> Option<(f64, f64)> {
        self.info.as_ref().and_then(|i| i.coords)
    }
}

/// Whether an article counts towards the list map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Membership {
    Outside,
    /// In the list, not indexed yet.
    Waiting,
    Counted,
}

/// The map overlay's state.
#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    pub scope: MapScope,
    /// Most mentioned first.
    pub places: Vec<MapPlace>,
    pub selected: usize,
    /// The first legend row on screen.
    pub offset: usize,
    /// Whether the map shows only the places' surroundings (else the whole world).
    pub zoomed: bool,
    /// Articles whose places are counted, and articles in scope (list scope).
    pub counted: usize,
    pub total: usize,
    members: Vec<Membership>,
    /// Where each place is in `places` (list scope), so counting a batch is not a search.
    position: HashMap<String, usize>,
}

/// The least a zoomed map spans, in degrees of longitude and latitude, so a single place
/// still shows its surroundings.
const MIN_SPAN: (f64, f64) = (24.0, 12.0);
/// How much room is left around the places, as a share of their spread.
const PADDING: f64 = 0.25;

impl MapView {
    /// The map of an open article's places: its side-panel entries of the Places section,
    /// with the entry selected in the panel highlighted.
    #[must_use]
    pub fn of_article(panel: &[PanelItem], panel_selected: usize) -> Self {
        let places: Vec<MapPlace> = panel
            .iter()
            .enumerate()
            .filter(|(_, item)| item.section == Section::Places)
            .map(|(i, item)| MapPlace {
                name: item.label.clone(),
                info: item.place.clone(),
                count: item.count(),
                panel_item: Some(i),
            })
            .collect();
        let selected = places
            .iter()
            .position(|p| p.panel_item == Some(panel_selected))
            .unwrap_or(0);
        Self {
            scope: MapScope::Article,
            places,
            selected,
            offset: 0,
            zoomed: true,
            counted: 1,
            total: 1,
            members: Vec::new(),
            position: HashMap::new(),
        }
    }

    /// The map of every article in `view`, from what `index` holds so far; coordinates
    /// come from `book`.
    #[must_use]
    pub fn of_list(
        view: &[usize],
        article_count: usize,
        index: &EntityIndex,
        book: &PlaceBook,
    ) -> Self {
        let mut members = vec![Membership::Outside; article_count];
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut counted = 0;
        for &article in view {
            let Some(member) = members.get_mut(article) else {
                continue;
            };
            *member = Membership::Waiting;
            if let Some(found) = index.entities(article) {
                *member = Membership::Counted;
                counted += 1;
                for name in distinct_names(&found.places) {
                    // A name is copied once, when first seen, not once per article.
                    match counts.get_mut(name) {
                        Some(count) => *count += 1,
                        None => {
                            counts.insert(name.to_string(), 1);
                        }
                    }
                }
            }
        }
        let places = counts
            .into_iter()
            .map(|(name, count)| MapPlace {
                info: book.named(&name).cloned(),
                name,
                count,
                panel_item: None,
            })
            .collect();
        let mut map = Self {
            scope: MapScope::List,
            places,
            selected: 0,
            offset: 0,
            zoomed: false,
            counted,
            total: view.len(),
            members,
            position: HashMap::new(),
        };
        map.sort();
        map
    }

    /// Counts newly indexed articles (with their places) that are in the list, then
    /// sorts once. List scope only; articles counted before are left alone.
    pub fn add_indexed<'p>(&mut self, batch: impl IntoIterator<Item = (usize, &'p [Place])>) {
        if self.scope != MapScope::List {
            return;
        }
        let selected_name = self.places.get(self.selected).map(|p| p.name.clone());
        let mut changed = false;
        for (article, places) in batch {
            let Some(member) = self.members.get_mut(article) else {
                continue;
            };
            if *member != Membership::Waiting {
                continue;
            }
            *member = Membership::Counted;
            self.counted += 1;
            changed = true;
            self.count_places(places);
        }
        if !changed {
            return;
        }
        self.sort();
        if let Some(name) = selected_name {
            self.selected = self.position.get(&name).copied().unwrap_or(0);
        }
    }

    /// Adds one article's places: each distinct name counts once.
    fn count_places(&mut self, places: &[Place]) {
        for place in places {
            let at = match self.position.get(&place.name) {
                Some(&at) => at,
                None => {
                    self.places.push(MapPlace {
                        name: place.name.clone(),
                        info: None,
                        count: 0,
                        panel_item: None,
                    });
                    let at = self.places.len() - 1;
                    self.position.insert(place.name.clone(), at);
                    at
                }
            };
            let known = &mut self.places[at];
            if known.coords().is_none() && (place.coords.is_some() || known.info.is_none()) {
                known.info = Some(PlaceInfo::of(place));
            }
        }
        for name in distinct_names(places) {
            if let Some(&at) = self.position.get(name) {
                self.places[at].count += 1;
            }
        }
    }

    /// Whether some articles in scope are not counted yet.
    #[must_use]
    pub fn is_partial(&self) -> bool {
        self.counted < self.total
    }

    fn sort(&mut self) {
        self.places
            .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        for (at, place) in self.places.iter().enumerate() {
            if let Some(slot) = self.position.get_mut(&place.name) {
                *slot = at;
            } else {
                self.position.insert(place.name.clone(), at);
            }
        }
    }

    /// Moves the highlight by `delta` places, scrolling a legend of `height` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let last = self.places.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.keep_visible(height);
    }

    /// Scrolls the legend so the highlighted place is on screen.
    pub fn keep_visible(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.places.len().saturating_sub(height));
    }

    /// The longitude and latitude ranges to show: the whole world, or when zoomed the
    /// places with coordinates and some room around them.
    #[must_use]
    pub fn bounds(&self) -> ([f64; 2], [f64; 2]) {
        let world = ([-180.0, 180.0], [-90.0, 90.0]);
        let coords: Vec<(f64, f64)> = self.places.iter().filter_map(MapPlace::coords).collect();
        if !self.zoomed || coords.is_empty() {
            return world;
        }
        let (mut lat_min, mut lat_max) = (f64::MAX, f64::MIN);
        let (mut lon_min, mut lon_max) = (f64::MAX, f64::MIN);
        for (lat, lon) in coords {
            lat_min = lat_min.min(lat);
            lat_max = lat_max.max(lat);
            lon_min = lon_min.min(lon);
            lon_max = lon_max.max(lon);
        }
        let lon = padded(lon_min, lon_max, MIN_SPAN.0, 180.0);
        let lat = padded(lat_min, lat_max, MIN_SPAN.1, 90.0);
        (lon, lat)
    }
}

/// `min..max` widened by the padding and to at least `least`, kept within `±limit`.
fn padded(min: f64, max: f64, least: f64, limit: f64) -> [f64; 2] {
    let spread = ((max - min) * (1.0 + 2.0 * PADDING))
        .max(least)
        .min(2.0 * limit);
    let centre = f64::midpoint(min, max);
    let low = (centre - spread / 2.0).max(-limit);
    let high = (low + spread).min(limit);
    [high - spread, high]
}

/// Each place name once, in first-mention order.
fn distinct_names(places: &[Place]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for place in places {
        if !names.contains(&place.name.as_str()) {
            names.push(&place.name);
        }
    }
    names
}

#[cfg(test)]
mod tests;
