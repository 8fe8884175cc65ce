//! JSON (`.json`: one article object or an array of them) and JSON Lines (`.jsonl`: one
//! article object per line).
//!
//! The article text is the record's `text` (or `body`, `content`) exactly as given, so the
//! extractor's offsets are offsets into that string (see `docs/extract-json.md`). A record
//! that cannot be used is a problem with its line; the other records still load. Syntax
//! errors report their line; nesting past `serde_json`'s recursion limit (128 levels) is
//! reported as an error, never a stack overflow.

use std::path::Path;

use serde_json::{Map, Value};

use super::decode::Decoded;
use super::fields::{self, Fields, Scalars};
use super::text::{Parts, analyse, title_from};
use super::{Article, Format, LoadProblem, Loaded};

/// Loads a `.json` file: one article object, or an array of article objects.
pub(super) fn load_document(path: &Path, decoded: &Decoded, loaded: &mut Loaded) {
    let value: Value = match serde_json::from_str(&decoded.text) {
        Ok(value) => value,
        Err(err) => {
            let reason = syntax_error(&err);
            loaded
                .problems
                .push(LoadProblem::new(path, Some(err.line()), reason));
            return;
        }
    };
    let source = Source {
        path,
        decoded,
        format: Format::Json,
    };
    match value {
        Value::Object(record) => source.add(record, None, loaded),
        Value::Array(items) => {
            let lines = element_lines(&decoded.text);
            for (index, item) in items.into_iter().enumerate() {
                let line = lines.get(index).copied();
                source.add_value(item, line, loaded);
            }
        }
        other => {
            let reason = format!(
                "a .json file should hold one article object or an array of them, not {}",
                kind(&other)
            );
            loaded.problems.push(LoadProblem::new(path, None, reason));
        }
    }
}

/// Loads a `.jsonl` file: one article object per line; blank lines are skipped.
pub(super) fn load_lines(path: &Path, decoded: &Decoded, loaded: &mut Loaded) {
    let source = Source {
        path,
        decoded,
        format: Format::JsonLines,
    };
    for (index, line) in decoded.text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => source.add_value(value, Some(index + 1), loaded),
            Err(err) => {
                let reason = syntax_error(&err);
                loaded
                    .problems
                    .push(LoadProblem::new(path, Some(index + 1), reason));
            }
        }
    }
}

/// The file the records come from.
struct Source<'a> {
    path: &'a Path,
    decoded: &'a Decoded,
    format: Format,
}

impl Source<'_> {
    fn add_value(&self, value: Value, line: Option<usize>, loaded: &mut Loaded) {
        match value {
            Value::Object(record) => self.add(record, line, loaded),
            other => {
                let reason = format!("expected an article object, found {}", kind(&other));
                loaded
                    .problems
                    .push(LoadProblem::new(self.path, line, reason));
            }
        }
    }

    /// Adds the article of one record (starting on `line`), or its problem.
    fn add(&self, record: Map<String, Value>, line: Option<usize>, loaded: &mut Loaded) {
        let article = fields::read(record, Scalars::Strict).and_then(|f| self.article(f, line));
        match article {
            Ok(article) => loaded.articles.push(article),
            Err(reason) => loaded
                .problems
                .push(LoadProblem::new(self.path, line, reason)),
        }
    }

    fn article(&self, fields: Fields, line: Option<usize>) -> Result<Article, String> {
        let text = fields
            .text
            .ok_or("the record has no `text` field (also accepted: `body`, `content`)")?;
        if text.trim().is_empty() {
            return Err("the record's `text` is empty".to_string());
        }
        let layout = analyse(&text, fields.title.as_deref());
        let title = fields
            .title
            .or_else(|| layout.title.map(|span| title_from(span.slice(&text))))
            .unwrap_or_default();
        let byline = fields
            .byline
            .or_else(|| layout.byline.map(|span| span.slice(&text).to_string()));
        let Parts {
            caption,
            credit,
            body,
        } = layout.with_caption_field(&text, fields.caption.as_deref());
        let id = fields.id.unwrap_or_else(|| match line {
            Some(line) => format!("{}:{line}", self.path.display()),
            None => self.path.display().to_string(),
        });
        Ok(Article {
            record_id: id,
            path: self.path.to_path_buf(),
            format: self.format,
            encoding: self.decoded.encoding,
            title,
            byline,
            date: fields.date,
            source: fields.source,
            url: fields.url,
            tags: fields.tags,
            text,
            caption,
            credit,
            body,
        })
    }
}

/// A JSON syntax error in words, with its column (the line is the problem's line).
fn syntax_error(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);
    if message.contains("recursion limit") {
        return "JSON nested too deeply (more than 128 levels): this is not an article record"
            .to_string();
    }
    let hint = if message.starts_with("trailing characters") {
        " (one article per line? name the file .jsonl)"
    } else {
        ""
    };
    format!(
        "not valid JSON: {message} (column {}){hint}; fix the syntax",
        err.column()
    )
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The 1-based line on which each element of a top-level JSON array starts.
///
/// Only called on text that parsed as an array, so a simple scan of brackets and strings
/// is exact.
fn element_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut expecting_element = false;
    for byte in text.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            if byte == b'\n' {
                line += 1;
            }
            continue;
        }
        if depth == 1 && expecting_element && !byte.is_ascii_whitespace() && byte != b']' {
            lines.push(line);
            expecting_element = false;
        }
        match byte {
            b'\n' => line += 1,
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                expecting_element |= depth == 1;
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expecting_element = true,
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_line_of_each_array_element() {
        let text = "[\n  {\"a\": \"x,[y\"},\n  {\"b\": [1,\n 2]},\n\n  3\n]";
        assert_eq!(element_lines(text), [2, 3, 6]);
        assert_eq!(element_lines("[]"), Vec::<usize>::new());
        assert_eq!(element_lines("[{}, {}]"), [1, 1]);
    }

    #[test]
    fn syntax_errors_read_well() {
        let err = serde_json::from_str::<Value>("{\"a\": }").unwrap_err();
        let reason = syntax_error(&err);
        assert!(
            reason.starts_with("not valid JSON: expected value"),
            "{reason}"
        );
        assert!(reason.contains("column 7"), "{reason}");
        assert!(!reason.contains("line"), "{reason}");
    }

    #[test]
    fn several_objects_in_a_json_file_suggest_json_lines() {
        let err =
            serde_json::from_str::<Value>("{\"text\": \"a\"}\n{\"text\": \"b\"}").unwrap_err();
        assert!(syntax_error(&err).contains("name the file .jsonl"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        let err = serde_json::from_str::<Value>(&deep).unwrap_err();
        assert!(syntax_error(&err).contains("nested too deeply"));
    }
}
