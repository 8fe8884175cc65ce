//! What the keys do while the map or the timeline is shown: the part of `update` that
//! opens, switches, moves and closes them. Pure, like the rest of `update`.

use super::entities::Section;
use super::evidence::sentence_in;
use super::finding;
use super::map::{MapScope, MapView};
use super::ranking::entity_query;
use super::state::{AppState, Highlight, Mode};
use super::timeline;
use crate::extract::DateMention;
use crate::index::worker::IndexBatch;

/// Rows the map's legend shows at the current size.
fn legend_height(state: &AppState) -> usize {
    crate::ui::map::legend_height(state.area)
}

/// Rows the timeline's list shows at the current size.
fn timeline_height(state: &AppState) -> usize {
    crate::ui::timeline::list_height(state.area)
}

/// Shows the map of `scope`; the same key again closes it.
pub fn show_map(state: &mut AppState, scope: MapScope) {
    if state.mode == Mode::Map && state.map.as_ref().is_some_and(|m| m.scope == scope) {
        close(state);
        return;
    }
    let mut map = match scope {
        MapScope::Article => {
            let Some(open) = state.open.as_ref() else {
                state.message = Some("open an article first (M maps the whole list)".into());
                return;
            };
            MapView::of_article(&open.panel, open.panel_selected)
        }
        MapScope::List => MapView::of_list(
            &state.view,
            state.articles.len(),
            &state.index,
            &state.places,
        ),
    };
    map.keep_visible(legend_height(state));
    state.timeline = None;
    state.map = Some(map);
    state.mode = Mode::Map;
}

/// Shows the open article's timeline; the same key again closes it.
pub fn show_timeline(state: &mut AppState) {
    if state.mode == Mode::Timeline {
        close(state);
        return;
    }
    let Some((open, article)) = state.open_article() else {
        state.message = Some("open an article first (Enter in the list)".into());
        return;
    };
    let dates: Vec<DateMention> = open
        .panel
        .iter()
        .filter(|item| item.section == Section::Dates)
        .flat_map(|item| {
            let value = item.value.clone().unwrap_or_default();
            item.spans.iter().map(move |&span| DateMention {
                span,
                value: value.clone(),
                relative: false,
            })
        })
        .collect();
    let mut timeline = timeline::build(&article.text, &dates, article.date);
    for entry in &mut timeline.entries {
        entry.sentence = sentence_in(article, entry.span);
    }
    state.map = None;
    state.timeline = Some(timeline);
    state.mode = Mode::Timeline;
}

/// Closes the map or the timeline.
pub fn close(state: &mut AppState) {
    state.map = None;
    state.timeline = None;
    state.mode = Mode::Normal;
}

/// Moves the highlight on the map or the timeline by `delta`.
pub fn move_by(state: &mut AppState, delta: isize) {
    match state.mode {
        Mode::Map => {
            let height = legend_height(state);
            if let Some(map) = state.map.as_mut() {
                map.move_by(delta, height);
            }
        }
        Mode::Timeline => {
            let height = timeline_height(state);
            if let Some(timeline) = state.timeline.as_mut() {
                timeline.move_by(delta, height);
            }
        }
        _ => {}
    }
}

/// How far PageUp/PageDown move on the map or the timeline.
#[must_use]
pub fn page_size(state: &AppState) -> usize {
    match state.mode {
        Mode::Timeline => timeline_height(state),
        _ => legend_height(state),
    }
}

/// Keeps the highlight visible after a resize.
pub fn resized(state: &mut AppState) {
    let (legend, list) = (legend_height(state), timeline_height(state));
    if let Some(map) = state.map.as_mut() {
        map.keep_visible(legend);
    }
    if let Some(timeline) = state.timeline.as_mut() {
        timeline.keep_visible(list);
    }
}

pub fn toggle_zoom(state: &mut AppState) {
    if let Some(map) = state.map.as_mut() {
        map.zoomed = !map.zoomed;
    }
}

/// Enter on the map or the timeline: closes it and returns the highlight for the chosen
/// place (all its mentions, as Enter in the side panel gives) or date mention, for
/// `update` to set and scroll the reader to. On the list map a place belongs to no one
/// article: the list is filtered to the articles mentioning it instead, as the side
/// panel's filter key does, and nothing is highlighted.
pub fn choose(state: &mut AppState) -> Option<Highlight> {
    match state.mode {
        Mode::Map => {
            let map = state.map.as_ref()?;
            let place = map.places.get(map.selected)?;
            let Some(item) = place.panel_item else {
                let query = entity_query(Section::Places, &place.name);
                close(state);
                finding::filter_by(state, query);
                return None;
            };
            close(state);
            let open = state.open.as_mut()?;
            open.panel_selected = item;
            let item = open.panel.get(item)?;
            Some(Highlight {
                label: item.label.clone(),
                spans: item.spans.clone(),
                current: 0,
            })
        }
        Mode::Timeline => {
            let timeline = state.timeline.as_ref()?;
            let entry = timeline.entries.get(timeline.selected)?;
            let highlight = Highlight {
                label: format!("{} → {}", entry.written, entry.value),
                spans: vec![entry.span],
                current: 0,
            };
            close(state);
            Some(highlight)
        }
        _ => None,
    }
}

/// Learns the place details of a newly indexed batch, and counts its articles on an open
/// list map.
pub fn indexed(state: &mut AppState, batch: &IndexBatch) {
    let articles = batch.items.iter().map(|item| (item.index, &item.entities));
    for (article, entities) in articles.clone() {
        state.places.learn(article, &entities.places);
    }
    if let Some(map) = state.map.as_mut() {
        map.add_indexed(articles.map(|(article, entities)| (article, entities.places.as_slice())));
    }
}
