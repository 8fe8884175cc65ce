//! Fuzzes the extractor: any UTF-8 text gives entities whose spans lie inside the text on
//! char boundaries; the first two bytes choose whether a publication date is given.
#![no_main]

use dateline::extract::{Date, Span, extract};

fn assert_valid(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (dct, rest) = match data {
        [flag, day, rest @ ..] if flag % 2 == 0 => {
            let day = i8::try_from(day % 28 + 1).unwrap_or(1);
            (Date::new(2017, 7, day).ok(), rest)
        }
        [_, rest @ ..] => (None, rest),
        [] => (None, data),
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let entities = extract(text, dct);
    for place in &entities.places {
        assert_valid(text, place.span);
    }
    for date in &entities.dates {
        assert_valid(text, date.span);
    }
    for quote in &entities.quotes {
        assert_valid(text, quote.span);
        if let Some(speaker) = quote.speaker {
            assert_valid(text, speaker);
        }
    }
    for credit in &entities.credits {
        assert_valid(text, credit.span);
    }
});
