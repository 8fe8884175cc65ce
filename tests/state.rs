//! Integration tests: saved reading state. Marks go from the app state into the state file
//! and back; a reading position survives a different width; a writer killed with SIGKILL
//! at random moments never leaves a torn file; a corrupt file is moved aside and reported.
//! Every file lives in a tempdir given explicitly: the real home is never touched.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use dateline::app::action::{Action, Effect};
use dateline::app::saver::Saver;
use dateline::app::state::{AppState, Pane};
use dateline::app::update::update;
use dateline::store::SavedState;
use dateline::store::drill::{self, generation_of};
use dateline::store::file::{FILE_NAME, StateFile};

use crate::render::sample::{self, article, state_with};

/// Three articles with different paths (the sample paths come from the title length).
fn three(width: u16, height: u16) -> AppState {
    state_with(sample::articles(), 0, width, height)
}

/// A long article, so there is somewhere to scroll to.
fn long_state(width: u16, height: u16) -> AppState {
    let mut parts: Vec<&str> = sample::HARBOUR.to_vec();
    for _ in 0..5 {
        parts.extend_from_slice(&sample::HARBOUR[2..]);
    }
    state_with(vec![article("A long read", &parts, true)], 0, width, height)
}

/// Rebuilds `state` from what it would save, as the next start of the reader does.
fn reloaded(state: &AppState, fresh: AppState, dir: &Path) -> AppState {
    let file = StateFile::in_dir(dir);
    file.save(&state.saved_state()).expect("saves");
    let loaded = file.load().expect("loads");
    assert_eq!(loaded.notice, None);
    fresh.with_saved(loaded.state)
}

#[test]
fn read_and_starred_marks_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = three(100, 30);
    assert_eq!(
        update(&mut state, Action::OpenArticle),
        Some(Effect::SaveState)
    );
    update(&mut state, Action::FocusPrev);
    update(&mut state, Action::MoveDown);
    assert_eq!(
        update(&mut state, Action::ToggleStar),
        Some(Effect::SaveState)
    );
    update(&mut state, Action::MoveDown);
    update(&mut state, Action::ToggleRead);
    update(&mut state, Action::ToggleStar);
    assert_eq!(state.read, [true, false, true]);
    assert_eq!(state.starred, [false, true, true]);

    let back = reloaded(&state, three(100, 30), dir.path());
    assert_eq!(back.read, [true, false, true]);
    assert_eq!(back.starred, [false, true, true]);
}

#[test]
fn unmarking_is_saved_too_and_moving_alone_saves_nothing() {
    let mut state = three(100, 30);
    assert_eq!(update(&mut state, Action::MoveDown), None);
    update(&mut state, Action::ToggleRead);
    assert_eq!(state.read, [false, true, false]);
    assert_eq!(
        update(&mut state, Action::ToggleRead),
        Some(Effect::SaveState)
    );
    assert_eq!(state.read, [false, false, false]);
    assert!(state.saved_state().articles.is_empty());
}

#[test]
fn marks_act_on_the_open_article_outside_the_list() {
    let mut state = three(100, 30);
    update(&mut state, Action::MoveDown);
    update(&mut state, Action::OpenArticle);
    update(&mut state, Action::MoveUp);
    assert_eq!(state.focus, Pane::Reader);
    update(&mut state, Action::ToggleStar);
    assert_eq!(state.starred, [false, true, false]);
    assert_eq!(state.message.as_deref(), Some("starred"));
}

#[test]
fn articles_not_loaded_keep_their_marks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = three(100, 30);
    update(&mut first, Action::ToggleStar);
    let file = StateFile::in_dir(dir.path());
    file.save(&first.saved_state()).expect("saves");

    // Another run opens a different article only, and stars it.
    let other = vec![article("Somewhere else entirely", &["Text."], false)];
    let mut second = state_with(other, 0, 100, 30).with_saved(file.load().expect("loads").state);
    update(&mut second, Action::ToggleStar);
    let saved = second.saved_state();
    assert_eq!(saved.articles.len(), 2, "{saved:?}");

    let again = three(100, 30).with_saved(saved);
    assert_eq!(again.starred, [true, false, false]);
}

#[test]
fn two_readers_open_at_once_keep_each_others_marks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = StateFile::in_dir(dir.path());
    let start = || three(100, 30).with_saved(file.load().expect("loads").state);
    let (mut first, mut second) = (start(), start());
    let mut first_saver = Saver::new(Some(file.clone()));
    let mut second_saver = Saver::new(Some(file.clone()));

    update(&mut first, Action::ToggleStar);
    first_saver.save_if_changed(&mut first).expect("saves");
    update(&mut second, Action::MoveDown);
    update(&mut second, Action::ToggleStar);
    second_saver.save_if_changed(&mut second).expect("saves");

    assert_eq!(start().starred, [true, true, false]);
    // The second reader shows what the first starred once it has written.
    assert_eq!(second.starred, [true, true, false]);
    // The first, writing again, does not take back the second's star.
    update(&mut first, Action::ToggleRead);
    first_saver.save_if_changed(&mut first).expect("saves");
    let last = start();
    assert_eq!(last.starred, [true, true, false]);
    assert_eq!(last.read, [true, false, false]);
}

#[test]
fn the_reading_position_is_restored_on_the_same_paragraph_at_another_width() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = long_state(120, 30);
    update(&mut state, Action::OpenArticle);
    for _ in 0..6 {
        update(&mut state, Action::NextParagraph);
    }
    let open = state.open.as_ref().expect("open");
    let (part, _) = open.document.anchor(open.top).expect("a line");
    assert!(state.positions.contains_key(&0));

    // Reopened in a narrower terminal: wrapping differs, the paragraph does not.
    let mut narrow = reloaded(&state, long_state(70, 30), dir.path());
    update(&mut narrow, Action::OpenArticle);
    let open = narrow.open.as_ref().expect("open");
    assert!(open.top > 0);
    let line = open.document.lines[open.top];
    assert_eq!(line.part, part);
    assert!(line.starts_part, "lands on the paragraph's first line");
}

#[test]
fn scrolling_back_to_the_top_forgets_the_position() {
    let mut state = long_state(100, 30);
    update(&mut state, Action::OpenArticle);
    assert_eq!(
        update(&mut state, Action::PageDown),
        Some(Effect::SaveState)
    );
    assert!(state.positions.contains_key(&0));
    update(&mut state, Action::Top);
    assert_eq!(state.positions.get(&0), None);
}

/// The dateline binary writing drill generations into `dir`.
fn drill_writer(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dateline"));
    command
        .arg("__write-state-loop")
        .arg("--dir")
        .arg(dir)
        .stdin(Stdio::null());
    command
}

/// A fixed-seed xorshift, so the kill moments are varied but the test is repeatable.
struct Moments(u64);

impl Moments {
    fn next_micros(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// The generation in the state file, which must parse and be exactly one generation.
fn generation_on_disk(dir: &Path, round: usize) -> usize {
    let bytes = fs::read(dir.join(FILE_NAME)).expect("the state file exists");
    let state: SavedState = serde_json::from_slice(&bytes)
        .unwrap_or_else(|err| panic!("round {round}: state file does not parse: {err}"));
    generation_of(&state).unwrap_or_else(|err| panic!("round {round}: torn state: {err}"))
}

/// A tempdir in memory when the system has one: a kill tests the rename, not the disk, and
/// skipping the disk's flush keeps 200 rounds within seconds.
fn fast_tempdir() -> tempfile::TempDir {
    tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .expect("tempdir")
}

#[test]
fn a_writer_killed_at_random_moments_never_leaves_a_torn_file() {
    let dir = fast_tempdir();
    let mut moments = Moments(0x2545_f491_4f6c_dd1d);
    let mut last = None;
    for round in 0..200 {
        let mut child = drill_writer(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts the writer");
        // Wait for the first finished write, so the kill lands among writes in progress.
        let mut first = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("reads the writer");
        let first: usize = first.trim().parse().expect("a generation number");
        std::thread::sleep(Duration::from_micros(moments.next_micros(3000)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");

        let on_disk = generation_on_disk(dir.path(), round);
        // The old version (the last completed write) or a newer one, never older.
        assert!(on_disk >= first, "round {round}: {on_disk} < {first}");
        if let Some(previous) = last {
            assert!(first > previous, "round {round}: each run continues");
        }
        last = Some(on_disk);
    }
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A file cut off half-way, as a non-atomic writer would leave it.
    let whole = serde_json::to_vec(&drill::generation(3)).expect("serializes");
    let torn = &whole[..whole.len() / 2];
    fs::write(dir.path().join(FILE_NAME), torn).expect("writes");

    let output = drill_writer(dir.path())
        .args(["--count", "1"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("corrupt saved state moved to"), "{stderr}");
    assert!(stderr.contains("state.json.corrupt-"), "{stderr}");

    let aside: Vec<_> = fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains("state.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        fs::read(&aside[0]).expect("reads"),
        torn,
        "kept byte for byte"
    );
    assert_eq!(generation_on_disk(dir.path(), 0), 0, "started afresh");
}
