//! Colours and text styles, in one place so panes look alike and a theme can be swapped.
//!
//! Only the 16 basic colours are used, so the reader looks right on any terminal.

use ratatui::style::{Color, Modifier, Style};

/// The styles every pane draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub selected: Style,
    /// The selection in a pane that does not have focus.
    pub selected_unfocused: Style,
    pub dim: Style,
    pub heading: Style,
    pub article_title: Style,
    pub caption: Style,
    pub unread: Style,
    pub highlight: Style,
    pub highlight_current: Style,
    pub status: Style,
    pub warning: Style,
    pub prompt: Style,
}

pub const THEME: Theme = Theme {
    border: Style::new().fg(Color::DarkGray),
    border_focused: Style::new().fg(Color::Cyan),
    title: Style::new().fg(Color::Gray),
    title_focused: Style::new()
        .fg(Color::Cyan)
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::REVERSED),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
    dim: Style::new().fg(Color::DarkGray),
    heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    article_title: Style::new().add_modifier(Modifier::BOLD),
    caption: Style::new().add_modifier(Modifier::ITALIC),
    unread: Style::new().fg(Color::Green),
    highlight: Style::new().fg(Color::Black).bg(Color::Yellow),
    highlight_current: Style::new()
        .fg(Color::Black)
        .bg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    status: Style::new().fg(Color::Gray),
    warning: Style::new()
        .fg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    prompt: Style::new().fg(Color::Yellow),
};
