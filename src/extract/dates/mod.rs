//! Date expressions in running text, normalised to TimeML TIMEX3 values.
//!
//! The pipeline is: `token` splits the text and classifies each word (`lookup` over the
//! `lexicon`); `grammar` recognises expressions left to right, longest first, as an
//! `expr::Expr`, with one module per family of rules: `numeric` (years, numeric and
//! day-first dates), `decade`, `clock`, `named` (months, weekdays, seasons),
//! `period` (quarters, halves, fiscal years), `holiday` and `deictic` ("yesterday",
//! "last week", "two days ago"). `resolve` (with `period_value` for parts of a year)
//! anchors each expression to the publication date; `context` reads the direction a sentence points ("will", "payable", "ended") to
//! choose between the last and the next "Tuesday" or "July 15", and the quarter a report
//! compares "a year earlier" with.
//!
//! Durations ("three days"), sets ("every week"), ages, amounts and bare clock times are
//! not dates and are left out.

mod clock;
mod context;
mod decade;
mod deictic;
mod expr;
mod grammar;
mod holiday;
pub(crate) mod lexicon;
mod lookup;
mod named;
mod numeric;
mod period;
mod period_value;
mod resolve;
mod token;

#[cfg(test)]
mod tests;

use super::{Date, DateMention, Span};
use grammar::{Ctx, Found};

/// Finds date expressions in `text`, resolving relative ones against `dct` when known.
#[must_use]
pub fn find(text: &str, dct: Option<Date>) -> Vec<DateMention> {
    let toks = token::tokenize(text);
    let ctx = Ctx::new(text, &toks);
    let mut focus = context::QuarterFocus::default();
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = grammar::may_start(&ctx, i)
            .then(|| grammar::parse_at(&ctx, i))
            .flatten();
        let Some(found) = found else {
            i += 1;
            continue;
        };
        i = found.end.max(i + 1);
        mentions.extend(mention(&ctx, &found, dct, &mut focus));
        if let Some(end) = grammar::range_end(&ctx, &found) {
            i = end.end;
            mentions.extend(mention(&ctx, &end, dct, &mut focus));
        }
    }
    mentions
}

/// The mention for a parsed expression, unless its value is impossible (February 30).
fn mention(
    ctx: &Ctx,
    found: &Found,
    dct: Option<Date>,
    focus: &mut context::QuarterFocus,
) -> Option<DateMention> {
    let start = ctx.toks.get(found.start)?.start;
    let end = ctx.toks.get(found.end.checked_sub(1)?)?.end;
    let value = resolve::value(found.expr, dct, context::direction(ctx, found.start))?;
    let text = focus.value(ctx, found, value.text);
    Some(DateMention {
        span: Span::new(start, end),
        value: text,
        relative: value.relative,
    })
}
