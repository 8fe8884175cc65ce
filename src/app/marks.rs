//! The reading marks `update` keeps: read, starred, and where the open article is
//! scrolled to. Every change bumps `AppState::marks_revision`, which is how `update` knows
//! to ask the event loop for a save.

use super::state::{AppState, Pane};
use crate::store::{Position, SavedState};

/// Takes in the state just written: later changes are measured against it. When another
/// dateline wrote the file meanwhile (`others_wrote`), the loaded articles take the marks
/// it wrote; otherwise the written marks are already the ones in memory, and looking up
/// every article again (100,000 keys on each save) would change nothing.
pub fn state_written(state: &mut AppState, written: SavedState, others_wrote: bool) {
    state.saved = written;
    state.marked.clear();
    if others_wrote {
        state.apply_saved_marks(0..state.articles.len());
    }
}

/// Records where the open article is scrolled to, so it reopens there. Positions are
/// anchors (part and byte offset), so they hold at any width.
pub(super) fn remember_position(state: &mut AppState) {
    let Some(open) = state.open.as_ref() else {
        return;
    };
    let position = match open.top {
        0 => None,
        top => open.document.anchor(top).map(Position::from_anchor),
    };
    let index = open.index;
    if state.positions.get(&index).copied() != position {
        match position {
            Some(position) => state.positions.insert(index, position),
            None => state.positions.remove(&index),
        };
        state.marks_changed_at(index);
    }
}

/// The article that marking acts on: the selected one while the list has focus, else the
/// open one (or the selected one when none is open).
fn marking_target(state: &AppState) -> Option<usize> {
    match (state.focus, state.open.as_ref()) {
        (Pane::List, _) | (_, None) => state.selected_article(),
        (_, Some(open)) => Some(open.index),
    }
}

pub(super) fn toggle_read(state: &mut AppState) {
    let Some(index) = marking_target(state) else {
        return;
    };
    if let Some(read) = state.read.get_mut(index) {
        *read = !*read;
        let read = *read;
        state.marks_changed_at(index);
        state.message = Some(if read { "marked read" } else { "marked unread" }.into());
    }
}

pub(super) fn toggle_star(state: &mut AppState) {
    let Some(index) = marking_target(state) else {
        return;
    };
    if let Some(starred) = state.starred.get_mut(index) {
        *starred = !*starred;
        let starred = *starred;
        state.marks_changed_at(index);
        state.message = Some(if starred { "starred" } else { "unstarred" }.into());
    }
}
