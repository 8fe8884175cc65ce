//! The layout of a news text: title, byline, date line, photo caption and credit, body.
//!
//! Plain-text articles (`.txt`, and files of unknown type named explicitly) are read here;
//! the Markdown and JSON loaders run the same [`analyse`] over their text. The text is
//! split into paragraphs at blank lines. At the top (the "head"), the first line is the
//! title, and lines that are a byline (`By NAME`) or a date (`July 18, 2017`,
//! `Published: 2017-07-18`) are taken out of the body; the head ends at the first line that
//! is none of these. A paragraph anywhere that opens with a photo cue (`Above photo:`,
//! `Photo:`) is the caption, with a trailing `Source: NAME` split off as the credit.

use std::path::Path;

use crate::extract::{Date, Span};

use super::caption::split_caption;
use super::decode::Decoded;
use super::spans::{find_span, lines, paragraphs};
use super::{Article, Format, pubdate};

/// Prefixes a date line may carry before the date itself.
const DATE_LINE_PREFIXES: [&str; 6] = [
    "published",
    "posted",
    "updated",
    "last updated",
    "dated",
    "date",
];

/// Small words that may appear in a byline name without a capital ("Ana de la Cruz").
const NAME_PARTICLES: [&str; 12] = [
    "and", "de", "da", "del", "della", "der", "van", "von", "la", "le", "of", "the",
];

/// The most words a byline name may have; longer lines are body text.
const MAX_BYLINE_WORDS: usize = 10;

/// The most characters a derived title keeps.
const MAX_TITLE_CHARS: usize = 120;

/// A first line longer than this is a paragraph, not a headline.
const MAX_HEADLINE_CHARS: usize = 150;

/// Where each part of a text is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Layout {
    pub title: Option<Span>,
    pub byline: Option<Span>,
    pub date: Option<Date>,
    pub caption: Option<Span>,
    pub credit: Option<Span>,
    pub body: Vec<Span>,
}

/// The caption, credit and body once a `caption` field of the article's metadata is taken into
/// account.
pub(super) struct Parts {
    pub caption: Option<Span>,
    pub credit: Option<Span>,
    pub body: Vec<Span>,
}

impl Layout {
    /// A caption given as a metadata field wins over one found in the text, but it can only be
    /// shown in place when the text holds it; the paragraph it covers leaves the body.
    pub(super) fn with_caption_field(&self, text: &str, caption_field: Option<&str>) -> Parts {
        let (caption, credit) = match caption_field.and_then(|c| find_span(text, c)) {
            Some(span) => (Some(span), None),
            None => (self.caption, self.credit),
        };
        let body = self
            .body
            .iter()
            .copied()
            .filter(|paragraph| caption.is_none_or(|c| !c.overlaps(*paragraph)))
            .collect();
        Parts {
            caption,
            credit,
            body,
        }
    }
}

/// Loads a plain-text article: `text` is the whole decoded file.
pub(super) fn load(path: &Path, decoded: Decoded) -> Article {
    let layout = analyse(&decoded.text, None);
    let text = decoded.text;
    Article {
        record_id: String::new(),
        path: path.to_path_buf(),
        format: Format::Text,
        encoding: decoded.encoding,
        title: layout
            .title
            .map(|s| title_from(s.slice(&text)))
            .unwrap_or_default(),
        byline: layout.byline.map(|s| s.slice(&text).to_string()),
        date: layout.date,
        source: None,
        url: None,
        tags: Vec::new(),
        caption: layout.caption,
        credit: layout.credit,
        body: layout.body,
        text,
    }
}

/// A title for display, cut to a readable length at a word (or character) boundary.
pub(super) fn title_from(line: &str) -> String {
    let line = line.trim();
    let Some((cut, _)) = line.char_indices().nth(MAX_TITLE_CHARS) else {
        return line.to_string();
    };
    let head = &line[..cut];
    let at_word = head
        .rfind(char::is_whitespace)
        .filter(|&space| space >= cut / 2)
        .map_or(head, |space| &head[..space]);
    format!("{}…", at_word.trim_end())
}

/// Finds the parts of `text`. With `known_title` (from metadata), the first line is the
/// title only when it repeats it; without, the first line is the title.
pub(super) fn analyse(text: &str, known_title: Option<&str>) -> Layout {
    let mut layout = Layout::default();
    let mut head = Head {
        first_line: true,
        open: true,
        known_title,
    };
    for paragraph in paragraphs(text) {
        if layout.caption.is_none()
            && layout.credit.is_none()
            && let Some((caption, credit)) = split_caption(text, paragraph)
        {
            layout.caption = caption;
            layout.credit = credit;
            continue;
        }
        let rest = if head.open {
            head.take_lines(text, paragraph, &mut layout)
        } else {
            Some(paragraph)
        };
        layout.body.extend(rest);
    }
    layout
}

/// The state of the walk through the head of the text.
struct Head<'a> {
    first_line: bool,
    open: bool,
    known_title: Option<&'a str>,
}

impl Head<'_> {
    /// Takes title, byline and date lines off the front of `paragraph`; returns what is left
    /// of it (which closes the head), or `None` when every line was taken.
    fn take_lines(&mut self, text: &str, paragraph: Span, layout: &mut Layout) -> Option<Span> {
        for line in lines(text, paragraph) {
            let words = line.slice(text);
            if std::mem::take(&mut self.first_line) && self.is_title(words) {
                layout.title = Some(line);
                let nothing_follows = text
                    .get(line.end..)
                    .is_none_or(|rest| rest.trim().is_empty());
                if nothing_follows || words.chars().count() > MAX_HEADLINE_CHARS {
                    // A first line that is the whole text, or a paragraph rather than a
                    // headline, names the article and still belongs to its body.
                    self.open = false;
                    return Some(Span::new(line.start, paragraph.end));
                }
            } else if layout.byline.is_none()
                && let Some(name) = byline_name(text, line)
            {
                layout.byline = Some(name);
            } else if layout.date.is_none()
                && let Some(date) = date_line(words)
            {
                layout.date = Some(date);
            } else {
                self.open = false;
                return Some(Span::new(line.start, paragraph.end));
            }
        }
        None
    }

    fn is_title(&self, line: &str) -> bool {
        match self.known_title {
            None => true,
            Some(title) => same_title(line, title),
        }
    }
}

/// Whether a line repeats a title (ignoring case, spacing and a final full stop).
fn same_title(line: &str, title: &str) -> bool {
    let normal = |s: &str| {
        s.trim()
            .trim_end_matches('.')
            .split_whitespace()
            .flat_map(|w| w.chars().chain([' ']))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    normal(line) == normal(title)
}

/// The name in a `By NAME` line, when the line is one.
fn byline_name(text: &str, line: Span) -> Option<Span> {
    let words = line.slice(text);
    let by = words.get(..2).filter(|by| by.eq_ignore_ascii_case("by"))?;
    let after_by = &words[by.len()..];
    // "By NAME" or "By: NAME", never "Bystanders ...".
    let after_by = after_by.strip_prefix(':').or_else(|| {
        after_by
            .starts_with(char::is_whitespace)
            .then_some(after_by)
    })?;
    let name = after_by.trim();
    if !looks_like_name(name) {
        return None;
    }
    let start = line.start + (words.len() - after_by.trim_start().len());
    Some(Span::new(start, start + name.len()))
}

fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let allowed = |w: &&str| {
        capitalised(w) || NAME_PARTICLES.contains(w) || matches!(*w, "&" | "|" | "-" | "–")
    };
    let ends_like_sentence = name.ends_with(['!', '?', ':', ';'])
        || name.ends_with('.') && words.last().is_some_and(|w| w.chars().count() > 4);
    !words.is_empty()
        && words.len() <= MAX_BYLINE_WORDS
        && words.iter().any(capitalised)
        && words.iter().all(allowed)
        && !ends_like_sentence
}

/// The date of a date line (`July 18, 2017`, `Published: 2017-07-18`), when it is one.
fn date_line(line: &str) -> Option<Date> {
    let lower = line.to_ascii_lowercase();
    let after_prefix = DATE_LINE_PREFIXES
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .map_or(line, |rest| &line[line.len() - rest.len()..]);
    let date = after_prefix.trim_start_matches([':', ' ', '\t']);
    pubdate::parse_date(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'t>(text: &'t str, known_title: Option<&str>) -> (Layout, Vec<&'t str>) {
        let layout = analyse(text, known_title);
        let body = layout.body.iter().map(|s| s.slice(text)).collect();
        (layout, body)
    }

    #[test]
    fn head_lines_in_one_paragraph_are_taken_apart() {
        let text =
            "Dam opens\nBY: Ana de la Cruz\nPublished: 18 July 2017\nThe dam opened.\n\nMore.";
        let (layout, body) = parts(text, None);
        assert_eq!(layout.title.map(|s| s.slice(text)), Some("Dam opens"));
        assert_eq!(layout.byline.map(|s| s.slice(text)), Some("Ana de la Cruz"));
        assert_eq!(layout.date, Date::new(2017, 7, 18).ok());
        assert_eq!(body, ["The dam opened.", "More."]);
    }

    #[test]
    fn sentences_starting_with_by_are_not_bylines() {
        let text = "Title\n\nBy the end of the year, prices rose.\n\nBy Jane Doe";
        assert_eq!(parts("T\nBystander Kim\nBy\n", None).0.byline, None);
        let (layout, body) = parts(text, None);
        assert_eq!(layout.byline, None);
        assert_eq!(body.len(), 2);
        // A byline after the body has started is body text.
        assert_eq!(body[1], "By Jane Doe");
    }

    #[test]
    fn a_known_title_is_only_taken_when_the_text_repeats_it() {
        let text = "Rates Rise.\n\nThe bank raised rates.";
        let (layout, body) = parts(text, Some("rates  rise"));
        assert!(layout.title.is_some());
        assert_eq!(body, ["The bank raised rates."]);
        let (layout, body) = parts(text, Some("Other"));
        assert_eq!(layout.title, None);
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn long_titles_are_cut_at_a_word_or_character_boundary() {
        let title = title_from(&"é".repeat(500));
        assert_eq!(title.chars().count(), MAX_TITLE_CHARS + 1);
        assert!(title.ends_with('…'));
        let title = title_from(&"word ".repeat(100));
        assert!(title.ends_with("word…"), "{title}");
    }

    #[test]
    fn a_long_or_only_first_line_names_the_article_and_stays_in_the_body() {
        let long = "A sentence that runs on. ".repeat(10);
        let (layout, body) = parts(&long, None);
        assert!(layout.title.is_some());
        assert_eq!(body, [long.trim()]);
        let (layout, body) = parts("Only line.\n", None);
        assert!(layout.title.is_some());
        assert_eq!(body, ["Only line."]);
    }
}
