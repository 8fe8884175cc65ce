//! What the user can ask for ([`Action`]) and what `update` asks the event loop to do in
//! return ([`Effect`]).
//!
//! Action names are the vocabulary of key bindings (and of a future config file), so they
//! serialize as `snake_case` and each has a one-line description for the help overlay.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::state::Pane;

/// Everything the user can do, independent of which key or mouse gesture asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    /// One row down in the list or panel; one line down in the reader.
    MoveDown,
    MoveUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextParagraph,
    PrevParagraph,
    /// Open the selected article in the reader.
    OpenArticle,
    /// Open the article after (or before) the selected one, from any pane.
    NextArticle,
    PrevArticle,
    /// Highlight every mention of the selected entity and jump to the first.
    HighlightEntity,
    NextMatch,
    PrevMatch,
    /// Close the overlay or prompt, or clear the highlight.
    Cancel,
    StartFind,
    FindInput(char),
    FindBackspace,
    FindConfirm,
    ToggleHelp,
    ToggleLoadReport,
    /// Mark the article read or unread: the selected one in the list, else the open one.
    ToggleRead,
    /// Star or unstar the article (the same one `ToggleRead` acts on).
    ToggleStar,
    /// Write the open (else the selected) article with its entities as Markdown to a new
    /// file in the current directory.
    ExportMarkdown,
    /// Open the article's URL (else its file) with the system opener.
    OpenExternal,
    /// Show the article's file in `$PAGER` (else `$EDITOR`, else `less`).
    ViewFile,
    /// Copy the article's title and URL to the clipboard (OSC 52).
    CopyLink,
    /// Show (or hide) the map of the open article's places.
    ShowMap,
    /// Show (or hide) the map of the places of every article in the list.
    ShowListMap,
    /// Show (or hide) the open article's dates in chronological order.
    ShowTimeline,
    /// On the map: frame the places, or show the whole world.
    ToggleMapZoom,
    /// A click on `row` rows below the top of `pane`'s inner area.
    Click {
        pane: Pane,
        row: u16,
    },
    /// The mouse wheel turned over `pane`.
    Scroll {
        pane: Pane,
        down: bool,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// Panics on purpose, to test that the terminal is restored after a crash. Bound to a
    /// key only when `DATELINE_DEBUG_PANIC_KEY` is set, and never listed in help.
    DebugPanic,
    /// Open the list's filter prompt (the list follows as you type).
    StartFilter,
    /// Sort the list by the next key: file order, date, title, source.
    CycleSort,
    /// Reverse the list's order.
    FlipSort,
    /// Filter the list to the articles mentioning the selected entity (side panel or
    /// entities view).
    FilterByEntity,
    /// Open or close the entities view over the listed articles.
    ToggleEntities,
    /// The next (or previous) column of the entities view.
    NextColumn,
    PrevColumn,
}

impl Action {
    /// What the action does, in a few words, for the help overlay and status hints.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::MoveDown => "down",
            Action::MoveUp => "up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextParagraph => "next paragraph",
            Action::PrevParagraph => "previous paragraph",
            Action::OpenArticle => "open article",
            Action::NextArticle => "open next article",
            Action::PrevArticle => "open previous article",
            Action::HighlightEntity => "highlight mentions",
            Action::NextMatch => "next match",
            Action::PrevMatch => "previous match",
            Action::Cancel => "close / clear",
            Action::StartFind => "find in article",
            Action::FindInput(_) => "type",
            Action::FindBackspace => "delete",
            Action::FindConfirm => "search",
            Action::ToggleHelp => "help",
            Action::ToggleLoadReport => "load report",
            Action::ToggleRead => "mark read / unread",
            Action::ToggleStar => "star / unstar",
            Action::ExportMarkdown => "save as Markdown",
            Action::OpenExternal => "open URL or file",
            Action::ViewFile => "view file in pager",
            Action::CopyLink => "copy title and URL",
            Action::ShowMap => "map of the article's places",
            Action::ShowListMap => "map of the list's places",
            Action::ShowTimeline => "timeline of the article's dates",
            Action::ToggleMapZoom => "zoom: places / whole world",
            Action::Click { .. } => "click",
            Action::Scroll { .. } => "scroll",
            Action::Resize { .. } => "resize",
            Action::DebugPanic => "panic (debug)",
            Action::StartFilter => "filter list",
            Action::CycleSort => "sort by date / title / source",
            Action::FlipSort => "reverse order",
            Action::FilterByEntity => "list articles mentioning it",
            Action::ToggleEntities => "entities view",
            Action::NextColumn => "next column",
            Action::PrevColumn => "previous column",
        }
    }
}

/// Work that `update` cannot do itself because it needs the outside world; the event loop
/// performs it (see `effects`) and reports the outcome in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
    /// Reading state (read, starred, positions) changed: write it soon.
    SaveState,
    /// Write `contents` to a new file in the current directory named after `stem`
    /// (`stem.md`, else `stem-2.md`, ...): an existing file is never overwritten.
    WriteMarkdown { stem: String, contents: String },
    /// Open a URL or a file with the system opener, without waiting for it.
    OpenExternal(String),
    /// Hand the terminal to the user's pager showing this file, and take it back after.
    ViewFile(PathBuf),
    /// Put this text on the terminal's clipboard (OSC 52).
    CopyToClipboard(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_snake_case() {
        let json = serde_json::to_string(&Action::HighlightEntity).expect("serializes");
        assert_eq!(json, "\"highlight_entity\"");
        let back: Action = serde_json::from_str("\"next_paragraph\"").expect("parses");
        assert_eq!(back, Action::NextParagraph);
    }
}
