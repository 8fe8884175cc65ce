//! Runs one extractor family over a corpus a given number of times, for instruction counts
//! that do not depend on the machine's load:
//!
//! ```sh
//! cargo build --release --example extract-profile
//! valgrind --tool=callgrind target/release/examples/extract-profile all ../shared/corpora/bbc 1
//! valgrind --tool=callgrind target/release/examples/extract-profile all ../shared/corpora/bbc 2
//! ```
//!
//! The difference between the two runs is the cost of one pass, without loading the corpus
//! and without building the extractor's tables (which happens once per process).

use std::path::PathBuf;

use anyhow::{Context, bail};
use dateline::article::load_paths;
use dateline::extract::{dates, extract, places, quotes};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: extract-profile all|places|dates|quotes CORPUS [PASSES]";
    let family = args.next().context(usage)?;
    let corpus = PathBuf::from(args.next().context(usage)?);
    let passes: usize = args.next().map_or(Ok(1), |p| p.parse()).context(usage)?;
    if !["all", "places", "dates", "quotes"].contains(&family.as_str()) {
        bail!("{usage}");
    }
    let loaded = load_paths(std::slice::from_ref(&corpus));
    let mut found = 0;
    for _ in 0..passes {
        for article in &loaded.articles {
            let (text, dct) = (article.text.as_str(), article.date);
            found += match family.as_str() {
                "places" => places::find(text).len(),
                "dates" => dates::find(text, dct).len(),
                "quotes" => quotes::find(text).0.len(),
                _ => extract(text, dct).quotes.len(),
            };
        }
    }
    println!(
        "{} articles, {passes} passes, {found} entities",
        loaded.articles.len()
    );
    Ok(())
}
