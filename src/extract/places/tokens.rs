//! Words of a text with their byte offsets, and the facts about their surroundings that the
//! place rules ask about: the word's shape, whether it opens a sentence, and whether it sits in
//! an ALL-CAPS headline or dateline where capitalisation says nothing.

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// "Seoul", "McAllen", "A".
    Capitalised,
    /// "SEOUL", "U.S" (two or more letters, none lowercase).
    AllCaps,
    /// "official", "de".
    Lower,
    /// Digits and anything else.
    Other,
}

/// One word: a run of letters and digits, with inner apostrophes, hyphens and dots
/// ("d'Ivoire", "Guinea-Bissau", "U.S"). A possessive "'s" is not part of the word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// First word of the text, or the first after sentence-ending punctuation, a line break,
    /// an opening quote or bracket.
    pub sentence_start: bool,
    /// The word is ALL-CAPS inside an uppercase line or a line-opening dateline run, where
    /// names are matched case-insensitively.
    pub caps_context: bool,
    /// A full stop follows the word directly ("U.S." or a sentence end).
    pub dot_after: bool,
}

impl Word {
    /// The word's text.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Starts with an uppercase letter (any of `Capitalised`, `AllCaps`).
    #[must_use]
    pub fn is_upper_initial(&self) -> bool {
        matches!(self.shape, Shape::Capitalised | Shape::AllCaps)
    }
}

/// Splits `text` into words.
#[must_use]
pub fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 5 + 8);
    let mut line_starts = vec![0usize];
    let mut at = 0;
    let mut gap_start = 0;
    let bytes = text.as_bytes();
    while let Some((c, width)) = char_at(text, at) {
        if !c.is_alphanumeric() {
            at += width;
            while bytes
                .get(at)
                .is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
            {
                at += 1;
            }
            continue;
        }
        let start = at;
        let end = word_end(text, start);
        let gap = Gap::of(&bytes[gap_start..start]);
        if gap.line_break && !words.is_empty() {
            line_starts.push(words.len());
        }
        words.push(Word {
            start,
            end,
            shape: shape(text, start, end),
            sentence_start: words.is_empty() || gap.ends_sentence,
            caps_context: false,
            dot_after: bytes.get(end) == Some(&b'.'),
        });
        at = end;
        gap_start = end;
    }
    line_starts.push(words.len());
    for line in line_starts.windows(2) {
        mark_caps_context(&mut words[line[0]..line[1]]);
    }
    words
}

/// The char at byte `at` and its width, decoding only non-ASCII bytes.
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let &byte = text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((char::from(byte), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// End of the word that starts at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = start;
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    while let Some((c, width)) = char_at(text, at) {
        if !(c.is_alphanumeric() || is_joiner(c) && joins(text, at, c)) {
            break;
        }
        at += width;
    }
    at
}

/// What lies between two words.
struct Gap {
    ends_sentence: bool,
    line_break: bool,
}

impl Gap {
    fn of(gap: &[u8]) -> Gap {
        if gap == b" " {
            return Gap {
                ends_sentence: false,
                line_break: false,
            };
        }
        let mut found = Gap {
            ends_sentence: false,
            line_break: false,
        };
        for &byte in gap {
            match byte {
                b'\n' => {
                    found.line_break = true;
                    found.ends_sentence = true;
                }
                b'.' | b'!' | b'?' | b'"' | b'(' | b'[' | b':' | b';' => found.ends_sentence = true,
                _ => {}
            }
        }
        if !gap.is_ascii() {
            // Opening curly quotes: “ is E2 80 9C and ‘ is E2 80 98.
            found.ends_sentence |= gap
                .windows(3)
                .any(|w| matches!(w, [0xE2, 0x80, 0x9C | 0x98]));
        }
        found
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-')
}

/// Whether the joiner at byte `i` continues the word: it must be followed by a letter or
/// digit, and an apostrophe must not start a possessive "'s".
fn joins(text: &str, i: usize, joiner: char) -> bool {
    let rest = &text[i + joiner.len_utf8()..];
    let mut after = rest.chars();
    let Some(next) = after.next() else {
        return false;
    };
    if !next.is_alphanumeric() {
        return false;
    }
    let possessive = joiner != '.' && joiner != '-' && next == 's';
    !(possessive && after.next().is_none_or(|c| !c.is_alphanumeric()))
}

fn shape(text: &str, start: usize, end: usize) -> Shape {
    let bytes = &text.as_bytes()[start..end];
    let word = || text.get(start..end).unwrap_or("");
    let Some(&first) = bytes.first() else {
        return Shape::Other;
    };
    if first.is_ascii_lowercase() {
        return Shape::Lower;
    }
    if first.is_ascii_digit() {
        return Shape::Other;
    }
    if !first.is_ascii_uppercase() {
        return unicode_shape(word());
    }
    if bytes.len() == 1 || !bytes[1..].iter().all(u8::is_ascii) {
        return unicode_shape(word());
    }
    let rest = &bytes[1..];
    let lower = rest.iter().any(u8::is_ascii_lowercase);
    let letters = rest.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if letters >= 1 && !lower {
        Shape::AllCaps
    } else {
        Shape::Capitalised
    }
}

/// The general case of [`shape`] for words with non-ASCII letters.
fn unicode_shape(word: &str) -> Shape {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    let mut letters = 1;
    let mut lower = false;
    for c in chars {
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    if letters >= 2 && !lower {
        Shape::AllCaps
    } else {
        Shape::Capitalised
    }
}

/// Marks the ALL-CAPS words of a line as caps context when the line is a headline (mostly
/// uppercase words) or when they open the line (a dateline: "LOS ANGELES (Reuters) -").
fn mark_caps_context(line: &mut [Word]) {
    let caps = line.iter().filter(|w| w.shape == Shape::AllCaps).count();
    let cased = line
        .iter()
        .filter(|w| matches!(w.shape, Shape::Capitalised | Shape::Lower))
        .count();
    let headline = caps >= 1 && caps >= 2 * cased;
    let mut leading = true;
    for word in line.iter_mut() {
        let is_caps = word.shape == Shape::AllCaps;
        leading &= is_caps;
        word.caps_context = is_caps && (headline || leading);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text).iter().map(|w| w.text(text)).collect()
    }

    #[test]
    fn keeps_inner_joiners_and_drops_possessives() {
        assert_eq!(
            texts("Côte d'Ivoire, Guinea-Bissau and the U.S. Beijing’s policy; Germany's"),
            [
                "Côte",
                "d'Ivoire",
                "Guinea-Bissau",
                "and",
                "the",
                "U.S",
                "Beijing",
                "s",
                "policy",
                "Germany",
                "s"
            ]
        );
    }

    #[test]
    fn sentence_starts_follow_punctuation_and_lines() {
        let text = "In Seoul. The rest\nNext “Quoted”";
        let starts: Vec<bool> = words(text).iter().map(|w| w.sentence_start).collect();
        assert_eq!(starts, [true, false, true, false, true, true]);
    }

    #[test]
    fn caps_context_in_headlines_and_datelines_only() {
        let text = "RUGBY UNION - ENGLAND BEAT ITALY\nMOSCOW (Reuters) - The US said";
        let caps: Vec<bool> = words(text).iter().map(|w| w.caps_context).collect();
        assert_eq!(
            caps,
            [
                true, true, true, true, true, true, false, false, false, false
            ]
        );
    }

    #[test]
    fn shapes() {
        let text = "Seoul SEOUL official 1996 A Äland ÄLAND élan";
        let shapes: Vec<Shape> = words(text).iter().map(|w| w.shape).collect();
        use Shape::*;
        assert_eq!(
            shapes,
            [
                Capitalised,
                AllCaps,
                Lower,
                Other,
                Capitalised,
                Capitalised,
                AllCaps,
                Lower
            ]
        );
    }

    #[test]
    fn cjk_and_odd_input_do_not_panic() {
        for text in ["北京市和上海", "'''---...", "a'", "x-", "ǅ", "\u{301}e"] {
            for word in words(text) {
                assert!(text.get(word.start..word.end).is_some());
            }
        }
    }
}
