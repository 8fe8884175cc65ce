//! Quotation marks: one scan pairs opening and closing marks into quoted segments.
//!
//! - Curly double marks pair “ with ”; a straight `"` opens when no quote is open and closes
//!   otherwise.
//! - A paragraph that ends inside a quote continues it when the next paragraph opens with a
//!   quotation mark (the news convention for multi-paragraph quotes); otherwise the unclosed
//!   quote is dropped.
//! - Curly single marks quote only outside double quotes, and only when ‘ starts a word and
//!   ’ ends one: "don’t", "Korea’s" and "’90s" stay apostrophes.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::extract::Span;

/// The marks scanned for; `''` (two apostrophes) is a straight double mark in some archives.
const MARKS: [&str; 7] = ["\"", "“", "”", "‘", "’", "\n", "''"];

static MARK_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build(MARKS)
        .ok()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    CurlyOpen,
    CurlyClose,
    SingleOpen,
    SingleClose,
    LineBreak,
}

#[derive(Debug, Clone, Copy)]
enum Open {
    None,
    Double(usize),
    Single(usize),
}

/// The pairing state while scanning.
struct Pairing<'t> {
    text: &'t str,
    open: Open,
    /// A double quote left open at the end of the previous paragraph.
    pending: Option<usize>,
    /// Whether a mark was already seen in the current paragraph.
    mark_in_paragraph: bool,
    paragraph_start: usize,
    segments: Vec<Span>,
}

/// Whether `pos` lies inside one of `segments` (sorted and disjoint, as [`segments`] gives).
pub fn covers(segments: &[Span], pos: usize) -> bool {
    let idx = segments.partition_point(|s| s.end <= pos);
    segments.get(idx).is_some_and(|s| s.start <= pos)
}

/// All quoted segments of `text`, in order, each from its opening to its closing mark.
pub fn segments(text: &str) -> Vec<Span> {
    let Some(finder) = MARK_FINDER.as_ref() else {
        return Vec::new();
    };
    let mut pairing = Pairing {
        text,
        open: Open::None,
        pending: None,
        mark_in_paragraph: false,
        paragraph_start: 0,
        segments: Vec::new(),
    };
    for found in finder.find_iter(text) {
        let mark = match found.pattern().as_usize() {
            0 | 6 => Mark::Straight,
            1 => Mark::CurlyOpen,
            2 => Mark::CurlyClose,
            3 => Mark::SingleOpen,
            4 => Mark::SingleClose,
            _ => Mark::LineBreak,
        };
        pairing.step(mark, found.start(), found.end());
    }
    pairing.segments
}

impl Pairing<'_> {
    fn step(&mut self, mark: Mark, start: usize, end: usize) {
        if mark == Mark::LineBreak {
            self.pending = match self.open {
                Open::Double(open) => Some(open),
                // A blank line keeps a quote pending for the next paragraph.
                _ if !self.mark_in_paragraph => self.pending,
                _ => None,
            };
            self.open = Open::None;
            self.mark_in_paragraph = false;
            self.paragraph_start = end;
            return;
        }
        let first_in_paragraph = !self.mark_in_paragraph;
        self.mark_in_paragraph = true;
        if let Some(open) = self.pending.take() {
            let opens_paragraph = first_in_paragraph
                && matches!(mark, Mark::Straight | Mark::CurlyOpen)
                && self
                    .text
                    .get(self.paragraph_start..start)
                    .is_some_and(|s| s.trim().is_empty());
            if opens_paragraph {
                self.open = Open::Double(open);
                return;
            }
        }
        match (mark, self.open) {
            (Mark::Straight | Mark::CurlyClose, Open::Double(open)) => self.close(open, end),
            // `“abhorrent“ in`: an opening mark that ends a word is a misprinted closing one.
            (Mark::CurlyOpen, Open::Double(open)) if self.ends_word(start, end) => {
                self.close(open, end);
            }
            (Mark::Straight, _) if self.starts_word(end) => self.open = Open::Double(start),
            (Mark::CurlyOpen, _) => self.open = Open::Double(start),
            (Mark::SingleOpen, Open::None) if self.starts_word(end) && !self.after_word(start) => {
                self.open = Open::Single(start);
            }
            (Mark::SingleClose, Open::Single(open)) if !self.before_word(end) => {
                self.close(open, end);
            }
            _ => {}
        }
    }

    fn close(&mut self, open: usize, end: usize) {
        self.segments.push(Span::new(open, end));
        self.open = Open::None;
    }

    /// Whether a word character follows `pos` (a mark that opens).
    fn starts_word(&self, pos: usize) -> bool {
        self.text
            .get(pos..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| !c.is_whitespace())
    }

    /// Whether the mark at `start..end` comes right after a word or punctuation and before
    /// a space or the end of the text.
    fn ends_word(&self, start: usize, end: usize) -> bool {
        let after_text = self
            .text
            .get(..start)
            .and_then(|head| head.chars().next_back())
            .is_some_and(|c| !c.is_whitespace());
        after_text && !self.starts_word(end)
    }

    /// Whether an alphanumeric char follows `pos` (so ’ is an apostrophe: "don’t").
    fn before_word(&self, pos: usize) -> bool {
        self.text
            .get(pos..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric)
    }

    /// Whether an alphanumeric char precedes `pos`.
    fn after_word(&self, pos: usize) -> bool {
        self.text
            .get(..pos)
            .and_then(|head| head.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        segments(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn pairs_curly_and_straight_double_marks() {
        assert_eq!(
            quoted("“Go,” he said. Then \"stop\" she said."),
            ["“Go,”", "\"stop\""]
        );
    }

    #[test]
    fn double_apostrophes_are_straight_double_marks() {
        assert_eq!(quoted("''Yes,'' he said."), ["''Yes,''"]);
    }

    #[test]
    fn an_opening_mark_at_the_end_of_a_word_closes_an_open_quote() {
        let text = "called it “abhorrent“ in a post and “a disgrace,“ said Lee.";
        assert_eq!(quoted(text), ["“abhorrent“", "“a disgrace,“"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Korea’s policy, don’t worry, the ’90s and '90s").is_empty());
    }

    #[test]
    fn single_curly_quotes_pair_outside_double_quotes() {
        assert_eq!(quoted("a so-called ‘reform’ plan"), ["‘reform’"]);
        assert_eq!(quoted("“He said ‘no’ to me.”"), ["“He said ‘no’ to me.”"]);
    }

    #[test]
    fn a_quote_continues_into_a_paragraph_that_opens_with_a_mark() {
        let text = "“First part.\n\n“Second part,” she said.";
        assert_eq!(quoted(text), ["“First part.\n\n“Second part,”"]);
    }

    #[test]
    fn an_unclosed_quote_is_dropped_at_a_plain_paragraph() {
        assert_eq!(quoted("“Never closed.\n\nPlain text. “Yes.”"), ["“Yes.”"]);
    }
}
