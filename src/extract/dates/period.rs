//! Parts of a (fiscal) year: quarters and halves ("the third quarter", "third-quarter",
//! "the fiscal first quarter", "the 1988 second quarter", "the first half of 1989", "the
//! latest quarter", "the year-ago quarter") and fiscal years ("fiscal 1998").

use super::expr::{Expr, Period, YearRef};
use super::grammar::{Ctx, Found, year_expr};
use super::lexicon::{Fw, Lex, Unit};
use super::named::{written_year, year_after};

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
    if ctx.is_punct(after, &["-"]) && ctx.joined(after) {
        return None; // "quarter-finals", "half-time"
    }
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
    if matches!(period, Period::Half(_)) && year == YearRef::Unsaid {
        // "the second half" alone is as often a match or a season as a calendar half.
        let of_the_year = ctx.is_fw(after, Fw::Of)
            && ctx.is_fw(after + 1, Fw::The)
            && matches!(ctx.unit(after + 2), Some((Unit::Year, false)));
        let expr = Expr::InYear {
            year: YearRef::Offset(0),
            period,
        };
        return of_the_year.then(|| Found::new(i, after + 3, expr));
    }
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
        (Lex::Unit(Unit::Quarter, false), Some(q)) => Period::Quarter(q),
        (Lex::Unit(Unit::Quarter, false), None) => Period::LatestQuarter,
        (Lex::Word(Fw::Period), None) if unit_at > k => Period::LatestQuarter,
        (Lex::Word(Fw::Period), None) if matches!(year, YearRef::Given(_)) => Period::Whole,
        (Lex::Word(Fw::Half), Some(h @ 1..=2)) => Period::Half(h),
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
