//! Named days: "Christmas Day", "New Year's Eve", "Boxing Day", "Valentine's Day",
//! "Halloween", "Thanksgiving", "Easter Sunday", "Good Friday". A bare "Christmas" or
//! "Easter" counts only where a preposition or "last"/"this" governs it ("over Christmas"),
//! so "Christmas sales" stays out.

use jiff::civil::{Date, Weekday};

use super::expr::{Expr, YearRef};
use super::grammar::{Ctx, Found};
use super::lexicon::{Cue, Fw, Lex, Unit};

/// A holiday whose date follows from the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    Halloween,
    /// The US holiday: the fourth Thursday of November.
    Thanksgiving,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
}

/// The first word of a holiday name, as the lexicon classifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayWord {
    Christmas,
    Easter,
    Thanksgiving,
    Halloween,
    Boxing,
    Valentine,
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn date_in(self, year: i32) -> Option<Date> {
        let year = i16::try_from(year).ok()?;
        let fixed = |month, day| Date::new(year, month, day).ok();
        match self {
            Holiday::NewYearsDay => fixed(1, 1),
            Holiday::NewYearsEve => fixed(12, 31),
            Holiday::ValentinesDay => fixed(2, 14),
            Holiday::Halloween => fixed(10, 31),
            Holiday::ChristmasEve => fixed(12, 24),
            Holiday::ChristmasDay => fixed(12, 25),
            Holiday::BoxingDay => fixed(12, 26),
            Holiday::Thanksgiving => fixed(11, 1)?
                .nth_weekday_of_month(4, Weekday::Thursday)
                .ok(),
            Holiday::GoodFriday => easter(year).and_then(|d| d.yesterday().ok()?.yesterday().ok()),
            Holiday::EasterSunday => easter(year),
            Holiday::EasterMonday => easter(year).and_then(|d| d.tomorrow().ok()),
        }
    }

    /// The month and day when they do not depend on the year.
    pub fn fixed_day(self) -> Option<(u8, u8)> {
        let date = self.date_in(2001)?; // not a leap year; no fixed holiday is February 29
        let movable = matches!(
            self,
            Holiday::Thanksgiving
                | Holiday::GoodFriday
                | Holiday::EasterSunday
                | Holiday::EasterMonday
        );
        let (month, day) = (
            u8::try_from(date.month()).ok()?,
            u8::try_from(date.day()).ok()?,
        );
        (!movable).then_some((month, day))
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// A holiday name starting at `i`, with `year` as the year reference.
pub fn holiday(ctx: &Ctx, i: usize, year: YearRef) -> Option<Found> {
    let (holiday, end) = name_at(ctx, i)?;
    if let Some(y) = super::named::written_year(ctx, end) {
        let expr = Expr::Holiday {
            holiday,
            year: YearRef::Given(y),
        };
        return Some(Found::new(i, end + 1, expr));
    }
    let explicit = end > i + 1
        || !matches!(
            ctx.lex(i),
            Lex::Holiday(
                HolidayWord::Christmas
                    | HolidayWord::Easter
                    | HolidayWord::Thanksgiving
                    | HolidayWord::Halloween
            )
        );
    if !explicit && year == YearRef::Unsaid && !after_preposition(ctx, i) {
        return None;
    }
    Some(Found::new(i, end, Expr::Holiday { holiday, year }))
}

/// Whether a preposition governs the word at `i`: "over Christmas", "at Easter".
fn after_preposition(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && matches!(
            ctx.lex(i - 1),
            Lex::Word(Fw::Prep | Fw::At) | Lex::Cue(Cue::Deadline | Cue::Past)
        )
}

/// The holiday named at `i` and the token after its name.
fn name_at(ctx: &Ctx, i: usize) -> Option<(Holiday, usize)> {
    if !ctx.capitalized(i) {
        return None;
    }
    let day_at = |k: usize| matches!(ctx.unit(k), Some((Unit::Day, false))) && ctx.capitalized(k);
    let word_at =
        |k: usize, word: &str| ctx.text_of(k).eq_ignore_ascii_case(word) && ctx.capitalized(k);
    let possessive_at = |k: usize| ctx.is_punct(k, &["'", "’"]) && ctx.text_of(k + 1) == "s";
    match ctx.lex(i) {
        Lex::Holiday(HolidayWord::Christmas) if day_at(i + 1) => {
            Some((Holiday::ChristmasDay, i + 2))
        }
        Lex::Holiday(HolidayWord::Christmas) if word_at(i + 1, "eve") => {
            Some((Holiday::ChristmasEve, i + 2))
        }
        Lex::Holiday(HolidayWord::Christmas) => Some((Holiday::ChristmasDay, i + 1)),
        Lex::Holiday(HolidayWord::Easter) if word_at(i + 1, "monday") => {
            Some((Holiday::EasterMonday, i + 2))
        }
        Lex::Holiday(HolidayWord::Easter) if word_at(i + 1, "sunday") || day_at(i + 1) => {
            Some((Holiday::EasterSunday, i + 2))
        }
        Lex::Holiday(HolidayWord::Easter) => Some((Holiday::EasterSunday, i + 1)),
        Lex::Holiday(HolidayWord::Thanksgiving) if day_at(i + 1) => {
            Some((Holiday::Thanksgiving, i + 2))
        }
        Lex::Holiday(HolidayWord::Thanksgiving) => Some((Holiday::Thanksgiving, i + 1)),
        Lex::Holiday(HolidayWord::Halloween) => Some((Holiday::Halloween, i + 1)),
        Lex::Holiday(HolidayWord::Boxing) if day_at(i + 1) => Some((Holiday::BoxingDay, i + 2)),
        Lex::Holiday(HolidayWord::Valentine) if possessive_at(i + 1) && day_at(i + 3) => {
            Some((Holiday::ValentinesDay, i + 4))
        }
        Lex::Word(Fw::Good) if word_at(i + 1, "friday") => Some((Holiday::GoodFriday, i + 2)),
        Lex::Word(Fw::New)
            if matches!(ctx.unit(i + 1), Some((Unit::Year, false))) && possessive_at(i + 2) =>
        {
            if day_at(i + 4) {
                Some((Holiday::NewYearsDay, i + 5))
            } else if word_at(i + 4, "eve") {
                Some((Holiday::NewYearsEve, i + 5))
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2005), Date::new(2005, 3, 27).ok());
        assert_eq!(easter(2012), Date::new(2012, 4, 8).ok());
        assert_eq!(easter(1998), Date::new(1998, 4, 12).ok());
    }

    #[test]
    fn thanksgiving_is_the_fourth_thursday() {
        assert_eq!(
            Holiday::Thanksgiving.date_in(1999),
            Date::new(1999, 11, 25).ok()
        );
    }
}
