//! The config file's shape, as serde reads it. Every field is optional: a user's file says
//! only what differs from the built-in defaults, and anything not named here is an error
//! that points at its line.

use std::fmt;
use std::marker::PhantomData;
use std::path::PathBuf;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};

use super::ListDetail;
use crate::app::action::Action;
use crate::app::keymap::KeyCombo;
use crate::ui::theme::Theme;

/// A whole config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub articles: Option<PathBuf>,
    pub list: Option<ListSection>,
    pub theme: Option<Named<StyleSpec>>,
    pub keys: Option<KeysSection>,
}

/// `[list]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListSection {
    pub details: Option<Vec<ListDetail>>,
}

/// `[keys.*]`: one table of bindings per context.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeysSection {
    pub global: Option<Named<KeyList>>,
    pub list: Option<Named<KeyList>>,
    pub reader: Option<Named<KeyList>>,
    pub panel: Option<Named<KeyList>>,
    pub overlay: Option<Named<KeyList>>,
    pub prompt: Option<Named<KeyList>>,
    pub entities: Option<Named<KeyList>>,
    pub map: Option<Named<KeyList>>,
    pub timeline: Option<Named<KeyList>>,
}

/// A table whose keys are names checked by `N` (actions, style names), kept in file order
/// so the help lists actions in the order the file gives them.
#[derive(Debug)]
pub struct Named<T: NamedValue>(pub Vec<(T::Name, T)>);

/// A value in a [`Named`] table, and how its names are read.
pub trait NamedValue: Sized {
    type Name;
    /// The name for `text`, or a message saying what names exist.
    fn name(text: &str) -> Result<Self::Name, String>;
}

impl<'de, T: NamedValue + Deserialize<'de>> Deserialize<'de> for Named<T> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamedVisitor<T>(PhantomData<T>);
        impl<'de, T: NamedValue + Deserialize<'de>> Visitor<'de> for NamedVisitor<T> {
            type Value = Named<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Named<T>, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    match T::name(&key) {
                        Ok(name) => entries.push((name, map.next_value()?)),
                        // Raised while reading the value, so toml points at its line
                        // rather than at the table's header.
                        Err(message) => match map.next_value_seed(Reject(message))? {},
                    }
                }
                Ok(Named(entries))
            }
        }
        deserializer.deserialize_map(NamedVisitor(PhantomData))
    }
}

/// A value that is refused with `0` as the reason.
struct Reject(String);

impl<'de> de::DeserializeSeed<'de> for Reject {
    type Value = std::convert::Infallible;
    fn deserialize<D: de::Deserializer<'de>>(self, _: D) -> Result<Self::Value, D::Error> {
        Err(de::Error::custom(self.0))
    }
}

/// The keys bound to one action.
#[derive(Debug)]
pub struct KeyList(pub Vec<KeyCombo>);

impl NamedValue for KeyList {
    type Name = Action;
    fn name(text: &str) -> Result<Action, String> {
        let unknown = || {
            format!(
                "unknown action `{text}`; the actions are listed in `dateline config --default`"
            )
        };
        let action = Action::deserialize(de::value::StrDeserializer::<de::value::Error>::new(text))
            .map_err(|_| unknown())?;
        // The crash drill's panic key is only for the terminal-restore test.
        if action == Action::DebugPanic {
            return Err(unknown());
        }
        // Only actions without data can be bound (not `find_input`, `click`, ...); those
        // are the ones that read back from their bare name.
        Ok(action)
    }
}

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let texts = Vec::<String>::deserialize(deserializer)?;
        texts
            .iter()
            .map(|text| KeyCombo::parse(text).map_err(de::Error::custom))
            .collect::<Result<_, _>>()
            .map(KeyList)
    }
}

/// One style: `{ fg = "black", bg = "cyan", modifiers = ["bold"] }`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleSpec {
    fg: Option<ColorName>,
    bg: Option<ColorName>,
    #[serde(default)]
    modifiers: Vec<ModifierName>,
}

impl NamedValue for StyleSpec {
    type Name = &'static str;
    fn name(text: &str) -> Result<&'static str, String> {
        Theme::SLOTS
            .into_iter()
            .find(|slot| *slot == text)
            .ok_or_else(|| {
                format!(
                    "unknown style `{text}`; the styles are {}",
                    Theme::SLOTS.join(", ")
                )
            })
    }
}

impl StyleSpec {
    /// The style this spec describes.
    #[must_use]
    pub fn style(&self) -> Style {
        let mut style = Style::new();
        if let Some(ColorName(fg)) = self.fg {
            style = style.fg(fg);
        }
        if let Some(ColorName(bg)) = self.bg {
            style = style.bg(bg);
        }
        for modifier in &self.modifiers {
            style = style.add_modifier(modifier.modifier());
        }
        style
    }
}

/// A colour: a name (`cyan`, `dark_gray`, `light_red`), an index (`208`) or `#rrggbb`.
#[derive(Debug, Clone, Copy)]
struct ColorName(Color);

impl<'de> Deserialize<'de> for ColorName {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map(ColorName).map_err(|_| {
            de::Error::custom(format!(
                "unknown colour `{text}`: use a name (black, red, green, yellow, blue, magenta, \
                 cyan, gray, dark_gray, light_red, ..., white), 0-255, or #rrggbb"
            ))
        })
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ModifierName {
    Bold,
    Dim,
    Italic,
    Underlined,
    SlowBlink,
    RapidBlink,
    Reversed,
    Hidden,
    CrossedOut,
}

impl ModifierName {
    fn modifier(self) -> Modifier {
        match self {
            ModifierName::Bold => Modifier::BOLD,
            ModifierName::Dim => Modifier::DIM,
            ModifierName::Italic => Modifier::ITALIC,
            ModifierName::Underlined => Modifier::UNDERLINED,
            ModifierName::SlowBlink => Modifier::SLOW_BLINK,
            ModifierName::RapidBlink => Modifier::RAPID_BLINK,
            ModifierName::Reversed => Modifier::REVERSED,
            ModifierName::Hidden => Modifier::HIDDEN,
            ModifierName::CrossedOut => Modifier::CROSSED_OUT,
        }
    }
}
