//! Integration tests: navigation. Key and mouse events go through the key map (or mouse
//! hit-testing) and `update`, exactly as in the event loop, and the state is checked.

use dateline::app::action::{Action, Effect};
use dateline::app::document::Part;
use dateline::app::mouse;
use dateline::app::state::{AppState, Mode, Pane};
use dateline::app::update::update;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::render::sample::{self, article, opened, state_with};
use crate::util::{key, keys};

/// Feeds a mouse event through hit-testing and `update`.
fn mouse_event(state: &mut AppState, kind: MouseEventKind, column: u16, row: u16) {
    let event = MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    if let Some(action) = mouse::action_for(event, state.layout().as_ref()) {
        update(state, action);
    }
}

/// A collection of `n` short articles.
fn many(n: usize, width: u16, height: u16) -> AppState {
    let articles = (0..n)
        .map(|i| article(&format!("Story number {i}"), &["Short text."], false))
        .collect();
    state_with(articles, 0, width, height)
}

/// The harbour article repeated until it is long enough to scroll a lot.
fn long_article_state(width: u16, height: u16) -> AppState {
    let mut parts: Vec<&str> = sample::HARBOUR.to_vec();
    for _ in 0..6 {
        parts.extend_from_slice(&sample::HARBOUR[2..]);
    }
    let mut state = state_with(vec![article("Long read", &parts, true)], 0, width, height);
    update(&mut state, Action::OpenArticle);
    state
}

fn reader_top(state: &AppState) -> usize {
    state.open.as_ref().map_or(usize::MAX, |o| o.top)
}

#[test]
fn tab_h_l_and_arrows_move_focus() {
    let mut state = many(3, 80, 24);
    assert_eq!(state.focus, Pane::List);
    key(&mut state, KeyCode::Tab);
    assert_eq!(state.focus, Pane::Reader);
    keys(&mut state, "l");
    assert_eq!(state.focus, Pane::Panel);
    key(&mut state, KeyCode::Right);
    assert_eq!(state.focus, Pane::List);
    key(&mut state, KeyCode::BackTab);
    assert_eq!(state.focus, Pane::Panel);
    keys(&mut state, "h");
    key(&mut state, KeyCode::Left);
    assert_eq!(state.focus, Pane::List);
}

#[test]
fn list_selection_scrolls_and_clamps() {
    let mut state = many(1000, 80, 24);
    keys(&mut state, "jjj");
    assert_eq!(state.selected, 3);
    keys(&mut state, "G");
    assert_eq!(state.selected, 999);
    let capacity = state.list_capacity();
    assert!(state.list_offset + capacity > 999 && state.list_offset <= 999);
    keys(&mut state, "j");
    assert_eq!(state.selected, 999);
    key(&mut state, KeyCode::PageUp);
    assert_eq!(state.selected, 999 - capacity);
    keys(&mut state, "g");
    assert_eq!((state.selected, state.list_offset), (0, 0));
    keys(&mut state, "k");
    assert_eq!(state.selected, 0);
}

#[test]
fn enter_opens_marks_read_and_focuses_the_reader() {
    let mut state = state_with(sample::articles(), 0, 80, 24);
    keys(&mut state, "j");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.open.as_ref().map(|o| o.index), Some(1));
    assert_eq!(state.read, [false, true, false]);
    assert_eq!(state.focus, Pane::Reader);
}

#[test]
fn reader_scrolls_by_line_page_and_ends() {
    let mut state = long_article_state(80, 24);
    let height = state.reader_height();
    let total = state.open.as_ref().map_or(0, |o| o.document.lines.len());
    keys(&mut state, "jj");
    assert_eq!(reader_top(&state), 2);
    key(&mut state, KeyCode::Up);
    assert_eq!(reader_top(&state), 1);
    keys(&mut state, " ");
    assert_eq!(reader_top(&state), height);
    key(&mut state, KeyCode::PageUp);
    assert_eq!(reader_top(&state), 1);
    keys(&mut state, "G");
    assert_eq!(reader_top(&state), total - height);
    keys(&mut state, "j");
    assert_eq!(reader_top(&state), total - height);
    keys(&mut state, "g");
    assert_eq!(reader_top(&state), 0);
}

#[test]
fn braces_jump_between_paragraphs() {
    let mut state = long_article_state(80, 24);
    let starts: Vec<usize> = {
        let doc = &state.open.as_ref().expect("open").document;
        (0..doc.lines.len())
            .filter(|&i| {
                let line = doc.lines[i];
                line.starts_part && matches!(line.part, Part::Caption | Part::Body(_))
            })
            .collect()
    };
    keys(&mut state, "}");
    assert_eq!(reader_top(&state), starts[0], "caption first");
    keys(&mut state, "}");
    assert_eq!(reader_top(&state), starts[1]);
    keys(&mut state, "}}");
    assert_eq!(reader_top(&state), starts[3]);
    keys(&mut state, "{");
    assert_eq!(reader_top(&state), starts[2]);
}

#[test]
fn entity_highlight_scrolls_to_mentions_and_n_steps() {
    let mut state = long_article_state(80, 24);
    keys(&mut state, "l");
    assert_eq!(state.focus, Pane::Panel);
    // Places come first, most mentioned first: Bergen.
    key(&mut state, KeyCode::Enter);
    let open = state.open.as_ref().expect("open");
    let highlight = open.highlight.as_ref().expect("highlighted");
    assert_eq!(highlight.label, "Bergen");
    let mentions = highlight.spans.len();
    assert_eq!(mentions, 1 + 2 * 7);
    assert_eq!(highlight.current, 0);
    for step in 1..mentions {
        keys(&mut state, "n");
        let open = state.open.as_ref().expect("open");
        let highlight = open.highlight.as_ref().expect("highlighted");
        assert_eq!(highlight.current, step);
        let line = open
            .document
            .line_of_offset(highlight.spans[step].start)
            .expect("on a line");
        let height = state.reader_height();
        assert!(
            (open.top..open.top + height).contains(&line),
            "mention {step} on line {line} is visible from {}",
            open.top
        );
    }
    keys(&mut state, "n");
    let current = |s: &AppState| {
        s.open
            .as_ref()
            .and_then(|o| o.highlight.as_ref())
            .map(|h| h.current)
    };
    assert_eq!(current(&state), Some(0), "wraps around");
    keys(&mut state, "N");
    assert_eq!(current(&state), Some(mentions - 1));
    key(&mut state, KeyCode::Esc);
    assert_eq!(current(&state), None);
}

#[test]
fn panel_selection_moves_through_all_sections() {
    let mut state = opened(80, 24);
    keys(&mut state, "l");
    keys(&mut state, "G");
    let open = state.open.as_ref().expect("open");
    assert_eq!(open.panel[open.panel_selected].label, "Ola Nordmann");
    key(&mut state, KeyCode::Enter);
    let open = state.open.as_ref().expect("open");
    assert_eq!(open.highlight.as_ref().map(|h| h.spans.len()), Some(2));
}

#[test]
fn find_highlights_matches_and_n_steps() {
    let mut state = opened(80, 24);
    keys(&mut state, "/");
    assert_eq!(state.mode, Mode::Find);
    // Letters are text while typing: q must not quit.
    assert_eq!(keys(&mut state, "quiet"), None);
    for _ in 0.."quiet".len() {
        key(&mut state, KeyCode::Backspace);
    }
    keys(&mut state, "HarbouR");
    assert_eq!(state.find_input, "HarbouR");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.mode, Mode::Normal);
    let open = state.open.as_ref().expect("open");
    let highlight = open.highlight.as_ref().expect("matches");
    let article = &state.articles[0];
    let found: Vec<&str> = highlight
        .spans
        .iter()
        .map(|s| &article.text[s.start..s.end])
        .collect();
    assert_eq!(found, ["harbour", "harbour", "harbour"]);
    keys(&mut state, "n");
    let current = state
        .open
        .as_ref()
        .and_then(|o| o.highlight.as_ref())
        .map(|h| h.current);
    assert_eq!(current, Some(1));
}

#[test]
fn find_is_case_insensitive_and_esc_cancels() {
    let mut state = opened(80, 24);
    keys(&mut state, "/BERGEN");
    key(&mut state, KeyCode::Enter);
    let count = state
        .open
        .as_ref()
        .and_then(|o| o.highlight.as_ref())
        .map(|h| h.spans.len());
    assert_eq!(count, Some(3));
    keys(&mut state, "/xyz");
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.mode, Mode::Normal);
    let label = state
        .open
        .as_ref()
        .and_then(|o| o.highlight.as_ref())
        .map(|h| h.label.clone());
    assert_eq!(
        label.as_deref(),
        Some("/BERGEN"),
        "a cancelled find changes nothing"
    );
    keys(&mut state, "/zebra");
    key(&mut state, KeyCode::Enter);
    assert!(
        state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("no matches"))
    );
}

#[test]
fn help_and_load_report_toggle_and_esc_closes_first() {
    let mut state = opened(80, 24);
    keys(&mut state, "?");
    assert_eq!(state.mode, Mode::Help);
    keys(&mut state, "jj");
    assert_eq!(state.overlay_scroll, 2);
    assert_eq!(
        keys(&mut state, "q"),
        None,
        "q closes the overlay, not the app"
    );
    assert_eq!(state.mode, Mode::Normal);
    keys(&mut state, "!");
    assert_eq!(state.mode, Mode::LoadReport);
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.mode, Mode::Normal);
    keys(&mut state, "??");
    assert_eq!(state.mode, Mode::Normal);
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut state = opened(80, 24);
    assert_eq!(keys(&mut state, "q"), Some(Effect::Quit));
    keys(&mut state, "/abc");
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let action = state.keymap.action_for(ctrl_c, state.mode, state.focus);
    assert_eq!(action, Some(Action::Quit));
    assert_eq!(update(&mut state, Action::Quit), Some(Effect::Quit));
}

#[test]
fn click_focuses_and_selects_and_wheel_scrolls_the_pane_under_the_pointer() {
    let mut state = long_article_state(100, 30);
    state.articles.append(sample::articles());
    state.read.resize(state.articles.len(), false);
    state.view = (0..state.articles.len()).collect();
    let layout = state.layout().expect("big enough");
    // Third article: two rows each, below the border.
    mouse_event(
        &mut state,
        MouseEventKind::Down(MouseButton::Left),
        3,
        layout.list.y + 1 + 4,
    );
    assert_eq!((state.focus, state.selected), (Pane::List, 2));
    mouse_event(
        &mut state,
        MouseEventKind::ScrollDown,
        layout.reader.x + 5,
        10,
    );
    assert_eq!(reader_top(&state), 3);
    assert_eq!(state.focus, Pane::List, "the wheel does not move focus");
    mouse_event(
        &mut state,
        MouseEventKind::ScrollUp,
        layout.reader.x + 5,
        10,
    );
    assert_eq!(reader_top(&state), 0);
    // Panel rows: heading "Places", then Bergen, Oslo, Tromso.
    mouse_event(
        &mut state,
        MouseEventKind::Down(MouseButton::Left),
        layout.panel.x + 3,
        layout.panel.y + 3,
    );
    assert_eq!(state.focus, Pane::Panel);
    let open = state.open.as_ref().expect("open");
    assert_eq!(open.panel[open.panel_selected].label, "Oslo");
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut state = long_article_state(120, 40);
    for _ in 0..5 {
        keys(&mut state, "}");
    }
    keys(&mut state, "jj");
    let before = {
        let open = state.open.as_ref().expect("open");
        open.document.lines[open.top]
    };
    for (width, height) in [(60, 20), (200, 60), (45, 12), (120, 40)] {
        update(&mut state, Action::Resize { width, height });
        let open = state.open.as_ref().expect("open");
        let now = open.document.lines[open.top];
        assert_eq!(now.part, before.part, "same paragraph at {width}x{height}");
        assert!(
            now.span.start <= before.span.start
                && before.span.start < now.span.end.max(now.span.start + 1),
            "the old top line's first byte is still on the top line at {width}x{height}"
        );
    }
}

#[test]
fn resize_to_tiny_and_back_does_not_lose_state() {
    let mut state = long_article_state(80, 24);
    keys(&mut state, "G");
    update(
        &mut state,
        Action::Resize {
            width: 20,
            height: 5,
        },
    );
    keys(&mut state, "jkG{}");
    update(
        &mut state,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let open = state.open.as_ref().expect("open");
    assert!(
        open.top + state.reader_height() <= open.document.lines.len().max(state.reader_height())
    );
}

#[test]
fn a_hundred_thousand_articles_move_and_draw() {
    let mut state = many(100_000, 100, 30);
    keys(&mut state, "G");
    assert_eq!(state.selected, 99_999);
    key(&mut state, KeyCode::PageUp);
    keys(&mut state, "k");
    key(&mut state, KeyCode::Enter);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("backend");
    terminal
        .draw(|frame| frame.render_widget(&state, frame.area()))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    let screen: String = buffer
        .content
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    let shown = format!("Story number {}", state.selected);
    assert!(screen.contains(&shown), "{shown} on screen");
    assert!(screen.contains(&format!("{}/100000", state.selected + 1)));
}

#[test]
fn panel_scrolls_to_keep_the_selection_visible() {
    let mut state = opened(80, 10);
    let height = state.panel_height();
    keys(&mut state, "l");
    let row_on_screen = |s: &AppState| {
        let open = s.open.as_ref().expect("open");
        let row = open.row_of_item(open.panel_selected).expect("an item row");
        (open.panel_offset..open.panel_offset + height).contains(&row)
    };
    for _ in 0..6 {
        keys(&mut state, "j");
        assert!(row_on_screen(&state));
    }
    keys(&mut state, "G");
    assert!(row_on_screen(&state));
    assert!(state.open.as_ref().is_some_and(|o| o.panel_offset > 0));
    keys(&mut state, "g");
    assert_eq!(state.open.as_ref().map(|o| o.panel_offset), Some(0));
}

#[test]
fn brackets_open_the_next_and_previous_article() {
    let mut state = opened(80, 24);
    keys(&mut state, "]");
    assert_eq!(state.open.as_ref().map(|o| o.index), Some(1));
    keys(&mut state, "]]");
    assert_eq!(state.open.as_ref().map(|o| o.index), Some(2));
    assert!(
        state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("no more"))
    );
    keys(&mut state, "[");
    assert_eq!((state.selected, state.focus), (1, Pane::Reader));
    assert_eq!(state.read, [true, true, true]);
}
