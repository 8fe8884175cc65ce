//! The plain text that the Markdown and HTML renderers write: separations that wait for the
//! next text (so none dangles at the end), paragraphs outside lists and lines inside them,
//! and list markers (`• ` or `1. `) indented two spaces per level.

/// A separation waiting to be written before the next text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Break {
    #[default]
    None,
    Space,
    Line,
    Paragraph,
}

/// Text being written, with its pending separation and its open lists.
#[derive(Debug, Default)]
pub(super) struct PlainText {
    pub text: String,
    pending: Break,
    /// Open lists, innermost last: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
}

impl PlainText {
    /// Asks for at least `wanted` before the next text (nothing before the first text).
    pub fn request(&mut self, wanted: Break) {
        if !self.text.is_empty() {
            self.pending = self.pending.max(wanted);
        }
    }

    /// Ends a block: a blank line outside lists, a line break inside them.
    pub fn block_break(&mut self) {
        if self.lists.is_empty() {
            self.request(Break::Paragraph);
        } else {
            self.request(Break::Line);
        }
    }

    /// Opens a list: numbered from `first`, or bulleted when `None`.
    pub fn open_list(&mut self, first: Option<u64>) {
        self.lists.push(first);
    }

    pub fn close_list(&mut self) {
        self.lists.pop();
    }

    pub fn in_list(&self) -> bool {
        !self.lists.is_empty()
    }

    /// The next item's marker, indented for its depth: `"  1. "`, `"• "`.
    pub fn next_marker(&mut self) -> String {
        let indent = "  ".repeat(self.lists.len().saturating_sub(1));
        match self.lists.last_mut() {
            Some(Some(number)) => {
                let marker = format!("{indent}{number}. ");
                *number += 1;
                marker
            }
            _ => format!("{indent}• "),
        }
    }

    /// Writes the pending separation; whether it was a line or paragraph break.
    pub fn write_pending(&mut self) -> bool {
        match std::mem::take(&mut self.pending) {
            Break::None => false,
            Break::Space => {
                if !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                }
                false
            }
            Break::Line => {
                self.text.push('\n');
                true
            }
            Break::Paragraph => {
                self.text.push_str("\n\n");
                true
            }
        }
    }

    /// Indents a continued line of a list item under the item's text.
    pub fn indent_continuation(&mut self) {
        self.text.push_str(&"  ".repeat(self.lists.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_wait_for_text_and_the_largest_wins() {
        let mut out = PlainText::default();
        out.request(Break::Paragraph);
        assert!(!out.write_pending(), "nothing before the first text");
        out.text.push_str("one");
        out.request(Break::Space);
        out.request(Break::Line);
        assert!(out.write_pending());
        out.text.push_str("two");
        assert_eq!(out.text, "one\ntwo");
    }

    #[test]
    fn markers_number_and_indent_by_depth() {
        let mut out = PlainText::default();
        out.open_list(Some(3));
        assert_eq!(out.next_marker(), "3. ");
        assert_eq!(out.next_marker(), "4. ");
        out.open_list(None);
        assert_eq!(out.next_marker(), "  • ");
        out.close_list();
        out.close_list();
        assert!(!out.in_list());
    }
}
