//! End-to-end tests of the exports for scripts: `dateline list --json|--csv` and
//! `dateline places --geojson`, run on the built binary over fixture files.

use std::process::Command;

use serde_json::Value;

use crate::util::fixture;

fn dateline_stdout(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .expect("the dateline binary runs");
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn fixture_arg(relative: &str) -> String {
    fixture(relative).display().to_string()
}

#[test]
fn list_json_has_one_object_per_article_with_metadata_and_counts() {
    let feed = fixture_arg("loading/harbour.rss");
    let page = fixture_arg("loading/lantern.html");
    let stdout = dateline_stdout(&["list", "--json", &feed, &page]);
    let rows: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON object"))
        .collect();
    assert_eq!(rows.len(), 3, "two feed items and a page: {stdout}");
    let ferry = &rows[0];
    assert_eq!(ferry["id"], format!("{feed}#gazette-2026-0311"));
    assert_eq!(ferry["path"], feed);
    assert_eq!(ferry["format"], "feed");
    assert_eq!(ferry["title"], "Ferry Timetable Changes in Valletta");
    assert_eq!(ferry["date"], "2026-03-11");
    assert_eq!(ferry["source"], "Harbour Town Gazette");
    assert_eq!(ferry["url"], "https://gazette.example/ferry-timetable");
    assert_eq!(ferry["places"], 2, "Valletta and Sliema");
    assert_eq!(ferry["quotes"], 1, "Joe Borg");
    let lantern = &rows[2];
    assert_eq!(lantern["format"], "html");
    assert!(
        lantern["places"].as_u64().unwrap() >= 1,
        "Hoi An: {lantern}"
    );
    assert_eq!(lantern["quotes"], 1, "Le Thi Hoa: {lantern}");
    assert!(rows[1]["url"].is_null());
}

#[test]
fn list_csv_has_a_header_and_a_row_per_article() {
    let feed = fixture_arg("loading/harbour.rss");
    let stdout = dateline_stdout(&["list", "--csv", &feed]);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "id", "path", "format", "title", "date", "source", "url", "places", "dates", "quotes"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][3], "Ferry Timetable Changes in Valletta");
    assert_eq!(&records[1][6], "", "no url: an empty cell");
    assert_eq!(&records[1][4], "2026-03-10");
}

#[test]
fn places_geojson_is_a_feature_collection_of_points() {
    let articles = concat!(env!("CARGO_MANIFEST_DIR"), "/articles");
    let stdout = dateline_stdout(&["places", "--geojson", articles]);
    let geojson: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().expect("features is a list");
    assert!(features.len() >= 20, "{} places", features.len());
    let mut names = std::collections::HashSet::new();
    for feature in features {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["geometry"]["type"], "Point");
        let coordinates = feature["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(coordinates.len(), 2);
        let (lon, lat) = (
            coordinates[0].as_f64().unwrap(),
            coordinates[1].as_f64().unwrap(),
        );
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        let properties = &feature["properties"];
        let name = properties["name"].as_str().expect("a name");
        assert!(
            names.insert((name.to_string(), properties["country"].to_string())),
            "{name} appears once"
        );
        assert!(properties["kind"].is_string());
        assert!(!properties["articles"].as_array().unwrap().is_empty());
        assert!(properties["mentions"].as_u64().unwrap() >= 1);
    }
    let kunming = features
        .iter()
        .find(|f| f["properties"]["name"] == "Kunming")
        .expect("Kunming is in the bundled articles");
    let coordinates = &kunming["geometry"]["coordinates"];
    let (lon, lat) = (
        coordinates[0].as_f64().unwrap(),
        coordinates[1].as_f64().unwrap(),
    );
    assert!(
        (102.0..103.5).contains(&lon) && (24.5..25.5).contains(&lat),
        "[lon, lat]: {coordinates}"
    );
    assert_eq!(kunming["properties"]["country"], "China");
    assert_eq!(kunming["properties"]["kind"], "city");
    let articles = kunming["properties"]["articles"].as_array().unwrap();
    assert!(
        articles
            .iter()
            .any(|id| id.as_str().unwrap().ends_with("001-kunming-rail-link.txt"))
    );
}
