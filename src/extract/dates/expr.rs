//! The meaning of a date expression before it is anchored to a publication date: what the
//! grammar produces and what `resolve` turns into a TIMEX3 value.

use super::holiday::Holiday;
use super::lexicon::{DayPart, Season, Unit};

/// Which year a named period ("July 15", "the third quarter", "fall") falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Written out: "July 15, 2012".
    Given(i32),
    /// Counted from the publication year: "June last year" is `Offset(-1)`.
    Offset(i32),
    /// Not said: the nearest occurrence in the direction the sentence points ("July 15").
    Unsaid,
    /// "last May": the latest occurrence before the current one.
    Before,
    /// "next May": the first occurrence after the current one.
    After,
}

/// A part of a year that TIMEX3 names in its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Whole,
    Month(u8),
    Season(Season),
    Quarter(u8),
    /// "the quarter", "the latest quarter": the last quarter completed before publication.
    LatestQuarter,
    /// "the current quarter": the quarter of publication.
    CurrentQuarter,
    Half(u8),
}

/// A time of day attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    Part(DayPart),
    Clock { hour: u8, minute: u8 },
}

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayShift {
    /// A bare weekday: the nearest one in the direction the sentence points.
    Nearest,
    /// "last Tuesday": strictly before publication.
    Last,
    /// "next Tuesday", "this coming Tuesday": strictly after publication.
    Next,
    /// "this Tuesday": the one in the week of publication.
    This,
}

/// The non-specific references of TIMEX3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Present,
    Past,
    Future,
}

/// The meaning of one date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// A day: "July 15, 2012", "15 July", "2012-07-15".
    Date {
        year: YearRef,
        month: u8,
        day: u8,
        time: Option<TimeOfDay>,
    },
    /// A year or a named part of one: "2012", "July 2012", "last fall", "the third quarter".
    InYear {
        year: YearRef,
        period: Period,
    },
    /// A decade, given by its first three digits: "the 1990s" is `Decade(199)`.
    Decade(i32),
    /// Part of a decade or a decade in words ("the early 1980s", "the nineties"): TIMEX3
    /// writes these as the three digits alone (`198`).
    DecadePart(i32),
    /// A century, given by its first two digits: "the 20th century" is `Century(19)`.
    Century(i32),
    Weekday {
        weekday: u8,
        shift: WeekdayShift,
        time: Option<TimeOfDay>,
    },
    /// A unit counted from publication: "yesterday" is `Shift { unit: Day, by: -1 }`,
    /// "last week" `Shift { unit: Week, by: -1 }`, "this morning" a day shift with a part.
    Shift {
        unit: Unit,
        by: i32,
        time: Option<TimeOfDay>,
    },
    /// A named day: "Christmas Day", "last Thanksgiving".
    Holiday {
        holiday: Holiday,
        year: YearRef,
    },
    Reference(Reference),
}

impl Expr {
    /// A calendar day with no time of day.
    pub fn day(year: YearRef, month: u8, day: u8) -> Self {
        Expr::Date {
            year,
            month,
            day,
            time: None,
        }
    }

    /// A shift with no time of day.
    pub fn shift(unit: Unit, by: i32) -> Self {
        Expr::Shift {
            unit,
            by,
            time: None,
        }
    }

    /// The same expression with a time of day, where the expression names a day.
    pub fn with_time(self, time: TimeOfDay) -> Self {
        match self {
            Expr::Date {
                year, month, day, ..
            } => Expr::Date {
                year,
                month,
                day,
                time: Some(time),
            },
            Expr::Weekday { weekday, shift, .. } => Expr::Weekday {
                weekday,
                shift,
                time: Some(time),
            },
            Expr::Shift {
                unit: Unit::Day,
                by,
                ..
            } => Expr::Shift {
                unit: Unit::Day,
                by,
                time: Some(time),
            },
            other => other,
        }
    }

    /// The same named period placed in `year` ("this year's third quarter").
    pub fn in_year(self, year: YearRef) -> Self {
        match self {
            Expr::InYear { period, .. } => Expr::InYear { year, period },
            other => other,
        }
    }

    /// Whether the expression names a single day (so a time of day can attach to it).
    pub fn is_day(&self) -> bool {
        matches!(
            self,
            Expr::Date { .. }
                | Expr::Weekday { .. }
                | Expr::Holiday { .. }
                | Expr::Shift {
                    unit: Unit::Day,
                    ..
                }
        )
    }
}
