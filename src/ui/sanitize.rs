//! Making untrusted text safe to draw: every control character, escape sequence
//! introducer and bidirectional override becomes a visible, inert placeholder.
//!
//! Article text, titles, file names and entity names all come from files we did not
//! write. Drawn raw, an `ESC [ 2 J` would clear the screen, an OSC 52 sequence could write
//! the clipboard and a U+202E could reverse what the reader sees. Instead:
//! - C0 controls U+0000..U+001F become the matching Control Pictures U+2400.. (ESC → `␛`),
//!   except that tab and line breaks become a plain space (they are layout, not content);
//! - DEL becomes `␡`;
//! - C1 controls U+0080..U+009F (which include the 8-bit CSI and OSC) become `�`;
//! - bidi embeddings, overrides, isolates and marks become `⇄` (U+21C4): one column wide
//!   in every terminal (East Asian Width neutral), so text holding them still wraps into
//!   the narrowest pane.
//!
//! Because the introducer of every escape sequence is replaced, the rest of the sequence
//! is ordinary printable text and reaches the terminal as such.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// Whether `c` is a bidirectional formatting character that could reorder what is shown.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// What a bidirectional control is drawn as.
pub const BIDI_PLACEHOLDER: char = '⇄';

/// Whether `c` must not be written to a terminal as it is.
#[must_use]
pub fn needs_replacing(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Appends the visible form of `c` to `out`.
fn push_visible(c: char, out: &mut String) {
    match c {
        '\t' | '\n' | '\r' => out.push(' '),
        '\u{7F}' => out.push('␡'),
        c if u32::from(c) < 0x20 => {
            // Control Pictures mirror C0 one to one: U+2400 + code point.
            out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('�'));
        }
        c if is_bidi_control(c) => out.push(BIDI_PLACEHOLDER),
        c if c.is_control() => out.push('�'),
        c => out.push(c),
    }
}

/// The text as it may be shown: unchanged (and not copied) when it is already safe.
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_replacing) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(c, &mut out);
    }
    Cow::Owned(out)
}

/// The number of terminal columns `text` takes once sanitized.
#[must_use]
pub fn display_width(text: &str) -> usize {
    sanitize(text).width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(sanitize("Kunming, 15 July"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_lose_their_introducer() {
        assert_eq!(sanitize("\u{1b}[31mred"), "␛[31mred");
        assert_eq!(sanitize("a\u{7}b\u{7f}"), "a␇b␡");
        assert_eq!(sanitize("\u{9b}2J"), "�2J");
    }

    #[test]
    fn bidi_overrides_are_named() {
        assert_eq!(sanitize("abc\u{202E}def"), "abc⇄def");
    }

    #[test]
    fn layout_whitespace_becomes_space() {
        assert_eq!(sanitize("a\tb\nc"), "a b c");
    }

    #[test]
    fn nothing_unsafe_survives() {
        let all: String = (0u32..0x2100).filter_map(char::from_u32).collect();
        assert!(!sanitize(&all).chars().any(needs_replacing));
    }

    #[test]
    fn width_counts_placeholders() {
        assert_eq!(display_width("\u{1b}"), 1);
        assert_eq!(display_width("東京"), 4);
    }
}
