//! Clock times, which count only when a day follows them: "10 p.m. Wednesday",
//! "9:30 a.m. EST Tuesday", "5 p.m. EST, Nov. 6", "noon Thursday". A time alone is not a
//! date.

use super::expr::TimeOfDay;
use super::grammar::{Ctx, Found, parse_at};
use super::lexicon::Fw;

/// "10 p.m. Wednesday", "9:30 a.m. EST Tuesday", "noon Thursday": a clock time joins a
/// following day; a time alone is not a date.
pub fn clock_then_day(ctx: &Ctx, i: usize) -> Option<Found> {
    let (after_clock, hour, minute) = clock(ctx, i)?;
    let mut k = after_clock;
    if is_time_zone(ctx.text_of(k)) {
        k += 1;
    }
    if ctx.is_punct(k, &[","]) {
        k += 1;
    }
    let day = parse_at(ctx, k).filter(|f| f.start == k && f.expr.is_day())?;
    let time = TimeOfDay::Clock { hour, minute };
    Some(Found::new(i, day.end, day.expr.with_time(time)))
}

/// A clock time at `i`: its end token, hour (0–23) and minute.
fn clock(ctx: &Ctx, i: usize) -> Option<(usize, u8, u8)> {
    if ctx.is_fw(i, Fw::Noon) {
        return Some((i + 1, 12, 0));
    }
    let hour = ctx.number(i, 2).filter(|h| (1..=12).contains(h))?;
    let mut k = i + 1;
    let mut minute = 0;
    if ctx.is_punct(k, &[":", "."])
        && ctx.joined(k)
        && ctx.joined(k + 1)
        && ctx.text_of(k + 1).len() == 2
    {
        minute = ctx.number(k + 1, 2).filter(|m| *m < 60)?;
        k += 2;
    }
    let (end, pm) = meridiem(ctx, k)?;
    let hour = (hour % 12) + if pm { 12 } else { 0 };
    Some((end, u8::try_from(hour).ok()?, u8::try_from(minute).ok()?))
}

/// "am", "p.m.", "PM" at `k`: its end and whether it is after noon.
fn meridiem(ctx: &Ctx, k: usize) -> Option<(usize, bool)> {
    match ctx.fw(k) {
        Some(Fw::Am) => return Some((k + 1, false)),
        Some(Fw::Pm) => return Some((k + 1, true)),
        _ => {}
    }
    let first = ctx.text_of(k).to_ascii_lowercase();
    if !matches!(first.as_str(), "a" | "p")
        || !ctx.is_punct(k + 1, &["."])
        || !ctx.text_of(k + 2).eq_ignore_ascii_case("m")
    {
        return None;
    }
    let end = if ctx.is_punct(k + 3, &["."]) && ctx.joined(k + 3) {
        k + 4
    } else {
        k + 3
    };
    Some((end, first == "p"))
}

fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
    )
}
