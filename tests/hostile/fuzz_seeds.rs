//! The fuzz targets' smoke run in `cargo test`: every seed under `fuzz/seeds/` goes through
//! the same code path and the same checks as its cargo-fuzz target (`fuzz/fuzz_targets/`),
//! on the stable toolchain and without libFuzzer. A crash the fuzzer finds is added to the
//! seeds (see `fuzz/README.md`), so it is replayed here from then on.

use std::fs;
use std::path::{Path, PathBuf};

use dateline::extract::{Date, extract};
use dateline::query::parse;

use super::{assert_span_valid, load};

fn seeds(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("seed entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
}

/// What a loader target does with its input: write it as `input.EXTENSION`, load it, and
/// check every span (`load` does) and every problem.
fn replay_loader(target: &str, extension: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    for seed in seeds(target) {
        let path = dir.path().join(format!("input.{extension}"));
        fs::copy(&seed, &path).expect("copy seed");
        let loaded = load(&path);
        for problem in &loaded.problems {
            assert!(
                !problem.reason.is_empty(),
                "{}: {problem:?}",
                seed.display()
            );
        }
        assert!(
            !loaded.articles.is_empty() || !loaded.problems.is_empty(),
            "{}: neither loaded nor reported",
            seed.display()
        );
    }
}

#[test]
fn loader_seeds_load_or_are_reported() {
    for (target, extension) in [
        ("load_txt", "txt"),
        ("load_md", "md"),
        ("load_json", "json"),
        ("load_jsonl", "jsonl"),
        ("load_feed", "rss"),
        ("load_html", "html"),
    ] {
        replay_loader(target, extension);
    }
}

#[test]
fn extract_seeds_give_valid_spans_with_and_without_a_date() {
    for seed in seeds("extract") {
        let text = fs::read_to_string(&seed).expect("seeds are UTF-8");
        for dct in [None, Date::new(2017, 7, 14).ok()] {
            let entities = extract(&text, dct);
            let spans = entities.places.iter().map(|p| p.span);
            let spans = spans.chain(entities.dates.iter().map(|d| d.span));
            let spans = spans.chain(entities.credits.iter().map(|c| c.span));
            let spans = spans.chain(
                entities
                    .quotes
                    .iter()
                    .flat_map(|q| std::iter::once(q.span).chain(q.speaker)),
            );
            for span in spans {
                assert_span_valid(&text, span);
            }
        }
    }
}

#[test]
fn query_seeds_parse_or_fail_cleanly_and_print_back() {
    for seed in seeds("query") {
        let text = fs::read_to_string(&seed).expect("seeds are UTF-8");
        if let Ok(query) = parse(&text) {
            let printed = query.to_string();
            assert_eq!(parse(&printed), Ok(query), "{}: {printed}", seed.display());
        }
    }
}
