//! A small tokenizer for bounded windows of text: words (with inner hyphens, apostrophes and
//! abbreviation dots), single punctuation marks, and line breaks.
//!
//! [`Doc`] tokenizes a whole text once; the finders then read the tokens of any window
//! around a cue or a quotation mark by binary search, instead of tokenizing it again.

use super::lexicon::is_abbreviation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    /// A line break: a paragraph boundary in news text.
    Break,
}

/// One token: a byte range into the text (always on char boundaries) and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Tok {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// Whether this is the punctuation mark `mark`.
    pub fn is_punct(&self, text: &str, mark: &str) -> bool {
        self.kind == TokKind::Punct && self.text(text) == mark
    }

    /// Whether this word starts with a capital letter (or a digit, as in "20th Century Fox").
    pub fn is_capitalised(&self, text: &str) -> bool {
        if !self.is_word() {
            return false;
        }
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text(text).starts_with(char::is_uppercase),
        }
    }
}

/// A text with its tokens, tokenized once. It dereferences to the text, so a `&Doc` goes
/// wherever a `&str` does.
#[derive(Debug, Clone)]
pub struct Doc<'t> {
    text: &'t str,
    toks: Vec<Tok>,
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            toks: tokenize(text, 0, text.len()),
        }
    }

    /// The text itself, with the text's own lifetime.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens of the text, in order.
    pub fn tokens(&self) -> &[Tok] {
        &self.toks
    }

    /// The tokens lying wholly inside `[lo, hi)`, in order.
    pub fn window(&self, lo: usize, hi: usize) -> &[Tok] {
        let first = self.toks.partition_point(|t| t.start < lo);
        let last = self.toks.partition_point(|t| t.end <= hi).max(first);
        self.toks.get(first..last).unwrap_or(&[])
    }
}

impl std::ops::Deref for Doc<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

/// The largest char boundary at or below `pos` (clamped to the text).
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// `char::is_alphanumeric` with fast paths for ASCII and for punctuation (quotation
/// marks, dashes), which dominate the non-ASCII text the finder looks at.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
    }
}

fn is_connector(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '‐' | '‑')
}

/// Tokenizes `text[lo..hi]`; `lo` and `hi` are snapped to char boundaries.
pub fn tokenize(text: &str, lo: usize, hi: usize) -> Vec<Tok> {
    let lo = floor_boundary(text, lo);
    let hi = floor_boundary(text, hi).max(lo);
    // Cut at `hi` (a char boundary), so the scan needs no other bound than the text's end.
    let text = &text[..hi];
    let bytes = text.as_bytes();
    // About one token per four bytes of news text: one allocation, no regrowth.
    let mut toks = Vec::with_capacity((hi - lo) / 4 + 1);
    let mut i = lo;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        // ASCII without decoding: nearly all of news text.
        // Letters and digits by table, then the space between words: most bytes that
        // start a token or a gap.
        let kind = if ASCII_ALNUM[usize::from(b)] {
            i = word_end(text, start, i + 1);
            TokKind::Word
        } else if b == b' ' {
            i += 1;
            continue;
        } else if b.is_ascii() {
            i += 1;
            match b {
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => continue,
                b'\n' => TokKind::Break,
                _ => TokKind::Punct,
            }
        } else {
            let Some(c) = char_at(text, i) else { break };
            i += c.len_utf8();
            if is_word_char(c) {
                i = word_end(text, start, i);
                TokKind::Word
            } else if c.is_whitespace() {
                continue;
            } else {
                TokKind::Punct
            }
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
        });
    }
    toks
}

/// The char at byte `i` (a char boundary); ASCII without decoding.
/// Whether the comma at `at` separates thousands, as in "10,000": a digit before it and
/// exactly three after it. Such a comma is part of the number, not a clause boundary.
fn is_thousands_comma(bytes: &[u8], at: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    at > 0
        && digit(at - 1)
        && (at + 1..at + 4).all(digit)
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_alphanumeric)
}

fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// Which bytes are ASCII letters and digits: one table read per byte of a word, cheaper
/// than the three range tests of `u8::is_ascii_alphanumeric` in the innermost loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        #[allow(clippy::cast_possible_truncation)] // i < 256
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric();
        i += 1;
    }
    table
};

/// The end of the word starting at `start` whose first char ends at `end`: inner
/// hyphens, apostrophes and dots join word chars, and an abbreviation keeps its final dot.
fn word_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits without decoding: the bulk of every word.
        while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
            end += 1;
        }
        let Some(&b) = bytes.get(end) else {
            return end;
        };
        if b == b',' && is_thousands_comma(bytes, end) {
            end += 4;
            continue;
        }
        // An ASCII byte that is not a connector ends the word without decoding.
        if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b'&') {
            return end;
        }
        match char_at(text, end) {
            Some(n) if is_word_char(n) => end += n.len_utf8(),
            Some(n) if is_connector(n) => {
                let after = end + n.len_utf8();
                match char_at(text, after) {
                    Some(m) if is_word_char(m) => end = after + m.len_utf8(),
                    _ => {
                        if n == '.' && is_abbreviation(&text[start..end]) {
                            end = after;
                        }
                        return end;
                    }
                }
            }
            _ => return end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn keeps_hyphens_apostrophes_and_abbreviation_dots_inside_words() {
        assert_eq!(
            words("Mr. Kwon Na-hyun didn’t go to the U.S. today."),
            [
                "Mr.", "Kwon", "Na-hyun", "didn’t", "go", "to", "the", "U.S.", "today", "."
            ]
        );
    }

    #[test]
    fn a_comma_between_thousands_is_part_of_the_number() {
        assert_eq!(
            words("About 10,000 people, 1,200,000 fans, 3,14 and 10,0000 said 5,000."),
            [
                "About",
                "10,000",
                "people",
                ",",
                "1,200,000",
                "fans",
                ",",
                "3",
                ",",
                "14",
                "and",
                "10",
                ",",
                "0000",
                "said",
                "5,000",
                "."
            ]
        );
    }

    #[test]
    fn a_window_holds_the_whole_tokens_inside_it() {
        let text = "Mr. Kwon said, “Yes.”\nNo";
        let doc = Doc::new(text);
        let window =
            |lo, hi| -> Vec<&str> { doc.window(lo, hi).iter().map(|t| t.text(text)).collect() };
        assert_eq!(window(0, text.len()), words(text));
        // "Kwon" is 4..8 and "said" 9..13: a window starting inside "Mr." or ending inside
        // "said" leaves the cut token out.
        assert_eq!(window(1, 12), ["Kwon"]);
        assert_eq!(window(4, 13), ["Kwon", "said"]);
        assert!(window(5, 5).is_empty());
        assert!(window(30, 10).is_empty());
    }

    #[test]
    fn splits_punctuation_and_line_breaks() {
        let text = "“Yes,” he said.\nNo";
        let kinds: Vec<TokKind> = tokenize(text, 0, text.len())
            .iter()
            .map(|t| t.kind)
            .collect();
        assert_eq!(kinds.len(), 9);
        assert_eq!(kinds[7], TokKind::Break);
    }

    #[test]
    fn snaps_windows_to_char_boundaries() {
        let text = "a “b” c";
        assert_eq!(tokenize(text, 3, 6).len(), 2);
        assert_eq!(floor_boundary(text, 3), 2);
    }
}
