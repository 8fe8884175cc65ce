//! The one place state changes: `update(&mut AppState, Action) -> Option<Effect>`.
//!
//! Pure: no I/O and no terminal, so every key's behaviour is a plain unit test. Anything
//! rendering needs to know in advance (wrapped lines, scroll offsets that keep the
//! selection visible) is computed here, because rendering cannot change the state.

use super::action::{Action, Effect};
use super::effects::Outcome;
use super::finding;
use super::map::MapScope;
use super::marks;
use super::overlays;
use super::state::{AppState, Mode, Pane};

mod highlight;
mod indexing;
mod navigation;
mod outside;
#[cfg(test)]
mod tests;

use highlight::{
    choose_in_overlay, confirm_find, highlight_selected_entity, start_find, step_match,
};
pub(crate) use indexing::index_is_complete;
pub use indexing::{apply_indexed, indexing_started, indexing_stopped};
use navigation::{
    click, jump_paragraph, move_by, move_pane, open_neighbour, open_selected, page_size, resize,
};
pub(crate) use navigation::{max_top, select_article};
use outside::{copy_link, export_markdown, open_external, view_file};

/// Lines or rows one turn of the mouse wheel moves.
const WHEEL_STEP: isize = 3;

/// Applies `action` to `state`; returns what the event loop must do, if anything.
/// Any change to the reading state (read, starred, the open article's position) asks for
/// a save.
pub fn update(state: &mut AppState, action: Action) -> Option<Effect> {
    let revision = state.marks_revision;
    let effect = apply(state, action);
    marks::remember_position(state);
    match effect {
        None if state.marks_revision != revision => Some(Effect::SaveState),
        other => other,
    }
}

fn apply(state: &mut AppState, action: Action) -> Option<Effect> {
    if !matches!(action, Action::Resize { .. }) {
        state.message = None;
    }
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::DebugPanic => panic!("debug_panic: a crash asked for to test the terminal restore"),
        Action::Resize { width, height } => resize(state, width, height),
        Action::FocusNext => state.focus = state.focus.next(),
        Action::FocusPrev => state.focus = state.focus.prev(),
        Action::MoveDown => move_by(state, 1),
        Action::MoveUp => move_by(state, -1),
        Action::PageDown => move_by(state, page_size(state)),
        Action::PageUp => move_by(state, -page_size(state)),
        Action::Top => move_by(state, isize::MIN / 2),
        Action::Bottom => move_by(state, isize::MAX / 2),
        Action::NextParagraph => jump_paragraph(state, true),
        Action::PrevParagraph => jump_paragraph(state, false),
        Action::OpenArticle => open_selected(state),
        Action::NextArticle => open_neighbour(state, 1),
        Action::PrevArticle => open_neighbour(state, -1),
        Action::HighlightEntity if matches!(state.mode, Mode::Map | Mode::Timeline) => {
            choose_in_overlay(state);
        }
        Action::HighlightEntity => highlight_selected_entity(state),
        Action::NextMatch => step_match(state, true),
        Action::PrevMatch => step_match(state, false),
        Action::Cancel => cancel(state),
        Action::StartFind => start_find(state),
        Action::FindInput(c) if state.mode == Mode::Filter => finding::filter_input(state, c),
        Action::FindInput(c) => state.find_input.push(c),
        Action::FindBackspace if state.mode == Mode::Filter => finding::filter_backspace(state),
        Action::FindBackspace => {
            state.find_input.pop();
        }
        Action::FindConfirm if state.mode == Mode::Filter => finding::confirm_filter(state),
        Action::FindConfirm => confirm_find(state),
        Action::ToggleHelp => toggle_overlay(state, Mode::Help),
        Action::ToggleLoadReport => toggle_overlay(state, Mode::LoadReport),
        Action::ToggleRead => {
            marks::toggle_read(state);
            super::view::marks_changed(state);
        }
        Action::ToggleStar => {
            marks::toggle_star(state);
            super::view::marks_changed(state);
        }
        Action::ExportMarkdown => return export_markdown(state),
        Action::OpenExternal => return open_external(state),
        Action::ViewFile => return view_file(state),
        Action::CopyLink => return copy_link(state),
        Action::ShowMap => overlays::show_map(state, MapScope::Article),
        Action::ShowListMap => overlays::show_map(state, MapScope::List),
        Action::ShowTimeline => overlays::show_timeline(state),
        Action::ToggleMapZoom => overlays::toggle_zoom(state),
        Action::Click { pane, row } => click(state, pane, usize::from(row)),
        Action::Scroll { down, .. } if matches!(state.mode, Mode::Map | Mode::Timeline) => {
            // The panes are hidden: the wheel moves the highlight, one place or date a turn.
            overlays::move_by(state, if down { 1 } else { -1 });
        }
        Action::Scroll { pane, down } => {
            let step = if down { WHEEL_STEP } else { -WHEEL_STEP };
            move_pane(state, pane, step);
        }
        Action::StartFilter => finding::start_filter(state),
        Action::CycleSort => finding::cycle_sort(state),
        Action::FlipSort => finding::flip_sort(state),
        Action::FilterByEntity if state.mode == Mode::Entities => {
            finding::filter_by_ranked_entity(state);
        }
        Action::FilterByEntity => finding::filter_by_panel_entity(state),
        Action::ToggleEntities => finding::toggle_entities(state),
        Action::NextColumn => finding::switch_entities_column(state, true),
        Action::PrevColumn => finding::switch_entities_column(state, false),
    }
    None
}

pub use marks::state_written;

/// Shows `message` in the status bar (a failed save, for one).
pub fn report(state: &mut AppState, message: String) {
    state.message = Some(message);
}

/// Shows what performing an effect did (or why it failed) in the status bar.
pub fn effect_done(state: &mut AppState, outcome: Outcome) {
    state.message = Some(match outcome {
        Ok(message) | Err(message) => message,
    });
}

fn cancel(state: &mut AppState) {
    match state.mode {
        Mode::Normal => {
            let highlight = state.open.as_mut().and_then(|o| o.highlight.take());
            if highlight.is_none() && state.focus == Pane::List && state.filter.is_active() {
                finding::clear_filter(state);
            }
        }
        Mode::Filter => finding::clear_filter(state),
        Mode::Find | Mode::Help | Mode::LoadReport | Mode::Entities => state.mode = Mode::Normal,
        Mode::Map | Mode::Timeline => overlays::close(state),
    }
}

fn toggle_overlay(state: &mut AppState, overlay: Mode) {
    state.overlay_scroll = 0;
    state.mode = if state.mode == overlay {
        Mode::Normal
    } else {
        overlay
    };
}
