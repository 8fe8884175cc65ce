//! Absolute dates: written-out days, months, years, decades, seasons, quarters.

use super::*;

#[test]
fn month_day_and_year_orders() {
    check(
        "It opened on July 15, 2012, closed 15 July 2013 and reopened on 2014-07-15.",
        None,
        &[
            ("July 15, 2012", "2012-07-15"),
            ("15 July 2013", "2013-07-15"),
            ("2014-07-15", "2014-07-15"),
        ],
    );
}

#[test]
fn numeric_dates_read_month_first_unless_impossible() {
    check(
        "Filed 7/15/2012, amended 25/12/2012.",
        None,
        &[("7/15/2012", "2012-07-15"), ("25/12/2012", "2012-12-25")],
    );
}

#[test]
fn month_without_year_keeps_the_year_open() {
    check(
        "The vote is on July 15 and the count in Sept. 9.",
        None,
        &[("July 15", "XXXX-07-15"), ("Sept. 9", "XXXX-09-09")],
    );
}

#[test]
fn month_and_year() {
    check(
        "Sales fell in July 2012.",
        None,
        &[("July 2012", "2012-07")],
    );
}

#[test]
fn plausible_years() {
    check(
        "Built in 1889 and rebuilt in 2012.",
        None,
        &[("1889", "1889"), ("2012", "2012")],
    );
}

#[test]
fn years_after_sentence_initial_prepositions() {
    check(
        "Before 2000, sales were flat. For 2005, growth is seen.",
        None,
        &[("2000", "2000"), ("2005", "2005")],
    );
}

#[test]
fn decades_and_centuries() {
    check(
        "Popular in the 1990s, again in the '80s revival of the 20th century, the 1800s and the 2000s.",
        None,
        &[
            ("the 1990s", "199X"),
            ("the '80s", "198X"),
            ("the 20th century", "19"),
            ("the 1800s", "18"),
            ("the 2000s", "200X"),
        ],
    );
}

#[test]
fn modifiers_join_the_span() {
    check(
        "Work began in early 2012 and peaked in the mid-1990s style.",
        None,
        &[("early 2012", "2012"), ("the mid-1990s", "199")],
    );
}

#[test]
fn seasons_quarters_and_fiscal_years() {
    check(
        "Planting in spring 2012 lifted fiscal 1998 results in the third quarter.",
        Some(DCT),
        &[
            ("spring 2012", "2012-SP"),
            ("fiscal 1998", "1998"),
            ("the third quarter", "1997-Q3"),
        ],
    );
}

#[test]
fn a_later_quarter_is_last_year_s_unless_the_sentence_looks_ahead() {
    check(
        "Profit fell in the fourth quarter; it expects growth in the third quarter.",
        Some(date(2012, 2, 1)),
        &[
            ("the fourth quarter", "2011-Q4"),
            ("the third quarter", "2012-Q3"),
        ],
    );
}

#[test]
fn hyphenated_quarter_is_an_adjective_without_the_article() {
    check(
        "The third-quarter loss widened.",
        Some(date(1989, 10, 26)),
        &[("third-quarter", "1989-Q3")],
    );
}

#[test]
fn weekday_before_a_date_is_one_expression() {
    check(
        "The paper said on Monday, Oct. 26, 1998: no.",
        None,
        &[("Monday, Oct. 26, 1998", "1998-10-26")],
    );
}

#[test]
fn spoken_years() {
    check(
        "Back in nineteen ninety-six, and by the year two thousand.",
        None,
        &[
            ("nineteen ninety-six", "1996"),
            ("the year two thousand", "2000"),
        ],
    );
}
