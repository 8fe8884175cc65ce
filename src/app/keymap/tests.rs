use ratatui::crossterm::event::KeyModifiers;

use super::*;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn shifted_letters_match_their_capital() {
    let map = Keymap::default();
    let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
    let action = map.action_for(big_g, Mode::Normal, Pane::Reader);
    assert_eq!(action, Some(Action::Bottom));
}

#[test]
fn enter_depends_on_the_pane() {
    let map = Keymap::default();
    let enter = press(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        map.action_for(enter, Mode::Normal, Pane::List),
        Some(Action::OpenArticle)
    );
    assert_eq!(
        map.action_for(enter, Mode::Normal, Pane::Panel),
        Some(Action::HighlightEntity)
    );
}

#[test]
fn the_prompt_takes_letters_as_text() {
    let map = Keymap::default();
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(q, Mode::Find, Pane::Reader),
        Some(Action::FindInput('q'))
    );
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(
        map.action_for(ctrl_c, Mode::Find, Pane::Reader),
        Some(Action::Quit)
    );
}

#[test]
fn keys_parse_from_their_names_and_labels() {
    let parse = |s: &str| KeyCombo::parse(s).expect(s);
    assert_eq!(parse("j"), KeyCombo::ch('j'));
    assert_eq!(parse("G"), KeyCombo::ch('G'));
    assert_eq!(parse("C-c").label(), "C-c");
    assert_eq!(parse("Space"), KeyCombo::ch(' '));
    assert_eq!(parse("pgdn"), parse("PageDown"));
    assert_eq!(parse("↓"), KeyCombo::plain(KeyCode::Down));
    assert_eq!(parse("S-Tab"), KeyCombo::plain(KeyCode::BackTab));
    assert_eq!(parse("F5"), KeyCombo::plain(KeyCode::F(5)));
    for bad in ["", "C-", "F13", "jj", "Hyper"] {
        assert!(KeyCombo::parse(bad).is_err(), "{bad:?} parsed");
    }
    // Every label the help shows reads back as the same key.
    for b in &Keymap::default().bindings {
        assert_eq!(parse(&b.key.label()), b.key);
    }
}

#[test]
fn rebinding_keeps_the_action_in_place() {
    let mut map = Keymap::default();
    let before: Vec<Action> = map.sections()[1].1.iter().map(|(a, _)| *a).collect();
    map.rebind(Context::List, Action::MoveDown, &[KeyCombo::ch('J')]);
    let after: Vec<Action> = map.sections()[1].1.iter().map(|(a, _)| *a).collect();
    assert_eq!(before, after);
    assert_eq!(map.keys_for(Action::MoveDown, Context::List), ["J"]);
    let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(map.action_for(j, Mode::Normal, Pane::List), None);
    map.rebind(Context::List, Action::MoveDown, &[]);
    assert!(map.keys_for(Action::MoveDown, Context::List).is_empty());
}

#[test]
fn a_key_bound_twice_in_a_context_is_a_conflict() {
    let mut map = Keymap::default();
    assert_eq!(map.conflict(), None);
    map.rebind(Context::List, Action::ToggleRead, &[KeyCombo::ch('j')]);
    let (first, second) = map.conflict().expect("a conflict");
    assert_eq!(
        (first.action, second.action),
        (Action::MoveDown, Action::ToggleRead)
    );
}

#[test]
fn slash_filters_in_the_list_and_finds_in_the_reader() {
    let map = Keymap::default();
    let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(slash, Mode::Normal, Pane::List),
        Some(Action::StartFilter)
    );
    assert_eq!(
        map.action_for(slash, Mode::Normal, Pane::Reader),
        Some(Action::StartFind)
    );
    let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(x, Mode::Filter, Pane::List),
        Some(Action::FindInput('x'))
    );
}

#[test]
fn map_and_timeline_keys_open_from_anywhere_and_move_inside() {
    let map = Keymap::default();
    let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(key('m'), Mode::Normal, Pane::List),
        Some(Action::ShowMap)
    );
    assert_eq!(
        map.action_for(key('t'), Mode::Normal, Pane::Panel),
        Some(Action::ShowTimeline)
    );
    assert_eq!(
        map.action_for(key('j'), Mode::Map, Pane::List),
        Some(Action::MoveDown)
    );
    assert_eq!(
        map.action_for(key('z'), Mode::Map, Pane::List),
        Some(Action::ToggleMapZoom)
    );
    assert_eq!(
        map.action_for(key('q'), Mode::Timeline, Pane::List),
        Some(Action::Cancel)
    );
    assert_eq!(map.action_for(key('z'), Mode::Timeline, Pane::List), None);
}

#[test]
fn reverse_lookup_lists_every_key() {
    let map = Keymap::default();
    assert_eq!(map.keys_for(Action::MoveDown, Context::List), ["j", "↓"]);
    assert_eq!(map.keys_for(Action::Quit, Context::Global), ["q", "C-c"]);
}
