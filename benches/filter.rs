//! The list filter on 100,000 articles of about 2.7 KB each (270 MB of text, the size of
//! the benchmark corpus), from a key typed in the filter prompt to a drawn 200x50 frame:
//! the first key of a query (a search over every article), a key that narrows the query
//! (a search over the previous result only), a word found nowhere searched from scratch (the worst
//! case: every byte read), a query-language filter, and sorting by title. The articles are made up in
//! memory, so this runs anywhere: `cargo bench --bench filter`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::app::action::Action;
use dateline::app::keymap::Keymap;
use dateline::app::state::{AppState, Pane};
use dateline::app::update::{apply_indexed, update};
use dateline::app::view::{self, Sort, SortKey};
use dateline::article::{Article, Format, Loaded, TextEncoding};
use dateline::extract::{Date, DateMention, Entities, Place, PlaceKind, Span};
use dateline::index::worker::index_jobs;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ARTICLES: usize = 100_000;

const TOWNS: [&str; 7] = [
    "Kunming", "Lisbon", "Nairobi", "Quito", "Tromsø", "Zürich", "Recife",
];

/// Nine invented paragraphs (about 2.7 KB), varied per article.
fn paragraphs(n: usize) -> Vec<String> {
    let town = TOWNS[n % TOWNS.len()];
    let other = TOWNS[(n / 7) % TOWNS.len()];
    (0..9)
        .map(|p| {
            format!(
                "Officials in {town} said on Tuesday that the night ferry, story {n} part {p}, \
                 would run again from 3 March after a winter of repairs to the harbour wall, \
                 and that traders from {other} had asked for an earlier crossing. The council \
                 expects the work to cost less than first planned, according to a report \
                 published last week, and says new timetables will follow in the spring."
            )
        })
        .collect()
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
        format: if n.is_multiple_of(4) {
            Format::Markdown
        } else {
            Format::Text
        },
        encoding: TextEncoding::Utf8,
        title: format!(
            "Ferry {n} returns to {town} after repairs",
            town = TOWNS[n % 7]
        ),
        byline: None,
        date: Date::new(2026, 3, day).ok(),
        source: Some(["Harbour Gazette", "Coastal Ledger"][n % 2].to_string()),
        url: None,
        tags: Vec::new(),
        text,
        caption: None,
        credit: None,
        body: spans,
    }
}

fn loaded_state() -> AppState {
    let loaded = Loaded {
        articles: (0..ARTICLES).map(article).collect(),
        problems: Vec::new(),
    };
    let mut state = AppState::new(loaded, Keymap::default());
    update(
        &mut state,
        Action::Resize {
            width: 200,
            height: 50,
        },
    );
    state.focus = Pane::List;
    update(&mut state, Action::StartFilter);
    state
}

/// A quick stand-in for the extractor, so the bench indexes 100,000 articles in seconds:
/// every town is a place, every "3 March" a date in the article's year.
fn towns_and_march(text: &str, dct: Option<Date>) -> Entities {
    let places = TOWNS
        .iter()
        .flat_map(|town| text.match_indices(town))
        .map(|(at, town)| Place {
            span: Span::new(at, at + town.len()),
            name: town.to_string(),
            kind: PlaceKind::City,
            country: None,
            coords: None,
            reading: None,
        })
        .collect();
    let year = dct.map_or(2026, |d| d.year());
    let dates = text
        .match_indices("3 March")
        .map(|(at, words)| DateMention {
            span: Span::new(at, at + words.len()),
            value: format!("{year}-03-03"),
            relative: false,
        })
        .collect();
    Entities {
        places,
        dates,
        ..Entities::default()
    }
}

/// The loaded state with every article indexed by [`towns_and_march`].
fn indexed_state() -> AppState {
    let mut state = loaded_state();
    state.extractor = towns_and_march;
    let every: Vec<usize> = state.articles.iter().map(|(index, _)| index).collect();
    let jobs = state.articles.shares(&every);
    index_jobs(jobs, state.extractor, &mut |batch| {
        apply_indexed(&mut state, batch);
        true
    });
    state
}

/// Sets the prompt to `text` as if typed, untimed (the state the timed key starts from).
fn prepare(state: &mut AppState, text: &str) {
    view::set_filter_input(state, text.to_string());
}

/// Types `c` into the filter prompt and draws the frame, as the event loop does.
fn type_key(state: &mut AppState, terminal: &mut Terminal<TestBackend>, c: char) {
    update(state, Action::FindInput(c));
    let drawn = terminal.draw(|frame| frame.render_widget(&*state, frame.area()));
    black_box(drawn.is_ok());
}

/// Times one key typed after the prompt holds `before`.
fn bench_key(c: &mut Criterion, name: &str, before: &str, key: char) {
    let mut state = loaded_state();
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 50));
    c.bench_function(name, |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                prepare(&mut state, "");
                prepare(&mut state, before);
                let start = Instant::now();
                type_key(&mut state, &mut terminal, key);
                total += start.elapsed();
            }
            total
        });
    });
}

fn bench_filter(c: &mut Criterion) {
    // The first key searches every article (and nearly all match at once).
    bench_key(c, "filter/first_key", "", 'k');
    // "kunmin" → "kunming": only the previous result is searched.
    bench_key(c, "filter/narrowing_key", "kunmin", 'g');
    // "zanzibar" is in no article: a search from scratch reads every byte of the 270 MB
    // (what the first key of a rare word costs, and what `refresh_view` costs).
    let mut state = loaded_state();
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 50));
    prepare(&mut state, "zanzibar");
    c.bench_function("filter/word_found_nowhere", |b| {
        b.iter(|| {
            view::refresh_view(&mut state);
            let drawn = terminal.draw(|frame| frame.render_widget(&state, frame.area()));
            black_box(drawn.is_ok());
        });
    });
    // A word after a query-language filter.
    bench_key(c, "filter/format_and_word", "format:md tromsø -quit", 'o');
    bench_index_queries(c);
    let mut state = loaded_state();
    let title = Sort {
        key: SortKey::Title,
        descending: false,
    };
    c.bench_function("filter/sort_by_title", |b| {
        b.iter(|| {
            view::set_sort(&mut state, title);
            view::set_sort(&mut state, Sort::default());
        });
    });
}

/// Queries that read the entity index, and opening the entities view.
fn bench_index_queries(c: &mut Criterion) {
    let mut state = indexed_state();
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 50));
    let mut search = |name: &str, query: &str, state: &mut AppState| {
        prepare(state, query);
        c.bench_function(name, |b| {
            b.iter(|| {
                view::refresh_view(state);
                let drawn = terminal.draw(|frame| frame.render_widget(&*state, frame.area()));
                black_box(drawn.is_ok());
            });
        });
    };
    search("filter/place_from_scratch", "place:quito", &mut state);
    // Every article's date values are read back from the index: the slowest field.
    search("filter/date_from_scratch", "date:2026-03-03", &mut state);
    prepare(&mut state, "");
    c.bench_function("filter/open_entities_view", |b| {
        b.iter(|| {
            update(&mut state, Action::ToggleEntities);
            update(&mut state, Action::ToggleEntities);
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(Duration::from_secs(1));
    targets = bench_filter
}
criterion_main!(benches);
