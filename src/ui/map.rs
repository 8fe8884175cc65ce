//! The map overlay: places on ratatui's built-in world map (a `Canvas` with its `Map`
//! shape, no network), numbered markers with labels, the highlighted place drawn last and
//! in the selection style, and a legend listing every place by number.
//!
//! The overlay covers the panes (the status line stays). Wide screens get the legend on
//! the right, tall narrow ones under the map, and tiny ones the legend alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Circle, Context, Map, MapResolution};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::evidence::rule;
use super::layout::inner;
use super::sanitize::display_width;
use super::theme::Theme;
use super::{count_of, fit, wrap};
use crate::app::action::Action;
use crate::app::evidence::describe_place;
use crate::app::keymap::{Context as KeyContext, Keymap};
use crate::app::map::{MapGlyphs, MapPlace, MapScope, MapView};
use crate::app::state::AppState;

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

fn ratatui_marker(glyphs: MapGlyphs) -> Marker {
    match glyphs {
        MapGlyphs::Braille => Marker::Braille,
        MapGlyphs::HalfBlock => Marker::HalfBlock,
        MapGlyphs::Dot => Marker::Dot,
    }
}

/// Widens `bounds` so a degree of latitude and of longitude look alike on cells about
/// twice as tall as they are wide, within the world.
fn fit_aspect(bounds: ([f64; 2], [f64; 2]), area: Rect) -> ([f64; 2], [f64; 2]) {
    let ([west, east], [south, north]) = bounds;
    let (width, height) = (f64::from(area.width.max(1)), f64::from(area.height.max(1)));
    let (lon_span, lat_span) = (east - west, north - south);
    let lat_wanted = lon_span * 2.0 * height / width;
    let grow = |low: f64, high: f64, span: f64, limit: f64| {
        let span = span.min(2.0 * limit);
        let centre = f64::midpoint(low, high);
        let low = (centre - span / 2.0).max(-limit);
        let high = (low + span).min(limit);
        [high - span, high]
    };
    if lat_wanted > lat_span {
        ([west, east], grow(south, north, lat_wanted, 90.0))
    } else {
        let lon_wanted = lat_span * width / (2.0 * height);
        (grow(west, east, lon_wanted, 180.0), [south, north])
    }
}

/// How a marker shows on the map: its number, and the name when there is room for names.
fn marker_label(number: usize, place: &MapPlace, named: bool) -> String {
    let name = if named {
        format!(" {}", fit(&place.name, 24))
    } else {
        String::new()
    };
    format!("●{number}{name}")
}

/// The cell of `area` where the canvas puts a label at `(lon, lat)`, as ratatui computes it.
fn label_cell(
    (lon, lat): (f64, f64),
    (x_bounds, y_bounds): ([f64; 2], [f64; 2]),
    area: Rect,
) -> Option<(u16, u16)> {
    let inside =
        (x_bounds[0]..=x_bounds[1]).contains(&lon) && (y_bounds[0]..=y_bounds[1]).contains(&lat);
    if !inside || area.width == 0 || area.height == 0 {
        return None;
    }
    let columns = f64::from(area.width - 1) / (x_bounds[1] - x_bounds[0]);
    let rows = f64::from(area.height - 1) / (y_bounds[1] - y_bounds[0]);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // within the area
    Some((
        ((lon - x_bounds[0]) * columns) as u16,
        ((y_bounds[1] - lat) * rows) as u16,
    ))
}

/// The labels to print, lowest priority first so the highlighted place ends up on top.
/// Going from the highlighted place down the list, each gets its full label where it does
/// not run into a label already placed, else just its number, else nothing (its spot is
/// under a more important label).
fn plan_labels(
    map: &MapView,
    bounds: ([f64; 2], [f64; 2]),
    area: Rect,
    named: bool,
) -> Vec<(usize, String)> {
    let mut priority: Vec<usize> = (0..map.places.len()).collect();
    priority.sort_by_key(|&i| i != map.selected);
    let mut taken: Vec<(u16, u16, u16)> = Vec::new();
    let free = |taken: &[(u16, u16, u16)], x: u16, y: u16, width: u16| {
        taken
            .iter()
            .all(|&(ty, from, to)| ty != y || x + width <= from || x >= to)
    };
    let mut plan = Vec::new();
    for i in priority {
        let place = &map.places[i];
        let Some((x, y)) = place
            .coords()
            .and_then(|(lat, lon)| label_cell((lon, lat), bounds, area))
        else {
            continue;
        };
        let selected = i == map.selected;
        let candidates = if selected || i < 30 {
            vec![
                marker_label(i + 1, place, named || selected),
                marker_label(i + 1, place, false),
            ]
        } else {
            vec!["•".to_string()]
        };
        let room = area.width - x;
        let chosen = candidates.into_iter().find(|label| {
            let width = u16::try_from(display_width(label))
                .unwrap_or(u16::MAX)
                .min(room);
            free(&taken, x, y, width)
        });
        if let Some(label) = chosen {
            let width = u16::try_from(display_width(&label))
                .unwrap_or(u16::MAX)
                .min(room);
            taken.push((y, x, x + width));
            plan.push((i, label));
        }
    }
    plan.reverse();
    plan
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

    fn draw_canvas(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
        let (x_bounds, y_bounds) = if map.zoomed {
            fit_aspect(map.bounds(), area)
        } else {
            map.bounds()
        };
        let resolution = if map.zoomed || (area.width >= 60 && area.height >= 16) {
            MapResolution::High
        } else {
            MapResolution::Low
        };
        let theme = self.theme();
        // Canvas shapes take a colour, not a style: without one (NO_COLOR) they are drawn
        // in the terminal's own colour, and the labels' styles keep the places apart.
        let land = theme.dim.fg.unwrap_or(Color::Reset);
        let marker_colour = theme.heading.fg.unwrap_or(Color::Reset);
        let on_map = map.places.iter().filter(|p| p.coords().is_some()).count();
        let named = map.scope == MapScope::Article && on_map <= 12;
        let most = map.places.first().map_or(1, |p| p.count.max(1));
        // A cell's width in degrees: circles are sized in cells.
        let cell = (x_bounds[1] - x_bounds[0]) / f64::from(area.width.max(1));
        let labels = plan_labels(map, (x_bounds, y_bounds), area, named);
        let paint = |ctx: &mut Context| {
            ctx.draw(&Map {
                resolution,
                color: land,
            });
            ctx.layer();
            if map.scope == MapScope::List {
                // Rings sized by how many articles mention the place.
                for place in map.places.iter().filter(|p| p.count > 1) {
                    let Some((lat, lon)) = place.coords() else {
                        continue;
                    };
                    #[allow(clippy::cast_precision_loss)] // counts are far below 2^52
                    let share = (place.count as f64 / most as f64).sqrt();
                    let radius = cell * (1.0 + 2.0 * share);
                    ctx.draw(&Circle::new(lon, lat, radius, marker_colour));
                }
            }
            for (i, label) in &labels {
                let Some((lat, lon)) = map.places[*i].coords() else {
                    continue;
                };
                let style = if *i == map.selected {
                    theme.selected
                } else {
                    theme.heading
                };
                ctx.print(lon, lat, Line::styled(label.clone(), style));
            }
        };
        Canvas::default()
            .marker(ratatui_marker(self.state.map_glyphs))
            .x_bounds(x_bounds)
            .y_bounds(y_bounds)
            .paint(paint)
            .render(area, buf);
    }

    fn note(&self, map: &MapView, width: usize) -> Line<'static> {
        let theme = self.theme();
        let off_map = map.places.iter().filter(|p| p.coords().is_none()).count();
        let mut text = count_of(map.places.len(), "place");
        if off_map > 0 {
            text.push_str(&format!(" · {off_map} off the map"));
        }
        if map.scope == MapScope::List && map.is_partial() {
            return Line::styled(
                fit(
                    &format!(
                        "indexing: {} of {} counted · {text}",
                        map.counted, map.total
                    ),
                    width,
                ),
                theme.warning,
            );
        }
        Line::styled(fit(&text, width), theme.dim)
    }

    fn legend_row(&self, map: &MapView, index: usize, width: usize) -> Line<'static> {
        let theme = self.theme();
        let place = &map.places[index];
        let glyph = if place.coords().is_some() {
            "●"
        } else {
            "–"
        };
        let count = format!(" ×{}", place.count);
        let head = format!("{:>2} {glyph} ", index + 1);
        let room = width.saturating_sub(display_width(&head) + display_width(&count));
        let name = fit(&place.name, room);
        let gap = room.saturating_sub(display_width(&name));
        let name = format!("{name}{}", " ".repeat(gap));
        if index == map.selected {
            return Line::styled(format!("{head}{name}{count}"), theme.selected);
        }
        Line::from(vec![
            Span::styled(head, theme.heading),
            Span::raw(name),
            Span::styled(count, theme.dim),
        ])
    }

    fn draw_legend(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        buf.set_line(area.x, area.y, &self.note(map, width), area.width);
        let rows = (map.offset..map.places.len()).take(usize::from(area.height.saturating_sub(1)));
        for (y, index) in (area.y + 1..).zip(rows) {
            buf.set_line(area.x, y, &self.legend_row(map, index, width), area.width);
        }
    }

    fn draw_detail(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
        let theme = self.theme();
        let Some(place) = map.places.get(map.selected) else {
            return;
        };
        let width = usize::from(area.width);
        let mut lines = vec![rule(
            &fit(&place.name, width.saturating_sub(4)),
            width,
            theme,
        )];
        let mut add = |text: &str, style: Style| {
            for span in wrap::wrap_str(text, width.max(1)) {
                lines.push(Line::from(super::safe_span(
                    text.get(span.start..span.end).unwrap_or(""),
                    style,
                )));
            }
        };
        match place.info.as_ref() {
            Some(info) => {
                add(&describe_place(info), theme.dim);
                if let Some(reading) = &info.reading {
                    add(reading, theme.prompt);
                }
            }
            None => add("no coordinates known yet", theme.dim),
        }
        if map.scope == MapScope::List {
            add(
                &format!("mentioned in {}", count_of(place.count, "article")),
                theme.dim,
            );
        }
        for (y, line) in (area.y..area.bottom()).zip(&lines) {
            buf.set_line(area.x, y, line, area.width);
        }
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

    #[test]
    fn aspect_keeps_degrees_square_within_the_world() {
        let area = Rect::new(0, 0, 80, 20);
        let (lon, lat) = fit_aspect(([100.0, 124.0], [19.0, 31.0]), area);
        assert_eq!(lon, [100.0, 124.0]);
        assert!((lat[1] - lat[0] - 24.0 * 2.0 * 20.0 / 80.0).abs() < 1e-9);
        let (_, lat) = fit_aspect(([-180.0, 180.0], [80.0, 90.0]), area);
        assert!(lat[1] <= 90.0 && lat[0] >= -90.0);
    }
}
