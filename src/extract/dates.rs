//! Date expressions. (Skeleton: replaced by the TIMEX3 finder.)

use super::{Date, DateMention};

/// Finds date expressions in `text`, resolving relative ones against `dct` when known.
#[must_use]
pub fn find(_text: &str, _dct: Option<Date>) -> Vec<DateMention> {
    Vec::new()
}
