//! The one place the article collection changes while the reader runs: files arriving
//! while the folder loads, and files the watcher saw created, changed or removed.
//!
//! [`collection_changed`] applies a [`CollectionChange`] and keeps everything indexed by
//! article consistent with it in one go: the load report, `read` and `starred`, the entity
//! index, the list's `view`, the selection (the selected article stays selected; when it
//! is gone, its neighbour takes the row) and the open article (reloaded at the same reading
//! position, or closed when its file is gone). Article indices never move (see
//! [`super::articles`]), so nothing held by index needs remapping. Pure: the files were
//! read before, on another thread.

use std::collections::HashSet;
use std::path::PathBuf;

use super::articles::SlotChanges;
use super::state::{AppState, Pane};
use super::update::{max_top, select_article};
use super::view::{Sort, refresh_view};
use crate::article::FileLoad;

/// Files read (again) and paths gone since the last change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CollectionChange {
    /// Each file's articles and problems as read now: they replace what it gave before.
    pub files: Vec<FileLoad>,
    /// Files or folders that no longer exist: everything they gave goes.
    pub removed: Vec<PathBuf>,
}

impl CollectionChange {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.removed.is_empty()
    }
}

/// Applies `change` to the state, keeping every per-article structure consistent.
/// Returns the articles that need (re)indexing: new and replaced ones.
pub fn collection_changed(state: &mut AppState, change: CollectionChange) -> Vec<usize> {
    let selected = state.selected_article();
    let selected_row = state.selected;
    let slots = apply_to_collection(state, change);
    sync_marks(state, &slots);
    sync_index(state, &slots);
    sync_view(state, &slots);
    restore_selection(state, selected, selected_row);
    sync_open_article(state, &slots);
    let mut to_index = slots.added;
    to_index.extend(slots.replaced);
    to_index
}

/// Puts the change into the collection and the load report; what happened to which slot.
fn apply_to_collection(state: &mut AppState, change: CollectionChange) -> SlotChanges {
    let mut slots = SlotChanges::default();
    let touched: HashSet<&PathBuf> = change.files.iter().map(|f| &f.path).collect();
    let removed = &change.removed;
    if !state.problems.is_empty() {
        state.problems.retain(|p| {
            !touched.contains(&p.path) && !removed.iter().any(|r| p.path.starts_with(r))
        });
    }
    for path in removed {
        slots.extend(state.articles.remove_path(path));
    }
    for file in change.files {
        state.problems.extend(file.problems);
        slots.extend(state.articles.replace_file(&file.path, file.articles));
    }
    slots
}

/// `read` and `starred` cover every slot; an emptied slot loses its marks, so nothing
/// shows them if it is ever counted. A replaced article keeps its marks.
fn sync_marks(state: &mut AppState, slots: &SlotChanges) {
    state.apply_saved_marks(slots.added.iter().copied());
    for &index in &slots.removed {
        state.forget_marks(index);
    }
}

/// The index forgets replaced and removed articles; the caller has them indexed again.
fn sync_index(state: &mut AppState, slots: &SlotChanges) {
    state.index.grow_to(state.articles.len());
    for &index in slots.replaced.iter().chain(&slots.removed) {
        state.index.forget(index);
    }
}

/// Removed articles leave the list; new ones join it at the end. Replaced ones keep their
/// row. Under a filter or a sort, the view is computed again instead.
fn sync_view(state: &mut AppState, slots: &SlotChanges) {
    if state.filter.is_active() || state.sort != Sort::default() {
        refresh_view(state);
        return;
    }
    if !slots.removed.is_empty() {
        let removed: HashSet<usize> = slots.removed.iter().copied().collect();
        state.view.retain(|index| !removed.contains(index));
    }
    state.view.extend(&slots.added);
}

/// Selects `selected` again wherever it now is in the list; when it left the list, the
/// article that took its row (or the last one).
fn restore_selection(state: &mut AppState, selected: Option<usize>, row: usize) {
    let same_row = selected.is_some() && state.view.get(row).copied() == selected;
    let new_row = if same_row {
        row
    } else {
        selected
            .and_then(|index| state.view.iter().position(|&i| i == index))
            .unwrap_or(row)
    };
    select_article(state, new_row);
}

/// The open article follows its file: read again at the same reading position, or closed
/// (with a notice) when it is gone.
fn sync_open_article(state: &mut AppState, slots: &SlotChanges) {
    let Some(index) = state.open.as_ref().map(|open| open.index) else {
        return;
    };
    if slots.removed.contains(&index) {
        state.open = None;
        if state.focus != Pane::List {
            state.focus = Pane::List;
        }
        state.message = Some("the open article's file was removed".into());
    } else if slots.replaced.contains(&index) {
        reopen_in_place(state, index);
    }
}

/// Rebuilds the open article from its new version, keeping the line at the top of the
/// reader and the selected panel row where they still exist.
fn reopen_in_place(state: &mut AppState, index: usize) {
    let Some(old) = state.open.take() else {
        return;
    };
    let height = state.reader_height();
    let Some(mut open) = state.prepare(index) else {
        return;
    };
    let anchor = old.document.anchor(old.top);
    open.top = anchor.map_or(0, |a| open.document.line_of_anchor(a));
    open.top = open.top.min(max_top(&open, height));
    open.panel_selected = old.panel_selected.min(open.panel.len().saturating_sub(1));
    state.open = Some(open);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::app::action::Action;
    use crate::app::keymap::Keymap;
    use crate::app::update::update;
    use crate::article::{Article, LoadProblem, Loaded};
    use crate::extract::Span;
    use crate::index::tests::{article, towns_and_kwon};

    fn at(path: &str, text: &str) -> Article {
        let mut article = article(text);
        article.path = PathBuf::from(path);
        article.title = text.lines().next().unwrap_or_default().to_string();
        article
    }

    fn file(path: &str, texts: &[&str]) -> FileLoad {
        FileLoad {
            path: PathBuf::from(path),
            articles: texts.iter().map(|t| at(path, t)).collect(),
            problems: Vec::new(),
        }
    }

    fn state_with(files: &[(&str, &str)]) -> AppState {
        let articles = files.iter().map(|(p, t)| at(p, t)).collect();
        let loaded = Loaded {
            articles,
            problems: Vec::new(),
        };
        let mut state = AppState::new(loaded, Keymap::default());
        state.extractor = towns_and_kwon;
        update(
            &mut state,
            Action::Resize {
                width: 100,
                height: 30,
            },
        );
        state
    }

    fn titles_in_view(state: &AppState) -> Vec<String> {
        state
            .view
            .iter()
            .map(|&i| state.articles[i].title.clone())
            .collect()
    }

    fn selected_title(state: &AppState) -> Option<String> {
        let index = state.selected_article()?;
        Some(state.articles[index].title.clone())
    }

    fn removed(path: &str) -> CollectionChange {
        CollectionChange {
            removed: vec![PathBuf::from(path)],
            ..CollectionChange::default()
        }
    }

    fn changed(files: Vec<FileLoad>) -> CollectionChange {
        CollectionChange {
            files,
            ..CollectionChange::default()
        }
    }

    #[test]
    fn arriving_files_join_the_list_and_are_to_be_indexed() {
        let mut state = state_with(&[]);
        let to_index = collection_changed(&mut state, changed(vec![file("a.txt", &["A"])]));
        assert_eq!(to_index, [0]);
        let to_index = collection_changed(
            &mut state,
            changed(vec![file("b.jsonl", &["B1", "B2"]), file("c.txt", &["C"])]),
        );
        assert_eq!(to_index, [1, 2, 3]);
        assert_eq!(titles_in_view(&state), ["A", "B1", "B2", "C"]);
        assert_eq!((state.read.len(), state.starred.len()), (4, 4));
        assert_eq!(state.index.len(), 4);
        assert_eq!(selected_title(&state).as_deref(), Some("A"));
    }

    #[test]
    fn the_selected_article_stays_selected_when_others_come_and_go() {
        let mut state = state_with(&[("a", "A"), ("b", "B"), ("c", "C")]);
        update(&mut state, Action::MoveDown);
        update(&mut state, Action::MoveDown);
        assert_eq!(selected_title(&state).as_deref(), Some("C"));
        collection_changed(&mut state, removed("a"));
        assert_eq!(titles_in_view(&state), ["B", "C"]);
        assert_eq!(selected_title(&state).as_deref(), Some("C"));
        assert_eq!(state.selected, 1);
        collection_changed(&mut state, changed(vec![file("d", &["D"])]));
        assert_eq!(selected_title(&state).as_deref(), Some("C"));
    }

    #[test]
    fn a_removed_selection_passes_to_its_neighbour() {
        let mut state = state_with(&[("a", "A"), ("b", "B"), ("c", "C")]);
        update(&mut state, Action::MoveDown);
        collection_changed(&mut state, removed("b"));
        assert_eq!(selected_title(&state).as_deref(), Some("C"));
        collection_changed(&mut state, removed("c"));
        assert_eq!(selected_title(&state).as_deref(), Some("A"));
        collection_changed(&mut state, removed("a"));
        assert_eq!(state.selected_article(), None);
        assert!(state.articles.is_empty());
    }

    #[test]
    fn a_changed_file_is_replaced_in_place_keeping_marks() {
        let mut state = state_with(&[("a", "A"), ("b", "Oslo")]);
        state.read[1] = true;
        state.starred[1] = true;
        state.index.add(1, "Oslo", &towns_and_kwon("Oslo", None));
        let to_index = collection_changed(&mut state, changed(vec![file("b", &["Bergen"])]));
        assert_eq!(to_index, [1]);
        assert_eq!(titles_in_view(&state), ["A", "Bergen"]);
        assert!(state.read[1] && state.starred[1]);
        assert!(!state.index.is_indexed(1));
        assert!(state.index.articles_mentioning("Oslo").is_empty());
    }

    #[test]
    fn removed_articles_lose_their_marks_and_index_entries() {
        let mut state = state_with(&[("a", "Oslo")]);
        state.starred[0] = true;
        state.index.add(0, "Oslo", &towns_and_kwon("Oslo", None));
        collection_changed(&mut state, removed("a"));
        assert!(!state.starred[0]);
        assert_eq!(state.index.indexed_count(), 0);
        assert!(state.view.is_empty());
    }

    #[test]
    fn a_file_that_shrinks_drops_its_extra_records() {
        let mut state = state_with(&[("w.jsonl", "W1"), ("w.jsonl", "W2"), ("x", "X")]);
        update(&mut state, Action::MoveDown);
        collection_changed(&mut state, changed(vec![file("w.jsonl", &["W1"])]));
        assert_eq!(titles_in_view(&state), ["W1", "X"]);
        assert_eq!(selected_title(&state).as_deref(), Some("X"));
    }

    #[test]
    fn the_open_article_reloads_at_the_same_reading_position() {
        let paragraphs: Vec<String> = (0..40).map(|n| format!("Paragraph {n} in Oslo.")).collect();
        let text = paragraphs.join("\n\n");
        let long = || {
            let mut article = at("long", &text);
            article.body = text
                .match_indices("Paragraph")
                .map(|(start, _)| {
                    let end = text[start..]
                        .find('.')
                        .map_or(text.len(), |e| start + e + 1);
                    Span::new(start, end)
                })
                .collect();
            article
        };
        let mut state = AppState::new(
            Loaded {
                articles: vec![long()],
                problems: Vec::new(),
            },
            Keymap::default(),
        );
        state.extractor = towns_and_kwon;
        update(
            &mut state,
            Action::Resize {
                width: 100,
                height: 30,
            },
        );
        update(&mut state, Action::OpenArticle);
        for _ in 0..20 {
            update(&mut state, Action::MoveDown);
        }
        let top = state.open.as_ref().map(|o| o.top);
        assert!(top.is_some_and(|t| t > 0));
        let reread = FileLoad {
            path: PathBuf::from("long"),
            articles: vec![long()],
            problems: Vec::new(),
        };
        collection_changed(&mut state, changed(vec![reread]));
        assert_eq!(state.open.as_ref().map(|o| o.top), top);
        assert_eq!(state.focus, Pane::Reader);
    }

    #[test]
    fn the_open_article_closes_when_its_file_goes() {
        let mut state = state_with(&[("a", "A"), ("b", "B")]);
        update(&mut state, Action::OpenArticle);
        collection_changed(&mut state, removed("a"));
        assert!(state.open.is_none());
        assert_eq!(state.focus, Pane::List);
        assert!(
            state
                .message
                .as_deref()
                .is_some_and(|m| m.contains("removed"))
        );
        assert_eq!(selected_title(&state).as_deref(), Some("B"));
    }

    /// A file that did not load: no articles, one problem.
    fn not_json(path: &str) -> FileLoad {
        FileLoad {
            path: PathBuf::from(path),
            articles: Vec::new(),
            problems: vec![LoadProblem::new(Path::new(path), None, "not JSON")],
        }
    }

    #[test]
    fn problems_follow_their_files() {
        let mut state = state_with(&[]);
        let broken = not_json("news/bad.json");
        collection_changed(&mut state, changed(vec![broken]));
        assert_eq!(state.problem_count(), 1);
        collection_changed(&mut state, changed(vec![file("news/bad.json", &["Fixed"])]));
        assert_eq!(state.problem_count(), 0);
        assert_eq!(titles_in_view(&state), ["Fixed"]);
        let broken_again = not_json("news/bad.json");
        collection_changed(&mut state, changed(vec![broken_again]));
        assert!(state.view.is_empty());
        collection_changed(&mut state, removed("news"));
        assert_eq!(state.problem_count(), 0);
    }
}
