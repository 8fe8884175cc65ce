//! HTML turned into readable plain text: the body of HTML pages and the HTML content of
//! feed items.
//!
//! The DOM comes from `scraper` (html5ever, the HTML5 parsing algorithm browsers use), so
//! broken and hostile markup parses the way a browser would. The walk over it is iterative
//! (deeply nested markup cannot overflow the stack). Blocks (`<p>`, `<div>`, headings,
//! ...) become paragraphs separated by blank lines, `<br>` a line break, list items `• item`
//! (or `1. item`) lines; whitespace runs collapse to one space except inside `<pre>`.
//! Scripts, styles, navigation, page headers and footers, asides, forms and hidden elements
//! are dropped: they are not the article. Control characters never reach the text.
//!
//! html5ever's tree building is quadratic in the nesting depth (every end tag searches the
//! stack of open elements), so markup nested deeper than browsers allow is refused before
//! parsing ([`too_deep`]): a few hundred kilobytes of `<div>`s would otherwise take minutes.

use super::plain_text::{Break, PlainText};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never part of the article's text.
const SKIPPED: [&str; 23] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "object", "embed", "select", "textarea", "head", "title", "canvas",
    "math", "video", "audio", "dialog",
];

/// Elements that start and end a paragraph.
const BLOCKS: [&str; 34] = [
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "ul",
];

/// How deep elements may nest; Chromium's parser stops nesting at 512 too.
pub(super) const MAX_NESTING: usize = 512;

/// Elements that never hold others or whose end tag is usually left out: they do not
/// deepen the nesting that [`too_deep`] estimates.
const FLAT: [&str; 27] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "rt", "rp",
];

/// Whether `html` nests elements deeper than [`MAX_NESTING`], estimated in one pass over
/// the tags (start tags minus end tags, leaving out elements that do not nest).
pub(super) fn too_deep(html: &str) -> bool {
    nesting_exceeds(html, &FLAT)
}

/// Whether XML nests elements deeper than [`MAX_NESTING`]; feeds nest a few levels, and
/// the XML reader's depth counter overflows at 65,536.
pub(super) fn xml_too_deep(xml: &str) -> bool {
    nesting_exceeds(xml, &[])
}

/// Counts start tags up and end tags down (comments and CDATA sections skipped, elements
/// named in `flat` and self-closing tags not counted); whether the count passes the limit.
fn nesting_exceeds(markup: &str, flat: &[&str]) -> bool {
    let mut depth = 0usize;
    let mut rest = markup;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('/') {
            depth = depth.saturating_sub(1);
            rest = after;
            continue;
        }
        if let Some(skipped) =
            skip_section(rest, "!--", "-->").or_else(|| skip_section(rest, "![CDATA[", "]]>"))
        {
            rest = skipped;
            continue;
        }
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        if name_len == 0 {
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        let tag_end = rest.find('>').unwrap_or(rest.len());
        let self_closing = rest[..tag_end].ends_with('/');
        if !self_closing && !flat.contains(&name.as_str()) {
            depth += 1;
            if depth > MAX_NESTING {
                return true;
            }
        }
        rest = &rest[tag_end..];
    }
    false
}

/// What follows a section opened by `open` (just after `<`) and closed by `close`.
fn skip_section<'a>(rest: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let inside = rest.strip_prefix(open)?;
    Some(
        inside
            .find(close)
            .map_or("", |end| &inside[end + close.len()..]),
    )
}

/// The readable text of an HTML fragment (a feed item's content).
pub(super) fn fragment_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    element_text(fragment.root_element())
}

/// The readable text of `root` and everything in it.
pub(super) fn element_text(root: ElementRef<'_>) -> String {
    let mut writer = Writer::default();
    // How deep inside a skipped element the walk is (0: not inside one).
    let mut skipping = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(_) => {
                    let Some(element) = ElementRef::wrap(node) else {
                        continue;
                    };
                    if skipping > 0 || is_skipped(element) {
                        skipping += 1;
                    } else {
                        writer.open(element.value().name());
                    }
                }
                Node::Text(text) if skipping == 0 => writer.write(text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if skipping > 0 {
                        skipping -= 1;
                    } else {
                        writer.close(element.name());
                    }
                }
            }
        }
    }
    writer.out.text
}

/// Text of an element as one line: whitespace collapsed, no control characters (for
/// titles, captions and names taken from the markup).
pub(super) fn inline_text(element: ElementRef<'_>) -> String {
    collapse(&element.text().collect::<String>())
}

/// `text` with whitespace and control characters collapsed to single spaces, trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_skipped(element: ElementRef<'_>) -> bool {
    let value = element.value();
    SKIPPED.contains(&value.name())
        || value.attr("hidden").is_some()
        || value.attr("aria-hidden") == Some("true")
}

#[derive(Default)]
struct Writer {
    out: PlainText,
    /// A list item's marker, written before the item's first text.
    marker: Option<String>,
    /// How many `<pre>` elements the walk is inside.
    preformatted: usize,
}

impl Writer {
    fn open(&mut self, name: &str) {
        match name {
            "br" => self.out.request(Break::Line),
            "li" => self.item(),
            "tr" => self.out.request(Break::Line),
            "td" | "th" => self.out.request(Break::Space),
            "img" | "wbr" => {}
            "ul" | "ol" | "menu" => {
                self.out.block_break();
                self.out.open_list((name == "ol").then_some(1));
            }
            "pre" => {
                self.out.block_break();
                self.preformatted += 1;
            }
            _ if BLOCKS.contains(&name) => self.out.block_break(),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "ul" | "ol" | "menu" => {
                self.out.close_list();
                self.marker = None;
                self.out.block_break();
            }
            "pre" => {
                self.preformatted = self.preformatted.saturating_sub(1);
                self.out.block_break();
            }
            "li" => {
                self.marker = None;
                self.out.request(Break::Line);
            }
            _ if BLOCKS.contains(&name) => self.out.block_break(),
            _ => {}
        }
    }

    fn item(&mut self) {
        self.out.request(Break::Line);
        self.marker = Some(self.out.next_marker());
    }

    fn write(&mut self, text: &str) {
        if self.preformatted > 0 {
            self.write_preformatted(text);
            return;
        }
        let starts_with_space = text.starts_with(char::is_whitespace);
        let words = collapse(text);
        if words.is_empty() {
            if starts_with_space {
                self.out.request(Break::Space);
            }
            return;
        }
        if starts_with_space {
            self.out.request(Break::Space);
        }
        self.flush();
        self.out.text.push_str(&words);
        if text.ends_with(char::is_whitespace) {
            self.out.request(Break::Space);
        }
    }

    fn write_preformatted(&mut self, text: &str) {
        let kept: String = text
            .chars()
            .map(|c| match c {
                '\n' => '\n',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        let kept = kept.trim_matches('\n');
        if kept.trim().is_empty() {
            return;
        }
        self.flush();
        self.out.text.push_str(kept);
    }

    /// Writes the pending separation and the list marker before new text.
    fn flush(&mut self) {
        self.out.write_pending();
        if let Some(marker) = self.marker.take() {
            let text = &mut self.out.text;
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&marker);
        } else if self.out.in_list() && self.out.text.ends_with('\n') {
            self.out.indent_continuation();
        }
    }
}

/// Markup made of the pieces the feed and page loaders look for, in any order, plus
/// arbitrary text: for their property tests.
#[cfg(test)]
pub(crate) fn markup_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<br>".to_string()),
        Just("<li>".to_string()),
        Just("<ul>".to_string()),
        Just("</ul>".to_string()),
        Just("<pre>".to_string()),
        Just("</pre>".to_string()),
        Just("<article>".to_string()),
        Just("<nav>".to_string()),
        Just("<script>".to_string()),
        Just("<![CDATA[".to_string()),
        Just("]]>".to_string()),
        Just("<!--".to_string()),
        Just("<rss version=\"2.0\"><channel>".to_string()),
        Just("<item><title>".to_string()),
        Just("</title>".to_string()),
        Just("<description>".to_string()),
        Just("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>".to_string()),
        Just("<meta property=\"og:title\" content=\"".to_string()),
        Just("<time datetime=\"2026-01-01\">".to_string()),
        Just("&lt;p&gt;".to_string()),
        Just("&amp;".to_string()),
        Just("&#27;".to_string()),
        Just("\n\n".to_string()),
        Just("é’“".to_string()),
        "[A-Za-z.,<>/\" ]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_text(html: &str) -> String {
        element_text(Html::parse_document(html).root_element())
    }

    #[test]
    fn blocks_become_paragraphs_and_inline_markup_its_text() {
        let text = fragment_text(
            "<h2>A <em>big</em> day</h2>\n<p>Some <b>bold</b> and\n  <a href='x'>a link</a>.</p><p>Two<br>lines</p>",
        );
        assert_eq!(text, "A big day\n\nSome bold and a link.\n\nTwo\nlines");
    }

    #[test]
    fn lists_become_bulleted_and_numbered_lines() {
        let text = fragment_text(
            "<p>Intro</p><ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul><p>After</p>",
        );
        assert_eq!(text, "Intro\n\n• one\n• two\n  1. a\n  2. b\n\nAfter");
    }

    #[test]
    fn scripts_navigation_and_hidden_parts_are_dropped() {
        let text = page_text(
            "<html><head><title>T</title><style>p{}</style></head><body><nav>Home | World</nav>\
             <header>Masthead</header><p>Kept.</p><script>alert(1)</script><div hidden>secret</div>\
             <aside>Related</aside><footer>(c) 2026</footer></body></html>",
        );
        assert_eq!(text, "Kept.");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let text = fragment_text("<p>Before</p><pre>  a  b\n  c</pre><p>After</p>");
        assert_eq!(text, "Before\n\n  a  b\n  c\n\nAfter");
    }

    #[test]
    fn control_characters_and_entities() {
        let text = fragment_text("<p>Caf&eacute; \u{1b}[31mred&#27; &amp; co</p>");
        assert_eq!(text, "Café [31mred & co");
        assert!(!text.chars().any(char::is_control));
    }

    #[test]
    fn nesting_deeper_than_browsers_allow_is_caught_before_parsing() {
        let nested = |n: usize| format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
        assert!(too_deep(&nested(MAX_NESTING + 1)));
        assert!(!too_deep(&nested(MAX_NESTING)));
        // Siblings, void elements and paragraphs left open do not add up.
        assert!(!too_deep(&"<div><p>a<br><img src=x></div>".repeat(10_000)));
        assert!(!too_deep(&"<p>para".repeat(10_000)));
        assert!(too_deep(&"<span>".repeat(1_000)));
        assert!(!too_deep(&format!("<!--{}-->", "<div>".repeat(1_000))));
    }

    #[test]
    fn xml_nesting_counts_every_element_outside_cdata() {
        assert!(xml_too_deep(&"<x><link></link>".repeat(1_000)));
        let cdata = format!("<item><![CDATA[{}]]></item>", "<br>".repeat(1_000));
        assert!(!xml_too_deep(&cdata));
    }

    #[test]
    fn the_walk_is_iterative() {
        let html = format!("{}deep{}", "<div>".repeat(500), "</div>".repeat(500));
        assert_eq!(fragment_text(&html), "deep");
    }
}
