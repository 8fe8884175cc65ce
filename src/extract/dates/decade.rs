//! Decades and centuries: "the 1990s", "1990's", "the '90s", "the nineties", "the 20th
//! century", "the twentieth century", "the 1800s".

use super::expr::Expr;
use super::grammar::{Ctx, Found};
use super::lexicon::{Lex, Unit};
use super::numeric::{FIRST_YEAR, LAST_YEAR, at_number};
use super::token::Kind;

/// "the 20th century", "the twentieth century", "the 1800s".
pub fn century(ctx: &Ctx, i: usize) -> Option<Found> {
    let n = ctx.number(i, 2)?;
    if !matches!(ctx.lex(i + 1), Lex::Ordinal(0)) || !ctx.joined(i + 1) {
        return None;
    }
    let k = ctx.skip_hyphen(i + 2);
    matches!(ctx.unit(k), Some((Unit::Century, false)))
        .then(|| Found::new(i, k + 1, Expr::Century(i32::try_from(n).unwrap_or(1) - 1)))
}

/// "1990s", "1990's", "1800s".
pub fn decade_digits(ctx: &Ctx, i: usize) -> Option<Found> {
    let y = ctx
        .number(i, 4)
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y) && y % 10 == 0)?;
    if ctx.text_of(i).len() != 4 {
        return None;
    }
    let k = if ctx.is_punct(i + 1, &["'", "’"]) && ctx.joined(i + 1) {
        i + 2
    } else {
        i + 1
    };
    if !ctx.joined(k) || !ctx.text_of(k).eq_ignore_ascii_case("s") {
        return None;
    }
    let y = i32::try_from(y).ok()?;
    // "the 1800s" is a century; "the 2000s", written when that century had just begun,
    // is the decade.
    let expr = if y % 100 == 0 && y < 2000 {
        Expr::Century(y / 100)
    } else {
        Expr::Decade(y / 10)
    };
    Some(Found::new(i, k + 1, expr))
}

/// After "the": decades and centuries in any spelling.
pub fn decade_or_century(ctx: &Ctx, j: usize) -> Option<Found> {
    if let Some(n) = ctx.number(j, 2).filter(|n| n % 10 == 0)
        && ctx.text_of(j).len() == 2
        && ctx.joined(j + 1)
        && ctx.text_of(j + 1).eq_ignore_ascii_case("s")
    {
        return Some(Found::new(j, j + 2, Expr::Decade(two_digit_decade(n))));
    }
    if let Lex::Ordinal(n @ 1..) = ctx.lex(j) {
        let k = ctx.skip_hyphen(j + 1);
        if matches!(ctx.unit(k), Some((Unit::Century, false))) {
            return Some(Found::new(j, k + 1, Expr::Century(i32::from(n) - 1)));
        }
        return None;
    }
    // Only `century` and `decade_digits` give decades and centuries in `at_number`, and
    // both start with a number: after "the" most tokens are words, which skip its rules.
    let number = ctx.toks.get(j).is_some_and(|t| t.kind == Kind::Number);
    apostrophe_decade(ctx, j).or_else(|| {
        number
            .then(|| at_number(ctx, j))
            .flatten()
            .filter(|f| matches!(f.expr, Expr::Decade(_) | Expr::Century(_)))
    })
}

/// "'90s", "’80s": the century is guessed (1930s–1990s and 2000s–2010s).
pub fn apostrophe_decade(ctx: &Ctx, i: usize) -> Option<Found> {
    if !ctx.is_punct(i, &super::grammar::DECADE_APOSTROPHES) || !ctx.joined(i + 1) {
        return None;
    }
    let n = ctx
        .number(i + 1, 2)
        .filter(|n| n % 10 == 0 && ctx.text_of(i + 1).len() == 2)?;
    let s = i + 2;
    if !ctx.joined(s) || !ctx.text_of(s).eq_ignore_ascii_case("s") {
        return None;
    }
    Some(Found::new(i, s + 1, Expr::Decade(two_digit_decade(n))))
}

fn two_digit_decade(n: u32) -> i32 {
    let n = i32::try_from(n / 10).unwrap_or(0);
    if n <= 1 { 200 + n } else { 190 + n }
}

/// "the nineties".
pub fn decade_word(ctx: &Ctx, j: usize) -> Option<Found> {
    let Lex::Decade(n) = ctx.lex(j) else {
        return None;
    };
    Some(Found::new(j, j + 1, Expr::DecadePart(190 + i32::from(n))))
}
