//! The timeline overlay: the open article's dates in chronological order, one row each
//! (value, the words as written, the start of its sentence), the publication date on its
//! own line at the top and as a marker where it falls in the sequence, and the whole
//! sentence of the selected date under the list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::evidence::{rule, sentence_lines};
use super::layout::inner;
use super::map::{overlay_area, overlay_hints};
use super::sanitize::display_width;
use super::theme::Theme;
use super::{count_of, fit};
use crate::app::action::Action;
use crate::app::evidence::flatten;
use crate::app::keymap::Context as KeyContext;
use crate::app::state::AppState;
use crate::app::timeline::{Timeline, TimelineEntry, TimelineRow};
use crate::article::Article;
use crate::extract::Date;

/// Where the parts of the timeline overlay go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineLayout {
    pub outer: Rect,
    /// The publication line.
    pub header: Rect,
    pub list: Rect,
    /// The selected date's sentence.
    pub detail: Option<Rect>,
}

/// Lays out the timeline overlay on a screen of `screen`'s size.
#[must_use]
pub fn timeline_layout(screen: Rect) -> TimelineLayout {
    let outer = overlay_area(screen);
    let body = inner(outer);
    let header = Rect {
        height: body.height.min(1),
        ..body
    };
    let rest = Rect {
        y: body.y + header.height,
        height: body.height - header.height,
        ..body
    };
    if rest.height < 9 {
        return TimelineLayout {
            outer,
            header,
            list: rest,
            detail: None,
        };
    }
    let detail_height = (rest.height / 3).clamp(3, 8);
    let list = Rect {
        height: rest.height - detail_height,
        ..rest
    };
    let detail = Rect {
        y: rest.y + list.height,
        height: detail_height,
        ..rest
    };
    TimelineLayout {
        outer,
        header,
        list,
        detail: Some(detail),
    }
}

/// Rows of the list on a screen of `screen`'s size.
#[must_use]
pub fn list_height(screen: Rect) -> usize {
    usize::from(timeline_layout(screen).list.height.max(1))
}

/// "2026-11-24 (Tuesday)".
fn day_name(date: Date) -> String {
    format!("{date} ({})", date.strftime("%A"))
}

/// The start of `entry`'s sentence, cut to `width` columns so the mention shows: when the
/// mention is far in, the sentence is shown from a little before it.
fn snippet(text: &str, entry: &TimelineEntry, width: usize) -> String {
    let (flat, at) = flatten(text, entry.sentence, entry.span);
    // As much of the words before the mention as leaves room for it and a few after.
    let lead = (width * 2 / 3)
        .saturating_sub(display_width(&entry.written))
        .max(8);
    let before = flat.get(..at.start).unwrap_or("");
    if display_width(before) + display_width(&entry.written) <= width.saturating_sub(1) {
        return fit(&flat, width);
    }
    let mut from = at.start;
    let mut used = 0;
    for (i, c) in before.char_indices().rev() {
        used += display_width(c.encode_utf8(&mut [0; 4]));
        if used > lead {
            break;
        }
        from = i;
    }
    // Start at a word, not inside one.
    if let Some(space) = flat.get(from..at.start).and_then(|s| s.find(' ')) {
        from += space + 1;
    }
    fit(&format!("…{}", flat.get(from..).unwrap_or("")), width)
}

/// The timeline overlay of an [`AppState`].
pub struct TimelineOverlay<'a> {
    state: &'a AppState,
}

impl<'a> TimelineOverlay<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn hints(&self) -> String {
        overlay_hints(
            &self.state.keymap,
            KeyContext::Timeline,
            &[
                (&[Action::MoveDown, Action::MoveUp], "move"),
                (&[Action::HighlightEntity], "show in article"),
                (&[Action::ShowMap], "map"),
                (&[Action::Cancel], "close"),
            ],
        )
    }

    fn theme(&self) -> &Theme {
        &self.state.theme
    }

    fn header(&self, timeline: &Timeline) -> Line<'static> {
        let theme = self.theme();
        let count = count_of(timeline.entries.len(), "date");
        match timeline.published {
            Some(date) => Line::from(vec![
                Span::styled(format!("Published {}", day_name(date)), theme.prompt),
                Span::styled(format!(" · {count}"), theme.dim),
            ]),
            None => Line::styled(
                format!("Publication date unknown: relative dates could not be placed · {count}"),
                theme.dim,
            ),
        }
    }

    fn row(
        &self,
        timeline: &Timeline,
        article: &Article,
        row: TimelineRow,
        width: usize,
    ) -> Line<'static> {
        match row {
            TimelineRow::Published => {
                let theme = self.theme();
                let date = timeline
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let line = rule(&format!("published {date}"), width, theme);
                Line::styled(line.to_string(), theme.prompt)
            }
            TimelineRow::Unplaced => rule("year unknown", width, self.theme()),
            TimelineRow::Entry(index) => {
                let Some(entry) = timeline.entries.get(index) else {
                    return Line::default();
                };
                self.entry_line(timeline, article, index, entry, width)
            }
        }
    }

    fn entry_line(
        &self,
        timeline: &Timeline,
        article: &Article,
        index: usize,
        entry: &TimelineEntry,
        width: usize,
    ) -> Line<'static> {
        let value_width = timeline
            .entries
            .iter()
            .map(|e| display_width(&e.value))
            .max()
            .unwrap_or(0)
            .min(16);
        // The words as written get a column only where the sentence keeps enough room.
        let written_width = if width >= 60 { 18 } else { 0 };
        let value = format!(" {:<value_width$}  ", fit(&entry.value, value_width));
        let written = if written_width > 0 {
            let shown = fit(&entry.written, written_width);
            let pad = written_width.saturating_sub(display_width(&shown));
            format!("{shown}{}  ", " ".repeat(pad))
        } else {
            String::new()
        };
        let room = width.saturating_sub(display_width(&value) + display_width(&written));
        let sentence = snippet(&article.text, entry, room);
        let gap = room.saturating_sub(display_width(&sentence));
        let sentence = format!("{sentence}{}", " ".repeat(gap));
        let theme = self.theme();
        if index == timeline.selected {
            return Line::styled(format!("{value}{written}{sentence}"), theme.selected);
        }
        let value_style = if entry.placed {
            theme.heading
        } else {
            theme.dim
        };
        Line::from(vec![
            Span::styled(value, value_style),
            Span::raw(written),
            Span::raw(sentence),
        ])
    }

    fn draw_detail(&self, timeline: &Timeline, article: &Article, area: Rect, buf: &mut Buffer) {
        let theme = self.theme();
        let width = usize::from(area.width);
        let Some(entry) = timeline.entries.get(timeline.selected) else {
            return;
        };
        let title = format!("{} → {}", fit(&entry.written, width / 2), entry.value);
        let mut lines = vec![rule(&title, width, theme)];
        lines.extend(sentence_lines(
            &article.text,
            entry.sentence,
            entry.span,
            width,
            theme,
        ));
        for (y, line) in (area.y..area.bottom()).zip(&lines) {
            buf.set_line(area.x, y, line, area.width);
        }
    }
}

impl Widget for &TimelineOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let (Some(timeline), Some((_, article))) =
            (self.state.timeline.as_ref(), self.state.open_article())
        else {
            return;
        };
        let layout = timeline_layout(screen);
        let theme = self.theme();
        Clear.render(layout.outer, buf);
        Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border_focused)
            .title(Line::styled(
                format!(" Timeline · {} ", fit(&article.title, 60)),
                theme.title_focused,
            ))
            .title_bottom(Line::styled(format!(" {} ", self.hints()), theme.dim).right_aligned())
            .render(layout.outer, buf);
        buf.set_line(
            layout.header.x,
            layout.header.y,
            &self.header(timeline),
            layout.header.width,
        );
        let width = usize::from(layout.list.width);
        if timeline.entries.is_empty() {
            let none = Line::styled(" no dates found in this article", theme.dim);
            buf.set_line(layout.list.x, layout.list.y, &none, layout.list.width);
            return;
        }
        let rows = timeline
            .rows
            .iter()
            .skip(timeline.offset)
            .take(usize::from(layout.list.height));
        for (y, &row) in (layout.list.y..).zip(rows) {
            let line = self.row(timeline, article, row, width);
            buf.set_line(layout.list.x, y, &line, layout.list.width);
        }
        if let Some(detail) = layout.detail {
            self.draw_detail(timeline, article, detail, buf);
        }
    }
}

impl Widget for TimelineOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Span as TextSpan;

    #[test]
    fn a_mention_far_into_its_sentence_still_shows() {
        let text =
            "The council, after many long and tiring meetings about money, decided on Friday.";
        let at = text.find("Friday").expect("in text");
        let entry = TimelineEntry {
            value: "2026-11-27".into(),
            written: "Friday".into(),
            span: TextSpan::new(at, at + 6),
            sentence: TextSpan::new(0, text.len()),
            placed: true,
        };
        let shown = snippet(text, &entry, 30);
        assert!(shown.contains("Friday"), "{shown}");
        assert!(shown.starts_with('…'));
        assert_eq!(snippet(text, &entry, 200), text);
    }

    #[test]
    fn the_list_leaves_room_for_the_sentence_when_tall_enough() {
        let tall = timeline_layout(Rect::new(0, 0, 80, 24));
        assert!(tall.detail.is_some());
        assert_eq!(
            list_height(Rect::new(0, 0, 80, 24)),
            usize::from(tall.list.height)
        );
        let short = timeline_layout(Rect::new(0, 0, 40, 10));
        assert!(short.detail.is_none());
        assert!(short.list.height >= 1);
    }
}
