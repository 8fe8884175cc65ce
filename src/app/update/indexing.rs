//! Batches from the background indexer: adding them to the index and keeping the status
//! bar's progress in step.

use std::sync::Arc;

use crate::app::finding;
use crate::app::overlays;
use crate::app::state::AppState;
use crate::index::worker::IndexBatch;

/// Notes that the background indexer has work, so progress shows in the status bar.
pub fn indexing_started(state: &mut AppState) {
    state.indexing = !index_is_complete(state);
}

/// Whether every loaded article is in the index.
pub(crate) fn index_is_complete(state: &AppState) -> bool {
    state.index.indexed_count() >= state.articles.live_count()
}

/// Adds a batch from the background indexer to the index; the indexer is done when every
/// article is in. A result for an article that was since replaced or removed (its file
/// changed while it was indexed) is dropped: the new version is indexed in its turn.
pub fn apply_indexed(state: &mut AppState, batch: IndexBatch) {
    let indexed_before = state.index.indexed_count();
    for item in &batch.items {
        let current = state
            .articles
            .shared(item.index)
            .is_some_and(|article| Arc::ptr_eq(article, &item.article));
        if current {
            state
                .index
                .add(item.index, &item.article.text, &item.entities);
        }
    }
    overlays::indexed(state, &batch);
    if index_is_complete(state) {
        state.indexing = false;
    }
    finding::index_grew(state, indexed_before);
}

/// Notes that the indexer stopped (its channel closed), finished or not.
pub fn indexing_stopped(state: &mut AppState) {
    state.indexing = false;
}
