//! The interactive application: state, key map, the pure `update`, and the event loop that
//! ties them to a real terminal.
//!
//! Data moves one way: a terminal event goes through the [`keymap`] (or [`mouse`]) to an
//! [`action::Action`], [`update::update`] applies it to the [`state::AppState`], and the
//! `ui` module draws that state. Only this file touches the terminal (with [`effects`] for
//! the clipboard escape and the pager it hands the terminal to), and it restores it on
//! every way out: normal quit, error, panic, SIGTERM, SIGHUP and SIGINT. It also writes the
//! reading state when `update` asks ([`action::Effect::SaveState`]): a second after the
//! first change, and on the way out.
//!
//! Files load, get indexed and are watched for changes in the background ([`background`],
//! [`watch`]); what they produce reaches the state through [`collection::collection_changed`]
//! and `update::apply_indexed`, between key presses.

pub mod action;
pub mod articles;
pub mod background;
pub mod collection;
pub mod document;
pub mod effects;
pub mod entities;
pub mod evidence;
pub mod finding;
pub mod keymap;
pub mod map;
mod marks;
pub mod mouse;
pub mod overlays;
pub mod places;
pub mod ranking;
pub mod saver;
pub mod state;
pub mod timeline;
pub mod update;
pub mod view;
pub mod watch;

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use action::{Action, Effect};
use background::Background;
use state::AppState;
use update::update;

use crate::article::Loaded;
use crate::config::Config;
use crate::store::SavedState;
use crate::store::file::{StateFile, StoreError};
use saver::Saver;

/// Set while a pager has the terminal (see `hand_over_terminal`).
static HANDED_OVER: AtomicBool = AtomicBool::new(false);

/// How long the event loop gets to leave by itself after a termination signal.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// How often the loop wakes to check for a termination signal while idle.
const POLL_INTERVAL: Duration = Duration::from_millis(200);

/// How often the loop looks for loaded files and indexed batches while they come: often
/// enough for the list and the progress to move smoothly, rarely enough that redraws cost
/// nothing noticeable.
const BUSY_POLL_INTERVAL: Duration = Duration::from_millis(50);

/// What the reader starts with besides the paths to open.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub config: Config,
    /// The reading state loaded at start.
    pub saved: SavedState,
    /// Where reading state is written; `None` keeps it for this run only.
    pub state_file: Option<StateFile>,
    /// Shown in the status bar at start (a corrupt state file was moved aside, ...).
    pub notice: Option<String>,
}

/// Why the reader stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
    #[error(transparent)]
    Save(#[from] StoreError),
}

/// Runs the reader on `paths` until the user quits or the process is asked to stop: the
/// first frame is drawn at once, the files load in the background and fill the list as
/// they come, and the paths are watched for changes from then on. On the way out the
/// reading state is written if it changed since the last write.
///
/// # Errors
/// When the terminal cannot be set up, read or drawn to (the terminal is restored first),
/// or the final write of the reading state fails.
pub fn run(paths: Vec<PathBuf>, setup: Setup) -> Result<(), RunError> {
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop))?;
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(err) => {
            // Raw mode may be on even though the alternate screen failed.
            ratatui::restore();
            return Err(err.into());
        }
    };
    chain_panic_hook_releasing_mouse();
    let mut saver = Saver::new(setup.state_file);
    let mut state = initial_state(Loaded::default(), setup.config, setup.saved, setup.notice);
    let result = execute!(io::stdout(), EnableMouseCapture).and_then(|()| {
        let mut background = Background::start(paths, &mut state, true)?;
        event_loop(
            &mut terminal,
            &mut state,
            &stop,
            &mut background,
            &mut saver,
        )
    });
    release_terminal();
    // Saved even when the terminal failed: what was read and starred is worth keeping.
    let saved = saver.save_if_changed(&mut state);
    result?;
    if let Some(notice) = saved? {
        // The terminal is back, so this is seen.
        eprintln!("dateline: {notice}");
    }
    Ok(())
}

/// The state the reader opens with: the config's keys, theme and list details, and the
/// saved marks applied to the loaded articles.
fn initial_state(
    loaded: Loaded,
    config: Config,
    saved: SavedState,
    notice: Option<String>,
) -> AppState {
    let mut state = AppState::new(loaded, config.keymap).with_saved(saved);
    state.theme = config.theme;
    state.list_details = config.list_details;
    state.message = notice;
    state
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
            // Ctrl-C in a pager reaches dateline too (same process group): not a stop.
            let mut forever = signals.forever();
            if let Some(signal) =
                forever.find(|&signal| signal != SIGINT || !HANDED_OVER.load(Ordering::Relaxed))
            {
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

/// The key that panics on purpose when [`debug_panic_enabled`]: for the test that the
/// terminal is restored after a crash (`tests/terminal.rs`). Kept out of the key map so it
/// never shows in help and no config can bind it by accident.
const DEBUG_PANIC_KEY: event::KeyCode = event::KeyCode::F(12);

/// Whether the environment asks for the debug panic key (`DATELINE_DEBUG_PANIC_KEY` set).
fn debug_panic_enabled() -> bool {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("DATELINE_DEBUG_PANIC_KEY").is_some())
}

/// The action a terminal event asks for, given the current state.
fn action_for(event: &Event, state: &AppState) -> Option<Action> {
    match event {
        Event::Key(key) if key.code == DEBUG_PANIC_KEY && debug_panic_enabled() => {
            Some(Action::DebugPanic)
        }
        Event::Key(key) => state.keymap.action_for(*key, state.mode, state.focus),
        Event::Mouse(m) => mouse::action_for(*m, state.layout().as_ref()),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// What woke the event loop.
enum Wake {
    Terminal(Event),
    /// Loaded files, watched changes or indexed batches were applied to the state.
    Background,
    /// The scheduled write of the reading state is due.
    SaveDue,
    Stop,
}

/// Waits for the next terminal event or stop signal, applying background results as
/// they arrive. Terminal events come first, so keys stay instant while files load.
fn next_wake(
    stop: &AtomicBool,
    state: &mut AppState,
    background: &mut Background,
    save_deadline: Option<Instant>,
) -> io::Result<Wake> {
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(Wake::Stop);
        }
        let now = Instant::now();
        if save_deadline.is_some_and(|due| due <= now) {
            return Ok(Wake::SaveDue);
        }
        let idle = if background.busy(state) {
            BUSY_POLL_INTERVAL
        } else {
            POLL_INTERVAL
        };
        let timeout = save_deadline.map_or(idle, |due| idle.min(due - now));
        if event::poll(timeout)? {
            return event::read().map(Wake::Terminal);
        }
        if background.apply_pending(state) {
            return Ok(Wake::Background);
        }
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    stop: &AtomicBool,
    background: &mut Background,
    saver: &mut Saver,
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
        let event = match next_wake(stop, state, background, saver.deadline())? {
            Wake::Terminal(event) => event,
            Wake::Background => {
                changed = true;
                continue;
            }
            Wake::SaveDue => {
                match saver.save_if_changed(state) {
                    Ok(None) => {}
                    Ok(Some(notice)) => update::report(state, notice),
                    Err(err) => update::report(state, err.to_string()),
                }
                changed = true;
                continue;
            }
            Wake::Stop => return Ok(()),
        };
        let action = action_for(&event, state);
        changed = action.is_some();
        match action.and_then(|action| update(state, action)) {
            Some(Effect::Quit) => return Ok(()),
            Some(Effect::SaveState) => saver.request(),
            Some(effect) => {
                let outcome = perform(terminal, effect)?;
                update::effect_done(state, outcome);
            }
            None => {}
        }
    }
}

/// Performs an effect other than quitting; what it did goes to the status bar. Only a
/// terminal that cannot be taken back after the pager is an error of the whole loop.
fn perform(terminal: &mut DefaultTerminal, effect: Effect) -> io::Result<effects::Outcome> {
    Ok(match effect {
        // Handled by the event loop itself.
        Effect::Quit | Effect::SaveState => Ok(String::new()),
        Effect::WriteMarkdown { stem, contents } => {
            let dir = std::env::current_dir().unwrap_or_else(|_| ".".into());
            effects::write_new_file(&dir, &stem, &contents)
                .map(|path| format!("saved to {}", path.display()))
                .map_err(|err| format!("could not save {stem}.md: {err}"))
        }
        Effect::OpenExternal(target) => effects::spawn_opener(&target)
            .map(|()| format!("opened {target}"))
            .map_err(|err| format!("could not open {target}: {err}")),
        Effect::ViewFile(path) => {
            let outcome = hand_over_terminal(terminal, || effects::run_pager(&path))?;
            outcome
                .map(|()| format!("back from {}", path.display()))
                .map_err(|err| format!("could not show {}: {err}", path.display()))
        }
        Effect::CopyToClipboard(text) => effects::copy_to_clipboard(&text)
            .map(|()| "copied to the clipboard (OSC 52)".to_string())
            .map_err(|err| format!("could not copy: {err}")),
    })
}

/// Restores the terminal for `run` (a pager), then takes it back and redraws everything.
/// Ctrl-C meanwhile belongs to the pager: the signal watcher lets SIGINT pass.
fn hand_over_terminal<T>(
    terminal: &mut DefaultTerminal,
    run: impl FnOnce() -> io::Result<T>,
) -> io::Result<io::Result<T>> {
    release_terminal();
    HANDED_OVER.store(true, Ordering::Relaxed);
    let result = run();
    HANDED_OVER.store(false, Ordering::Relaxed);
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture
    )?;
    terminal.clear()?;
    Ok(result)
}
