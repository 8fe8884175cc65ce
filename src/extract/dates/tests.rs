//! Unit tests of the date finder, one group per rule family, on sentences written for them.

use super::find;
use jiff::civil::{Date, date};
use proptest::prelude::*;

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

mod absolute {
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
}

mod relative_with_dct {
    use super::*;

    #[test]
    fn days_around_publication() {
        check(
            "Police said today that the man fled yesterday and will appear tomorrow.",
            Some(DCT),
            &[
                ("today", "1998-02-06"),
                ("yesterday", "1998-02-05"),
                ("tomorrow", "1998-02-07"),
            ],
        );
    }

    #[test]
    fn bare_weekday_is_the_latest_one() {
        check(
            "The minister resigned on Tuesday.",
            Some(DCT),
            &[("Tuesday", "1998-02-03")],
        );
    }

    #[test]
    fn future_cue_moves_a_weekday_ahead() {
        check(
            "The minister will resign on Tuesday.",
            Some(DCT),
            &[("Tuesday", "1998-02-10")],
        );
    }

    #[test]
    fn weeks_months_and_years() {
        check(
            "Last week was busy, this week is calm, next month will tell, as last year and this year did.",
            Some(DCT),
            &[
                ("Last week", "1998-W05"),
                ("this week", "1998-W06"),
                ("next month", "1998-03"),
                ("last year", "1997"),
                ("this year", "1998"),
            ],
        );
    }

    #[test]
    fn counted_back() {
        check(
            "It closed two days ago, opened three years ago and earned less a year earlier.",
            Some(DCT),
            &[
                ("two days ago", "1998-02-04"),
                ("three years ago", "1995"),
                ("a year earlier", "1997"),
            ],
        );
    }

    #[test]
    fn references() {
        check(
            "It is now clear, and currently true, what recently happened in the past will shape the future.",
            Some(DCT),
            &[
                ("now", "PRESENT_REF"),
                ("currently", "PRESENT_REF"),
                ("recently", "PAST_REF"),
                ("the past", "PAST_REF"),
                ("the future", "FUTURE_REF"),
            ],
        );
    }

    #[test]
    fn parts_of_the_day() {
        check(
            "He spoke this morning and leaves tonight, after Friday night.",
            Some(DCT),
            &[
                ("this morning", "1998-02-06TMO"),
                ("tonight", "1998-02-06TNI"),
                ("Friday night", "1998-02-06TNI"),
            ],
        );
    }

    #[test]
    fn weekends() {
        check(
            "Talks over the weekend failed; last weekend was calm; next weekend may differ.",
            Some(date(1998, 2, 4)),
            &[
                ("the weekend", "1998-W05-WE"),
                ("last weekend", "1998-W05-WE"),
                ("next weekend", "1998-W06-WE"),
            ],
        );
    }

    #[test]
    fn the_same_day_and_last_weekday() {
        check(
            "He returned the same day, as he did last Friday.",
            Some(DCT),
            &[
                ("the same day", "1998-02-06"),
                ("last Friday", "1998-01-30"),
            ],
        );
    }

    #[test]
    fn month_day_takes_the_nearest_year() {
        check(
            "The deal closed Dec. 20 and the next round is Feb. 20.",
            Some(date(1998, 1, 10)),
            &[("Dec. 20", "1997-12-20"), ("Feb. 20", "1998-02-20")],
        );
    }

    #[test]
    fn cues_choose_the_year_of_a_month_day() {
        check(
            "The dividend is payable Jan. 3 for the year ended Nov. 30.",
            Some(date(1989, 11, 1)),
            &[("Jan. 3", "1990-01-03"), ("Nov. 30", "1988-11-30")],
        );
    }

    #[test]
    fn a_month_soon_after_publication_is_ahead() {
        check(
            "The vote is in December; the last one was in June.",
            Some(date(1998, 11, 2)),
            &[("December", "1998-12"), ("June", "1998-06")],
        );
    }

    #[test]
    fn year_ago_follows_the_quarter_in_focus() {
        check(
            "Third-quarter profit rose to $5 million from $4 million a year earlier.",
            Some(date(1989, 10, 26)),
            &[("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")],
        );
    }

    #[test]
    fn clock_time_attaches_to_its_day() {
        check(
            "The blast came at 10 p.m. Wednesday.",
            Some(DCT),
            &[("10 p.m. Wednesday", "1998-02-04T22:00")],
        );
    }
}

mod holidays {
    use super::*;

    #[test]
    fn named_days() {
        check(
            "Shops close on Christmas Day, Boxing Day and New Year's Eve; sales rose over Christmas, as at Christmas 1986.",
            Some(date(2004, 12, 20)),
            &[
                ("Christmas Day", "2004-12-25"),
                ("Boxing Day", "2004-12-26"),
                ("New Year's Eve", "2004-12-31"),
                ("Christmas", "2004-12-25"),
                ("Christmas 1986", "1986-12-25"),
            ],
        );
    }

    #[test]
    fn movable_feasts_follow_the_year() {
        check(
            "He was rescued last Thanksgiving and returned on Easter Monday.",
            Some(date(2000, 4, 30)),
            &[
                ("last Thanksgiving", "1999-11-25"),
                ("Easter Monday", "2000-04-24"),
            ],
        );
    }

    #[test]
    fn ungoverned_holiday_words_are_modifiers() {
        none("Christmas sales were strong and Easter eggs sold out.");
    }
}

mod relative_without_dct {
    use super::*;

    #[test]
    fn unknown_anchor_leaves_placeholders() {
        check(
            "He left yesterday, returns on Tuesday and will stay next week and last year.",
            None,
            &[
                ("yesterday", "XXXX-XX-XX"),
                ("Tuesday", "XXXX-WXX-2"),
                ("next week", "XXXX-WXX"),
                ("last year", "XXXX"),
            ],
        );
    }

    #[test]
    fn relative_flag_marks_computed_values() {
        let mentions = find("In 2012 and yesterday.", Some(DCT));
        let flags: Vec<bool> = mentions.iter().map(|m| m.relative).collect();
        assert_eq!(flags, [false, true]);
    }
}

mod ranges {
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
}

mod not_dates {
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
}

proptest! {
    #[test]
    fn any_input_gives_valid_spans_deterministically(text in "\\PC{0,200}") {
        let first = find(&text, Some(DCT));
        for m in &first {
            prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
        prop_assert_eq!(first, find(&text, Some(DCT)));
    }

    #[test]
    fn date_like_input_never_panics(
        text in "([0-9]{1,4}|July|Sept\\.|Tuesday|the|last|ago|a|'|’|-|/|,|\\.|:| |p\\.m\\.|quarter|third|year|s){0,40}",
        year in 1i16..9999,
    ) {
        let dct = Date::new(year, 2, 28).ok();
        for m in find(&text, dct) {
            prop_assert!(text.get(m.span.start..m.span.end).is_some());
            prop_assert!(!m.value.is_empty());
        }
    }
}

#[test]
fn nested_rule_chains_stay_shallow() {
    for unit in ["Monday, ", "the end of ", "early ", "noon "] {
        let text = unit.repeat(50_000);
        let started = std::time::Instant::now();
        let _ = find(&text, Some(DCT));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{unit:?}"
        );
    }
}

#[test]
fn long_input_runs_in_bounded_time() {
    let text = "On Tuesday, July 15, 2012, the third quarter ended. ".repeat(20_000);
    let started = std::time::Instant::now();
    let mentions = find(&text, Some(DCT));
    assert_eq!(mentions.len(), 2 * 20_000); // "Tuesday, July 15, 2012" and "the third quarter"
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
