//! Time to the first articles on screen and to every article loaded, on a large corpus,
//! next to the time `cat` needs to read the same files: the physical limit the reader is
//! held to (target: at most twice `cat`).
//!
//! The corpus comes from `DATELINE_BENCH_CORPUS` (make one with
//! `cargo run --release --bin gen-corpus -- --count 100000 --out /tmp/corpus`); without it
//! the bench says so and measures nothing. Run it twice to compare from the page cache.
//!
//! ```text
//! DATELINE_BENCH_CORPUS=/tmp/corpus cargo bench --bench startup
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::app::action::Action;
use dateline::app::background::spawn_loader;
use dateline::app::collection::{CollectionChange, collection_changed};
use dateline::app::keymap::Keymap;
use dateline::app::state::AppState;
use dateline::app::update::update;
use dateline::article::{Loaded, load_streaming};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn corpus() -> Option<PathBuf> {
    let path = PathBuf::from(std::env::var_os("DATELINE_BENCH_CORPUS")?);
    path.is_dir().then_some(path)
}

/// Every file under `root`, in a stable order (what `find | xargs cat` would read).
fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => folders.push(entry.path()),
                Ok(kind) if kind.is_file() => files.push(entry.path()),
                _ => {}
            }
        }
    }
    files.sort();
    files
}

/// What `cat` does: read every file once, one after the other.
fn read_like_cat(files: &[PathBuf]) -> usize {
    files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .map(|bytes| bytes.len())
        .sum()
}

/// A fresh state on a 200x50 screen, as the reader starts before any file is read.
fn empty_state() -> AppState {
    let mut state = AppState::new(Loaded::default(), Keymap::default());
    update(
        &mut state,
        Action::Resize {
            width: 200,
            height: 50,
        },
    );
    state
}

fn draw(state: &AppState) {
    // A test backend cannot fail.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 50));
    let drawn = terminal.draw(|frame| frame.render_widget(state, frame.area()));
    black_box(drawn.is_ok());
}

/// What the reader does until the first articles are on screen: walk and load the first
/// batch of files (on all cores), put it in the state, draw; the time taken until then.
/// (The empty frame with "loading 0 files…" is drawn even before this; the walk goes on
/// after it, on the loading thread, and is not counted.)
fn first_frame(root: &Path) -> (Duration, AppState) {
    let started = Instant::now();
    let mut state = empty_state();
    let mut shown = Duration::ZERO;
    load_streaming(&[root.to_path_buf()], &mut |files| {
        collection_changed(
            &mut state,
            CollectionChange {
                files,
                removed: Vec::new(),
            },
        );
        draw(&state);
        shown = started.elapsed();
        false
    });
    (shown, state)
}

/// What the reader does until every file is in the list: the loading thread sends batches
/// and this thread puts each in the state as it arrives (as the event loop does), then a
/// frame is drawn. Freeing it all again is left out of the timing.
fn fully_loaded(root: &Path) -> AppState {
    let mut state = empty_state();
    let Ok(batches) = spawn_loader(vec![root.to_path_buf()]) else {
        panic!("cannot start the loading thread");
    };
    for files in batches {
        collection_changed(
            &mut state,
            CollectionChange {
                files,
                removed: Vec::new(),
            },
        );
    }
    draw(&state);
    state
}

fn bench_startup(c: &mut Criterion) {
    let Some(root) = corpus() else {
        eprintln!(
            "startup bench skipped: set DATELINE_BENCH_CORPUS to a folder of articles \
             (cargo run --release --bin gen-corpus -- --count 100000 --out /tmp/corpus)"
        );
        return;
    };
    let files = files_under(&root);
    let bytes = read_like_cat(&files);
    let articles = fully_loaded(&root).articles.len();
    eprintln!(
        "startup bench: {} files, {bytes} bytes, {articles} articles under {}",
        files.len(),
        root.display()
    );
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("cat_every_file", |b| {
        b.iter(|| black_box(read_like_cat(&files)));
    });
    group.bench_function("first_frame", |b| {
        b.iter_custom(|runs| (0..runs).map(|_| first_frame(&root).0).sum());
    });
    group.bench_function("fully_loaded", |b| {
        b.iter_with_large_drop(|| fully_loaded(&root))
    });
    group.finish();
}

criterion_group!(benches, bench_startup);
criterion_main!(benches);
