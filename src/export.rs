//! Exports for scripts: the article list as JSON Lines or CSV (`dateline list`), every place
//! with coordinates as GeoJSON (`dateline places --geojson`), and one article with its
//! entities as Markdown (the reader's export key).
//!
//! Extraction runs once per article, on all cores (rayon); the output keeps the load order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::article::{Article, Format, Loaded};
use crate::extract::{self, Entities, PlaceKind, QuoteKind};

/// One row of `dateline list`: an article's metadata and how many entities it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub path: String,
    pub format: Format,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub places: usize,
    pub dates: usize,
    pub quotes: usize,
}

impl ArticleRow {
    #[must_use]
    pub fn new(article: &Article, entities: &Entities) -> Self {
        Self {
            id: article.id().into_owned(),
            path: article.path.display().to_string(),
            format: article.format,
            title: article.title.clone(),
            date: article.date.map(|d| d.to_string()),
            source: article.source.clone(),
            url: article.url.clone(),
            places: entities.places.len(),
            dates: entities.dates.len(),
            quotes: entities.quotes.len(),
        }
    }
}

/// Every article's entities, extracted on all cores, in article order.
#[must_use]
pub fn extract_all(loaded: &Loaded) -> Vec<Entities> {
    loaded
        .articles
        .par_iter()
        .map(|article| extract::extract(&article.text, article.date))
        .collect()
}

/// The list rows of every loaded article.
#[must_use]
pub fn rows(loaded: &Loaded) -> Vec<ArticleRow> {
    loaded
        .articles
        .iter()
        .zip(extract_all(loaded))
        .map(|(article, entities)| ArticleRow::new(article, &entities))
        .collect()
}

/// Writes one JSON object per line per row.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_json_lines(rows: &[ArticleRow], out: &mut impl Write) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes the rows as CSV with a header line (RFC 4180 quoting; empty cells for absent
/// values).
///
/// # Errors
/// When writing to `out` fails.
pub fn write_csv(rows: &[ArticleRow], out: &mut impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    for row in rows {
        writer.serialize(row).map_err(csv_error)?;
    }
    writer.flush()
}

fn csv_error(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A distinct place across articles: what identifies it, where it is, who mentions it.
struct PlaceEntry {
    kind: PlaceKind,
    country: Option<String>,
    /// Longitude, latitude (GeoJSON order).
    lon_lat: (f64, f64),
    article_ids: Vec<String>,
    mentions: usize,
}

/// A GeoJSON FeatureCollection with one Point per distinct place that has coordinates
/// (name, country, kind, mention count and the ids of the articles that mention it),
/// places mentioned by most articles first.
#[must_use]
pub fn places_geojson(loaded: &Loaded, entities: &[Entities]) -> FeatureCollection {
    let mut places: BTreeMap<(String, Option<String>), PlaceEntry> = BTreeMap::new();
    for (article, found) in loaded.articles.iter().zip(entities) {
        for place in &found.places {
            let Some((lat, lon)) = place.coords else {
                continue;
            };
            let key = (place.name.clone(), place.country.clone());
            let entry = places.entry(key).or_insert_with(|| PlaceEntry {
                kind: place.kind,
                country: place.country.clone(),
                lon_lat: (lon, lat),
                article_ids: Vec::new(),
                mentions: 0,
            });
            entry.mentions += 1;
            let id = article.id();
            if entry.article_ids.last().map(String::as_str) != Some(&*id) {
                entry.article_ids.push(id.into_owned());
            }
        }
    }
    let mut sorted: Vec<_> = places.into_iter().collect();
    sorted.sort_by_key(|(_, place)| std::cmp::Reverse(place.article_ids.len()));
    let features = sorted
        .into_iter()
        .map(|((name, _), place)| Feature {
            kind: "Feature",
            geometry: Point {
                kind: "Point",
                coordinates: [place.lon_lat.0, place.lon_lat.1],
            },
            properties: PlaceProperties {
                name,
                country: place.country,
                kind: place.kind,
                mentions: place.mentions,
                articles: place.article_ids,
            },
        })
        .collect();
    FeatureCollection {
        kind: "FeatureCollection",
        features,
    }
}

/// A GeoJSON FeatureCollection (RFC 7946) of places.
#[derive(Debug, Serialize)]
pub struct FeatureCollection {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature>,
}

#[derive(Debug, Serialize)]
struct Feature {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: Point,
    properties: PlaceProperties,
}

#[derive(Debug, Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Longitude, latitude.
    coordinates: [f64; 2],
}

#[derive(Debug, Serialize)]
struct PlaceProperties {
    name: String,
    country: Option<String>,
    kind: PlaceKind,
    mentions: usize,
    /// The ids of the articles that mention the place, in load order.
    articles: Vec<String>,
}

/// The article as Markdown: front matter with its metadata, the text, then what the
/// extractor found (places, dates, quotes), for keeping or sharing.
#[must_use]
pub fn article_markdown(article: &Article, entities: &Entities) -> String {
    let mut out = String::from("---\n");
    front_matter_line(&mut out, "title", Some(&article.title));
    front_matter_line(
        &mut out,
        "date",
        article.date.map(|d| d.to_string()).as_deref(),
    );
    front_matter_line(&mut out, "author", article.byline.as_deref());
    front_matter_line(&mut out, "source", article.source.as_deref());
    front_matter_line(&mut out, "url", article.url.as_deref());
    let file = article.path.display().to_string();
    front_matter_line(&mut out, "file", Some(&file));
    out.push_str("---\n\n");
    let _ = writeln!(out, "# {}\n", one_line(&article.title));
    if let Some(caption) = article.caption {
        let credit = article
            .credit
            .map(|c| format!(" ({})", one_line(c.slice(&article.text))))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "> {}{credit}\n",
            one_line(caption.slice(&article.text))
        );
    }
    for paragraph in &article.body {
        let _ = writeln!(out, "{}\n", paragraph.slice(&article.text).trim());
    }
    write_entities(&mut out, article, entities);
    out
}

fn write_entities(out: &mut String, article: &Article, entities: &Entities) {
    let text = article.text.as_str();
    out.push_str("## Places\n\n");
    // Each place once, in name order, with its first mention and how often it is named.
    let mut places: BTreeMap<&str, (&extract::Place, usize)> = BTreeMap::new();
    for place in &entities.places {
        places.entry(place.name.as_str()).or_insert((place, 0)).1 += 1;
    }
    none_if_empty(out, places.is_empty());
    for (name, (place, count)) in places {
        let mut line = format!("- {name}");
        if let Some(country) = place.country.as_deref().filter(|c| *c != name) {
            let _ = write!(line, ", {country}");
        }
        if let Some((lat, lon)) = place.coords {
            let _ = write!(line, " ({lat:.4}, {lon:.4})");
        }
        let _ = writeln!(out, "{line} ×{count}");
    }
    out.push_str("\n## Dates\n\n");
    none_if_empty(out, entities.dates.is_empty());
    for date in &entities.dates {
        let _ = writeln!(
            out,
            "- {} → {}",
            one_line(date.span.slice(text)),
            date.value
        );
    }
    out.push_str("\n## Quotes\n\n");
    none_if_empty(out, entities.quotes.is_empty());
    for quote in &entities.quotes {
        let speaker = quote
            .canonical_speaker
            .as_deref()
            .or_else(|| quote.speaker.map(|s| s.slice(text)))
            .unwrap_or("unknown speaker");
        let kind = match quote.kind {
            QuoteKind::Direct => "",
            QuoteKind::Indirect => " (reported)",
        };
        let _ = writeln!(
            out,
            "- **{}**{kind}: {}",
            one_line(speaker),
            one_line(quote.span.slice(text))
        );
    }
}

fn none_if_empty(out: &mut String, empty: bool) {
    if empty {
        out.push_str("None found.\n");
    }
}

/// A YAML line `key: "value"` (JSON string syntax is valid YAML and escapes everything).
fn front_matter_line(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value.filter(|v| !v.is_empty()) {
        let quoted = serde_json::to_string(value).unwrap_or_default();
        let _ = writeln!(out, "{key}: {quoted}");
    }
}

/// Text on one line: runs of whitespace become one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use serde_json::json;

    use super::*;
    use crate::article::TextEncoding;
    use crate::extract::{Date, Span};

    fn article(text: &str, id: &str) -> Article {
        Article {
            record_id: id.to_string(),
            path: PathBuf::from(format!("{id}.txt")),
            format: Format::Text,
            encoding: TextEncoding::Utf8,
            title: "Rail: \"New\" Line".to_string(),
            byline: Some("Ana Lee".to_string()),
            date: Date::new(2026, 11, 24).ok(),
            source: None,
            url: Some("https://example.org/a".to_string()),
            tags: Vec::new(),
            body: vec![Span::new(0, text.len())],
            text: text.to_string(),
            caption: None,
            credit: None,
        }
    }

    const TEXT: &str =
        "Trains left Kunming for Vientiane on Friday. \"It worked,\" said Chen Yuhang.";

    #[test]
    fn markdown_holds_metadata_text_and_entities() {
        let article = article(TEXT, "a");
        let entities = extract::extract(&article.text, article.date);
        let markdown = article_markdown(&article, &entities);
        assert!(
            markdown.starts_with("---\ntitle: \"Rail: \\\"New\\\" Line\"\ndate: \"2026-11-24\"\n"),
            "{markdown}"
        );
        assert!(markdown.contains("url: \"https://example.org/a\"\n"));
        assert!(markdown.contains(&format!("\n{TEXT}\n")), "{markdown}");
        assert!(markdown.contains("\n- Kunming, China ("), "{markdown}");
        assert!(markdown.contains("- Friday → 2026-11-20\n"), "{markdown}");
        assert!(
            markdown.contains("- **Chen Yuhang**: \"It worked,\"\n"),
            "{markdown}"
        );
        // The front matter parses back as YAML with the same title.
        let front = markdown.split("---\n").nth(1).unwrap();
        let yaml: serde_json::Value = serde_norway::from_str(front).unwrap();
        assert_eq!(yaml["title"], "Rail: \"New\" Line");
    }

    #[test]
    fn markdown_quotes_the_caption_with_its_credit() {
        let mut article = article("Boats at dawn. Source: Port Desk\n\nBody.", "c");
        article.caption = Some(Span::new(0, 14));
        article.credit = Some(Span::new(23, 32));
        article.body = vec![Span::new(34, 39)];
        let markdown = article_markdown(&article, &Entities::default());
        assert!(
            markdown.contains("\n> Boats at dawn. (Port Desk)\n\nBody.\n"),
            "{markdown}"
        );
    }

    #[test]
    fn markdown_says_when_nothing_was_found() {
        let article = article("Nothing here.", "b");
        let markdown = article_markdown(&article, &Entities::default());
        assert_eq!(markdown.matches("None found.").count(), 3, "{markdown}");
    }

    #[test]
    fn geojson_has_one_feature_per_place_with_its_articles() {
        let loaded = Loaded {
            articles: vec![
                article(TEXT, "a"),
                article("Kunming again, and Kunming.", "b"),
            ],
            problems: Vec::new(),
        };
        let entities = extract_all(&loaded);
        let geojson = serde_json::to_value(places_geojson(&loaded, &entities)).unwrap();
        assert_eq!(geojson["type"], "FeatureCollection");
        let features = geojson["features"].as_array().unwrap();
        let kunming = &features[0];
        assert_eq!(kunming["properties"]["name"], "Kunming");
        assert_eq!(kunming["properties"]["articles"], json!(["a", "b"]));
        assert_eq!(kunming["properties"]["mentions"], 3);
        let coordinates = kunming["geometry"]["coordinates"].as_array().unwrap();
        let lon = coordinates[0].as_f64().unwrap();
        assert!(
            (102.0..103.5).contains(&lon),
            "longitude first: {coordinates:?}"
        );
        assert_eq!(features.len(), 2, "Kunming and Vientiane: {features:?}");
    }

    #[test]
    fn csv_quotes_fields_and_leaves_absent_values_empty() {
        let loaded = Loaded {
            articles: vec![article(TEXT, "a")],
            problems: Vec::new(),
        };
        let mut out = Vec::new();
        write_csv(&rows(&loaded), &mut out).unwrap();
        let csv = String::from_utf8(out).unwrap();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("id,path,format,title,date,source,url,places,dates,quotes")
        );
        assert_eq!(
            lines.next(),
            Some("a,a.txt,text,\"Rail: \"\"New\"\" Line\",2026-11-24,,https://example.org/a,2,1,1")
        );
    }
}
