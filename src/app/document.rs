//! The open article laid out as lines: title, byline, caption, credit and body paragraphs,
//! wrapped to the reader's width.
//!
//! Every line remembers which part of the article it shows and the byte span it covers in
//! that part's text, so the reader can scroll by line, jump by paragraph, keep its place
//! across a resize (anchored on a byte offset) and paint entity spans onto lines.

use crate::article::{Article, TextEncoding};
use crate::extract::Span;
use crate::ui::wrap::wrap_span;

/// Which part of the article a line belongs to, and so which string its span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// `Article::title`.
    Title,
    /// The byline, date and source line built for display ([`Document::meta`]).
    Meta,
    /// `Article::caption`, a span of `Article::text`.
    Caption,
    /// `Article::credit`, a span of `Article::text`.
    Credit,
    /// The n-th body paragraph, a span of `Article::text`.
    Body(usize),
    /// The n-th blank line between parts.
    Gap(usize),
}

impl Part {
    /// Whether the line's span points into `Article::text` (where entities are).
    #[must_use]
    pub fn in_article_text(self) -> bool {
        matches!(self, Part::Caption | Part::Credit | Part::Body(_))
    }
}

/// One wrapped line of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocLine {
    pub part: Part,
    pub span: Span,
    /// Whether this is the first line of its part (a paragraph start, for `{` and `}`).
    pub starts_part: bool,
}

/// The open article as wrapped lines, cached for one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Byline, date and source joined for the line under the title.
    pub meta: String,
    pub width: usize,
    pub lines: Vec<DocLine>,
}

/// The line under the title: "By Jane Doe · 2026-07-15 · Example News".
fn meta_line(article: &Article) -> String {
    let date = article.date.map(|d| d.to_string());
    let byline = article.byline.as_ref().map(|name| format!("By {name}"));
    // Not UTF-8: say how the bytes were read, so odd characters have an explanation.
    let encoding = match article.encoding {
        TextEncoding::Utf8 => None,
        TextEncoding::Windows1252 => Some("decoded as Windows-1252".to_string()),
        TextEncoding::Utf16 => Some("decoded from UTF-16".to_string()),
    };
    [byline, date, article.source.clone(), encoding]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

impl Document {
    /// Lays out `article` at `width` columns.
    #[must_use]
    pub fn new(article: &Article, width: usize) -> Self {
        let meta = meta_line(article);
        let lines = layout(article, &meta, width);
        Self { meta, width, lines }
    }

    /// Wraps again at a new width (a no-op when the width is unchanged).
    pub fn rewrap(&mut self, article: &Article, width: usize) {
        if width != self.width {
            self.lines = layout(article, &self.meta, width);
            self.width = width;
        }
    }

    /// The string the spans of `part`'s lines point into.
    #[must_use]
    pub fn source<'a>(&'a self, article: &'a Article, part: Part) -> &'a str {
        match part {
            Part::Title => article.title.as_str(),
            Part::Meta => self.meta.as_str(),
            Part::Caption | Part::Credit | Part::Body(_) => article.text.as_str(),
            Part::Gap(_) => "",
        }
    }

    /// Where line `index` starts, as a position that survives rewrapping.
    #[must_use]
    pub fn anchor(&self, index: usize) -> Option<(Part, usize)> {
        self.lines.get(index).map(|l| (l.part, l.span.start))
    }

    /// The line that now holds an anchor taken before rewrapping.
    #[must_use]
    pub fn line_of_anchor(&self, (part, offset): (Part, usize)) -> usize {
        self.lines
            .iter()
            .rposition(|l| l.part == part && l.span.start <= offset)
            .or_else(|| self.lines.iter().position(|l| l.part == part))
            .unwrap_or(0)
    }

    /// The line showing byte `offset` of `Article::text`, if any line does.
    #[must_use]
    pub fn line_of_offset(&self, offset: usize) -> Option<usize> {
        self.lines.iter().position(|l| {
            l.part.in_article_text() && l.span.start <= offset && offset <= l.span.end
        })
    }

    /// The first paragraph start after line `from`.
    #[must_use]
    pub fn next_paragraph(&self, from: usize) -> Option<usize> {
        (from + 1..self.lines.len()).find(|&i| self.is_paragraph_start(i))
    }

    /// The last paragraph start before line `from`.
    #[must_use]
    pub fn prev_paragraph(&self, from: usize) -> Option<usize> {
        (0..from.min(self.lines.len()))
            .rev()
            .find(|&i| self.is_paragraph_start(i))
    }

    fn is_paragraph_start(&self, index: usize) -> bool {
        self.lines.get(index).is_some_and(|l| {
            l.starts_part && matches!(l.part, Part::Title | Part::Caption | Part::Body(_))
        })
    }
}

/// Appends the wrapped lines of `source[span]` as `part`.
fn push_part(lines: &mut Vec<DocLine>, part: Part, source: &str, span: Span, width: usize) {
    for (i, span) in wrap_span(source, span, width).into_iter().enumerate() {
        lines.push(DocLine {
            part,
            span,
            starts_part: i == 0,
        });
    }
}

fn push_gap(lines: &mut Vec<DocLine>, gaps: &mut usize) {
    lines.push(DocLine {
        part: Part::Gap(*gaps),
        span: Span::new(0, 0),
        starts_part: true,
    });
    *gaps += 1;
}

/// Whether a body paragraph is just the title again (plain-text files often start with
/// it), which would be shown twice.
fn repeats_title(article: &Article, paragraph: Span) -> bool {
    article
        .text
        .get(paragraph.start..paragraph.end)
        .is_some_and(|p| p.trim() == article.title.trim())
}

fn layout(article: &Article, meta: &str, width: usize) -> Vec<DocLine> {
    let mut lines = Vec::new();
    let mut gaps = 0;
    let whole = |s: &str| Span::new(0, s.len());
    push_part(
        &mut lines,
        Part::Title,
        &article.title,
        whole(&article.title),
        width,
    );
    push_part(&mut lines, Part::Meta, meta, whole(meta), width);
    let text = article.text.as_str();
    if let Some(caption) = article.caption {
        push_gap(&mut lines, &mut gaps);
        push_part(&mut lines, Part::Caption, text, caption, width);
    }
    if let Some(credit) = article.credit {
        push_part(&mut lines, Part::Credit, text, credit, width);
    }
    for (n, &paragraph) in article.body.iter().enumerate() {
        if n == 0 && repeats_title(article, paragraph) {
            continue;
        }
        push_gap(&mut lines, &mut gaps);
        push_part(&mut lines, Part::Body(n), text, paragraph, width);
    }
    lines
}
