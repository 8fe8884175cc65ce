//! The help overlay: every key binding, grouped by where it applies, generated from the
//! key map so it always tells the truth.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use super::layout::centered;
use super::status::overlay_hints;
use super::theme::{THEME, Theme};
use crate::app::keymap::Keymap;
use crate::app::state::AppState;

/// Width of the key column.
const KEY_COLUMN: usize = 16;

/// The help text: a heading per context, then one line per action with its keys.
#[must_use]
pub fn help_lines(keymap: &Keymap) -> Vec<Line<'static>> {
    themed_help_lines(keymap, &THEME)
}

/// [`help_lines`] in `theme`.
#[must_use]
pub fn themed_help_lines(keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (context, rows) in keymap.sections() {
        if rows.is_empty() {
            continue;
        }
        lines.push(Line::styled(context.title(), theme.heading));
        for (action, keys) in rows {
            lines.push(Line::from(vec![
                Span::raw(format!("  {:<KEY_COLUMN$}", keys.join(" "))),
                Span::styled(action.describe(), theme.dim),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled("Mouse", theme.heading));
    lines.push(Line::from(vec![
        Span::raw(format!("  {:<KEY_COLUMN$}", "wheel")),
        Span::styled("scroll the pane under the pointer", theme.dim),
    ]));
    lines.push(Line::from(vec![
        Span::raw(format!("  {:<KEY_COLUMN$}", "click")),
        Span::styled("focus the pane and select the row", theme.dim),
    ]));
    lines
}

/// The help overlay of an [`AppState`].
pub struct HelpOverlay<'a> {
    state: &'a AppState,
}

impl<'a> HelpOverlay<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }
}

impl Widget for &HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.state.theme;
        let lines = themed_help_lines(&self.state.keymap, theme);
        let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let popup = centered(area, 60, height.min(area.height.saturating_sub(2)));
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border_focused)
            .title(Line::styled(" Keys ", theme.title_focused))
            .title_bottom(
                Line::styled(overlay_hints(&self.state.keymap), theme.dim).right_aligned(),
            );
        let scroll = u16::try_from(self.state.overlay_scroll).unwrap_or(u16::MAX);
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll, 0))
            .render(popup, buf);
    }
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_in_the_help() {
        let keymap = Keymap::default();
        let text: Vec<String> = help_lines(&keymap)
            .iter()
            .map(ToString::to_string)
            .collect();
        for (context, rows) in keymap.sections() {
            assert!(text.contains(&context.title().to_string()), "{context:?}");
            for (action, keys) in rows {
                let line = format!("  {:<KEY_COLUMN$}{}", keys.join(" "), action.describe());
                assert!(text.contains(&line), "missing: {line}");
            }
        }
    }
}
