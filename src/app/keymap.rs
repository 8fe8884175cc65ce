//! The key map: which key does what, depending on the mode and the focused pane.
//!
//! One table of [`Binding`]s answers both directions: key → [`Action`] for the event loop,
//! and action → keys for the help overlay and the status-bar hints, so what the screen
//! says a key does is always what it does.
//!
//! [`Keymap::default`] is the built-in table; the config file changes it with
//! [`Keymap::rebind`], and `config/default.toml` spells the same table out (a test checks
//! that the two agree).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::action::Action;
use super::state::{Mode, Pane};

mod defaults;
mod key;
#[cfg(test)]
mod tests;

pub use key::KeyCombo;

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
