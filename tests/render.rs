//! Integration tests: render. Each pane widget drawn to a `TestBackend` and its cells
//! checked; full screens as reviewed insta snapshots; every size from tiny to huge without
//! a panic; and no control character from untrusted text ever reaching a cell.

use dateline::app::action::Action;
use dateline::app::state::{AppState, Pane};
use dateline::app::update::update;
use dateline::ui::list::ListPane;
use dateline::ui::panel::PanelPane;
use dateline::ui::reader::ReaderPane;
use dateline::ui::sanitize::needs_replacing;
use dateline::ui::status::StatusBar;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;

use sample::{cjk_state, hostile_state, opened, state_with};

/// Hand-written articles and the entities a (hand-written) extractor finds in them.
pub mod sample {
    use dateline::app::action::Action;
    use dateline::app::keymap::Keymap;
    use dateline::app::state::AppState;
    use dateline::app::update::update;
    use dateline::article::{Article, Format, LoadProblem, Loaded, TextEncoding};
    use dateline::extract::{
        Date, DateMention, Entities, Place, PlaceKind, Quote, QuoteKind, Span,
    };
    use std::path::PathBuf;

    pub const HARBOUR_TITLE: &str = "Harbour city braces for the storm season";

    /// The caption, credit and body paragraphs of the harbour article.
    pub const HARBOUR: [&str; 7] = [
        "Fishing boats tied up in Bergen harbour on Monday.",
        "Photo: Tide Picture Agency",
        "Bergen has begun moving boats inland ahead of the storm season, the city council said on Monday.",
        "\u{201c}We have done this every autumn since 2019,\u{201d} said harbour master Ola Nordmann. \u{201c}Nobody here is surprised.\u{201d}",
        "Forecasters in Oslo expect the first gale by July 20. The council in Bergen will meet again on Friday.",
        "Farther north, Tromso reported calm seas.",
        "Nordmann said the harbour would reopen once the wind eases.",
    ];

    /// Every byte span of `needle` in `text`.
    pub fn all_spans(text: &str, needle: &str) -> Vec<Span> {
        text.match_indices(needle)
            .map(|(at, m)| Span::new(at, at + m.len()))
            .collect()
    }

    /// Builds an article whose text is the paragraphs joined by blank lines; the first two
    /// become caption and credit when `with_caption`.
    pub fn article(title: &str, parts: &[&str], with_caption: bool) -> Article {
        let text = parts.join("\n\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for part in parts {
            spans.push(Span::new(at, at + part.len()));
            at += part.len() + 2;
        }
        let (caption, credit, body) = if with_caption && spans.len() > 2 {
            (Some(spans[0]), Some(spans[1]), spans[2..].to_vec())
        } else {
            (None, None, spans)
        };
        Article {
            id: title.to_string(),
            path: PathBuf::from(format!("news/{}.txt", title.len())),
            format: Format::Text,
            encoding: TextEncoding::Utf8,
            title: title.to_string(),
            byline: Some("By Mira Olsen".to_string()),
            date: Some(Date::constant(2026, 7, 15)),
            source: Some("Coastal Ledger".to_string()),
            url: None,
            tags: Vec::new(),
            text,
            caption,
            credit,
            body,
        }
    }

    fn place(span: Span, name: &str) -> Place {
        Place {
            span,
            name: name.to_string(),
            kind: PlaceKind::City,
            country: Some("Norway".to_string()),
            coords: None,
            reading: None,
        }
    }

    fn quote(text: &str, words: &str, speaker: &str) -> Option<Quote> {
        let at = text.find(words)?;
        let who = text.find(speaker)?;
        Some(Quote {
            span: Span::new(at, at + words.len()),
            kind: QuoteKind::Direct,
            speaker: Some(Span::new(who, who + speaker.len())),
            canonical_speaker: Some("Ola Nordmann".to_string()),
            cue: Some("said".to_string()),
        })
    }

    /// What a good extractor would find in the sample articles, found by plain search.
    pub fn fake_extract(text: &str, _dct: Option<Date>) -> Entities {
        let mut places = Vec::new();
        for name in ["Bergen", "Oslo", "Tromso"] {
            places.extend(all_spans(text, name).into_iter().map(|s| place(s, name)));
        }
        places.sort_by_key(|p| p.span);
        let mut dates = Vec::new();
        for (words, value) in [
            ("Monday", "2026-07-13"),
            ("July 20", "2026-07-20"),
            ("2019", "2019"),
        ] {
            dates.extend(all_spans(text, words).into_iter().map(|span| DateMention {
                span,
                value: value.to_string(),
                relative: words == "Monday",
            }));
        }
        dates.sort_by_key(|d| d.span);
        let quotes = [
            quote(
                text,
                "\u{201c}We have done this every autumn since 2019,\u{201d}",
                "Ola Nordmann",
            ),
            quote(
                text,
                "\u{201c}Nobody here is surprised.\u{201d}",
                "Ola Nordmann",
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        Entities {
            places,
            dates,
            quotes,
            credits: Vec::new(),
        }
    }

    /// A state over `articles` with the fake extractor, laid out for `width` x `height`.
    pub fn state_with(
        articles: Vec<Article>,
        problems: usize,
        width: u16,
        height: u16,
    ) -> AppState {
        let problems = (0..problems)
            .map(|n| LoadProblem {
                path: PathBuf::from(format!("inbox/broken-{n}.json")),
                line: Some(n + 1),
                reason: "expected value at line 1 column 1".to_string(),
            })
            .collect();
        let mut state = AppState::new(Loaded { articles, problems }, Keymap::default());
        state.extractor = fake_extract;
        update(&mut state, Action::Resize { width, height });
        state
    }

    /// Three articles, the harbour one first.
    pub fn articles() -> Vec<Article> {
        vec![
            article(HARBOUR_TITLE, &HARBOUR, true),
            article(
                "Ferry timetable changes from Monday",
                &["Ferries to Oslo run hourly from Monday."],
                false,
            ),
            article(
                "Council approves new sea wall",
                &["The wall in Bergen will be finished by 2019."],
                false,
            ),
        ]
    }

    /// The harbour article open in the reader.
    pub fn opened(width: u16, height: u16) -> AppState {
        let mut state = state_with(articles(), 2, width, height);
        update(&mut state, Action::OpenArticle);
        state
    }

    /// A Japanese article, open.
    pub fn cjk_state(width: u16, height: u16) -> AppState {
        let body = [
            "東京都は十五日、台風に備えて港の船を移動させると発表した。",
            "気象庁によると、台風は今週末に関東地方に接近する見込みだ。🌀",
        ];
        let mut state = state_with(
            vec![article("台風が東京に接近", &body, false)],
            0,
            width,
            height,
        );
        update(&mut state, Action::OpenArticle);
        state
    }

    /// An article made of every control character and escape family there is.
    pub fn hostile_state(width: u16, height: u16) -> AppState {
        let mut nasty: String = (0u32..0x20)
            .chain(0x7F..0xA0)
            .filter_map(char::from_u32)
            .collect();
        nasty.push_str(" \u{1b}[31mred\u{1b}[0m \u{1b}[2J\u{1b}[H");
        nasty.push_str(" \u{1b}]0;pwned title\u{7} \u{1b}]52;c;c2VjcmV0\u{7}");
        nasty.push_str(" \u{1b}P+q544e\u{1b}\\ \u{9b}31m \u{9d}8;;http://x\u{9c}");
        nasty.push_str(" abc\u{202e}evil\u{202c} \u{2066}iso\u{2069} \u{200f}rlm \u{61c}");
        let title = format!("Title {nasty}");
        let mut article = article(&title, &[&nasty, &nasty, &nasty], true);
        article.path = std::path::PathBuf::from(format!("evil\u{1b}[2J{nasty}.txt"));
        article.byline = Some(nasty.clone());
        let mut state = state_with(vec![article], 1, width, height);
        state.problems[0].reason = nasty;
        update(&mut state, Action::OpenArticle);
        state
    }
}

/// Draws the whole screen at the state's size.
fn draw(state: &AppState) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.area.width, state.area.height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .expect("draws");
    terminal
}

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
    let terminal = draw_widget(PanelPane::new(&state), 30, 14);
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
    assert!(screen.contains("⟨U+202E⟩"), "{screen}");
    assert!(state.focus == Pane::Reader);
}
