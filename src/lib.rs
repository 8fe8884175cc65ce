//! dateline: a terminal news reader that shows the places, dates and quoted sources in
//! every article.
//!
//! Data moves one way: **files → [`article`] → [`extract`] → [`app`] state → [`ui`]**.
//!
//! - [`article`] reads article files (plain text, Markdown, JSON, JSON Lines, RSS and Atom
//!   feeds, saved web pages) into [`article::Article`]s and reports every file it could not
//!   use. It only ever reads.
//! - [`extract`] is a pure library: text (and an optional publication date) in, places,
//!   dates and quotes with UTF-8 byte spans out. It knows nothing of terminals.
//! - [`index`] keeps every article's entities in compact form, filled in the background,
//!   for the panel and for questions across articles.
//! - [`query`] parses the list filter's query language and decides which articles a
//!   query keeps.
//! - [`app`] owns the interactive state, the key map and the pure `update` function.
//! - [`ui`] renders that state with ratatui and never changes it.
//! - [`cli`] defines the command line and holds the non-interactive subcommands
//!   (`extract`, `check`, `list`, `places`, `config`, `completions`, `man`); [`export`]
//!   writes the
//!   article list, the places and single articles in formats for other programs.
//! - [`store`] saves what was read, starred and where reading stopped, atomically.
//! - [`config`] reads the TOML config file: key bindings, theme, default folder, list
//!   columns; [`xdg`] says where it and the saved state live.

pub mod app;
pub mod article;
pub mod cli;
pub mod config;
pub mod export;
pub mod extract;
pub mod index;
pub mod query;
pub mod store;
pub mod ui;
pub mod xdg;
