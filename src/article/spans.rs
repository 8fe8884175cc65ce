//! Byte spans over text: paragraphs, lines, trimming and searching.
//!
//! Every loader describes the parts of an article as [`Span`]s into its text; the helpers
//! here only ever cut at positions that `str` methods return, so spans always lie on
//! character boundaries.

use crate::extract::Span;

pub(super) fn non_empty(span: Span) -> Option<Span> {
    (span.start < span.end).then_some(span)
}

/// Where `needle` (trimmed) first occurs in `text`, if it does.
pub(super) fn find_span(text: &str, needle: &str) -> Option<Span> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    let start = text.find(needle)?;
    Some(Span::new(start, start + needle.len()))
}

/// The paragraphs of `text` (runs of non-blank lines), each trimmed of outer whitespace.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let mut start = None;
    let mut position = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(position),
            (true, Some(from)) => {
                found.push(trimmed(text, Span::new(from, position)));
                start = None;
            }
            _ => {}
        }
        position += line.len();
    }
    if let Some(from) = start {
        found.push(trimmed(text, Span::new(from, position)));
    }
    found
}

/// The non-blank lines of a paragraph, each trimmed (so CRLF endings drop out).
pub(super) fn lines(text: &str, paragraph: Span) -> impl Iterator<Item = Span> + '_ {
    let mut position = paragraph.start;
    paragraph
        .slice(text)
        .split_inclusive('\n')
        .filter_map(move |line| {
            let span = trimmed(text, Span::new(position, position + line.len()));
            position += line.len();
            non_empty(span)
        })
}

/// `span` without the whitespace at either end.
pub(super) fn trimmed(text: &str, span: Span) -> Span {
    trim_span(text, span, &[])
}

/// `span` without whitespace (and the given extra characters) at either end.
pub(super) fn trim_span(text: &str, span: Span, extra: &[char]) -> Span {
    let words = span.slice(text);
    let strip = |c: char| c.is_whitespace() || extra.contains(&c);
    let start = span.start + (words.len() - words.trim_start_matches(strip).len());
    let end = span.end - (words.len() - words.trim_end_matches(strip).len());
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_text_are_found_trimmed() {
        assert_eq!(
            find_span("a caption here", " caption "),
            Some(Span::new(2, 9))
        );
        assert_eq!(find_span("abc", "  "), None);
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_lines_are_trimmed() {
        let text = "One\r\n  two \r\n\r\n \nThree";
        let found = paragraphs(text);
        assert_eq!(
            found.iter().map(|s| s.slice(text)).collect::<Vec<_>>(),
            ["One\r\n  two", "Three"]
        );
        let first: Vec<&str> = lines(text, found[0]).map(|s| s.slice(text)).collect();
        assert_eq!(first, ["One", "two"]);
    }
}
