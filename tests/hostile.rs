//! Hostile input: files other people wrote must never crash, hang or take over dateline.
//!
//! Every case builds its files in a fresh temporary folder next to one good article, loads
//! the folder with a time limit (so a hang fails the test instead of blocking the run) and
//! checks that the good article still loads, that the bad file is in the load report with a
//! reason saying what is wrong, and that every span the loader produced is valid.
//! This module holds the content cases (encodings, binary, JSON, Markdown); `filesystem`
//! holds the file-system cases (special files, links, permissions, names, many files),
//! `big` the size cases and the extractor on pathological text, `wrapping` the wrap
//! property.

mod big;
mod determinism;
mod filesystem;
mod fuzz_seeds;
mod wrapping;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use dateline::article::{Article, LoadProblem, Loaded, TextEncoding, load_paths};
use dateline::extract::Span;
use tempfile::TempDir;

/// The longest any one load may take before the test calls it a hang.
const LOAD_LIMIT: Duration = Duration::from_secs(120);

/// The good article every folder holds, to show the rest still loads.
const GOOD_NAME: &str = "good.txt";
const GOOD_TEXT: &str = "Ferry Service Resumes\n\nBy ANA SILVA\n\n\
    The ferry to the island sailed again on Monday, the harbour office said.\n";

/// A fresh folder holding the good article.
fn folder() -> TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    write(dir.path(), GOOD_NAME, GOOD_TEXT);
    dir
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, contents).expect("write test file");
    path
}

/// Runs `work` on another thread and fails the test if it takes longer than `limit`.
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let _ = send.send(work());
    });
    match receive.recv_timeout(limit) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("did not finish within {limit:?}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the work panicked"),
    }
}

/// Loads `path` under the time limit and checks every article's spans.
fn load(path: &Path) -> Loaded {
    let paths = vec![path.to_path_buf()];
    let loaded = within(LOAD_LIMIT, move || load_paths(&paths));
    loaded.articles.iter().for_each(assert_spans_valid);
    loaded
}

/// Loads the folder and checks that its good article is among the articles.
fn load_folder(dir: &TempDir) -> Loaded {
    let loaded = load(dir.path());
    let good = dir.path().join(GOOD_NAME);
    assert!(
        loaded.articles.iter().any(|a| a.path == good),
        "the good article did not load: {:?}",
        loaded.problems
    );
    loaded
}

/// The article read from `path`.
fn article<'l>(loaded: &'l Loaded, path: &Path) -> &'l Article {
    loaded
        .articles
        .iter()
        .find(|a| a.path == path)
        .unwrap_or_else(|| panic!("{} did not load: {:?}", path.display(), loaded.problems))
}

/// The one problem reported for `path`, checked to give a reason containing `words`; the
/// file gave no article.
fn problem<'l>(loaded: &'l Loaded, path: &Path, words: &str) -> &'l LoadProblem {
    assert!(!loaded.articles.iter().any(|a| a.path == path));
    reported(loaded, path, words)
}

/// The one problem reported for `path` (whose other records may have loaded).
fn reported<'l>(loaded: &'l Loaded, path: &Path, words: &str) -> &'l LoadProblem {
    let found: Vec<_> = loaded.problems.iter().filter(|p| p.path == path).collect();
    assert_eq!(found.len(), 1, "problems for {}: {found:?}", path.display());
    assert!(
        found[0].reason.contains(words),
        "reason for {} should mention {words:?}: {}",
        path.display(),
        found[0].reason
    );
    found[0]
}

fn assert_span_valid(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fn assert_spans_valid(article: &Article) {
    let spans = article.caption.iter().chain(&article.credit);
    for span in spans.chain(&article.body) {
        assert_span_valid(&article.text, *span);
    }
    assert!(article.body.windows(2).all(|w| w[0].end <= w[1].start));
}

/// Bytes that look random but are the same on every run (xorshift).
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed.to_le_bytes()[0]
        })
        .collect()
}

fn utf16(text: &str, bom: bool) -> Vec<u8> {
    let bom = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    bom.into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

#[test]
fn empty_and_blank_files_are_reported() {
    let dir = folder();
    let empty = write(dir.path(), "empty.txt", "");
    let blank = write(dir.path(), "blank.md", " \n\t\r\n  \n");
    let loaded = load_folder(&dir);
    problem(&loaded, &empty, "empty file");
    problem(&loaded, &blank, "only whitespace");
}

#[test]
fn binary_files_are_reported_as_binary() {
    let dir = folder();
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0".to_vec();
    elf.extend(noise(4096, 7));
    let elf = write(dir.path(), "program.txt", elf);
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(4096, 11));
    let png = write(dir.path(), "picture.md", png);
    let random = write(dir.path(), "random.json", noise(65_536, 13));
    let loaded = load_folder(&dir);
    for path in [elf, png, random] {
        problem(&loaded, &path, "binary file");
    }
}

#[test]
fn invalid_utf8_in_the_middle_falls_back_to_windows_1252() {
    let dir = folder();
    let mut bytes = b"Caf\xc3\xa9 Opens\n\nThe caf\xe9 in the square opened".to_vec();
    bytes.extend(b" \xff\xfe\xc3 on Friday.\n");
    let path = write(dir.path(), "mixed.txt", bytes);
    let loaded = load_folder(&dir);
    let article = article(&loaded, &path);
    assert_eq!(article.encoding, TextEncoding::Windows1252);
    assert!(article.text.contains("on Friday."));
}

#[test]
fn utf16_loads_with_a_bom_and_is_refused_without_one() {
    let dir = folder();
    let text = "Tram Line Opens\n\nThe tram to Nowa Huta opened on Friday.\n";
    let with_bom = write(dir.path(), "with-bom.txt", utf16(text, true));
    let without_bom = write(dir.path(), "without-bom.txt", utf16(text, false));
    let loaded = load_folder(&dir);
    let article = article(&loaded, &with_bom);
    assert_eq!(article.encoding, TextEncoding::Utf16);
    assert_eq!(article.text, text);
    // Without a byte order mark, UTF-16 is full of NUL bytes: refused, with a hint.
    let refused = problem(&loaded, &without_bom, "binary file");
    assert!(
        refused.reason.contains("byte order mark"),
        "{}",
        refused.reason
    );
}

#[test]
fn a_utf8_bom_is_stripped() {
    let dir = folder();
    let path = write(
        dir.path(),
        "bom.txt",
        "\u{FEFF}Dam Repaired\n\nWork ended.\n",
    );
    let loaded = load_folder(&dir);
    let article = article(&loaded, &path);
    assert_eq!(article.title, "Dam Repaired");
    assert!(!article.text.contains('\u{FEFF}'));
}

#[test]
fn crlf_and_lone_cr_line_endings_load() {
    let dir = folder();
    let crlf = "Bridge Closed\r\n\r\nThe bridge closed on Monday.\r\n\r\nIt reopens in May.\r\n";
    let crlf = write(dir.path(), "crlf.txt", crlf);
    let lone_cr = "Bridge Closed\r\rThe bridge closed on Monday.\r\rIt reopens in May.\r";
    let lone_cr = write(dir.path(), "cr.txt", lone_cr);
    let loaded = load_folder(&dir);
    let crlf = article(&loaded, &crlf);
    assert_eq!(crlf.title, "Bridge Closed");
    assert_eq!(crlf.body.len(), 2, "{:?}", crlf.body);
    let lone_cr = article(&loaded, &lone_cr);
    assert!(!lone_cr.title.is_empty());
    assert!(!lone_cr.body.is_empty());
}

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    let dir = folder();
    let depth = 100_000;
    let nested = "[".repeat(depth) + &"]".repeat(depth);
    let arrays = write(dir.path(), "arrays.json", &nested);
    let objects = "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth);
    let objects = write(dir.path(), "objects.json", objects);
    let line = write(dir.path(), "lines.jsonl", nested + "\n");
    let loaded = load_folder(&dir);
    for path in [arrays, objects, line] {
        problem(&loaded, &path, "nested too deeply");
    }
}

#[test]
fn json_with_wrong_types_says_which_field() {
    let dir = folder();
    let record = r#"{"id": 7, "title": ["a"], "text": {"body": "x"}, "date": true}"#;
    let wrong_fields = write(dir.path(), "fields.json", record);
    let wrong_root = write(dir.path(), "root.json", "42");
    let loaded = load_folder(&dir);
    problem(&loaded, &wrong_fields, "should be");
    problem(&loaded, &wrong_root, "not a number");
}

#[test]
fn json_lines_with_one_bad_line_keep_the_good_lines() {
    let dir = folder();
    let good = |id: &str| format!(r#"{{"id": "{id}", "title": "T", "text": "Rain fell."}}"#);
    let lines = [
        good("one"),
        "{\"id\": \"two\", \"text\": ".into(),
        good("three"),
    ];
    let path = write(dir.path(), "wires.jsonl", lines.join("\n") + "\n");
    let loaded = load_folder(&dir);
    let ids: Vec<_> = loaded
        .articles
        .iter()
        .filter(|a| a.path == path)
        .map(|a| a.id().into_owned())
        .collect();
    assert_eq!(ids, ["one", "three"]);
    let bad = reported(&loaded, &path, "not valid JSON");
    assert_eq!(bad.line, Some(2));
}

#[test]
fn markdown_with_broken_front_matter_is_reported_with_its_line() {
    let dir = folder();
    let unclosed = write(dir.path(), "unclosed.md", "---\ntitle: A\n\nBody.\n");
    let bad_yaml = "---\ntitle: A\ntags: [one, two\ndate: 2019-09-14\n---\n\nBody.\n";
    let bad_yaml = write(dir.path(), "yaml.md", bad_yaml);
    let not_a_map = write(dir.path(), "list.md", "---\n- a\n- b\n---\n\nBody.\n");
    let loaded = load_folder(&dir);
    problem(&loaded, &unclosed, "never closed");
    assert!(problem(&loaded, &bad_yaml, "front matter").line.is_some());
    problem(&loaded, &not_a_map, "front matter");
}
