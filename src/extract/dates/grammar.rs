//! The date grammar's entry point and the phrases built around other expressions:
//! determiners ("the third quarter"), edge modifiers ("early 2012", "the end of May"),
//! and ranges ("July 14-16", "14-16 July").
//!
//! Every rule looks at the tokens from one position onward and returns the tokens it
//! covers with the [`Expr`] they mean; [`parse_at`] tries them by the first token's class.

use super::clock;
use super::decade;
use std::cell::Cell;

use super::deictic;
use super::expr::{Expr, Period, Reference, YearRef};
use super::holiday;
use super::lexicon::{Fw, Lex, Unit};
use super::named;
use super::numeric;
use super::period;
use super::token::{Kind, Token};

/// The text and its tokens, with the small queries every rule needs.
pub struct Ctx<'t> {
    pub text: &'t str,
    pub toks: &'t [Token],
    /// How deep rules are nested inside one another ("Monday, July 15" parses the date
    /// inside the weekday rule); bounded so chains like "Monday, Monday, ..." stay linear.
    depth: Cell<u8>,
}

/// Nesting beyond this is never needed by a real expression.
const MAX_DEPTH: u8 = 4;

/// A date expression over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

impl Found {
    pub fn new(start: usize, end: usize, expr: Expr) -> Self {
        Self { start, end, expr }
    }
}

impl<'t> Ctx<'t> {
    pub fn new(text: &'t str, toks: &'t [Token]) -> Self {
        Self {
            text,
            toks,
            depth: Cell::new(0),
        }
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }

    pub fn fw(&self, i: usize) -> Option<Fw> {
        match self.lex(i) {
            Lex::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn is_fw(&self, i: usize, w: Fw) -> bool {
        self.fw(i) == Some(w)
    }

    pub fn text_of(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && marks.contains(&t.text(self.text)))
    }

    /// Whether token `i` exists and touches the token before it.
    pub fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    /// The value of a digit run of at most `max_len` digits.
    pub fn number(&self, i: usize, max_len: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Number || t.len() > max_len {
            return None;
        }
        t.text(self.text).parse().ok()
    }

    /// Whether token `i` starts with a capital letter (proper names of months and days).
    pub fn capitalized(&self, i: usize) -> bool {
        self.text_of(i)
            .starts_with(|c: char| c.is_ascii_uppercase())
    }

    /// Whether token `i` is a hyphen joined to both neighbours ("third-quarter").
    pub fn hyphen(&self, i: usize) -> bool {
        self.is_punct(i, &["-"]) && self.joined(i) && self.joined(i + 1)
    }

    /// Skips an optional joined hyphen at `i`.
    pub fn skip_hyphen(&self, i: usize) -> usize {
        if self.hyphen(i) { i + 1 } else { i }
    }

    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u, plural) => Some((u, plural)),
            _ => None,
        }
    }
}

/// Whether [`parse_at`] can find anything at token `i`: [`dispatch`] gives up at once on a
/// word outside the lexicon, on a mark other than an apostrophe, and on the lexicon words
/// that only other rules read ("of", "in", "and": [`deictic::may_start`]), so the scan over
/// the text tests these first and skips the call (most tokens of running text are such words).
#[inline]
pub fn may_start(ctx: &Ctx, i: usize) -> bool {
    ctx.toks.get(i).is_some_and(|t| match t.lex {
        Lex::None => match t.kind {
            Kind::Number => true,
            Kind::Punct => ctx.is_punct(i, &DECADE_APOSTROPHES),
            Kind::Word => false,
        },
        // The classes `dispatch` sends to `deictic::at_word`, mirrored from its match.
        Lex::Word(
            Fw::The
            | Fw::Early
            | Fw::Late
            | Fw::Mid
            | Fw::Earlier
            | Fw::Later
            | Fw::Fiscal
            | Fw::New
            | Fw::Good
            | Fw::Noon,
        )
        | Lex::Month(_)
        | Lex::MonthAbbrev(_)
        | Lex::Weekday(_)
        | Lex::Holiday(_)
        | Lex::Season(_)
        | Lex::Ordinal(_) => true,
        lex => deictic::may_start(lex),
    })
}

/// The marks that can open a decade ("'90s"), as [`decade::apostrophe_decade`] reads them.
pub const DECADE_APOSTROPHES: [&str; 3] = ["'", "’", "‘"];

/// The date expression starting at token `i`, if any.
pub fn parse_at(ctx: &Ctx, i: usize) -> Option<Found> {
    let depth = ctx.depth.get();
    if depth >= MAX_DEPTH {
        return None;
    }
    ctx.depth.set(depth + 1);
    let found = dispatch(ctx, i);
    ctx.depth.set(depth);
    found.filter(|f| !is_set(ctx, f.start))
}

/// The rule family for the class of token `i`.
fn dispatch(ctx: &Ctx, i: usize) -> Option<Found> {
    match ctx.lex(i) {
        Lex::Word(Fw::The) => the_phrase(ctx, i),
        Lex::Word(Fw::Early | Fw::Late | Fw::Mid | Fw::Earlier | Fw::Later) => modified(ctx, i),
        Lex::Word(Fw::Fiscal) => period::fiscal(ctx, i),
        Lex::Month(_) | Lex::MonthAbbrev(_) => named::month(ctx, i),
        Lex::Weekday(_) => named::weekday(ctx, i),
        Lex::Holiday(_) | Lex::Word(Fw::New | Fw::Good) => {
            holiday::holiday(ctx, i, super::expr::YearRef::Unsaid)
        }
        Lex::Season(_) => named::season(ctx, i, false),
        Lex::Ordinal(_) => period::quarter(ctx, i),
        Lex::Word(Fw::Noon) => clock::clock_then_day(ctx, i),
        Lex::None => match ctx.toks.get(i)?.kind {
            Kind::Number => numeric::at_number(ctx, i),
            Kind::Punct => decade::apostrophe_decade(ctx, i),
            Kind::Word => None,
        },
        _ => deictic::at_word(ctx, i),
    }
}

/// "every week", "each Friday": a recurring set, not a date.
fn is_set(ctx: &Ctx, start: usize) -> bool {
    start > 0 && ctx.is_fw(start - 1, Fw::Every)
}

/// "early 2012", "late Tuesday", "mid-1990s", "earlier this year": the modifier joins the
/// span and leaves the value alone.
fn modified(ctx: &Ctx, i: usize) -> Option<Found> {
    let j = ctx.skip_hyphen(i + 1);
    let core = match ctx.lex(j) {
        Lex::Word(Fw::The | Fw::Early | Fw::Late | Fw::Mid | Fw::Earlier | Fw::Later) => None,
        Lex::Word(Fw::Last | Fw::This | Fw::Next) | Lex::Deictic(_) => deictic::at_word(ctx, j),
        Lex::Season(_) => named::season(ctx, j, true),
        _ => parse_at(ctx, j),
    }?;
    match core.expr {
        Expr::Reference(_) => None,
        Expr::Decade(d) => Some(Found::new(i, core.end, Expr::DecadePart(d))),
        expr => Some(Found::new(i, core.end, expr)),
    }
}

/// Phrases that keep their article: "the third quarter", "the 1990s", "the past",
/// "the weekend", "the end of May", "the year 2000".
fn the_phrase(ctx: &Ctx, i: usize) -> Option<Found> {
    let j = i + 1;
    let found = match ctx.lex(j) {
        Lex::Word(Fw::End | Fw::Beginning | Fw::Middle) => edge_of(ctx, j),
        Lex::Word(Fw::Early | Fw::Late | Fw::Mid) => {
            modified(ctx, j).filter(|f| matches!(f.expr, Expr::DecadePart(_) | Expr::Century(_)))
        }
        Lex::Word(Fw::Past) => reference(ctx, j).or_else(|| the_last(ctx, j)),
        Lex::Word(Fw::Future | Fw::Near | Fw::Recent) => reference(ctx, j),
        Lex::Word(Fw::Same) => same_day(ctx, j),
        Lex::Unit(Unit::Weekend, false) => {
            Some(Found::new(j, j + 1, Expr::shift(Unit::Weekend, 0)))
        }
        Lex::Unit(Unit::Year, false) => numeric::year_named(ctx, j + 1)
            .map(|f| Found { start: j, ..f })
            .or_else(|| period::quarter(ctx, j)),
        Lex::Season(_) => named::season(ctx, j, true),
        Lex::Decade(_) => decade::decade_word(ctx, j),
        Lex::Word(Fw::Last) => the_last(ctx, j).or_else(|| period::quarter(ctx, j)),
        _ => decade::decade_or_century(ctx, j).or_else(|| period::quarter(ctx, j)),
    }?;
    if hyphenated(ctx, &found) {
        return None; // "the third-quarter loss": the article belongs to the noun
    }
    Some(Found { start: i, ..found })
}

/// "end of 1990", "beginning of the year", "middle of October": the edge joins the span.
fn edge_of(ctx: &Ctx, j: usize) -> Option<Found> {
    if !ctx.is_fw(j + 1, Fw::Of) {
        return None;
    }
    let k = j + 2;
    let this_unit = ctx.is_fw(k, Fw::The).then(|| ctx.unit(k + 1)).flatten();
    if let Some((unit @ (Unit::Year | Unit::Month | Unit::Week), false)) = this_unit {
        return Some(Found::new(j, k + 2, Expr::shift(unit, 0)));
    }
    let inner = parse_at(ctx, k)?;
    Some(Found::new(j, inner.end, inner.expr))
}

/// "the past", "the future", "the near future", "the recent past" — but not "the past
/// three months", a duration.
fn reference(ctx: &Ctx, j: usize) -> Option<Found> {
    let (word, k) = match ctx.fw(j)? {
        Fw::Near => (ctx.fw(j + 1)?, j + 1),
        Fw::Recent => (ctx.fw(j + 1)?, j + 1),
        w => (w, j),
    };
    let r = match word {
        Fw::Past => Reference::Past,
        Fw::Future => Reference::Future,
        _ => return None,
    };
    if continues_as_measure(ctx, k + 1) {
        return None;
    }
    Some(Found::new(j, k + 1, Expr::Reference(r)))
}

/// Whether a number, a unit or a vague quantity follows: "the past three months".
fn continues_as_measure(ctx: &Ctx, i: usize) -> bool {
    matches!(
        ctx.lex(i),
        Lex::Count(_)
            | Lex::Unit(..)
            | Lex::Word(Fw::Vague | Fw::Half | Fw::Hundred | Fw::Thousand)
    ) || ctx.number(i, 9).is_some()
        || ctx.is_punct(i, &["-"])
}

/// "the same day".
fn same_day(ctx: &Ctx, j: usize) -> Option<Found> {
    matches!(ctx.unit(j + 1), Some((Unit::Day, false)))
        .then(|| Found::new(j, j + 2, Expr::shift(Unit::Day, 0)))
}

/// "the last week", "the past year": the unit just before publication.
fn the_last(ctx: &Ctx, j: usize) -> Option<Found> {
    match ctx.unit(j + 1)? {
        (unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade), false)
            if !ctx.hyphen(j + 2) =>
        {
            Some(Found::new(j, j + 2, Expr::shift(unit, -1)))
        }
        _ => None,
    }
}

/// "July 14-16", "between July 15 and 17": the bare day after a complete date is the end
/// of a range in the same month and year.
pub fn range_end(ctx: &Ctx, first: &Found) -> Option<Found> {
    let Expr::Date {
        year, month, time, ..
    } = first.expr
    else {
        return None;
    };
    let link = first.end;
    let after_day = ctx.toks.get(link + 2);
    let day_ends_phrase = after_day.is_none_or(|t| t.kind == Kind::Punct);
    let linked = ctx.is_punct(link, &["-", "–"])
        || ctx.is_fw(link, Fw::To)
        || (matches!(ctx.fw(link), Some(Fw::And | Fw::Or)) && day_ends_phrase)
        || (ctx.is_fw(link, Fw::And) && first.start > 0 && ctx.is_fw(first.start - 1, Fw::Between));
    let day = ctx.number(link + 1, 2).filter(|d| (1..=31).contains(d))?;
    let day_first = matches!(ctx.lex(link + 2), Lex::Month(_)); // "14-16 July": its own rule
    let quantity =
        numeric::continues_number(ctx, link + 2) || numeric::is_quantity_noun(ctx, link + 2);
    if !linked || day_first || quantity {
        return None;
    }
    let day = u8::try_from(day).ok()?;
    Some(Found::new(
        link + 1,
        link + 2,
        Expr::Date {
            year,
            month,
            day,
            time,
        },
    ))
}

/// The whole-year expression for a written year, used by several rules.
pub fn year_expr(year: i32) -> Expr {
    Expr::InYear {
        year: YearRef::Given(year),
        period: Period::Whole,
    }
}

/// Whether a phrase is hyphenated into an adjective ("third-quarter", "late-November").
fn hyphenated(ctx: &Ctx, found: &Found) -> bool {
    found.end >= 2 && ctx.hyphen(found.end - 2)
}
