//! The side panel (right pane): the open article's Places, Dates and Sources, each entry
//! with its mention (or quote) count, from the panel scroll position; below them, when
//! the pane is tall enough, the evidence of the selected entry ([`super::evidence`]).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::evidence::EvidenceView;
use super::layout::inner;
use super::sanitize::display_width;
use super::{fit, themed_pane_block};
use crate::app::entities::{PanelItem, PanelRow, Section};
use crate::app::state::{AppState, OpenArticle, Pane};

/// Below this many rows inside the panel, the entries take all of it and no evidence shows.
const EVIDENCE_MIN_PANEL: u16 = 12;

/// Splits the inside of the panel into the entry list and, when it is tall enough, the
/// evidence area under it (two fifths, 5 to 12 rows).
#[must_use]
pub fn panel_areas(body: Rect) -> (Rect, Option<Rect>) {
    if body.height < EVIDENCE_MIN_PANEL {
        return (body, None);
    }
    let evidence = (body.height * 2 / 5).clamp(5, 12);
    let list = Rect {
        height: body.height - evidence,
        ..body
    };
    let below = Rect {
        y: body.y + list.height,
        height: evidence,
        ..body
    };
    (list, Some(below))
}

/// The side panel of an [`AppState`].
pub struct PanelPane<'a> {
    state: &'a AppState,
}

/// What the count of a section's entries counts.
fn counted(section: Section) -> &'static str {
    match section {
        Section::Places | Section::Dates => "mentions",
        Section::Sources => "quotes",
    }
}

/// The text of an entry: the name, or for dates "as written → value".
fn item_label(item: &PanelItem) -> String {
    match &item.value {
        Some(value) => format!("{} → {}", item.label, value),
        None => item.label.clone(),
    }
}

/// One entry: label on the left, `×count` on the right.
fn item_line(item: &PanelItem, width: usize, style: Style, dim: Style) -> Line<'static> {
    let count = format!(" ×{}", item.count());
    let count_width = display_width(&count);
    let room = width.saturating_sub(count_width + 1);
    let label = fit(&item_label(item), room);
    let gap = width.saturating_sub(1 + display_width(&label) + count_width);
    Line::from(vec![
        Span::styled(format!(" {label}{}", " ".repeat(gap)), style),
        Span::styled(count, style.patch(dim)),
    ])
}

impl<'a> PanelPane<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn row_line(&self, open: &OpenArticle, row: PanelRow, width: usize) -> Line<'static> {
        match row {
            PanelRow::Heading(section) => {
                let title = section.title();
                let unit = counted(section);
                // Drop the unit rather than run it into the title in a narrow panel.
                let unit = if width > title.len() + unit.len() {
                    unit
                } else {
                    ""
                };
                let gap = width.saturating_sub(title.len() + unit.len());
                Line::from(vec![
                    Span::styled(title, self.state.theme.heading),
                    Span::styled(format!("{}{unit}", " ".repeat(gap)), self.state.theme.dim),
                ])
            }
            PanelRow::Empty(_) => Line::styled(fit("  none found", width), self.state.theme.dim),
            PanelRow::Item(index) => {
                let style = match (
                    index == open.panel_selected,
                    self.state.focus == Pane::Panel,
                ) {
                    (true, true) => self.state.theme.selected,
                    (true, false) => self.state.theme.selected_unfocused,
                    (false, _) => Style::new(),
                };
                open.panel.get(index).map_or_else(Line::default, |item| {
                    item_line(item, width, style, self.state.theme.dim)
                })
            }
        }
    }
}

impl Widget for &PanelPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        themed_pane_block(
            Pane::Panel,
            self.state.focus == Pane::Panel,
            &self.state.theme,
        )
        .render(area, buf);
        let body = inner(area);
        let Some(open) = self.state.open.as_ref() else {
            Paragraph::new(Line::styled(
                "Places, dates and sources of the open article show here.",
                self.state.theme.dim,
            ))
            .wrap(Wrap { trim: true })
            .render(body, buf);
            return;
        };
        let (list, evidence) = panel_areas(body);
        let rows = open
            .panel_rows
            .iter()
            .skip(open.panel_offset)
            .take(usize::from(list.height));
        for (y, &row) in (list.y..).zip(rows) {
            let line = self.row_line(open, row, usize::from(list.width));
            buf.set_line(list.x, y, &line, list.width);
        }
        if let (Some(area), Some((_, article))) = (evidence, self.state.open_article()) {
            EvidenceView::new(open, article, &self.state.theme).render(area, buf);
        }
    }
}

impl Widget for PanelPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Span as TextSpan;

    #[test]
    fn entry_puts_the_count_on_the_right() {
        let item = PanelItem {
            section: Section::Dates,
            label: "July 15".into(),
            value: Some("2026-07-15".into()),
            spans: vec![TextSpan::new(0, 7), TextSpan::new(9, 16)],
            place: None,
        };
        let line = item_line(&item, 30, Style::new(), Style::new());
        assert_eq!(line.to_string(), " July 15 → 2026-07-15       ×2");
        assert_eq!(line.width(), 30);
    }
}
