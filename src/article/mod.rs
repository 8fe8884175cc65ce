//! Articles and how they are read from disk.
//!
//! An [`Article`] keeps the text the extractor runs on (`text`) and the byte spans of its
//! parts (caption, credit, body paragraphs) into that text, so anything found by the
//! extractor can be shown in place. Loading never writes and never stops at a bad file:
//! every file that cannot be used becomes a [`LoadProblem`] in the [`Loaded`] report.
//!
//! The work is split by stage:
//! - `walk` finds the article files under the given paths (sorted, hidden files
//!   skipped, symlink loops detected, special files never opened);
//! - `decode` reads one file under the size cap and decodes it (UTF-8, UTF-16 with a BOM,
//!   otherwise Windows-1252), refusing binary and empty files;
//! - `text` finds the title, byline, date line and body paragraphs of a text, `caption`
//!   its photo caption and credit, `spans` the byte ranges they all use; `pubdate` parses
//!   publication dates;
//! - `markdown` (with `render`), `json` and `fields` turn Markdown (with YAML front
//!   matter), JSON and JSON Lines into the same [`Article`]; `feed` does it for every item
//!   of an RSS or Atom feed and `html` for a saved web page, both with `html_text` turning
//!   HTML into readable paragraphs; `render` and `html_text` write through one
//!   `plain_text` writer (breaks, lists, markers).

mod caption;
mod decode;
mod feed;
mod fields;
mod html;
mod html_text;
mod json;
mod markdown;
mod plain_text;
mod pubdate;
mod render;
#[cfg(test)]
mod robustness;
mod spans;
mod text;
mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::extract::{Date, Span};

pub use decode::MAX_FILE_BYTES;
pub use pubdate::parse_date;

/// The file format an article came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
    /// An RSS or Atom feed: one article per item.
    Feed,
    /// A saved web page.
    Html,
}

impl Format {
    /// The format's short name, as the list shows it and `format:` queries take it.
    #[must_use]
    pub fn short_name(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::JsonLines => "jsonl",
            Format::Feed => "feed",
            Format::Html => "html",
        }
    }

    /// The format an article file has by its extension (case-insensitive), if it is one.
    #[must_use]
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" => Some(Format::JsonLines),
            "xml" | "rss" | "atom" => Some(Format::Feed),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// How the bytes of the file were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    /// Not valid UTF-8: decoded as Windows-1252 (a superset of Latin-1).
    Windows1252,
    /// UTF-16 (little or big endian), recognised by its byte order mark.
    Utf16,
}

/// One article, ready to list, read and extract from.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The record's `id` for JSON input and feed items; empty for an article that is a whole
    /// file (text, Markdown, a web page), whose id is its path: see [`Article::id`]. Not a
    /// second copy of the path, which at 100,000 articles costs megabytes.
    pub record_id: String,
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
    /// The photo caption, without its cue ("Above photo:") and without its credit.
    pub caption: Option<Span>,
    /// The name a photo is credited to (after "Source:", "Photo:", ...).
    pub credit: Option<Span>,
    /// Body paragraphs, in order.
    pub body: Vec<Span>,
}

impl Article {
    /// The article's id: the record's id for JSON input and feed items, the path as given
    /// for an article that is a whole file.
    #[must_use]
    pub fn id(&self) -> std::borrow::Cow<'_, str> {
        if self.record_id.is_empty() {
            self.path.to_string_lossy()
        } else {
            std::borrow::Cow::Borrowed(&self.record_id)
        }
    }
}

/// A file, or a line of one, that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {reason}", printable_path(path), line.map(|n| format!(":{n}")).unwrap_or_default())]
pub struct LoadProblem {
    pub path: PathBuf,
    /// 1-based line the problem applies to, when there is one.
    pub line: Option<usize>,
    pub reason: String,
}

impl LoadProblem {
    /// A problem with `path` (at `line`, when it applies to one line).
    #[must_use]
    pub fn new(path: &Path, line: Option<usize>, reason: impl Into<String>) -> Self {
        Self {
            path: path.to_path_buf(),
            line,
            reason: reason.into(),
        }
    }
}

/// A path as text that is safe to print: file names are written by other people, and a name
/// holding a newline or a terminal escape must not break the report or drive the terminal.
fn printable_path(path: &Path) -> String {
    path.to_string_lossy()
        .chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() || is_bidi_control(c) {
                c.escape_unicode().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The result of loading a set of paths: every article that loaded and every problem met.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<LoadProblem>,
}

/// Loads every article under `paths` (files and folders, recursively, in a stable order).
///
/// Articles come in the order of `paths`; within a folder, in the byte order of the names;
/// within a JSON Lines file or JSON array, in record order. Never panics, never writes.
/// The files are read and parsed on all cores, each once, and the results joined back in
/// walk order (this is [`load_streaming`] run to the end).
#[must_use]
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    load_streaming(paths, &mut |files| {
        for mut file in files {
            loaded.articles.append(&mut file.articles);
            loaded.problems.append(&mut file.problems);
        }
        true
    });
    loaded
}

/// What one path the walk met gave: its articles, or the problems that kept them out.
/// The unit the collection is updated by, so a file read again replaces what it gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileLoad {
    pub path: PathBuf,
    pub articles: Vec<Article>,
    pub problems: Vec<LoadProblem>,
}

/// Files in the first batch [`load_streaming`] delivers: few, so the first articles show
/// at once.
const FIRST_BATCH_FILES: usize = 128;

/// Files in every later batch: enough that the cores stay busy between hand-overs.
const BATCH_FILES: usize = 2048;

/// Files the walk may run ahead of loading.
const WALK_AHEAD_FILES: usize = 2 * BATCH_FILES;

/// Walks `paths` and hands the loaded files to `deliver` in walk order, a batch at a time
/// (each batch read and parsed on all cores). The walk runs on a thread of its own, ahead
/// of the loading, so finding files and reading them overlap. Stops early when `deliver`
/// returns `false` (nobody is listening any more); the walk then ends without reading more.
pub fn load_streaming(paths: &[PathBuf], deliver: &mut dyn FnMut(Vec<FileLoad>) -> bool) {
    let (sender, found) = std::sync::mpsc::sync_channel(WALK_AHEAD_FILES);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut listening = true;
            for path in paths {
                walk::walk(path, &mut |item| {
                    listening = listening && sender.send(item).is_ok();
                });
                if !listening {
                    return;
                }
            }
        });
        load_found_in_batches(found, deliver);
    });
}

/// Loads what the walk sends, in batches, until the walk ends or `deliver` stops
/// listening. Dropping `found` on the way out tells the walk to stop.
fn load_found_in_batches(
    found: std::sync::mpsc::Receiver<walk::Found>,
    deliver: &mut dyn FnMut(Vec<FileLoad>) -> bool,
) {
    let mut batch_size = FIRST_BATCH_FILES;
    let mut pending = Vec::with_capacity(batch_size);
    for item in found.iter() {
        pending.push(item);
        if pending.len() >= batch_size {
            if !deliver(load_batch(std::mem::take(&mut pending))) {
                return;
            }
            batch_size = BATCH_FILES;
        }
    }
    if !pending.is_empty() {
        deliver(load_batch(pending));
    }
}

/// Reads and parses a batch of walked files on all cores, keeping walk order.
fn load_batch(found: Vec<walk::Found>) -> Vec<FileLoad> {
    found.into_par_iter().map(load_found).collect()
}

/// Reads one file again (the watcher saw it change): a file named explicitly or inside an
/// opened folder. Unknown extensions are read as plain text, as for a file named on the
/// command line.
#[must_use]
pub fn load_one(path: &Path) -> FileLoad {
    let format = Format::from_path(path).unwrap_or(Format::Text);
    load_found(Ok(walk::Candidate {
        path: path.to_path_buf(),
        format,
    }))
}

/// The articles of one file the walk found, or the problem it met there.
fn load_found(found: walk::Found) -> FileLoad {
    let mut loaded = Loaded::default();
    let path = match found {
        Ok(file) => {
            load_file(&file.path, file.format, &mut loaded);
            file.path
        }
        Err(problem) => {
            let path = problem.path.clone();
            loaded.problems.push(problem);
            path
        }
    };
    for article in &mut loaded.articles {
        release_spare_capacity(article);
    }
    FileLoad {
        path,
        articles: loaded.articles,
        problems: loaded.problems,
    }
}

/// Gives back what growing buffers over-allocated: with 100,000 articles held at once,
/// spare capacity in texts and paragraph lists adds up to tens of megabytes.
fn release_spare_capacity(article: &mut Article) {
    article.text.shrink_to_fit();
    article.title.shrink_to_fit();
    article.body.shrink_to_fit();
    article.tags.shrink_to_fit();
}

/// Reads one article file and adds its article(s) or its problem(s) to `loaded`.
fn load_file(path: &Path, format: Format, loaded: &mut Loaded) {
    let decoded = match decode::read_text(path) {
        Ok(decoded) => decoded,
        Err(problem) => {
            loaded.problems.push(problem);
            return;
        }
    };
    match format {
        Format::Text => loaded.articles.push(text::load(path, decoded)),
        Format::Markdown => match markdown::load(path, decoded) {
            Ok(article) => loaded.articles.push(article),
            Err(problem) => loaded.problems.push(problem),
        },
        Format::Json => json::load_document(path, &decoded, loaded),
        Format::JsonLines => json::load_lines(path, &decoded, loaded),
        Format::Feed => feed::load(path, &decoded, loaded),
        Format::Html => match html::load(path, decoded) {
            Ok(article) => loaded.articles.push(article),
            Err(problem) => loaded.problems.push(problem),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_names_file_line_and_reason() {
        let problem = LoadProblem::new(Path::new("news/a.jsonl"), Some(3), "not JSON");
        assert_eq!(problem.to_string(), "news/a.jsonl:3: not JSON");
    }

    #[test]
    fn control_characters_in_file_names_are_printed_inert() {
        let name = "evil\u{1b}]52;c;aGk=\u{7}\nname\u{202e}.txt";
        let shown = LoadProblem::new(Path::new(name), None, "empty file").to_string();
        assert!(
            !shown.chars().any(|c| c.is_control() || is_bidi_control(c)),
            "{shown:?}"
        );
        assert!(
            shown.contains("\\u{1b}]52"),
            "escapes stay visible: {shown}"
        );
    }
}
