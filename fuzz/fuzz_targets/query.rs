//! Fuzzes the list filter's query parser: any UTF-8 text parses or gives a typed error,
//! never a panic, and a parsed query printed back parses to the same query.
#![no_main]

use dateline::query::parse;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(query) = parse(text) {
        let printed = query.to_string();
        assert_eq!(parse(&printed), Ok(query), "{printed}");
    }
});
