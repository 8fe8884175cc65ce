//! Highlights in the reader: an entity chosen in the panel, the map or the timeline, the
//! matches of the find prompt, and stepping through them with n/N.

use regex::RegexBuilder;

use super::navigation::{keep_panel_selection_visible, max_top};
use crate::app::document::Part;
use crate::app::overlays;
use crate::app::state::{AppState, Highlight, Mode, OpenArticle};
use crate::extract::Span;

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

pub(super) fn highlight_selected_entity(state: &mut AppState) {
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
pub(super) fn choose_in_overlay(state: &mut AppState) {
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

pub(super) fn step_match(state: &mut AppState, forward: bool) {
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

pub(super) fn start_find(state: &mut AppState) {
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

pub(super) fn confirm_find(state: &mut AppState) {
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
