//! Relative dates resolved against a publication date, or left open without one, and
//! named holidays.

use super::*;

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
