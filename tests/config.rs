//! Integration tests: the config file. The shipped default parses and is what dateline
//! prints; mistakes are errors that name their line; bindings, styles, `NO_COLOR` and the
//! list's details reach the screen. Config files are written to tempdirs and the
//! environment is passed explicitly, so the user's own config is never read.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use dateline::app::action::Action;
use dateline::app::keymap::Context;
use dateline::app::state::{AppState, Mode, Pane};
use dateline::app::update::update;
use dateline::config::{Config, DEFAULT_TOML, ListDetail};
use dateline::ui::help::help_lines;
use dateline::ui::list::ListPane;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

use crate::render::sample::{self, state_with};

/// An environment holding only `pairs`.
fn env_of(pairs: Vec<(&'static str, OsString)>) -> impl Fn(&str) -> Option<OsString> {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
}

fn dateline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

/// `dateline` with a config home and home in `dir`, and no NO_COLOR.
fn dateline_at_home(dir: &Path) -> Command {
    let mut command = dateline();
    command
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env_remove("NO_COLOR");
    command
}

/// The error for a config `text`, which must be invalid.
fn error_of(text: &str) -> String {
    Config::parse(text).expect_err("invalid config")
}

/// A state built from `config` as the reader builds it, over the sample articles.
fn state_with_config(config: &Config) -> AppState {
    let mut state = state_with(sample::articles(), 0, 80, 24);
    state.keymap = config.keymap.clone();
    state.theme = config.theme;
    state.list_details = config.list_details.clone();
    state
}

fn draw_list(state: &AppState, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("backend");
    terminal
        .draw(|frame| frame.render_widget(ListPane::new(state), frame.area()))
        .expect("draws");
    terminal.backend().buffer().clone()
}

fn row_text(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

#[test]
fn the_printed_default_is_the_embedded_one_and_parses_to_the_built_in_defaults() {
    let output = dateline()
        .args(["config", "--default"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(printed, DEFAULT_TOML);
    assert_eq!(Config::parse(&printed), Ok(Config::default()));
}

#[test]
fn unknown_names_are_errors_that_give_the_line() {
    let cases = [
        (
            "articles = \"news\"\ncolour = true\n",
            "line 2",
            "unknown field `colour`",
        ),
        (
            "[list]\n\ncolumns = [\"date\"]\n",
            "line 3",
            "unknown field `columns`",
        ),
        (
            "[list]\ndetails = [\"date\", \"mood\"]\n",
            "line 2",
            "unknown variant `mood`",
        ),
        (
            "[keys.list]\nmove_down = [\"j\"]\nfly = [\"f\"]\n",
            "line 3",
            "unknown action `fly`",
        ),
        (
            "[keys.global]\ndebug_panic = [\"F12\"]\n",
            "line 2",
            "unknown action `debug_panic`",
        ),
        (
            "[keys.reader]\nmove_down = [\"jj\"]\n",
            "line 2",
            "unknown key `jj`",
        ),
        (
            "[keys.sidebar]\nmove_down = [\"j\"]\n",
            "line 1",
            "unknown field `sidebar`",
        ),
        (
            "[theme]\nborder = { fg = \"blurple\" }\n",
            "line 2",
            "unknown colour `blurple`",
        ),
        (
            "[theme]\n\nbordr = { fg = \"red\" }\n",
            "line 3",
            "unknown style `bordr`",
        ),
        (
            "[theme]\ndim = { fg = \"red\", blink = true }\n",
            "line 2",
            "unknown field `blink`",
        ),
    ];
    for (text, line, what) in cases {
        let err = error_of(text);
        assert!(err.contains(line), "{text:?} → {err}");
        assert!(err.contains(what), "{text:?} → {err}");
    }
}

#[test]
fn a_key_bound_to_two_actions_is_an_error() {
    let err = error_of("[keys.list]\ntoggle_read = [\"j\"]\n");
    assert!(err.contains("[keys.list]"), "{err}");
    assert!(err.contains("move_down and toggle_read"), "{err}");
    // Rebinding the other action too resolves it.
    let fixed = "[keys.list]\ntoggle_read = [\"j\"]\nmove_down = [\"J\"]\n";
    assert!(Config::parse(fixed).is_ok());
}

#[test]
fn rebound_keys_drive_the_reader_and_its_help() {
    let config =
        Config::parse("[keys.global]\ntoggle_read = [\"x\"]\nquit = [\"C-q\"]\n").expect("valid");
    let mut state = state_with_config(&config);
    let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    let action = state.keymap.action_for(x, Mode::Normal, Pane::List);
    assert_eq!(action, Some(Action::ToggleRead));
    update(&mut state, Action::ToggleRead);
    assert_eq!(state.read, [true, false, false]);
    // `u` no longer does it, `q` no longer quits, Ctrl-C always does.
    let u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE);
    assert_eq!(state.keymap.action_for(u, Mode::Normal, Pane::List), None);
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(state.keymap.action_for(q, Mode::Normal, Pane::List), None);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let quit = state.keymap.action_for(ctrl_c, Mode::Normal, Pane::List);
    assert_eq!(quit, Some(Action::Quit));

    let keys = state.keymap.keys_for(Action::ToggleRead, Context::Global);
    assert_eq!(keys, ["x"]);
    let help: Vec<String> = help_lines(&state.keymap)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        help.iter()
            .any(|l| l.trim_start().starts_with("x ") && l.contains("mark read / unread")),
        "{help:#?}"
    );
    assert!(help.iter().any(|l| l.trim_start().starts_with("C-q ")));
}

#[test]
fn configured_styles_reach_the_screen() {
    let config =
        Config::parse("[theme]\nselected = { fg = \"white\", bg = \"blue\" }\n").expect("valid");
    let state = state_with_config(&config);
    let buffer = draw_list(&state, 34, 8);
    // Row 1 is the selected article's title, row 3 the next article's.
    assert_eq!(buffer[(5, 1)].bg, Color::Blue);
    assert_eq!(buffer[(5, 1)].fg, Color::White);
    assert_eq!(buffer[(5, 3)].bg, Color::Reset);
    // The focused border keeps its default colour.
    assert_eq!(buffer[(0, 0)].fg, Color::Cyan);
}

#[test]
fn no_color_draws_without_colours_but_keeps_the_selection_visible() {
    let env = env_of(vec![("NO_COLOR", OsString::from("1"))]);
    let config = Config::for_run(None, &env).expect("defaults");
    let mut state = state_with_config(&config);
    update(&mut state, Action::ToggleStar);
    let buffer = draw_list(&state, 34, 8);
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    let selected = &buffer[(5, 1)];
    assert!(selected.modifier.contains(Modifier::REVERSED));
    assert!(!buffer[(5, 3)].modifier.contains(Modifier::REVERSED));
    // The unread dot and the star are glyphs, visible without colour.
    assert!(
        row_text(&buffer, 1).starts_with("┃●★Harbour"),
        "{}",
        row_text(&buffer, 1)
    );
    assert!(
        row_text(&buffer, 3).starts_with("┃● Ferry"),
        "{}",
        row_text(&buffer, 3)
    );
}

#[test]
fn the_list_shows_the_configured_details() {
    let config =
        Config::parse("[list]\ndetails = [\"author\", \"format\", \"tags\"]\n").expect("valid");
    assert_eq!(
        config.list_details,
        [ListDetail::Author, ListDetail::Format, ListDetail::Tags]
    );
    let state = state_with_config(&config);
    let buffer = draw_list(&state, 40, 8);
    // No tags: the empty detail is left out rather than shown as an empty piece.
    assert_eq!(
        row_text(&buffer, 2),
        "┃  Mira Olsen · txt                    ┃"
    );
    let none = Config::parse("[list]\ndetails = []\n").expect("valid");
    let buffer = draw_list(&state_with_config(&none), 40, 8);
    assert!(
        row_text(&buffer, 2).starts_with("┃  news/"),
        "{}",
        row_text(&buffer, 2)
    );
}

#[test]
fn the_user_file_is_found_under_xdg_config_home_and_tilde_means_home() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config_dir = dir.path().join("cfg/dateline");
    fs::create_dir_all(&config_dir).expect("mkdir");
    fs::write(config_dir.join("config.toml"), "articles = \"~/news\"\n").expect("writes");
    let env = env_of(vec![
        ("XDG_CONFIG_HOME", dir.path().join("cfg").into_os_string()),
        ("HOME", OsString::from("/home/reader")),
    ]);
    let config = Config::for_run(None, &env).expect("valid");
    assert_eq!(config.articles, PathBuf::from("/home/reader/news"));
    // Without a file: the defaults.
    let empty = env_of(vec![("HOME", dir.path().join("nobody").into_os_string())]);
    assert_eq!(
        Config::for_run(None, &empty).expect("defaults"),
        Config::default()
    );
}

#[test]
fn the_command_checks_the_config_and_reports_errors_with_their_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.toml");
    fs::write(
        &good,
        "[keys.reader]\npage_down = [\"PgDn\", \"Space\", \"f\"]\n",
    )
    .expect("w");
    let output = dateline_at_home(dir.path())
        .arg("--config")
        .arg(&good)
        .arg("config")
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("good.toml: valid"));

    let bad = dir.path().join("bad.toml");
    fs::write(&bad, "[list]\ndetails = [\"date\"]\nwidth = 30\n").expect("writes");
    // The reader itself refuses to start on a bad config, before touching the terminal.
    let output = dateline_at_home(dir.path())
        .arg("--config")
        .arg(&bad)
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.toml"), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(stderr.contains("unknown field `width`"), "{stderr}");

    let missing = dateline_at_home(dir.path())
        .args(["--config", "/nonexistent/dateline.toml", "config"])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(1));
}
