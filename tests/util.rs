//! Helpers shared by the integration tests.

use std::path::PathBuf;

use dateline::app::action::Effect;
use dateline::app::state::AppState;
use dateline::app::update::{apply_indexed, indexing_started, update};
use dateline::index::worker::index_jobs;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The path of a file or folder under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// Feeds one key through the key map and `update`, as the event loop does (capitals and
/// Shift-Tab come with Shift); returns the effect `update` asked for.
pub fn key(state: &mut AppState, code: KeyCode) -> Option<Effect> {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
        KeyCode::BackTab => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    let event = KeyEvent::new(code, modifiers);
    let action = state.keymap.action_for(event, state.mode, state.focus)?;
    update(state, action)
}

/// Types each character as a key press; the first effect asked for, if any.
pub fn keys(state: &mut AppState, typed: &str) -> Option<Effect> {
    typed
        .chars()
        .map(|c| key(state, KeyCode::Char(c)))
        .fold(None, Option::or)
}

/// Runs the state's extractor over every loaded article and applies the batches, as the
/// background indexer and the event loop do.
pub fn index_everything(state: &mut AppState) {
    indexing_started(state);
    let every: Vec<usize> = state.articles.iter().map(|(index, _)| index).collect();
    let jobs = state.articles.shares(&every);
    index_jobs(jobs, state.extractor, &mut |batch| {
        apply_indexed(state, batch);
        true
    });
}

/// Draws the whole screen into a backend the size of the state's terminal.
pub fn draw(state: &AppState) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.area.width, state.area.height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .expect("draws");
    terminal
}
