//! Shared by the loader targets: the loaders only read from files (there is no public
//! parse-from-bytes function), so each input is written to a file with the format's
//! extension in a folder private to this fuzzing process, and loaded from there.

use std::path::PathBuf;

use dateline::article::{Loaded, load_paths};

/// Writes `data` to `input.EXTENSION` and loads it; checks every span of every article.
pub fn load_bytes(data: &[u8], extension: &str) {
    let dir = std::env::temp_dir().join(format!("dateline-fuzz-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let path: PathBuf = dir.join(format!("input.{extension}"));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    check(&load_paths(&[path]));
}

fn check(loaded: &Loaded) {
    for article in &loaded.articles {
        let text = &article.text;
        let spans = article
            .caption
            .iter()
            .chain(&article.credit)
            .chain(&article.body);
        for span in spans {
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
    for problem in &loaded.problems {
        assert!(!problem.reason.is_empty());
    }
}
