//! The non-interactive subcommands: `extract --json` (the scripting and scoring contract of
//! `docs/extract-json.md`), `check` (the load report), `list` and `places` (exports, see
//! [`crate::export`]); [`args`] defines the command line itself.

pub mod args;

use std::io::{self, Write};

use serde::Serialize;

use crate::article::{Article, Loaded};
use crate::export;
use crate::extract::{self, Entities};

/// One line of `dateline extract --json`, in the fixed field order of the contract.
#[derive(Serialize)]
struct ExtractRecord<'a> {
    id: std::borrow::Cow<'a, str>,
    path: String,
    title: &'a str,
    dct: Option<String>,
    places: Vec<PlaceOut<'a>>,
    dates: Vec<DateOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct DateOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    canonical_speaker: Option<&'a str>,
    cue: Option<&'a str>,
    kind: extract::QuoteKind,
}

fn record<'a>(article: &'a Article, entities: &'a Entities) -> ExtractRecord<'a> {
    let text = article.text.as_str();
    ExtractRecord {
        id: article.id(),
        path: article.path.display().to_string(),
        title: &article.title,
        dct: article.date.map(|d| d.to_string()),
        places: entities
            .places
            .iter()
            .map(|p| PlaceOut {
                start: p.span.start,
                end: p.span.end,
                text: p.span.slice(text),
                name: &p.name,
            })
            .collect(),
        dates: entities
            .dates
            .iter()
            .map(|d| DateOut {
                start: d.span.start,
                end: d.span.end,
                text: d.span.slice(text),
                value: &d.value,
            })
            .collect(),
        quotes: entities
            .quotes
            .iter()
            .map(|q| QuoteOut {
                start: q.span.start,
                end: q.span.end,
                text: q.span.slice(text),
                speaker: q.speaker.map(|s| s.slice(text)),
                speaker_start: q.speaker.map(|s| s.start),
                speaker_end: q.speaker.map(|s| s.end),
                canonical_speaker: q.canonical_speaker.as_deref(),
                cue: q.cue.as_deref(),
                kind: q.kind,
            })
            .collect(),
    }
}

/// Writes one JSON line per article with everything the extractor found in it.
///
/// # Errors
/// When writing to `out` fails (for example a closed pipe).
pub fn write_extract_json(loaded: &Loaded, out: &mut impl Write) -> io::Result<()> {
    for article in &loaded.articles {
        let entities = extract::extract(&article.text, article.date);
        serde_json::to_writer(&mut *out, &record(article, &entities))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes the load report: one line per problem, then a summary line.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_check_report(loaded: &Loaded, out: &mut impl Write) -> io::Result<()> {
    for problem in &loaded.problems {
        writeln!(out, "{problem}")?;
    }
    let problems = loaded.problems.len();
    let noun = if problems == 1 { "problem" } else { "problems" };
    writeln!(
        out,
        "{} articles loaded, {problems} {noun}",
        loaded.articles.len()
    )
}

/// Writes `dateline list`: JSON Lines or CSV, one row per article.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_list(loaded: &Loaded, csv: bool, out: &mut impl Write) -> io::Result<()> {
    let rows = export::rows(loaded);
    if csv {
        export::write_csv(&rows, out)
    } else {
        export::write_json_lines(&rows, out)
    }
}

/// Writes `dateline places --geojson`: one FeatureCollection, pretty-printed.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_places_geojson(loaded: &Loaded, out: &mut impl Write) -> io::Result<()> {
    let entities = export::extract_all(loaded);
    let collection = export::places_geojson(loaded, &entities);
    serde_json::to_writer_pretty(&mut *out, &collection)?;
    out.write_all(b"\n")
}
