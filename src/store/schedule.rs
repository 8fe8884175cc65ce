//! When the event loop writes state: not on every key, but a short while after the first
//! change, so a burst of changes (scrolling, marking several articles) costs one write.

use std::time::{Duration, Instant};

/// How long after a change the state is written.
pub const SAVE_DELAY: Duration = Duration::from_secs(1);

/// A pending write and when it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaveSchedule {
    delay: Duration,
    due: Option<Instant>,
}

impl Default for SaveSchedule {
    fn default() -> Self {
        Self::new(SAVE_DELAY)
    }
}

impl SaveSchedule {
    #[must_use]
    pub fn new(delay: Duration) -> Self {
        Self { delay, due: None }
    }

    /// Notes a change at `now`. The first change starts the clock; later ones join that
    /// write, so steady changes still get saved every `delay`.
    pub fn request(&mut self, now: Instant) {
        self.due.get_or_insert(now + self.delay);
    }

    /// Whether a write is waiting.
    #[must_use]
    pub fn is_pending(&self) -> bool {
        self.due.is_some()
    }

    /// How long until the write is due (zero when overdue); `None` when nothing waits.
    #[must_use]
    pub fn time_left(&self, now: Instant) -> Option<Duration> {
        self.due.map(|due| due.saturating_duration_since(now))
    }

    /// Whether the write is due at `now`; if so the schedule is cleared.
    pub fn take_due(&mut self, now: Instant) -> bool {
        let due = self.due.is_some_and(|due| due <= now);
        if due {
            self.due = None;
        }
        due
    }

    /// Clears the schedule (the state was just written anyway).
    pub fn clear(&mut self) {
        self.due = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_changes_is_one_write_after_the_delay() {
        let start = Instant::now();
        let mut schedule = SaveSchedule::new(Duration::from_secs(1));
        assert!(!schedule.is_pending());
        schedule.request(start);
        schedule.request(start + Duration::from_millis(600));
        assert!(!schedule.take_due(start + Duration::from_millis(999)));
        assert_eq!(
            schedule.time_left(start + Duration::from_millis(400)),
            Some(Duration::from_millis(600))
        );
        assert!(schedule.take_due(start + Duration::from_secs(1)));
        assert!(!schedule.is_pending());
        assert!(!schedule.take_due(start + Duration::from_secs(5)));
    }
}
