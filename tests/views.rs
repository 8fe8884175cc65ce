//! Integration tests: seeing what an article is about. The map (the open article's places
//! and the list's), the timeline and the evidence under the side panel, driven by keys
//! through the key map and `update` as in the event loop, drawn to a `TestBackend` and
//! checked cell by cell and as reviewed snapshots at 80x24 and 120x40.
//!
//! The articles are the bundled `articles/` folder and the extractor is the real one, so
//! the places carry real coordinates.

use std::path::PathBuf;

use dateline::app::action::Action;
use dateline::app::entities::Section;
use dateline::app::keymap::Keymap;
use dateline::app::map::{MapGlyphs, MapScope};
use dateline::app::ranking::entity_query;
use dateline::app::state::{AppState, Mode, Pane};
use dateline::app::update::{apply_indexed, indexing_started, update};
use dateline::article::{Loaded, load_paths};
use dateline::extract::{self, Span};
use dateline::index::worker::{IndexBatch, Indexed};
use dateline::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier, Style};

use crate::render::sample;
use crate::util::{draw, index_everything, key};

/// The bundled articles, sized `width` x `height`, nothing indexed yet.
fn bundled(width: u16, height: u16) -> AppState {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("articles");
    let loaded = load_paths(&[folder]);
    assert!(loaded.articles.len() > 10, "the bundled articles load");
    let mut state = AppState::new(loaded, Keymap::default());
    update(&mut state, Action::Resize { width, height });
    state
}

fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    rows(terminal).join("\n")
}

/// The cells (x, y) where `needle` starts on screen.
fn find_on_screen(terminal: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    rows(terminal).iter().enumerate().find_map(|(y, row)| {
        let at = row.find(needle)?;
        let x = row[..at].chars().count();
        Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?))
    })
}

#[test]
fn the_article_map_marks_its_places_and_highlights_the_panel_selection() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    assert_eq!(state.mode, Mode::Map);
    let map = state.map.as_ref().expect("map open");
    assert_eq!(map.scope, MapScope::Article);
    assert_eq!(map.places[0].name, "Kunming");
    let (lat, lon) = map.places[0].coords().expect("Kunming is in the gazetteer");
    assert!((24.0..26.0).contains(&lat) && (102.0..104.0).contains(&lon));
    let terminal = draw(&state);
    let text = screen(&terminal);
    assert!(text.contains("Map · Night Freight Service Links Kunming and Vientiane"));
    assert!(
        text.contains(" 1 ● Kunming"),
        "legend lists the places by number"
    );
    assert!(
        text.contains("●1 Kunming"),
        "the marker is labelled on the map"
    );
    assert!(
        text.contains("city · China · 25.0"),
        "the highlighted place's details"
    );
    // The highlighted marker is drawn in the selection style.
    let (x, y) = find_on_screen(&terminal, "●1 Kunming").expect("label drawn");
    let cell = &terminal.backend().buffer()[(x, y)];
    assert_eq!(
        cell.bg,
        dateline::ui::theme::THEME
            .selected
            .bg
            .expect("a background")
    );
    // The map itself is there: braille dots of the coastlines.
    assert!(text.chars().any(|c| ('\u{2801}'..='\u{28FF}').contains(&c)));
}

#[test]
fn the_map_starts_on_the_place_selected_in_the_panel_and_enter_highlights_it() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('l'));
    assert_eq!(state.focus, Pane::Panel);
    key(&mut state, KeyCode::Char('j'));
    key(&mut state, KeyCode::Char('m'));
    let map = state.map.as_ref().expect("map open");
    assert_eq!(map.places[map.selected].name, "Vientiane");
    key(&mut state, KeyCode::Char('j'));
    assert_eq!(state.map.as_ref().map(|m| m.selected), Some(2));
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.mode, Mode::Normal);
    assert!(state.map.is_none());
    let open = state.open.as_ref().expect("article open");
    let highlight = open.highlight.as_ref().expect("highlighted");
    assert_eq!(highlight.label, "Laos");
    assert_eq!(open.panel[open.panel_selected].label, "Laos");
}

#[test]
fn zoom_toggles_between_the_places_and_the_world_and_esc_closes() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    let zoomed = state.map.as_ref().map(|m| m.bounds()).expect("map");
    assert!(
        zoomed.0[1] - zoomed.0[0] < 90.0,
        "framed on the places: {zoomed:?}"
    );
    key(&mut state, KeyCode::Char('z'));
    let world = state.map.as_ref().map(|m| m.bounds()).expect("map");
    assert_eq!(world, ([-180.0, 180.0], [-90.0, 90.0]));
    assert!(screen(&draw(&state)).contains("· world"));
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.mode, Mode::Normal);
    assert!(state.map.is_none());
    key(&mut state, KeyCode::Char('m'));
    key(&mut state, KeyCode::Char('m'));
    assert_eq!(state.mode, Mode::Normal, "m again closes the map");
}

#[test]
fn the_wheel_moves_the_highlight_not_the_hidden_panes() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    let reader_top = state.open.as_ref().map(|o| o.top);
    key(&mut state, KeyCode::Char('t'));
    let wheel = |down| Action::Scroll {
        pane: Pane::Reader,
        down,
    };
    update(&mut state, wheel(true));
    update(&mut state, wheel(true));
    update(&mut state, wheel(false));
    assert_eq!(state.timeline.as_ref().map(|t| t.selected), Some(1));
    assert_eq!(state.open.as_ref().map(|o| o.top), reader_top);
}

#[test]
fn without_an_open_article_the_article_views_say_what_to_do() {
    let mut state = bundled(80, 24);
    key(&mut state, KeyCode::Char('m'));
    assert_eq!(state.mode, Mode::Normal);
    assert!(
        state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("open an article"))
    );
    key(&mut state, KeyCode::Char('t'));
    assert_eq!(state.mode, Mode::Normal);
    assert!(
        state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("open an article"))
    );
}

#[test]
fn the_list_map_counts_articles_and_says_while_indexing_is_partial() {
    let mut state = bundled(120, 40);
    indexing_started(&mut state);
    let every: Vec<usize> = state.articles.iter().map(|(index, _)| index).collect();
    let articles = state.articles.shares(&every);
    let extracted = |range: std::ops::Range<usize>| IndexBatch {
        items: articles[range]
            .iter()
            .map(|(index, article)| Indexed {
                index: *index,
                article: std::sync::Arc::clone(article),
                entities: extract::extract(&article.text, article.date),
            })
            .collect(),
    };
    apply_indexed(&mut state, extracted(0..3));
    key(&mut state, KeyCode::Char('M'));
    assert_eq!(state.mode, Mode::Map);
    let total = articles.len();
    let map = state.map.as_ref().expect("list map");
    assert_eq!(
        (map.scope, map.counted, map.total),
        (MapScope::List, 3, total)
    );
    let text = screen(&draw(&state));
    assert!(
        text.contains(&format!("indexing: 3 of {total} counted")),
        "{text}"
    );
    // The rest arrives while the map is open: it keeps counting.
    apply_indexed(&mut state, extracted(3..total));
    let map = state.map.as_ref().expect("list map");
    assert!(!map.is_partial());
    let text = screen(&draw(&state));
    assert!(!text.contains("indexing:"));
    // Each place once, counted by articles: as many as the index says mention it.
    for place in map.places.iter().take(5) {
        assert_eq!(
            place.count,
            state.index.articles_mentioning(&place.name).len(),
            "{}",
            place.name
        );
    }
    let names: Vec<&str> = map.places.iter().map(|p| p.name.as_str()).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "each place once");
    assert!(map.places.iter().filter(|p| p.coords().is_some()).count() > 20);
}

#[test]
fn the_timeline_orders_dates_and_marks_the_publication() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('t'));
    assert_eq!(state.mode, Mode::Timeline);
    let terminal = draw(&state);
    let text = screen(&terminal);
    assert!(text.contains("Published 2026-11-24 (Tuesday)"));
    let line_of = |needle: &str| {
        find_on_screen(&terminal, needle)
            .map(|(_, y)| y)
            .unwrap_or_else(|| panic!("{needle} not on screen:\n{text}"))
    };
    let last_week = line_of("2026-W47");
    let yesterday = line_of("2026-11-23 ");
    let published = line_of("─ published 2026-11-24");
    let friday = line_of("2026-11-27");
    let march = line_of("2027-03-15");
    assert!(last_week < yesterday && yesterday < published && published < friday && friday < march);
    // Each date with its sentence; the selected one's in full below the list.
    assert!(text.contains("Until last week, refrigerated cargo on this corridor"));
    assert!(text.contains("─ last week → 2026-W47"));
    key(&mut state, KeyCode::Char('G'));
    let timeline = state.timeline.as_ref().expect("open");
    assert_eq!(timeline.entries[timeline.selected].value, "2027-03-15");
    key(&mut state, KeyCode::Enter);
    assert_eq!(state.mode, Mode::Normal);
    let open = state.open.as_ref().expect("article open");
    let highlight = open.highlight.as_ref().expect("the date is highlighted");
    let article = &state.articles[open.index];
    let span: Span = highlight.spans[0];
    assert_eq!(span.slice(&article.text), "15 March 2027");
}

#[test]
fn evidence_shows_the_sentence_and_the_reading_of_an_ambiguous_place() {
    let text = "Protesters gathered in Tbilisi on Monday. Georgia has seen weeks of rallies.";
    let found = extract::extract(text, None);
    let georgia = found
        .places
        .iter()
        .find(|p| p.name == "Georgia")
        .expect("the extractor finds Georgia");
    let reading = georgia.reading.clone().expect("Georgia is ambiguous");
    let article = sample::article("Rallies in Georgia", &[text], false);
    let loaded = Loaded {
        articles: vec![article],
        problems: Vec::new(),
    };
    let mut state = AppState::new(loaded, Keymap::default());
    update(
        &mut state,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    // Indexed first, so the panel comes from the index (which keeps no readings) and the
    // details from what was learnt while indexing.
    index_everything(&mut state);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('l'));
    let open = state.open.as_ref().expect("open");
    let row = open
        .panel
        .iter()
        .position(|item| item.label == "Georgia")
        .expect("Georgia in the panel");
    while state.open.as_ref().map(|o| o.panel_selected) != Some(row) {
        key(&mut state, KeyCode::Char('j'));
    }
    let terminal = draw(&state);
    let text_on_screen = screen(&terminal);
    assert!(
        text_on_screen.contains("─ Evidence 1/1 ─"),
        "{text_on_screen}"
    );
    let words: Vec<&str> = reading.split_whitespace().take(3).collect();
    assert!(
        text_on_screen.contains(&words.join(" ")),
        "the reading shows: {reading}\n{text_on_screen}"
    );
    assert!(text_on_screen.contains("“Georgia has seen weeks"));
    // The mention is marked in the sentence.
    let (x, y) = find_on_screen(&terminal, "“Georgia").expect("sentence drawn");
    let cell = &terminal.backend().buffer()[(x + 1, y)];
    assert_eq!(
        cell.bg,
        dateline::ui::theme::THEME
            .highlight
            .bg
            .expect("a background")
    );
}

#[test]
fn without_braille_the_map_is_drawn_in_half_blocks() {
    let mut state = bundled(120, 40);
    state.map_glyphs = MapGlyphs::HalfBlock;
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    let text = screen(&draw(&state));
    assert!(!text.chars().any(|c| ('\u{2800}'..='\u{28FF}').contains(&c)));
    assert!(text.chars().any(|c| matches!(c, '▀' | '▄' | '█')));
}

#[test]
fn every_size_draws_the_views_without_a_panic() {
    for (width, height) in [(20, 5), (40, 10), (41, 11), (60, 15), (80, 24), (200, 60)] {
        let mut state = bundled(width, height);
        key(&mut state, KeyCode::Enter);
        for view in ['m', 'M', 't'] {
            key(&mut state, KeyCode::Char(view));
            for _ in 0..3 {
                key(&mut state, KeyCode::Char('j'));
            }
            let text = screen(&draw(&state));
            if width >= 40 && height >= 10 {
                assert!(
                    text.contains("Esc close"),
                    "{width}x{height} {view}:\n{text}"
                );
            }
        }
    }
}

#[test]
fn article_map_80x24() {
    let mut state = bundled(80, 24);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn article_map_120x40() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn list_map_120x40() {
    let mut state = bundled(120, 40);
    index_everything(&mut state);
    key(&mut state, KeyCode::Char('M'));
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn timeline_80x24() {
    let mut state = bundled(80, 24);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('t'));
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn timeline_120x40() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('t'));
    key(&mut state, KeyCode::Char('j'));
    insta::assert_snapshot!(draw(&state).backend());
}

#[test]
fn evidence_under_the_panel_120x40() {
    let mut state = bundled(120, 40);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('l'));
    insta::assert_snapshot!(draw(&state).backend());
}

/// Every cell of `terminal` whose foreground or background is a colour.
fn coloured_cells(terminal: &Terminal<TestBackend>) -> Vec<(u16, u16)> {
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .iter()
        .enumerate()
        .filter(|(_, cell)| cell.fg != Color::Reset || cell.bg != Color::Reset)
        .map(|(i, _)| buffer.pos_of(i))
        .collect()
}

#[test]
fn the_map_draws_in_the_configured_theme() {
    let mut state = bundled(120, 40);
    let (land, marker, selection) = (
        Color::Indexed(200),
        Color::Indexed(201),
        Color::Indexed(202),
    );
    state.theme.dim = Style::new().fg(land);
    state.theme.heading = Style::new().fg(marker);
    state.theme.selected = Style::new().bg(selection);
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let braille = |c: &ratatui::buffer::Cell| {
        c.symbol()
            .chars()
            .any(|c| ('\u{2801}'..='\u{28FF}').contains(&c))
    };
    assert!(
        buffer.content.iter().any(|c| braille(c) && c.fg == land),
        "the land is drawn in the theme's dim colour"
    );
    let (x, y) = find_on_screen(&terminal, "●1 Kunming").expect("highlighted label");
    assert_eq!(buffer[(x, y)].bg, selection);
    let (x, y) = find_on_screen(&terminal, "●2").expect("another marker");
    assert_eq!(buffer[(x, y)].fg, marker);
}

#[test]
fn without_colour_the_views_have_none_and_the_map_still_shows_the_highlight() {
    let mut state = bundled(120, 40);
    state.theme = Theme::default().without_colour();
    key(&mut state, KeyCode::Enter);
    key(&mut state, KeyCode::Char('m'));
    let terminal = draw(&state);
    assert_eq!(coloured_cells(&terminal), [], "map");
    let (x, y) = find_on_screen(&terminal, "●1 Kunming").expect("highlighted label");
    let highlighted = terminal.backend().buffer()[(x, y)].modifier;
    assert!(highlighted.contains(Modifier::REVERSED), "{highlighted:?}");
    key(&mut state, KeyCode::Esc);
    key(&mut state, KeyCode::Char('t'));
    assert_eq!(state.mode, Mode::Timeline);
    assert_eq!(coloured_cells(&draw(&state)), [], "timeline");
    key(&mut state, KeyCode::Esc);
    key(&mut state, KeyCode::Char('l'));
    assert_eq!(state.focus, Pane::Panel);
    let terminal = draw(&state);
    assert!(screen(&terminal).contains("─ Evidence"));
    assert_eq!(coloured_cells(&terminal), [], "panes and evidence");
}

#[test]
fn enter_on_the_list_map_filters_the_list_to_the_place() {
    let mut state = bundled(120, 40);
    index_everything(&mut state);
    let everything = state.view.len();
    key(&mut state, KeyCode::Char('M'));
    // The second place: the list map's first is not special.
    key(&mut state, KeyCode::Char('j'));
    let map = state.map.as_ref().expect("list map");
    let place = map.places[map.selected].clone();
    assert!(place.count > 1 && place.count < everything, "{place:?}");
    key(&mut state, KeyCode::Enter);
    assert_eq!((state.mode, state.focus), (Mode::Normal, Pane::List));
    assert!(state.map.is_none(), "the map closed");
    assert_eq!(
        state.filter.input,
        entity_query(Section::Places, &place.name)
    );
    let mut listed = state.view.clone();
    listed.sort_unstable();
    let mut mentioning = state.index.articles_mentioning(&place.name);
    mentioning.sort_unstable();
    assert_eq!(listed, mentioning);
    assert_eq!(listed.len(), place.count);
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.contains(&format!("{} articles", place.count)),
        "{message}"
    );
    // Esc in the list clears it again.
    key(&mut state, KeyCode::Esc);
    assert_eq!(state.view.len(), everything);
}
