//! Hostile sizes: files over the cap, one huge line, a million lines, and the extractor on
//! pathological text. Timings are printed (run with `--nocapture`); none is asserted, the
//! time limit of `load` only turns a hang into a failure.
//!
//! The extractor cases take about half a minute of CPU in a debug build (well under a second
//! each in release: `cargo test --release hostile::big -- --nocapture` prints the times).

use std::fs;
use std::time::{Duration, Instant};

use dateline::article::MAX_FILE_BYTES;
use dateline::extract::{Entities, Span, extract};

use super::{article, assert_span_valid, folder, load_folder, problem, within, write};

/// How long one extraction may take before it is called a hang.
const EXTRACT_LIMIT: Duration = Duration::from_secs(300);

/// Ten megabytes of words on one line.
fn ten_megabyte_line() -> String {
    let words = [
        "the",
        "harbour",
        "Kunming",
        "said",
        "on",
        "Monday,",
        "\u{201c}yes\u{201d}",
    ];
    let mut line = String::with_capacity(10 * 1024 * 1024 + 16);
    let mut index = 0;
    while line.len() < 10 * 1024 * 1024 {
        line.push_str(words[index % words.len()]);
        line.push(' ');
        index += 1;
    }
    line
}

#[test]
fn a_sparse_200_megabyte_file_is_refused_unread() {
    let dir = folder();
    let path = dir.path().join("huge.txt");
    let file = fs::File::create(&path).unwrap();
    // Sparse: the length is set without writing, so it costs no disk.
    file.set_len(200 * 1024 * 1024).unwrap();
    assert!(fs::metadata(&path).unwrap().len() > MAX_FILE_BYTES);
    let loaded = load_folder(&dir);
    problem(&loaded, &path, "over the 50 MB limit");
}

#[test]
fn a_ten_megabyte_single_line_loads() {
    let dir = folder();
    let line = ten_megabyte_line();
    let path = write(dir.path(), "one-line.txt", &line);
    let started = Instant::now();
    let loaded = load_folder(&dir);
    eprintln!("10 MB single line loaded in {:?}", started.elapsed());
    let article = article(&loaded, &path);
    assert_eq!(article.text, line);
    assert!(article.title.chars().count() <= 120);
}

#[test]
fn a_million_lines_load() {
    let dir = folder();
    let mut text = String::from("A Million Lines\n\n");
    for index in 0..1_000_000 {
        text.push_str(if index % 3 == 2 { "\n" } else { "Rain fell.\n" });
    }
    let path = write(dir.path(), "lines.txt", &text);
    let started = Instant::now();
    let loaded = load_folder(&dir);
    eprintln!("a million lines loaded in {:?}", started.elapsed());
    let article = article(&loaded, &path);
    assert_eq!(article.title, "A Million Lines");
    assert!(article.body.len() > 300_000, "{}", article.body.len());
}

/// Runs the extractor under the time limit, prints how long it took and checks its spans.
fn extract_checked(label: &str, text: String) -> Entities {
    let started = Instant::now();
    let (text, entities) = within(EXTRACT_LIMIT, move || {
        let entities = extract(&text, None);
        (text, entities)
    });
    eprintln!("extract on {label}: {:?}", started.elapsed());
    let spans = entities.places.iter().map(|p| p.span);
    let spans = spans.chain(entities.dates.iter().map(|d| d.span));
    let spans = spans.chain(entities.credits.iter().map(|c| c.span));
    let quote_spans = entities
        .quotes
        .iter()
        .flat_map(|q| std::iter::once(q.span).chain(q.speaker));
    for span in spans.chain(quote_spans).collect::<Vec<Span>>() {
        assert_span_valid(&text, span);
    }
    entities
}

#[test]
fn the_extractor_finishes_on_a_ten_megabyte_line() {
    let entities = extract_checked("a 10 MB single line", ten_megabyte_line());
    assert!(!entities.places.is_empty());
}

#[test]
fn the_extractor_finishes_on_a_megabyte_of_quotation_marks() {
    let marks = [
        "\"", "\u{201c}", "\u{201d}", "'", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}",
    ];
    let mut text = String::new();
    let mut index = 0;
    while text.len() < 1024 * 1024 {
        text.push_str(marks[index % marks.len()]);
        if index % 97 == 0 {
            text.push_str(" said Ana ");
        }
        index += 1;
    }
    extract_checked("a megabyte of quotation marks", text);
    let plain = "\"".repeat(1024 * 1024);
    extract_checked("a megabyte of ASCII double quotes", plain);
}

#[test]
fn the_extractor_finishes_on_a_million_capitalised_words() {
    let words = [
        "Paris", "Monday", "Said", "North", "New", "York", "Ana", "January",
    ];
    let text: Vec<&str> = (0..1_000_000).map(|i| words[i % words.len()]).collect();
    extract_checked("a million capitalised words", text.join(" "));
    let made_up: Vec<String> = (0..1_000_000).map(|i| format!("Qx{i}")).collect();
    extract_checked("a million unknown capitalised words", made_up.join(" "));
}
