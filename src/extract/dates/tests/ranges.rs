//! Ranges: each end of "July 14-16" or "between March 3 and 5" is its own mention.

use super::*;

#[test]
fn between_two_full_dates() {
    check(
        "The festival runs between July 15 and July 17.",
        None,
        &[("July 15", "XXXX-07-15"), ("July 17", "XXXX-07-17")],
    );
}

#[test]
fn hyphenated_day_range() {
    check(
        "Talks ran July 14-16 in Geneva.",
        None,
        &[("July 14", "XXXX-07-14"), ("16", "XXXX-07-16")],
    );
}

#[test]
fn day_first_range() {
    check(
        "Talks ran 14-16 July 2012.",
        None,
        &[("14", "2012-07-14"), ("16 July 2012", "2012-07-16")],
    );
}

#[test]
fn between_with_bare_second_day() {
    check(
        "The sale runs between March 3 and 5 in all stores.",
        None,
        &[("March 3", "XXXX-03-03"), ("5", "XXXX-03-05")],
    );
}
