//! The list's view: which articles it shows (the filter [`Query`]) and in what order
//! (the [`Sort`]). Both change only `AppState::view`; [`refresh_view`] recomputes it and
//! keeps the selected article selected while it is still shown.
//!
//! Typing must stay instant on 100,000 articles, so a query that narrows the one before
//! it ("kunm" after "kun") searches only the previous result, every search runs on all
//! cores, and a new sort reorders the last result without searching again.

use std::cmp::Ordering;

use rayon::prelude::*;

use super::articles::Articles;
use super::state::AppState;
use crate::query::eval::{Corpus, Matcher};
use crate::query::{self, Query};

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The order the files were loaded in (sorted paths).
    #[default]
    File,
    Date,
    Title,
    Source,
}

impl SortKey {
    /// The next key in the cycle: file order, date, title, source.
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            SortKey::File => SortKey::Date,
            SortKey::Date => SortKey::Title,
            SortKey::Title => SortKey::Source,
            SortKey::Source => SortKey::File,
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            SortKey::File => "file",
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Source => "source",
        }
    }
}

/// A sort key and direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// "date ↓" for the list border; `None` for the load order, which needs no note.
    #[must_use]
    pub fn label(self) -> Option<String> {
        if self == Sort::default() {
            return None;
        }
        let arrow = if self.descending { "↓" } else { "↑" };
        Some(format!("{} {arrow}", self.key.label()))
    }
}

/// The list filter: the prompt's text, the query applied and its last result.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// The text in the filter prompt.
    pub input: String,
    /// The query applied to the list: the last input that parsed.
    pub query: Query,
    /// Why the input does not parse (shown with the prompt), if it does not.
    pub error: Option<String>,
    /// The articles `query` keeps, in article order; `None` for every article.
    matched: Option<Vec<usize>>,
}

impl ListFilter {
    /// Whether a query is narrowing the list.
    #[must_use]
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }

    /// How many articles the filter keeps, if a filter is applied.
    #[must_use]
    pub fn matched_count(&self) -> Option<usize> {
        self.matched.as_ref().map(Vec::len)
    }
}

/// Recomputes the view from the current query and sort over the whole collection,
/// keeping the selected article selected if it is still shown. Call it when the
/// collection, the read or starred marks, or the index behind the query change.
pub fn refresh_view(state: &mut AppState) {
    state.filter.matched = search(state, &state.filter.query, None);
    apply_order(state);
}

/// Refreshes the view after read or starred marks changed, when the query reads them
/// (`is:unread`, `is:starred`); otherwise nothing needs searching again.
pub fn marks_changed(state: &mut AppState) {
    if state.filter.query.uses_flags() {
        refresh_view(state);
    }
}

/// Sets the filter prompt's text and, when it parses, applies it as the list's query.
/// When it does not parse, the list stays as it was and the error is kept for display.
pub fn set_filter_input(state: &mut AppState, input: String) {
    state.filter.error = None;
    let parsed = query::parse(&input);
    state.filter.input = input;
    let query = match parsed {
        Ok(query) => query,
        Err(err) => {
            state.filter.error = Some(err.to_string());
            return;
        }
    };
    if query == state.filter.query {
        return;
    }
    let previous = if query.narrows(&state.filter.query) {
        state.filter.matched.take()
    } else {
        None
    };
    state.filter.matched = search(state, &query, previous.as_deref());
    state.filter.query = query;
    apply_order(state);
}

/// Removes the filter: every article is shown again, in the current sort.
pub fn clear_filter(state: &mut AppState) {
    state.filter = ListFilter::default();
    apply_order(state);
}

/// Sorts the list by `sort`, without searching again.
pub fn set_sort(state: &mut AppState, sort: Sort) {
    state.sort = sort;
    apply_order(state);
}

/// The articles `query` keeps, in article order, searching only `candidates` when
/// given; `None` when the query keeps everything.
fn search(state: &AppState, query: &Query, candidates: Option<&[usize]>) -> Option<Vec<usize>> {
    if query.is_empty() {
        return None;
    }
    let corpus = Corpus {
        articles: &state.articles,
        read: &state.read,
        starred: &state.starred,
        index: &state.index,
    };
    let matcher = Matcher::new(query, corpus);
    let keep = |&index: &usize| matcher.matches(corpus, index);
    Some(match candidates {
        Some(candidates) => candidates.par_iter().copied().filter(keep).collect(),
        None => (0..state.articles.len())
            .into_par_iter()
            .filter(keep)
            .collect(),
    })
}

/// Rebuilds `view` from the filter's result in the current sort, keeping the selected
/// article selected when it is still shown (else the first row).
fn apply_order(state: &mut AppState) {
    let selected = state.selected_article();
    let mut view = state
        .filter
        .matched
        .clone()
        .unwrap_or_else(|| state.articles.iter().map(|(index, _)| index).collect());
    sort_view(&mut view, &state.articles, state.sort);
    let row = selected
        .and_then(|article| view.iter().position(|&a| a == article))
        .unwrap_or(0);
    state.view = view;
    state.list_offset = state.list_offset.min(row);
    super::update::select_article(state, row);
}

fn sort_view(view: &mut Vec<usize>, articles: &Articles, sort: Sort) {
    let descending = sort.descending;
    match sort.key {
        SortKey::File => {
            if descending {
                view.reverse();
            }
        }
        SortKey::Date => order_by(view, descending, |a| articles.get(a)?.date),
        SortKey::Title => order_by(view, descending, |a| {
            Some(articles.get(a)?.title.to_lowercase())
        }),
        SortKey::Source => order_by(view, descending, |a| {
            articles.get(a)?.source.as_ref().map(|s| s.to_lowercase())
        }),
    }
}

/// Sorts `view` by `key`, computed once per article; articles without a key go last in
/// either direction, and ties keep article order.
fn order_by<K: Ord + Send>(
    view: &mut Vec<usize>,
    descending: bool,
    key: impl Fn(usize) -> Option<K> + Sync,
) {
    let mut keyed: Vec<(Option<K>, usize)> = view.par_iter().map(|&a| (key(a), a)).collect();
    keyed.par_sort_by(|(ka, a), (kb, b)| {
        compare(ka.as_ref(), kb.as_ref(), descending).then(a.cmp(b))
    });
    *view = keyed.into_iter().map(|(_, a)| a).collect();
}

fn compare<K: Ord>(a: Option<&K>, b: Option<&K>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(a),
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Refreshes the view after the indexer added articles, when the query reads the index:
/// at every 5% of progress and at the end, so a growing result shows without searching
/// after every batch.
pub fn index_grew(state: &mut AppState, indexed_before: usize) {
    if state.filter.query.uses_index() && worth_recounting(state, indexed_before) {
        refresh_view(state);
    }
}

/// Whether indexing has passed another 5% (or finished) since `indexed_before`.
#[must_use]
pub fn worth_recounting(state: &AppState, indexed_before: usize) -> bool {
    let total = state.index.len().max(1);
    let step = |count: usize| count * 20 / total;
    super::update::index_is_complete(state)
        || step(indexed_before) != step(state.index.indexed_count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::Keymap;
    use crate::article::Loaded;
    use crate::extract::Date;
    use crate::index::tests::article;

    fn state() -> AppState {
        let mut articles = vec![
            article("Kunming rail"),
            article("Bergen harbour"),
            article("Kunming flowers"),
            article("Oslo rain"),
        ];
        for (i, (title, day)) in [("b", 3), ("D", 1), ("a", 0), ("c", 2)]
            .into_iter()
            .enumerate()
        {
            articles[i].title = title.to_string();
            articles[i].date = (day > 0).then(|| Date::new(2026, 1, day).ok()).flatten();
        }
        articles[3].source = Some("Gazette".into());
        let loaded = Loaded {
            articles,
            problems: Vec::new(),
        };
        AppState::new(loaded, Keymap::default())
    }

    #[test]
    fn typing_narrows_and_the_selection_stays_when_shown() {
        let mut state = state();
        state.selected = 2;
        set_filter_input(&mut state, "kun".into());
        assert_eq!(state.view, [0, 2]);
        assert_eq!(state.selected_article(), Some(2));
        set_filter_input(&mut state, "kunming fl".into());
        assert_eq!(state.view, [2]);
        set_filter_input(&mut state, "kunming or oslo".into());
        assert_eq!(state.view, [0, 2, 3]);
        assert_eq!(state.selected_article(), Some(2));
        set_filter_input(&mut state, "kunming or \"oslo".into());
        assert_eq!(state.view, [0, 2, 3], "a bad query keeps the list");
        assert!(state.filter.error.is_some());
        clear_filter(&mut state);
        assert_eq!(state.view, [0, 1, 2, 3]);
        assert_eq!(state.selected_article(), Some(2));
    }

    #[test]
    fn sorts_by_each_key_both_ways_with_missing_keys_last() {
        let mut state = state();
        let mut sort = |key, descending| {
            set_sort(&mut state, Sort { key, descending });
            state.view.clone()
        };
        assert_eq!(sort(SortKey::Date, false), [1, 3, 0, 2]);
        assert_eq!(sort(SortKey::Date, true), [0, 3, 1, 2]);
        assert_eq!(sort(SortKey::Title, false), [2, 0, 3, 1]);
        assert_eq!(sort(SortKey::Title, true), [1, 3, 0, 2]);
        assert_eq!(sort(SortKey::Source, false), [3, 0, 1, 2]);
        assert_eq!(sort(SortKey::File, true), [3, 2, 1, 0]);
        assert_eq!(sort(SortKey::File, false), [0, 1, 2, 3]);
    }

    #[test]
    fn refresh_follows_changed_marks() {
        let mut state = state();
        set_filter_input(&mut state, "is:unread".into());
        assert_eq!(state.view.len(), 4);
        state.read[1] = true;
        refresh_view(&mut state);
        assert_eq!(state.view, [0, 2, 3]);
        state.read[0] = true;
        marks_changed(&mut state);
        assert_eq!(state.view, [2, 3]);
        assert_eq!(Sort::default().label(), None);
        let by_date = Sort {
            key: SortKey::Date,
            descending: true,
        };
        assert_eq!(by_date.label().as_deref(), Some("date ↓"));
    }
}
