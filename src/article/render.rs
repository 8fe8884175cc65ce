//! Markdown rendered as readable plain text (with pulldown-cmark).
//!
//! Blocks become paragraphs separated by blank lines; headings are kept as their own
//! paragraphs (their spans are recorded, so the first can be the title); emphasis and links
//! become their text; list items become `• item` (or `1. item`) lines, indented two spaces
//! per level; code keeps its text; raw HTML is dropped. The reader and the extractor both
//! work on this text.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::plain_text::{Break, PlainText};
use crate::extract::Span;

/// The rendered text and where its headings are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Rendered {
    pub text: String,
    pub headings: Vec<Span>,
}

/// Renders Markdown to plain text.
pub(super) fn render(markdown: &str) -> Rendered {
    let mut writer = Writer::default();
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(markdown, options) {
        writer.event(event);
    }
    Rendered {
        text: writer.out.text,
        headings: writer.headings,
    }
}

#[derive(Default)]
struct Writer {
    out: PlainText,
    /// Just wrote a list marker: the item's first paragraph goes on the same line.
    at_item_start: bool,
    /// Inside a heading: `Some(None)` until its first text, then where that text starts.
    heading_start: Option<Option<usize>>,
    headings: Vec<Span>,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.write(&text),
            Event::SoftBreak => self.write(" "),
            Event::HardBreak => self.out.request(Break::Line),
            Event::Rule => self.block_break(),
            _ => {} // raw HTML, footnote references, task markers: not reading text
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.block_break();
            }
            Tag::Heading { .. } => {
                self.block_break();
                self.heading_start = Some(None);
            }
            Tag::List(first_number) => {
                self.block_break();
                self.out.open_list(*first_number);
            }
            Tag::Item => self.item_marker(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::HtmlBlock => self.block_break(),
            TagEnd::CodeBlock => {
                // Code text ends with its newline: the block break separates instead.
                let kept = self.out.text.trim_end_matches('\n').len();
                self.out.text.truncate(kept);
                self.block_break();
            }
            TagEnd::Heading(_) => {
                if let Some(Some(start)) = self.heading_start.take() {
                    self.headings.push(Span::new(start, self.out.text.len()));
                }
                self.block_break();
            }
            TagEnd::List(_) => {
                self.out.close_list();
                self.block_break();
            }
            _ => {}
        }
    }

    /// Ends a block, except right after an item's marker, where the item's first block
    /// stays on the marker's line.
    fn block_break(&mut self) {
        if !(self.out.in_list() && self.at_item_start) {
            self.out.block_break();
        }
    }

    fn item_marker(&mut self) {
        self.out.request(Break::Line);
        self.flush(false);
        let marker = self.out.next_marker();
        self.out.text.push_str(&marker);
        self.at_item_start = true;
    }

    fn write(&mut self, words: &str) {
        if words.is_empty() {
            return;
        }
        self.flush(true);
        if let Some(None) = self.heading_start {
            self.heading_start = Some(Some(self.out.text.len()));
        }
        self.out.text.push_str(words);
        self.at_item_start = false;
    }

    /// Writes the pending break; inside lists a continued line is indented under its item.
    fn flush(&mut self, indent: bool) {
        if self.out.write_pending() && indent && self.out.in_list() {
            self.out.indent_continuation();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_headings_and_inline_markup() {
        let rendered =
            render("# A *big* day\n\nSome **bold** and [a link](https://x.org)\nand `code`.\n");
        assert_eq!(rendered.text, "A big day\n\nSome bold and a link and code.");
        assert_eq!(rendered.headings, [Span::new(0, 9)]);
    }

    #[test]
    fn lists_become_bulleted_lines() {
        let rendered = render("Intro:\n\n- one\n- two\n  1. first\n  2. second\n\nAfter.");
        assert_eq!(
            rendered.text,
            "Intro:\n\n• one\n• two\n  1. first\n  2. second\n\nAfter."
        );
    }

    #[test]
    fn loose_lists_keep_items_on_their_marker_line() {
        let rendered = render("- one\n\n- two\n\n  more of two\n");
        assert_eq!(rendered.text, "• one\n• two\n  more of two");
    }

    #[test]
    fn code_blocks_keep_their_lines_and_html_is_dropped() {
        let rendered = render("```\nlet a = 1;\nlet b = 2;\n```\n\n<div>x</div>\n\nEnd");
        assert_eq!(rendered.text, "let a = 1;\nlet b = 2;\n\nEnd");
    }
}
