//! Loading in the background and watching opened folders, on real files in a temporary
//! folder. Changes are waited for with a generous deadline (a missed change fails the
//! test; how fast it arrives is not asserted: speed lives in the benches).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use dateline::app::action::Action;
use dateline::app::background::Background;
use dateline::app::collection::collection_changed;
use dateline::app::keymap::Keymap;
use dateline::app::state::AppState;
use dateline::app::update::update;
use dateline::app::watch::{self, WatchMessage};
use dateline::article::{Loaded, load_paths};

use crate::util::fixture;

/// How long a test waits for something that should take well under a second.
const DEADLINE: Duration = Duration::from_secs(30);

fn titles_in_view(state: &AppState) -> Vec<String> {
    state
        .view
        .iter()
        .map(|&i| state.articles[i].title.clone())
        .collect()
}

fn selected_title(state: &AppState) -> Option<String> {
    state
        .selected_article()
        .map(|i| state.articles[i].title.clone())
}

fn write(path: &Path, title: &str) {
    fs::write(path, format!("{title}\n\nIt rained in Oslo on Tuesday.\n")).expect("writes");
}

fn state_on(paths: &[PathBuf]) -> AppState {
    let mut state = AppState::new(load_paths(paths), Keymap::default());
    update(
        &mut state,
        Action::Resize {
            width: 100,
            height: 30,
        },
    );
    state
}

/// Applies the watcher's changes until `done` holds; panics with what was seen after the
/// deadline.
fn wait_until(
    state: &mut AppState,
    changes: &Receiver<WatchMessage>,
    what: &str,
    done: impl Fn(&AppState) -> bool,
) {
    let started = Instant::now();
    while !done(state) {
        assert!(
            started.elapsed() < DEADLINE,
            "{what}: not seen; the list shows {:?}",
            titles_in_view(state)
        );
        match changes.recv_timeout(Duration::from_millis(100)) {
            Ok(WatchMessage::Changed(change)) => {
                collection_changed(state, change);
            }
            Ok(WatchMessage::Ready) | Err(RecvTimeoutError::Timeout) => {}
            Ok(WatchMessage::Failed(message)) => panic!("{message}"),
            Err(RecvTimeoutError::Disconnected) => panic!("the watcher stopped"),
        }
    }
}

fn watching(paths: &[PathBuf]) -> Receiver<WatchMessage> {
    let changes = watch::spawn(paths).expect("watcher thread starts");
    match changes.recv_timeout(DEADLINE) {
        Ok(WatchMessage::Ready) => changes,
        other => panic!("watcher not ready: {other:?}"),
    }
}

#[test]
fn background_loading_gives_what_loading_at_once_gives() {
    let paths = vec![fixture("loading")];
    let expected = load_paths(&paths);
    let mut state = AppState::new(Loaded::default(), Keymap::default());
    let mut background = Background::start(paths, &mut state, false).expect("threads start");
    assert_eq!(state.loading, Some(0));
    let started = Instant::now();
    while !background.loaded() || state.indexing {
        assert!(started.elapsed() < DEADLINE, "loading never finished");
        if !background.apply_pending(&mut state) {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    assert_eq!(state.loading, None);
    let titles: Vec<&str> = expected.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles_in_view(&state), titles);
    assert_eq!(state.problems, expected.problems);
    assert_eq!(state.index.indexed_count(), expected.articles.len());
    assert!(!state.index.articles_mentioning("Vidin").is_empty());
}

/// Runs the background work until `done` holds, as the event loop would between keys.
fn run_until(
    state: &mut AppState,
    background: &mut Background,
    what: &str,
    done: impl Fn(&AppState, &Background) -> bool,
) {
    let started = Instant::now();
    while !done(state, background) {
        assert!(
            started.elapsed() < DEADLINE,
            "{what}: not seen; the list shows {:?}",
            titles_in_view(state)
        );
        if !background.apply_pending(state) {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[test]
fn the_reader_loads_then_follows_and_indexes_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("a.txt"), "Alpha");
    write(&dir.path().join("b.txt"), "Bravo");
    let mut state = AppState::new(Loaded::default(), Keymap::default());
    let paths = vec![dir.path().to_path_buf()];
    let mut background = Background::start(paths, &mut state, true).expect("threads start");
    run_until(
        &mut state,
        &mut background,
        "loaded and watching",
        |s, b| b.loaded() && b.watching() && !s.indexing,
    );
    assert_eq!(titles_in_view(&state), ["Alpha", "Bravo"]);
    write(&dir.path().join("c.txt"), "Charlie");
    run_until(
        &mut state,
        &mut background,
        "the new file indexed",
        |s, _| titles_in_view(s).len() == 3 && !s.indexing,
    );
    assert_eq!(titles_in_view(&state), ["Alpha", "Bravo", "Charlie"]);
    assert_eq!(state.index.indexed_count(), 3);
    assert_eq!(state.index.articles_mentioning("Oslo"), [0, 1, 2]);
}

#[test]
fn a_watched_folder_follows_new_changed_and_removed_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("news");
    fs::create_dir(&root).expect("mkdir");
    write(&root.join("a.txt"), "Alpha");
    write(&root.join("b.txt"), "Bravo");
    write(&root.join("c.txt"), "Charlie");
    let paths = vec![root.clone()];
    let mut state = state_on(&paths);
    let changes = watching(&paths);
    update(&mut state, Action::MoveDown);
    assert_eq!(selected_title(&state).as_deref(), Some("Bravo"));

    write(&root.join("d.txt"), "Delta");
    wait_until(&mut state, &changes, "a new file", |s| {
        titles_in_view(s) == ["Alpha", "Bravo", "Charlie", "Delta"]
    });
    assert_eq!(selected_title(&state).as_deref(), Some("Bravo"));

    write(&root.join("a.txt"), "Alpha, revised");
    wait_until(&mut state, &changes, "a changed file", |s| {
        titles_in_view(s) == ["Alpha, revised", "Bravo", "Charlie", "Delta"]
    });
    assert_eq!(selected_title(&state).as_deref(), Some("Bravo"));

    fs::remove_file(root.join("b.txt")).expect("rm");
    wait_until(&mut state, &changes, "a removed file", |s| {
        titles_in_view(s) == ["Alpha, revised", "Charlie", "Delta"]
    });
    assert_eq!(selected_title(&state).as_deref(), Some("Charlie"));

    let inner = root.join("2026");
    fs::create_dir(&inner).expect("mkdir");
    write(&inner.join("e.md"), "Echo");
    wait_until(&mut state, &changes, "a file in a new folder", |s| {
        titles_in_view(s).contains(&"Echo".to_string())
    });

    fs::remove_dir_all(&inner).expect("rm -r");
    wait_until(&mut state, &changes, "a removed folder", |s| {
        !titles_in_view(s).contains(&"Echo".to_string())
    });
    assert_eq!(selected_title(&state).as_deref(), Some("Charlie"));
}

#[test]
fn a_named_file_is_followed_when_an_editor_replaces_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("notes.log");
    write(&file, "First draft");
    let paths = vec![file.clone()];
    let mut state = state_on(&paths);
    update(&mut state, Action::OpenArticle);
    let changes = watching(&paths);
    // Write a copy and rename it over the original, as many editors save.
    let copy = dir.path().join(".notes.log.tmp");
    write(&copy, "Second draft");
    fs::rename(&copy, &file).expect("rename");
    wait_until(&mut state, &changes, "the replaced file", |s| {
        titles_in_view(s) == ["Second draft"]
    });
    let open = state.open.as_ref().expect("the article stays open");
    assert_eq!(state.articles[open.index].title, "Second draft");
}
