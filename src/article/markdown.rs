//! Markdown articles (`.md`, `.markdown`) with optional YAML front matter.
//!
//! Front matter is the block between a first line `---` and the next `---` (or `...`)
//! line; its fields (`title`, `date`, `author`, `source`, `url`, `tags`, ...) are read like
//! a JSON record's. YAML is parsed with `serde_norway`, a maintained fork of the
//! unmaintained `serde_yaml` with the same API and its guards against recursion and
//! alias-expansion bombs. The rest is rendered to plain text (see `render`), which becomes
//! the article's `text`: the title defaults to the first heading.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::decode::Decoded;
use super::fields::{self, Fields, Scalars};
use super::render::render;
use super::text::{Parts, analyse, title_from};
use super::{Article, Format, LoadProblem};

/// The front matter of a file: its YAML and where things are.
#[derive(Debug, PartialEq, Eq)]
struct FrontMatter<'a> {
    yaml: &'a str,
    /// The Markdown after the closing line starts at this byte.
    body_start: usize,
}

/// The file line on which the YAML of a front matter starts (after the opening `---`).
const YAML_FIRST_LINE: usize = 2;

/// A problem's line (if it has one) and reason.
type Failure = (Option<usize>, String);

/// Loads a Markdown article; broken front matter is a problem with its line.
pub(super) fn load(path: &Path, decoded: Decoded) -> Result<Article, LoadProblem> {
    let to_problem = |(line, reason): Failure| LoadProblem::new(path, line, reason);
    let (fields, body_start) = match front_matter(&decoded.text).map_err(to_problem)? {
        Some(front) => (
            read_fields(front.yaml).map_err(to_problem)?,
            front.body_start,
        ),
        None => (Fields::default(), 0),
    };
    let markdown = decoded.text.get(body_start..).unwrap_or_default();
    let rendered = render(markdown);
    if rendered.text.trim().is_empty() {
        return Err(LoadProblem::new(
            path,
            None,
            "no article text (only front matter or markup): write the article below the front matter",
        ));
    }
    let text = rendered.text;
    let first_heading = rendered.headings.first().map(|span| span.slice(&text));
    let layout = analyse(&text, fields.title.as_deref().or(first_heading));
    let title = fields
        .title
        .or_else(|| first_heading.map(title_from))
        .or_else(|| layout.title.map(|span| title_from(span.slice(&text))))
        .unwrap_or_default();
    let Parts {
        caption,
        credit,
        body,
    } = layout.with_caption_field(&text, fields.caption.as_deref());
    Ok(Article {
        // Empty: a whole file's id is its path as given (`Article::id`), as `extract --json`
        // promises.
        record_id: String::new(),
        path: path.to_path_buf(),
        format: Format::Markdown,
        encoding: decoded.encoding,
        title,
        byline: fields
            .byline
            .or_else(|| layout.byline.map(|span| span.slice(&text).to_string())),
        date: fields.date.or(layout.date),
        source: fields.source,
        url: fields.url,
        tags: fields.tags,
        caption,
        credit,
        body,
        text,
    })
}

/// The front matter at the top of `text`, if there is one; an unclosed one is an error.
fn front_matter(text: &str) -> Result<Option<FrontMatter<'_>>, Failure> {
    let mut lines = text.split_inclusive('\n');
    let Some(opening) = lines.next() else {
        return Ok(None);
    };
    if opening.trim_end() != "---" {
        return Ok(None);
    }
    let yaml_start = opening.len();
    let mut position = yaml_start;
    for line in lines {
        if matches!(line.trim_end(), "---" | "...") {
            return Ok(Some(FrontMatter {
                yaml: text.get(yaml_start..position).unwrap_or_default(),
                body_start: position + line.len(),
            }));
        }
        position += line.len();
    }
    Err((
        Some(1),
        "the front matter opened by `---` on this line is never closed: add a `---` line after it"
            .to_string(),
    ))
}

/// The fields of a front matter's YAML.
fn read_fields(yaml: &str) -> Result<Fields, Failure> {
    if yaml.trim().is_empty() {
        return Ok(Fields::default());
    }
    let value: serde_norway::Value = serde_norway::from_str(yaml).map_err(|err| {
        let line = err
            .location()
            .map_or(YAML_FIRST_LINE, |at| at.line() + YAML_FIRST_LINE - 1);
        let reason = format!(
            "the front matter is not valid YAML: {}; fix it or remove it",
            without_positions(&err.to_string())
        );
        (Some(line), reason)
    })?;
    let not_a_mapping = || {
        (
            Some(YAML_FIRST_LINE),
            "the front matter should be `key: value` lines (title, date, author, ...)".to_string(),
        )
    };
    match serde_json::to_value(value) {
        Ok(Value::Object(record)) => fields::read(record, Scalars::Lenient)
            .map_err(|reason| (None, format!("in the front matter, {reason}"))),
        Ok(Value::Null) => Ok(Fields::default()),
        Ok(_) | Err(_) => Err(not_a_mapping()),
    }
}

/// A YAML error message without its positions (they count from the front matter, not the
/// file; the problem carries the file line instead).
fn without_positions(message: &str) -> String {
    static POSITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r" at line \d+ column \d+").expect("the position pattern is valid")
    });
    POSITION.replace_all(message, "").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_front_matter_and_where_the_body_starts() {
        let text = "---\ntitle: A\r\n---\r\nBody";
        let front = front_matter(text).unwrap().unwrap();
        assert_eq!(front.yaml, "title: A\r\n");
        assert_eq!(&text[front.body_start..], "Body");
        assert_eq!(front_matter("# Title\n---\n").unwrap(), None);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_on_line_one() {
        let (line, reason) = front_matter("---\ntitle: A\n\nBody\n").unwrap_err();
        assert_eq!(line, Some(1));
        assert!(reason.contains("never closed"));
    }

    #[test]
    fn yaml_errors_give_the_file_line() {
        let (line, reason) = read_fields("title: A\ndate: 2017-07-18\ntags: [a, b\n").unwrap_err();
        assert!(line.is_some_and(|l| l >= 4), "{line:?}");
        assert!(!reason.contains("column"), "{reason}");
    }

    #[test]
    fn front_matter_that_is_not_a_mapping_is_an_error() {
        assert!(read_fields("- a\n- b\n").is_err());
        assert_eq!(
            read_fields("# only a comment\n").unwrap(),
            Fields::default()
        );
    }
}
