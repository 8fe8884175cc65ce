//! Unit tests of the date finder, one file per rule family, on sentences written for them.

mod absolute;
mod not_dates;
mod ranges;
mod relative;
mod robustness;

use super::find;
use jiff::civil::{Date, date};

/// A Friday, so weekday arithmetic is easy to check by hand.
const DCT: Date = date(1998, 2, 6);

/// (text, value) of every mention found in `text`.
fn found(text: &str, dct: Option<Date>) -> Vec<(String, String)> {
    find(text, dct)
        .into_iter()
        .map(|m| (m.span.slice(text).to_string(), m.value))
        .collect()
}

/// Asserts that `text` yields exactly the `(span text, value)` pairs given.
fn check(text: &str, dct: Option<Date>, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect();
    assert_eq!(found(text, dct), expected, "in {text:?}");
}

/// Asserts that `text` yields no date at all.
fn none(text: &str) {
    assert_eq!(found(text, Some(DCT)), Vec::new(), "in {text:?}");
}
