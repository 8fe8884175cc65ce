//! The key map: which key does what, depending on the mode and the focused pane.
//!
//! One table of [`Binding`]s answers both directions: key → [`Action`] for the event loop,
//! and action → keys for the help overlay and the status-bar hints, so what the screen
//! says a key does is always what it does.
//!
//! [`Keymap::default`] is the built-in table; the config file changes it with
//! [`Keymap::rebind`], and `config/default.toml` spells the same table out (a test checks
//! that the two agree).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::state::{Mode, Pane};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// In every pane (while no overlay or prompt is open).
    Global,
    List,
    Reader,
    Panel,
    /// While the help or load-report overlay is open.
    Overlay,
    /// While the map is shown.
    Map,
    /// While the timeline is shown.
    Timeline,
    /// While typing in the find prompt (every other printable key is text).
    Prompt,
    /// While the entities view is open.
    Entities,
}

impl Context {
    /// The heading of this context in the help overlay.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::List => "Article list",
            Context::Reader => "Reader",
            Context::Panel => "Side panel",
            Context::Overlay => "Help and load report",
            Context::Map => "Map",
            Context::Timeline => "Timeline",
            Context::Prompt => "Find prompt (other keys type text)",
            Context::Entities => "Entities view",
        }
    }

    /// Every context, in the order the help shows them.
    pub const ALL: [Context; 9] = [
        Context::Global,
        Context::List,
        Context::Reader,
        Context::Panel,
        Context::Overlay,
        Context::Map,
        Context::Timeline,
        Context::Prompt,
        Context::Entities,
    ];

    /// The context's table name in the config file (`[keys.list]`).
    #[must_use]
    pub fn config_name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Reader => "reader",
            Context::Panel => "panel",
            Context::Overlay => "overlay",
            Context::Prompt => "prompt",
            Context::Entities => "entities",
            Context::Map => "map",
            Context::Timeline => "timeline",
        }
    }

    fn of_pane(pane: Pane) -> Self {
        match pane {
            Pane::List => Context::List,
            Pane::Reader => Context::Reader,
            Pane::Panel => Context::Panel,
        }
    }
}

/// A key with its modifiers, normalised so that `G` is `Char('G')` without Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCombo {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl KeyCombo {
    const fn plain(code: KeyCode) -> Self {
        Self { code, ctrl: false }
    }

    const fn ch(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// Reads a key as written in the config file: a single character (`j`, `G`, `?`), a
    /// name (`Enter`, `Esc`, `Tab`, `S-Tab`, `Backspace`, `Space`, `Up`, `Down`, `Left`,
    /// `Right`, `PgUp`, `PgDn`, `Home`, `End`, `Insert`, `Delete`, `F1`..`F12`, or the
    /// arrows as shown in the help), optionally after `C-` for Control.
    ///
    /// # Errors
    /// A message naming the key and the forms that are accepted.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (ctrl, name) = match text.strip_prefix("C-") {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, text),
        };
        let code = named_key(name)
            .or_else(|| single_char(name).map(KeyCode::Char))
            .ok_or_else(|| {
                format!(
                    "unknown key `{text}`: write one character, C-x for Control, or a name \
                     (Enter, Esc, Tab, S-Tab, Backspace, Space, Up, Down, Left, Right, PgUp, \
                     PgDn, Home, End, Insert, Delete, F1..F12)"
                )
            })?;
        Ok(Self { code, ctrl })
    }

    fn from_event(event: KeyEvent) -> Self {
        Self {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the key is written on screen.
    #[must_use]
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::BackTab => "S-Tab".to_string(),
            other => other.to_string(),
        };
        if self.ctrl { format!("C-{name}") } else { name }
    }
}

fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let first = chars.next()?;
    chars.next().is_none().then_some(first)
}

/// The key a name stands for (case-insensitive), including the labels the help shows.
fn named_key(name: &str) -> Option<KeyCode> {
    let code = match name.to_ascii_lowercase().as_str() {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "s-tab" | "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "up" | "↑" => KeyCode::Up,
        "down" | "↓" => KeyCode::Down,
        "left" | "←" => KeyCode::Left,
        "right" | "→" => KeyCode::Right,
        other => {
            let n: u8 = other.strip_prefix('f')?.parse().ok()?;
            return (1..=12).contains(&n).then_some(KeyCode::F(n));
        }
    };
    Some(code)
}

/// One key binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub key: KeyCombo,
    pub context: Context,
    pub action: Action,
}

/// One context's part of the help: each action with the keys bound to it.
pub type HelpSection = (Context, Vec<(Action, Vec<String>)>);

/// All key bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

/// Two key maps are equal when every context has the same actions in the same order with
/// the same keys: what the help shows and what every key does.
impl PartialEq for Keymap {
    fn eq(&self, other: &Self) -> bool {
        self.sections() == other.sections()
    }
}

impl Eq for Keymap {}

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
    /// A key map without any binding (Ctrl-C still quits: that is not a binding).
    #[must_use]
    pub fn empty() -> Self {
        Self {
            bindings: Vec::new(),
        }
    }

    /// Binds `action` in `context` to exactly `keys` (none: unbound). The action keeps its
    /// place in the help; a newly bound one goes last in its context.
    pub fn rebind(&mut self, context: Context, action: Action, keys: &[KeyCombo]) {
        let is_it = |b: &Binding| b.context == context && b.action == action;
        let at = self
            .bindings
            .iter()
            .position(is_it)
            .unwrap_or(self.bindings.len());
        self.bindings.retain(|b| !is_it(b));
        let new = keys.iter().map(|&key| Binding {
            key,
            context,
            action,
        });
        self.bindings.splice(at..at, new);
    }

    /// A key bound to two different actions in one context, if there is one: the first
    /// binding would silently hide the second.
    #[must_use]
    pub fn conflict(&self) -> Option<(Binding, Binding)> {
        self.bindings.iter().enumerate().find_map(|(i, first)| {
            self.bindings[i + 1..]
                .iter()
                .find(|b| {
                    b.context == first.context && b.key == first.key && b.action != first.action
                })
                .map(|second| (*first, *second))
        })
    }

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

    fn bind(&mut self, context: Context, key: KeyCombo, action: Action) {
        self.bindings.push(Binding {
            key,
            context,
            action,
        });
    }

    fn bind_all(&mut self, context: Context, pairs: &[(KeyCombo, Action)]) {
        for &(key, action) in pairs {
            self.bind(context, key, action);
        }
    }

    fn find(&self, context: Context, key: KeyCombo) -> Option<Action> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.key == key)
            .map(|b| b.action)
    }

    /// The action a key press asks for in the given mode with the given pane focused.
    #[must_use]
    pub fn action_for(&self, event: KeyEvent, mode: Mode, focus: Pane) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let key = KeyCombo::from_event(event);
        let ctrl_c = key.ctrl && key.code == KeyCode::Char('c');
        match mode {
            _ if ctrl_c => Some(Action::Quit),
            Mode::Find | Mode::Filter => self.find(Context::Prompt, key).or(match key.code {
                KeyCode::Char(c) if !key.ctrl => Some(Action::FindInput(c)),
                _ => None,
            }),
            Mode::Help | Mode::LoadReport => self.find(Context::Overlay, key),
            Mode::Entities => self.find(Context::Entities, key),
            Mode::Map => self.find(Context::Map, key),
            Mode::Timeline => self.find(Context::Timeline, key),
            Mode::Normal => self
                .find(Context::of_pane(focus), key)
                .or_else(|| self.find(Context::Global, key)),
        }
    }

    /// The keys bound to `action` in `context`, as shown on screen (e.g. `["j", "↓"]`).
    #[must_use]
    pub fn keys_for(&self, action: Action, context: Context) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|b| b.context == context && b.action == action)
            .map(|b| b.key.label())
            .collect()
    }

    /// Every context with its actions (in binding order) and their keys: the help text.
    #[must_use]
    pub fn sections(&self) -> Vec<HelpSection> {
        Context::ALL
            .into_iter()
            .map(|context| {
                let mut actions: Vec<Action> = Vec::new();
                for b in self.bindings.iter().filter(|b| b.context == context) {
                    if !actions.contains(&b.action) {
                        actions.push(b.action);
                    }
                }
                let rows = actions
                    .into_iter()
                    .map(|a| (a, self.keys_for(a, context)))
                    .collect();
                (context, rows)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
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
}
