//! Cue words: every reporting verb ("said", "told", "according to") found by looking up
//! each word token of the text once in a hash table; lookups by position are binary
//! searches.

use std::sync::LazyLock;

use super::lexicon::{CueClass, WordMap, cue_patterns};
use super::tokens::Tok;

/// One-word cues by their lower-case form, and two-word cues ("according to", "pointed
/// out") by their first word, with the second word they need.
struct CueTable {
    single: WordMap<&'static [u8], CueClass>,
    pairs: Vec<(&'static [u8], &'static str, CueClass)>,
    /// For each (first letter, last letter) of a cue's first word, a bit per word length:
    /// most words fail this test, which costs far less than a hash lookup.
    shapes: Vec<u32>,
}

impl CueTable {
    fn new() -> Self {
        let mut table = CueTable {
            single: WordMap::default(),
            pairs: Vec::new(),
            shapes: vec![0; 26 * 26],
        };
        for (pattern, class) in cue_patterns() {
            let first = match pattern.split_once(' ') {
                Some((first, second)) => {
                    table.pairs.push((first.as_bytes(), second, class));
                    first
                }
                None => {
                    table.single.insert(pattern.as_bytes(), class);
                    pattern
                }
            };
            if let Some(slot) = shape(first.as_bytes()) {
                table.shapes[slot.0] |= slot.1;
            }
        }
        table
    }

    /// Whether a word of this shape (in any case) could be the first word of a cue.
    fn may_start_cue(&self, word: &[u8]) -> bool {
        shape(word).is_some_and(|(slot, bit)| self.shapes[slot] & bit != 0)
    }
}

/// The shape of a word: the index of its (first, last) letter pair, ignoring case, and the
/// bit of its length; `None` for words that do not start and end in an ASCII letter.
fn shape(word: &[u8]) -> Option<(usize, u32)> {
    let (&first, &last) = (word.first()?, word.last()?);
    let letter = |b: u8| {
        let lower = b.to_ascii_lowercase();
        lower
            .is_ascii_lowercase()
            .then(|| usize::from(lower - b'a'))
    };
    let bit = 1u32.checked_shl(u32::try_from(word.len()).ok()?)?;
    Some((letter(first)? * 26 + letter(last)?, bit))
}

static CUE_TABLE: LazyLock<CueTable> = LazyLock::new(CueTable::new);

/// The longest cue word, in bytes: longer tokens are not looked up.
const LONGEST_CUE: usize = 16;

/// One cue occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub class: CueClass,
}

/// All cues of one text, sorted by position.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    pub all: Vec<Cue>,
}

impl Cues {
    #[cfg(test)]
    pub fn scan(text: &str) -> Self {
        Self::from_tokens(text, &super::tokens::tokenize(text, 0, text.len()))
    }

    /// The cues among the tokens of `text`.
    pub fn from_tokens(text: &str, toks: &[Tok]) -> Self {
        let table = &*CUE_TABLE;
        let mut all = Vec::new();
        let bytes = text.as_bytes();
        let mut lower = [0u8; LONGEST_CUE];
        for (k, tok) in toks.iter().enumerate() {
            // Bytes, not `&str`: this runs for every word of the text.
            let long = tok.end - tok.start > LONGEST_CUE;
            if !tok.is_word() || long {
                continue;
            }
            let Some(word) = bytes.get(tok.start..tok.end) else {
                continue;
            };
            if !table.may_start_cue(word) {
                continue;
            }
            let lower = lowercase(word, &mut lower);
            // Two-word cues first: the longer reading wins, as "pointed out" over "pointed".
            let next = toks.get(k + 1).filter(|t| t.is_word());
            let pair = next.and_then(|next| {
                let second = next.text(text);
                table
                    .pairs
                    .iter()
                    .find(|(a, b, _)| *a == lower && second.eq_ignore_ascii_case(b))
                    .map(|&(_, _, class)| (next.end, class))
            });
            let single = || table.single.get(lower).map(|&class| (tok.end, class));
            if let Some((end, class)) = pair.or_else(single) {
                all.push(Cue {
                    start: tok.start,
                    end,
                    class,
                });
            }
        }
        Self { all }
    }

    /// The cue starting exactly at `pos`.
    pub fn at(&self, pos: usize) -> Option<Cue> {
        let idx = self.all.partition_point(|c| c.start < pos);
        self.all.get(idx).filter(|c| c.start == pos).copied()
    }

    /// The cues starting inside `[start, end)`.
    pub fn within(&self, start: usize, end: usize) -> &[Cue] {
        let lo = self.all.partition_point(|c| c.start < start);
        let hi = self.all.partition_point(|c| c.start < end);
        self.all.get(lo..hi).unwrap_or(&[])
    }
}

/// The bytes of `word` (at most `LONGEST_CUE` bytes) with ASCII letters in lower case, in `buf`.
fn lowercase<'b>(word: &[u8], buf: &'b mut [u8; LONGEST_CUE]) -> &'b [u8] {
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word);
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cues_on_word_boundaries_only() {
        let text = "Essays said, according to Kim; he told us. Unsaid";
        let cues = Cues::scan(text);
        let words: Vec<&str> = cues.all.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(words, ["said", "according to", "told"]);
        assert_eq!(cues.all[1].class, CueClass::According);
        assert_eq!(cues.at(7).map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(cues.within(8, 40).len(), 2);
    }
}
