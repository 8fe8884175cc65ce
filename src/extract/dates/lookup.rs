//! Word lookup for the tokenizer: the lexicon as an open-addressing hash table keyed by the
//! lowercased word packed into one integer, behind a filter on the first two letters and the
//! length, so most words of running text cost two table reads and the rest one multiply and
//! one comparison.

use std::sync::LazyLock;

use super::lexicon::{Lex, all_entries};

/// The lexicon as an open-addressing hash table on packed keys: one multiply and usually
/// one comparison per word of running text.
pub struct Table {
    keys: Vec<u128>,
    classes: Vec<Lex>,
    /// For each first and second letter (case folded), the lengths of the entries that
    /// open with them (bit n: n letters): most words of running text are rejected on their
    /// first two letters and length without packing.
    openings: [[u16; 32]; 32],
}

/// log2 of the table size; the table stays under a third full.
const TABLE_BITS: u32 = 10;
const EMPTY: u128 = 0;

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let size = 1usize << TABLE_BITS;
    let mut table = Table {
        keys: vec![EMPTY; size],
        classes: vec![Lex::None; size],
        openings: [[0; 32]; 32],
    };
    for (word, lex) in all_entries() {
        let Some(key) = pack(word.as_bytes()) else {
            continue;
        };
        let mut slot = slot_of(key);
        while table.keys[slot] != EMPTY && table.keys[slot] != key {
            slot = (slot + 1) & (size - 1);
        }
        table.keys[slot] = key;
        table.classes[slot] = lex;
        let (first, second) = opening(word.as_bytes());
        table.openings[first][second] |= 1 << word.len();
    }
    table
});

/// The longest word in the table, so longer words are rejected without a lookup.
const MAX_WORD: usize = 12;

/// A word of 1 to [`MAX_WORD`] ASCII letters, lowercased and packed into one integer.
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_WORD {
        return None;
    }
    let mut buf = [0u8; 16];
    for (slot, &b) in buf.iter_mut().zip(word) {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        *slot = b | 0x20; // ASCII lowercase
    }
    Some(u128::from_le_bytes(buf))
}

/// The first two letters of a word, case folded to 1..=26 (0 for a missing second letter);
/// other bytes fold somewhere in 0..32, which only lets them through to the full check.
fn opening(word: &[u8]) -> (usize, usize) {
    let fold = |b: &u8| usize::from((b | 0x20) & 31);
    (word.first().map_or(0, fold), word.get(1).map_or(0, fold))
}

/// The key of a word of 1 to [`MAX_WORD`] bytes as [`pack`] makes it, without checking that
/// the bytes are letters: a byte that is not an ASCII letter folds to one that is no lowercase
/// letter, which no key has, so such a word misses the table just as `pack` would refuse it.
fn fold_key(word: &[u8]) -> u128 {
    // Little-endian, like `pack`: the first byte is the lowest. Shifts instead of a copy
    // into a buffer, which costs a `memcpy` call for a few bytes.
    word.iter()
        .rev()
        .fold(0, |key, &b| key << 8 | u128::from(b | 0x20))
}

fn slot_of(key: u128) -> usize {
    // Truncation is the point: fold the key to 64 bits, then multiply-shift hash.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(17);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS);
    usize::try_from(hash).unwrap_or(0)
}

/// The lexicon's table, built on first use. The tokenizer takes it once per text rather than
/// once per word: every access to the lazy static checks whether it is built yet.
pub fn lexicon() -> &'static Table {
    &TABLE
}

/// The lexicon class of `word` (case-insensitive); `Lex::None` for any other word.
#[cfg(test)]
pub fn classify(word: &[u8]) -> Lex {
    lexicon().classify(word)
}

impl Table {
    /// The lexicon class of `word` (case-insensitive); `Lex::None` for any other word.
    #[inline]
    pub fn classify(&self, word: &[u8]) -> Lex {
        if word.len() > MAX_WORD {
            return Lex::None;
        }
        // Also refuses the empty word: no entry opens with a missing first letter.
        let (first, second) = opening(word);
        if self.openings[first][second] & (1 << word.len()) == 0 {
            return Lex::None;
        }
        let key = fold_key(word);
        let mask = self.keys.len() - 1;
        let mut slot = slot_of(key);
        loop {
            match self.keys[slot] {
                k if k == key => return self.classes[slot],
                EMPTY => return Lex::None,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::lexicon::Cue;

    #[test]
    fn no_word_is_longer_than_the_fast_reject_limit() {
        assert!(all_entries().iter().all(|(w, _)| w.len() <= MAX_WORD));
    }

    #[test]
    fn classifies_case_insensitively() {
        assert_eq!(classify(b"July"), Lex::Month(7));
        assert_eq!(classify(b"SEPT"), Lex::MonthAbbrev(9));
        assert_eq!(classify(b"sunday"), Lex::Weekday(7));
        assert_eq!(classify(b"Nineteen"), Lex::Count(19));
        assert_eq!(classify(b"ninety"), Lex::Count(90));
        assert_eq!(classify(b"third"), Lex::Ordinal(3));
        assert_eq!(classify(b"nineties"), Lex::Decade(9));
        assert_eq!(classify(b"payable"), Lex::Cue(Cue::Future));
    }

    #[test]
    fn unknown_and_long_words_are_none() {
        assert_eq!(classify(b"gazetteer"), Lex::None);
        assert_eq!(classify(b"internationalisation"), Lex::None);
        assert_eq!(classify("déjà".as_bytes()), Lex::None);
    }

    #[test]
    fn words_with_other_bytes_than_letters_are_none() {
        // '@' and '`' fold next to the letters; NUL and digits fold to no letter at all.
        for word in ["m@y", "`ay", "ma\0", "ju1y", "Mayé", "MAY\u{a0}"] {
            assert_eq!(classify(word.as_bytes()), Lex::None, "{word:?}");
        }
        assert_eq!(classify(b"MaY"), Lex::Month(5));
    }
}
