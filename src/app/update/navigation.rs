//! Moving around: resizing, scrolling and paging each pane and overlay, opening articles
//! from the list, and clicks, keeping the selection visible as it moves.

use ratatui::layout::Rect;

use crate::app::entities::PanelRow;
use crate::app::finding;
use crate::app::overlays;
use crate::app::state::{AppState, Mode, OpenArticle, Pane};

pub(super) fn resize(state: &mut AppState, width: u16, height: u16) {
    state.area = Rect::new(0, 0, width, height);
    let wrap_width = state.reader_width();
    let reader_height = state.reader_height();
    if let Some(open) = state.open.as_mut()
        && let Some(article) = state.articles.get(open.index)
    {
        let anchor = open.document.anchor(open.top);
        open.document.rewrap(article, wrap_width);
        open.top = anchor.map_or(0, |a| open.document.line_of_anchor(a));
        open.top = open.top.min(max_top(open, reader_height));
    }
    select_article(state, state.selected);
    let panel_height = state.panel_height();
    if let Some(open) = state.open.as_mut() {
        keep_panel_selection_visible(open, panel_height);
    }
    overlays::resized(state);
}

/// How far PageUp/PageDown move in the focused pane: a screenful, less one line of context
/// in the reader.
pub(super) fn page_size(state: &AppState) -> isize {
    let rows = match state.focus {
        _ if matches!(state.mode, Mode::Map | Mode::Timeline) => overlays::page_size(state),
        Pane::List => state.list_capacity(),
        Pane::Reader => state.reader_height().saturating_sub(1),
        Pane::Panel => state.panel_height(),
    };
    isize::try_from(rows.max(1)).unwrap_or(1)
}

pub(super) fn move_by(state: &mut AppState, delta: isize) {
    match state.mode {
        Mode::Help | Mode::LoadReport => {
            let len = overlay_len(state);
            state.overlay_scroll = offset_by(state.overlay_scroll, delta, len.saturating_sub(1));
        }
        Mode::Normal | Mode::Find | Mode::Filter => move_pane(state, state.focus, delta),
        Mode::Entities => finding::move_in_entities(state, delta),
        Mode::Map | Mode::Timeline => overlays::move_by(state, delta),
    }
}

fn overlay_len(state: &AppState) -> usize {
    match state.mode {
        Mode::Help => crate::ui::help::help_lines(&state.keymap).len(),
        _ => state.problems.len(),
    }
}

/// `value + delta`, kept within `0..=max`.
fn offset_by(value: usize, delta: isize, max: usize) -> usize {
    value.saturating_add_signed(delta).min(max)
}

pub(super) fn move_pane(state: &mut AppState, pane: Pane, delta: isize) {
    match pane {
        Pane::List => select_article(state, state.selected.saturating_add_signed(delta)),
        Pane::Reader => {
            let height = state.reader_height();
            if let Some(open) = state.open.as_mut() {
                open.top = offset_by(open.top, delta, max_top(open, height));
            }
        }
        Pane::Panel => {
            let height = state.panel_height();
            if let Some(open) = state.open.as_mut() {
                let last = open.panel.len().saturating_sub(1);
                open.panel_selected = offset_by(open.panel_selected, delta, last);
                keep_panel_selection_visible(open, height);
            }
        }
    }
}

/// Selects list row `row` (clamped) and scrolls the list so it is visible.
pub(crate) fn select_article(state: &mut AppState, row: usize) {
    let capacity = state.list_capacity();
    state.selected = row.min(state.view.len().saturating_sub(1));
    if state.selected < state.list_offset {
        state.list_offset = state.selected;
    } else if state.selected >= state.list_offset + capacity {
        state.list_offset = state.selected + 1 - capacity;
    }
    let last_page_start = state.view.len().saturating_sub(capacity);
    state.list_offset = state.list_offset.min(last_page_start);
}

/// The furthest the reader can scroll: the last line at the bottom of the pane.
pub(crate) fn max_top(open: &OpenArticle, height: usize) -> usize {
    open.document.lines.len().saturating_sub(height)
}

pub(super) fn keep_panel_selection_visible(open: &mut OpenArticle, height: usize) {
    let Some(row) = open.row_of_item(open.panel_selected) else {
        open.panel_offset = 0;
        return;
    };
    // Show the section heading along with the first item of a section.
    let wanted_top = match row.checked_sub(1).map(|r| open.panel_rows[r]) {
        Some(PanelRow::Heading(_)) => row - 1,
        _ => row,
    };
    if wanted_top < open.panel_offset {
        open.panel_offset = wanted_top;
    } else if row >= open.panel_offset + height {
        open.panel_offset = row + 1 - height;
    }
    let last_start = open.panel_rows.len().saturating_sub(height);
    open.panel_offset = open.panel_offset.min(last_start);
}

pub(super) fn jump_paragraph(state: &mut AppState, forward: bool) {
    let height = state.reader_height();
    let Some(open) = state.open.as_mut() else {
        return;
    };
    let target = if forward {
        open.document.next_paragraph(open.top)
    } else {
        open.document.prev_paragraph(open.top)
    };
    if let Some(line) = target {
        open.top = line.min(max_top(open, height));
    }
}

pub(super) fn open_selected(state: &mut AppState) {
    let Some(index) = state.selected_article() else {
        return;
    };
    if state.open.as_ref().is_some_and(|o| o.index == index) {
        state.focus = Pane::Reader;
        return;
    }
    if let Some(mut open) = state.prepare(index) {
        if let Some(position) = state.positions.get(&index).copied() {
            let line = open.document.line_of_anchor(position.anchor());
            open.top = line.min(max_top(&open, state.reader_height()));
        }
        state.open = Some(open);
        if let Some(read) = state.read.get_mut(index).filter(|read| !**read) {
            *read = true;
            state.marks_changed_at(index);
        }
        state.focus = Pane::Reader;
    }
}

/// Selects and opens the article `step` places from the selected one, if there is one.
pub(super) fn open_neighbour(state: &mut AppState, step: isize) {
    let Some(row) = state
        .selected
        .checked_add_signed(step)
        .filter(|&r| r < state.view.len())
    else {
        state.message = Some("no more articles".into());
        return;
    };
    select_article(state, row);
    open_selected(state);
}

pub(super) fn click(state: &mut AppState, pane: Pane, row: usize) {
    if state.mode != Mode::Normal {
        return;
    }
    state.focus = pane;
    let rows_shown = match pane {
        // Below the panel's rows is the evidence of the selected entry.
        Pane::Panel => state.panel_height(),
        _ => state.layout().map_or(0, |l| {
            usize::from(crate::ui::layout::inner(l.pane(pane)).height)
        }),
    };
    if row >= rows_shown {
        // On the border: focus only.
        return;
    }
    match pane {
        Pane::List => {
            let list_row =
                state.list_offset + row / usize::from(crate::app::state::LIST_ROWS_PER_ARTICLE);
            if list_row < state.view.len() {
                select_article(state, list_row);
            }
        }
        Pane::Reader => {}
        Pane::Panel => {
            let height = state.panel_height();
            if let Some(open) = state.open.as_mut()
                && let Some(&PanelRow::Item(item)) = open.panel_rows.get(open.panel_offset + row)
            {
                open.panel_selected = item;
                keep_panel_selection_visible(open, height);
            }
        }
    }
}
