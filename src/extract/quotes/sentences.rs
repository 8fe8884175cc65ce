//! Sentence splitting in one linear pass, with an abbreviation list so that "Mr. Kwon",
//! "the U.S. Senate" and "Sept. 5" do not end sentences. Line breaks always end one.
//!
//! Sentences are kept as sorted start offsets; [`Sentences::around`] finds the sentence
//! holding a position by binary search.

use super::lexicon::is_abbreviation;
use super::tokens::{Tok, TokKind};
use crate::extract::Span;

/// The sentence starts of one text.
#[derive(Debug, Clone)]
pub struct Sentences {
    starts: Vec<usize>,
    len: usize,
}

impl Sentences {
    #[cfg(test)]
    pub fn split(text: &str) -> Self {
        Self::from_tokens(text, &super::tokens::tokenize(text, 0, text.len()))
    }

    /// The sentences of `text` from its tokens: only a line break or a `.`, `!`, `?` that
    /// the tokenizer left on its own (abbreviation dots stay inside their words) can end
    /// one, so the scan visits tokens instead of bytes.
    pub fn from_tokens(text: &str, toks: &[Tok]) -> Self {
        let bytes = text.as_bytes();
        // About one sentence per twenty tokens of news text; room for one in 16 so it rarely
        // regrows.
        let mut starts = Vec::with_capacity(toks.len() / 16 + 1);
        starts.push(0);
        let mut resume = 0;
        for tok in toks {
            if tok.start < resume || tok.kind == TokKind::Word {
                continue;
            }
            let next = match bytes.get(tok.start) {
                Some(b'\n') => Some(skip_space(bytes, tok.start + 1)),
                Some(b'.' | b'!' | b'?') => boundary_after(text, tok.start),
                _ => None,
            };
            if let Some(next) = next {
                push_start(&mut starts, next, bytes.len());
                resume = next;
            }
        }
        Self {
            starts,
            len: text.len(),
        }
    }

    /// The sentence containing byte `pos`, without its trailing whitespace.
    pub fn around(&self, text: &str, pos: usize) -> Span {
        let idx = self.starts.partition_point(|&s| s <= pos).saturating_sub(1);
        let start = self.starts.get(idx).copied().unwrap_or(0);
        let end = self.starts.get(idx + 1).copied().unwrap_or(self.len);
        let body = text.get(start..end).unwrap_or("");
        Span::new(start, start + body.trim_end().len())
    }
}

fn push_start(starts: &mut Vec<usize>, pos: usize, len: usize) {
    if pos < len && starts.last().is_some_and(|&last| last < pos) {
        starts.push(pos);
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Where the next sentence starts when the terminal mark at `i` ends one.
fn boundary_after(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = i + 1;
    j += closing_marks_len(&text[j..]);
    if j < bytes.len() && !bytes[j].is_ascii_whitespace() {
        return None;
    }
    let next = skip_space(bytes, j);
    let opens_sentence = text[next..]
        .chars()
        .next()
        .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘('[".contains(c));
    if !opens_sentence || (bytes[i] == b'.' && ends_with_abbreviation(text, i)) {
        return None;
    }
    Some(next)
}

/// The byte length of the closing quotes and brackets right after a terminal mark.
fn closing_marks_len(rest: &str) -> usize {
    rest.chars()
        .take_while(|c| "\"”’')]".contains(*c))
        .map(char::len_utf8)
        .sum()
}

/// Whether the word ending at the full stop at `dot` is an abbreviation ("Mr", "U.S").
fn ends_with_abbreviation(text: &str, dot: usize) -> bool {
    let head = &text[..dot];
    let word_start = head
        .char_indices()
        .rev()
        .take(12)
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    word_start < dot && is_abbreviation(&text[word_start..dot])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let s = Sentences::split(text);
        s.starts
            .iter()
            .map(|&p| s.around(text, p).slice(text))
            .collect()
    }

    #[test]
    fn splits_on_terminal_marks_before_capitals() {
        assert_eq!(
            sentences("It rained. Then it stopped! Did it? Yes."),
            ["It rained.", "Then it stopped!", "Did it?", "Yes."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Mr. Lee met Dr. Ames in the U.S. Senate on Sept. 5. James S. Kim wrote."),
            [
                "Mr. Lee met Dr. Ames in the U.S. Senate on Sept. 5.",
                "James S. Kim wrote."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence_and_lines_split() {
        assert_eq!(
            sentences("He said “Go.” She left\nNew line"),
            ["He said “Go.”", "She left", "New line"]
        );
    }

    #[test]
    fn lowercase_continuation_does_not_split() {
        assert_eq!(
            sentences("It cost 3.5 million, i.e. a lot."),
            ["It cost 3.5 million, i.e. a lot."]
        );
    }
}
