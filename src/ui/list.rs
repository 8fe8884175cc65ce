//! The article list (left pane): per article a read mark and the title, then the
//! publication date and source; the selection, and the position in the border.
//!
//! Only the rows on screen are built, so a list of 100,000 articles draws as fast as 10.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::layout::inner;
use super::sanitize::display_width;
use super::theme::THEME;
use super::{count_of, fit, pane_block};
use crate::app::action::Action;
use crate::app::keymap::Context;
use crate::app::state::{AppState, LIST_ROWS_PER_ARTICLE, Pane};
use crate::article::Article;

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
            (true, true) => THEME.selected,
            (true, false) => THEME.selected_unfocused,
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
        let read = self.state.read.get(index).copied().unwrap_or(false);
        let mark = if read {
            Span::styled("  ", style)
        } else {
            Span::styled("● ", style.patch(THEME.unread))
        };
        let title = Span::styled(fit(&article.title, width.saturating_sub(2)), style);
        buf.set_line(area.x, area.y, &Line::from(vec![mark, title]), area.width);
        if area.height > 1 {
            let details = Line::styled(fit(&details(article), width.saturating_sub(2)), style)
                .patch_style(if style == Style::new() {
                    THEME.dim
                } else {
                    Style::new()
                });
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
                THEME.warning,
            ));
        } else {
            lines.push(Line::styled("Usage: dateline PATH...", THEME.dim));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
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

/// The second row of an article: "2026-07-15 · Example News", or the file name.
fn details(article: &Article) -> String {
    let date = article.date.map(|d| d.to_string());
    let parts: Vec<String> = [date, article.source.clone()]
        .into_iter()
        .flatten()
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
        let mut block = pane_block(Pane::List, self.focused());
        if self.state.filter.is_active() {
            // Corners, the pane title, the gap between titles and the spaces around.
            let room = usize::from(area.width)
                .saturating_sub(2 + display_width(&format!(" ▶ {} ", Pane::List.title())) + 3);
            let filter = format!("/{}", self.state.filter.query);
            block = block.title(Line::styled(
                format!(" {} ", fit(&filter, room)),
                THEME.prompt,
            ));
        }
        if let Some(sort) = self.state.sort.label() {
            block = block.title_bottom(Line::styled(format!(" {sort} "), THEME.dim));
        }
        // Only when it fits between the corners.
        if position.len() + 2 <= usize::from(area.width) {
            block = block.title_bottom(Line::styled(position, THEME.dim).right_aligned());
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
                Line::styled("Esc clears it, / edits it.", THEME.dim),
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
