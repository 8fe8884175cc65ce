//! Cue words: every reporting verb ("said", "told", "according to") found by looking up
//! each word token of the text once in a hash table; lookups by position are binary
//! searches.

use std::sync::LazyLock;

use super::lexicon::{CueClass, cue_patterns};
use super::tokens::Tok;
use crate::extract::word_table::WordTable;

/// One-word cues by their lower-case form, and two-word cues ("according to", "pointed
/// out") by their first word, with the second word they need.
struct CueTable {
    first_words: WordTable<FirstWord>,
    pairs: Vec<(&'static [u8], &'static str, CueClass)>,
    /// For each (first byte, last byte) of a cue's first word, folded to 0..32, a bit per
    /// word length: most words fail this test, which costs far less than a lookup.
    shapes: Vec<u32>,
}

/// What the table knows of a word that opens a cue: its class as a one-word cue, and
/// whether a two-word cue opens with it (most words do not: their pair list is not read).
#[derive(Debug, Clone, Copy, Default)]
struct FirstWord {
    single: Option<CueClass>,
    opens_pair: bool,
}

impl CueTable {
    fn new() -> Self {
        let mut first_words = Vec::new();
        let mut pairs = Vec::new();
        let mut shapes = vec![0; 32 * 32];
        for (pattern, class) in cue_patterns() {
            let first = match pattern.split_once(' ') {
                Some((first, second)) => {
                    pairs.push((first.as_bytes(), second, class));
                    let entry = FirstWord {
                        single: None,
                        opens_pair: true,
                    };
                    first_words.push((first.as_bytes(), entry));
                    first
                }
                None => {
                    let entry = FirstWord {
                        single: Some(class),
                        opens_pair: false,
                    };
                    first_words.push((pattern.as_bytes(), entry));
                    pattern
                }
            };
            if let Some(slot) = shape_slot(first.as_bytes()) {
                shapes[slot] |= 1 << first.len();
            }
        }
        // Each pattern is listed once (a test of the lexicon checks it), so a word has at
        // most one class of its own, and may open pairs besides.
        let first_words = WordTable::new(first_words, |a, b| FirstWord {
            single: b.single.or(a.single),
            opens_pair: a.opens_pair || b.opens_pair,
        });
        CueTable {
            first_words,
            pairs,
            shapes,
        }
    }

    /// Whether a word of this shape (in any case) could be the first word of a cue; `word`
    /// has at most `LONGEST_CUE` bytes.
    fn may_start_cue(&self, word: &[u8]) -> bool {
        shape_slot(word).is_some_and(|slot| self.shapes[slot] & (1 << word.len()) != 0)
    }
}

/// The index of a word's (first, last) byte pair, each folded to 0..32 so that an ASCII
/// letter folds the same in either case (other bytes fold somewhere, which only lets a word
/// through to the exact lookup); `None` for the empty word.
fn shape_slot(word: &[u8]) -> Option<usize> {
    let fold = |b: &u8| usize::from(b & 31);
    Some(fold(word.first()?) * 32 + fold(word.last()?))
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
        // About one cue per hundred tokens of news text; room for one in 64 so it rarely regrows.
        let mut all = Vec::with_capacity(toks.len() / 64 + 1);
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
            let Some(entry) = table.first_words.get(lower) else {
                continue;
            };
            // Two-word cues first: the longer reading wins, as "pointed out" over "pointed".
            let next = toks.get(k + 1).filter(|t| entry.opens_pair && t.is_word());
            let pair = next.and_then(|next| {
                let second = next.text(text);
                table
                    .pairs
                    .iter()
                    .find(|(a, b, _)| *a == lower && second.eq_ignore_ascii_case(b))
                    .map(|&(_, _, class)| (next.end, class))
            });
            let single = || entry.single.map(|class| (tok.end, class));
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
