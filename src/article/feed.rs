//! Saved news feeds (`.xml`, `.rss`, `.atom`): every item of an RSS or Atom feed is an
//! article.
//!
//! Parsed with `feed-rs` (RSS 0.9x, 1.0 and 2.0, and Atom). An item's title, publication
//! date (or its last update), link (→ `url`), authors (→ `byline`) and categories (→ `tags`)
//! are read as they are; its content, or else its summary, becomes the text: HTML is turned
//! into readable paragraphs (see `html_text`), plain text is kept. The feed's title is every
//! item's `source`. An item's id is the file's path and `#` with the item's own id (`guid`,
//! Atom `id`), or with its position (1-based) when it has none.
//!
//! The file is decoded like every article file first, so the XML declaration's `encoding`
//! has already been applied: it is dropped before parsing, so the parser does not decode
//! the text a second time.

use std::path::Path;

use feed_rs::model::{Entry, Feed, FeedType, Text};
use feed_rs::parser::{self, ParseErrorKind, ParseFeedError};

use super::decode::Decoded;
use super::html_text::{MAX_NESTING, collapse, fragment_text, too_deep, xml_too_deep};
use super::text::{Parts, analyse, title_from};
use super::{Article, Format, LoadProblem, Loaded, pubdate};

/// Loads every item of a feed file; a file that is no feed is one problem.
pub(super) fn load(path: &Path, decoded: &Decoded, loaded: &mut Loaded) {
    let feed = match parse(&decoded.text) {
        Ok(feed) => feed,
        Err(reason) => {
            loaded.problems.push(LoadProblem::new(path, None, reason));
            return;
        }
    };
    let source = feed.title.as_ref().map(plain).filter(|t| !t.is_empty());
    if feed.entries.is_empty() {
        let reason = "the feed has no items: nothing to read";
        loaded.problems.push(LoadProblem::new(path, None, reason));
    }
    for (index, entry) in feed.entries.into_iter().enumerate() {
        let item = Item {
            path,
            decoded,
            number: index + 1,
            source: source.clone(),
        };
        match item.article(entry) {
            Ok(article) => loaded.articles.push(article),
            Err(reason) => loaded.problems.push(LoadProblem::new(path, None, reason)),
        }
    }
}

/// Parses the text as an RSS or Atom feed; the error says why it is not one.
fn parse(text: &str) -> Result<Feed, String> {
    if xml_too_deep(text) {
        return Err(format!(
            "elements nested more than {MAX_NESTING} deep: not an RSS or Atom feed"
        ));
    }
    let without_declaration = drop_encoding_declaration(text);
    let parser = parser::Builder::new()
        // Ids are assigned below from the path and position: never random, never hashed.
        .id_generator(|_, _, _| String::new())
        .build();
    match parser.parse(without_declaration.as_bytes()) {
        Ok(feed) if feed.feed_type == FeedType::JSON => Err(NOT_A_FEED.to_string()),
        Ok(feed) => Ok(feed),
        Err(ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot)) => Err(NOT_A_FEED.to_string()),
        Err(err) => Err(format!(
            "not a readable RSS or Atom feed: {}; fix the XML",
            collapse(&err.to_string())
        )),
    }
}

const NOT_A_FEED: &str = "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)";

/// The text with the XML declaration (`<?xml ... ?>`) removed when it names an encoding.
fn drop_encoding_declaration(text: &str) -> &str {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("<?xml")
        && let Some(end) = rest.find("?>")
        && rest[..end].contains("encoding")
    {
        return &rest[end + 2..];
    }
    text
}

/// One item of a feed, and where it comes from.
struct Item<'a> {
    path: &'a Path,
    decoded: &'a Decoded,
    /// 1-based position in the feed.
    number: usize,
    source: Option<String>,
}

impl Item<'_> {
    fn article(&self, entry: Entry) -> Result<Article, String> {
        let title = entry.title.as_ref().map(plain).filter(|t| !t.is_empty());
        let text = item_text(&entry)
            .or_else(|| title.clone())
            .ok_or_else(|| format!("item {} has neither a title nor any text", self.number))?;
        let layout = analyse(&text, title.as_deref());
        let Parts {
            caption,
            credit,
            body,
        } = layout.with_caption_field(&text, None);
        let date = entry.published.or(entry.updated).and_then(|when| {
            // RFC 3339 in UTC: the calendar date the feed gives, read like any other date.
            pubdate::parse_date(&when.to_rfc3339())
        });
        let id = if entry.id.trim().is_empty() {
            format!("{}#{}", self.path.display(), self.number)
        } else {
            format!("{}#{}", self.path.display(), collapse(&entry.id))
        };
        Ok(Article {
            record_id: id,
            path: self.path.to_path_buf(),
            format: Format::Feed,
            encoding: self.decoded.encoding,
            title: title
                .or_else(|| layout.title.map(|span| title_from(span.slice(&text))))
                .unwrap_or_default(),
            byline: byline(&entry).or_else(|| layout.byline.map(|s| s.slice(&text).to_string())),
            date: date.or(layout.date),
            source: self.source.clone(),
            url: link(&entry),
            tags: entry
                .categories
                .iter()
                .map(|c| collapse(c.label.as_deref().unwrap_or(&c.term)))
                .filter(|t| !t.is_empty())
                .collect(),
            caption,
            credit,
            body,
            text,
        })
    }
}

/// The item's content, else its summary, as readable text.
fn item_text(entry: &Entry) -> Option<String> {
    let content = entry.content.as_ref().and_then(|content| {
        let body = content.body.as_deref()?;
        let is_html = content.content_type.subty().as_str().contains("html");
        Some(readable(body, is_html))
    });
    content
        .filter(|text| !text.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(text_of))
        .filter(|text| !text.trim().is_empty())
}

/// A feed `Text` as readable text (HTML or plain).
fn text_of(text: &Text) -> String {
    let is_html = text.content_type.subty().as_str().contains("html");
    readable(&text.content, is_html)
}

/// Readable text from `body`: HTML when declared so or when it holds markup (RSS
/// descriptions are HTML without saying so), plain text otherwise, trimmed either way.
/// HTML nested deeper than browsers allow gives no text (the item falls back to its
/// summary or title): parsing it would take minutes.
fn readable(body: &str, declared_html: bool) -> String {
    if declared_html || looks_like_html(body) {
        if too_deep(body) {
            return String::new();
        }
        fragment_text(body)
    } else {
        plain_text(body)
    }
}

fn looks_like_html(body: &str) -> bool {
    [
        "<p", "<br", "<div", "</", "<img", "<a ", "&lt;", "&amp;", "&#",
    ]
    .iter()
    .any(|tag| body.contains(tag))
}

/// Plain text kept line by line, with control characters (other than line ends) dropped.
fn plain_text(body: &str) -> String {
    body.replace("\r\n", "\n")
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

/// A title or name given as text or HTML, as one line.
fn plain(text: &Text) -> String {
    collapse(&text_of(text))
}

fn byline(entry: &Entry) -> Option<String> {
    let names: Vec<String> = entry
        .authors
        .iter()
        .map(|person| collapse(&person.name))
        .filter(|name| !name.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// The item's own page: its `alternate` link, else its first.
fn link(entry: &Entry) -> Option<String> {
    entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or_else(|| entry.links.first())
        .map(|l| collapse(&l.href))
        .filter(|href| !href.is_empty())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::article::TextEncoding;
    use crate::article::html_text::markup_like;

    #[test]
    fn the_encoding_declaration_is_dropped_only_when_it_names_one() {
        let declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss/>";
        assert_eq!(drop_encoding_declaration(declared), "\n<rss/>");
        let plain = "<?xml version=\"1.0\"?><rss/>";
        assert_eq!(drop_encoding_declaration(plain), plain);
    }

    #[test]
    fn html_bodies_become_paragraphs_and_plain_text_is_kept() {
        assert_eq!(readable("<p>One</p><p>Two</p>", false), "One\n\nTwo");
        assert_eq!(
            readable("One\r\n\r\nTwo < three", false),
            "One\n\nTwo < three"
        );
    }

    #[test]
    fn deeply_nested_xml_is_no_crash() {
        let deep = format!(
            "<rss version=\"2.0\"><channel><item><title>T</title>{}{}</item></channel></rss>",
            "<x>".repeat(100_000),
            "</x>".repeat(100_000)
        );
        assert!(parse(&deep).unwrap_err().contains("nested"));
        let deep_html = format!("<p>{}", "<div>".repeat(5_000));
        assert_eq!(readable(&deep_html, true), "");
    }

    #[test]
    fn what_is_not_a_feed_says_so() {
        assert!(
            parse("<html><body>x</body></html>")
                .unwrap_err()
                .contains("not an RSS or Atom feed")
        );
        assert!(parse("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": []}").is_err());
        assert!(
            parse("plain words")
                .unwrap_err()
                .contains("not an RSS or Atom feed")
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn any_feed_loads_or_is_reported(xml in markup_like()) {
            let decoded = Decoded { text: xml, encoding: TextEncoding::Utf8 };
            let mut loaded = Loaded::default();
            load(Path::new("a.rss"), &decoded, &mut loaded);
            for article in &loaded.articles {
                for span in &article.body {
                    prop_assert!(span.end <= article.text.len());
                    prop_assert!(article.text.is_char_boundary(span.start));
                    prop_assert!(article.text.is_char_boundary(span.end));
                }
            }
            prop_assert!(loaded.problems.iter().all(|p| !p.reason.is_empty()));
        }
    }
}
