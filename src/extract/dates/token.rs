//! The tokenizer the date grammar runs over: words, digit runs and single punctuation marks,
//! each with its byte span, plus the lexicon class of every word.
//!
//! Splitting happens only at ASCII bytes or at whole non-ASCII characters, so every token
//! boundary is a char boundary.

use super::lexicon::Lex;
use super::lookup;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (ASCII or any alphabetic character).
    Word,
    /// ASCII digits.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whether whitespace separates this token from the previous one.
    pub spaced: bool,
    /// The lexicon class of a word (or of a small number); `Lex::None` otherwise.
    pub lex: Lex,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Splits `text` into tokens; whitespace is dropped but remembered in [`Token::spaced`].
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // About one token per four bytes of news text: one allocation, no regrowth.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut pos = 0;
    let mut spaced = true;
    let lexicon = lookup::lexicon();
    while let Some(&b) = bytes.get(pos) {
        // ASCII first, in the order running text needs it: letters, spaces, digits, marks.
        let (end, kind) = if b.is_ascii_alphabetic() {
            (word_end(text, pos + 1), Kind::Word)
        } else if b.is_ascii_whitespace() {
            spaced = true;
            pos += 1;
            continue;
        } else if b.is_ascii_digit() {
            (digits_end(bytes, pos + 1), Kind::Number)
        } else if b.is_ascii() {
            (pos + 1, Kind::Punct)
        } else if is_word_start(text, pos) {
            (word_end(text, pos + char_len(b)), Kind::Word)
        } else {
            ((pos + char_len(b)).min(bytes.len()), Kind::Punct)
        };
        let lex = match kind {
            Kind::Word => lexicon.classify(&bytes[pos..end]),
            _ => Lex::None,
        };
        tokens.push(Token {
            start: pos,
            end,
            kind,
            spaced,
            lex,
        });
        spaced = false;
        pos = end;
    }
    tokens
}

/// The end of the run of ASCII digits from `at`.
fn digits_end(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_digit) {
        at += 1;
    }
    at
}

/// Which bytes are ASCII letters: one table read per byte of a word, cheaper than the two
/// range tests of `u8::is_ascii_alphabetic` in the tokenizer's innermost loop.
static ASCII_LETTER: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        #[allow(clippy::cast_possible_truncation)] // i < 256
        let b = i as u8;
        table[i] = b.is_ascii_alphabetic();
        i += 1;
    }
    table
};

/// The end of the word whose letters run on from `end` (a char boundary).
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // The common case: a run of ASCII letters, scanned without decoding.
        let rest = bytes.get(end..).unwrap_or_default();
        end += rest
            .iter()
            .position(|&b| !ASCII_LETTER[usize::from(b)])
            .unwrap_or(rest.len());
        match bytes.get(end) {
            Some(&b) if !b.is_ascii() && is_word_start(text, end) => end += char_len(b),
            _ => return end.min(bytes.len()),
        }
    }
}

/// Whether the character at byte `pos` (a char boundary) is a letter.
fn is_word_start(text: &str, pos: usize) -> bool {
    let b = text.as_bytes()[pos];
    if b.is_ascii() {
        return b.is_ascii_alphabetic();
    }
    text.get(pos..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// The UTF-8 length of the character whose first byte is `b`.
fn char_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        assert_eq!(
            texts("On Jul. 15, 2012-07-15"),
            ["On", "Jul", ".", "15", ",", "2012", "-", "07", "-", "15"]
        );
    }

    #[test]
    fn curly_apostrophe_is_its_own_token() {
        assert_eq!(
            texts("Friday’s the ’90s"),
            ["Friday", "’", "s", "the", "’", "90", "s"]
        );
    }

    #[test]
    fn keeps_accented_words_whole() {
        assert_eq!(texts("déjà vu 5é"), ["déjà", "vu", "5", "é"]);
    }

    #[test]
    fn tokens_stay_small() {
        // The tokenizer writes every token of the text: see the layout notes on `Lex`.
        assert_eq!(std::mem::size_of::<Lex>(), 3);
        assert!(std::mem::size_of::<Token>() <= 24);
    }

    #[test]
    fn remembers_spacing() {
        let toks = tokenize("2,012 and 5");
        let spaced: Vec<bool> = toks.iter().map(|t| t.spaced).collect();
        assert_eq!(spaced, [true, false, false, true, true]);
    }
}
