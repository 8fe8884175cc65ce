//! Values of named parts of a year ("July", "the third quarter", "last fall", "the latest
//! quarter"): which year they fall in when the text leaves it out, and how TIMEX3 writes
//! them (`2012-07`, `2012-Q3`, `2011-FA`, `2012-H1`).

use jiff::civil::Date;

use super::expr::{Period, YearRef};
use super::lexicon::Season;
use super::resolve::{Direction, Value, relative};

/// The year a named period falls in when the text does not say it outright.
fn anchor_year(year: YearRef, period: Period, dct: Date, direction: Direction) -> i32 {
    let base = i32::from(dct.year());
    let now = i32::from(dct.month());
    let start = period_start_month(period, dct);
    match year {
        YearRef::Given(y) => y,
        YearRef::Offset(n) => base + n,
        YearRef::Unsaid => match (period, direction) {
            // A quarter well after the current one was reported last year, unless the
            // sentence looks ahead ("expects third-quarter growth").
            (Period::Quarter(q), Direction::Unmarked | Direction::Past) => {
                let current = (now - 1) / 3 + 1;
                if i32::from(q) > current + 1 {
                    base - 1
                } else {
                    base
                }
            }
            (Period::Quarter(_) | Period::Whole, _) => base,
            (Period::Month(_), Direction::Unmarked) if (1..=2).contains(&(start - now)) => base,
            (Period::Month(_), Direction::Unmarked) if (1..=2).contains(&(start + 12 - now)) => {
                base + 1
            }
            (_, Direction::Unmarked | Direction::Past) if start > now => base - 1,
            (_, Direction::Future | Direction::Deadline) if start < now => base + 1,
            _ => base,
        },
        YearRef::Before if start < now => base,
        YearRef::Before => base - 1,
        YearRef::After if start > now => base,
        YearRef::After => base + 1,
    }
}

/// The first month of a period, for comparing it with the publication month.
fn period_start_month(period: Period, dct: Date) -> i32 {
    match period {
        Period::Whole | Period::Half(1) => 1,
        Period::Half(_) => 7,
        Period::Month(m) => i32::from(m),
        Period::Season(Season::Spring) => 3,
        Period::Season(Season::Summer) => 6,
        Period::Season(Season::Fall) => 9,
        Period::Season(Season::Winter) => 12,
        Period::Quarter(q) => i32::from(q) * 3 - 2,
        Period::LatestQuarter | Period::CurrentQuarter => i32::from(dct.month()),
    }
}

pub fn floating_period(
    year: YearRef,
    period: Period,
    dct: Option<Date>,
    direction: Direction,
) -> Option<Value> {
    match dct {
        Some(dct) => {
            let y = anchor_year(year, period, dct, direction);
            relative(format_period(y, period, Some(dct))?)
        }
        None => {
            let text = format_period(0, period, None)?;
            let rest = text.get(4..).unwrap_or("");
            relative(format!("XXXX{rest}"))
        }
    }
}

/// `YYYY` followed by the period's TIMEX3 suffix.
pub fn format_period(year: i32, period: Period, dct: Option<Date>) -> Option<String> {
    if !(0..=9999).contains(&year) {
        return None;
    }
    let suffix = match period {
        Period::Whole => String::new(),
        Period::Month(m) => format!("-{m:02}"),
        Period::Season(s) => format!("-{}", season(s)),
        Period::Quarter(q) => format!("-Q{q}"),
        Period::Half(h) => format!("-H{h}"),
        Period::LatestQuarter | Period::CurrentQuarter => {
            let Some(dct) = dct else {
                return Some(format!("{year:04}-QX"));
            };
            let (y, q) = quarter_of(dct, period == Period::LatestQuarter);
            return Some(format!(
                "{y:04}-Q{q}",
                y = y + (year - i32::from(dct.year()))
            ));
        }
    };
    Some(format!("{year:04}{suffix}"))
}

/// The quarter of `dct`, or the one before it when `previous`.
fn quarter_of(dct: Date, previous: bool) -> (i32, i32) {
    let q = (i32::from(dct.month()) - 1) / 3 + 1;
    let y = i32::from(dct.year());
    match (previous, q) {
        (false, _) => (y, q),
        (true, 1) => (y - 1, 4),
        (true, _) => (y, q - 1),
    }
}

fn season(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}
