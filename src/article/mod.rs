//! Articles and how they are read from disk.
//!
//! An [`Article`] keeps the text the extractor runs on (`text`) and the byte spans of its
//! parts (caption, credit, body paragraphs) into that text, so anything found by the
//! extractor can be shown in place. Loading never writes and never stops at a bad file:
//! every file that cannot be used becomes a [`LoadProblem`] in the [`Loaded`] report.
//! (Skeleton: the full loaders for every format replace the minimal ones here.)

use std::fmt;
use std::path::{Path, PathBuf};

use crate::extract::{Date, Span};

/// The file format an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
}

/// How the bytes of the file were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    /// Not valid UTF-8: decoded as Windows-1252 (a superset of Latin-1).
    Windows1252,
}

/// One article, ready to list, read and extract from.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The record's `id` for JSON input, the path as given otherwise.
    pub id: String,
    /// The file the article was read from.
    pub path: PathBuf,
    pub format: Format,
    pub encoding: TextEncoding,
    pub title: String,
    pub byline: Option<String>,
    /// Publication date: the anchor for relative dates.
    pub date: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    /// The text the extractor runs on; all spans below are byte offsets into it.
    pub text: String,
    pub caption: Option<Span>,
    pub credit: Option<Span>,
    /// Body paragraphs, in order.
    pub body: Vec<Span>,
}

/// A file, or a line of one, that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: PathBuf,
    /// 1-based line the problem applies to, when there is one.
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// The result of loading a set of paths: every article that loaded and every problem met.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<LoadProblem>,
}

/// Loads every article under `paths` (files and folders, recursively, in a stable order).
#[must_use]
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        load_path(path, &mut loaded);
    }
    loaded
}

fn load_path(path: &Path, loaded: &mut Loaded) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                loaded.problems.push(problem(path, None, &e.to_string()));
                return;
            }
        };
        entries.sort();
        for entry in entries {
            load_path(&entry, loaded);
        }
        return;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            loaded.problems.push(problem(path, None, &e.to_string()));
            return;
        }
    };
    let (text, encoding) = match String::from_utf8(bytes) {
        Ok(s) => (s, TextEncoding::Utf8),
        Err(e) => {
            let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(e.as_bytes());
            (cow.into_owned(), TextEncoding::Windows1252)
        }
    };
    if path.extension().is_some_and(|e| e == "jsonl") {
        load_jsonl(path, &text, loaded);
    } else {
        loaded.articles.push(plain_text(path, text, encoding));
    }
}

fn problem(path: &Path, line: Option<usize>, reason: &str) -> LoadProblem {
    LoadProblem {
        path: path.to_path_buf(),
        line,
        reason: reason.to_string(),
    }
}

fn load_jsonl(path: &Path, text: &str, loaded: &mut Loaded) {
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                loaded
                    .problems
                    .push(problem(path, Some(n + 1), &e.to_string()));
                continue;
            }
        };
        let field = |names: &[&str]| {
            names
                .iter()
                .find_map(|k| value.get(*k).and_then(|v| v.as_str()).map(str::to_string))
        };
        let Some(body) = field(&["text", "body", "content"]) else {
            loaded
                .problems
                .push(problem(path, Some(n + 1), "record has no text"));
            continue;
        };
        let id = value
            .get("id")
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .unwrap_or_else(|| format!("{}:{}", path.display(), n + 1));
        let date = field(&["dct", "date", "published"]).and_then(|d| d.get(..10)?.parse().ok());
        let title =
            field(&["title"]).unwrap_or_else(|| body.lines().next().unwrap_or("").to_string());
        let paragraphs = paragraphs(&body, 0);
        loaded.articles.push(Article {
            id,
            path: path.to_path_buf(),
            format: Format::JsonLines,
            encoding: TextEncoding::Utf8,
            title,
            byline: None,
            date,
            source: None,
            url: None,
            tags: Vec::new(),
            text: body,
            caption: None,
            credit: None,
            body: paragraphs,
        });
    }
}

fn plain_text(path: &Path, text: String, encoding: TextEncoding) -> Article {
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    let body = paragraphs(&text, 0);
    Article {
        id: path.display().to_string(),
        path: path.to_path_buf(),
        format: Format::Text,
        encoding,
        title,
        byline: None,
        date: None,
        source: None,
        url: None,
        tags: Vec::new(),
        text,
        caption: None,
        credit: None,
        body,
    }
}

/// Splits `text[from..]` into paragraphs at blank lines, trimming each.
fn paragraphs(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(pos),
            (true, Some(s)) => {
                out.push(trimmed(text, s, pos));
                start = None;
            }
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(trimmed(text, s, pos));
    }
    out
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(start + lead, end - trail)
}
