//! Colours and text styles, in one place so panes look alike and a theme can be swapped.
//!
//! The built-in [`THEME`] uses only the 16 basic colours, so the reader looks right on any
//! terminal. The config file can change any style by its name ([`Theme::SLOTS`]), and
//! `NO_COLOR` takes the colours out ([`Theme::without_colour`]) while keeping selections
//! visible. Panes and overlays draw from the `Theme` in the app state; the map's canvas
//! takes colours, not styles, so its land uses `dim`'s colour and its rings `heading`'s.

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
    /// The star in front of a starred article's title.
    pub starred: Style,
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
    starred: Style::new().fg(Color::Yellow),
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

impl Default for Theme {
    fn default() -> Self {
        THEME
    }
}

impl Theme {
    /// The config-file name of every style, in declaration order.
    pub const SLOTS: [&'static str; 17] = [
        "border",
        "border_focused",
        "title",
        "title_focused",
        "selected",
        "selected_unfocused",
        "dim",
        "heading",
        "article_title",
        "caption",
        "unread",
        "starred",
        "highlight",
        "highlight_current",
        "status",
        "warning",
        "prompt",
    ];

    /// A theme where every style is plain (the base the default config file is applied to
    /// when checking that it spells out the whole built-in theme).
    #[must_use]
    pub fn plain() -> Self {
        let plain = Style::new();
        Self {
            border: plain,
            border_focused: plain,
            title: plain,
            title_focused: plain,
            selected: plain,
            selected_unfocused: plain,
            dim: plain,
            heading: plain,
            article_title: plain,
            caption: plain,
            unread: plain,
            starred: plain,
            highlight: plain,
            highlight_current: plain,
            status: plain,
            warning: plain,
            prompt: plain,
        }
    }

    /// The style called `name` in the config file.
    pub fn slot_mut(&mut self, name: &str) -> Option<&mut Style> {
        let style = match name {
            "border" => &mut self.border,
            "border_focused" => &mut self.border_focused,
            "title" => &mut self.title,
            "title_focused" => &mut self.title_focused,
            "selected" => &mut self.selected,
            "selected_unfocused" => &mut self.selected_unfocused,
            "dim" => &mut self.dim,
            "heading" => &mut self.heading,
            "article_title" => &mut self.article_title,
            "caption" => &mut self.caption,
            "unread" => &mut self.unread,
            "starred" => &mut self.starred,
            "highlight" => &mut self.highlight,
            "highlight_current" => &mut self.highlight_current,
            "status" => &mut self.status,
            "warning" => &mut self.warning,
            "prompt" => &mut self.prompt,
            _ => return None,
        };
        Some(style)
    }

    /// The theme without colours, for `NO_COLOR`. Bold, italic and the like stay; a style
    /// that had a background colour (a selection, a highlight) is drawn in reverse video
    /// instead, so what it marked stays visible.
    #[must_use]
    pub fn without_colour(mut self) -> Self {
        for name in Self::SLOTS {
            if let Some(style) = self.slot_mut(name) {
                *style = uncoloured(*style);
            }
        }
        self
    }
}

fn uncoloured(style: Style) -> Style {
    let reversed = if style.bg.is_some() {
        style.add_modifier | Modifier::REVERSED
    } else {
        style.add_modifier
    };
    Style {
        fg: None,
        bg: None,
        add_modifier: reversed,
        ..style
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_has_a_name() {
        let mut theme = Theme::plain();
        for (i, name) in Theme::SLOTS.iter().enumerate() {
            let style = theme.slot_mut(name).expect("named slot");
            *style = Style::new().fg(Color::Indexed(u8::try_from(i).expect("small")));
        }
        // Every field was reached once: no two names share a field.
        let distinct: std::collections::HashSet<_> = Theme::SLOTS
            .iter()
            .map(|name| format!("{:?}", theme.slot_mut(name).map(|s| s.fg)))
            .collect();
        assert_eq!(distinct.len(), Theme::SLOTS.len());
        assert_eq!(theme.slot_mut("nope"), None);
    }

    #[test]
    fn no_colour_keeps_selections_visible() {
        let plain = THEME.without_colour();
        assert_eq!(plain.selected.fg, None);
        assert_eq!(plain.selected.bg, None);
        assert!(plain.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(plain.selected.add_modifier.contains(Modifier::BOLD));
        assert!(plain.highlight.add_modifier.contains(Modifier::REVERSED));
        assert!(
            plain
                .title_focused
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        assert_eq!(plain.border, Style::new());
        for name in Theme::SLOTS {
            let mut plain = plain;
            let style = plain.slot_mut(name).expect("slot");
            assert_eq!((style.fg, style.bg), (None, None), "{name}");
        }
    }
}
