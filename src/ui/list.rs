//! The article list (left pane): per article an unread dot, a star when starred and the
//! title, then the configured details (publication date and source by default); the
//! selection, and the position in the border.
//!
//! Only the rows on screen are built, so a list of 100,000 articles draws as fast as 10.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::layout::inner;
use super::sanitize::display_width;
use super::{count_of, fit, themed_pane_block};
use crate::app::action::Action;
use crate::app::keymap::Context;
use crate::app::state::{AppState, LIST_ROWS_PER_ARTICLE, Pane};
use crate::article::Article;
use crate::config::ListDetail;

/// The list pane of an [`AppState`].
pub struct ListPane<'a> {
    state: &'a AppState,
}

impl<'a> ListPane<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn focused(&self) -> bool {
        self.state.focus == Pane::List
    }

    fn row_style(&self, row: usize) -> Style {
        match (row == self.state.selected, self.focused()) {
            (true, true) => self.state.theme.selected,
            (true, false) => self.state.theme.selected_unfocused,
            (false, _) => Style::new(),
        }
    }

    /// Draws list row `row`, which shows article `index`.
    fn render_article(&self, row: usize, index: usize, area: Rect, buf: &mut Buffer) {
        let Some(article) = self.state.articles.get(index) else {
            return;
        };
        let width = usize::from(area.width);
        let style = self.row_style(row);
        buf.set_style(area, style);
        let theme = &self.state.theme;
        let marks = self.state.marks_of(index);
        let unread = if marks.read {
            Span::styled(" ", style)
        } else {
            Span::styled("●", style.patch(theme.unread))
        };
        let star = if marks.starred {
            Span::styled("★", style.patch(theme.starred))
        } else {
            Span::styled(" ", style)
        };
        let title = Span::styled(fit(&article.title, width.saturating_sub(2)), style);
        buf.set_line(
            area.x,
            area.y,
            &Line::from(vec![unread, star, title]),
            area.width,
        );
        if area.height > 1 {
            let text = details(article, &self.state.list_details);
            let details = Line::styled(fit(&text, width.saturating_sub(2)), style).patch_style(
                if style == Style::new() {
                    theme.dim
                } else {
                    Style::new()
                },
            );
            buf.set_line(
                area.x + 2,
                area.y + 1,
                &details,
                area.width.saturating_sub(2),
            );
        }
    }

    fn render_empty(&self, area: Rect, buf: &mut Buffer) {
        let mut lines = vec![Line::from("No articles loaded.")];
        if self.state.problem_count() > 0 {
            let keys = self
                .state
                .keymap
                .keys_for(Action::ToggleLoadReport, Context::Global);
            lines.push(Line::from(""));
            lines.push(Line::styled(
                format!(
                    "{} could not be read: press {} for why.",
                    count_of(self.state.problem_count(), "file"),
                    keys.first().map_or("!", String::as_str)
                ),
                self.state.theme.warning,
            ));
        } else {
            lines.push(Line::styled(
                "Usage: dateline PATH...",
                self.state.theme.dim,
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

fn detail_text(article: &Article, detail: ListDetail) -> Option<String> {
    match detail {
        ListDetail::Date => article.date.map(|d| d.to_string()),
        ListDetail::Source => article.source.clone(),
        ListDetail::Author => article.byline.clone(),
        ListDetail::Path => Some(short_path(&article.path)),
        ListDetail::Format => Some(article.format.short_name().to_string()),
        ListDetail::Tags => Some(article.tags.join(", ")),
    }
}

/// The last two components of a path ("business/003.txt"): enough to tell files apart.
fn short_path(path: &std::path::Path) -> String {
    let parts: Vec<_> = path.components().rev().take(2).collect();
    parts
        .iter()
        .rev()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The second row of an article: the configured details joined ("2026-07-15 · Example
/// News" by default), or the file name when none has a value.
fn details(article: &Article, shown: &[ListDetail]) -> String {
    let parts: Vec<String> = shown
        .iter()
        .filter_map(|&detail| detail_text(article, detail))
        .filter(|text| !text.trim().is_empty())
        .collect();
    if parts.is_empty() {
        short_path(&article.path)
    } else {
        parts.join(" · ")
    }
}

impl Widget for &ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let total = self.state.view.len();
        let position = if total == 0 {
            " 0/0 ".to_string()
        } else {
            format!(" {}/{} ", self.state.selected + 1, total)
        };
        let mut block = themed_pane_block(Pane::List, self.focused(), &self.state.theme);
        if self.state.filter.is_active() {
            // Corners, the pane title, the gap between titles and the spaces around.
            let room = usize::from(area.width)
                .saturating_sub(2 + display_width(&format!(" ▶ {} ", Pane::List.title())) + 3);
            let filter = format!("/{}", self.state.filter.query);
            block = block.title(Line::styled(
                format!(" {} ", fit(&filter, room)),
                self.state.theme.prompt,
            ));
        }
        if let Some(sort) = self.state.sort.label() {
            block = block.title_bottom(Line::styled(format!(" {sort} "), self.state.theme.dim));
        }
        // Only when it fits between the corners.
        if position.len() + 2 <= usize::from(area.width) {
            block =
                block.title_bottom(Line::styled(position, self.state.theme.dim).right_aligned());
        }
        let body = inner(area);
        block.render(area, buf);
        if self.state.articles.is_empty() {
            self.render_empty(body, buf);
            return;
        }
        if total == 0 {
            let lines = vec![
                Line::from("No article matches the filter."),
                Line::styled("Esc clears it, / edits it.", self.state.theme.dim),
            ];
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .render(body, buf);
            return;
        }
        let rows = LIST_ROWS_PER_ARTICLE;
        let visible = usize::from(body.height / rows);
        let end = (self.state.list_offset + visible).min(total);
        for (slot, row) in (self.state.list_offset..end).enumerate() {
            let y = body.y + u16::try_from(slot).unwrap_or(0) * rows;
            let area = Rect::new(body.x, y, body.width, rows.min(body.bottom() - y));
            self.render_article(row, self.state.view[row], area, buf);
        }
    }
}

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}
