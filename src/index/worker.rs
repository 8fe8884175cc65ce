//! The background indexer: runs the extractor over every article, a batch at a time on all
//! cores, and hands each batch's results to whoever is listening (the event loop, through a
//! channel). It never touches the application state itself: the event loop passes each
//! batch to `app::update::apply_indexed`, which adds it to the [`super::EntityIndex`].

use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::{self, JoinHandle};

use rayon::prelude::*;

use crate::article::Article;
use crate::extract::{Date, Entities};

/// Articles extracted per batch: small enough that progress moves every few hundred
/// milliseconds, large enough that the channel and the index update stay cheap.
pub const BATCH_SIZE: usize = 256;

/// Batches that may wait in the channel: bounds the memory the worker can run ahead with.
const CHANNEL_BATCHES: usize = 4;

/// The extractor the worker runs (the signature of [`crate::extract::extract`]).
pub type ExtractFn = fn(&str, Option<Date>) -> Entities;

/// What the extractor found in articles `first..first + entities.len()`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexBatch {
    pub first: usize,
    pub entities: Vec<Entities>,
}

/// Extracts from `articles` batch by batch, handing each batch to `deliver` in article
/// order. Stops early when `deliver` returns `false` (nobody is listening any more).
pub fn index_all(
    articles: &[Article],
    extractor: ExtractFn,
    mut deliver: impl FnMut(IndexBatch) -> bool,
) {
    for (n, chunk) in articles.chunks(BATCH_SIZE).enumerate() {
        let entities = chunk
            .par_iter()
            .map(|article| extractor(&article.text, article.date))
            .collect();
        let batch = IndexBatch {
            first: n * BATCH_SIZE,
            entities,
        };
        if !deliver(batch) {
            return;
        }
    }
}

/// Starts [`index_all`] on a thread of its own; the batches arrive on the returned
/// channel, which closes when every article is done. Dropping the receiver stops the
/// thread after its current batch.
pub fn spawn(
    articles: Arc<Vec<Article>>,
    extractor: ExtractFn,
) -> std::io::Result<(Receiver<IndexBatch>, JoinHandle<()>)> {
    let (sender, receiver): (SyncSender<IndexBatch>, _) = sync_channel(CHANNEL_BATCHES);
    let handle = thread::Builder::new()
        .name("dateline-index".into())
        .spawn(move || index_all(&articles, extractor, |batch| sender.send(batch).is_ok()))?;
    Ok((receiver, handle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::Keymap;
    use crate::app::state::AppState;
    use crate::app::update::{apply_indexed, indexing_started};
    use crate::article::Loaded;
    use crate::index::tests::{article, towns_and_kwon};

    fn collection(n: usize) -> Vec<Article> {
        (0..n)
            .map(|i| {
                let town = if i % 3 == 0 { "Oslo" } else { "Bergen" };
                article(&format!("Rain in {town} on day {i}, Kwon said."))
            })
            .collect()
    }

    #[test]
    fn batches_cover_every_article_in_order() {
        let articles = collection(BATCH_SIZE * 2 + 5);
        let mut firsts = Vec::new();
        let mut total = 0;
        index_all(&articles, towns_and_kwon, |batch| {
            firsts.push(batch.first);
            total += batch.entities.len();
            true
        });
        assert_eq!(firsts, [0, BATCH_SIZE, BATCH_SIZE * 2]);
        assert_eq!(total, articles.len());
    }

    #[test]
    fn stops_when_nobody_listens() {
        let articles = collection(BATCH_SIZE * 3);
        let mut batches = 0;
        index_all(&articles, towns_and_kwon, |_| {
            batches += 1;
            false
        });
        assert_eq!(batches, 1);
    }

    #[test]
    fn background_thread_fills_the_state_index() {
        let loaded = Loaded {
            articles: collection(600),
            problems: Vec::new(),
        };
        let mut state = AppState::new(loaded, Keymap::default());
        state.extractor = towns_and_kwon;
        let (receiver, thread) = spawn(state.articles.share(), state.extractor).expect("spawns");
        indexing_started(&mut state);
        assert!(state.indexing);
        // The channel closes when the worker is done: this runs it to completion.
        for batch in receiver {
            apply_indexed(&mut state, batch);
        }
        thread.join().expect("worker finished cleanly");
        assert!(state.index.is_complete());
        assert!(!state.indexing);
        let oslo = state.index.articles_mentioning("Oslo");
        assert_eq!(oslo.len(), 200);
        assert!(oslo.iter().all(|i| i % 3 == 0));
        assert_eq!(state.index.articles_quoting("Kwon Na-hyun").len(), 600);
    }

    #[test]
    fn opening_an_indexed_article_reads_the_index() {
        let loaded = Loaded {
            articles: collection(3),
            problems: Vec::new(),
        };
        let mut state = AppState::new(loaded, Keymap::default());
        index_all(&state.articles.share(), towns_and_kwon, |batch| {
            apply_indexed(&mut state, batch);
            true
        });
        // Were the extractor run again, this one would leave the panel empty.
        state.extractor = |_, _| crate::extract::Entities::default();
        let open = state.prepare(1).expect("article 1 exists");
        let labels: Vec<&str> = open.panel.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["Bergen", "Kwon Na-hyun"]);
    }
}
