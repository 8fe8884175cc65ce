//! The state file on disk: `$XDG_DATA_HOME/dateline/state.json`.
//!
//! Writes are atomic: the new state goes to a temporary file in the same directory, is
//! flushed to disk, renamed over the old file, and the directory is flushed, so a crash at
//! any moment leaves either the old file or the new one, never a torn mix. A file that does
//! not parse is renamed to `state.json.corrupt-<time>` and reported, never dropped.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::SavedState;
use crate::xdg::{self, Env};

/// The file name inside the data directory.
pub const FILE_NAME: &str = "state.json";

/// How old a leftover temporary file must be before it is taken for the remains of a
/// killed writer (a live write takes milliseconds).
const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// Why saved state could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no place to save reading state: set XDG_DATA_HOME or HOME to a directory")]
    NoDataDir,
    #[error("cannot read saved state {}: {source}; check its permissions", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error(
        "cannot save reading state to {}: {source}; check that the directory is writable",
        path.display()
    )]
    Write { path: PathBuf, source: io::Error },
    #[error(
        "saved state {} is corrupt and could not be moved aside: {source}; move or delete it",
        path.display()
    )]
    MoveAside { path: PathBuf, source: io::Error },
}

/// Saved state as loaded, with a message for the user when something had to be done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadedState {
    pub state: SavedState,
    /// Set when a corrupt file was moved aside: what happened and where the file went.
    pub notice: Option<String>,
}

/// One state file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// `state.json` in `dir`.
    #[must_use]
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join(FILE_NAME),
        }
    }

    /// The user's state file, `dateline/state.json` under the XDG data directory.
    ///
    /// # Errors
    /// When neither `XDG_DATA_HOME` nor `HOME` says where that is.
    pub fn locate(env: Env) -> Result<Self, StoreError> {
        let data = xdg::data_home(env).ok_or(StoreError::NoDataDir)?;
        Ok(Self::in_dir(&data.join("dateline")))
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Reads the saved state: empty when there is no file yet; a corrupt file is moved
    /// aside and the returned notice says where.
    ///
    /// # Errors
    /// When the file exists but cannot be read, or is corrupt and cannot be moved.
    pub fn load(&self) -> Result<LoadedState, StoreError> {
        remove_stale_temps(self.dir());
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Ok(LoadedState::default());
            }
            Err(source) => {
                return Err(StoreError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        match serde_json::from_slice::<SavedState>(&bytes) {
            Ok(state) => Ok(LoadedState {
                state,
                notice: None,
            }),
            Err(reason) => {
                let aside = self.move_aside()?;
                Ok(LoadedState {
                    state: SavedState::default(),
                    // Where the old file went comes first: the status bar may cut the rest.
                    notice: Some(format!(
                        "corrupt saved state moved to {}; starting afresh ({reason})",
                        aside.display()
                    )),
                })
            }
        }
    }

    /// Renames the file to `state.json.corrupt-<UTC time>` (with a counter if that exists).
    fn move_aside(&self) -> Result<PathBuf, StoreError> {
        let stamp = jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        let base = format!("{FILE_NAME}.corrupt-{stamp}");
        let mut aside = self.dir().join(&base);
        let mut n = 1;
        while aside.exists() {
            n += 1;
            aside = self.dir().join(format!("{base}-{n}"));
        }
        fs::rename(&self.path, &aside).map_err(|source| StoreError::MoveAside {
            path: self.path.clone(),
            source,
        })?;
        Ok(aside)
    }

    /// Writes `state` atomically, creating the directory if needed.
    ///
    /// # Errors
    /// When the directory or the file cannot be written; the old file is then untouched.
    pub fn save(&self, state: &SavedState) -> Result<(), StoreError> {
        let mut bytes = serde_json::to_vec(state).map_err(|err| self.write_error(err.into()))?;
        bytes.push(b'\n');
        let dir = self.dir();
        fs::create_dir_all(dir).map_err(|err| self.write_error(err))?;
        // The pid keeps two dateline processes from writing into one temporary file.
        let temp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let written = write_synced(&temp, &bytes)
            .and_then(|()| fs::rename(&temp, &self.path))
            .and_then(|()| sync_dir(dir));
        if written.is_err() {
            // Best effort: the error that matters is the write's.
            let _ = fs::remove_file(&temp);
        }
        written.map_err(|err| self.write_error(err))
    }

    fn write_error(&self, source: io::Error) -> StoreError {
        StoreError::Write {
            path: self.path.clone(),
            source,
        }
    }
}

/// Writes `bytes` to a new file at `path` and waits until they are on disk. The file is
/// readable by its owner only: it tells what someone has been reading.
fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes a directory, so a rename inside it survives a power cut.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Deletes temporary files left by writers that were killed mid-write.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{FILE_NAME}.");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(&prefix) && name.ends_with(".tmp")) {
            continue;
        }
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok());
        if age.is_some_and(|age| age > STALE_TEMP_AGE) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Marks;

    fn sample() -> SavedState {
        let mut state = SavedState::default();
        state.articles.insert(
            "/n/a.txt".into(),
            Marks {
                read: true,
                ..Marks::default()
            },
        );
        state
    }

    #[test]
    fn a_missing_file_is_an_empty_state() {
        let dir = tempfile::tempdir().expect("tempdir");
        let loaded = StateFile::in_dir(dir.path()).load().expect("loads");
        assert_eq!(loaded, LoadedState::default());
    }

    #[test]
    fn saves_and_loads_back_leaving_no_temp_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = StateFile::in_dir(&dir.path().join("dateline"));
        file.save(&sample()).expect("saves");
        assert_eq!(file.load().expect("loads").state, sample());
        let names: Vec<_> = fs::read_dir(dir.path().join("dateline"))
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, [FILE_NAME]);
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = StateFile::in_dir(dir.path());
        fs::write(file.path(), b"{\"version\":1,\"arti").expect("writes");
        let loaded = file.load().expect("loads");
        assert_eq!(loaded.state, SavedState::default());
        let notice = loaded.notice.expect("a notice");
        assert!(notice.contains("corrupt"), "{notice}");
        assert!(!file.path().exists());
        let aside: Vec<_> = fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").path())
            .collect();
        assert_eq!(aside.len(), 1);
        let name = aside[0].file_name().expect("name").to_string_lossy();
        assert!(name.starts_with("state.json.corrupt-"), "{name}");
        assert!(notice.contains(&*name), "{notice}");
        assert_eq!(
            fs::read(&aside[0]).expect("reads"),
            b"{\"version\":1,\"arti"
        );
    }

    #[test]
    fn temp_files_of_killed_writers_are_cleared_once_stale() {
        let dir = tempfile::tempdir().expect("tempdir");
        let old = dir.path().join(".state.json.4242.tmp");
        let fresh = dir.path().join(".state.json.4343.tmp");
        let other = dir.path().join("notes.tmp");
        for path in [&old, &fresh, &other] {
            fs::write(path, b"{").expect("writes");
        }
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        for path in [&old, &other] {
            let file = File::options().write(true).open(path).expect("opens");
            file.set_modified(long_ago).expect("sets mtime");
        }
        StateFile::in_dir(dir.path()).load().expect("loads");
        assert!(!old.exists(), "a stale temp file is removed");
        assert!(fresh.exists(), "a live writer's temp file stays");
        assert!(other.exists(), "other files are not touched");
    }

    #[test]
    fn an_unwritable_place_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let blocker = dir.path().join("not-a-dir");
        fs::write(&blocker, b"").expect("writes");
        let err = StateFile::in_dir(&blocker)
            .save(&sample())
            .expect_err("cannot write under a file");
        assert!(err.to_string().contains("not-a-dir"), "{err}");
    }
}
