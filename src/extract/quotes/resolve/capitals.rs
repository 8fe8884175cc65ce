//! The capitalised words of an article, gathered once on its first name search and read
//! by every later one.

use super::super::tokens::Doc;

/// The capitalised tokens of a text, by index, each with its first byte: finding the
/// mentions of a name reads one byte per capitalised word, not a token per word of text.
pub(super) struct Capitals {
    /// The indices of the capitalised tokens, in text order.
    tokens: Vec<usize>,
    /// The first byte of each of those tokens.
    initials: Vec<u8>,
}

impl Capitals {
    pub(super) fn of(text: &Doc) -> Self {
        let (whole, toks) = (text.text(), text.tokens());
        let bytes = whole.as_bytes();
        // Sized for every token up front: growing by doubling would cost more than the scan.
        let mut capitals = Self {
            tokens: Vec::with_capacity(toks.len()),
            initials: Vec::with_capacity(toks.len()),
        };
        for (at, tok) in toks.iter().enumerate() {
            let Some(&initial) = bytes.get(tok.start) else {
                continue;
            };
            // `Tok::is_capitalised`'s ASCII case inline: this runs for every token.
            let capitalised = if initial.is_ascii() {
                tok.is_word() && initial.is_ascii_uppercase()
            } else {
                tok.is_capitalised(whole)
            };
            if capitalised {
                capitals.tokens.push(at);
                capitals.initials.push(initial);
            }
        }
        capitals
    }

    /// The indices of the capitalised tokens whose first byte is `initial`, in text order.
    pub(super) fn starting_with(&self, initial: u8) -> impl Iterator<Item = usize> + '_ {
        self.initials
            .iter()
            .zip(&self.tokens)
            .filter(move |(first, _)| **first == initial)
            .map(|(_, &at)| at)
    }
}
