//! Saved web pages (`.html`, `.htm`): the article's main content as readable text, with
//! its title, date, site and address from the page's metadata.
//!
//! The main content is the page's `<article>` (the one with the most text when there are
//! several), else `<main>`, else the element with `role="main"`, else the whole `<body>`;
//! navigation, headers, footers, asides and scripts inside it are dropped (see
//! `html_text`). Metadata, each with fallbacks in order:
//! - title: `og:title`, `<title>`, the first `<h1>`;
//! - date: `article:published_time`, `<meta name="date">` (and Dublin Core / `itemprop`
//!   forms), JSON-LD `datePublished`, the first `<time datetime>`, a date line in the text;
//! - source: `og:site_name`; url: `<link rel="canonical">`, `og:url`;
//! - byline: `<meta name="author">`, a `rel="author"` link, a `By NAME` line in the text;
//! - tags: `article:tag`, `<meta name="keywords">`; caption: the first `<figcaption>`.

use std::path::Path;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::decode::Decoded;
use super::html_text::{MAX_NESTING, collapse, element_text, inline_text, too_deep};
use super::text::{Parts, analyse, title_from};
use super::{Article, Format, LoadProblem, pubdate};
use crate::extract::Date;

/// How deep JSON-LD is searched for `datePublished` (real pages nest it two or three deep).
const MAX_JSON_LD_DEPTH: usize = 8;

/// Loads a saved web page; a page without readable text is a problem.
pub(super) fn load(path: &Path, decoded: Decoded) -> Result<Article, LoadProblem> {
    if too_deep(&decoded.text) {
        let reason =
            format!("elements nested more than {MAX_NESTING} deep: not a page a reader can show");
        return Err(LoadProblem::new(path, None, reason));
    }
    let page = Html::parse_document(&decoded.text);
    let root = main_content(&page);
    let mut text = element_text(root);
    if text.trim().is_empty() && root.value().name() != "body" {
        text = first(&page, "body").map(element_text).unwrap_or_default();
    }
    if text.trim().is_empty() {
        return Err(LoadProblem::new(
            path,
            None,
            "no readable text in this page (only navigation, scripts or markup)",
        ));
    }
    let meta = Metadata::of(&page, root);
    let layout = analyse(&text, meta.title.as_deref());
    let title = meta
        .title
        .or_else(|| layout.title.map(|span| title_from(span.slice(&text))))
        .unwrap_or_default();
    let Parts {
        caption,
        credit,
        body,
    } = layout.with_caption_field(&text, meta.caption.as_deref());
    Ok(Article {
        record_id: String::new(),
        path: path.to_path_buf(),
        format: Format::Html,
        encoding: decoded.encoding,
        title,
        byline: meta
            .byline
            .or_else(|| layout.byline.map(|span| span.slice(&text).to_string())),
        date: meta.date.or(layout.date),
        source: meta.source,
        url: meta.url,
        tags: meta.tags,
        caption,
        credit,
        body,
        text,
    })
}

/// The element holding the article itself.
fn main_content(page: &Html) -> ElementRef<'_> {
    let longest_article = select(page, "article").max_by_key(|article| text_length(*article));
    longest_article
        .or_else(|| first(page, "main"))
        .or_else(|| first(page, "[role=main]"))
        .or_else(|| first(page, "body"))
        .unwrap_or_else(|| page.root_element())
}

fn text_length(element: ElementRef<'_>) -> usize {
    element.text().map(str::len).sum()
}

/// What the page says about itself.
#[derive(Debug, Default)]
struct Metadata {
    title: Option<String>,
    date: Option<Date>,
    source: Option<String>,
    url: Option<String>,
    byline: Option<String>,
    tags: Vec<String>,
    caption: Option<String>,
}

impl Metadata {
    fn of(page: &Html, root: ElementRef<'_>) -> Self {
        let title = meta(page, "og:title")
            .or_else(|| first(page, "title").map(inline_text))
            .or_else(|| first(page, "h1").map(inline_text))
            .filter(|t| !t.is_empty());
        let date = ["article:published_time", "date", "dc.date", "dcterms.date"]
            .into_iter()
            .filter_map(|name| meta(page, name))
            .chain(attribute(page, "[itemprop=datePublished]", "content"))
            .chain(json_ld_date(page))
            .chain(attribute(page, "time[datetime]", "datetime"))
            .find_map(|value| pubdate::parse_date(&value));
        let byline = meta(page, "author")
            .or_else(|| first(page, "[rel=author]").map(inline_text))
            .filter(|name| !name.is_empty() && !name.starts_with("http"));
        let mut tags: Vec<String> = select(page, "meta[property='article:tag']")
            .filter_map(|tag| tag.value().attr("content"))
            .map(collapse)
            .collect();
        if tags.is_empty()
            && let Some(keywords) = meta(page, "keywords")
        {
            tags = keywords.split(',').map(collapse).collect();
        }
        tags.retain(|tag| !tag.is_empty());
        Metadata {
            title,
            date,
            source: meta(page, "og:site_name"),
            url: attribute(page, "link[rel=canonical]", "href").or_else(|| meta(page, "og:url")),
            byline,
            tags,
            caption: root
                .select(&selector("figcaption"))
                .next()
                .map(inline_text)
                .filter(|c| !c.is_empty()),
        }
    }
}

/// The content of `<meta property=NAME>` or `<meta name=NAME>` (names compared without
/// case), collapsed to one line.
fn meta(page: &Html, name: &str) -> Option<String> {
    select(page, "meta[content]")
        .find(|element| {
            let value = element.value();
            [value.attr("property"), value.attr("name")]
                .into_iter()
                .flatten()
                .any(|key| key.eq_ignore_ascii_case(name))
        })
        .and_then(|element| element.value().attr("content"))
        .map(collapse)
        .filter(|content| !content.is_empty())
}

/// The value of `name` on the first element matching `css`.
fn attribute(page: &Html, css: &str, name: &str) -> Option<String> {
    select(page, css)
        .find_map(|element| element.value().attr(name))
        .map(collapse)
        .filter(|value| !value.is_empty())
}

/// `datePublished` in the page's JSON-LD blocks, if any says it.
fn json_ld_date(page: &Html) -> Option<String> {
    select(page, "script[type='application/ld+json']").find_map(|script| {
        let json: String = script.text().collect();
        let value: Value = serde_json::from_str(&json).ok()?;
        find_key(&value, "datePublished", MAX_JSON_LD_DEPTH)
    })
}

/// The first string value under `key` anywhere in `value`, searching `depth` levels.
fn find_key(value: &Value, key: &str, depth: usize) -> Option<String> {
    if depth == 0 {
        return None;
    }
    match value {
        Value::Object(map) => match map.get(key) {
            Some(Value::String(found)) => Some(found.clone()),
            _ => map.values().find_map(|v| find_key(v, key, depth - 1)),
        },
        Value::Array(items) => items.iter().find_map(|v| find_key(v, key, depth - 1)),
        _ => None,
    }
}

fn first<'a>(page: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    select(page, css).next()
}

fn select<'a>(page: &'a Html, css: &str) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    let selector = selector(css);
    // The selector is owned by the iterator chain: collect the matches first.
    page.select(&selector).collect::<Vec<_>>().into_iter()
}

/// A selector from the fixed ones in this file.
fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|_| unreachable!("the selectors in html.rs are valid"))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::article::TextEncoding;
    use crate::article::html_text::markup_like;

    fn page(html: &str) -> Html {
        Html::parse_document(html)
    }

    #[test]
    fn the_longest_article_is_the_main_content() {
        let html = page(
            "<body><nav>Menu</nav><article>Teaser</article><main><article><p>The real story, \
             which is longer.</p></article></main></body>",
        );
        assert_eq!(
            element_text(main_content(&html)),
            "The real story, which is longer."
        );
    }

    #[test]
    fn metadata_comes_from_meta_tags_first() {
        let html = page(
            r#"<html><head><title>Page title | Site</title>
            <meta property="og:title" content="Story  title">
            <meta property="og:site_name" content="The Paper">
            <meta property="article:published_time" content="2026-11-24T08:00:00+01:00">
            <meta name="author" content="Ana Lee">
            <link rel="canonical" href="https://example.org/story">
            <meta name="keywords" content="rail, asia"></head><body><p>x</p></body></html>"#,
        );
        let root = main_content(&html);
        let meta = Metadata::of(&html, root);
        assert_eq!(meta.title.as_deref(), Some("Story title"));
        assert_eq!(meta.source.as_deref(), Some("The Paper"));
        assert_eq!(meta.date, Date::new(2026, 11, 24).ok());
        assert_eq!(meta.byline.as_deref(), Some("Ana Lee"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/story"));
        assert_eq!(meta.tags, ["rail", "asia"]);
    }

    #[test]
    fn dates_fall_back_to_json_ld_then_time_elements() {
        let json_ld = page(
            r#"<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",
            "datePublished": "2026-03-19"}]}</script><time datetime="2020-01-01">x</time>"#,
        );
        let meta = Metadata::of(&json_ld, main_content(&json_ld));
        assert_eq!(meta.date, Date::new(2026, 3, 19).ok());
        let time = page(r#"<p><time datetime="2026-06-12T10:00">June 12</time></p>"#);
        let meta = Metadata::of(&time, main_content(&time));
        assert_eq!(meta.date, Date::new(2026, 6, 12).ok());
    }

    #[test]
    fn the_title_falls_back_to_the_title_element_then_h1() {
        let html = page("<title> A\n title </title><h1>Heading</h1>");
        assert_eq!(
            Metadata::of(&html, main_content(&html)).title.as_deref(),
            Some("A title")
        );
        let html = page("<h1>Heading</h1><p>x</p>");
        assert_eq!(
            Metadata::of(&html, main_content(&html)).title.as_deref(),
            Some("Heading")
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn any_page_loads_or_is_a_problem_with_valid_spans(html in markup_like()) {
            let decoded = Decoded { text: html, encoding: TextEncoding::Utf8 };
            if let Ok(article) = load(Path::new("a.html"), decoded) {
                let text = &article.text;
                for span in article.body.iter().chain(&article.caption).chain(&article.credit) {
                    prop_assert!(span.start <= span.end && span.end <= text.len());
                    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
                prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
            }
        }
    }
}
