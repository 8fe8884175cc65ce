//! Rules led by calendar names: months ("July 15, 2012", "Sept. 9", "June last year"),
//! weekdays ("Tuesday", "Friday morning", "Monday, Oct. 16"), seasons ("spring 2012",
//! "the summer"), quarters and halves ("the third quarter", "third-quarter", "the first
//! half of 1989") and fiscal years ("fiscal 1998").

use super::expr::{Expr, Period, TimeOfDay, WeekdayShift, YearRef};
use super::grammar::{Ctx, Found, parse_at, year_expr};
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
    Some(Found::new(
        i,
        end,
        Expr::Date {
            year,
            month,
            day,
            time: None,
        },
    ))
}

/// A four-digit year at `k` that is not itself the start of another date.
fn written_year(ctx: &Ctx, k: usize) -> Option<i32> {
    let t = ctx.toks.get(k)?;
    if t.len() != 4 || numeric::continues_number(ctx, k + 1) {
        return None;
    }
    let y = ctx.number(k, 4).filter(|y| (1000..=2100).contains(y))?;
    i32::try_from(y).ok()
}

/// "last year", "this year", "next year" (optionally after "of") following a named period.
fn year_after(ctx: &Ctx, k: usize) -> (usize, YearRef) {
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
fn governed(ctx: &Ctx, i: usize) -> bool {
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
    if !ctx.capitalized(i) {
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

/// "third quarter", "third-quarter", "the fiscal first quarter", "the 1988 second
/// quarter", "the third quarter of 1989", "the first half", "the latest quarter",
/// "the year-ago quarter". Starts after any "the".
pub fn quarter(ctx: &Ctx, i: usize) -> Option<Found> {
    let mut k = i;
    let mut year = YearRef::Unsaid;
    if ctx.is_fw(k, Fw::Fiscal) {
        k += 1;
    }
    if let Some(y) = written_year(ctx, k) {
        year = YearRef::Given(y);
        k += 1;
    }
    if ctx.is_fw(k, Fw::Fiscal) {
        k += 1;
    }
    let (period, after) = quarter_period(ctx, k, &mut year)?;
    if let YearRef::Unsaid = year {
        let of = if ctx.is_fw(after, Fw::Of) {
            after + 1
        } else {
            after
        };
        let of = if ctx.is_fw(of, Fw::Fiscal) {
            of + 1
        } else {
            of
        };
        if let Some(y) = written_year(ctx, of) {
            return Some(Found::new(
                i,
                of + 1,
                Expr::InYear {
                    year: YearRef::Given(y),
                    period,
                },
            ));
        }
    }
    let (end, year) = match year_after(ctx, after) {
        (end, YearRef::Offset(n)) if end > after => (end, YearRef::Offset(n)),
        _ => (after, year),
    };
    Some(Found::new(i, end, Expr::InYear { year, period }))
}

/// The quarter or half named at `k` and the token after it.
fn quarter_period(ctx: &Ctx, k: usize, year: &mut YearRef) -> Option<(Period, usize)> {
    let year_ago = matches!(ctx.unit(k), Some((Unit::Year, false)))
        && ctx.hyphen(k + 1)
        && matches!(ctx.fw(k + 2), Some(Fw::Ago | Fw::Earlier));
    if year_ago && matches!(ctx.lex(k + 3), Lex::Ordinal(1..=4)) {
        *year = YearRef::Offset(-1);
        return quarter_period(ctx, k + 3, &mut YearRef::Unsaid);
    }
    let (ordinal, unit_at) = match ctx.lex(k) {
        Lex::Ordinal(n @ 1..=4) => (Some(n), ctx.skip_hyphen(k + 1)),
        Lex::Word(Fw::Last) if ctx.is_fw(k + 1, Fw::Half) => (Some(2), k + 1),
        Lex::Word(Fw::Latest) => (None, k + 1),
        Lex::Word(Fw::Current | Fw::This) => return current_quarter(ctx, k),
        Lex::Unit(Unit::Year, false)
            if ctx.hyphen(k + 1) && matches!(ctx.fw(k + 2), Some(Fw::Ago | Fw::Earlier)) =>
        {
            *year = YearRef::Offset(-1);
            (None, k + 3)
        }
        _ => (None, k),
    };
    let period = match (ctx.lex(unit_at), ordinal) {
        (Lex::Unit(Unit::Quarter, false), Some(q)) => Period::Quarter(u8::try_from(q).ok()?),
        (Lex::Unit(Unit::Quarter, false), None) => Period::LatestQuarter,
        (Lex::Word(Fw::Period), None) if unit_at > k => Period::LatestQuarter,
        (Lex::Word(Fw::Period), None) if matches!(year, YearRef::Given(_)) => Period::Whole,
        (Lex::Word(Fw::Half), Some(h @ 1..=2)) => Period::Half(u8::try_from(h).ok()?),
        _ => return None,
    };
    if matches!(period, Period::LatestQuarter)
        && *year == YearRef::Unsaid
        && unit_at == k
        && !preceded_by_the(ctx, k)
    {
        return None;
    }
    Some((period, unit_at + 1))
}

fn preceded_by_the(ctx: &Ctx, k: usize) -> bool {
    k > 0 && ctx.is_fw(k - 1, Fw::The)
}

/// "current quarter", "this quarter", "current fiscal year".
fn current_quarter(ctx: &Ctx, k: usize) -> Option<(Period, usize)> {
    let j = if ctx.is_fw(k + 1, Fw::Fiscal) {
        k + 2
    } else {
        k + 1
    };
    match ctx.unit(j)? {
        (Unit::Quarter, false) => Some((Period::CurrentQuarter, j + 1)),
        (Unit::Year, false) => Some((Period::Whole, j + 1)),
        _ => None,
    }
}

/// "fiscal 1998", "fiscal year 1998", "fiscal third quarter".
pub fn fiscal(ctx: &Ctx, i: usize) -> Option<Found> {
    let k = if matches!(ctx.unit(i + 1), Some((Unit::Year, false))) {
        i + 2
    } else {
        i + 1
    };
    if let Some(y) = written_year(ctx, k) {
        return Some(Found::new(i, k + 1, year_expr(y)));
    }
    quarter(ctx, i)
}
