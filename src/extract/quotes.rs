//! Quotations and reported speech. (Skeleton: replaced by the quote finder.)

use super::{Credit, Quote};

/// Finds quotes (with speakers) and credits in `text`.
#[must_use]
pub fn find(_text: &str) -> (Vec<Quote>, Vec<Credit>) {
    (Vec::new(), Vec::new())
}
