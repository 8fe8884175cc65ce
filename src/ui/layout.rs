//! Screen geometry: one pure function from the terminal size to where each pane goes.
//!
//! Rendering, mouse hit-testing and `update` (which needs the reader's text width to wrap,
//! and each pane's height to page and scroll) all call [`screen_layout`], so they can never
//! disagree about where things are.

use ratatui::layout::{Position, Rect};

use crate::app::state::Pane;

/// Below this size the panes cannot show anything useful; a notice is shown instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Columns of blank space between the reader's border and its text, on each side.
const READER_PADDING: u16 = 1;

/// Where each part of the screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub list: Rect,
    pub reader: Rect,
    pub panel: Rect,
    /// The bottom line: status bar, or the find prompt while typing.
    pub status: Rect,
}

impl ScreenLayout {
    /// The outer rectangle (with border) of `pane`.
    #[must_use]
    pub fn pane(&self, pane: Pane) -> Rect {
        match pane {
            Pane::List => self.list,
            Pane::Reader => self.reader,
            Pane::Panel => self.panel,
        }
    }

    /// The pane under a screen position, if any.
    #[must_use]
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let at = Position::new(column, row);
        [Pane::List, Pane::Reader, Pane::Panel]
            .into_iter()
            .find(|&pane| self.pane(pane).contains(at))
    }

    /// Where the reader's text goes: inside the border and the padding.
    #[must_use]
    pub fn reader_text(&self) -> Rect {
        reader_text_area(self.reader)
    }
}

/// Where the text goes inside a reader pane drawn at `reader`.
#[must_use]
pub fn reader_text_area(reader: Rect) -> Rect {
    inner(reader).inner(ratatui::layout::Margin::new(READER_PADDING, 0))
}

/// The area inside a pane's one-cell border.
#[must_use]
pub fn inner(rect: Rect) -> Rect {
    rect.inner(ratatui::layout::Margin::new(1, 1))
}

/// `share` percent of `total`, kept within `min..=max`.
fn share_of(total: u16, share: u16, min: u16, max: u16) -> u16 {
    let part = u32::from(total) * u32::from(share) / 100;
    u16::try_from(part).unwrap_or(max).clamp(min, max)
}

/// Lays out the screen, or `None` when `area` is smaller than [`MIN_WIDTH`] x [`MIN_HEIGHT`].
#[must_use]
pub fn screen_layout(area: Rect) -> Option<ScreenLayout> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let panes_height = area.height - 1;
    let list_width = share_of(area.width, 27, 12, 60);
    let panel_width = share_of(area.width, 23, 12, 50);
    let reader_width = area.width - list_width - panel_width;
    let row = |x: u16, width: u16| Rect::new(area.x + x, area.y, width, panes_height);
    Some(ScreenLayout {
        list: row(0, list_width),
        reader: row(list_width, reader_width),
        panel: row(list_width + reader_width, panel_width),
        status: Rect::new(area.x, area.y + panes_height, area.width, 1),
    })
}

/// A rectangle of at most `width` x `height` centred in `area`.
#[must_use]
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_tile_the_screen() {
        for (w, h) in [(40, 10), (80, 24), (200, 50), (400, 120)] {
            let layout = screen_layout(Rect::new(0, 0, w, h)).expect("big enough");
            assert_eq!(
                layout.list.width + layout.reader.width + layout.panel.width,
                w
            );
            assert!(layout.reader.width >= layout.list.width);
            assert_eq!(layout.status.y, h - 1);
        }
    }

    #[test]
    fn too_small_has_no_layout() {
        assert!(screen_layout(Rect::new(0, 0, 20, 5)).is_none());
        assert!(screen_layout(Rect::new(0, 0, 39, 30)).is_none());
    }

    #[test]
    fn hit_testing_finds_the_pane() {
        let layout = screen_layout(Rect::new(0, 0, 100, 30)).expect("big enough");
        assert_eq!(layout.pane_at(0, 0), Some(Pane::List));
        assert_eq!(layout.pane_at(50, 10), Some(Pane::Reader));
        assert_eq!(layout.pane_at(99, 28), Some(Pane::Panel));
        assert_eq!(layout.pane_at(50, 29), None);
    }
}
