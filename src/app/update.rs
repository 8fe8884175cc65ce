//! The one place state changes: `update(&mut AppState, Action) -> Option<Effect>`.
//!
//! Pure: no I/O and no terminal, so every key's behaviour is a plain unit test. Anything
//! rendering needs to know in advance (wrapped lines, scroll offsets that keep the
//! selection visible) is computed here, because rendering cannot change the state.

use std::sync::Arc;

use ratatui::layout::Rect;
use regex::RegexBuilder;

use super::action::{Action, Effect};
use super::document::Part;
use super::effects::{self, Outcome};
use super::entities::PanelRow;
use super::finding;
use super::map::MapScope;
use super::marks;
use super::overlays;
use super::state::{AppState, Highlight, Mode, OpenArticle, Pane};
use crate::extract::Span;
use crate::index::worker::IndexBatch;

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

/// Notes that the background indexer has work, so progress shows in the status bar.
pub fn indexing_started(state: &mut AppState) {
    state.indexing = !index_is_complete(state);
}

/// Whether every loaded article is in the index.
pub(crate) fn index_is_complete(state: &AppState) -> bool {
    state.index.indexed_count() >= state.articles.live_count()
}

/// Adds a batch from the background indexer to the index; the indexer is done when every
/// article is in. A result for an article that was since replaced or removed (its file
/// changed while it was indexed) is dropped: the new version is indexed in its turn.
pub fn apply_indexed(state: &mut AppState, batch: IndexBatch) {
    let indexed_before = state.index.indexed_count();
    for item in &batch.items {
        let current = state
            .articles
            .shared(item.index)
            .is_some_and(|article| Arc::ptr_eq(article, &item.article));
        if current {
            state
                .index
                .add(item.index, &item.article.text, &item.entities);
        }
    }
    overlays::indexed(state, &batch);
    if index_is_complete(state) {
        state.indexing = false;
    }
    finding::index_grew(state, indexed_before);
}

/// Notes that the indexer stopped (its channel closed), finished or not.
pub fn indexing_stopped(state: &mut AppState) {
    state.indexing = false;
}

fn resize(state: &mut AppState, width: u16, height: u16) {
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
fn page_size(state: &AppState) -> isize {
    let rows = match state.focus {
        _ if matches!(state.mode, Mode::Map | Mode::Timeline) => overlays::page_size(state),
        Pane::List => state.list_capacity(),
        Pane::Reader => state.reader_height().saturating_sub(1),
        Pane::Panel => state.panel_height(),
    };
    isize::try_from(rows.max(1)).unwrap_or(1)
}

fn move_by(state: &mut AppState, delta: isize) {
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

fn move_pane(state: &mut AppState, pane: Pane, delta: isize) {
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

fn keep_panel_selection_visible(open: &mut OpenArticle, height: usize) {
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

fn jump_paragraph(state: &mut AppState, forward: bool) {
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

fn open_selected(state: &mut AppState) {
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
fn open_neighbour(state: &mut AppState, step: isize) {
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

/// Scrolls the reader so the line holding `span` is on screen (a third of the way down
/// when it has to move).
fn reveal(open: &mut OpenArticle, span: Span, height: usize) {
    let Some(line) = open.document.line_of_offset(span.start) else {
        return;
    };
    if line < open.top || line >= open.top + height {
        open.top = line.saturating_sub(height / 3).min(max_top(open, height));
    }
}

fn highlight_selected_entity(state: &mut AppState) {
    let height = state.reader_height();
    let Some(open) = state.open.as_mut() else {
        return;
    };
    let Some(item) = open.panel.get(open.panel_selected) else {
        return;
    };
    let highlight = Highlight {
        label: item.label.clone(),
        spans: item.spans.clone(),
        current: 0,
    };
    state.message = Some(format!(
        "{}: {} — n/N to step",
        item.label,
        crate::ui::count_of(item.count(), "mention")
    ));
    if let Some(&first) = highlight.spans.first() {
        reveal(open, first, height);
    }
    open.highlight = Some(highlight);
}

/// Enter on the map or the timeline: back to the reader with the chosen place or date
/// highlighted there.
fn choose_in_overlay(state: &mut AppState) {
    let Some(highlight) = overlays::choose(state) else {
        return;
    };
    let (height, panel_height) = (state.reader_height(), state.panel_height());
    let Some(open) = state.open.as_mut() else {
        return;
    };
    keep_panel_selection_visible(open, panel_height);
    state.message = Some(format!(
        "{}: {} — n/N to step",
        highlight.label,
        crate::ui::count_of(highlight.spans.len(), "mention")
    ));
    if let Some(&first) = highlight.spans.first() {
        reveal(open, first, height);
    }
    open.highlight = Some(highlight);
}

fn step_match(state: &mut AppState, forward: bool) {
    let height = state.reader_height();
    let Some(open) = state.open.as_mut() else {
        return;
    };
    let Some(highlight) = open.highlight.as_mut() else {
        state.message = Some("nothing highlighted: Enter on an entity, or / to find".into());
        return;
    };
    let count = highlight.spans.len();
    if count == 0 {
        return;
    }
    highlight.current = if forward {
        (highlight.current + 1) % count
    } else {
        (highlight.current + count - 1) % count
    };
    let span = highlight.spans[highlight.current];
    state.message = Some(format!(
        "{} {}/{}",
        highlight.label,
        highlight.current + 1,
        count
    ));
    reveal(open, span, height);
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

fn start_find(state: &mut AppState) {
    if state.open.is_none() {
        state.message = Some("open an article first (Enter in the list)".into());
        return;
    }
    state.mode = Mode::Find;
    state.find_input.clear();
}

/// Every case-insensitive occurrence of `query` inside the shown parts of the article.
fn find_matches(state: &AppState, query: &str) -> Vec<Span> {
    let Some((open, article)) = state.open_article() else {
        return Vec::new();
    };
    let Ok(pattern) = RegexBuilder::new(&regex::escape(query))
        .case_insensitive(true)
        .build()
    else {
        return Vec::new();
    };
    let shown: Vec<Span> = open
        .document
        .lines
        .iter()
        .filter(|l| l.part.in_article_text())
        .map(|l| l.span)
        .collect();
    pattern
        .find_iter(&article.text)
        .map(|m| Span::new(m.start(), m.end()))
        .filter(|m| shown.iter().any(|l| l.start <= m.start && m.start < l.end))
        .collect()
}

fn confirm_find(state: &mut AppState) {
    state.mode = Mode::Normal;
    let query = state.find_input.trim().to_string();
    if query.is_empty() {
        return;
    }
    let matches = find_matches(state, &query);
    let height = state.reader_height();
    let Some(open) = state.open.as_mut() else {
        return;
    };
    if matches.is_empty() {
        open.highlight = None;
        state.message = Some(format!("no matches for “{query}”"));
        return;
    }
    let top_offset = open
        .document
        .lines
        .iter()
        .skip(open.top)
        .find(|l| matches!(l.part, Part::Caption | Part::Credit | Part::Body(_)))
        .map_or(0, |l| l.span.start);
    let current = matches
        .iter()
        .position(|m| m.start >= top_offset)
        .unwrap_or(0);
    state.message = Some(format!("/{query}: {} matches — n/N to step", matches.len()));
    reveal(open, matches[current], height);
    open.highlight = Some(Highlight {
        label: format!("/{query}"),
        spans: matches,
        current,
    });
}

fn toggle_overlay(state: &mut AppState, overlay: Mode) {
    state.overlay_scroll = 0;
    state.mode = if state.mode == overlay {
        Mode::Normal
    } else {
        overlay
    };
}

fn click(state: &mut AppState, pane: Pane, row: usize) {
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
                state.list_offset + row / usize::from(super::state::LIST_ROWS_PER_ARTICLE);
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

/// The article the export, open, view and copy keys act on: the open one, else the one
/// selected in the list.
fn current_article(state: &mut AppState) -> Option<usize> {
    let index = state
        .open
        .as_ref()
        .map(|open| open.index)
        .or_else(|| state.selected_article());
    if index.is_none() {
        state.message = Some("no article to act on".into());
    }
    index
}

fn export_markdown(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let entities = state
        .index
        .entities(index)
        .unwrap_or_else(|| (state.extractor)(&article.text, article.date));
    Some(Effect::WriteMarkdown {
        stem: effects::file_stem(&article.title),
        contents: crate::export::article_markdown(article, &entities),
    })
}

fn open_external(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let target = effects::open_target(article.url.as_deref(), &article.path);
    state.message = Some(format!("opening {target}"));
    Some(Effect::OpenExternal(target))
}

fn view_file(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    Some(Effect::ViewFile(state.articles.get(index)?.path.clone()))
}

fn copy_link(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let link = article
        .url
        .clone()
        .unwrap_or_else(|| article.path.display().to_string());
    state.message = Some(format!("copied “{}” and {link}", article.title));
    Some(Effect::CopyToClipboard(format!(
        "{}\n{link}",
        article.title
    )))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::app::keymap::Keymap;
    use crate::article::{Article, Format, Loaded, TextEncoding};
    use crate::extract::Span;

    fn state(url: Option<&str>) -> AppState {
        let text = "Trains left Kunming on Friday.";
        let article = Article {
            record_id: "a".to_string(),
            path: PathBuf::from("news/a.txt"),
            format: Format::Text,
            encoding: TextEncoding::Utf8,
            title: "Night Train".to_string(),
            byline: None,
            date: None,
            source: None,
            url: url.map(str::to_string),
            tags: Vec::new(),
            body: vec![Span::new(0, text.len())],
            text: text.to_string(),
            caption: None,
            credit: None,
        };
        let loaded = Loaded {
            articles: vec![article],
            problems: Vec::new(),
        };
        AppState::new(loaded, Keymap::default())
    }

    #[test]
    fn export_asks_for_a_markdown_file_named_after_the_title() {
        let mut state = state(None);
        let Some(Effect::WriteMarkdown { stem, contents }) =
            update(&mut state, Action::ExportMarkdown)
        else {
            panic!("an export effect");
        };
        assert_eq!(stem, "night-train");
        assert!(contents.contains("# Night Train"), "{contents}");
        assert!(
            contents.contains("- Kunming"),
            "with its entities: {contents}"
        );
    }

    #[test]
    fn open_prefers_the_url_and_falls_back_to_the_file() {
        let mut with_url = state(Some("https://example.org/train"));
        assert_eq!(
            update(&mut with_url, Action::OpenExternal),
            Some(Effect::OpenExternal("https://example.org/train".into()))
        );
        let mut without = state(None);
        let Some(Effect::OpenExternal(target)) = update(&mut without, Action::OpenExternal) else {
            panic!("an open effect");
        };
        assert!(target.ends_with("news/a.txt") && PathBuf::from(&target).is_absolute());
    }

    #[test]
    fn view_and_copy_act_on_the_open_article() {
        let mut state = state(Some("https://example.org/train"));
        update(&mut state, Action::OpenArticle);
        assert_eq!(
            update(&mut state, Action::ViewFile),
            Some(Effect::ViewFile(PathBuf::from("news/a.txt")))
        );
        assert_eq!(
            update(&mut state, Action::CopyLink),
            Some(Effect::CopyToClipboard(
                "Night Train\nhttps://example.org/train".into()
            ))
        );
        assert!(
            state
                .message
                .as_deref()
                .is_some_and(|m| m.contains("copied"))
        );
        effect_done(&mut state, Ok("saved to ./night-train.md".into()));
        assert_eq!(state.message.as_deref(), Some("saved to ./night-train.md"));
    }

    #[test]
    fn with_no_articles_there_is_nothing_to_do() {
        let mut state = AppState::new(Loaded::default(), Keymap::default());
        for action in [
            Action::ExportMarkdown,
            Action::OpenExternal,
            Action::ViewFile,
            Action::CopyLink,
        ] {
            assert_eq!(update(&mut state, action), None);
            assert!(state.message.is_some());
        }
    }
}
