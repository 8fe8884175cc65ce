//! The map overlay: places on ratatui's built-in world map (a `Canvas` with its `Map`
//! shape, no network), numbered markers with labels, the highlighted place drawn last and
//! in the selection style, and a legend listing every place by number.
//!
//! The overlay covers the panes (the status line stays). Wide screens get the legend on
//! the right, tall narrow ones under the map, and tiny ones the legend alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::layout::inner;
use super::theme::Theme;
use super::{count_of, fit};
use crate::app::action::Action;
use crate::app::keymap::{Context as KeyContext, Keymap};
use crate::app::map::{MapScope, MapView};
use crate::app::state::AppState;

mod canvas;
mod legend;

/// Where the parts of the map overlay go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapLayout {
    /// The bordered overlay.
    pub outer: Rect,
    pub canvas: Option<Rect>,
    /// The note line and the numbered list of places.
    pub legend: Rect,
    /// What is known of the highlighted place.
    pub detail: Option<Rect>,
}

/// The overlay's area: the screen without the status line.
#[must_use]
pub fn overlay_area(screen: Rect) -> Rect {
    Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    }
}

/// Lays out the map overlay on a screen of `screen`'s size.
#[must_use]
pub fn map_layout(screen: Rect) -> MapLayout {
    let outer = overlay_area(screen);
    let body = inner(outer);
    let split_column = |column: Rect| {
        if column.height >= 12 {
            let detail = 5.min(column.height / 3);
            let legend = Rect {
                height: column.height - detail,
                ..column
            };
            let below = Rect {
                y: column.y + legend.height,
                height: detail,
                ..column
            };
            (legend, Some(below))
        } else {
            (column, None)
        }
    };
    if body.width >= 56 && body.height >= 6 {
        let side = (body.width / 3).clamp(22, 40);
        let canvas = Rect {
            width: body.width - side - 1,
            ..body
        };
        let column = Rect {
            x: body.right() - side,
            width: side,
            ..body
        };
        let (legend, detail) = split_column(column);
        MapLayout {
            outer,
            canvas: Some(canvas),
            legend,
            detail,
        }
    } else if body.height >= 14 && body.width >= 20 {
        let below = (body.height / 3).max(4);
        let canvas = Rect {
            height: body.height - below,
            ..body
        };
        let legend = Rect {
            y: body.y + canvas.height,
            height: below,
            ..body
        };
        MapLayout {
            outer,
            canvas: Some(canvas),
            legend,
            detail: None,
        }
    } else {
        MapLayout {
            outer,
            canvas: None,
            legend: body,
            detail: None,
        }
    }
}

/// Rows of places the legend shows on a screen of `screen`'s size (below its note line).
#[must_use]
pub fn legend_height(screen: Rect) -> usize {
    usize::from(map_layout(screen).legend.height.saturating_sub(1).max(1))
}

/// "j/k move  Enter show in article  Esc close": an overlay's hints, from the key map.
#[must_use]
pub fn overlay_hints(keymap: &Keymap, context: KeyContext, groups: &[(&[Action], &str)]) -> String {
    groups
        .iter()
        .filter_map(|(actions, label)| {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|&a| keymap.keys_for(a, context).into_iter().next())
                .collect();
            (!keys.is_empty()).then(|| format!("{} {label}", keys.join("/")))
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// The map overlay of an [`AppState`].
pub struct MapOverlay<'a> {
    state: &'a AppState,
}

impl<'a> MapOverlay<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn theme(&self) -> &Theme {
        &self.state.theme
    }

    fn title(&self, map: &MapView) -> String {
        let frame = if map.zoomed { "zoomed" } else { "world" };
        match map.scope {
            MapScope::Article => {
                let title = self
                    .state
                    .open_article()
                    .map_or("", |(_, article)| article.title.as_str());
                format!(" Map · {} · {frame} ", fit(title, 60))
            }
            MapScope::List => format!(
                " Map · the list's {} · {frame} ",
                count_of(map.total, "article")
            ),
        }
    }

    fn hints(&self, map: &MapView) -> String {
        let enter = match map.scope {
            MapScope::Article => "show in article",
            MapScope::List => "list its articles",
        };
        overlay_hints(
            &self.state.keymap,
            KeyContext::Map,
            &[
                (&[Action::MoveDown, Action::MoveUp], "move"),
                (&[Action::HighlightEntity], enter),
                (&[Action::ToggleMapZoom], "zoom"),
                (&[Action::ShowMap, Action::ShowListMap], "article/list"),
                (&[Action::Cancel], "close"),
            ],
        )
    }
}

impl Widget for &MapOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let Some(map) = self.state.map.as_ref() else {
            return;
        };
        let layout = map_layout(screen);
        let theme = self.theme();
        Clear.render(layout.outer, buf);
        Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border_focused)
            .title(Line::styled(self.title(map), theme.title_focused))
            .title_bottom(Line::styled(format!(" {} ", self.hints(map)), theme.dim).right_aligned())
            .render(layout.outer, buf);
        if let Some(canvas) = layout.canvas {
            self.draw_canvas(map, canvas, buf);
        }
        self.draw_legend(map, layout.legend, buf);
        if let Some(detail) = layout.detail {
            self.draw_detail(map, detail, buf);
        }
    }
}

impl Widget for MapOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_has_a_legend_and_big_ones_a_map() {
        for (w, h) in [(40, 10), (60, 30), (80, 24), (120, 40), (300, 100)] {
            let layout = map_layout(Rect::new(0, 0, w, h));
            assert!(layout.legend.height >= 1, "{w}x{h}");
            assert!(layout.outer.contains(layout.legend.as_position()));
        }
        assert!(map_layout(Rect::new(0, 0, 40, 10)).canvas.is_none());
        let wide = map_layout(Rect::new(0, 0, 120, 40));
        let canvas = wide.canvas.expect("a map");
        assert!(canvas.right() < wide.legend.x, "side by side");
        assert!(wide.detail.is_some());
    }
}
