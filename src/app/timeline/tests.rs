use super::*;

fn mention(text: &str, written: &str, value: &str) -> DateMention {
    let start = text.find(written).expect("written in text");
    DateMention {
        span: Span::new(start, start + written.len()),
        value: value.to_string(),
        relative: false,
    }
}

fn order(timeline: &Timeline) -> Vec<String> {
    timeline
        .rows
        .iter()
        .map(|row| match row {
            TimelineRow::Entry(i) => timeline.entries[*i].value.clone(),
            TimelineRow::Published => "published".to_string(),
            TimelineRow::Unplaced => "unplaced".to_string(),
        })
        .collect()
}

#[test]
fn days_match_the_calendar() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    // ISO week 1 of 2026 starts on Monday 2025-12-29.
    assert_eq!(iso_week_start(2026, 1), days_from_civil(2025, 12, 29));
    assert_eq!(
        value_days("2012-SU"),
        value_days("2012-06").map(|(s, _)| (s, days_from_civil(2012, 8, 31)))
    );
    assert_eq!(
        value_days("2026-WI").map(|(_, e)| e),
        Some(days_from_civil(2027, 2, 28))
    );
    assert_eq!(
        value_days("199X").map(|(s, _)| s),
        Some(days_from_civil(1990, 1, 1))
    );
    assert_eq!(value_days("2026-11-24TMO"), value_days("2026-11-24"));
    assert_eq!(value_days("2026-13"), None);
    assert_eq!(value_days("PRESENT_REF"), None);
}

#[test]
fn dates_sort_by_value_with_the_publication_date_marked() {
    let text = "Last week it rained. This summer was dry. In the 1990s it flooded. \
                Now it is calm. Recently it snowed. On Friday a train runs. \
                On October 3 a fair opens. In 2026 much changed.";
    let dates = vec![
        mention(text, "Last week", "2026-W47"),
        mention(text, "This summer", "2026-SU"),
        mention(text, "the 1990s", "199X"),
        mention(text, "Now", "PRESENT_REF"),
        mention(text, "Recently", "PAST_REF"),
        mention(text, "Friday", "2026-11-27"),
        mention(text, "October 3", "XXXX-10-03"),
        mention(text, "2026", "2026"),
    ];
    let timeline = build(text, &dates, Some(Date::constant(2026, 11, 24)));
    assert_eq!(
        order(&timeline),
        [
            "199X",
            "2026",
            "2026-SU",
            "2026-W47",
            "PAST_REF",
            "published",
            "PRESENT_REF",
            "2026-11-27",
            "unplaced",
            "XXXX-10-03"
        ]
    );
    let friday = &timeline.entries[6];
    assert_eq!(friday.written, "Friday");
    assert_eq!(friday.sentence.slice(text), "On Friday a train runs.");
    assert!(!timeline.entries[7].placed);
}

#[test]
fn without_a_publication_date_vague_references_go_to_the_ends() {
    let text = "now, 2019, recently";
    let dates = vec![
        mention(text, "now", "PRESENT_REF"),
        mention(text, "2019", "2019"),
        mention(text, "recently", "PAST_REF"),
    ];
    let timeline = build(text, &dates, None);
    assert_eq!(order(&timeline), ["PAST_REF", "2019", "PRESENT_REF"]);
}

proptest::proptest! {
    #[test]
    fn any_value_sorts_without_a_panic(
        value in "([0-9X]{1,5}|-|W|Q|H|SU|WI|T|MO|WE|_REF|PAST|\\PC){0,8}",
    ) {
        let text = "x";
        let dates = [DateMention { span: Span::new(0, 1), value, relative: false }];
        let timeline = build(text, &dates, Some(Date::constant(2026, 1, 1)));
        proptest::prop_assert_eq!(timeline.entries.len(), 1);
    }
}

#[test]
fn selection_scrolls_with_the_marker_above_it() {
    let text = "a b c d e";
    let dates: Vec<DateMention> = ["a", "b", "c", "d", "e"]
        .iter()
        .zip(["2020", "2021", "2022", "2023", "2024"])
        .map(|(w, v)| mention(text, w, v))
        .collect();
    let mut timeline = build(text, &dates, Some(Date::constant(2022, 6, 1)));
    assert_eq!(timeline.rows[3], TimelineRow::Published);
    timeline.move_by(4, 2);
    assert_eq!((timeline.selected, timeline.offset), (4, 4));
    timeline.move_by(-1, 2);
    assert_eq!(timeline.selected, 3);
    assert_eq!(timeline.offset, 3, "the marker above shows too");
    timeline.move_by(-9, 2);
    assert_eq!((timeline.selected, timeline.offset), (0, 0));
}
