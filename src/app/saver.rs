//! Writing the reading state from the event loop: [`Saver`] turns `Effect::SaveState` into a
//! write a second later ([`SaveSchedule`]), skips writes when nothing changed, and writes
//! whatever is left on the way out. Each write reads the file first and adds this run's
//! changes to it, so two dateline processes do not undo each other's marks.

use std::time::Instant;

use super::state::AppState;
use super::update;
use crate::store::file::{StateFile, StoreError};
use crate::store::schedule::SaveSchedule;

/// Writes the reading state: on a schedule while the reader runs, and at the end.
pub struct Saver {
    file: Option<StateFile>,
    schedule: SaveSchedule,
    /// `AppState::marks_revision` at the last write (or at start).
    saved_revision: u64,
}

impl Saver {
    #[must_use]
    pub fn new(file: Option<StateFile>) -> Self {
        Self {
            file,
            schedule: SaveSchedule::default(),
            saved_revision: 0,
        }
    }

    /// When the scheduled write falls due, if one is waiting.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        let now = Instant::now();
        self.schedule.time_left(now).map(|left| now + left)
    }

    /// Schedules a write: `update` returned [`super::action::Effect::SaveState`].
    pub fn request(&mut self) {
        self.schedule.request(Instant::now());
    }

    /// Writes the state if it changed since the last write: the file as it is now, with
    /// this run's changes applied. Returns a notice when the file had become corrupt (it is
    /// moved aside, as at start).
    ///
    /// # Errors
    /// When the file cannot be read or written; the next change schedules another try.
    pub fn save_if_changed(&mut self, state: &mut AppState) -> Result<Option<String>, StoreError> {
        self.schedule.clear();
        let Some(file) = self.file.as_ref() else {
            return Ok(None);
        };
        if state.marks_revision == self.saved_revision {
            return Ok(None);
        }
        let on_disk = file.load()?;
        let others_wrote = on_disk.state != state.saved;
        let merged = state.merged_into(on_disk.state);
        file.save(&merged)?;
        update::state_written(state, merged, others_wrote);
        self.saved_revision = state.marks_revision;
        Ok(on_disk.notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::keymap::Keymap;
    use crate::app::update::update as apply;
    use crate::article::{Loaded, load_paths};

    fn state_over(dir: &std::path::Path) -> AppState {
        std::fs::write(dir.join("a.txt"), "Title\n\nBody text.\n").expect("writes");
        let loaded: Loaded = load_paths(&[dir.join("a.txt")]);
        AppState::new(loaded, Keymap::default())
    }

    #[test]
    fn writes_only_after_a_change_and_then_what_the_state_holds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = StateFile::in_dir(&dir.path().join("data"));
        let mut saver = Saver::new(Some(file.clone()));
        let mut state = state_over(dir.path());
        saver.save_if_changed(&mut state).expect("nothing to do");
        assert!(!file.path().exists(), "no change, no write");

        if apply(&mut state, Action::ToggleStar) == Some(crate::app::action::Effect::SaveState) {
            saver.request();
        }
        assert!(saver.deadline().is_some());
        saver.save_if_changed(&mut state).expect("writes");
        assert!(saver.deadline().is_none());
        assert_eq!(file.load().expect("loads").state, state.saved_state());
        assert!(state.saved_state().articles.values().all(|m| m.starred));
    }
}
