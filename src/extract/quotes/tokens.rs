//! A small tokenizer for bounded windows of text: words (with inner hyphens, apostrophes and
//! abbreviation dots), single punctuation marks, and line breaks.
//!
//! The quote finder only ever tokenizes a window around a cue or a quotation mark, so the
//! cost stays proportional to the window, never to the article.

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
        self.is_word() && self.text(text).starts_with(|c: char| c.is_uppercase())
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
    let window = &text[lo..hi];
    let mut toks = Vec::new();
    let mut chars = window.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let start = lo + i;
        if is_word_char(c) {
            let mut end = start + c.len_utf8();
            loop {
                let mut ahead = chars.clone();
                match ahead.next() {
                    Some((j, n)) if is_word_char(n) => {
                        end = lo + j + n.len_utf8();
                        chars.next();
                    }
                    Some((j, n)) if is_connector(n) => match ahead.next() {
                        Some((k, m)) if is_word_char(m) => {
                            end = lo + k + m.len_utf8();
                            chars.next();
                            chars.next();
                        }
                        _ => {
                            if n == '.' && is_abbreviation(&text[start..end]) {
                                end = lo + j + 1;
                                chars.next();
                            }
                            break;
                        }
                    },
                    _ => break,
                }
            }
            toks.push(Tok {
                start,
                end,
                kind: TokKind::Word,
            });
        } else if c == '\n' {
            toks.push(Tok {
                start,
                end: start + 1,
                kind: TokKind::Break,
            });
        } else if !c.is_whitespace() {
            let end = start + c.len_utf8();
            toks.push(Tok {
                start,
                end,
                kind: TokKind::Punct,
            });
        }
    }
    toks
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
