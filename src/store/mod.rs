//! Saved reading state: which articles are read and starred, and where each was left off.
//!
//! [`SavedState`] is plain data keyed by [`article_key`], a key that survives reloads (the
//! absolute path, plus the record id for JSON and JSON Lines records).
//! [`file`](mod@file) reads and writes it as `state.json` under the XDG data directory,
//! atomically, and moves a corrupt file aside instead of dropping it. [`schedule`] spaces
//! writes out while the UI runs; [`drill`] is the crash drill the SIGKILL test runs.

pub mod drill;
pub mod file;
pub mod schedule;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::app::document::Part;
use crate::article::{Article, Format};

/// The version written into every state file, for a future format change to recognise.
pub const FORMAT_VERSION: u32 = 1;

/// Where a reader left an article: the start of the top line on screen, as a part and a
/// byte offset into it, so a different width still lands on the same paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub part: Part,
    pub offset: usize,
}

impl Position {
    /// The position of a document anchor ([`crate::app::document::Document::anchor`]).
    #[must_use]
    pub fn from_anchor((part, offset): (Part, usize)) -> Self {
        Self { part, offset }
    }

    /// The anchor to look up with `Document::line_of_anchor`.
    #[must_use]
    pub fn anchor(self) -> (Part, usize) {
        (self.part, self.offset)
    }
}

/// What is remembered about one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Marks {
    #[serde(skip_serializing_if = "is_false")]
    pub read: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub starred: bool,
    /// `None` at the top of the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

// serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(value: &bool) -> bool {
    !*value
}

impl Marks {
    /// Whether there is nothing to remember (such entries are not written).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Marks::default()
    }
}

/// Every article's marks, including articles not loaded this time (so opening one folder
/// never forgets what was read in another).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u32,
    /// Marks by [`article_key`]; sorted, so the file is stable and diffs stay small.
    pub articles: BTreeMap<String, Marks>,
}

impl Default for SavedState {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            articles: BTreeMap::new(),
        }
    }
}

impl SavedState {
    /// What is remembered about `article` (nothing, for an article never seen).
    #[must_use]
    pub fn marks_for(&self, article: &Article) -> Marks {
        self.articles
            .get(&article_key(article))
            .copied()
            .unwrap_or_default()
    }

    /// Remembers `marks` for `article`; empty marks remove the entry.
    pub fn set_marks(&mut self, article: &Article, marks: Marks) {
        self.set_marks_by_key(&article_key(article), marks);
    }

    /// [`SavedState::set_marks`] for a key already made with [`article_key`].
    pub fn set_marks_by_key(&mut self, key: &str, marks: Marks) {
        if marks.is_empty() {
            self.articles.remove(key);
        } else if let Some(slot) = self.articles.get_mut(key) {
            *slot = marks;
        } else {
            self.articles.insert(key.to_string(), marks);
        }
    }

    /// The marks saved under `key`.
    #[must_use]
    pub fn marks_by_key(&self, key: &str) -> Marks {
        self.articles.get(key).copied().unwrap_or_default()
    }
}

/// The key an article's marks are saved under: its file made absolute (so running from
/// another directory finds the same marks); for a JSON or JSON Lines record also the
/// record's `id` after a `#`, since one file holds many articles, or for a record without
/// one its line after a `:`.
#[must_use]
pub fn article_key(article: &Article) -> String {
    let path = absolute(&article.path);
    if matches!(article.format, Format::Text | Format::Markdown) {
        return path;
    }
    // The loader names a record without an id "PATH:LINE" (or "PATH" for a lone object)
    // with the path as given, which depends on the directory dateline was run from.
    let given = article.path.display().to_string();
    let id = article.id();
    match id.strip_prefix(&given) {
        Some("") => path,
        Some(line) if line.starts_with(':') => format!("{path}{line}"),
        _ => format!("{path}#{id}"),
    }
}

/// `path` made absolute against the current directory and with `.` and `..` folded away,
/// so `./news/a.txt`, `news/a.txt` and `../x/news/a.txt` from `x` meet. Symlinks are not
/// resolved: that would read the disk for every article.
fn absolute(path: &Path) -> String {
    // Read once: dateline never changes directory, and keys are made for every article.
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    let joined = match CWD.get_or_init(|| std::env::current_dir().ok()) {
        Some(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    normalise(&joined).to_string_lossy().into_owned()
}

/// Folds `.` and `..` out of a path without looking at the disk.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(component);
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn article(path: &str, format: Format, id: &str) -> Article {
        Article {
            record_id: id.to_string(),
            path: PathBuf::from(path),
            format,
            encoding: crate::article::TextEncoding::Utf8,
            title: "T".into(),
            byline: None,
            date: None,
            source: None,
            url: None,
            tags: Vec::new(),
            text: String::new(),
            caption: None,
            credit: None,
            body: Vec::new(),
        }
    }

    #[test]
    fn records_of_one_file_have_their_own_keys() {
        let a = article("/news/feed.jsonl", Format::JsonLines, "a1");
        let b = article("/news/feed.jsonl", Format::JsonLines, "b2");
        assert_eq!(article_key(&a), "/news/feed.jsonl#a1");
        assert_ne!(article_key(&a), article_key(&b));
        let text = article("/news/one.txt", Format::Text, "/news/one.txt");
        assert_eq!(article_key(&text), "/news/one.txt");
    }

    #[test]
    fn records_without_an_id_are_keyed_by_line_whatever_the_directory() {
        let here = article("feed.jsonl", Format::JsonLines, "feed.jsonl:3");
        let key = article_key(&here);
        assert!(key.ends_with("/feed.jsonl:3"), "{key}");
        assert!(Path::new(&key).is_absolute(), "{key}");
        let lone = article("/n/one.json", Format::Json, "/n/one.json");
        assert_eq!(article_key(&lone), "/n/one.json");
    }

    #[test]
    fn dot_and_dot_dot_are_folded() {
        let a = article("/n/x/../news/./a.txt", Format::Text, "");
        assert_eq!(article_key(&a), "/n/news/a.txt");
        let here = article("./news/a.txt", Format::Text, "");
        let plain = article("news/a.txt", Format::Text, "");
        assert_eq!(article_key(&here), article_key(&plain));
    }

    #[test]
    fn relative_paths_are_made_absolute() {
        let a = article("news/one.txt", Format::Text, "news/one.txt");
        let key = article_key(&a);
        assert!(Path::new(&key).is_absolute(), "{key}");
        assert!(key.ends_with("news/one.txt"), "{key}");
    }

    #[test]
    fn empty_marks_are_not_kept() {
        let a = article("/n/a.txt", Format::Text, "/n/a.txt");
        let mut saved = SavedState::default();
        let starred = Marks {
            starred: true,
            ..Marks::default()
        };
        saved.set_marks(&a, starred);
        assert_eq!(saved.marks_for(&a), starred);
        saved.set_marks(&a, Marks::default());
        assert!(saved.articles.is_empty());
    }

    #[test]
    fn marks_serialize_compactly_and_read_back() {
        let marks = Marks {
            read: true,
            starred: false,
            position: Some(Position {
                part: Part::Body(3),
                offset: 120,
            }),
        };
        let json = serde_json::to_string(&marks).expect("serializes");
        assert_eq!(
            json,
            r#"{"read":true,"position":{"part":{"body":3},"offset":120}}"#
        );
        assert_eq!(serde_json::from_str::<Marks>(&json).expect("parses"), marks);
    }
}
