//! Unit tests of the date finder, one group per rule family, on sentences written for them.

use super::find;
use jiff::civil::{Date, date};

/// (text, value) of every mention found in `text`.
fn found(text: &str, dct: Option<Date>) -> Vec<(String, String)> {
    find(text, dct)
        .into_iter()
        .map(|m| (m.span.slice(text).to_string(), m.value))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn smoke() {
    let dct = Some(date(1998, 2, 6));
    assert_eq!(
        found("It rained on July 15, 2012 and yesterday.", dct),
        pairs(&[("July 15, 2012", "2012-07-15"), ("yesterday", "1998-02-05")])
    );
}
