//! A crash drill for the state file: writes numbered generations of a made-up state as
//! fast as it can, so a test can kill the writer (SIGKILL) at random moments and check that
//! the file on disk is always one whole generation. Reached through the hidden
//! `dateline __write-state-loop` command.
//!
//! Generation `g` has [`DRILL_ARTICLES`] entries, each positioned in body paragraph `g`
//! at its own offset, so a file mixing two generations, or cut short, is detected.

use std::collections::BTreeMap;

use super::file::{StateFile, StoreError};
use super::{Marks, Position, SavedState};
use crate::app::document::Part;

/// Entries per generation: enough that a write is not a single `write` call (about 30 KB).
pub const DRILL_ARTICLES: usize = 500;

/// The state of generation `generation`.
#[must_use]
pub fn generation(generation: usize) -> SavedState {
    let articles: BTreeMap<String, Marks> = (0..DRILL_ARTICLES)
        .map(|i| {
            let marks = Marks {
                read: true,
                starred: i % 2 == 0,
                position: Some(Position {
                    part: Part::Body(generation),
                    offset: i,
                }),
            };
            (format!("/drill/article-{i:05}.txt"), marks)
        })
        .collect();
    SavedState {
        articles,
        ..SavedState::default()
    }
}

/// Which generation `state` is, if it is exactly one whole generation.
///
/// # Errors
/// What is wrong when it is not (a torn or mixed file that still parsed).
pub fn generation_of(state: &SavedState) -> Result<usize, String> {
    let first = state
        .articles
        .values()
        .next()
        .and_then(|m| m.position)
        .ok_or("no entries")?;
    let Part::Body(g) = first.part else {
        return Err(format!("unexpected part {:?}", first.part));
    };
    if *state == generation(g) {
        Ok(g)
    } else {
        Err(format!(
            "starts like generation {g} but differs from it ({} entries)",
            state.articles.len()
        ))
    }
}

/// Loads `file` (reporting a corrupt one on stderr, as the reader does in its status bar),
/// then writes the following generations: `count` of them, or until killed. `written` is
/// told each generation once it is in place.
///
/// # Errors
/// When the file cannot be read, moved aside or written.
pub fn write_generations(
    file: &StateFile,
    count: Option<usize>,
    mut written: impl FnMut(usize),
) -> Result<(), StoreError> {
    let loaded = file.load()?;
    if let Some(notice) = loaded.notice {
        eprintln!("dateline: {notice}");
    }
    let start = if loaded.state.articles.is_empty() {
        0
    } else {
        generation_of(&loaded.state).map_or(0, |g| g + 1)
    };
    let end = count.map_or(usize::MAX, |n| start.saturating_add(n));
    for g in start..end {
        file.save(&generation(g))?;
        written(g);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generations_are_recognised_and_mixtures_are_not() {
        assert_eq!(generation_of(&generation(7)), Ok(7));
        let mut mixed = generation(7);
        let later = generation(8);
        let (key, marks) = later.articles.iter().last().expect("entries");
        mixed.articles.insert(key.clone(), *marks);
        assert!(generation_of(&mixed).is_err());
        let mut short = generation(7);
        short.articles.pop_last();
        assert!(generation_of(&short).is_err());
    }

    #[test]
    fn each_run_continues_from_the_last_generation() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = StateFile::in_dir(dir.path());
        write_generations(&file, Some(3), |_| {}).expect("writes");
        let state = file.load().expect("loads").state;
        assert_eq!(generation_of(&state), Ok(2));
        write_generations(&file, Some(1), |_| {}).expect("writes");
        let state = file.load().expect("loads").state;
        assert_eq!(generation_of(&state), Ok(3));
    }
}
