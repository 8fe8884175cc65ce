//! Rules led by calendar names: months ("July 15, 2012", "Sept. 9", "June last year"),
//! weekdays ("Tuesday", "Friday morning", "Monday, Oct. 16") and seasons ("spring 2012",
//! "the summer").

use super::expr::{Expr, Period, TimeOfDay, WeekdayShift, YearRef};
use super::grammar::{Ctx, Found, parse_at};
use super::lexicon::{Cue, Fw, Lex, Unit};
use super::numeric;

/// "July", "July 15", "July 15, 2012", "July 2012", "Sept. 9", "June last year".
pub fn month(ctx: &Ctx, i: usize) -> Option<Found> {
    let (month, abbrev) = match ctx.lex(i) {
        Lex::Month(m) => (m, false),
        Lex::MonthAbbrev(m) => (m, true),
        _ => return None,
    };
    if !ctx.capitalized(i) {
        return None;
    }
    let mut k = i + 1;
    let dotted = ctx.is_punct(k, &["."]) && ctx.joined(k);
    if dotted {
        k += 1;
    }
    if let Some(found) = month_day(ctx, i, k, month) {
        return Some(found);
    }
    let year_at = if ctx.is_fw(k, Fw::Of) || ctx.is_punct(k, &[","]) {
        k + 1
    } else {
        k
    };
    if let Some((end, y)) = numeric_year(ctx, year_at) {
        let expr = Expr::InYear {
            year: YearRef::Given(y),
            period: Period::Month(month),
        };
        return Some(Found::new(i, end, expr));
    }
    if (abbrev && !dotted) || (month == 5 && !governed(ctx, i)) {
        return None;
    }
    let end = if abbrev { k } else { i + 1 };
    let (end, year) = year_after(ctx, end);
    Some(Found::new(
        i,
        end,
        Expr::InYear {
            year,
            period: Period::Month(month),
        },
    ))
}

/// The day (and year) after a month name at `k`: "15", "15th", "15, 2012".
fn month_day(ctx: &Ctx, i: usize, k: usize, month: u8) -> Option<Found> {
    let day = ctx.number(k, 2).filter(|d| (1..=31).contains(d))?;
    let clock = ctx.is_punct(k + 1, &[":"]) && ctx.joined(k + 2) && ctx.number(k + 2, 2).is_some();
    if numeric::continues_number(ctx, k + 1)
        || clock
        || ctx.is_fw(k + 1, Fw::Am)
        || ctx.is_fw(k + 1, Fw::Pm)
    {
        return None;
    }
    let mut end = k + 1;
    if matches!(ctx.lex(end), Lex::Ordinal(0)) && ctx.joined(end) {
        end += 1;
    }
    let year_at = if ctx.is_punct(end, &[","]) {
        end + 1
    } else {
        end
    };
    let year = match written_year(ctx, year_at) {
        Some(y) => {
            end = year_at + 1;
            YearRef::Given(y)
        }
        None => {
            let (after, year) = year_after(ctx, end);
            end = after;
            year
        }
    };
    let day = u8::try_from(day).ok()?;
    Some(Found::new(i, end, Expr::day(year, month, day)))
}

/// A four-digit year at `k` that is not itself the start of another date.
pub fn written_year(ctx: &Ctx, k: usize) -> Option<i32> {
    let t = ctx.toks.get(k)?;
    if t.len() != 4 || numeric::continues_number(ctx, k + 1) {
        return None;
    }
    let y = ctx.number(k, 4).filter(|y| (1000..=2100).contains(y))?;
    i32::try_from(y).ok()
}

/// "last year", "this year", "next year" (optionally after "of") following a named period.
pub fn year_after(ctx: &Ctx, k: usize) -> (usize, YearRef) {
    let j = if ctx.is_fw(k, Fw::Of) { k + 1 } else { k };
    let by = match ctx.fw(j) {
        Some(Fw::Last) => -1,
        Some(Fw::This) => 0,
        Some(Fw::Next) => 1,
        _ => return (k, YearRef::Unsaid),
    };
    match ctx.unit(j + 1) {
        Some((Unit::Year, false)) if !ctx.is_punct(j + 2, &["'", "’"]) => {
            (j + 2, YearRef::Offset(by))
        }
        _ => (k, YearRef::Unsaid),
    }
}

/// Whether a preposition or modifier governs the word at `i` ("in May", "last May"), so an
/// ambiguous name like "May" reads as a month.
pub fn governed(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && matches!(
            ctx.lex(i - 1),
            Lex::Word(
                Fw::Prep
                    | Fw::Of
                    | Fw::Early
                    | Fw::Late
                    | Fw::Mid
                    | Fw::Last
                    | Fw::This
                    | Fw::Next
                    | Fw::Between
                    | Fw::And
                    | Fw::To
            ) | Lex::Cue(Cue::Deadline)
        )
}

/// "Tuesday", "Friday morning", "Monday, Oct. 16", "Thursday, 5 March 2012".
pub fn weekday(ctx: &Ctx, i: usize) -> Option<Found> {
    let Lex::Weekday(weekday) = ctx.lex(i) else {
        return None;
    };
    if !ctx.capitalized(i) || inside_a_name(ctx, i) {
        return None;
    }
    let k = if ctx.is_punct(i + 1, &[","]) {
        i + 2
    } else {
        i + 1
    };
    if let Some(date) = parse_at(ctx, k).filter(|f| matches!(f.expr, Expr::Date { .. })) {
        return Some(Found::new(i, date.end, date.expr));
    }
    let expr = Expr::Weekday {
        weekday,
        shift: WeekdayShift::Nearest,
        time: None,
    };
    Some(with_day_part(ctx, i, i + 1, expr))
}

/// Extends a day expression over a following "morning", "night", ....
pub fn with_day_part(ctx: &Ctx, start: usize, end: usize, expr: Expr) -> Found {
    match ctx.lex(end) {
        Lex::DayPart(part) => Found::new(start, end + 1, expr.with_time(TimeOfDay::Part(part))),
        _ => Found::new(start, end, expr),
    }
}

/// "spring 2012", "summer of 1998"; with `bare`, also a season alone ("the summer") when
/// nothing but punctuation or a preposition follows, so "summer holidays" stays out.
pub fn season(ctx: &Ctx, i: usize, bare: bool) -> Option<Found> {
    let Lex::Season(season) = ctx.lex(i) else {
        return None;
    };
    let period = Period::Season(season);
    let year_at = if ctx.is_fw(i + 1, Fw::Of) {
        i + 2
    } else {
        i + 1
    };
    if let Some((end, y)) = numeric_year(ctx, year_at) {
        return Some(Found::new(
            i,
            end,
            Expr::InYear {
                year: YearRef::Given(y),
                period,
            },
        ));
    }
    let (end, year) = year_after(ctx, i + 1);
    if end > i + 1 {
        return Some(Found::new(i, end, Expr::InYear { year, period }));
    }
    let word_follows = ctx
        .toks
        .get(i + 1)
        .is_some_and(|t| t.kind != super::token::Kind::Punct);
    let free =
        !word_follows || matches!(ctx.lex(i + 1), Lex::Word(Fw::Prep | Fw::And) | Lex::Cue(_));
    (bare && free).then(|| {
        Found::new(
            i,
            i + 1,
            Expr::InYear {
                year: YearRef::Unsaid,
                period,
            },
        )
    })
}

/// A written or spoken year at `k`.
fn numeric_year(ctx: &Ctx, k: usize) -> Option<(usize, i32)> {
    written_year(ctx, k)
        .map(|y| (k + 1, y))
        .or_else(|| numeric::spoken_year(ctx, k))
}

/// Whether the weekday at `i` starts a proper name: "the Sunday Times" — a capitalised
/// word that is not a date word follows. (A capitalised word before it is no sign: in
/// "President Clinton Thursday" the weekday is a date.)
fn inside_a_name(ctx: &Ctx, i: usize) -> bool {
    let k = i + 1;
    ctx.lex(k) == Lex::None
        && ctx.capitalized(k)
        && ctx
            .toks
            .get(k)
            .is_some_and(|t| t.kind == super::token::Kind::Word && t.spaced)
}
