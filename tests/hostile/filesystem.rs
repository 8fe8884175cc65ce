//! Hostile file systems: special files, symlink loops and dangling links, unreadable and
//! vanishing files, hostile file names, and folders with very many files.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Instant;

use super::{GOOD_TEXT, article, folder, load, load_folder, problem, write};

/// Makes a FIFO with the system's `mkfifo` (the test crate has no libc binding).
fn make_fifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo failed");
}

fn is_root() -> bool {
    let output = Command::new("id").arg("-u").output().expect("run id -u");
    String::from_utf8_lossy(&output.stdout).trim() == "0"
}

fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// A folder with a FIFO and a device (a link to /dev/null, and a real node when root)
/// named like articles; returns their paths.
fn special_files(dir: &Path) -> Vec<PathBuf> {
    let fifo = dir.join("fifo.txt");
    make_fifo(&fifo);
    let null_link = dir.join("null.md");
    symlink("/dev/null", &null_link).expect("link to /dev/null");
    let mut paths = vec![fifo, null_link];
    if is_root() {
        let node = dir.join("node.json");
        let made = Command::new("mknod")
            .arg(&node)
            .args(["c", "1", "3"])
            .status();
        if made.is_ok_and(|status| status.success()) {
            paths.push(node);
        }
    }
    paths
}

#[test]
fn fifos_and_devices_are_never_opened() {
    let dir = folder();
    let specials = special_files(dir.path());
    // A FIFO opened for reading would block forever: `load` fails the test on a hang.
    let loaded = load_folder(&dir);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.articles);
    for path in &specials {
        // Named explicitly, each is reported rather than opened.
        let alone = load(path);
        assert!(alone.articles.is_empty());
        problem(&alone, path, "not a regular file");
    }
}

#[test]
fn fifos_and_devices_in_a_folder_are_reported() {
    let dir = folder();
    let specials = special_files(dir.path());
    let loaded = load_folder(&dir);
    for path in &specials {
        problem(&loaded, path, "not a regular file");
    }
}

#[test]
fn symlink_loops_are_reported_once_and_not_followed() {
    let dir = folder();
    let inner = dir.path().join("inner");
    fs::create_dir(&inner).unwrap();
    let back = inner.join("back");
    symlink(dir.path(), &back).unwrap();
    let itself = dir.path().join("itself.txt");
    symlink(&itself, &itself).unwrap();
    let loaded = load_folder(&dir);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.articles);
    problem(&loaded, &back, "symlink loop");
    problem(&loaded, &itself, "symlink");
}

#[test]
fn dangling_symlinks_are_reported() {
    let dir = folder();
    let dangling = dir.path().join("dangling.txt");
    symlink(dir.path().join("nowhere.txt"), &dangling).unwrap();
    let loaded = load_folder(&dir);
    problem(&loaded, &dangling, "broken symlink");
}

#[test]
fn unreadable_files_are_reported() {
    let dir = folder();
    let locked = write(dir.path(), "locked.txt", GOOD_TEXT);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let loaded = load_folder(&dir);
    if is_root() {
        // Root reads files whatever their mode, so there is no denial to report.
        article(&loaded, &locked);
    } else {
        problem(&loaded, &locked, "permission denied");
    }
}

#[test]
fn files_gone_or_emptied_after_listing_are_reported() {
    let dir = folder();
    // The target of a link removed after the link was made: the file vanished.
    let target = write(dir.path(), "target.dat", GOOD_TEXT);
    let moved = dir.path().join("moved.txt");
    symlink(&target, &moved).unwrap();
    fs::remove_file(&target).unwrap();
    // A file truncated to nothing after it was written.
    let truncated = write(dir.path(), "truncated.txt", GOOD_TEXT);
    fs::File::options()
        .write(true)
        .open(&truncated)
        .and_then(|file| file.set_len(0))
        .unwrap();
    let loaded = load_folder(&dir);
    problem(&loaded, &moved, "broken symlink");
    problem(&loaded, &truncated, "empty file");
}

#[test]
fn files_changing_while_the_folder_loads_never_break_the_load() {
    let dir = folder();
    let churn_dir = dir.path().to_path_buf();
    let stop = Arc::new(AtomicBool::new(false));
    let stop_churn = Arc::clone(&stop);
    // Files are created, truncated, replaced by links and deleted while the loader runs,
    // so some are listed and then gone, or emptied, by the time they are read.
    let churn = thread::spawn(move || {
        let mut round = 0u32;
        while !stop_churn.load(Ordering::Relaxed) {
            let path = churn_dir.join(format!("churn-{}.txt", round % 50));
            let _ = match round % 3 {
                0 => fs::write(&path, GOOD_TEXT),
                1 => fs::write(&path, ""),
                _ => fs::remove_file(&path),
            };
            round = round.wrapping_add(1);
        }
    });
    for _ in 0..40 {
        let loaded = load_folder(&dir);
        assert!(loaded.problems.iter().all(|p| !p.reason.is_empty()));
    }
    stop.store(true, Ordering::Relaxed);
    churn.join().unwrap();
}

/// Names with a newline, terminal escapes (clear screen, OSC 52 clipboard write, a title
/// change) and bytes that are not UTF-8.
fn hostile_names() -> Vec<&'static [u8]> {
    vec![
        b"two\nlines.txt",
        b"\x1b[2J\x1b[Hcleared.txt",
        b"\x1b]52;c;aGVsbG8=\x07clip.md",
        b"\x1b]0;owned\x07title.md",
        b"latin-\xe9\xff.txt",
        b"bell\x07\x08\x7f.txt",
        b"\xc2\x9b31mcsi.txt",
    ]
}

#[test]
fn hostile_file_names_load_and_are_reported() {
    let dir = folder();
    let good_dir = dir.path().join("good");
    let bad_dir = dir.path().join("bad");
    fs::create_dir(&good_dir).unwrap();
    fs::create_dir(&bad_dir).unwrap();
    for name in hostile_names() {
        fs::write(good_dir.join(OsStr::from_bytes(name)), GOOD_TEXT).unwrap();
        fs::write(bad_dir.join(OsStr::from_bytes(name)), "").unwrap();
    }
    let loaded = load_folder(&dir);
    let names = hostile_names().len();
    assert_eq!(loaded.articles.len(), names + 1);
    assert_eq!(loaded.problems.len(), names, "{:?}", loaded.problems);
    for problem in &loaded.problems {
        assert!(problem.path.starts_with(&bad_dir));
        assert!(problem.reason.contains("empty file"));
    }
}

#[test]
fn load_problems_display_no_control_characters() {
    let dir = folder();
    for name in hostile_names() {
        fs::write(dir.path().join(OsStr::from_bytes(name)), "").unwrap();
    }
    let loaded = load_folder(&dir);
    assert!(!loaded.problems.is_empty());
    for problem in &loaded.problems {
        let shown = problem.to_string();
        assert!(!has_control(&shown), "raw control characters in {shown:?}");
    }
}

#[test]
fn very_many_tiny_files_load_in_bounded_time() {
    // 100,000 files took over 5 minutes in a debug build on the shared 2-core machine
    // (most of it creating and removing them; loading took 14 s), so 20,000 are used.
    const FILES: usize = 20_000;
    let dir = tempfile::tempdir().unwrap();
    for index in 0..FILES {
        let name = format!("{index:06}.txt");
        let text = if index % 10_000 == 0 {
            ""
        } else {
            "Tiny\n\nBody.\n"
        };
        fs::write(dir.path().join(name), text).unwrap();
    }
    let started = Instant::now();
    let loaded = load(dir.path());
    eprintln!("{FILES} tiny files loaded in {:?}", started.elapsed());
    assert_eq!(loaded.articles.len() + loaded.problems.len(), FILES);
    assert_eq!(loaded.problems.len(), FILES / 10_000);
    // Byte order of names: the first file is the first article or problem.
    assert!(loaded.problems[0].path.ends_with("000000.txt"));
    assert!(loaded.articles[0].path.ends_with("000001.txt"));
}
