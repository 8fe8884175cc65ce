//! The background indexer: runs the extractor over the articles it is handed, a batch at a
//! time on all cores, and hands each batch's results to whoever is listening (the event
//! loop, through a channel). It never touches the application state itself: the event loop
//! passes each batch to `app::update::apply_indexed`, which adds it to the
//! [`super::EntityIndex`].
//!
//! Work arrives as shares of articles with their indices ([`IndexJob`]s), and every result
//! carries its share back: an article replaced while it was being indexed (its file changed)
//! is recognised as stale and its result dropped.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
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

/// An article to index: its index in the collection and a share of it.
pub type IndexJob = (usize, Arc<Article>);

/// What the extractor found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Indexed {
    pub index: usize,
    /// The article as it was extracted from (compared with the collection's on arrival).
    pub article: Arc<Article>,
    pub entities: Entities,
}

/// The results for one batch of jobs, in job order.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexBatch {
    pub items: Vec<Indexed>,
}

/// Extracts from `jobs` batch by batch, handing each batch to `deliver` in job order.
/// Stops early when `deliver` returns `false` (nobody is listening any more); returns
/// whether everything was delivered.
pub fn index_jobs(
    jobs: Vec<IndexJob>,
    extractor: ExtractFn,
    deliver: &mut dyn FnMut(IndexBatch) -> bool,
) -> bool {
    for chunk in jobs.chunks(BATCH_SIZE) {
        let items = chunk
            .par_iter()
            .map(|(index, article)| Indexed {
                index: *index,
                article: Arc::clone(article),
                entities: extractor(&article.text, article.date),
            })
            .collect();
        if !deliver(IndexBatch { items }) {
            return false;
        }
    }
    true
}

/// The background indexer's two ends, as the event loop holds them.
#[derive(Debug)]
pub struct Indexer {
    /// Send articles to index; dropping it lets the thread end once its work is done.
    pub jobs: Sender<Vec<IndexJob>>,
    /// The results, batch by batch.
    pub results: Receiver<IndexBatch>,
}

/// Starts the indexer on a thread of its own: every list of jobs sent is indexed in order
/// and the results arrive on `results`. The thread ends when `jobs` is dropped and the work
/// is done, or as soon as `results` is dropped.
///
/// # Errors
/// When the thread cannot be started.
pub fn spawn(extractor: ExtractFn) -> std::io::Result<(Indexer, JoinHandle<()>)> {
    let (jobs, incoming): (Sender<Vec<IndexJob>>, _) = channel();
    let (sender, results): (SyncSender<IndexBatch>, _) = sync_channel(CHANNEL_BATCHES);
    let handle = thread::Builder::new()
        .name("dateline-index".into())
        .spawn(move || {
            for work in incoming {
                if !index_jobs(work, extractor, &mut |batch| sender.send(batch).is_ok()) {
                    return;
                }
            }
        })?;
    Ok((Indexer { jobs, results }, handle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::articles::Articles;
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

    fn all_jobs(articles: &Articles) -> Vec<IndexJob> {
        let indices: Vec<usize> = (0..articles.len()).collect();
        articles.shares(&indices)
    }

    #[test]
    fn batches_cover_every_job_in_order() {
        let articles = Articles::new(collection(BATCH_SIZE * 2 + 5));
        let mut indices = Vec::new();
        let done = index_jobs(all_jobs(&articles), towns_and_kwon, &mut |batch| {
            indices.extend(batch.items.iter().map(|item| item.index));
            true
        });
        assert!(done);
        assert_eq!(indices, (0..articles.len()).collect::<Vec<_>>());
    }

    #[test]
    fn stops_when_nobody_listens() {
        let articles = Articles::new(collection(BATCH_SIZE * 3));
        let mut batches = 0;
        let done = index_jobs(all_jobs(&articles), towns_and_kwon, &mut |_| {
            batches += 1;
            false
        });
        assert!(!done);
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
        let (indexer, thread) = spawn(state.extractor).expect("spawns");
        indexer
            .jobs
            .send(all_jobs(&state.articles))
            .expect("worker listens");
        indexing_started(&mut state);
        assert!(state.indexing);
        // With the job sender gone the results channel closes once the work is done.
        drop(indexer.jobs);
        for batch in indexer.results {
            apply_indexed(&mut state, batch);
        }
        thread.join().expect("worker finished cleanly");
        assert_eq!(state.index.indexed_count(), 600);
        assert!(!state.indexing);
        let oslo = state.index.articles_mentioning("Oslo");
        assert_eq!(oslo.len(), 200);
        assert!(oslo.iter().all(|i| i % 3 == 0));
        assert_eq!(state.index.articles_quoting("Kwon Na-hyun").len(), 600);
    }

    #[test]
    fn a_result_for_a_replaced_article_is_dropped() {
        let loaded = Loaded {
            articles: collection(2),
            problems: Vec::new(),
        };
        let mut state = AppState::new(loaded, Keymap::default());
        let mut batches = Vec::new();
        index_jobs(all_jobs(&state.articles), towns_and_kwon, &mut |batch| {
            batches.push(batch);
            true
        });
        let path = state.articles[1].path.clone();
        state.articles.replace_file(&path, collection(2));
        for batch in batches {
            apply_indexed(&mut state, batch);
        }
        // Both articles share a path in this collection: both were replaced.
        assert_eq!(state.index.indexed_count(), 0);
    }

    #[test]
    fn opening_an_indexed_article_reads_the_index() {
        let loaded = Loaded {
            articles: collection(3),
            problems: Vec::new(),
        };
        let mut state = AppState::new(loaded, Keymap::default());
        index_jobs(all_jobs(&state.articles), towns_and_kwon, &mut |batch| {
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
