//! Rules led by digits or number words: years ("2012", "fiscal 1998", "nineteen
//! ninety-six"), numeric dates ("2012-07-15", "7/15/2012") and day-first dates ("15 July
//! 2012"). Decades live in [`super::decade`], clock times in [`super::clock`].
//!
//! A digit run counts as a year only when it is plausible (1000–2100) and not part of a
//! larger number, an amount of money or a quantity ("2,012", "$2012", "2012 people").

use super::clock;
use super::decade;
use super::deictic;
use super::expr::{Expr, Period, YearRef};
use super::grammar::{Ctx, Found, year_expr};
use super::lexicon::{Fw, Lex};
use super::token::Kind;

pub const FIRST_YEAR: u32 = 1000;
pub const LAST_YEAR: u32 = 2100;

/// Words after a number that make it a quantity rather than a year.
const QUANTITY_WORDS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "votes",
    "seats",
    "points",
    "metres",
    "meters",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "feet",
    "tonnes",
    "tons",
    "acres",
    "hectares",
    "dollars",
    "pounds",
    "euros",
    "yen",
    "shares",
    "units",
    "cars",
    "jobs",
    "homes",
    "houses",
    "troops",
    "soldiers",
    "deaths",
    "cases",
    "times",
    "hours",
    "minutes",
    "pages",
    "words",
    "calories",
    "degrees",
    "percent",
    "cc",
    "mph",
    "kg",
    "lb",
    "lbs",
];

/// Symbols before a number that make it money or a code.
const AMOUNT_MARKS: &[&str] = &["$", "£", "€", "¥", "#", "№"];

/// Rules for a token that is a digit run.
pub fn at_number(ctx: &Ctx, i: usize) -> Option<Found> {
    if part_of_larger_number(ctx, i) {
        return None;
    }
    iso_date(ctx, i)
        .or_else(|| slashed_date(ctx, i))
        .or_else(|| clock::clock_then_day(ctx, i))
        .or_else(|| day_month(ctx, i))
        .or_else(|| decade::century(ctx, i))
        .or_else(|| deictic::ago(ctx, i))
        .or_else(|| decade::decade_digits(ctx, i))
        .or_else(|| {
            let (end, y) = year(ctx, i).filter(|_| !names_a_product(ctx, i))?;
            Some(Found::new(i, end, year_expr(y)))
        })
}

/// Whether a bare year at `i` is part of a name: "Windows 2000", "Terrorism Act 2000",
/// "Euro 2004" — a capitalised word that is not a date word stands right before it.
fn names_a_product(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.lex(i - 1) == Lex::None
        && ctx.capitalized(i - 1)
        && ctx.toks.get(i - 1).is_some_and(|t| t.kind == Kind::Word)
}

/// Whether a joined '.', ',' or ':' and digits continue the number at `i` ("2,012", "20.12").
pub fn continues_number(ctx: &Ctx, i: usize) -> bool {
    (ctx.is_punct(i, &[",", ".", ":"])
        && ctx.joined(i)
        && ctx.joined(i + 1)
        && ctx.number(i + 1, 9).is_some())
        || (ctx.is_punct(i, &["%"]) && ctx.joined(i))
}

/// Whether the number at `i` continues one before it or is money.
fn part_of_larger_number(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || !ctx.joined(i) {
        return false;
    }
    let before = i - 1;
    ctx.is_punct(before, AMOUNT_MARKS)
        || (ctx.is_punct(before, &[",", ".", ":"])
            && before > 0
            && ctx.joined(before)
            && ctx.number(before - 1, 9).is_some())
}

/// Whether token `i` makes the number before it a quantity: "2012 people", "two thousand
/// years".
pub fn is_quantity_noun(ctx: &Ctx, i: usize) -> bool {
    let word = ctx.text_of(i);
    matches!(ctx.unit(i), Some((_, true)))
        || QUANTITY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A plausible year at `i`: its end token and value.
fn year(ctx: &Ctx, i: usize) -> Option<(usize, i32)> {
    let y = ctx
        .number(i, 4)
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))?;
    if ctx.text_of(i).len() != 4 || continues_number(ctx, i + 1) || part_of_larger_number(ctx, i) {
        return None;
    }
    if is_quantity_noun(ctx, i + 1)
        || ctx.joined(i + 1) && ctx.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
    {
        return None;
    }
    Some((i + 1, i32::try_from(y).ok()?))
}

/// "the year 2000", "the year two thousand".
pub fn year_named(ctx: &Ctx, i: usize) -> Option<Found> {
    let (end, y) = year(ctx, i).or_else(|| spoken_year(ctx, i))?;
    Some(Found::new(i, end, year_expr(y)))
}

/// "nineteen ninety-six", "two thousand and two": its end token and value.
pub fn spoken_year(ctx: &Ctx, i: usize) -> Option<(usize, i32)> {
    let Lex::Count(first) = ctx.lex(i) else {
        return None;
    };
    if ctx.is_fw(i + 1, Fw::Thousand) && first == 2 {
        let mut end = i + 2;
        let mut year = 2000;
        let k = if ctx.is_fw(end, Fw::And) {
            end + 1
        } else {
            end
        };
        if let Some((after, n)) = small_number_words(ctx, k).filter(|&(_, n)| n < 100) {
            year += n;
            end = after;
        }
        return Some((end, i32::try_from(year).ok()?));
    }
    if !(11..=20).contains(&first) {
        return None;
    }
    let (end, rest) = small_number_words(ctx, i + 1).filter(|&(_, n)| (10..100).contains(&n))?;
    Some((end, i32::try_from(u32::from(first) * 100 + rest).ok()?))
}

/// "ninety-six", "ninety six", "twelve": a number below 100 in words.
pub fn small_number_words(ctx: &Ctx, i: usize) -> Option<(usize, u32)> {
    let Lex::Count(n) = ctx.lex(i) else {
        return None;
    };
    if n >= 20 && n % 10 == 0 && n < 100 {
        let k = ctx.skip_hyphen(i + 1);
        if let Lex::Count(unit @ 1..=9) = ctx.lex(k) {
            return Some((k + 1, u32::from(n + unit)));
        }
    }
    Some((i + 1, u32::from(n)))
}

/// "2012-07-15".
fn iso_date(ctx: &Ctx, i: usize) -> Option<Found> {
    let (y, m, d) = (
        ctx.number(i, 4)?,
        ctx.number(i + 2, 2)?,
        ctx.number(i + 4, 2)?,
    );
    let joined = (1..=4).all(|k| ctx.joined(i + k));
    if ctx.text_of(i).len() != 4
        || !joined
        || !ctx.is_punct(i + 1, &["-"])
        || !ctx.is_punct(i + 3, &["-"])
    {
        return None;
    }
    date_found(ctx, i, i + 5, y, m, d)
}

/// "7/15/2012", "15/7/2012" (day first when the first number cannot be a month),
/// "15.07.2012", "2012/07/15".
fn slashed_date(ctx: &Ctx, i: usize) -> Option<Found> {
    let sep = ctx.text_of(i + 1);
    if !matches!(sep, "/" | ".") || ctx.text_of(i + 3) != sep || !(1..=4).all(|k| ctx.joined(i + k))
    {
        return None;
    }
    let (a, b, c) = (
        ctx.number(i, 4)?,
        ctx.number(i + 2, 2)?,
        ctx.number(i + 4, 4)?,
    );
    let (y, m, d) = match (ctx.text_of(i).len(), ctx.text_of(i + 4).len()) {
        (4, 1 | 2) => (a, b, c),
        (1 | 2, 4) if sep == "." || a > 12 => (c, b, a),
        (1 | 2, 4) => (c, a, b),
        (1 | 2, 2) if sep == "/" => (c + if c < 50 { 2000 } else { 1900 }, a, b),
        _ => return None,
    };
    date_found(ctx, i, i + 5, y, m, d)
}

fn date_found(ctx: &Ctx, start: usize, end: usize, y: u32, m: u32, d: u32) -> Option<Found> {
    if continues_number(ctx, end) || !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return None;
    }
    let expr = Expr::Date {
        year: YearRef::Given(i32::try_from(y).ok()?),
        month: u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?,
        day: u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?,
        time: None,
    };
    Some(Found::new(start, end, expr))
}

/// "15 July 2012", "15th of July", "14-16 July" (the first day of a range).
fn day_month(ctx: &Ctx, i: usize) -> Option<Found> {
    let day = ctx.number(i, 2).filter(|d| (1..=31).contains(d))?;
    let mut k = i + 1;
    if matches!(ctx.lex(k), Lex::Ordinal(0)) && ctx.joined(k) {
        k += 1;
    }
    if ctx.is_punct(k, &["-", "–"])
        && ctx.number(k + 1, 2).is_some()
        && matches!(ctx.lex(k + 2), Lex::Month(_))
    {
        let second = super::named::month(ctx, k + 2)?;
        let (Expr::Date { year, month, .. }
        | Expr::InYear {
            year,
            period: Period::Month(month),
        }) = second.expr
        else {
            return None;
        };
        return Some(Found::new(
            i,
            i + 1,
            Expr::Date {
                year,
                month,
                day: u8::try_from(day).ok()?,
                time: None,
            },
        ));
    }
    if ctx.is_fw(k, Fw::Of) {
        k += 1;
    }
    let Lex::Month(month) = ctx.lex(k) else {
        return None;
    };
    if !ctx.capitalized(k) {
        return None;
    }
    let (end, year) = match year(ctx, k + 1) {
        Some((end, y)) => (end, YearRef::Given(y)),
        None => (k + 1, YearRef::Unsaid),
    };
    let day = u8::try_from(day).ok()?;
    Some(Found::new(i, end, Expr::day(year, month, day)))
}
