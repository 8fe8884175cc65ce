//! The overlay's side: the note, the numbered list of places, and what is known of the
//! highlighted one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::MapOverlay;
use crate::app::evidence::describe_place;
use crate::app::map::{MapScope, MapView};
use crate::ui::evidence::rule;
use crate::ui::sanitize::display_width;
use crate::ui::{count_of, fit, wrap};

impl MapOverlay<'_> {
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

    pub(super) fn draw_legend(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        buf.set_line(area.x, area.y, &self.note(map, width), area.width);
        let rows = (map.offset..map.places.len()).take(usize::from(area.height.saturating_sub(1)));
        for (y, index) in (area.y + 1..).zip(rows) {
            buf.set_line(area.x, y, &self.legend_row(map, index, width), area.width);
        }
    }

    pub(super) fn draw_detail(&self, map: &MapView, area: Rect, buf: &mut Buffer) {
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
                lines.push(Line::from(crate::ui::safe_span(
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
