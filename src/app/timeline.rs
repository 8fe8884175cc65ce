//! The timeline of an article: its dates in chronological order by TIMEX3 value, each with
//! the sentence it comes from, and where the publication date falls among them.
//!
//! Every value becomes a stretch of days (`2026-11` is November, `2026-W47` that week,
//! `2012-SU` June to August, `199X` the 1990s) and entries sort by its start, longer
//! stretches first, then by position in the text. Vague references sit next to the
//! publication date (`PAST_REF` just before it, `PRESENT_REF` on it, `FUTURE_REF` just
//! after) or, without one, at the ends. Values with no known year (`XXXX-10-03`) cannot be
//! placed and come last, by month and day.

use super::evidence::sentence_around;
use crate::extract::{Date, DateMention, Span};

/// One date mention on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The TIMEX3 value.
    pub value: String,
    /// The mention as written ("last week").
    pub written: String,
    pub span: Span,
    /// The sentence the mention is in.
    pub sentence: Span,
    /// Whether the value has a place in time (not `XXXX-10-03`).
    pub placed: bool,
}

/// One row of the timeline as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRow {
    Entry(usize),
    /// Where the publication date falls in the sequence.
    Published,
    /// The heading above values whose year is unknown.
    Unplaced,
}

/// The open article's timeline, with the selection and scroll position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub entries: Vec<TimelineEntry>,
    pub rows: Vec<TimelineRow>,
    pub published: Option<Date>,
    /// The selected entry (an index into `entries`).
    pub selected: usize,
    /// The first row on screen.
    pub offset: usize,
}

/// Where a value sorts: placed values by their first day (in half days, so vague
/// references can sit between days), then unplaced ones by month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Placed { start: i64, longer_first: i64 },
    Unplaced { month: u8, day: u8 },
    Unknown,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Monday of ISO week `week` of `year`.
fn iso_week_start(year: i64, week: i64) -> i64 {
    let jan4 = days_from_civil(year, 1, 4);
    // 1970-01-01 was a Thursday: Monday is 0.
    let weekday = (jan4 + 3).rem_euclid(7);
    jan4 - weekday + 7 * (week - 1)
}

fn number(text: &str) -> Option<i64> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The first and last day of a year part (`MM`, `Www`, `Qn`, `Hn`, a season), if valid.
fn period_days(year: i64, part: &str) -> Option<(i64, i64)> {
    let months = |first: i64, count: i64| {
        let start = days_from_civil(year, first, 1);
        let end_month = first + count;
        let end = days_from_civil(year + (end_month - 1) / 12, (end_month - 1) % 12 + 1, 1) - 1;
        Some((start, end))
    };
    if let Some(week) = part
        .strip_prefix('W')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        let (week, weekend) = match week.strip_suffix("-WE") {
            Some(w) => (w, true),
            None => (week, false),
        };
        let monday = iso_week_start(year, number(week).filter(|w| (1..=53).contains(w))?);
        return Some(if weekend {
            (monday + 5, monday + 6)
        } else {
            (monday, monday + 6)
        });
    }
    match part {
        "SP" => months(3, 3),
        "SU" => months(6, 3),
        "FA" => months(9, 3),
        "WI" => months(12, 3),
        "H1" => months(1, 6),
        "H2" => months(7, 6),
        "Q1" | "Q2" | "Q3" | "Q4" => months(number(&part[1..])? * 3 - 2, 3),
        "QX" => months(1, 12),
        _ => {
            let (month, day) = match part.split_once('-') {
                Some((m, d)) => (number(m)?, Some(number(d)?)),
                None => (number(part)?, None),
            };
            if !(1..=12).contains(&month) {
                return None;
            }
            match day {
                Some(day) if (1..=31).contains(&day) => {
                    let d = days_from_civil(year, month, day);
                    Some((d, d))
                }
                Some(_) => None,
                None => months(month, 1),
            }
        }
    }
}

/// The first and last day a value covers, if it has a place in time.
fn value_days(value: &str) -> Option<(i64, i64)> {
    let date_part = value.split('T').next().unwrap_or(value);
    let (year, rest) = match date_part.split_once('-') {
        Some((year, rest)) => (year, Some(rest)),
        None => (date_part, None),
    };
    if year.len() != 4 {
        return None;
    }
    let digits = year.trim_end_matches('X');
    let unknown = year.len() - digits.len();
    let first = number(digits)?;
    match (unknown, rest) {
        (0, None) => Some((
            days_from_civil(first, 1, 1),
            days_from_civil(first + 1, 1, 1) - 1,
        )),
        (0, Some(part)) => period_days(first, part),
        // A decade (199X) or a century (19XX).
        (1 | 2, _) => {
            let scale = 10_i64.pow(u32::try_from(unknown).ok()?);
            let from = first * scale;
            Some((
                days_from_civil(from, 1, 1),
                days_from_civil(from + scale, 1, 1) - 1,
            ))
        }
        _ => None,
    }
}

fn sort_key(value: &str, published: Option<i64>) -> SortKey {
    let placed = |start: i64, end: i64| SortKey::Placed {
        start: start * 2,
        longer_first: start - end,
    };
    let vague = |offset: i64, without: i64| SortKey::Placed {
        start: published.map_or(without, |day| day * 2 + offset),
        longer_first: 0,
    };
    match value {
        "PAST_REF" => return vague(-1, i64::MIN / 4),
        "PRESENT_REF" => return vague(0, i64::MAX / 4 - 1),
        "FUTURE_REF" => return vague(1, i64::MAX / 4),
        _ => {}
    }
    if let Some((start, end)) = value_days(value) {
        return placed(start, end);
    }
    // XXXX-MM-DD, XXXX-MM: no year, but month and day still order them.
    let rest = value.strip_prefix("XXXX-").unwrap_or("");
    let mut parts = rest
        .split('-')
        .map(|p| number(p.split('T').next().unwrap_or(p)));
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(month), day) if (1..=12).contains(&month) => SortKey::Unplaced {
            month: u8::try_from(month).unwrap_or(0),
            day: day.and_then(|d| u8::try_from(d).ok()).unwrap_or(0),
        },
        _ => SortKey::Unknown,
    }
}

fn date_days(date: Date) -> i64 {
    days_from_civil(
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    )
}

/// Builds the timeline of `text`'s `dates` (mentions with spans into `text`), with the
/// publication date `published` marked where it falls.
#[must_use]
pub fn build(text: &str, dates: &[DateMention], published: Option<Date>) -> Timeline {
    let published_day = published.map(date_days);
    let mut keyed: Vec<(SortKey, TimelineEntry)> = dates
        .iter()
        .filter_map(|date| {
            let written = text.get(date.span.start..date.span.end)?;
            let key = sort_key(&date.value, published_day);
            Some((
                key,
                TimelineEntry {
                    value: date.value.clone(),
                    written: written.to_string(),
                    span: date.span,
                    sentence: sentence_around(text, date.span),
                    placed: matches!(key, SortKey::Placed { .. }),
                },
            ))
        })
        .collect();
    keyed.sort_by_key(|(key, entry)| (*key, entry.span));
    let marker = published_day.map(|day| {
        keyed
            .iter()
            .position(|(key, _)| match key {
                SortKey::Placed { start, .. } => *start >= day * 2,
                _ => true,
            })
            .unwrap_or(keyed.len())
    });
    let mut rows = Vec::with_capacity(keyed.len() + 2);
    for (i, (key, _)) in keyed.iter().enumerate() {
        if marker == Some(i) {
            rows.push(TimelineRow::Published);
        }
        let first_unplaced = !matches!(key, SortKey::Placed { .. })
            && (i == 0 || matches!(keyed[i - 1].0, SortKey::Placed { .. }));
        if first_unplaced {
            rows.push(TimelineRow::Unplaced);
        }
        rows.push(TimelineRow::Entry(i));
    }
    if marker == Some(keyed.len()) {
        rows.push(TimelineRow::Published);
    }
    Timeline {
        entries: keyed.into_iter().map(|(_, entry)| entry).collect(),
        rows,
        published,
        selected: 0,
        offset: 0,
    }
}

impl Timeline {
    /// The row that shows entry `entry`.
    #[must_use]
    pub fn row_of_entry(&self, entry: usize) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| *r == TimelineRow::Entry(entry))
    }

    /// Moves the selection by `delta` entries and scrolls so it stays within `height` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let last = self.entries.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.keep_visible(height);
    }

    /// Scrolls so the selected entry (and the marker or heading just above it) is on screen.
    pub fn keep_visible(&mut self, height: usize) {
        let height = height.max(1);
        let Some(row) = self.row_of_entry(self.selected) else {
            self.offset = 0;
            return;
        };
        let wanted_top = match row.checked_sub(1).map(|r| self.rows[r]) {
            Some(TimelineRow::Published | TimelineRow::Unplaced) => row - 1,
            _ => row,
        };
        if wanted_top < self.offset {
            self.offset = wanted_top;
        } else if row >= self.offset + height {
            self.offset = row + 1 - height;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(height));
    }
}

#[cfg(test)]
mod tests;
