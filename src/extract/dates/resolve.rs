//! Anchoring: turns an [`Expr`] into its TIMEX3 value, using the publication date (`dct`)
//! for everything the text leaves implicit, and `X` placeholders when there is no `dct`.

use jiff::civil::Date;

use super::expr::{Expr, Period, Reference, TimeOfDay, WeekdayShift, YearRef};
use super::lexicon::{DayPart, Unit};
use super::period_value::{floating_period, format_period};

/// Which way the sentence around an expression points, for "Tuesday" or "July 15".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// No cue: a weekday or month is the latest one on or before publication (news reports
    /// the past), a month and day the nearest one either way.
    Unmarked,
    /// A future cue ("will", "payable"): the first occurrence on or after publication.
    Future,
    /// A deadline right before ("by", "until"): ahead for a calendar date, but a weekday
    /// keeps the unmarked reading ("until Thursday, they had not ...").
    Deadline,
    /// A past cue right before ("ended", "since"): the latest occurrence before publication.
    Past,
}

/// A TIMEX3 value and whether it was computed from the publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub text: String,
    pub relative: bool,
}

/// The TIMEX3 value of `expr`, or `None` when it names an impossible date.
pub fn value(expr: Expr, dct: Option<Date>, direction: Direction) -> Option<Value> {
    let absolute = |text: String| {
        Some(Value {
            text,
            relative: false,
        })
    };
    match expr {
        Expr::Date {
            year: YearRef::Given(y),
            month,
            day,
            time,
        } => absolute(format_day(checked_date(y, month, day)?, time)),
        Expr::Date {
            year,
            month,
            day,
            time,
        } => floating_day(year, month, day, time, dct, direction),
        Expr::InYear {
            year: YearRef::Given(y),
            period,
        } => absolute(format_period(y, period, dct)?),
        Expr::InYear { year, period } => floating_period(year, period, dct, direction),
        Expr::Decade(d) => absolute(format!("{d}X")),
        Expr::DecadePart(d) => absolute(format!("{d}")),
        Expr::Century(c) => absolute(format!("{c:02}")),
        Expr::Reference(r) => absolute(reference(r).to_string()),
        Expr::Weekday {
            weekday,
            shift,
            time,
        } => weekday_value(weekday, shift, time, dct, direction),
        Expr::Shift { unit, by, time } => shifted(unit, by, time, dct, direction),
        Expr::Holiday {
            holiday,
            year: YearRef::Given(y),
        } => absolute(holiday.date_in(y)?.to_string()),
        Expr::Holiday { holiday, year } => {
            let unanchored = match holiday.fixed_day() {
                Some((month, day)) => format!("XXXX-{month:02}-{day:02}"),
                None => "XXXX-XX-XX".to_string(),
            };
            floating(
                |y| holiday.date_in(y),
                year,
                None,
                dct,
                direction,
                unanchored,
            )
        }
    }
}

fn reference(r: Reference) -> &'static str {
    match r {
        Reference::Present => "PRESENT_REF",
        Reference::Past => "PAST_REF",
        Reference::Future => "FUTURE_REF",
    }
}

pub fn relative(text: String) -> Option<Value> {
    Some(Value {
        text,
        relative: true,
    })
}

fn checked_date(year: i32, month: u8, day: u8) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

fn add_days(date: Date, days: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(days).ok()?;
    date.checked_add(span).ok()
}

fn format_day(date: Date, time: Option<TimeOfDay>) -> String {
    format!("{date}{}", time_suffix(time))
}

/// `TMO`, `T09:00` or nothing.
fn time_suffix(time: Option<TimeOfDay>) -> String {
    match time {
        None => String::new(),
        Some(TimeOfDay::Part(part)) => format!("T{}", day_part(part)),
        Some(TimeOfDay::Clock { hour, minute }) => format!("T{hour:02}:{minute:02}"),
    }
}

fn day_part(part: DayPart) -> &'static str {
    match part {
        DayPart::Morning => "MO",
        DayPart::Afternoon => "AF",
        DayPart::Evening => "EV",
        DayPart::Night => "NI",
    }
}

/// A month and day without a year: the nearest one in the sentence's direction.
fn floating_day(
    year: YearRef,
    month: u8,
    day: u8,
    time: Option<TimeOfDay>,
    dct: Option<Date>,
    direction: Direction,
) -> Option<Value> {
    checked_date(2000, month, day)?; // a leap year, so February 29 passes
    let unanchored = format!("XXXX-{month:02}-{day:02}");
    let date_in = |y: i32| checked_date(y, month, day);
    floating(date_in, year, time, dct, direction, unanchored)
}

/// A day that recurs every year (`date_in` gives it for a year; it may not exist in every
/// year, like February 29): the occurrence the year reference and direction pick.
fn floating(
    date_in: impl Fn(i32) -> Option<Date>,
    year: YearRef,
    time: Option<TimeOfDay>,
    dct: Option<Date>,
    direction: Direction,
    unanchored: String,
) -> Option<Value> {
    let Some(dct) = dct else {
        return relative(format!("{unanchored}{}", time_suffix(time)));
    };
    let base = i32::from(dct.year());
    let anchor = match year {
        YearRef::Offset(n) => base + n,
        _ => base,
    };
    let date = date_in(anchor).or_else(|| date_in(anchor - 1))?;
    let shift_year = |date: Date, by: i32| date_in(i32::from(date.year()) + by);
    let before = if date > dct {
        shift_year(date, -1).or_else(|| shift_year(date, -4))?
    } else {
        date
    };
    let after = if date < dct {
        shift_year(date, 1).or_else(|| shift_year(date, 4))?
    } else {
        date
    };
    let date = match (year, direction) {
        (YearRef::Offset(_), _) => date,
        (YearRef::Before, _) => before,
        (YearRef::After, _) | (_, Direction::Future | Direction::Deadline) => after,
        (_, Direction::Past) => before,
        _ => nearest(dct, before, after),
    };
    relative(format_day(date, time))
}

/// The nearer of two dates to `dct`, weighted towards the past as news mostly reports it:
/// the later date wins only when it is less than half as far away.
fn nearest(dct: Date, before: Date, after: Date) -> Date {
    let distance = |d: Date| i64::from((d - dct).get_days().abs());
    if 2 * distance(after) < distance(before) {
        after
    } else {
        before
    }
}

fn weekday_value(
    weekday: u8,
    shift: WeekdayShift,
    time: Option<TimeOfDay>,
    dct: Option<Date>,
    direction: Direction,
) -> Option<Value> {
    let Some(dct) = dct else {
        return relative(format!("XXXX-WXX-{weekday}{}", time_suffix(time)));
    };
    let today = i64::from(dct.weekday().to_monday_one_offset());
    let target = i64::from(weekday);
    let back = (today - target).rem_euclid(7); // days back to the latest such weekday
    let ahead = (target - today).rem_euclid(7);
    let offset = match (shift, direction) {
        (WeekdayShift::Nearest, Direction::Unmarked | Direction::Deadline | Direction::Past) => {
            -back
        }
        (WeekdayShift::Nearest, Direction::Future) => ahead,
        (WeekdayShift::Last, _) => -(if back == 0 { 7 } else { back }),
        (WeekdayShift::Next, _) => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        (WeekdayShift::This, _) => target - today,
    };
    relative(format_day(add_days(dct, offset)?, time))
}

fn shifted(
    unit: Unit,
    by: i32,
    time: Option<TimeOfDay>,
    dct: Option<Date>,
    direction: Direction,
) -> Option<Value> {
    let Some(dct) = dct else {
        return relative(format!("{}{}", unanchored(unit), time_suffix(time)));
    };
    let year = i32::from(dct.year());
    let text = match unit {
        Unit::Day => format_day(add_days(dct, i64::from(by))?, time),
        Unit::Week => iso_week(add_days(dct, 7 * i64::from(by))?),
        Unit::Weekend => format!("{}-WE", iso_week(weekend_anchor(dct, by, direction)?)),
        Unit::Month => {
            let months = year * 12 + i32::from(dct.month()) - 1 + by;
            format_period(
                months.div_euclid(12),
                Period::Month(month_number(months)),
                None,
            )?
        }
        Unit::Quarter => {
            let quarters = year * 4 + (i32::from(dct.month()) - 1) / 3 + by;
            let q = u8::try_from(quarters.rem_euclid(4) + 1).ok()?;
            format_period(quarters.div_euclid(4), Period::Quarter(q), None)?
        }
        Unit::Year => format_period(year + by, Period::Whole, None)?,
        Unit::Decade => format!("{}", (year + 10 * by).div_euclid(10)),
        Unit::Century => format!("{:02}", (year + 100 * by).div_euclid(100)),
    };
    relative(text)
}

fn month_number(months: i32) -> u8 {
    u8::try_from(months.rem_euclid(12) + 1).unwrap_or(1)
}

/// A day in the week whose weekend is meant: "the weekend" is the latest one unless the
/// sentence looks ahead, "last weekend" the one in the week before, "next weekend" the
/// coming one.
fn weekend_anchor(dct: Date, by: i32, direction: Direction) -> Option<Date> {
    let in_weekend = dct.weekday().to_monday_one_offset() >= 6;
    let weeks = match (by, direction) {
        (0, Direction::Future | Direction::Deadline) => 0,
        (0, _) if in_weekend => 0,
        (0, _) => -1,
        (b, _) if b < 0 || in_weekend => b,
        (b, _) => b - 1,
    };
    add_days(dct, 7 * i64::from(weeks))
}

fn iso_week(date: Date) -> String {
    let week = date.iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

fn unanchored(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}
