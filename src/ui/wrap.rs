//! Word wrapping that keeps byte offsets.
//!
//! The reader has to know how many lines an article takes (for `G`, `}` and the position
//! indicator) and which byte of the text each line starts at (to keep the reading position
//! across a resize and to map entity spans onto lines). So instead of wrapping strings we
//! cut the text into [`Piece`]s that remember their offsets, measure each piece as it will
//! be shown (sanitized, with unicode-width, so CJK and emoji count two columns) and hand
//! them to textwrap's first-fit algorithm.

use textwrap::core::Fragment;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

use super::sanitize::display_width;
use crate::extract::Span;

/// A word with the whitespace after it, as byte offsets into the wrapped text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    start: usize,
    /// End of the word itself; the whitespace after it runs to `gap_end`.
    end: usize,
    gap_end: usize,
    width: usize,
    gap_width: usize,
}

impl Fragment for Piece {
    #[allow(clippy::cast_precision_loss)] // widths are far below 2^52
    fn width(&self) -> f64 {
        self.width as f64
    }

    #[allow(clippy::cast_precision_loss)]
    fn whitespace_width(&self) -> f64 {
        self.gap_width as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Whether a line may break after `c` even without a space (CJK ideographs, kana, wide
/// punctuation and emoji are written without spaces between words).
fn breaks_after(c: char) -> bool {
    c.width() == Some(2)
}

/// Cuts `text[span]` into words (runs of non-space, with a break after every wide char)
/// each followed by its whitespace.
fn pieces(text: &str, span: Span) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.start..span.end) else {
        return out;
    };
    let mut word_start: Option<usize> = None;
    for (offset, c) in slice.char_indices() {
        let at = span.start + offset;
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                out.push((start, at, at));
            }
            if let Some(last) = out.last_mut() {
                last.2 = at + c.len_utf8();
            }
            continue;
        }
        let start = *word_start.get_or_insert(at);
        if breaks_after(c) {
            let end = at + c.len_utf8();
            out.push((start, end, end));
            word_start = None;
        }
    }
    if let Some(start) = word_start {
        out.push((start, span.end, span.end));
    }
    out
}

/// Splits a word wider than `width` columns into chunks that fit, at grapheme boundaries.
///
/// Widths are summed grapheme by grapheme, but a string's width is not always the sum of
/// its parts (some sequences join into one glyph, or widen across a boundary), so each
/// chunk is measured whole before it is cut, and shortened until it really fits.
fn split_wide_word(text: &str, start: usize, end: usize, width: usize) -> Vec<(usize, usize)> {
    let mut chunks = Vec::new();
    let mut chunk_start = start;
    let mut chunk_width = 0;
    // Grapheme starts inside the current chunk, to step back to.
    let mut boundaries: Vec<usize> = Vec::new();
    for (offset, grapheme) in text[start..end].grapheme_indices(true) {
        let at = start + offset;
        let w = display_width(grapheme);
        if chunk_width + w > width && chunk_width > 0 {
            chunk_start = push_fitting(text, chunk_start, at, width, &boundaries, &mut chunks);
            boundaries.retain(|&b| b > chunk_start);
            chunk_width = display_width(&text[chunk_start..at]);
        }
        boundaries.push(at);
        chunk_width += w;
    }
    while chunk_start < end && display_width(&text[chunk_start..end]) > width {
        let next = push_fitting(text, chunk_start, end, width, &boundaries, &mut chunks);
        boundaries.retain(|&b| b > next);
        chunk_start = next;
    }
    if chunk_start < end || chunks.is_empty() {
        chunks.push((chunk_start, end));
    }
    chunks
}

/// Pushes the longest chunk from `start` towards `end` (cut at a grapheme boundary) that
/// fits in `width`; at least one grapheme, so wrapping always moves on. Returns where the
/// next chunk starts.
fn push_fitting(
    text: &str,
    start: usize,
    end: usize,
    width: usize,
    boundaries: &[usize],
    chunks: &mut Vec<(usize, usize)>,
) -> usize {
    let mut cut = end;
    for &boundary in boundaries.iter().rev() {
        if display_width(&text[start..cut]) <= width || boundary <= start {
            break;
        }
        cut = boundary;
    }
    if cut <= start || display_width(&text[start..cut]) > width {
        // One grapheme wider than the pane (a cluster of spacing marks): cut it between
        // its characters, keeping at least one.
        cut = fitting_chars(text, start, cut.max(start + 1).min(end), width);
    }
    chunks.push((start, cut));
    cut
}

/// The end of the longest run of characters from `start` (before `limit`) that fits in
/// `width`; at least one character.
fn fitting_chars(text: &str, start: usize, limit: usize, width: usize) -> usize {
    let limit = (start..=limit.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(start);
    let mut cut = start;
    for (offset, c) in text[start..limit].char_indices() {
        let next = start + offset + c.len_utf8();
        if cut > start && display_width(&text[start..next]) > width {
            break;
        }
        cut = next;
    }
    cut.max(start + text[start..].chars().next().map_or(0, char::len_utf8))
}

fn measured(text: &str, span: Span, width: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    for (start, end, gap_end) in pieces(text, span) {
        let chunks = split_wide_word(text, start, end, width);
        let last = chunks.len() - 1;
        for (i, (chunk_start, chunk_end)) in chunks.into_iter().enumerate() {
            let gap_end = if i == last { gap_end } else { chunk_end };
            out.push(Piece {
                start: chunk_start,
                end: chunk_end,
                gap_end,
                width: display_width(&text[chunk_start..chunk_end]),
                gap_width: display_width(&text[chunk_end..gap_end]),
            });
        }
    }
    out
}

/// Wraps `text[span]` to lines of at most `width` columns, returning each line as a span
/// into `text` (without its trailing whitespace). Empty or blank input gives no lines.
/// A span that is out of bounds or off a char boundary also gives no lines.
#[must_use]
pub fn wrap_span(text: &str, span: Span, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let pieces = measured(text, span, width);
    #[allow(clippy::cast_precision_loss)]
    let line_widths = [width as f64];
    textwrap::wrap_algorithms::wrap_first_fit(&pieces, &line_widths)
        .into_iter()
        .filter_map(|line| Some(Span::new(line.first()?.start, line.last()?.end)))
        .collect()
}

/// Wraps a whole string; see [`wrap_span`].
#[must_use]
pub fn wrap_str(text: &str, width: usize) -> Vec<Span> {
    wrap_span(text, Span::new(0, text.len()), width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_str(text, width)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn a_cluster_wider_than_the_pane_is_cut_between_its_characters() {
        // One grapheme: a digit with two spacing marks, three columns.
        let cluster = "0\u{113CA}\u{11937}";
        assert_eq!(lines(cluster, 2), ["0\u{113CA}", "\u{11937}"]);
    }

    #[test]
    fn long_words_are_split() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn cjk_breaks_between_characters_and_counts_two_columns() {
        assert_eq!(lines("東京都に住む", 6), ["東京都", "に住む"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "  Kunming,\nYunnan  ";
        let spans = wrap_str(text, 8);
        assert_eq!(spans, [Span::new(2, 10), Span::new(11, 17)]);
    }

    #[test]
    fn bad_spans_give_nothing() {
        assert!(wrap_span("é", Span::new(1, 2), 10).is_empty());
        assert!(wrap_span("abc", Span::new(2, 9), 10).is_empty());
        assert!(wrap_str("   ", 10).is_empty());
    }
}
