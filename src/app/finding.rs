//! What the finding keys do to the state: the list's filter prompt, sorting, filtering by
//! a side-panel entity, and the entities view. Called from `update`; pure like it.

use super::entities::Section;
use super::ranking::{EntitiesView, entity_query};
use super::state::{AppState, Mode, Pane};
use super::view::{self, Sort};

/// Opens the filter prompt over the list, holding the filter applied now.
pub fn start_filter(state: &mut AppState) {
    state.mode = Mode::Filter;
    state.focus = Pane::List;
    state.filter.error = None;
}

/// A key typed into the filter prompt: the list follows at once.
pub fn filter_input(state: &mut AppState, c: char) {
    let mut input = state.filter.input.clone();
    input.push(c);
    view::set_filter_input(state, input);
}

pub fn filter_backspace(state: &mut AppState) {
    let mut input = state.filter.input.clone();
    input.pop();
    view::set_filter_input(state, input);
}

/// Enter in the filter prompt: keeps the filter and closes the prompt, unless the query
/// is malformed (then the prompt stays open with the reason under it).
pub fn confirm_filter(state: &mut AppState) {
    if let Some(error) = &state.filter.error {
        state.message = Some(format!("fix the filter or Esc to clear: {error}"));
        return;
    }
    state.mode = Mode::Normal;
    announce_matches(state);
}

/// Esc in the filter prompt, or in the list with no highlight to clear: every article
/// is shown again.
pub fn clear_filter(state: &mut AppState) {
    state.mode = Mode::Normal;
    if state.filter.is_active() || !state.filter.input.is_empty() {
        view::clear_filter(state);
        state.message = Some("filter cleared".into());
    }
}

fn announce_matches(state: &mut AppState) {
    if state.filter.is_active() {
        let count = crate::ui::count_of(state.view.len(), "article");
        state.message = Some(format!("/{}: {count}", state.filter.query));
    }
}

/// Sorts by the next key (file order, date, title, source), keeping the direction.
pub fn cycle_sort(state: &mut AppState) {
    let sort = Sort {
        key: state.sort.key.next(),
        ..state.sort
    };
    view::set_sort(state, sort);
    announce_sort(state);
}

/// Reverses the sort direction.
pub fn flip_sort(state: &mut AppState) {
    let sort = Sort {
        descending: !state.sort.descending,
        ..state.sort
    };
    view::set_sort(state, sort);
    announce_sort(state);
}

fn announce_sort(state: &mut AppState) {
    let label = state.sort.label().unwrap_or_else(|| "file order".into());
    state.message = Some(format!("sorted by {label}"));
}

/// Filters the list to the articles mentioning an entity, through the query prompt so
/// the list shows what is applied.
pub(super) fn filter_by(state: &mut AppState, query: String) {
    view::set_filter_input(state, query);
    state.mode = Mode::Normal;
    state.focus = Pane::List;
    if let Some(error) = state.filter.error.clone() {
        state.message = Some(error);
        return;
    }
    announce_matches(state);
    if state.indexing
        && let Some(message) = state.message.as_mut()
    {
        message.push_str(" so far (indexing)");
    }
}

/// The key on a side-panel entity: the list shows every article that mentions it.
pub fn filter_by_panel_entity(state: &mut AppState) {
    let Some(open) = state.open.as_ref() else {
        state.message = Some("open an article first (Enter in the list)".into());
        return;
    };
    let Some(item) = open.panel.get(open.panel_selected) else {
        state.message = Some("no entity selected".into());
        return;
    };
    let name = match item.section {
        Section::Dates => item.value.clone().unwrap_or_default(),
        Section::Places | Section::Sources => item.label.clone(),
    };
    if name.is_empty() || name == "(unattributed)" {
        state.message = Some("nothing to filter by: this quote has no speaker".into());
        return;
    }
    let query = entity_query(item.section, &name);
    filter_by(state, query);
}

/// Opens (or closes) the entities view over the articles the list shows.
pub fn toggle_entities(state: &mut AppState) {
    if state.mode == Mode::Entities {
        state.mode = Mode::Normal;
        return;
    }
    state.entities = Some(EntitiesView::new(state));
    state.mode = Mode::Entities;
}

/// Enter in the entities view: the list shows every article mentioning the selected row.
pub fn filter_by_ranked_entity(state: &mut AppState) {
    let Some(query) = state
        .entities
        .as_ref()
        .and_then(EntitiesView::focused)
        .and_then(|column| column.selected_query())
    else {
        state.message = Some("nothing to filter by".into());
        return;
    };
    filter_by(state, query);
}

/// Moves in the entities view: rows within a column, or between columns.
pub fn move_in_entities(state: &mut AppState, delta: isize) {
    if let Some(entities) = state.entities.as_mut() {
        entities.move_by(delta);
    }
}

pub fn switch_entities_column(state: &mut AppState, forward: bool) {
    if let Some(entities) = state.entities.as_mut() {
        entities.switch_column(forward);
    }
}

/// After the indexer added a batch: the filter and the open entities view catch up
/// (at every 5% of progress and at the end).
pub fn index_grew(state: &mut AppState, indexed_before: usize) {
    view::index_grew(state, indexed_before);
    if state.mode == Mode::Entities
        && view::worth_recounting(state, indexed_before)
        && let Some(mut entities) = state.entities.take()
    {
        entities.recount(state);
        state.entities = Some(entities);
    }
}
