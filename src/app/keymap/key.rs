//! Keys as the config file writes them and the screen shows them: [`KeyCombo::parse`] reads
//! `j`, `C-c` or `PgDn`, and [`KeyCombo::label`] writes a key back the same way.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers, normalised so that `G` is `Char('G')` without Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCombo {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl KeyCombo {
    pub(super) const fn plain(code: KeyCode) -> Self {
        Self { code, ctrl: false }
    }

    pub(super) const fn ch(c: char) -> Self {
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

    pub(super) fn from_event(event: KeyEvent) -> Self {
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
