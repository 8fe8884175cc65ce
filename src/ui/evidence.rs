//! The evidence area under the side panel's list: for the selected entry, the sentence it
//! was found in (the mention marked), and for a place what is known of it and, when the
//! name was ambiguous, the reading chosen. The timeline's detail area draws sentences the
//! same way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::safe_span;
use super::sanitize::display_width;
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::app::entities::{PanelItem, Section};
use crate::app::evidence::{describe_place, flatten, sentence_in};
use crate::app::state::OpenArticle;
use crate::article::Article;
use crate::extract::Span as TextSpan;

/// The `sentence` of `text` holding `mention`, on as many lines of `width` columns as it
/// takes, with the mention in `theme`'s highlight style.
#[must_use]
pub fn sentence_lines(
    text: &str,
    sentence: TextSpan,
    mention: TextSpan,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let (flat, marked) = flatten(text, sentence, mention);
    let quoted = format!("“{flat}”");
    // The opening mark shifts the mention by its length.
    let shift = "“".len();
    let marked = TextSpan::new(marked.start + shift, marked.end + shift);
    wrap_str(&quoted, width.max(1))
        .into_iter()
        .map(|line| marked_line(&quoted, line, marked, theme.highlight))
        .collect()
}

/// One wrapped line of `text`, with the part inside `marked` in `highlight`.
fn marked_line(text: &str, line: TextSpan, marked: TextSpan, highlight: Style) -> Line<'static> {
    let cut = |at: usize| at.clamp(line.start, line.end);
    let (a, b) = (cut(marked.start), cut(marked.end));
    let piece =
        |from: usize, to: usize, style: Style| safe_span(text.get(from..to).unwrap_or(""), style);
    Line::from(vec![
        piece(line.start, a, Style::new()),
        piece(a, b, highlight),
        piece(b, line.end, Style::new()),
    ])
}

/// Words wrapped to `width` columns, each line in `style`.
fn wrapped(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap_str(text, width.max(1))
        .into_iter()
        .map(|span| {
            Line::from(safe_span(
                text.get(span.start..span.end).unwrap_or(""),
                style,
            ))
        })
        .collect()
}

/// A dim rule across `width` columns with a title in it: "─ Evidence 2/6 ────".
#[must_use]
pub fn rule(title: &str, width: usize, theme: &Theme) -> Line<'static> {
    let head = format!("─ {title} ");
    let fill = width.saturating_sub(display_width(&head));
    Line::styled(format!("{head}{}", "─".repeat(fill)), theme.dim)
}

/// The evidence of the open article's selected panel entry.
pub struct EvidenceView<'a> {
    open: &'a OpenArticle,
    article: &'a Article,
    theme: &'a Theme,
}

impl<'a> EvidenceView<'a> {
    #[must_use]
    pub fn new(open: &'a OpenArticle, article: &'a Article, theme: &'a Theme) -> Self {
        Self {
            open,
            article,
            theme,
        }
    }

    /// Which mention to show: the one `n`/`N` stepped to when this entry is highlighted,
    /// else the first.
    fn mention(&self, item: &PanelItem) -> usize {
        self.open
            .highlight
            .as_ref()
            .filter(|h| h.label == item.label && h.spans == item.spans)
            .map_or(0, |h| h.current)
    }

    fn lines(&self, item: &PanelItem, width: usize) -> Vec<Line<'static>> {
        let current = self.mention(item);
        let noun = if item.section == Section::Sources {
            "quote"
        } else {
            "mention"
        };
        let position = format!("{}/{}", current + 1, item.count());
        // The long title only where it fits beside the rule.
        let title = if width >= 28 {
            format!("Evidence · {noun} {position}")
        } else {
            format!("Evidence {position}")
        };
        let theme = self.theme;
        let mut lines = vec![rule(&title, width, theme)];
        if let Some(info) = item.place.as_ref() {
            lines.extend(wrapped(&describe_place(info), width, theme.dim));
            if let Some(reading) = &info.reading {
                lines.extend(wrapped(reading, width, theme.prompt));
            }
        }
        if let Some(&mention) = item.spans.get(current) {
            let sentence = sentence_in(self.article, mention);
            lines.extend(sentence_lines(
                &self.article.text,
                sentence,
                mention,
                width,
                theme,
            ));
        }
        lines
    }
}

impl Widget for &EvidenceView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        // Nothing found, nothing to show evidence for.
        let Some(item) = self.open.panel.get(self.open.panel_selected) else {
            return;
        };
        let lines = self.lines(item, width);
        let shown = usize::from(area.height);
        for (y, line) in (area.y..area.bottom()).zip(&lines) {
            buf.set_line(area.x, y, line, area.width);
        }
        if lines.len() > shown && shown > 1 {
            // Say that the sentence goes on below.
            let last = area.bottom() - 1;
            let x = area.right().saturating_sub(1);
            buf.set_string(x, last, "…", self.theme.dim);
        }
    }
}

impl Widget for EvidenceView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_wraps_with_the_mention_marked() {
        let text = "Intro. Trains leave Kunming at dawn. Later ones too.";
        let at = text.find("Kunming").expect("in text");
        let mention = TextSpan::new(at, at + 7);
        let sentence = crate::app::evidence::sentence_around(text, mention);
        let theme = Theme::default();
        let lines = sentence_lines(text, sentence, mention, 16, &theme);
        let shown: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["“Trains leave", "Kunming at", "dawn.”"]);
        let marked: Vec<&str> = lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .filter(|s| s.style == theme.highlight)
            .map(|s| s.content.as_ref())
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(marked, ["Kunming"]);
    }
}
