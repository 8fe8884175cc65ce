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

/// Byte classes, one table read per byte of text: the letter case of ASCII bytes, and what
/// the bytes between two words say about the second ([`ENDS_SENTENCE`], [`LINE_BREAK`]).
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const NON_ASCII: u8 = 8;
const ENDS_SENTENCE: u8 = 16;
const LINE_BREAK: u8 = 32;
const ALNUM: u8 = UPPER | LOWER | DIGIT;

static CLASSES: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        #[allow(clippy::cast_possible_truncation)] // i < 256
        let b = i as u8;
        table[i] = match b {
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            0x80..=0xFF => NON_ASCII,
            b'\n' => LINE_BREAK | ENDS_SENTENCE,
            b'.' | b'!' | b'?' | b'"' | b'(' | b'[' | b':' | b';' => ENDS_SENTENCE,
            _ => 0,
        };
        i += 1;
    }
    table
}

fn class(byte: u8) -> u8 {
    CLASSES[usize::from(byte)]
}

/// Splits `text` into words.
#[must_use]
pub fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 5 + 8);
    let mut line = Line::default();
    let mut at = 0;
    // What the bytes since the last word said, gathered while skipping them; the text's
    // first word opens a sentence as if a full stop came before it.
    let mut gap = ENDS_SENTENCE;
    let bytes = text.as_bytes();
    while let Some(&byte) = bytes.get(at) {
        let first = class(byte);
        let after_first = if first & ALNUM != 0 {
            at + 1
        } else if first & NON_ASCII == 0 {
            gap |= first;
            at += 1;
            continue;
        } else {
            let Some((c, width)) = char_at(text, at) else {
                break;
            };
            if !c.is_alphanumeric() {
                // The opening curly quotes “ and ‘ open a sentence like '"'.
                if matches!(c, '\u{201C}' | '\u{2018}') {
                    gap |= ENDS_SENTENCE;
                }
                at += width;
                continue;
            }
            at + width
        };
        let start = at;
        let end = word_end(text, after_first);
        // Finishing a line before the first word is harmless: it has no words to mark.
        if gap & LINE_BREAK != 0 {
            line.finish(&mut words);
        }
        let shape = shape(text, start, end, first);
        line.count(shape);
        words.push(Word {
            start,
            end,
            shape,
            sentence_start: gap & ENDS_SENTENCE != 0,
            caps_context: false,
            dot_after: bytes.get(end) == Some(&b'.'),
        });
        at = end;
        gap = 0;
    }
    line.finish(&mut words);
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

/// End of the word whose first char ends at `at`.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits: the bulk of every word, one table read a byte.
        while bytes.get(at).is_some_and(|&b| class(b) & ALNUM != 0) {
            at += 1;
        }
        // An ASCII byte other than a joiner ends the word without decoding.
        match bytes.get(at) {
            None => return at,
            Some(&b) if b.is_ascii() && !matches!(b, b'.' | b'\'' | b'-') => return at,
            Some(_) => {}
        }
        let Some((c, width)) = char_at(text, at) else {
            return at;
        };
        if !(c.is_alphanumeric() || is_joiner(c) && joins(text, at, c)) {
            return at;
        }
        at += width;
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

/// The shape of the word `start..end`, from the class of its first byte and, for an ASCII
/// capital, the classes of the rest taken together (read only then: most words are lower
/// case); words with non-ASCII letters take the general path.
fn shape(text: &str, start: usize, end: usize, first: u8) -> Shape {
    let word = || text.get(start..end).unwrap_or("");
    if first & LOWER != 0 {
        return Shape::Lower;
    }
    if first & DIGIT != 0 {
        return Shape::Other;
    }
    if first & UPPER == 0 || end - start == 1 {
        return unicode_shape(word());
    }
    let rest = text.as_bytes()[start + 1..end]
        .iter()
        .fold(0, |rest, &b| rest | class(b));
    if rest & NON_ASCII != 0 {
        return unicode_shape(word());
    }
    if rest & (UPPER | LOWER) != 0 && rest & LOWER == 0 {
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

/// The words of the current line: where it starts and how its words are cased, counted
/// as they are found.
#[derive(Default)]
struct Line {
    first: usize,
    caps: usize,
    cased: usize,
}

impl Line {
    fn count(&mut self, shape: Shape) {
        match shape {
            Shape::AllCaps => self.caps += 1,
            Shape::Capitalised | Shape::Lower => self.cased += 1,
            Shape::Other => {}
        }
    }

    /// Marks the line's caps context (see [`mark_caps_context`]) and starts the next line
    /// after the words so far.
    fn finish(&mut self, words: &mut [Word]) {
        if self.caps > 0 {
            let headline = self.caps >= 2 * self.cased;
            mark_caps_context(&mut words[self.first..], headline);
        }
        *self = Line {
            first: words.len(),
            ..Line::default()
        };
    }
}

/// Marks the ALL-CAPS words of a line as caps context when the line is a headline (mostly
/// uppercase words) or when they open the line (a dateline: "LOS ANGELES (Reuters) -").
/// Words start unmarked, so a line that is no headline needs only its opening run visited.
fn mark_caps_context(line: &mut [Word], headline: bool) {
    for word in line.iter_mut() {
        let is_caps = word.shape == Shape::AllCaps;
        if !is_caps && !headline {
            break;
        }
        word.caps_context = is_caps;
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
    fn the_first_word_opens_a_sentence_after_any_leading_gap() {
        for text in [
            "Seoul",
            "  seoul",
            "\n\nSEOUL (Reuters) - The",
            ", and",
            "\u{201C}",
        ] {
            if let Some(first) = words(text).first() {
                assert!(first.sentence_start, "{text:?}");
            }
        }
        // A line break before the first word finishes an empty line: the dateline that
        // follows is still marked.
        let caps: Vec<bool> = words("\nMOSCOW (Reuters) - The")
            .iter()
            .map(|w| w.caps_context)
            .collect();
        assert_eq!(caps, [true, false, false]);
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
