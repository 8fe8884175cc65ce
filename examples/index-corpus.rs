//! Loads a folder of articles and builds the entity index the way the reader does (files
//! streamed in batches into the state with `collection_changed`, then the background
//! indexer feeding `apply_indexed`), without a terminal, and prints counts and times.
//! It exists to measure peak memory, loading and indexing time:
//!
//! ```text
//! cargo build --release --example index-corpus
//! /usr/bin/time -v target/release/examples/index-corpus /tmp/corpus
//! /usr/bin/time -v target/release/examples/index-corpus --no-index /tmp/corpus
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dateline::app::collection::{CollectionChange, collection_changed};
use dateline::app::keymap::Keymap;
use dateline::app::state::AppState;
use dateline::app::update::{apply_indexed, indexing_started};
use dateline::article::{Loaded, load_streaming};
use dateline::index::worker;

fn main() -> ExitCode {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let index = !paths.iter().any(|p| p.as_os_str() == "--no-index");
    paths.retain(|p| p.as_os_str() != "--no-index");
    if paths.is_empty() {
        eprintln!("usage: index-corpus [--no-index] PATH...");
        return ExitCode::FAILURE;
    }
    let started = Instant::now();
    let mut state = AppState::new(Loaded::default(), Keymap::default());
    let mut first_batch = None;
    let mut to_index = Vec::new();
    load_streaming(&paths, &mut |files| {
        first_batch.get_or_insert_with(|| started.elapsed());
        let change = CollectionChange {
            files,
            removed: Vec::new(),
        };
        to_index.extend(collection_changed(&mut state, change));
        true
    });
    let loaded_in = started.elapsed();
    let text_bytes: usize = state.articles.iter().map(|(_, a)| a.text.len()).sum();
    println!(
        "{} articles ({text_bytes} bytes of text), {} problems; first batch in {:.3} s, \
         all loaded in {:.2} s",
        state.articles.live_count(),
        state.problem_count(),
        first_batch.unwrap_or_default().as_secs_f64(),
        loaded_in.as_secs_f64()
    );
    if index {
        let indexing = Instant::now();
        if let Err(message) = index_all(&mut state, to_index) {
            eprintln!("index-corpus: {message}");
            return ExitCode::FAILURE;
        }
        let (places, dates, quotes) = state.index.mention_counts();
        println!(
            "indexed {} articles in {:.2} s: {places} place, {dates} date and {quotes} quote \
             mentions, {} distinct names",
            state.index.indexed_count(),
            indexing.elapsed().as_secs_f64(),
            state.index.distinct_names()
        );
        println!(
            "place details known for {} names and ambiguous mentions",
            state.places.len()
        );
    }
    ExitCode::SUCCESS
}

/// Runs the background indexer over `articles` and applies its batches, as the reader does.
fn index_all(state: &mut AppState, articles: Vec<usize>) -> Result<(), String> {
    let (indexer, thread) =
        worker::spawn(state.extractor).map_err(|err| format!("cannot start the indexer: {err}"))?;
    indexer
        .jobs
        .send(state.articles.shares(&articles))
        .map_err(|_| "the indexer stopped before it started".to_string())?;
    indexing_started(state);
    // With the job sender gone, the results end once everything is indexed.
    drop(indexer.jobs);
    for batch in indexer.results {
        apply_indexed(state, batch);
    }
    thread
        .join()
        .map_err(|_| "the indexer stopped with a panic".to_string())
}
