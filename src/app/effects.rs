//! Performing the [`Effect`]s that reach outside dateline: writing an exported article,
//! starting the system opener, handing the terminal to a pager, and the OSC 52 clipboard
//! escape. The pure parts (file names, commands, the escape itself) are plain functions
//! with unit tests; the event loop calls [`perform`].

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// How many numbered names (`stem-2.md` ... ) are tried before giving up.
const MAX_NAME_TRIES: usize = 999;

/// The most characters of a title a file name keeps.
const MAX_STEM_CHARS: usize = 60;

/// What performing an effect did, for the status bar.
pub type Outcome = Result<String, String>;

/// A file name stem from an article's title: lowercase letters and digits, words joined by
/// `-` (`"São Paulo Rations Water"` → `são-paulo-rations-water`); `article` when nothing
/// is left. Never contains a path separator or starts with a dot.
#[must_use]
pub fn file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut stem = String::new();
    for word in words {
        if stem.chars().count() + word.chars().count() + 1 > MAX_STEM_CHARS {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        "article".to_string()
    } else {
        stem
    }
}

/// The names tried for an export, in order: `stem.md`, `stem-2.md`, `stem-3.md`, ...
fn candidate_names(stem: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(format!("{stem}.md"))
        .chain((2..=MAX_NAME_TRIES).map(move |n| format!("{stem}-{n}.md")))
}

/// Writes `contents` to the first free name in `dir`; creating with `create_new` makes
/// "free" and "written" one step, so an existing file is never overwritten.
///
/// # Errors
/// When no name is free or the file cannot be created or written.
pub fn write_new_file(dir: &Path, stem: &str, contents: &str) -> io::Result<PathBuf> {
    for name in candidate_names(stem) {
        let path = dir.join(&name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(contents.as_bytes())?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
            Err(err) => return Err(err),
        }
    }
    Err(io::Error::other(format!(
        "{stem}.md and {MAX_NAME_TRIES} numbered names exist already"
    )))
}

/// The OSC 52 escape that asks the terminal to put `text` on the system clipboard. It
/// travels with the terminal's output, so it works over ssh too.
#[must_use]
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

/// What the `o` key opens: the article's web address when it is one (http or https: other
/// schemes from a feed are not handed to an opener), else its file.
#[must_use]
pub fn open_target(url: Option<&str>, file: &Path) -> String {
    match url.map(str::trim) {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => url.to_string(),
        _ => absolute(file).display().to_string(),
    }
}

/// `path` made absolute against the current directory (an opener runs elsewhere).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The program and arguments of the system opener for `target` on this platform.
#[must_use]
pub fn opener_command(target: &str) -> (String, Vec<String>) {
    if cfg!(target_os = "macos") {
        ("open".to_string(), vec![target.to_string()])
    } else if cfg!(windows) {
        let args = ["/C", "start", "", target].map(str::to_string);
        ("cmd".to_string(), args.to_vec())
    } else {
        ("xdg-open".to_string(), vec![target.to_string()])
    }
}

/// The pager command line: `$PAGER`, else `$EDITOR`, else `less` (each split at spaces,
/// so `less -R` works), followed by the file.
#[must_use]
pub fn pager_command(pager: Option<&str>, editor: Option<&str>, file: &Path) -> Vec<String> {
    let chosen = [pager, editor]
        .into_iter()
        .flatten()
        .find(|command| !command.trim().is_empty())
        .unwrap_or("less");
    let mut words: Vec<String> = chosen.split_whitespace().map(str::to_string).collect();
    words.push(file.display().to_string());
    words
}

/// Starts the system opener on `target` and returns at once; a thread reaps the process
/// when it ends so no zombie is left behind.
///
/// # Errors
/// When the opener cannot be started (not installed).
pub fn spawn_opener(target: &str) -> io::Result<()> {
    let (program, args) = opener_command(target);
    let mut child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| cannot_run(&program, &err))?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// Runs the pager on `file` in the terminal (which the caller has handed over) and waits.
///
/// # Errors
/// When the pager cannot be started or ends with a failure.
pub fn run_pager(file: &Path) -> io::Result<()> {
    let pager = std::env::var("PAGER").ok();
    let editor = std::env::var("EDITOR").ok();
    let words = pager_command(pager.as_deref(), editor.as_deref(), file);
    let (program, args) = words.split_first().expect("the command holds the file");
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|err| cannot_run(program, &err))?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("{program} ended with {status}")))
    }
}

/// Why a program could not be started, saying what to do about it.
fn cannot_run(program: &str, err: &io::Error) -> io::Error {
    let message = if err.kind() == io::ErrorKind::NotFound {
        format!("{program} is not installed")
    } else {
        format!("cannot run {program}: {err}")
    };
    io::Error::new(err.kind(), message)
}

/// Writes the OSC 52 escape for `text` straight to the terminal.
///
/// # Errors
/// When the terminal cannot be written to.
pub fn copy_to_clipboard(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_lowercase_words() {
        assert_eq!(
            file_stem("São Paulo Rations Water!"),
            "são-paulo-rations-water"
        );
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem(".hidden"), "hidden");
        assert_eq!(file_stem("—"), "article");
        assert!(file_stem(&"word ".repeat(50)).chars().count() <= MAX_STEM_CHARS);
    }

    #[test]
    fn an_existing_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("news.md"), "mine").unwrap();
        let first = write_new_file(dir.path(), "news", "one").unwrap();
        let second = write_new_file(dir.path(), "news", "two").unwrap();
        assert_eq!(first, dir.path().join("news-2.md"));
        assert_eq!(second, dir.path().join("news-3.md"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("news.md")).unwrap(),
            "mine"
        );
        assert_eq!(std::fs::read_to_string(second).unwrap(), "two");
    }

    #[test]
    fn osc52_carries_base64_text() {
        assert_eq!(
            osc52("Hi\nhttps://x.org"),
            "\x1b]52;c;SGkKaHR0cHM6Ly94Lm9yZw==\x07"
        );
    }

    #[test]
    fn only_web_addresses_are_opened_as_urls() {
        let file = Path::new("/news/a.txt");
        assert_eq!(
            open_target(Some(" https://example.org/a "), file),
            "https://example.org/a"
        );
        assert_eq!(
            open_target(Some("javascript:alert(1)"), file),
            "/news/a.txt"
        );
        assert_eq!(open_target(None, file), "/news/a.txt");
        assert!(Path::new(&open_target(None, Path::new("rel.txt"))).is_absolute());
    }

    #[test]
    fn the_pager_is_pager_then_editor_then_less() {
        let file = Path::new("a.txt");
        assert_eq!(
            pager_command(Some("less -R"), Some("vim"), file),
            ["less", "-R", "a.txt"]
        );
        assert_eq!(
            pager_command(Some(" "), Some("nano"), file),
            ["nano", "a.txt"]
        );
        assert_eq!(pager_command(None, None, file), ["less", "a.txt"]);
    }
}
