//! The interactive application: state, key map, the pure `update`, and the event loop that
//! ties them to a real terminal.
//!
//! Data moves one way: a terminal event goes through the [`keymap`] (or [`mouse`]) to an
//! [`action::Action`], [`update::update`] applies it to the [`state::AppState`], and the
//! `ui` module draws that state. Only this file touches the terminal, and it restores it on
//! every way out: normal quit, error, panic, SIGTERM, SIGHUP and SIGINT.

pub mod action;
pub mod articles;
pub mod document;
pub mod entities;
pub mod evidence;
pub mod keymap;
pub mod map;
pub mod mouse;
pub mod overlays;
pub mod places;
pub mod state;
pub mod timeline;
pub mod update;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use action::{Action, Effect};
use keymap::Keymap;
use state::AppState;
use update::update;

use crate::article::Loaded;
use crate::index::worker::{self, IndexBatch};

/// How long the event loop gets to leave by itself after a termination signal.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// How often the loop wakes to check for a termination signal while idle.
const POLL_INTERVAL: Duration = Duration::from_millis(200);

/// How often the loop looks for indexed batches while the indexer runs: often enough for
/// the progress to move smoothly, rarely enough that redraws cost nothing noticeable.
const INDEX_POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Runs the reader on `loaded` until the user quits or the process is asked to stop.
///
/// # Errors
/// When the terminal cannot be set up, read or drawn to. The terminal is restored first.
pub fn run(loaded: Loaded) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop))?;
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(err) => {
            // Raw mode may be on even though the alternate screen failed.
            ratatui::restore();
            return Err(err);
        }
    };
    chain_panic_hook_releasing_mouse();
    let result = execute!(io::stdout(), EnableMouseCapture).and_then(|()| {
        let mut state = AppState::new(loaded, Keymap::default());
        let indexer = start_indexer(&mut state)?;
        event_loop(&mut terminal, &mut state, &stop, indexer)
    });
    release_terminal();
    result
}

/// Turns SIGTERM, SIGHUP and SIGINT into a stop request (in raw mode Ctrl-C is a key, so
/// SIGINT only comes from outside). The event loop normally notices within a poll interval
/// and leaves through the usual restore path; but once the terminal is gone (a closed ssh
/// session) crossterm's poll can spin on end-of-file without returning, so after a grace
/// period the watcher restores the terminal itself and ends the process.
fn watch_signals(stop: Arc<AtomicBool>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new()
        .name("signals".to_string())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop.store(true, Ordering::Relaxed);
                std::thread::sleep(STOP_GRACE);
                release_terminal();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Undoes everything `run` did to the terminal. Safe to call more than once.
fn release_terminal() {
    // Nothing useful can be done if this fails: we are leaving anyway.
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// ratatui's panic hook restores raw mode and the alternate screen but not mouse capture:
/// run ours first, then the earlier hooks (ratatui's restore, then the panic message).
fn chain_panic_hook_releasing_mouse() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
}

/// The action a terminal event asks for, given the current state.
fn action_for(event: &Event, state: &AppState) -> Option<Action> {
    match event {
        Event::Key(key) => state.keymap.action_for(*key, state.mode, state.focus),
        Event::Mouse(m) => mouse::action_for(*m, state.layout().as_ref()),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Starts the background indexer on the loaded articles; `None` when there is nothing to
/// index. The first frame is drawn while it works.
fn start_indexer(state: &mut AppState) -> io::Result<Option<Receiver<IndexBatch>>> {
    if state.articles.is_empty() {
        return Ok(None);
    }
    // The thread ends on its own once the receiver is dropped, so its handle is not kept.
    let (receiver, _thread) = worker::spawn(state.articles.share(), state.extractor)?;
    update::indexing_started(state);
    Ok(Some(receiver))
}

/// What woke the event loop.
enum Wake {
    Terminal(Event),
    /// Indexed batches were applied to the state.
    Indexed,
    Stop,
}

/// Applies every batch waiting in the indexer's channel; whether any was applied. Drops
/// the receiver once the indexer has finished.
fn apply_pending_batches(state: &mut AppState, indexer: &mut Option<Receiver<IndexBatch>>) -> bool {
    let Some(receiver) = indexer.as_ref() else {
        return false;
    };
    let mut applied = false;
    loop {
        match receiver.try_recv() {
            Ok(batch) => {
                update::apply_indexed(state, batch);
                applied = true;
            }
            Err(TryRecvError::Empty) => return applied,
            Err(TryRecvError::Disconnected) => {
                update::indexing_stopped(state);
                *indexer = None;
                return true;
            }
        }
    }
}

/// Waits for the next terminal event, stop signal or indexed batch. Terminal events come
/// first, so keys stay instant while the indexer works.
fn next_wake(
    stop: &AtomicBool,
    state: &mut AppState,
    indexer: &mut Option<Receiver<IndexBatch>>,
) -> io::Result<Wake> {
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(Wake::Stop);
        }
        let timeout = if indexer.is_some() {
            INDEX_POLL_INTERVAL
        } else {
            POLL_INTERVAL
        };
        if event::poll(timeout)? {
            return event::read().map(Wake::Terminal);
        }
        if apply_pending_batches(state, indexer) {
            return Ok(Wake::Indexed);
        }
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    stop: &AtomicBool,
    mut indexer: Option<Receiver<IndexBatch>>,
) -> io::Result<()> {
    let mut changed = true;
    loop {
        let size = terminal.size()?;
        if (size.width, size.height) != (state.area.width, state.area.height) {
            let (width, height) = (size.width, size.height);
            update(state, Action::Resize { width, height });
            changed = true;
        }
        // Mouse movement arrives as events too; only redraw when something happened.
        if changed {
            terminal.draw(|frame| frame.render_widget(&*state, frame.area()))?;
        }
        let event = match next_wake(stop, state, &mut indexer)? {
            Wake::Terminal(event) => event,
            Wake::Indexed => {
                changed = true;
                continue;
            }
            Wake::Stop => return Ok(()),
        };
        let action = action_for(&event, state);
        changed = action.is_some();
        if let Some(action) = action
            && update(state, action) == Some(Effect::Quit)
        {
            return Ok(());
        }
    }
}
