//! What the text around an expression says about its value: whether the clause looks
//! ahead ("will", "payable", "by"), and which fiscal quarter a report is talking about, so
//! "a year earlier" after "third-quarter profit" means the third quarter of last year.

use super::grammar::{Ctx, Found};
use super::lexicon::{Cue, Fw, Lex};
use super::resolve::Direction;

/// How many tokens before an expression are searched for a future cue ("will").
const CUE_WINDOW: usize = 8;

/// How many tokens a quarter stays the topic a "year earlier" compares with.
const QUARTER_SCOPE: usize = 80;

/// Whether the clause before token `start` looks ahead in time.
pub fn direction(ctx: &Ctx, start: usize) -> Direction {
    let window = start.saturating_sub(CUE_WINDOW)..start;
    for k in window.rev() {
        if ctx.is_punct(k, &[".", "!", "?", ";", "\"", "“", "”"]) {
            break;
        }
        match ctx.lex(k) {
            Lex::Cue(Cue::Future) => return Direction::Future,
            Lex::Cue(Cue::Deadline) if k + 2 >= start => return Direction::Deadline,
            Lex::Cue(Cue::Past) if k + 2 >= start => return Direction::Past,
            _ => {}
        }
    }
    Direction::Unmarked
}

/// The quarter a financial report last named, with where it was named.
#[derive(Debug, Default)]
pub struct QuarterFocus {
    last: Option<(usize, i32, u8)>,
}

impl QuarterFocus {
    /// The value to report for `found`: a "year ago" comparison made while a quarter is the
    /// topic names that quarter a year earlier; every quarter value becomes the topic.
    pub fn value(&mut self, ctx: &Ctx, found: &Found, value: String) -> String {
        let comparison = is_year_ago(ctx, found);
        if let Some((year, q)) = parse_quarter(&value) {
            if !comparison {
                self.last = Some((found.end, year, q));
            }
            return value;
        }
        match self.last {
            Some((at, year, q)) if found.start <= at + QUARTER_SCOPE && comparison => {
                format!("{:04}-Q{q}", year - 1)
            }
            _ => value,
        }
    }
}

/// "2012-Q3" as (2012, 3).
fn parse_quarter(value: &str) -> Option<(i32, u8)> {
    let (year, q) = value.split_once("-Q")?;
    let q = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some((year.parse().ok()?, q))
}

/// Whether the expression is a comparison with a year before: "a year ago", "a year
/// earlier", "year-ago", "the year-earlier period".
fn is_year_ago(ctx: &Ctx, found: &Found) -> bool {
    let words = found.start..found.end;
    let has_year = words
        .clone()
        .any(|k| matches!(ctx.unit(k), Some((super::lexicon::Unit::Year, false))));
    let one = !words
        .clone()
        .any(|k| matches!(ctx.lex(k), Lex::Count(2..)) || ctx.number(k, 9).is_some());
    has_year
        && one
        && words
            .into_iter()
            .any(|k| matches!(ctx.fw(k), Some(Fw::Ago | Fw::Earlier)))
}
