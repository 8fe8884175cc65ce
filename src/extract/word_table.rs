//! A case-insensitive table of short words (function words, cue verbs): each word's bytes,
//! ASCII-lowercased, packed with its length into one integer and looked up in an
//! open-addressing hash table, behind a filter on the first byte and the length.
//!
//! The quote finders look up nearly every word near a cue, and the place rules the words
//! around every name; most of them are in no list:
//! the filter rejects those with one table read, and a listed word costs one multiply and
//! usually one comparison, where a general hash map hashed the bytes one by one.

/// The longest word a table can hold, in bytes: the length takes the key's last byte.
pub const LONGEST_WORD: usize = 15;

/// log2 of the table size; callers keep it under half full.
const TABLE_BITS: u32 = 10;
const SIZE: usize = 1 << TABLE_BITS;
/// No key is zero: every packed key holds a length of at least 1.
const EMPTY: u128 = 0;

pub struct WordTable<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    /// For each first byte folded to 0..32, a bit per length of the words opening with it.
    openings: [u16; 32],
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of `entries`, keyed in lower case; a word listed twice has its values
    /// combined with `merge`.
    ///
    /// # Panics
    /// When a word is empty or longer than [`LONGEST_WORD`], or the table gets too full:
    /// both are mistakes in the hand-written lists, caught by their tests.
    pub fn new<'w>(
        entries: impl IntoIterator<Item = (&'w [u8], V)>,
        merge: impl Fn(V, V) -> V,
    ) -> Self {
        let mut table = Self {
            keys: vec![EMPTY; SIZE],
            values: vec![V::default(); SIZE],
            openings: [0; 32],
        };
        let mut filled = 0;
        for (word, value) in entries {
            assert!(
                (1..=LONGEST_WORD).contains(&word.len()),
                "word table entry {word:?} must have 1 to {LONGEST_WORD} bytes"
            );
            let key = pack(word);
            let mut slot = slot_of(key);
            while table.keys[slot] != EMPTY && table.keys[slot] != key {
                slot = (slot + 1) & (SIZE - 1);
            }
            if table.keys[slot] == key {
                table.values[slot] = merge(table.values[slot], value);
            } else {
                filled += 1;
                assert!(filled <= SIZE / 2, "word table over half full");
                table.keys[slot] = key;
                table.values[slot] = value;
            }
            table.openings[fold(word[0])] |= 1 << word.len();
        }
        table
    }

    /// A table of flags from word lists: a word in several lists has all their flags.
    pub fn of_flag_lists(lists: &[(&[&str], V)]) -> Self
    where
        V: std::ops::BitOr<Output = V>,
    {
        let entries = lists
            .iter()
            .flat_map(|&(words, flag)| words.iter().map(move |word| (word.as_bytes(), flag)));
        Self::new(entries, |a, b| a | b)
    }

    /// The value of `word`, ignoring ASCII case; `None` for unlisted words.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<V> {
        let first = *word.first()?;
        if word.len() > LONGEST_WORD || self.openings[fold(first)] & (1 << word.len()) == 0 {
            return None;
        }
        let key = pack(word);
        let mut slot = slot_of(key);
        loop {
            match self.keys[slot] {
                k if k == key => return Some(self.values[slot]),
                EMPTY => return None,
                _ => slot = (slot + 1) & (SIZE - 1),
            }
        }
    }
}

/// A byte folded to 0..32 for the opening filter; ASCII letters fold the same in either
/// case, other bytes fold somewhere, which only lets them through to the full check.
fn fold(byte: u8) -> usize {
    usize::from(byte & 31)
}

/// The word (1 to [`LONGEST_WORD`] bytes) ASCII-lowercased, little-endian, with its length
/// in the top byte so that words ending in NUL bytes stay apart.
fn pack(word: &[u8]) -> u128 {
    let bytes = word.iter().rev().fold(0u128, |key, &b| {
        key << 8 | u128::from(b.to_ascii_lowercase())
    });
    bytes | (word.len() as u128) << 120
}

fn slot_of(key: u128) -> usize {
    // Truncation is the point: fold the key to 64 bits, then multiply-shift hash.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(17);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS);
    usize::try_from(hash).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> WordTable<u8> {
        let words: [&[u8]; 5] = [b"said", b"u.s", "’s".as_bytes(), b"a", b"representative"];
        WordTable::new(words.into_iter().zip(1..), |a, b| a | b)
    }

    #[test]
    fn finds_listed_words_in_any_ascii_case() {
        let t = table();
        assert_eq!(t.get(b"SAID"), Some(1));
        assert_eq!(t.get(b"U.S"), Some(2));
        assert_eq!(t.get("’S".as_bytes()), Some(3));
        assert_eq!(t.get(b"A"), Some(4));
        assert_eq!(t.get(b"Representative"), Some(5));
    }

    #[test]
    fn misses_other_words() {
        let t = table();
        for word in [
            &b""[..],
            b"sai",
            b"saids",
            b"a\0",
            b"said\0",
            b"s",
            b"representatives",
        ] {
            assert_eq!(t.get(word), None, "{word:?}");
        }
        assert_eq!(t.get("SAÏD".as_bytes()), None);
    }

    #[test]
    fn merges_repeated_words() {
        let t = WordTable::new([(&b"in"[..], 1u8), (b"IN", 4)], |a, b| a | b);
        assert_eq!(t.get(b"in"), Some(5));
    }
}
