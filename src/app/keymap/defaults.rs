//! The built-in key bindings: [`Keymap::default`], the table `config/default.toml` spells
//! out.

use ratatui::crossterm::event::KeyCode;

use super::{Context, KeyCombo, Keymap};
use crate::app::action::Action;

/// The movement keys shared by the list, the panel and the overlays.
const MOVEMENT: [(KeyCombo, Action); 10] = [
    (KeyCombo::ch('j'), Action::MoveDown),
    (KeyCombo::plain(KeyCode::Down), Action::MoveDown),
    (KeyCombo::ch('k'), Action::MoveUp),
    (KeyCombo::plain(KeyCode::Up), Action::MoveUp),
    (KeyCombo::plain(KeyCode::PageDown), Action::PageDown),
    (KeyCombo::plain(KeyCode::PageUp), Action::PageUp),
    (KeyCombo::ch('g'), Action::Top),
    (KeyCombo::plain(KeyCode::Home), Action::Top),
    (KeyCombo::ch('G'), Action::Bottom),
    (KeyCombo::plain(KeyCode::End), Action::Bottom),
];

/// The keys that open the map and the timeline, and switch between them once open.
const VIEWS: [(KeyCombo, Action); 3] = [
    (KeyCombo::ch('m'), Action::ShowMap),
    (KeyCombo::ch('M'), Action::ShowListMap),
    (KeyCombo::ch('t'), Action::ShowTimeline),
];

/// What closes the map and the timeline, or opens the article at the highlight.
const VIEW_CONTROLS: [(KeyCombo, Action); 3] = [
    (KeyCombo::plain(KeyCode::Enter), Action::HighlightEntity),
    (KeyCombo::plain(KeyCode::Esc), Action::Cancel),
    (KeyCombo::ch('q'), Action::Cancel),
];

const GLOBAL: [(KeyCombo, Action); 18] = [
    (KeyCombo::ch('q'), Action::Quit),
    (
        KeyCombo {
            code: KeyCode::Char('c'),
            ctrl: true,
        },
        Action::Quit,
    ),
    (KeyCombo::plain(KeyCode::Tab), Action::FocusNext),
    (KeyCombo::ch('l'), Action::FocusNext),
    (KeyCombo::plain(KeyCode::Right), Action::FocusNext),
    (KeyCombo::plain(KeyCode::BackTab), Action::FocusPrev),
    (KeyCombo::ch('h'), Action::FocusPrev),
    (KeyCombo::plain(KeyCode::Left), Action::FocusPrev),
    (KeyCombo::ch(']'), Action::NextArticle),
    (KeyCombo::ch('['), Action::PrevArticle),
    (KeyCombo::ch('/'), Action::StartFind),
    (KeyCombo::ch('n'), Action::NextMatch),
    (KeyCombo::ch('N'), Action::PrevMatch),
    (KeyCombo::plain(KeyCode::Esc), Action::Cancel),
    (KeyCombo::ch('?'), Action::ToggleHelp),
    (KeyCombo::ch('!'), Action::ToggleLoadReport),
    (KeyCombo::ch('u'), Action::ToggleRead),
    (KeyCombo::ch('*'), Action::ToggleStar),
];

/// Keys that reach outside dateline: files, the opener, the pager, the clipboard.
const OUTSIDE: [(KeyCombo, Action); 4] = [
    (KeyCombo::ch('w'), Action::ExportMarkdown),
    (KeyCombo::ch('o'), Action::OpenExternal),
    (KeyCombo::ch('e'), Action::ViewFile),
    (KeyCombo::ch('y'), Action::CopyLink),
];

const PROMPT: [(KeyCombo, Action); 3] = [
    (KeyCombo::plain(KeyCode::Enter), Action::FindConfirm),
    (KeyCombo::plain(KeyCode::Backspace), Action::FindBackspace),
    (KeyCombo::plain(KeyCode::Esc), Action::Cancel),
];

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap {
            bindings: Vec::new(),
        };
        map.bind_all(Context::Global, &GLOBAL);
        map.bind_all(Context::Global, &OUTSIDE);
        map.bind_all(Context::List, &MOVEMENT);
        map.bind(
            Context::List,
            KeyCombo::plain(KeyCode::Enter),
            Action::OpenArticle,
        );
        map.bind_all(Context::Reader, &MOVEMENT);
        map.bind(Context::Reader, KeyCombo::ch(' '), Action::PageDown);
        map.bind(Context::Reader, KeyCombo::ch('}'), Action::NextParagraph);
        map.bind(Context::Reader, KeyCombo::ch('{'), Action::PrevParagraph);
        map.bind_all(Context::Panel, &MOVEMENT);
        map.bind(
            Context::Panel,
            KeyCombo::plain(KeyCode::Enter),
            Action::HighlightEntity,
        );
        map.bind_all(Context::Overlay, &MOVEMENT[..4]);
        map.bind(
            Context::Overlay,
            KeyCombo::plain(KeyCode::Esc),
            Action::Cancel,
        );
        map.bind(Context::Overlay, KeyCombo::ch('q'), Action::Cancel);
        map.bind(Context::Overlay, KeyCombo::ch('?'), Action::ToggleHelp);
        map.bind(
            Context::Overlay,
            KeyCombo::ch('!'),
            Action::ToggleLoadReport,
        );
        map.bind_all(Context::Prompt, &PROMPT);
        map.bind_all(Context::Global, &VIEWS);
        map.bind_finding_keys();
        map.bind_all(Context::Map, &MOVEMENT);
        map.bind_all(Context::Map, &VIEW_CONTROLS);
        map.bind(Context::Map, KeyCombo::ch('z'), Action::ToggleMapZoom);
        map.bind_all(Context::Map, &VIEWS);
        map.bind_all(Context::Timeline, &MOVEMENT);
        map.bind_all(Context::Timeline, &VIEW_CONTROLS);
        map.bind_all(Context::Timeline, &VIEWS);
        map
    }
}

/// The keys of the entities view besides movement.
const ENTITIES: [(KeyCombo, Action); 10] = [
    (KeyCombo::plain(KeyCode::Enter), Action::FilterByEntity),
    (KeyCombo::plain(KeyCode::Tab), Action::NextColumn),
    (KeyCombo::ch('l'), Action::NextColumn),
    (KeyCombo::plain(KeyCode::Right), Action::NextColumn),
    (KeyCombo::plain(KeyCode::BackTab), Action::PrevColumn),
    (KeyCombo::ch('h'), Action::PrevColumn),
    (KeyCombo::plain(KeyCode::Left), Action::PrevColumn),
    (KeyCombo::plain(KeyCode::Esc), Action::Cancel),
    (KeyCombo::ch('q'), Action::Cancel),
    (KeyCombo::ch('E'), Action::ToggleEntities),
];

impl Keymap {
    /// Filtering and sorting the list, filtering by an entity, the entities view.
    fn bind_finding_keys(&mut self) {
        self.bind(Context::List, KeyCombo::ch('/'), Action::StartFilter);
        self.bind(Context::List, KeyCombo::ch('S'), Action::CycleSort);
        self.bind(Context::List, KeyCombo::ch('O'), Action::FlipSort);
        self.bind(Context::Panel, KeyCombo::ch('f'), Action::FilterByEntity);
        self.bind(Context::Global, KeyCombo::ch('E'), Action::ToggleEntities);
        self.bind_all(Context::Entities, &MOVEMENT);
        self.bind_all(Context::Entities, &ENTITIES);
    }
}
