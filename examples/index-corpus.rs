//! Loads a folder of articles and builds the entity index the way the reader does (the
//! background worker feeding `update`), without a terminal, then prints counts and times.
//! It exists to measure peak memory and indexing time:
//!
//! ```text
//! cargo build --release --example index-corpus
//! /usr/bin/time -v target/release/examples/index-corpus /tmp/corpus
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dateline::app::keymap::Keymap;
use dateline::app::state::AppState;
use dateline::app::update::{apply_indexed, indexing_started};
use dateline::article::load_paths;
use dateline::index::worker;

fn main() -> ExitCode {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: index-corpus PATH...");
        return ExitCode::FAILURE;
    }
    let started = Instant::now();
    let loaded = load_paths(&paths);
    let loaded_in = started.elapsed();
    let problems = loaded.problems.len();
    let mut state = AppState::new(loaded, Keymap::default());
    let text_bytes: usize = state.articles.iter().map(|(_, a)| a.text.len()).sum();
    let indexing = Instant::now();
    let (indexer, thread) = match worker::spawn(state.extractor) {
        Ok(spawned) => spawned,
        Err(err) => {
            eprintln!("index-corpus: cannot start the indexer: {err}");
            return ExitCode::FAILURE;
        }
    };
    let every: Vec<usize> = (0..state.articles.len()).collect();
    if indexer.jobs.send(state.articles.shares(&every)).is_err() {
        eprintln!("index-corpus: the indexer stopped before it started");
        return ExitCode::FAILURE;
    }
    indexing_started(&mut state);
    // With the job sender gone, the results end once everything is indexed.
    drop(indexer.jobs);
    for batch in indexer.results {
        apply_indexed(&mut state, batch);
    }
    if thread.join().is_err() {
        eprintln!("index-corpus: the indexer stopped with a panic");
        return ExitCode::FAILURE;
    }
    let indexed_in = indexing.elapsed();
    let (places, dates, quotes) = state.index.mention_counts();
    println!(
        "{} articles ({text_bytes} bytes of text), {problems} problems, loaded in {:.2} s",
        state.articles.len(),
        loaded_in.as_secs_f64()
    );
    println!(
        "indexed {} articles in {:.2} s: {places} place, {dates} date and {quotes} quote \
         mentions, {} distinct names",
        state.index.indexed_count(),
        indexed_in.as_secs_f64(),
        state.index.distinct_names()
    );
    ExitCode::SUCCESS
}
