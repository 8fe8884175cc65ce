//! Rules for expressions that only make sense from the publication date: "today",
//! "yesterday morning", "tonight", "now", "recently", "last week", "this year", "next
//! month", "last Tuesday", "last fall", "two days ago", "a year earlier", "year-ago".

use super::expr::{Expr, Period, Reference, TimeOfDay, WeekdayShift, YearRef};
use super::grammar::{Ctx, Found};
use super::lexicon::{DayPart, Deictic, Fw, Lex, Unit};
use super::named;
use super::numeric;
use super::period;

/// Whether [`at_word`] reads a word of this class at all: the arms of its match, so that
/// the scan over the text skips the other lexicon words ("of", "in") without the call.
pub fn may_start(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::Deictic(_)
            | Lex::Word(
                Fw::Last
                    | Fw::This
                    | Fw::Next
                    | Fw::Coming
                    | Fw::Right
                    | Fw::These
                    | Fw::Recent
                    | Fw::Past
                    | Fw::Future
                    | Fw::A
                    | Fw::Vague
                    | Fw::Approx
            )
            | Lex::Unit(Unit::Year, false)
            | Lex::Count(_)
    )
}

/// Rules led by a deictic or function word (and spoken years led by a number word); keep
/// [`may_start`] in step with the classes matched here.
pub fn at_word(ctx: &Ctx, i: usize) -> Option<Found> {
    match ctx.lex(i) {
        Lex::Deictic(word) => deictic_word(ctx, i, word),
        Lex::Word(Fw::Last | Fw::This | Fw::Next | Fw::Coming) => this_or_last(ctx, i),
        Lex::Word(Fw::Right) if matches!(ctx.lex(i + 1), Lex::Deictic(Deictic::Now)) => {
            Some(Found::new(i, i + 2, Expr::Reference(Reference::Present)))
        }
        Lex::Word(Fw::These) if matches!(ctx.unit(i + 1), Some((Unit::Day, true))) => {
            Some(Found::new(i, i + 2, Expr::Reference(Reference::Present)))
        }
        Lex::Word(Fw::Recent) => recent_units(ctx, i),
        Lex::Unit(Unit::Year, false) => year_ago_adjective(ctx, i),
        Lex::Count(_) => numeric::spoken_year(ctx, i)
            .filter(|&(end, _)| !numeric::is_quantity_noun(ctx, end))
            .map(|(end, y)| Found::new(i, end, super::grammar::year_expr(y)))
            .or_else(|| ago(ctx, i)),
        Lex::Word(Fw::Past | Fw::Future) => recent_units(ctx, i),
        Lex::Word(Fw::A | Fw::Vague | Fw::Approx) => ago(ctx, i),
        _ => None,
    }
}

/// "today", "yesterday afternoon", "tonight", "now", "currently", "recently".
fn deictic_word(ctx: &Ctx, i: usize, word: Deictic) -> Option<Found> {
    let day = |by| named::with_day_part(ctx, i, i + 1, Expr::shift(Unit::Day, by));
    let reference = |r| Some(Found::new(i, i + 1, Expr::Reference(r)));
    match word {
        Deictic::Today => Some(day(0)),
        Deictic::Yesterday => Some(day(-1)),
        Deictic::Tomorrow => Some(day(1)),
        Deictic::Tonight => {
            let time = Some(TimeOfDay::Part(DayPart::Night));
            Some(Found::new(
                i,
                i + 1,
                Expr::Shift {
                    unit: Unit::Day,
                    by: 0,
                    time,
                },
            ))
        }
        Deictic::Now | Deictic::Currently | Deictic::Nowadays => reference(Reference::Present),
        Deictic::Recently => reference(Reference::Past),
    }
}

/// "last week", "this year", "next month", "this morning", "last night", "last Tuesday",
/// "this coming Sunday", "last May", "last fall".
fn this_or_last(ctx: &Ctx, i: usize) -> Option<Found> {
    let mut k = i + 1;
    let mut by = match ctx.fw(i)? {
        Fw::Last => -1,
        Fw::This => 0,
        _ => 1,
    };
    if ctx.is_fw(i, Fw::Coming) {
        return recent_units(ctx, i);
    }
    if by == 0 && matches!(ctx.fw(k), Some(Fw::Coming | Fw::Past)) {
        by = if ctx.is_fw(k, Fw::Coming) { 1 } else { -1 };
        k += 1;
    }
    if is_title(ctx, k) {
        return None; // "This Week" with David Brinkley
    }
    let expr = match ctx.lex(k) {
        Lex::Unit(unit, false)
            if !ctx.hyphen(k + 1) && !ctx.is_punct(k + 1, &["'", "’"]) || possessive(ctx, k) =>
        {
            if unit == Unit::Year
                && possessive(ctx, k)
                && let Some(q) = period::quarter(ctx, k + 3)
            {
                return Some(Found::new(i, q.end, q.expr.in_year(YearRef::Offset(by))));
            }
            match unit {
                Unit::Day => return None,
                _ => Expr::shift(unit, by),
            }
        }
        // "this morning" is today's, "last night" yesterday's; "next morning" is anaphoric.
        Lex::DayPart(part) if by <= 0 => Expr::Shift {
            unit: Unit::Day,
            by,
            time: Some(TimeOfDay::Part(part)),
        },
        Lex::Weekday(weekday) if ctx.capitalized(k) => {
            let shift = match by {
                -1 => WeekdayShift::Last,
                0 if k == i + 1 => WeekdayShift::This,
                _ => WeekdayShift::Next,
            };
            Expr::Weekday {
                weekday,
                shift,
                time: None,
            }
        }
        Lex::Month(month) if ctx.capitalized(k) => Expr::InYear {
            year: shifted_year(by),
            period: Period::Month(month),
        },
        Lex::Season(season) => Expr::InYear {
            year: shifted_year(by),
            period: Period::Season(season),
        },
        Lex::Holiday(_) | Lex::Word(Fw::New | Fw::Good) => {
            let found = super::holiday::holiday(ctx, k, shifted_year(by))?;
            return Some(Found::new(i, found.end, found.expr));
        }
        _ => return None,
    };
    Some(named::with_day_part(ctx, i, k + 1, expr))
}

/// Whether a capitalised unit marks a title ("This Week", "Next Year's Model"); in all-caps
/// text capitals say nothing.
fn is_title(ctx: &Ctx, k: usize) -> bool {
    let word = ctx.text_of(k);
    matches!(ctx.lex(k), Lex::Unit(..) | Lex::DayPart(_))
        && ctx.capitalized(k)
        && word.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether the unit at `k` is followed by a possessive "'s" ("last year's summit").
fn possessive(ctx: &Ctx, k: usize) -> bool {
    ctx.is_punct(k + 1, &["'", "’"]) && ctx.text_of(k + 2).eq_ignore_ascii_case("s")
}

fn shifted_year(by: i32) -> YearRef {
    match by {
        -1 => YearRef::Before,
        0 => YearRef::Offset(0),
        _ => YearRef::After,
    }
}

/// "recent years", "past years", "coming months", "future quarters": an unspecified past
/// or future. Shorter past stretches ("recent weeks") read as durations.
fn recent_units(ctx: &Ctx, i: usize) -> Option<Found> {
    let (unit, plural) = ctx.unit(i + 1)?;
    let reference = match ctx.fw(i)? {
        Fw::Coming | Fw::Future => Reference::Future,
        _ if matches!(unit, Unit::Year | Unit::Decade) => Reference::Past,
        _ => return None,
    };
    (plural && unit != Unit::Century && unit != Unit::Weekend)
        .then(|| Found::new(i, i + 2, Expr::Reference(reference)))
}

/// "year-ago", "year-earlier": the year before publication; "year-end", "year end",
/// "year's end": the end of the publication year.
fn year_ago_adjective(ctx: &Ctx, i: usize) -> Option<Found> {
    if ctx.hyphen(i + 1) && matches!(ctx.fw(i + 2), Some(Fw::Ago | Fw::Earlier)) {
        return Some(Found::new(i, i + 3, Expr::shift(Unit::Year, -1)));
    }
    let end_at = if possessive(ctx, i) {
        i + 3
    } else {
        ctx.skip_hyphen(i + 1)
    };
    let article = i > 0
        && matches!(
            ctx.fw(i - 1),
            Some(Fw::The | Fw::This | Fw::Last | Fw::Next)
        );
    (ctx.is_fw(end_at, Fw::End) && !article)
        .then(|| Found::new(i, end_at + 1, Expr::shift(Unit::Year, 0)))
}

/// "two days ago", "a year ago", "10 years ago", "a year earlier", "nearly four years ago",
/// "a week or so ago", "several years ago" (a vague count is just the past).
pub fn ago(ctx: &Ctx, i: usize) -> Option<Found> {
    let mut k = i;
    if ctx.is_fw(k, Fw::Approx) {
        k += 1;
    }
    let (count, after) = count_at(ctx, k)?;
    let (unit, _) = ctx.unit(after)?;
    let mut end = after + 1;
    if ctx.is_fw(end, Fw::Or) && ctx.is_fw(end + 1, Fw::So) {
        end += 2;
    }
    match ctx.fw(end) {
        Some(Fw::Ago) => {}
        Some(Fw::Earlier) if count.is_some() => {}
        _ => return None,
    }
    let expr = match count {
        Some(n) => Expr::shift(unit, -i32::try_from(n).ok()?),
        None => Expr::Reference(Reference::Past),
    };
    Some(Found::new(i, end + 1, expr))
}

/// A count at `k` ("a", "two", "10", "a few"): `None` inside for a vague count.
fn count_at(ctx: &Ctx, k: usize) -> Option<(Option<u32>, usize)> {
    if let Some(n) = ctx.number(k, 3) {
        return Some((Some(n), k + 1));
    }
    match ctx.lex(k) {
        Lex::Word(Fw::A) if ctx.is_fw(k + 1, Fw::Vague) => Some((None, k + 2)),
        Lex::Word(Fw::A) => Some((Some(1), k + 1)),
        Lex::Word(Fw::Vague) => Some((None, k + 1)),
        Lex::Count(_) => numeric::small_number_words(ctx, k).map(|(end, n)| (Some(n), end)),
        _ => None,
    }
}
