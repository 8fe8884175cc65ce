//! Cue words: one automaton pass finds every reporting verb ("said", "told", "according
//! to") on word boundaries; lookups by position are binary searches.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::lexicon::{CueClass, cue_patterns};

static CUE_PATTERNS: LazyLock<Vec<(&'static str, CueClass)>> = LazyLock::new(cue_patterns);

static CUE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        // A DFA: the cue scan runs over every byte, so search speed beats build time.
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(CUE_PATTERNS.iter().map(|(word, _)| word))
        .ok()
});

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
    pub fn scan(text: &str) -> Self {
        let Some(finder) = CUE_FINDER.as_ref() else {
            return Self::default();
        };
        let all = finder
            .find_iter(text)
            .filter(|m| on_word_boundaries(text, m.start(), m.end()))
            .filter_map(|m| {
                let (_, class) = CUE_PATTERNS.get(m.pattern().as_usize())?;
                Some(Cue {
                    start: m.start(),
                    end: m.end(),
                    class: *class,
                })
            })
            .collect();
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

fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|h| h.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    !is_word(before) && !is_word(after)
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
