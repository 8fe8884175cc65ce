//! The load-report overlay: every file (or line) that could not be loaded, and why.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::count_of;
use super::layout::{centered, inner};
use super::sanitize::sanitize;
use super::status::overlay_hints;
use super::wrap::wrap_str;
use crate::app::state::AppState;

/// The load-report overlay of an [`AppState`].
pub struct ReportOverlay<'a> {
    state: &'a AppState,
}

impl<'a> ReportOverlay<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    /// Each problem wrapped to `width`, starting at the scrolled-to problem, continuation
    /// lines indented. Only as many problems as fit are wrapped.
    fn lines(&self, width: usize, height: usize) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        for problem in self.state.problems.iter().skip(self.state.overlay_scroll) {
            let text = sanitize(&problem.to_string()).into_owned();
            for (i, span) in wrap_str(&text, width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let prefix = if i == 0 { "• " } else { "  " };
                let shown = text.get(span.start..span.end).unwrap_or("");
                lines.push(Line::from(format!("{prefix}{shown}")));
            }
            if lines.len() >= height {
                break;
            }
        }
        lines
    }
}

impl Widget for &ReportOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 90, area.height.saturating_sub(2));
        Clear.render(popup, buf);
        let count = self.state.problem_count();
        let title = if count == 0 {
            " Load report: every file loaded ".to_string()
        } else {
            format!(" Load report: {} not loaded ", count_of(count, "file"))
        };
        Block::bordered()
            .border_type(BorderType::Double)
            .border_style(self.state.theme.border_focused)
            .title(Line::styled(title, self.state.theme.title_focused))
            .title_bottom(
                Line::styled(overlay_hints(&self.state.keymap), self.state.theme.dim)
                    .right_aligned(),
            )
            .render(popup, buf);
        let body = inner(popup);
        let lines = self.lines(usize::from(body.width), usize::from(body.height));
        for (y, line) in (body.y..body.bottom()).zip(&lines) {
            buf.set_line(body.x, y, line, body.width);
        }
    }
}

impl Widget for ReportOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}
