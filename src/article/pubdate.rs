//! Publication dates as news files write them.
//!
//! [`parse_date`] accepts a whole string that is one date, optionally with a weekday, a
//! time and a zone: `2017-07-18`, `2017/07/18`, RFC 3339 and other ISO datetimes
//! (`2017-07-18T09:30:00+02:00`, whose calendar date is kept as written), `July 18, 2017`,
//! `18 July 2017`, `Jul 18 2017`, `Tue, 18 Jul 2017 09:30:00 +0000` (RFC 2822). Numeric
//! day/month orders such as `07/18/2017` are ambiguous and not accepted. Anything else gives
//! `None`: an unreadable date never stops an article from loading.

use crate::extract::Date;
use crate::extract::dates::lexicon::{MONTHS, WEEKDAYS};

/// Parses a string that is a date (with an optional weekday, time and zone), if it is one.
#[must_use]
pub fn parse_date(input: &str) -> Option<Date> {
    let input = input.trim();
    if input.len() > 80 {
        return None;
    }
    parse_iso(input).or_else(|| parse_written(input))
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time (`T09:30`, ` 09:30:00Z`).
fn parse_iso(input: &str) -> Option<Date> {
    let bytes = input.as_bytes();
    let head = bytes.get(..10)?;
    let separator = head[4];
    let shape_ok = matches!(separator, b'-' | b'/')
        && head[7] == separator
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| head[i].is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let rest = input.get(10..)?;
    let rest = rest.strip_prefix(['T', 't']).unwrap_or(rest);
    if !rest
        .split_whitespace()
        .all(|t| is_iso_time(t) || is_time_or_zone(t))
    {
        return None;
    }
    let number = |range: std::ops::Range<usize>| input.get(range)?.parse::<i16>().ok();
    let month = i8::try_from(number(5..7)?).ok()?;
    let day = i8::try_from(number(8..10)?).ok()?;
    Date::new(number(0..4)?, month, day).ok()
}

/// `09:30`, `09:30:00Z`, `23:30:00.5-05:00`.
fn is_iso_time(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.contains(':')
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z' | 'z'))
}

/// What a word of a written date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Month(i8),
    Day(i8),
    Year(i16),
    Weekday,
    TimeOrZone,
}

fn classify(word: &str) -> Option<Part> {
    let word = word.trim_end_matches('.');
    if let Some(month) = month_number(word) {
        Some(Part::Month(month))
    } else if let Some(day) = day_number(word) {
        Some(Part::Day(day))
    } else if let Some(year) = year_number(word) {
        Some(Part::Year(year))
    } else if is_weekday(word) {
        Some(Part::Weekday)
    } else if is_time_or_zone(word) {
        Some(Part::TimeOrZone)
    } else {
        None
    }
}

/// A date written with a month name: `[weekday] month day year [time] [zone]`, or with the
/// day before the month.
fn parse_written(input: &str) -> Option<Date> {
    let parts = input
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(classify)
        .collect::<Option<Vec<Part>>>()?;
    let parts = parts.strip_prefix(&[Part::Weekday]).unwrap_or(&parts);
    let (date, tail) = parts.split_at_checked(3)?;
    // After the date only a time and zone may follow (a bare number is an hour: "at 10 am").
    if !tail
        .iter()
        .all(|p| matches!(p, Part::TimeOrZone | Part::Day(_)))
    {
        return None;
    }
    let (month, day, year) = match *date {
        [Part::Month(m), Part::Day(d), Part::Year(y)]
        | [Part::Day(d), Part::Month(m), Part::Year(y)] => (m, d, y),
        _ => return None,
    };
    Date::new(year, month, day).ok()
}

/// `July`, `Jul`, `Sept` (any case).
fn month_number(word: &str) -> Option<i8> {
    let lower = word.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|name| name.starts_with(&lower))?;
    i8::try_from(index + 1).ok()
}

/// `18`, `18th`, `1st`.
fn day_number(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let day: i8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year_number(word: &str) -> Option<i16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

fn is_weekday(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.len() >= 3 && WEEKDAYS.iter().any(|name| name.starts_with(&lower))
}

/// `09:30`, `9:30:00`, `am`, `p.m`, `at`, `UTC`, `EDT`, `+0000`, `-05:00`, `(GMT)`.
fn is_time_or_zone(word: &str) -> bool {
    let word = word.trim_matches(|c| c == '(' || c == ')');
    let lower = word.to_ascii_lowercase();
    if matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m" | "at" | "z") {
        return true;
    }
    let is_clock = word.contains(':')
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        || lower.ends_with("am") && word.len() > 2 && word.as_bytes()[0].is_ascii_digit()
        || lower.ends_with("pm") && word.len() > 2 && word.as_bytes()[0].is_ascii_digit();
    let is_offset = word.starts_with(['+', '-'])
        && word.len() > 2
        && word[1..].chars().all(|c| c.is_ascii_digit() || c == ':');
    let is_zone_name =
        (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase());
    is_clock || is_offset || is_zone_name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Option<Date> {
        Some(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn iso_dates_and_datetimes() {
        assert_eq!(parse_date("2017-07-18"), date(2017, 7, 18));
        assert_eq!(parse_date("2017/07/18"), date(2017, 7, 18));
        assert_eq!(parse_date("2017-07-18T23:30:00-05:00"), date(2017, 7, 18));
        assert_eq!(parse_date("2017-07-18 09:30:00Z"), date(2017, 7, 18));
        assert_eq!(parse_date(" 2017-07-18T09:30:00.123Z "), date(2017, 7, 18));
    }

    #[test]
    fn written_dates_in_both_orders() {
        assert_eq!(parse_date("July 18, 2017"), date(2017, 7, 18));
        assert_eq!(parse_date("18 July 2017"), date(2017, 7, 18));
        assert_eq!(parse_date("Jul 18 2017"), date(2017, 7, 18));
        assert_eq!(parse_date("Sept. 3, 2017"), date(2017, 9, 3));
        assert_eq!(parse_date("3rd September 2017"), date(2017, 9, 3));
        assert_eq!(parse_date("Tuesday, July 18, 2017"), date(2017, 7, 18));
    }

    #[test]
    fn rfc_2822_and_times_with_zones() {
        assert_eq!(
            parse_date("Tue, 18 Jul 2017 09:30:00 +0000"),
            date(2017, 7, 18)
        );
        assert_eq!(
            parse_date("July 18, 2017 at 10:30 a.m. EDT"),
            date(2017, 7, 18)
        );
    }

    #[test]
    fn sentences_and_impossible_dates_are_refused() {
        assert_eq!(parse_date("The rally began on July 18, 2017"), None);
        assert_eq!(parse_date("July 2017"), None);
        assert_eq!(parse_date("February 30, 2017"), None);
        assert_eq!(parse_date("2017-13-01"), None);
        assert_eq!(parse_date("07/18/2017"), None);
        assert_eq!(parse_date("18 2017 July"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("2017-07-18 and more words"), None);
        assert_eq!(parse_date("Mayday 5 2017"), None);
    }
}
