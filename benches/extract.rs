//! Extraction throughput on one core, in bytes of article text per second.
//!
//! Reads the corpus named by `DATELINE_BENCH_CORPUS`, else `../shared/corpora/bbc` (the BBC
//! News dataset beside the repository), else the bundled `articles/`, and runs the whole
//! extractor over every article's text.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::article::load_paths;
use dateline::extract::{Date, dates, extract, places, quotes};

/// One extractor family run over one article text.
type ExtractOne = fn(&str, Option<Date>);

fn corpus_path() -> PathBuf {
    if let Some(path) = std::env::var_os("DATELINE_BENCH_CORPUS") {
        return PathBuf::from(path);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpora/bbc");
    if bbc.is_dir() {
        bbc
    } else {
        root.join("articles")
    }
}

fn bench_extract(c: &mut Criterion) {
    let path = corpus_path();
    let loaded = load_paths(std::slice::from_ref(&path));
    let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
    eprintln!(
        "extract bench: {} articles, {bytes} bytes from {}",
        loaded.articles.len(),
        path.display()
    );
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("whole_corpus_one_core", |b| {
        b.iter(|| {
            for article in &loaded.articles {
                black_box(extract(black_box(&article.text), article.date));
            }
        });
    });
    let kinds: [(&str, ExtractOne); 3] = [
        ("places_only", |text, _| drop(black_box(places::find(text)))),
        ("dates_only", |text, dct| {
            drop(black_box(dates::find(text, dct)))
        }),
        ("quotes_only", |text, _| drop(black_box(quotes::find(text)))),
    ];
    for (name, run) in kinds {
        group.bench_function(name, |b| {
            b.iter(|| {
                for article in &loaded.articles {
                    run(black_box(&article.text), article.date);
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
