//! The world map itself: the land, rings sized by mentions for the list's map, and the
//! places' labels, placed so none runs into a more important one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Circle, Context, Map, MapResolution};

use super::MapOverlay;
use crate::app::map::{MapGlyphs, MapPlace, MapScope, MapView};
use crate::ui::fit;
use crate::ui::sanitize::display_width;

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

impl MapOverlay<'_> {
    pub(super) fn draw_canvas(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
