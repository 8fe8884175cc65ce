//! Watching the opened files and folders: files created, changed or removed while the
//! reader runs reach the list within a second.
//!
//! A thread of its own receives the operating system's notifications (notify: inotify on
//! Linux), waits until they pause (editors write a file in several steps), reads every
//! touched article file again and sends one [`CollectionChange`] for the whole burst. The
//! event loop applies it with `collection_changed`. Folders are watched recursively; a file
//! named on the command line is watched through its folder, so an editor that replaces
//! the file (write a copy, rename it over) is still followed. Hidden entries and files that
//! are not articles by extension are skipped, as when the folder was first loaded.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::collection::CollectionChange;
use crate::article::{FileLoad, Format, load_one, load_streaming};

/// How long the notifications must pause before the touched files are read.
const QUIET: Duration = Duration::from_millis(150);

/// The longest a burst of notifications is held back (a file written without pause).
const MAX_HOLD: Duration = Duration::from_millis(600);

/// A path the user opened: a folder watched recursively, or a single file.
#[derive(Debug, Clone)]
struct Root {
    path: PathBuf,
    is_folder: bool,
}

/// The watcher's changes, as they come; a message when it could not be set up.
#[derive(Debug)]
pub enum WatchMessage {
    /// Every watch is in place: changes from now on are seen.
    Ready,
    Changed(CollectionChange),
    /// Watching could not start (or stopped): what the user should know.
    Failed(String),
}

/// Starts watching `paths` on a thread of its own. The thread ends when the receiver is
/// dropped (at the next notification).
///
/// # Errors
/// When the thread cannot be started.
pub fn spawn(paths: &[PathBuf]) -> std::io::Result<Receiver<WatchMessage>> {
    let roots: Vec<Root> = paths
        .iter()
        .map(|path| Root {
            path: path.clone(),
            is_folder: path.is_dir(),
        })
        .collect();
    let (sender, receiver) = channel();
    thread::Builder::new()
        .name("dateline-watch".into())
        .spawn(move || {
            if let Err(err) = watch(&roots, &sender) {
                let _ = sender.send(WatchMessage::Failed(format!(
                    "not watching for changes: {err}"
                )));
            }
        })?;
    Ok(receiver)
}

/// Sets up the watches and forwards changes until nobody listens.
fn watch(roots: &[Root], sender: &Sender<WatchMessage>) -> notify::Result<()> {
    let (events, incoming) = channel();
    let mut watcher: RecommendedWatcher = notify::recommended_watcher(events)?;
    for root in roots {
        if root.is_folder {
            watcher.watch(&root.path, RecursiveMode::Recursive)?;
        } else if root.path.exists() {
            watcher.watch(&folder_of(&root.path), RecursiveMode::NonRecursive)?;
        }
    }
    if sender.send(WatchMessage::Ready).is_err() {
        return Ok(());
    }
    while let Some(touched) = next_burst(&incoming) {
        let change = read_touched(roots, touched);
        if !change.is_empty() && sender.send(WatchMessage::Changed(change)).is_err() {
            break;
        }
    }
    Ok(())
}

/// The folder a file is in, as a path notify can watch ("." for a bare file name).
fn folder_of(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether a folder at this path could be new (created or moved in) and must be walked.
type MayBeNewFolder = bool;

/// Waits for notifications and gathers them until they pause: every touched path, once.
/// `None` when the watcher is gone.
fn next_burst(
    incoming: &Receiver<notify::Result<notify::Event>>,
) -> Option<BTreeMap<PathBuf, MayBeNewFolder>> {
    let mut touched = BTreeMap::new();
    let started = loop {
        let event = incoming.recv().ok()?;
        note(&mut touched, event);
        if !touched.is_empty() {
            break Instant::now();
        }
    };
    loop {
        let left = MAX_HOLD.saturating_sub(started.elapsed());
        match incoming.recv_timeout(QUIET.min(left)) {
            Ok(event) => note(&mut touched, event),
            Err(RecvTimeoutError::Timeout) => return Some(touched),
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
}

/// Adds the paths of a notification that can change what a file holds. Reads are left
/// out: reading a file again would otherwise notify about itself, forever.
fn note(touched: &mut BTreeMap<PathBuf, MayBeNewFolder>, event: notify::Result<notify::Event>) {
    let Ok(event) = event else {
        return;
    };
    let may_be_new_folder = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => false,
        EventKind::Access(_) => return,
        EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_)) | EventKind::Any => true,
        _ => false,
    };
    for path in event.paths {
        let entry = touched.entry(path).or_insert(false);
        *entry |= may_be_new_folder;
    }
}

/// Reads every touched path again: article files load, new folders are walked, paths that
/// are gone are removed.
fn read_touched(roots: &[Root], touched: BTreeMap<PathBuf, MayBeNewFolder>) -> CollectionChange {
    let mut change = CollectionChange::default();
    for (path, may_be_new_folder) in touched {
        let Some((path, named)) = article_path(roots, &path) else {
            continue;
        };
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => {
                if named || Format::from_path(&path).is_some() {
                    change.files.push(load_one(&path));
                }
            }
            Ok(meta) if meta.is_dir() => {
                if may_be_new_folder {
                    change.files.extend(load_folder(&path));
                }
            }
            Ok(_) => {}
            Err(_) => change.removed.push(path),
        }
    }
    change
}

/// Every article file under a folder that appeared.
fn load_folder(folder: &Path) -> Vec<FileLoad> {
    let mut files = Vec::new();
    load_streaming(&[folder.to_path_buf()], &mut |batch| {
        files.extend(batch);
        true
    });
    files
}

/// The path as the collection knows it, when a notification about `path` concerns an
/// opened file or something inside an opened folder (hidden entries skipped); with whether
/// it is a file the user named (read whatever its extension).
fn article_path(roots: &[Root], path: &Path) -> Option<(PathBuf, bool)> {
    roots.iter().find_map(|root| {
        if root.is_folder {
            let inside = path.strip_prefix(&root.path).ok()?;
            let hidden = inside.components().any(|c| match c {
                Component::Normal(name) => name.to_string_lossy().starts_with('.'),
                _ => false,
            });
            (!hidden).then(|| (path.to_path_buf(), false))
        } else {
            let same_file = path.file_name() == root.path.file_name()
                && path.parent().map(Path::to_path_buf).as_ref() == Some(&folder_of(&root.path));
            same_file.then(|| (root.path.clone(), true))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(path: &str) -> Root {
        Root {
            path: PathBuf::from(path),
            is_folder: true,
        }
    }

    fn file(path: &str) -> Root {
        Root {
            path: PathBuf::from(path),
            is_folder: false,
        }
    }

    #[test]
    fn paths_inside_opened_folders_count_unless_hidden() {
        let roots = [folder("news")];
        let seen = |p: &str| article_path(&roots, Path::new(p)).map(|(p, _)| p);
        assert_eq!(seen("news/a.txt"), Some(PathBuf::from("news/a.txt")));
        assert_eq!(
            seen("news/2026/b.md"),
            Some(PathBuf::from("news/2026/b.md"))
        );
        assert_eq!(seen("news/.git/index"), None);
        assert_eq!(seen("news/.a.txt.swp"), None);
        assert_eq!(seen("elsewhere/a.txt"), None);
    }

    #[test]
    fn a_named_file_is_matched_through_its_folder() {
        let roots = [file("notes.log"), file("in/wire.jsonl")];
        assert_eq!(
            article_path(&roots, Path::new("./notes.log")),
            Some((PathBuf::from("notes.log"), true))
        );
        assert_eq!(
            article_path(&roots, Path::new("in/wire.jsonl")),
            Some((PathBuf::from("in/wire.jsonl"), true))
        );
        assert_eq!(article_path(&roots, Path::new("./other.log")), None);
    }

    #[test]
    fn reads_are_not_changes() {
        let mut touched = BTreeMap::new();
        let read = notify::Event::new(EventKind::Access(AccessKind::Close(AccessMode::Read)))
            .add_path(PathBuf::from("a.txt"));
        note(&mut touched, Ok(read));
        assert!(touched.is_empty());
        let created = notify::Event::new(EventKind::Create(notify::event::CreateKind::Folder))
            .add_path(PathBuf::from("new"));
        let written = notify::Event::new(EventKind::Access(AccessKind::Close(AccessMode::Write)))
            .add_path(PathBuf::from("a.txt"));
        note(&mut touched, Ok(created));
        note(&mut touched, Ok(written));
        assert_eq!(touched.get(Path::new("new")), Some(&true));
        assert_eq!(touched.get(Path::new("a.txt")), Some(&false));
    }
}
