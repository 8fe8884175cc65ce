//! The status bar (bottom line): position in the list, what the keys go to (the focused
//! pane, or the map, timeline, entities view or overlay that is open) and the keys that
//! matter there (looked up in the key map), a notice, and the load-problem warning. While
//! finding or filtering, the same line is the prompt.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::sanitize::display_width;
use super::{fit, safe_span};
use crate::app::action::Action;
use crate::app::keymap::{Context, Keymap};
use crate::app::map::MapScope;
use crate::app::state::{AppState, Mode, Pane};

/// The status bar of an [`AppState`].
pub struct StatusBar<'a> {
    state: &'a AppState,
}

/// A group of actions shown as "keys description".
type Hint = (&'static [Action], &'static str);

const LIST_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::OpenArticle], "open"),
    (&[Action::StartFilter], "filter"),
    (&[Action::CycleSort, Action::FlipSort], "sort"),
    (&[Action::FocusNext], "next pane"),
    (&[Action::ToggleHelp], "help"),
    (&[Action::Quit], "quit"),
];

const READER_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "scroll"),
    (&[Action::PageDown], "page"),
    (&[Action::NextParagraph, Action::PrevParagraph], "paragraph"),
    (&[Action::StartFind], "find"),
    (&[Action::NextMatch, Action::PrevMatch], "match"),
    (&[Action::NextArticle, Action::PrevArticle], "article"),
    (&[Action::ToggleHelp], "help"),
];

const PANEL_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::HighlightEntity], "highlight"),
    (&[Action::FilterByEntity], "filter"),
    (&[Action::NextMatch, Action::PrevMatch], "match"),
    (&[Action::ToggleHelp], "help"),
];

const ARTICLE_MAP_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::HighlightEntity], "show in article"),
    (&[Action::Cancel], "close"),
    (&[Action::ToggleMapZoom], "zoom"),
    (&[Action::ShowListMap], "list's map"),
    (&[Action::ShowTimeline], "timeline"),
];

const LIST_MAP_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::HighlightEntity], "list its articles"),
    (&[Action::Cancel], "close"),
    (&[Action::ToggleMapZoom], "zoom"),
    (&[Action::ShowMap], "article's map"),
];

const TIMELINE_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::HighlightEntity], "show in article"),
    (&[Action::ShowMap], "map"),
    (&[Action::Cancel], "close"),
];

const ENTITIES_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "move"),
    (&[Action::FilterByEntity], "list its articles"),
    (&[Action::NextColumn, Action::PrevColumn], "column"),
    (&[Action::Cancel], "close"),
];

const OVERLAY_HINTS: &[Hint] = &[
    (&[Action::MoveDown, Action::MoveUp], "scroll"),
    (&[Action::Cancel], "close"),
];

/// What the keys go to now, as the status bar names it, the key map context they are
/// looked up in, and the hints to show for it.
fn hint_target(state: &AppState) -> (&'static str, Context, &'static [Hint]) {
    let list_map = state
        .map
        .as_ref()
        .is_some_and(|map| map.scope == MapScope::List);
    match state.mode {
        Mode::Map if list_map => ("List map", Context::Map, LIST_MAP_HINTS),
        Mode::Map => ("Map", Context::Map, ARTICLE_MAP_HINTS),
        Mode::Timeline => ("Timeline", Context::Timeline, TIMELINE_HINTS),
        Mode::Entities => ("Entities view", Context::Entities, ENTITIES_HINTS),
        Mode::Help => ("Help", Context::Overlay, OVERLAY_HINTS),
        Mode::LoadReport => ("Load report", Context::Overlay, OVERLAY_HINTS),
        Mode::Normal | Mode::Find | Mode::Filter => {
            let pane = state.focus;
            let (context, hints) = match pane {
                Pane::List => (Context::List, LIST_HINTS),
                Pane::Reader => (Context::Reader, READER_HINTS),
                Pane::Panel => (Context::Panel, PANEL_HINTS),
            };
            (pane.title(), context, hints)
        }
    }
}

/// The first key bound to `action` in `context`, else (for the panes, where the global
/// keys work too) anywhere.
fn first_key(keymap: &Keymap, action: Action, context: Context) -> Option<String> {
    let in_pane = matches!(context, Context::List | Context::Reader | Context::Panel);
    let mut keys = keymap.keys_for(action, context);
    if in_pane {
        keys.extend(keymap.keys_for(action, Context::Global));
    }
    keys.into_iter().next()
}

/// "j/k move  Enter open  ..." for `hints` in `context`, from the key map; actions
/// without a key are left out.
#[must_use]
fn hint_text(keymap: &Keymap, context: Context, hints: &[Hint]) -> String {
    hints
        .iter()
        .filter_map(|(actions, label)| {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|&a| first_key(keymap, a, context))
                .collect();
            (!keys.is_empty()).then(|| format!("{} {label}", keys.join("/")))
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// What the keys go to and the keys that matter there: "Map", "j/k move  Enter show…".
#[must_use]
pub fn mode_hints(state: &AppState) -> (&'static str, String) {
    let (name, context, hints) = hint_target(state);
    (name, hint_text(&state.keymap, context, hints))
}

/// " j/k scroll  Esc close " for the bottom border of the help and load-report overlays,
/// from the key map.
#[must_use]
pub fn overlay_hints(keymap: &Keymap) -> String {
    format!(" {} ", hint_text(keymap, Context::Overlay, OVERLAY_HINTS))
}

/// "loading 12,345 files…" while the files are still being read, else nothing.
#[must_use]
pub fn loading_label(state: &AppState) -> Option<String> {
    let files = state.loading?;
    Some(format!("loading {} files…", with_thousands(files)))
}

/// `12345` as "12,345".
fn with_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "indexing 42%" while the background indexer runs, else nothing.
#[must_use]
pub fn indexing_label(state: &AppState) -> Option<String> {
    if !state.indexing {
        return None;
    }
    let total = state.articles.live_count().max(1);
    let percent = state.index.indexed_count().saturating_mul(100) / total;
    Some(format!("indexing {percent}%"))
}

impl<'a> StatusBar<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn prompt(&self) -> Line<'static> {
        let keys = |a| self.state.keymap.keys_for(a, Context::Prompt).join("/");
        Line::from(vec![
            Span::styled("/", self.state.theme.prompt),
            safe_span(&self.state.find_input, self.state.theme.prompt),
            Span::styled("█", self.state.theme.prompt),
            Span::styled(
                format!(
                    "   {} search  {} cancel",
                    keys(Action::FindConfirm),
                    keys(Action::Cancel)
                ),
                self.state.theme.dim,
            ),
        ])
    }

    /// The list filter's prompt: the query as typed, then why it does not parse, else
    /// how many articles it keeps.
    fn filter_prompt(&self) -> Line<'static> {
        let filter = &self.state.filter;
        let keys = |a| self.state.keymap.keys_for(a, Context::Prompt).join("/");
        let after = match &filter.error {
            Some(error) => Span::styled(format!("   ⚠ {error}"), self.state.theme.warning),
            None => Span::styled(
                format!(
                    "   {}   {} done  {} clear",
                    super::count_of(self.state.view.len(), "article"),
                    keys(Action::FindConfirm),
                    keys(Action::Cancel)
                ),
                self.state.theme.dim,
            ),
        };
        Line::from(vec![
            Span::styled("filter /", self.state.theme.prompt),
            safe_span(&filter.input, self.state.theme.prompt),
            Span::styled("█", self.state.theme.prompt),
            after,
        ])
    }

    /// The right-hand notice: a message from the last action, else the load warning.
    fn notice(&self) -> Option<Span<'static>> {
        if let Some(message) = &self.state.message {
            return Some(safe_span(message, self.state.theme.prompt));
        }
        let problems = self.state.problem_count();
        (problems > 0).then(|| {
            let key = first_key(&self.state.keymap, Action::ToggleLoadReport, Context::List);
            Span::styled(
                format!(
                    "{} not loaded — press {}",
                    super::count_of(problems, "file"),
                    key.as_deref().unwrap_or("!")
                ),
                self.state.theme.warning,
            )
        })
    }
}

impl Widget for &StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if self.state.mode == Mode::Find {
            buf.set_line(area.x, area.y, &self.prompt(), area.width);
            return;
        }
        if self.state.mode == Mode::Filter {
            buf.set_line(area.x, area.y, &self.filter_prompt(), area.width);
            return;
        }
        let total = self.state.view.len();
        let position = if total == 0 {
            "0/0".to_string()
        } else {
            format!("{}/{}", self.state.selected + 1, total)
        };
        let width = usize::from(area.width);
        let notice = self.notice();
        let notice_width = notice.as_ref().map_or(0, |n| display_width(&n.content));
        let left_room = width.saturating_sub(notice_width + 1);
        let progress = loading_label(self.state)
            .or_else(|| indexing_label(self.state))
            .map(|label| format!(" │ {label}"))
            .unwrap_or_default();
        let (target, hints) = mode_hints(self.state);
        let left = format!(" {position}{progress} │ {target} │ {hints}");
        buf.set_line(
            area.x,
            area.y,
            &Line::styled(fit(&left, left_room), self.state.theme.status),
            area.width,
        );
        if let Some(notice) = notice {
            let shown = fit(&notice.content, width);
            let x =
                area.x + u16::try_from(width.saturating_sub(display_width(&shown))).unwrap_or(0);
            buf.set_span(x, area.y, &Span::styled(shown, notice.style), area.width);
        }
    }
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

#[cfg(test)]
mod tests;
