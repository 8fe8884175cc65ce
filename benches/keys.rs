//! A key press to a drawn frame, with 100,000 articles loaded and indexed, on a 200x50
//! screen (target: at most 1 ms each). The articles are made up in memory, so this runs
//! anywhere: `cargo bench --bench keys`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::app::action::Action;
use dateline::app::collection::{CollectionChange, collection_changed};
use dateline::app::keymap::Keymap;
use dateline::app::state::{AppState, Pane};
use dateline::app::update::{apply_indexed, update};
use dateline::article::{Article, FileLoad, Format, Loaded, TextEncoding};
use dateline::extract::{Date, Span};
use dateline::index::worker::index_jobs;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ARTICLES: usize = 100_000;

/// Invented paragraphs, varied per article so no two texts are the same.
fn paragraphs(n: usize) -> Vec<String> {
    let town = ["Kunming", "Lisbon", "Nairobi", "Quito", "Tromsø"][n % 5];
    vec![
        format!(
            "Officials in {town} said on Tuesday that the night ferry, story number {n}, \
             would run again from 3 March after a winter of repairs to the harbour wall."
        ),
        format!(
            "\"We have waited long enough,\" said Mara Velde, who runs a bakery near the \
             pier in {town}. \"The morning crowd comes back with the boat.\""
        ),
        "The council expects the work to cost less than first planned, according to a \
         report published last week, and says timetables will follow in the spring."
            .to_string(),
    ]
}

fn article(n: usize) -> Article {
    let body = paragraphs(n);
    let text = body.join("\n\n");
    let mut spans = Vec::new();
    let mut at = 0;
    for paragraph in &body {
        spans.push(Span::new(at, at + paragraph.len()));
        at += paragraph.len() + 2;
    }
    let day = i8::try_from(n % 28 + 1).unwrap_or(1);
    Article {
        record_id: String::new(),
        path: format!("bench/{n}.txt").into(),
        format: Format::Text,
        encoding: TextEncoding::Utf8,
        title: format!("Night ferry returns after winter repairs ({n})"),
        byline: Some("Ana Ferreira".to_string()),
        date: Date::new(2026, 3, day).ok(),
        source: Some("Harbour Gazette".to_string()),
        url: None,
        tags: Vec::new(),
        text,
        caption: None,
        credit: None,
        body: spans,
    }
}

/// 100,000 articles, indexed as the background worker would, on a 200x50 screen.
fn loaded_state() -> AppState {
    let loaded = Loaded {
        articles: (0..ARTICLES).map(article).collect(),
        problems: Vec::new(),
    };
    let mut state = AppState::new(loaded, Keymap::default());
    let every: Vec<usize> = (0..state.articles.len()).collect();
    let jobs = state.articles.shares(&every);
    index_jobs(jobs, state.extractor, &mut |batch| {
        apply_indexed(&mut state, batch);
        true
    });
    update(
        &mut state,
        Action::Resize {
            width: 200,
            height: 50,
        },
    );
    update(&mut state, Action::Top);
    state
}

/// Applies `action` and draws the frame, as the event loop does for one key.
fn press(state: &mut AppState, terminal: &mut Terminal<TestBackend>, action: Action) {
    update(state, action);
    let drawn = terminal.draw(|frame| frame.render_widget(&*state, frame.area()));
    black_box(drawn.is_ok());
}

fn bench_keys(c: &mut Criterion) {
    let mut state = loaded_state();
    // A test backend cannot fail.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 50));
    let mut group = c.benchmark_group("key_to_frame");
    let mut step = |name: &str, focus: Pane, actions: &[Action]| {
        state.focus = focus;
        let mut turn = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                press(&mut state, &mut terminal, actions[turn % actions.len()]);
                turn += 1;
            });
        });
    };
    // Down then up: stays mid-list instead of parking at the end after a million presses.
    step(
        "move_in_list",
        Pane::List,
        &[Action::MoveDown, Action::MoveUp],
    );
    step("page_list", Pane::List, &[Action::PageDown, Action::PageUp]);
    step("jump_to_end", Pane::List, &[Action::Bottom, Action::Top]);
    step(
        "open_next_article",
        Pane::Reader,
        &[
            Action::NextArticle,
            Action::NextArticle,
            Action::PrevArticle,
        ],
    );
    step(
        "scroll_reader",
        Pane::Reader,
        &[Action::MoveDown, Action::MoveUp],
    );
    step(
        "switch_pane",
        Pane::List,
        &[Action::FocusNext, Action::FocusNext, Action::FocusNext],
    );
    group.finish();
    bench_watched_change(&mut state, &mut terminal, c);
}

/// A file the watcher saw change, applied to the 100,000-article state and drawn: the
/// list keeps its selection and the article goes back to the indexer.
fn bench_watched_change(
    state: &mut AppState,
    terminal: &mut Terminal<TestBackend>,
    c: &mut Criterion,
) {
    update(state, Action::Top);
    let mut turn = 0;
    c.bench_function("watched_file_changed_to_frame", |b| {
        b.iter(|| {
            let n = (turn * 7919) % ARTICLES;
            turn += 1;
            let file = FileLoad {
                path: format!("bench/{n}.txt").into(),
                articles: vec![article(n)],
                problems: Vec::new(),
            };
            let change = CollectionChange {
                files: vec![file],
                removed: Vec::new(),
            };
            black_box(collection_changed(state, change));
            let drawn = terminal.draw(|frame| frame.render_widget(&*state, frame.area()));
            black_box(drawn.is_ok());
        });
    });
}

criterion_group!(benches, bench_keys);
criterion_main!(benches);
