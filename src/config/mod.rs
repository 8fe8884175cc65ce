//! The config file: key bindings per context, the theme, the default articles folder and
//! what the list shows.
//!
//! It is TOML, read from `--config PATH` or `$XDG_CONFIG_HOME/dateline/config.toml`. A file
//! holds only what differs from the built-in [`Config::default`]; `config/default.toml`
//! (embedded as [`DEFAULT_TOML`], printed by `dateline config --default`) spells every
//! default out. Unknown names are errors that give the line; `NO_COLOR` drops colours.

mod file;

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::keymap::{Binding, Context, Keymap};
use crate::ui::theme::Theme;
use crate::xdg::{self, Env};
use file::{ConfigFile, KeysSection, Named};

/// The default config, as shipped.
pub const DEFAULT_TOML: &str = include_str!("../../config/default.toml");

/// One detail the list can show on an article's second row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListDetail {
    /// The publication date.
    Date,
    /// The publisher or agency.
    Source,
    /// The byline.
    Author,
    /// The last two parts of the file's path.
    Path,
    /// The file format (txt, md, json, jsonl).
    Format,
    /// The tags, comma-separated.
    Tags,
}

impl ListDetail {
    /// What the list shows unless configured otherwise.
    pub const DEFAULT: [ListDetail; 2] = [ListDetail::Date, ListDetail::Source];
}

/// Everything the config decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Opened when no path is given on the command line.
    pub articles: PathBuf,
    pub list_details: Vec<ListDetail>,
    pub theme: Theme,
    pub keymap: Keymap,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            articles: PathBuf::from("articles"),
            list_details: ListDetail::DEFAULT.to_vec(),
            theme: Theme::default(),
            keymap: Keymap::default(),
        }
    }
}

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// toml's message gives the line and column and shows the line.
    #[error("config {}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
}

/// A key bound to two actions in one context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict(Binding, Binding);

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Conflict(first, second) = self;
        write!(
            f,
            "in [keys.{}], `{}` is bound to both {} and {}; bind it to one of them",
            first.context.config_name(),
            first.key.label(),
            action_name(first.action),
            action_name(second.action)
        )
    }
}

/// An action's name in the config file.
fn action_name(action: crate::app::action::Action) -> String {
    serde_json::to_value(action)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{action:?}"))
}

impl Config {
    /// The defaults with `text` (a config file's contents) applied over them.
    ///
    /// # Errors
    /// The TOML error (with line and column) for bad syntax, an unknown name or a wrong
    /// value; or a key bound twice in one context.
    pub fn parse(text: &str) -> Result<Self, String> {
        Self::default().overlaid(text)
    }

    /// This config with `text` applied over it.
    fn overlaid(mut self, text: &str) -> Result<Self, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|err| err.to_string())?;
        if let Some(articles) = file.articles {
            self.articles = articles;
        }
        if let Some(details) = file.list.and_then(|l| l.details) {
            self.list_details = details;
        }
        if let Some(Named(styles)) = file.theme {
            for (name, spec) in styles {
                if let Some(slot) = self.theme.slot_mut(name) {
                    *slot = spec.style();
                }
            }
        }
        if let Some(keys) = file.keys {
            apply_keys(&mut self.keymap, keys);
        }
        match self.keymap.conflict() {
            Some((first, second)) => Err(Conflict(first, second).to_string()),
            None => Ok(self),
        }
    }

    /// Reads the config file at `path` over the defaults.
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid config.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text).map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })
    }

    /// The config for this run: `explicit` (from `--config`) if given, which must exist;
    /// else the user's file if there is one; else the defaults. Then the environment:
    /// `NO_COLOR` turns colours off, and `~/` in the articles folder means `$HOME`.
    ///
    /// # Errors
    /// When the chosen file cannot be read or is not a valid config.
    pub fn for_run(explicit: Option<&Path>, env: Env) -> Result<Self, ConfigError> {
        let path = match explicit {
            Some(path) => Some(path.to_path_buf()),
            None => user_config_path(env).filter(|p| p.exists()),
        };
        let config = match path {
            Some(path) => Self::load(&path)?,
            None => Self::default(),
        };
        Ok(config.with_env(env))
    }

    /// Applies `NO_COLOR` and expands `~/` in the articles folder.
    #[must_use]
    pub fn with_env(mut self, env: Env) -> Self {
        if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            self.theme = self.theme.without_colour();
        }
        if let (Ok(rest), Some(home)) = (self.articles.strip_prefix("~"), env("HOME")) {
            self.articles = PathBuf::from(home).join(rest);
        }
        self
    }
}

/// Where the user's config file is looked for.
#[must_use]
pub fn user_config_path(env: Env) -> Option<PathBuf> {
    xdg::config_home(env).map(|dir| dir.join("dateline").join("config.toml"))
}

fn apply_keys(keymap: &mut Keymap, keys: KeysSection) {
    let tables = [
        (Context::Global, keys.global),
        (Context::List, keys.list),
        (Context::Reader, keys.reader),
        (Context::Panel, keys.panel),
        (Context::Overlay, keys.overlay),
        (Context::Prompt, keys.prompt),
        (Context::Entities, keys.entities),
        (Context::Map, keys.map),
        (Context::Timeline, keys.timeline),
    ];
    for (context, table) in tables {
        for (action, keys) in table.map(|Named(t)| t).unwrap_or_default() {
            keymap.rebind(context, action, &keys.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    #[test]
    fn the_shipped_default_spells_out_every_built_in_default() {
        // Applied over a blank base, so a setting the file leaves out shows as a difference.
        let blank = Config {
            articles: PathBuf::new(),
            list_details: Vec::new(),
            theme: Theme::plain(),
            keymap: Keymap::empty(),
        };
        let parsed = blank.overlaid(DEFAULT_TOML).expect("default.toml parses");
        assert_eq!(parsed, Config::default());
    }

    #[test]
    fn no_color_keeps_the_selection_visible() {
        let env = |name: &str| (name == "NO_COLOR").then(|| OsString::from("1"));
        let config = Config::default().with_env(&env);
        assert_eq!(config.theme, Theme::default().without_colour());
        let empty = |name: &str| (name == "NO_COLOR").then(OsString::new);
        assert_eq!(Config::default().with_env(&empty).theme, Theme::default());
    }
}
