//! Integration tests: extraction quality on the sample articles shipped in `articles/`.
//!
//! Every file in `articles/` has a hand-written expectation in
//! `tests/fixtures/expected/<file name>.json` listing the places, dates and quotes a careful
//! reader marks, by surface text rather than offsets (conventions in the README next to them).
//! A plain text or Markdown file holds one expectation; a JSON or JSON Lines file holds one per
//! article `id`. The floor test compares the extractor's output with the expectations as
//! multisets and, when a floor is not met, prints every miss and every extra.

mod matching;
mod samples;

use std::collections::BTreeMap;

use dateline::article::{Article, Format};
use dateline::extract;

use crate::util::fixture;
use matching::{Floor, Found, FoundQuote, Report, Tally, fold_marks, found};
use samples::{
    Expectation, Expectations, Kind, all_expectations, extension, file_name, holds_records,
    load_samples, raw_texts, read_expectations, record_key, sample_files,
};

/// Minimum recall and precision per kind over the whole sample set. Each floor sits just under
/// the figure measured when it was last raised, so a regression fails; raise them as the
/// extractor improves. Measured 2026-11-28: places R 0.818 P 0.995 (neighbourhoods such as
/// Nowa Huta are below the gazetteer's population cut), dates R 0.974 P 0.974, quotes R 0.680
/// P 0.662 (speaker resolution of "the agency"-style descriptions is the main gap).
const PLACES_FLOOR: Floor = Floor {
    recall: 0.80,
    precision: 0.95,
};
const DATES_FLOOR: Floor = Floor {
    recall: 0.95,
    precision: 0.95,
};
const QUOTES_FLOOR: Floor = Floor {
    recall: 0.65,
    precision: 0.65,
};

/// The sample set must stay big enough to exercise the reader.
const MIN_SAMPLE_ARTICLES: usize = 14;

/// The file extensions of every format the loader supports, and the format each one means.
const FORMATS: [(&str, Format); 6] = [
    ("txt", Format::Text),
    ("md", Format::Markdown),
    ("json", Format::Json),
    ("jsonl", Format::JsonLines),
    ("rss", Format::Feed),
    ("html", Format::Html),
];

fn article_label(article: &Article) -> String {
    let file = file_name(&article.path);
    if holds_records(&article.path) {
        format!("{file} [{}]", article.id())
    } else {
        file
    }
}

#[test]
fn every_sample_file_has_an_expectation_file_and_every_expectation_file_a_sample() {
    let files = sample_files();
    for file in &files {
        // Reading parses it, so a malformed expectation fails here with its path.
        let _ = read_expectations(file);
    }
    let names: Vec<String> = files.iter().map(|f| file_name(f)).collect();
    let entries = std::fs::read_dir(fixture("expected")).expect("expected/ is readable");
    for entry in entries {
        let name = file_name(&entry.expect("expected/ entry is readable").path());
        if let Some(article) = name.strip_suffix(".json") {
            assert!(
                names.iter().any(|n| n == article),
                "expected/{name} has no article in articles/"
            );
        }
    }
}

#[test]
fn the_samples_cover_every_format() {
    let files = sample_files();
    for (ext, _) in FORMATS {
        assert!(
            files.iter().any(|f| extension(f) == ext),
            "no .{ext} article in articles/"
        );
    }
}

#[test]
fn every_sample_file_loads_without_problems() {
    let loaded = load_samples();
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "load problems:\n{}",
        problems.join("\n")
    );
    for file in sample_files() {
        assert!(
            loaded.articles.iter().any(|a| a.path == file),
            "{} loaded no article",
            file.display()
        );
    }
}

#[test]
fn every_expected_text_occurs_in_its_article() {
    for file in sample_files() {
        let expectations = read_expectations(&file);
        for (id, text) in raw_texts(&file) {
            let expectation = match (&expectations, &id) {
                (Expectations::Single(e), _) => e,
                (Expectations::ById(by_id), Some(id)) => by_id
                    .get(id)
                    .unwrap_or_else(|| panic!("{}: no expectation for id {id}", file.display())),
                (Expectations::ById(_), None) => panic!("{}: record without id", file.display()),
            };
            let text = fold_marks(&text);
            let mut needed: BTreeMap<String, usize> = BTreeMap::new();
            let places = expectation.places.iter().map(|p| &p.text);
            let dates = expectation.dates.iter().map(|d| &d.text);
            for needle in places.chain(dates) {
                *needed.entry(fold_marks(needle)).or_default() += 1;
            }
            for quote in &expectation.quotes {
                needed.entry(fold_marks(&quote.starts_with)).or_insert(1);
            }
            for (needle, count) in needed {
                let occurs = text.matches(needle.as_str()).count();
                assert!(
                    occurs >= count,
                    "{} {id:?}: {needle:?} expected {count} times, occurs {occurs} times",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn every_loaded_article_has_its_expectation_format_and_publication_date() {
    let loaded = load_samples();
    let expectations = all_expectations();
    assert!(
        loaded.articles.len() >= MIN_SAMPLE_ARTICLES,
        "only {} sample articles",
        loaded.articles.len()
    );
    for (ext, format) in FORMATS {
        assert!(
            loaded.articles.iter().any(|a| a.format == format),
            "no article loaded as {format:?} (.{ext})"
        );
    }
    for article in &loaded.articles {
        let label = article_label(article);
        let (_, format) = FORMATS
            .iter()
            .find(|(ext, _)| *ext == extension(&article.path))
            .unwrap_or_else(|| panic!("{label}: unexpected file type"));
        assert_eq!(article.format, *format, "{label}: format");
        let expectation = expectations
            .get(&article.path)
            .and_then(|e| e.for_article(article))
            .unwrap_or_else(|| panic!("{label}: no expectation"));
        let date = article.date.map(|d| d.to_string());
        assert_eq!(date, expectation.dct, "{label}: publication date");
    }
    for (path, expectations) in &expectations {
        if let Expectations::ById(by_id) = expectations {
            for id in by_id.keys() {
                assert!(
                    loaded
                        .articles
                        .iter()
                        .any(|a| &a.path == path && record_key(a) == *id),
                    "{}: expectation for id {id} but no such article",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn extraction_on_the_sample_articles_clears_the_floors() {
    let loaded = load_samples();
    let expectations = all_expectations();
    let mut report = Report::default();
    // An article without expectations fails the test, but only after the others are scored,
    // so one loader slip does not hide the extraction report.
    let mut unexpected = Vec::new();
    for article in &loaded.articles {
        let label = article_label(article);
        let Some(expectation) = expectations
            .get(&article.path)
            .and_then(|e| e.for_article(article))
        else {
            unexpected.push(label);
            continue;
        };
        let entities = extract::extract(&article.text, article.date);
        report.add_article(&label, expectation, &found(&article.text, &entities));
    }
    let (summary, all_clear) = report.summary(PLACES_FLOOR, DATES_FLOOR, QUOTES_FLOOR);
    println!("{summary}\n{}", report.details);
    assert!(
        all_clear && unexpected.is_empty(),
        "extraction below its floors:\n{summary}\nno expectation for: {unexpected:?}\n\
         misses and extras:\n{}",
        report.details
    );
}

#[test]
fn the_comparison_counts_matches_misses_and_extras_as_multisets() {
    let expected: Expectation = serde_json::from_str(
        r#"{"dct": "2026-11-24",
            "places": [{"text": "Zürich", "name": "Zürich"}, {"text": "Zürich", "name": "Zürich"},
                       {"text": "昆明", "name": "Kunming"}],
            "dates": [{"text": "the 1990s", "value": "199X"}, {"text": "Monday", "value": "2026-11-23"}],
            "quotes": [{"speaker": "Carvalho", "canonical_speaker": "Ines Carvalho",
                        "kind": "direct", "starts_with": "“We will"}]}"#,
    )
    .expect("test expectation parses");
    let found = Found {
        places: vec!["Zürich", "Basel"],
        dates: vec![("1990s", "199X"), ("Monday", "2026-11-16")],
        quotes: vec![FoundQuote {
            kind: Kind::Direct,
            canonical_speaker: Some("ines carvalho"),
            text: "\"We will reopen the line,\"",
        }],
    };
    let mut report = Report::default();
    report.add_article("sample", &expected, &found);
    let counts = |expected, found, matched| Tally {
        expected,
        found,
        matched,
    };
    assert_eq!(report.places, counts(3, 2, 1));
    assert_eq!(report.dates, counts(2, 2, 1));
    assert_eq!(report.quotes, counts(1, 1, 1));
    for line in [
        "missed \"Zürich\"",
        "missed \"昆明\" (Kunming)",
        "extra  \"Basel\"",
        "missed \"Monday\" = 2026-11-23",
        "extra  \"Monday\" = 2026-11-16",
    ] {
        assert!(
            report.details.contains(line),
            "{line:?} not in\n{}",
            report.details
        );
    }
    let (_, all_clear) = report.summary(PLACES_FLOOR, DATES_FLOOR, QUOTES_FLOOR);
    assert!(!all_clear, "a 1/3 place recall must not clear the floors");
}
