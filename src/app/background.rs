//! The work the reader does off the terminal thread, and how its results reach the state:
//! loading the opened paths (batches of files, in walk order), indexing the articles, and
//! watching the paths for changes. Each runs on a thread of its own and talks through a
//! channel; [`Background::apply_pending`] takes what has arrived and hands it to the pure
//! state functions (`collection_changed`, `apply_indexed`).
//!
//! The indexer starts once loading is done, so reading the files has every core to itself
//! and the list fills as fast as the disk allows; changes the watcher reports afterwards go
//! to the indexer at once.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::thread;

use super::collection::{CollectionChange, collection_changed};
use super::state::AppState;
use super::update;
use super::watch::{self, WatchMessage};
use crate::article::{FileLoad, load_streaming};
use crate::index::worker::{self, Indexer};

/// Loaded batches applied per wake-up, at most: keys are handled between them.
const BATCHES_PER_WAKE: usize = 4;

/// Everything running in the background, as the event loop holds it.
#[derive(Debug)]
pub struct Background {
    loader: Option<Receiver<Vec<FileLoad>>>,
    indexer: Option<Indexer>,
    watcher: Option<Receiver<WatchMessage>>,
    /// Whether the watcher said its watches are in place.
    watching: bool,
    /// Articles that arrived while loading, to index once it is done.
    to_index: Vec<usize>,
}

impl Background {
    /// Starts loading `paths` into `state` (which shows "loading" until done), and, when
    /// `watch` is set, watching them.
    ///
    /// # Errors
    /// When a thread cannot be started.
    pub fn start(paths: Vec<PathBuf>, state: &mut AppState, watch: bool) -> std::io::Result<Self> {
        let watcher = if watch {
            Some(watch::spawn(&paths)?)
        } else {
            None
        };
        let loader = spawn_loader(paths)?;
        let (indexer, _thread) = worker::spawn(state.extractor)?;
        state.loading = Some(0);
        Ok(Self {
            loader: Some(loader),
            indexer: Some(indexer),
            watcher,
            watching: false,
            to_index: Vec::new(),
        })
    }

    /// Whether files are loading or articles indexing (the event loop then wakes more
    /// often, so progress moves).
    #[must_use]
    pub fn busy(&self, state: &AppState) -> bool {
        self.loader.is_some() || state.indexing
    }

    /// Whether changes to the opened paths are being followed (the watches are in place
    /// and loading is done).
    #[must_use]
    pub fn watching(&self) -> bool {
        self.watching
    }

    /// Whether loading has finished.
    #[must_use]
    pub fn loaded(&self) -> bool {
        self.loader.is_none()
    }

    /// Applies whatever the background threads have sent; whether anything changed.
    pub fn apply_pending(&mut self, state: &mut AppState) -> bool {
        let loaded = self.apply_loaded(state);
        let watched = self.apply_watched(state);
        let indexed = self.apply_indexed(state);
        loaded || watched || indexed
    }

    fn apply_loaded(&mut self, state: &mut AppState) -> bool {
        let Some(loader) = self.loader.as_ref() else {
            return false;
        };
        for applied in 0..BATCHES_PER_WAKE {
            match loader.try_recv() {
                Ok(files) => {
                    let count = files.len();
                    let change = CollectionChange {
                        files,
                        removed: Vec::new(),
                    };
                    self.to_index.extend(collection_changed(state, change));
                    state.loading = Some(state.loading.unwrap_or(0) + count);
                }
                Err(TryRecvError::Empty) => return applied > 0,
                Err(TryRecvError::Disconnected) => {
                    self.loader = None;
                    state.loading = None;
                    let all = std::mem::take(&mut self.to_index);
                    send_to_index(self.indexer.as_ref(), state, &all);
                    return true;
                }
            }
        }
        true
    }

    /// Applies the watcher's changes, once loading is done: a change read while the
    /// folder loads is newer than what the loader read of the same file (or it came after
    /// it), so applying it last never brings back a removed file or an old version.
    fn apply_watched(&mut self, state: &mut AppState) -> bool {
        let Some(watcher) = self.watcher.as_ref().filter(|_| self.loader.is_none()) else {
            return false;
        };
        let mut changed = false;
        loop {
            match watcher.try_recv() {
                Ok(WatchMessage::Changed(change)) => {
                    let to_index = collection_changed(state, change);
                    send_to_index(self.indexer.as_ref(), state, &to_index);
                    changed = true;
                }
                Ok(WatchMessage::Ready) => self.watching = true,
                Ok(WatchMessage::Failed(message)) => {
                    state.message = Some(message);
                    changed = true;
                }
                Err(TryRecvError::Empty) => return changed,
                Err(TryRecvError::Disconnected) => {
                    self.watcher = None;
                    self.watching = false;
                    return changed;
                }
            }
        }
    }

    fn apply_indexed(&mut self, state: &mut AppState) -> bool {
        let Some(indexer) = self.indexer.as_ref() else {
            return false;
        };
        let mut applied = false;
        loop {
            match indexer.results.try_recv() {
                Ok(batch) => {
                    update::apply_indexed(state, batch);
                    applied = true;
                }
                Err(TryRecvError::Empty) => return applied,
                Err(TryRecvError::Disconnected) => {
                    update::indexing_stopped(state);
                    self.indexer = None;
                    return true;
                }
            }
        }
    }
}

/// Hands articles to the indexer (shares of them: nothing is copied).
fn send_to_index(indexer: Option<&Indexer>, state: &mut AppState, indices: &[usize]) {
    let Some(indexer) = indexer else {
        return;
    };
    let jobs = state.articles.shares(indices);
    if !jobs.is_empty() && indexer.jobs.send(jobs).is_ok() {
        update::indexing_started(state);
    }
}

/// Loads `paths` on a thread of its own, sending the files batch by batch in walk order;
/// the channel closes when every file is read. The thread stops early once the receiver
/// is dropped.
///
/// # Errors
/// When the thread cannot be started.
pub fn spawn_loader(paths: Vec<PathBuf>) -> std::io::Result<Receiver<Vec<FileLoad>>> {
    let (sender, receiver) = channel();
    thread::Builder::new()
        .name("dateline-load".into())
        .spawn(move || load_streaming(&paths, &mut |files| sender.send(files).is_ok()))?;
    Ok(receiver)
}
