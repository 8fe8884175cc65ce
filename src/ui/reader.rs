//! The reader (middle pane): the open article's wrapped lines from the scroll position,
//! with highlighted mentions, and the reading position in the border.
//!
//! The lines were wrapped by `update` (and cached in the state); this only paints the ones
//! on screen, splitting each at highlight boundaries.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::layout::reader_text_area;
#[cfg(test)]
use super::theme::THEME;
use super::theme::Theme;
use super::{fit, safe_span, themed_pane_block};
use crate::app::action::Action;
use crate::app::document::{DocLine, Document, Part};
use crate::app::keymap::Context;
use crate::app::state::{AppState, Highlight, OpenArticle, Pane};
use crate::article::Article;

/// The reader pane of an [`AppState`].
pub struct ReaderPane<'a> {
    state: &'a AppState,
}

impl<'a> ReaderPane<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn render_hint(&self, area: Rect, buf: &mut Buffer) {
        let keys = self
            .state
            .keymap
            .keys_for(Action::OpenArticle, Context::List);
        let text = if self.state.articles.is_empty() {
            "Nothing to read.".to_string()
        } else {
            format!(
                "Select an article in the list and press {} to read it.",
                keys.first().map_or("Enter", String::as_str)
            )
        };
        Paragraph::new(Line::styled(text, self.state.theme.dim))
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// "line 12/80 · 37%": the top line and how far through the article it is, vim-style
/// ("Top", "Bot", "All" at the ends). In a narrow pane only the share is given.
#[must_use]
pub fn position_label(top: usize, height: usize, total: usize, room: usize) -> String {
    let max_top = total.saturating_sub(height);
    let share = match top {
        _ if max_top == 0 => "All".to_string(),
        0 => "Top".to_string(),
        t if t >= max_top => "Bot".to_string(),
        t => format!("{}%", t * 100 / max_top),
    };
    let full = format!("line {}/{} · {share}", (top + 1).min(total), total);
    if full.chars().count() <= room {
        full
    } else {
        share
    }
}

fn part_style(part: Part, theme: &Theme) -> Style {
    match part {
        Part::Title => theme.article_title,
        Part::Meta | Part::Credit => theme.dim,
        Part::Caption => theme.caption,
        Part::Body(_) | Part::Gap(_) => Style::new(),
    }
}

/// The styled pieces of one line: plain text, with highlighted spans cut out of it.
fn line_spans(
    text: &str,
    line: &DocLine,
    highlight: Option<&Highlight>,
    theme: &Theme,
) -> Vec<TextSpan<'static>> {
    let base = part_style(line.part, theme);
    let shown = line.span;
    let Some(highlight) = highlight.filter(|_| line.part.in_article_text()) else {
        return vec![safe_span(
            text.get(shown.start..shown.end).unwrap_or(""),
            base,
        )];
    };
    let mut pieces = Vec::new();
    let mut at = shown.start;
    for (i, span) in highlight.spans.iter().enumerate() {
        let start = span.start.max(shown.start);
        let end = span.end.min(shown.end);
        if start >= end || start < at {
            continue;
        }
        let style = if i == highlight.current {
            theme.highlight_current
        } else {
            theme.highlight
        };
        pieces.push(safe_span(text.get(at..start).unwrap_or(""), base));
        pieces.push(safe_span(text.get(start..end).unwrap_or(""), style));
        at = end;
    }
    pieces.push(safe_span(text.get(at..shown.end).unwrap_or(""), base));
    pieces
}

fn render_lines(
    open: &OpenArticle,
    article: &Article,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let document: &Document = &open.document;
    let visible = document
        .lines
        .iter()
        .skip(open.top)
        .take(usize::from(area.height));
    for (y, line) in (area.y..).zip(visible) {
        let source = document.source(article, line.part);
        let spans = line_spans(source, line, open.highlight.as_ref(), theme);
        buf.set_line(area.x, y, &Line::from(spans), area.width);
    }
}

impl Widget for &ReaderPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let focused = self.state.focus == Pane::Reader;
        let theme = &self.state.theme;
        let mut block = themed_pane_block(Pane::Reader, focused, theme);
        let text_area = reader_text_area(area);
        let Some((open, article)) = self.state.open_article() else {
            block.render(area, buf);
            self.render_hint(text_area, buf);
            return;
        };
        // Leave the corners and a space each side of the label.
        let room = usize::from(area.width).saturating_sub(4);
        let position = position_label(
            open.top,
            usize::from(text_area.height),
            open.document.lines.len(),
            room,
        );
        block =
            block.title_bottom(Line::styled(format!(" {position} "), theme.dim).right_aligned());
        if let Some(highlight) = &open.highlight {
            let label = format!(
                " {} {}/{} ",
                fit(&highlight.label, usize::from(area.width / 2)),
                highlight.current + 1,
                highlight.spans.len()
            );
            block = block.title_bottom(Line::styled(label, theme.highlight).left_aligned());
        }
        block.render(area, buf);
        render_lines(open, article, theme, text_area, buf);
    }
}

impl Widget for ReaderPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Span;

    #[test]
    fn position_reports_line_and_share_read() {
        assert_eq!(position_label(0, 10, 40, 80), "line 1/40 · Top");
        assert_eq!(position_label(15, 10, 40, 80), "line 16/40 · 50%");
        assert_eq!(position_label(30, 10, 40, 80), "line 31/40 · Bot");
        assert_eq!(position_label(0, 10, 5, 80), "line 1/5 · All");
        assert_eq!(position_label(0, 10, 0, 80), "line 0/0 · All");
        assert_eq!(position_label(15, 10, 40, 10), "50%");
    }

    #[test]
    fn highlights_split_the_line() {
        let text = "rain in Kunming today";
        let line = DocLine {
            part: Part::Body(0),
            span: Span::new(0, text.len()),
            starts_part: true,
        };
        let highlight = Highlight {
            label: "Kunming".into(),
            spans: vec![Span::new(8, 15)],
            current: 0,
        };
        let spans = line_spans(text, &line, Some(&highlight), &THEME);
        let texts: Vec<_> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["rain in ", "Kunming", " today"]);
        assert_eq!(spans[1].style, THEME.highlight_current);
    }
}
