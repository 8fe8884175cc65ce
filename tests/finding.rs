//! Integration tests: finding things across the folder. Keys go through the key map and
//! `update` as in the event loop: the list filter typed after `/` (free words and the
//! query language), filtering by a side-panel entity, sorting, and the entities view;
//! what they draw is checked on a `TestBackend`.

use dateline::app::state::{AppState, Mode, Pane};
use dateline::app::update::{apply_indexed, indexing_started};
use dateline::app::view::refresh_view;
use dateline::index::worker::index_jobs;
use dateline::ui::entities_view::EntitiesOverlay;
use dateline::ui::list::ListPane;
use dateline::ui::status::StatusBar;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::widgets::Widget;

use crate::render::sample::{self, article, state_with};
use crate::util::{index_everything, key, keys};

/// The sample articles (harbour, ferry, sea wall) plus a Markdown one, indexed.
fn indexed_state(width: u16, height: u16) -> AppState {
    let mut articles = sample::articles();
    let mut notes = article(
        "Notes from the Tromso quay",
        &["Fishers in Tromso mend nets."],
        false,
    );
    notes.format = dateline::article::Format::Markdown;
    notes.date = Some(dateline::extract::Date::constant(2026, 6, 2));
    notes.source = Some("Arctic Weekly".to_string());
    articles.push(notes);
    let mut state = state_with(articles, 0, width, height);
    index_everything(&mut state);
    state
}

fn titles(state: &AppState) -> Vec<String> {
    state
        .view
        .iter()
        .map(|&i| state.articles[i].title.clone())
        .collect()
}

fn draw_widget(widget: impl Widget, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(widget, frame.area()))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn slash_in_the_list_filters_as_you_type_and_esc_clears() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('/'));
    assert_eq!(state.mode, Mode::Filter);
    keys(&mut state, "BERG");
    assert_eq!(
        titles(&state),
        [sample::HARBOUR_TITLE, "Council approves new sea wall"]
    );
    // Words in any order, in the title or the text.
    keys(&mut state, "en wall");
    assert_eq!(titles(&state), ["Council approves new sea wall"]);
    key(&mut state, KeyCode::Backspace);
    key(&mut state, KeyCode::Backspace);
    key(&mut state, KeyCode::Backspace);
    assert_eq!(state.filter.input, "BERGen w");
    assert_eq!(state.view, [0, 2], "\"w\" is in both (\"will\", \"wall\")");
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.mode, Mode::Normal);
    assert_eq!(state.view, [0, 1, 2, 3]);
    assert!(!state.filter.is_active());
}

#[test]
fn enter_keeps_the_filter_and_esc_in_the_list_clears_it() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "ferry");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.mode, Mode::Normal);
    assert_eq!(titles(&state), ["Ferry timetable changes from Monday"]);
    assert_eq!(state.message.as_deref(), Some("/ferry: 1 article"));
    // `/` again edits the applied query.
    key(&mut state, KeyCode::Char('/'));
    assert_eq!(state.filter.input, "ferry");
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.view.len(), 4);
}

#[test]
fn slash_in_the_reader_still_finds_in_the_article() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.focus, Pane::Reader);
    key(&mut state, KeyCode::Char('/'));
    assert_eq!(state.mode, Mode::Find);
    keys(&mut state, "storm");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.view.len(), 4);
    assert!(state.open.as_ref().is_some_and(|o| o.highlight.is_some()));
}

fn filtered(state: &mut AppState, query: &str) -> Vec<usize> {
    key(state, KeyCode::Char('/'));
    keys(state, query);
    key(state, KeyCode::Enter);
    let view = state.view.clone();
    key(state, KeyCode::Esc);
    view
}

#[test]
fn the_query_language_filters_by_entities_marks_and_metadata() {
    let mut state = indexed_state(100, 30);
    assert_eq!(filtered(&mut state, "place:oslo"), [0, 1]);
    assert_eq!(filtered(&mut state, "place:Tromso"), [0, 3]);
    assert_eq!(filtered(&mut state, "source:nordmann"), [0]);
    assert_eq!(filtered(&mut state, "source:\"arctic weekly\""), [3]);
    assert_eq!(filtered(&mut state, "date:2019"), [0, 2]);
    assert_eq!(filtered(&mut state, "date:2026-06"), [3]);
    assert_eq!(filtered(&mut state, "after:2026-07-01"), [0, 1, 2]);
    assert_eq!(filtered(&mut state, "before:2026-07"), [3]);
    assert_eq!(filtered(&mut state, "format:md"), [3]);
    assert_eq!(filtered(&mut state, "place:Bergen -wall"), [0]);
    assert_eq!(filtered(&mut state, "format:md or ferries"), [1, 3]);
    // Opening an article marks it read (the selection followed the filters: go to the top).
    key(&mut state, KeyCode::Char('g'));
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('h'));
    assert_eq!(filtered(&mut state, "is:unread"), [1, 2, 3]);
    assert_eq!(filtered(&mut state, "is:read"), [0]);
    state.starred[2] = true;
    assert_eq!(filtered(&mut state, "is:starred"), [2]);
}

#[test]
fn a_malformed_query_says_why_under_the_prompt_and_keeps_the_list() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "place:Oslo");
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, " \"harb");
    assert_eq!(
        state.view,
        [0, 1],
        "the last query that parsed stays applied"
    );
    let line = &draw_widget(StatusBar::new(&state), 100, 1)[0];
    assert!(
        line.starts_with("filter /place:Oslo \"harb█   ⚠ unclosed quote: add a closing \""),
        "{line}"
    );
    key(&mut state, KeyCode::Enter);
    assert_eq!(
        state.mode,
        Mode::Filter,
        "Enter does not apply a broken query"
    );
    keys(&mut state, "\"");
    assert_eq!(state.view, [0]);
    let line = &draw_widget(StatusBar::new(&state), 100, 1)[0];
    assert!(line.contains("1 article   Enter done  Esc clear"), "{line}");
    for bad in ["colour:red", "after:soon", "is:lost", "a or", "-"] {
        key(&mut state, KeyCode::Esc);
        key(&mut state, KeyCode::Char('/'));
        keys(&mut state, bad);
        assert!(state.filter.error.is_some(), "{bad}");
    }
}

#[test]
fn a_panel_entity_filters_the_list_to_every_article_mentioning_it() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('l'));
    assert_eq!(state.focus, Pane::Panel);
    // Bergen first (most mentions), then Oslo.
    key(&mut state, KeyCode::Char('j'));
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('f'));
    assert_eq!(state.focus, Pane::List);
    assert_eq!(state.filter.query.to_string(), "place:Oslo");
    assert_eq!(state.view, [0, 1]);
    assert_eq!(
        state.selected_article(),
        Some(0),
        "the open article stays selected"
    );
    let list = draw_widget(ListPane::new(&state), 40, 6);
    assert_eq!(list[0], "┏ ▶ Articles ━ /place:Oslo ━━━━━━━━━━━━┓");
    // A date filters by its value, a speaker by name.
    key(&mut state, KeyCode::Esc);
    key(&mut state, KeyCode::Char('l'));
    key(&mut state, KeyCode::Char('l'));
    key(&mut state, KeyCode::Char('G'));
    key(&mut state, KeyCode::Char('f'));
    assert_eq!(state.filter.query.to_string(), "source:\"Ola Nordmann\"");
    assert_eq!(state.view, [0]);
}

#[test]
fn sorting_cycles_keys_flips_direction_and_shows_in_the_border() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('S'));
    assert_eq!(state.view, [3, 0, 1, 2], "by date, oldest first");
    key(&mut state, KeyCode::Char('O'));
    assert_eq!(
        state.view,
        [0, 1, 2, 3],
        "newest first; equal dates keep file order"
    );
    key(&mut state, KeyCode::Char('S'));
    assert_eq!(
        titles(&state),
        [
            "Notes from the Tromso quay",
            sample::HARBOUR_TITLE,
            "Ferry timetable changes from Monday",
            "Council approves new sea wall",
        ]
    );
    let list = draw_widget(ListPane::new(&state), 40, 6);
    assert_eq!(list[5], "┗ title ↓ ━━━━━━━━━━━━━━━━━━━━━━━━ 2/4 ┛");
    assert_eq!(state.message.as_deref(), Some("sorted by title ↓"));
    key(&mut state, KeyCode::Char('S'));
    assert_eq!(
        state.view,
        [0, 1, 2, 3],
        "by source descending: Coastal Ledger, Arctic Weekly"
    );
    key(&mut state, KeyCode::Char('O'));
    assert_eq!(state.view, [3, 0, 1, 2], "by source ascending");
    key(&mut state, KeyCode::Char('S'));
    assert_eq!(state.view, [0, 1, 2, 3], "back to file order");
    assert_eq!(
        draw_widget(ListPane::new(&state), 40, 6)[5],
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1/4 ┛"
    );
}

#[test]
fn sorting_keeps_the_selected_article_and_works_on_a_filtered_list() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('j'));
    assert_eq!(state.selected_article(), Some(1));
    key(&mut state, KeyCode::Char('S'));
    assert_eq!(state.selected_article(), Some(1));
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "place:Bergen or format:md");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.view, [3, 0, 2]);
}

#[test]
fn the_entities_view_ranks_by_articles_and_opens_a_filter() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('E'));
    assert_eq!(state.mode, Mode::Entities);
    let view = state.entities.as_ref().expect("open");
    let places: Vec<(&str, usize)> = view.columns[0]
        .items
        .iter()
        .map(|r| (r.name.as_str(), r.articles))
        .collect();
    assert_eq!(places, [("Bergen", 2), ("Oslo", 2), ("Tromso", 2)]);
    assert_eq!(view.columns[1].items[0].name, "2019");
    assert_eq!(view.columns[2].items[0].name, "Ola Nordmann");
    key(&mut state, KeyCode::Char('j'));
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.mode, Mode::Normal);
    assert_eq!(state.filter.query.to_string(), "place:Oslo");
    assert_eq!(state.view, [0, 1]);
    // Within a filter, the view counts only the listed articles.
    key(&mut state, KeyCode::Char('E'));
    key(&mut state, KeyCode::Tab);
    key(&mut state, KeyCode::Tab);
    let view = state.entities.as_ref().expect("open");
    assert_eq!(view.scope, 2);
    assert_eq!(view.column, 2);
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.mode, Mode::Normal);
}

#[test]
fn the_entities_view_draws_three_ranked_columns() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('E'));
    key(&mut state, KeyCode::Char('j'));
    let screen = draw_widget(EntitiesOverlay::new(&state), 64, 9);
    assert_eq!(
        screen,
        [
            "                                                                ",
            "  ╔ Entities in 4 articles ══════════════════════════════════╗  ",
            "  ║ Places    articles  Dates    articles  Sources   articles║  ",
            "  ║ Bergen           2  2019            2  Ola Nordmann     1║  ",
            "  ║ Oslo             2  2026-07-13      2                    ║  ",
            "  ║ Tromso           2  2026-07-20      1                    ║  ",
            "  ║                                                          ║  ",
            "  ╚════════ Enter list its articles · Tab column · Esc close ╝  ",
            "                                                                ",
        ]
    );
}

#[test]
fn while_indexing_the_entities_view_says_counts_are_partial() {
    let mut state = state_with(sample::articles(), 0, 100, 30);
    indexing_started(&mut state);
    let every: Vec<usize> = state.articles.iter().map(|(index, _)| index).collect();
    let jobs = state.articles.shares(&every);
    let mut first = true;
    index_jobs(jobs, state.extractor, &mut |batch| {
        if first {
            // Only the first article arrives before the view opens.
            let mut one = batch.clone();
            one.items.truncate(1);
            apply_indexed(&mut state, one);
            first = false;
        }
        true
    });
    key(&mut state, KeyCode::Char('E'));
    let view = state.entities.as_ref().expect("open");
    assert!(view.is_partial());
    let screen = draw_widget(EntitiesOverlay::new(&state), 70, 6);
    assert!(
        screen[2].contains("║ counts are partial: 1 of 3 articles indexed so far"),
        "{screen:?}"
    );
    index_everything(&mut state);
    let view = state.entities.as_ref().expect("still open");
    assert!(!view.is_partial(), "recounted when indexing finished");
}

#[test]
fn an_entity_filter_grows_as_indexing_goes_on() {
    let mut state = state_with(sample::articles(), 0, 100, 30);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "place:Bergen");
    key(&mut state, KeyCode::Enter);
    assert!(state.view.is_empty(), "nothing indexed yet");
    let list = draw_widget(ListPane::new(&state), 40, 5);
    assert_eq!(list[1], "┃No article matches the filter.        ┃");
    index_everything(&mut state);
    assert_eq!(state.view, [0, 2]);
}

#[test]
fn refresh_view_follows_marks_changed_elsewhere() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "is:starred");
    key(&mut state, KeyCode::Enter);
    assert!(state.view.is_empty());
    state.starred[1] = true;
    refresh_view(&mut state);
    assert_eq!(state.view, [1]);
    assert_eq!(state.selected_article(), Some(1));
}

#[test]
fn any_typed_text_is_safe() {
    let mut state = indexed_state(60, 20);
    key(&mut state, KeyCode::Char('/'));
    for c in "\"-or:place:\u{1b}[2J is: date:X after:9999-99 -\"".chars() {
        key(&mut state, KeyCode::Char(c));
        let status = draw_widget(StatusBar::new(&state), 60, 1);
        assert!(!status[0].contains('\u{1b}'));
    }
}

fn draw_screen(state: &AppState) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.area.width, state.area.height)).expect("backend");
    terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .expect("draws");
    terminal
}

#[test]
fn full_screen_100x30_filter_prompt_over_the_list() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('S'));
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "place:Bergen or format:md");
    insta::assert_snapshot!(draw_screen(&state).backend());
}

#[test]
fn full_screen_100x30_entities_view() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('E'));
    key(&mut state, KeyCode::Tab);
    key(&mut state, KeyCode::Char('j'));
    insta::assert_snapshot!(draw_screen(&state).backend());
}

#[test]
fn esc_in_the_reader_keeps_the_filter() {
    let mut state = indexed_state(100, 30);
    key(&mut state, KeyCode::Char('/'));
    keys(&mut state, "ferry");
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.focus, Pane::Reader);
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.view, [1]);
    key(&mut state, KeyCode::Char('h'));
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.view.len(), 4);
    assert_eq!(state.selected_article(), Some(1));
}
