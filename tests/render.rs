//! Integration tests: render. Each pane widget drawn to a `TestBackend` and its cells
//! checked; full screens as reviewed insta snapshots; every size from tiny to huge without
//! a panic; and no control character from untrusted text ever reaching a cell.

use dateline::app::action::Action;
use dateline::app::state::Pane;
use dateline::app::update::update;
use dateline::ui::list::ListPane;
use dateline::ui::panel::PanelPane;
use dateline::ui::reader::ReaderPane;
use dateline::ui::sanitize::needs_replacing;
use dateline::ui::status::StatusBar;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;

use crate::util::draw;
use sample::{cjk_state, hostile_state, opened, state_with};

#[path = "fixtures/ui/sample.rs"]
pub mod sample;

/// Draws one widget into a `width` x `height` backend.
fn draw_widget(widget: impl Widget, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(widget, frame.area()))
        .expect("draws");
    terminal
}

/// Asserts the text of every row (styles are checked separately where they matter).
fn assert_lines(terminal: &Terminal<TestBackend>, expected: &[&str]) {
    let height = terminal.backend().buffer().area.height;
    let actual: Vec<String> = (0..height).map(|y| row(terminal, y)).collect();
    assert_eq!(actual, expected);
}

/// The text of row `y` of a drawn screen.
fn row(terminal: &Terminal<TestBackend>, y: u16) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

#[test]
fn list_pane_shows_marks_titles_details_and_position() {
    let mut state = state_with(sample::articles(), 0, 80, 24);
    update(&mut state, Action::OpenArticle);
    update(&mut state, Action::FocusPrev);
    update(&mut state, Action::MoveDown);
    let terminal = draw_widget(ListPane::new(&state), 34, 8);
    assert_lines(
        &terminal,
        &[
            "┏ ▶ Articles ━━━━━━━━━━━━━━━━━━━━┓",
            "┃  Harbour city braces for the s…┃",
            "┃  2026-07-15 · Coastal Ledger   ┃",
            "┃● Ferry timetable changes from …┃",
            "┃  2026-07-15 · Coastal Ledger   ┃",
            "┃● Council approves new sea wall ┃",
            "┃  2026-07-15 · Coastal Ledger   ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━ 2/3 ┛",
        ],
    );
}

#[test]
fn reader_pane_shows_header_caption_and_body() {
    let state = opened(80, 24);
    // The reader wraps at the width the layout gives it, so draw it at that width.
    let width = state.layout().expect("big enough").reader.width;
    let terminal = draw_widget(ReaderPane::new(&state), width, 12);
    assert_lines(
        &terminal,
        &[
            "┏ ▶ Reader ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
            "┃ Harbour city braces for the storm     ┃",
            "┃ season                                ┃",
            "┃ By Mira Olsen · 2026-07-15 · Coastal  ┃",
            "┃ Ledger                                ┃",
            "┃                                       ┃",
            "┃ Fishing boats tied up in Bergen       ┃",
            "┃ harbour on Monday.                    ┃",
            "┃ Photo: Tide Picture Agency            ┃",
            "┃                                       ┃",
            "┃ Bergen has begun moving boats inland  ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━ line 1/26 · Top ┛",
        ],
    );
}

#[test]
fn panel_pane_groups_entities_with_counts() {
    let state = opened(80, 24);
    // Short enough that the evidence area stays closed (tests/views.rs covers it).
    let terminal = draw_widget(PanelPane::new(&state), 30, 13);
    assert_lines(
        &terminal,
        &[
            "┌ Entities ──────────────────┐",
            "│Places              mentions│",
            "│ Bergen                   ×3│",
            "│ Oslo                     ×1│",
            "│ Tromso                   ×1│",
            "│Dates               mentions│",
            "│ Monday → 2026-07-13      ×2│",
            "│ 2019 → 2019              ×1│",
            "│ July 20 → 2026-07-20     ×1│",
            "│Sources               quotes│",
            "│ Ola Nordmann             ×2│",
            "│                            │",
            "└────────────────────────────┘",
        ],
    );
}

#[test]
fn status_bar_shows_position_pane_hints_and_problems() {
    let state = opened(80, 24);
    let terminal = draw_widget(StatusBar::new(&state), 100, 1);
    assert_lines(
        &terminal,
        &[
            " 1/3 │ Reader │ j/k scroll  PgDn page  }/{ paragraph  / find  n/N matc… 2 files not loaded — press !",
        ],
    );
}

#[test]
fn find_prompt_replaces_the_status_bar() {
    let mut state = opened(80, 24);
    update(&mut state, Action::StartFind);
    for c in "gale".chars() {
        update(&mut state, Action::FindInput(c));
    }
    let terminal = draw_widget(StatusBar::new(&state), 40, 1);
    assert_lines(&terminal, &["/gale█   Enter search  Esc cancel       "]);
}

#[test]
fn highlighted_mentions_are_painted() {
    let mut state = opened(80, 24);
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::HighlightEntity);
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let theme = dateline::ui::theme::THEME;
    let painted: Vec<(u16, u16)> = buffer
        .content
        .iter()
        .enumerate()
        .filter(|(_, cell)| cell.bg == theme.highlight_current.bg.expect("has bg"))
        .map(|(i, _)| buffer.pos_of(i))
        .collect();
    let word: String = painted
        .iter()
        .map(|&(x, y)| buffer[(x, y)].symbol())
        .collect();
    assert_eq!(word, "Bergen");
}

#[test]
fn full_screen_80x24() {
    let state = opened(80, 24);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_200x50_with_help() {
    let mut state = opened(200, 50);
    update(&mut state, Action::ToggleHelp);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_100x30_entity_highlighted_from_the_panel() {
    let mut state = opened(100, 30);
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::MoveDown);
    update(&mut state, Action::HighlightEntity);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_20x5_is_too_small() {
    let state = opened(20, 5);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_cjk_article() {
    let state = cjk_state(80, 24);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_load_report() {
    let mut state = opened(80, 24);
    update(&mut state, Action::ToggleLoadReport);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn full_screen_no_articles() {
    let state = state_with(Vec::new(), 3, 80, 24);
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn cjk_lines_fit_the_reader() {
    let state = cjk_state(60, 20);
    let terminal = draw(&state);
    let layout = state.layout().expect("big enough");
    let text = layout.reader_text();
    for y in text.y..text.bottom() {
        let line = row(&terminal, y);
        let right_border = line.chars().nth(usize::from(layout.reader.right() - 1));
        assert!(matches!(right_border, Some('┃' | '│')), "row {y}: {line}");
    }
}

#[test]
fn every_size_renders_without_panic() {
    let modes = [
        Action::FocusNext,
        Action::ToggleHelp,
        Action::ToggleHelp,
        Action::ToggleLoadReport,
        Action::Cancel,
        Action::StartFind,
    ];
    for width in [1, 20, 39, 40, 41, 57, 80, 133, 200, 400] {
        for height in [1, 5, 9, 10, 11, 24, 50, 120] {
            for make in [opened, cjk_state, hostile_state] {
                let mut state = make(width, height);
                draw(&state);
                for action in modes {
                    update(&mut state, action);
                    draw(&state);
                }
            }
        }
    }
}

#[test]
fn no_control_character_reaches_a_cell() {
    for (width, height) in [(80, 24), (200, 50), (400, 120), (45, 12)] {
        let mut state = hostile_state(width, height);
        let mut screens = vec![draw(&state)];
        update(&mut state, Action::ToggleLoadReport);
        screens.push(draw(&state));
        update(&mut state, Action::Cancel);
        update(&mut state, Action::StartFind);
        update(&mut state, Action::FindInput('\u{1b}'));
        update(&mut state, Action::FindInput('\u{202e}'));
        screens.push(draw(&state));
        for terminal in &screens {
            for cell in &terminal.backend().buffer().content {
                assert!(
                    !cell.symbol().chars().any(needs_replacing),
                    "control character in cell {:?}",
                    cell.symbol()
                );
            }
        }
    }
}

#[test]
fn escapes_show_as_visible_placeholders() {
    let state = hostile_state(120, 30);
    let terminal = draw(&state);
    let screen: String = (0..30).map(|y| row(&terminal, y)).collect();
    assert!(screen.contains("␛[31mred"), "{screen}");
    assert!(screen.contains("⇄"), "{screen}");
    assert!(state.focus == Pane::Reader);
}

#[test]
fn reader_says_when_an_article_was_not_utf8() {
    let mut articles = sample::articles();
    articles[0].encoding = dateline::article::TextEncoding::Windows1252;
    let mut state = state_with(articles, 0, 120, 24);
    update(&mut state, Action::OpenArticle);
    let width = state.layout().expect("big enough").reader.width;
    let terminal = draw_widget(ReaderPane::new(&state), width, 6);
    let header: String = (1..5)
        .map(|y| row(&terminal, y))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(header.contains("decoded as"), "{header}");
    assert!(header.contains("Windows-1252"), "{header}");
}
