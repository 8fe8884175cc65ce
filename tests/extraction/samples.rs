//! The sample articles in `articles/` and their hand-written expectations in
//! `tests/fixtures/expected/`: where they are, how they are read, what they state.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dateline::article::{self, Article};
use dateline::extract::QuoteKind;
use serde::Deserialize;

use crate::util::fixture;

/// What a careful reader marks in one article.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Expectation {
    /// The publication date relative values were resolved against (`null`: none given).
    pub(super) dct: Option<String>,
    pub(super) places: Vec<ExpectedPlace>,
    pub(super) dates: Vec<ExpectedDate>,
    pub(super) quotes: Vec<ExpectedQuote>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExpectedPlace {
    pub(super) text: String,
    /// The canonical name, shown in reports; not compared, as gazetteers spell names differently.
    pub(super) name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExpectedDate {
    pub(super) text: String,
    pub(super) value: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExpectedQuote {
    /// The speaker as written, shown in reports; the canonical speaker is what must match.
    pub(super) speaker: String,
    pub(super) canonical_speaker: String,
    pub(super) kind: Kind,
    pub(super) starts_with: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Kind {
    Direct,
    Indirect,
}

impl From<QuoteKind> for Kind {
    fn from(kind: QuoteKind) -> Self {
        match kind {
            QuoteKind::Direct => Kind::Direct,
            QuoteKind::Indirect => Kind::Indirect,
        }
    }
}

/// One expectation file: a single article's, or one per article `id` for JSON and JSON Lines.
pub(super) enum Expectations {
    Single(Expectation),
    ById(BTreeMap<String, Expectation>),
}

impl Expectations {
    pub(super) fn for_article(&self, article: &Article) -> Option<&Expectation> {
        match self {
            Expectations::Single(expectation) => Some(expectation),
            Expectations::ById(by_id) => by_id.get(&record_key(article)),
        }
    }
}

pub(super) fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("articles")
}

/// The sample article files, sorted, hidden files left out.
pub(super) fn sample_files() -> Vec<PathBuf> {
    let entries = std::fs::read_dir(samples_dir()).expect("articles/ is readable");
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("articles/ entry is readable").path())
        .filter(|path| path.is_file() && !file_name(path).starts_with('.'))
        .collect();
    files.sort();
    files
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn extension(path: &Path) -> String {
    path.extension()
        .map(|ext| ext.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether a sample file holds records with ids (JSON, JSON Lines, feeds), so its
/// expectations are keyed.
pub(super) fn holds_records(path: &Path) -> bool {
    matches!(extension(path).as_str(), "json" | "jsonl" | "rss")
}

/// The key of an article's expectation in a keyed file: the record's `id`, or for a feed
/// item the item's own id (the loader prefixes it with the file's path, which differs
/// between machines).
pub(super) fn record_key(article: &Article) -> String {
    let prefix = format!("{}#", article.path.display());
    let id = article.id();
    id.strip_prefix(&prefix).unwrap_or(&id).to_string()
}

pub(super) fn expectation_path(article_file: &Path) -> PathBuf {
    fixture("expected").join(format!("{}.json", file_name(article_file)))
}

pub(super) fn read_expectations(article_file: &Path) -> Expectations {
    let path = expectation_path(article_file);
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: no expectation file ({e})", path.display()));
    let parsed = if holds_records(article_file) {
        serde_json::from_str(&json).map(Expectations::ById)
    } else {
        serde_json::from_str(&json).map(Expectations::Single)
    };
    parsed.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Expectations for every sample file, keyed by the file's path.
pub(super) fn all_expectations() -> BTreeMap<PathBuf, Expectations> {
    sample_files()
        .into_iter()
        .map(|path| {
            let expectations = read_expectations(&path);
            (path, expectations)
        })
        .collect()
}

pub(super) fn load_samples() -> article::Loaded {
    article::load_paths(&[samples_dir()])
}

/// The article texts of a sample file as written, read without the loader (raw for text and
/// Markdown, the `text` field per `id` for JSON records).
pub(super) fn raw_texts(path: &Path) -> Vec<(Option<String>, String)> {
    let raw = std::fs::read_to_string(path).expect("sample file is UTF-8");
    if extension(path) == "rss" {
        return feed_texts(&raw);
    }
    let records: Vec<serde_json::Value> = match extension(path).as_str() {
        "json" => match serde_json::from_str(&raw).expect("sample JSON parses") {
            serde_json::Value::Array(items) => items,
            single => vec![single],
        },
        "jsonl" => raw
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).expect("sample JSON line parses"))
            .collect(),
        _ => return vec![(None, raw)],
    };
    records
        .iter()
        .map(|record| {
            let field = |name: &str| record[name].as_str().map(str::to_string);
            (field("id"), field("text").expect("record has a text field"))
        })
        .collect()
}

/// Each feed item's id and content (else summary) as the feed gives it (HTML).
fn feed_texts(raw: &str) -> Vec<(Option<String>, String)> {
    let feed = feed_rs::parser::parse(raw.as_bytes()).expect("sample feed parses");
    feed.entries
        .into_iter()
        .map(|entry| {
            let content = entry.content.and_then(|c| c.body);
            let summary = entry.summary.map(|s| s.content);
            let text = content.or(summary).expect("feed item has content");
            (Some(entry.id), text)
        })
        .collect()
}
