//! Rendering: draws an [`AppState`] and never changes it.
//!
//! `impl Widget for &AppState` lays the screen out with [`layout::screen_layout`] and hands
//! each area to one pane widget ([`list`], [`reader`], [`panel`], [`status`]), then draws any
//! overlay ([`help`], [`report`], [`map`], [`timeline`]). Every string from outside goes
//! through [`sanitize`] before it reaches a cell.

pub mod entities_view;
pub mod evidence;
pub mod help;
pub mod layout;
pub mod list;
pub mod map;
pub mod panel;
pub mod reader;
pub mod report;
pub mod sanitize;
pub mod status;
pub mod theme;
pub mod timeline;
pub mod wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};
use unicode_segmentation::UnicodeSegmentation;

use crate::app::state::{AppState, Mode, Pane};
use sanitize::{display_width, sanitize};
use theme::Theme;

impl Widget for &AppState {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(screen) = layout::screen_layout(area) else {
            too_small(area, buf, &self.theme);
            return;
        };
        list::ListPane::new(self).render(screen.list, buf);
        reader::ReaderPane::new(self).render(screen.reader, buf);
        panel::PanelPane::new(self).render(screen.panel, buf);
        status::StatusBar::new(self).render(screen.status, buf);
        match self.mode {
            Mode::Help => help::HelpOverlay::new(self).render(area, buf),
            Mode::LoadReport => report::ReportOverlay::new(self).render(area, buf),
            Mode::Entities => entities_view::EntitiesOverlay::new(self).render(area, buf),
            Mode::Map => map::MapOverlay::new(self).render(area, buf),
            Mode::Timeline => timeline::TimelineOverlay::new(self).render(area, buf),
            Mode::Normal | Mode::Find | Mode::Filter => {}
        }
    }
}

/// The notice shown instead of the panes when the terminal is below the minimum size.
fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.warning),
        Line::styled(
            format!("need {}x{}", layout::MIN_WIDTH, layout::MIN_HEIGHT),
            theme.dim,
        ),
        Line::styled(format!("now {}x{}", area.width, area.height), theme.dim),
    ];
    let height = u16::try_from(text.len()).unwrap_or(u16::MAX);
    let centred = layout::centered(area, area.width, height);
    Paragraph::new(text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(centred, buf);
}

/// The bordered block of a pane in `theme`; the focused pane gets a thick coloured border
/// and a highlighted title, so it is plain which pane the keys go to.
#[must_use]
pub fn themed_pane_block(pane: Pane, focused: bool, theme: &Theme) -> Block<'static> {
    let block = Block::bordered();
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(theme.border_focused)
            .title(Line::styled(
                format!(" ▶ {} ", pane.title()),
                theme.title_focused,
            ))
    } else {
        block
            .border_type(BorderType::Plain)
            .border_style(theme.border)
            .title(Line::styled(format!(" {} ", pane.title()), theme.title))
    }
}

/// `text` sanitized and cut to at most `width` columns, ending in `…` when cut.
#[must_use]
pub fn fit(text: &str, width: usize) -> String {
    let clean = sanitize(text);
    if display_width(&clean) <= width {
        return clean.into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in clean.graphemes(true) {
        let w = display_width(grapheme);
        if used + w + 1 > width {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// "1 file", "3 files": a count with its noun in the right number.
#[must_use]
pub fn count_of(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// A styled piece of untrusted text, made safe to draw.
#[must_use]
pub fn safe_span(text: &str, style: ratatui::style::Style) -> Span<'static> {
    Span::styled(sanitize(text).into_owned(), style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        assert_eq!(fit("Kunming", 10), "Kunming");
        assert_eq!(fit("Kunming", 5), "Kunm…");
        assert_eq!(fit("東京都", 4), "東…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("\u{1b}[2J", 3), "␛[…");
    }
}
