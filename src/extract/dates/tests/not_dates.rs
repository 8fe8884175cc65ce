//! Look-alikes that must not be found: ages, amounts, scores, bare times, durations,
//! sets and names.

use super::*;

#[test]
fn a_quantity_after_a_date_is_no_range_end() {
    check(
        "Rates rose on May 3 to 5 percent.",
        None,
        &[("May 3", "XXXX-05-03")],
    );
}

#[test]
fn ages() {
    none("The victim, 39, and a 1-year-old survived.");
}

#[test]
fn counts_money_and_percentages() {
    none("It cost $2012 for 2,012 tickets, 2012 people came and 20.12% paid.");
}

#[test]
fn scores() {
    none("They won 3-1 and then 21-14.");
}

#[test]
fn bare_times_of_day() {
    none("The shop opens at 10 p.m. and at 9:30 am.");
}

#[test]
fn decades_of_age() {
    none("Both men were in their 60s.");
}

#[test]
fn durations() {
    none("He waited for years, then three days, then two weeks.");
}

#[test]
fn sets() {
    none("The board meets every week and publishes weekly, each Friday.");
}

#[test]
fn weekdays_inside_names() {
    none("The Sunday Times and the Sunday Express led.");
}

#[test]
fn match_halves_and_quarter_finals() {
    none("They scored in the second half and reached the quarter-finals.");
}

#[test]
fn years_inside_product_and_law_names() {
    none("Upgrades from Windows 2000 under the Terrorism Act 2000 at Euro 2004.");
}

#[test]
fn programme_titles() {
    none("Baker said on \"This Week\" that talks would go on.");
}

#[test]
fn names_that_look_like_months() {
    none("Theresa May said we may march on.");
}

#[test]
fn lowercase_month_words() {
    none("Troops march in may and the fall was steep.");
}
