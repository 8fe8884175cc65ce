//! Finding the article files under the paths the user gave.
//!
//! Folders are walked recursively in byte order of the entry names, so the same folder
//! always loads in the same order. Inside folders, hidden entries (`.git`) and files that
//! are not articles by extension are skipped silently; a file named explicitly is always
//! tried (as plain text when its extension is unknown). Symlinks are followed, but a folder
//! that leads back to one of its own ancestors is reported instead of walked again, and a
//! folder reached a second time through another link is walked only once. FIFOs,
//! sockets and devices are never opened: their type comes from metadata.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::{self, FileType, Metadata};
use std::io;
use std::path::{Path, PathBuf};

use super::{Format, LoadProblem};

/// How many folders deep a walk may go before it is cut off (keeps recursion bounded).
const MAX_DEPTH: usize = 256;

/// An article file found by the walk, with the format it will be read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Candidate {
    pub path: PathBuf,
    pub format: Format,
}

/// What identifies a folder across different paths to it (symlinks included).
#[cfg(unix)]
type FolderId = (u64, u64);
#[cfg(not(unix))]
type FolderId = PathBuf;

#[cfg(unix)]
fn folder_id(_path: &Path, metadata: &Metadata) -> FolderId {
    use std::os::unix::fs::MetadataExt;
    (metadata.dev(), metadata.ino())
}

#[cfg(not(unix))]
fn folder_id(path: &Path, _metadata: &Metadata) -> FolderId {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// What the walk meets, in order: an article file to read, or a path that cannot be used.
pub(super) type Found = Result<Candidate, LoadProblem>;

/// Walks `root` (a file or a folder named by the user) and hands every article file and
/// every problem to `visit`, in order, so files are read while the walk goes on.
pub(super) fn walk(root: &Path, visit: &mut dyn FnMut(Found)) {
    let metadata = match fs::metadata(root) {
        Ok(metadata) => metadata,
        Err(err) => {
            visit(Err(unreachable_path(root, &err)));
            return;
        }
    };
    if metadata.is_dir() {
        let mut walker = Walker {
            visit,
            ancestors: Vec::new(),
            walked: HashSet::new(),
        };
        walker.folder(root, &metadata);
    } else if metadata.is_file() {
        visit(Ok(Candidate {
            path: root.to_path_buf(),
            format: Format::from_path(root).unwrap_or(Format::Text),
        }));
    } else {
        visit(Err(LoadProblem::new(root, None, special_file(&metadata))));
    }
}

struct Walker<'a> {
    visit: &'a mut dyn FnMut(Found),
    /// The folders being walked, outermost first: a folder met again is a symlink loop.
    ancestors: Vec<(FolderId, PathBuf)>,
    /// Every folder walked so far: one reached again through another link is not walked
    /// twice (which also keeps webs of links from multiplying the work).
    walked: HashSet<FolderId>,
}

impl Walker<'_> {
    #[allow(clippy::clone_on_copy)] // the folder id is only `Copy` on unix
    fn folder(&mut self, path: &Path, metadata: &Metadata) {
        let id = folder_id(path, metadata);
        if let Some((_, ancestor)) = self.ancestors.iter().find(|(seen, _)| *seen == id) {
            let reason = format!(
                "symlink loop: this folder leads back to {}; skipped (remove or fix the link)",
                ancestor.display()
            );
            (self.visit)(Err(LoadProblem::new(path, None, reason)));
            return;
        }
        if !self.walked.insert(id.clone()) {
            return;
        }
        if self.ancestors.len() >= MAX_DEPTH {
            let reason = format!("folders nested more than {MAX_DEPTH} deep; skipped");
            (self.visit)(Err(LoadProblem::new(path, None, reason)));
            return;
        }
        let entries = match sorted_entries(path) {
            Ok(entries) => entries,
            Err(err) => {
                let reason = format!("cannot list this folder: {}", describe_io(&err));
                (self.visit)(Err(LoadProblem::new(path, None, reason)));
                return;
            }
        };
        self.ancestors.push((id, path.to_path_buf()));
        for (name, file_type) in entries {
            if !is_hidden(&name) {
                self.entry(&path.join(name), file_type);
            }
        }
        self.ancestors.pop();
    }

    fn entry(&mut self, path: &Path, file_type: FileType) {
        if file_type.is_dir() {
            match fs::metadata(path) {
                Ok(metadata) => self.folder(path, &metadata),
                Err(err) => (self.visit)(Err(unreachable_path(path, &err))),
            }
        } else if file_type.is_file() {
            self.article_file(path);
        } else if file_type.is_symlink() {
            self.symlink(path);
        } else {
            self.special(path);
        }
    }

    /// A FIFO, socket or device is never opened (reading one can block forever); one named
    /// like an article is reported, since someone probably meant it to be read.
    fn special(&mut self, path: &Path) {
        if Format::from_path(path).is_none() {
            return;
        }
        if let Ok(metadata) = fs::metadata(path) {
            (self.visit)(Err(LoadProblem::new(path, None, special_file(&metadata))));
        }
    }

    fn symlink(&mut self, path: &Path) {
        match fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => self.folder(path, &metadata),
            Ok(metadata) if metadata.is_file() => self.article_file(path),
            Ok(_) => self.special(path),
            // A broken link is only worth a report when it looks like an article.
            Err(err) if Format::from_path(path).is_some() => {
                (self.visit)(Err(unreachable_path(path, &err)));
            }
            Err(_) => {}
        }
    }

    fn article_file(&mut self, path: &Path) {
        if let Some(format) = Format::from_path(path) {
            (self.visit)(Ok(Candidate {
                path: path.to_path_buf(),
                format,
            }));
        }
    }
}

/// The entries of a folder with their types, sorted by name.
fn sorted_entries(path: &Path) -> io::Result<Vec<(OsString, FileType)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        entries.push((entry.file_name(), entry.file_type()?));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

fn is_hidden(name: &OsString) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// Explains why a path could not be looked at (missing, broken link, link loop, ...).
fn unreachable_path(path: &Path, err: &io::Error) -> LoadProblem {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let reason = match (is_link, err.kind()) {
        (true, io::ErrorKind::NotFound) => {
            "broken symlink: its target does not exist (fix or remove the link)".to_string()
        }
        (true, _) => format!(
            "cannot follow this symlink: {} (a symlink loop? fix or remove the link)",
            describe_io(err)
        ),
        (false, io::ErrorKind::NotFound) => "no such file or folder".to_string(),
        (false, _) => format!("cannot read: {}", describe_io(err)),
    };
    LoadProblem::new(path, None, reason)
}

/// Why a path that is neither a file nor a folder is not opened.
fn special_file(metadata: &Metadata) -> String {
    format!(
        "not a regular file ({}): only article files and folders can be opened",
        special_kind(metadata)
    )
}

#[cfg(unix)]
fn special_kind(metadata: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let file_type = metadata.file_type();
    if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_metadata: &Metadata) -> &'static str {
    "a special file"
}

/// An I/O error in words, without the OS error number ("permission denied").
pub(super) fn describe_io(err: &io::Error) -> String {
    let text = err.to_string();
    let text = match text.find(" (os error") {
        Some(cut) => &text[..cut],
        None => text.as_str(),
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::from("unknown I/O error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_io_errors_without_os_numbers() {
        let err = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(describe_io(&err), "permission denied");
        let err = io::Error::from_raw_os_error(2);
        assert!(!describe_io(&err).contains("os error"));
    }

    #[test]
    fn hidden_names_start_with_a_dot() {
        assert!(is_hidden(&OsString::from(".git")));
        assert!(!is_hidden(&OsString::from("a.txt")));
    }
}
