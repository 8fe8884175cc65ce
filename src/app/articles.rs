//! The loaded articles: a collection that grows while files load, and whose files can be
//! read again or disappear while the reader runs (the watcher), with article indices that
//! never move.
//!
//! Each article sits in a slot behind an `Arc`, so the background indexer gets a cheap
//! share of exactly the articles it must read, and nothing is copied when the collection
//! changes under it. A file read again replaces its articles in their slots; a removed
//! article leaves an empty slot (a tombstone), so every index held elsewhere (`view`,
//! `read`, `starred`, the entity index, the open article) stays valid.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::Index;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::article::Article;

/// The article collection. Indices run over `0..len()`; [`Articles::get`] is `None` for a
/// slot whose article was removed.
#[derive(Debug, Clone, Default)]
pub struct Articles {
    slots: Vec<Option<Arc<Article>>>,
    /// The slots each file's articles occupy, in record order, by a hash of the file's
    /// path: a copy of every path would cost megabytes at 100,000 files. Paths whose hashes
    /// collide share a list; lookups compare the articles' own paths.
    by_path: HashMap<u64, FileSlots>,
    live: usize,
}

/// The slots of the files with one path hash: almost always one article of one file, so
/// that case needs no allocation of its own.
#[derive(Debug, Clone)]
enum FileSlots {
    One(usize),
    Many(Vec<usize>),
}

impl FileSlots {
    fn as_slice(&self) -> &[usize] {
        match self {
            FileSlots::One(slot) => std::slice::from_ref(slot),
            FileSlots::Many(slots) => slots,
        }
    }
}

fn path_key(path: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    path.hash(&mut hasher);
    hasher.finish()
}

/// What putting one file's articles into the collection did, by article index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlotChanges {
    /// New slots at the end of the collection.
    pub added: Vec<usize>,
    /// Slots whose article was replaced by the file's new version of it.
    pub replaced: Vec<usize>,
    /// Slots emptied: the file is gone, or now holds fewer records.
    pub removed: Vec<usize>,
}

impl SlotChanges {
    /// Adds what another change did.
    pub fn extend(&mut self, other: SlotChanges) {
        self.added.extend(other.added);
        self.replaced.extend(other.replaced);
        self.removed.extend(other.removed);
    }
}

impl Articles {
    #[must_use]
    pub fn new(articles: Vec<Article>) -> Self {
        let mut collection = Self::default();
        collection.append(articles);
        collection
    }

    /// The number of slots: every article index is below it, removed ones included.
    #[must_use]
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there is no article to show (every slot empty, or none at all).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// How many articles are loaded (slots that still hold one).
    #[must_use]
    pub fn live_count(&self) -> usize {
        self.live
    }

    /// Article `index`, unless it was removed.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&Article> {
        self.slots.get(index)?.as_deref()
    }

    /// A share of article `index` for a background thread.
    #[must_use]
    pub fn shared(&self, index: usize) -> Option<&Arc<Article>> {
        self.slots.get(index)?.as_ref()
    }

    /// Every loaded article with its index, in index order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Article)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| Some((i, slot.as_deref()?)))
    }

    /// Shares of the articles at `indices` that are still loaded, for the indexer.
    #[must_use]
    pub fn shares(&self, indices: &[usize]) -> Vec<(usize, Arc<Article>)> {
        indices
            .iter()
            .filter_map(|&i| Some((i, Arc::clone(self.shared(i)?))))
            .collect()
    }

    /// Adds articles at the end, in order, after the articles their files already have.
    pub fn append(&mut self, articles: Vec<Article>) -> Vec<usize> {
        let first = self.slots.len();
        for article in articles {
            self.slots.push(Some(Arc::new(article)));
            self.live += 1;
        }
        // Consecutive records of one file are recorded together.
        let mut run_start = first;
        for index in first..=self.slots.len() {
            let same_file =
                index < self.slots.len() && self.path_at(index) == self.path_at(run_start);
            if !same_file && index > run_start {
                let key = path_key(self.path_at(run_start));
                let run: Vec<usize> = (run_start..index).collect();
                self.add_slots(key, &run);
                run_start = index;
            }
        }
        (first..self.slots.len()).collect()
    }

    /// The path of the article in slot `index` ("" for an empty slot).
    fn path_at(&self, index: usize) -> &Path {
        self.get(index).map_or(Path::new(""), |a| a.path.as_path())
    }

    /// The slots holding the articles of `path`, in record order.
    fn slots_of(&self, path: &Path) -> Vec<usize> {
        let Some(entry) = self.by_path.get(&path_key(path)) else {
            return Vec::new();
        };
        entry
            .as_slice()
            .iter()
            .copied()
            .filter(|&slot| self.get(slot).is_some_and(|a| a.path == path))
            .collect()
    }

    /// Records `slots` as the last articles of the file whose path hashes to `key`.
    fn add_slots(&mut self, key: u64, slots: &[usize]) {
        let mut all = self
            .by_path
            .remove(&key)
            .map(|entry| entry.as_slice().to_vec())
            .unwrap_or_default();
        all.extend_from_slice(slots);
        self.set_entry(key, all);
    }

    /// Drops `slots` from the list of their path hash.
    fn drop_slots(&mut self, path: &Path, slots: &[usize]) {
        let key = path_key(path);
        let Some(entry) = self.by_path.remove(&key) else {
            return;
        };
        let rest = entry
            .as_slice()
            .iter()
            .copied()
            .filter(|slot| !slots.contains(slot))
            .collect();
        self.set_entry(key, rest);
    }

    fn set_entry(&mut self, key: u64, slots: Vec<usize>) {
        match slots.as_slice() {
            [] => {}
            [one] => {
                self.by_path.insert(key, FileSlots::One(*one));
            }
            _ => {
                self.by_path.insert(key, FileSlots::Many(slots));
            }
        }
    }

    /// Puts the articles now read from `path` in place of the ones it gave before: record
    /// by record into the same slots, extra records at the end, missing ones removed.
    pub fn replace_file(&mut self, path: &Path, articles: Vec<Article>) -> SlotChanges {
        let old = self.slots_of(path);
        let mut changes = SlotChanges::default();
        let mut articles = articles.into_iter();
        for &slot in &old {
            match articles.next() {
                Some(article) => {
                    self.slots[slot] = Some(Arc::new(article));
                    changes.replaced.push(slot);
                }
                None => {
                    self.slots[slot] = None;
                    self.live -= 1;
                    changes.removed.push(slot);
                }
            }
        }
        self.drop_slots(path, &changes.removed);
        changes.added = self.append(articles.collect());
        changes
    }

    /// Removes the articles of `path`, or of every file under it when it was a folder.
    pub fn remove_path(&mut self, path: &Path) -> SlotChanges {
        let files: Vec<PathBuf> = if self.slots_of(path).is_empty() {
            let mut under: Vec<PathBuf> = self
                .iter()
                .filter(|(_, a)| a.path.starts_with(path))
                .map(|(_, a)| a.path.clone())
                .collect();
            under.dedup();
            under
        } else {
            vec![path.to_path_buf()]
        };
        let mut changes = SlotChanges::default();
        for file in files {
            changes.extend(self.replace_file(&file, Vec::new()));
        }
        changes
    }
}

impl Index<usize> for Articles {
    type Output = Article;

    /// # Panics
    /// When there is no article at `index` (out of range, or removed).
    fn index(&self, index: usize) -> &Article {
        self.get(index)
            .unwrap_or_else(|| panic!("no article at index {index}"))
    }
}

impl crate::query::eval::ArticleLookup for Articles {
    fn article(&self, index: usize) -> Option<&Article> {
        self.get(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::article;

    fn at(path: &str, text: &str) -> Article {
        Article {
            path: PathBuf::from(path),
            ..article(text)
        }
    }

    fn texts(articles: &Articles) -> Vec<(usize, &str)> {
        articles.iter().map(|(i, a)| (i, a.text.as_str())).collect()
    }

    #[test]
    fn a_file_read_again_keeps_its_slots_and_grows_at_the_end() {
        let mut articles = Articles::new(vec![at("a", "a1"), at("b", "b1"), at("a", "a2")]);
        let changes = articles.replace_file(
            Path::new("a"),
            vec![at("a", "a1'"), at("a", "a2'"), at("a", "a3")],
        );
        assert_eq!(changes.replaced, [0, 2]);
        assert_eq!(changes.added, [3]);
        assert!(changes.removed.is_empty());
        assert_eq!(
            texts(&articles),
            [(0, "a1'"), (1, "b1"), (2, "a2'"), (3, "a3")]
        );
    }

    #[test]
    fn fewer_records_leave_empty_slots_and_indices_do_not_move() {
        let mut articles = Articles::new(vec![at("a", "a1"), at("a", "a2"), at("b", "b1")]);
        let changes = articles.replace_file(Path::new("a"), vec![at("a", "a1")]);
        assert_eq!(changes.removed, [1]);
        assert_eq!(articles.len(), 3);
        assert_eq!(articles.live_count(), 2);
        assert!(articles.get(1).is_none());
        assert_eq!(articles[2].text, "b1");
    }

    #[test]
    fn removing_a_folder_removes_every_file_under_it() {
        let mut articles = Articles::new(vec![
            at("news/x.txt", "x"),
            at("news/y.txt", "y"),
            at("z", "z"),
        ]);
        let mut removed = articles.remove_path(Path::new("news")).removed;
        removed.sort_unstable();
        assert_eq!(removed, [0, 1]);
        assert_eq!(texts(&articles), [(2, "z")]);
        assert!(articles.remove_path(Path::new("gone")).removed.is_empty());
        articles.remove_path(Path::new("z"));
        assert!(articles.is_empty());
    }

    #[test]
    fn shares_skip_removed_articles() {
        let mut articles = Articles::new(vec![at("a", "a"), at("b", "b")]);
        articles.remove_path(Path::new("a"));
        let shares = articles.shares(&[0, 1, 7]);
        assert_eq!(shares.len(), 1);
        assert_eq!(shares[0].0, 1);
        assert!(Arc::ptr_eq(
            &shares[0].1,
            articles.shared(1).expect("loaded")
        ));
    }
}
