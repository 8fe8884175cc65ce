use super::*;

#[test]
fn hints_come_from_the_keymap() {
    let keymap = Keymap::default();
    assert_eq!(
        hint_text(&keymap, Context::List, LIST_HINTS),
        "j/k move  Enter open  / filter  S/O sort  Tab next pane  ? help  q quit"
    );
    assert!(hint_text(&keymap, Context::Reader, READER_HINTS).contains("}/{ paragraph"));
}

#[test]
fn hints_follow_the_mode_and_its_keys() {
    let mut state = AppState::new(crate::article::Loaded::default(), Keymap::default());
    let hints = |state: &AppState| mode_hints(state);
    assert_eq!(hints(&state).0, "Articles");
    state.mode = Mode::Map;
    assert_eq!(
        hints(&state),
        (
            "Map",
            "j/k move  Enter show in article  Esc close  z zoom  M list's map  t timeline"
                .to_string()
        )
    );
    state.mode = Mode::Timeline;
    assert_eq!(
        hints(&state),
        (
            "Timeline",
            "j/k move  Enter show in article  m map  Esc close".to_string()
        )
    );
    state.mode = Mode::Entities;
    assert_eq!(
        hints(&state),
        (
            "Entities view",
            "j/k move  Enter list its articles  Tab/S-Tab column  Esc close".to_string()
        )
    );
    // A key rebound in the map's context shows there, and a global key does not
    // (it does nothing while the map is open).
    let z = crate::app::keymap::KeyCombo::parse("x").expect("a key");
    state
        .keymap
        .rebind(Context::Map, Action::ToggleMapZoom, &[z]);
    state.keymap.rebind(Context::Map, Action::ShowTimeline, &[]);
    state.mode = Mode::Map;
    let (_, map) = hints(&state);
    assert!(map.contains("x zoom"), "{map}");
    assert!(!map.contains("timeline"), "{map}");
}

#[test]
fn loading_progress_counts_files_with_separators() {
    let mut state = AppState::new(crate::article::Loaded::default(), Keymap::default());
    assert_eq!(loading_label(&state), None);
    state.loading = Some(12_345);
    assert_eq!(
        loading_label(&state).as_deref(),
        Some("loading 12,345 files…")
    );
    state.loading = Some(7);
    assert_eq!(loading_label(&state).as_deref(), Some("loading 7 files…"));
    assert_eq!(with_thousands(1_000_000), "1,000,000");
}

#[test]
fn indexing_progress_shows_only_while_the_indexer_runs() {
    use crate::article::Loaded;
    use crate::index::tests::article;
    let loaded = Loaded {
        articles: vec![article("one"), article("two")],
        problems: Vec::new(),
    };
    let mut state = AppState::new(loaded, Keymap::default());
    assert_eq!(indexing_label(&state), None);
    crate::app::update::indexing_started(&mut state);
    assert_eq!(indexing_label(&state).as_deref(), Some("indexing 0%"));
    let result = |index: usize| crate::index::worker::IndexBatch {
        items: vec![crate::index::worker::Indexed {
            index,
            article: std::sync::Arc::clone(state.articles.shared(index).expect("loaded")),
            entities: crate::extract::Entities::default(),
        }],
    };
    let (first, last) = (result(0), result(1));
    crate::app::update::apply_indexed(&mut state, first.clone());
    assert_eq!(indexing_label(&state).as_deref(), Some("indexing 50%"));
    crate::app::update::apply_indexed(&mut state, first);
    assert_eq!(indexing_label(&state).as_deref(), Some("indexing 50%"));
    crate::app::update::apply_indexed(&mut state, last);
    assert_eq!(indexing_label(&state), None);
}
