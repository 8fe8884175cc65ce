use super::*;
use crate::extract::{Entities, PlaceKind, Span};

fn place(name: &str, start: usize, coords: Option<(f64, f64)>) -> Place {
    Place {
        span: Span::new(start, start + name.len()),
        name: name.to_string(),
        kind: PlaceKind::City,
        country: None,
        coords,
        reading: None,
    }
}

fn found(places: Vec<Place>) -> Entities {
    Entities {
        places,
        ..Entities::default()
    }
}

#[test]
fn the_list_map_counts_articles_not_mentions_and_keeps_counting() {
    let oslo = (59.9, 10.7);
    let mut index = EntityIndex::new(3);
    let first = found(vec![
        place("Oslo", 0, Some(oslo)),
        place("Oslo", 9, Some(oslo)),
    ]);
    index.add(0, "Oslo and Oslo", &first);
    let mut book = PlaceBook::default();
    book.learn(0, &first.places);
    let mut map = MapView::of_list(&[0, 1], 3, &index, &book);
    assert_eq!((map.counted, map.total), (1, 2));
    assert!(map.is_partial());
    assert_eq!(map.places.len(), 1);
    assert_eq!(
        (map.places[0].count, map.places[0].coords()),
        (1, Some(oslo))
    );
    let bergen = [place("Bergen", 0, Some((60.4, 5.3)))];
    map.add_indexed([(2, &bergen[..])]);
    assert_eq!(map.places.len(), 1, "article 2 is not in the list");
    let second = [
        place("Bergen", 0, Some((60.4, 5.3))),
        place("Oslo", 10, None),
    ];
    let again = [place("Oslo", 10, None)];
    map.add_indexed([(1, &second[..]), (1, &again[..])]);
    let counts: Vec<(&str, usize)> = map
        .places
        .iter()
        .map(|p| (p.name.as_str(), p.count))
        .collect();
    assert_eq!(counts, [("Oslo", 2), ("Bergen", 1)]);
    assert!(!map.is_partial());
}

#[test]
fn zoom_frames_the_places_and_a_lone_place_shows_its_surroundings() {
    let mut map = MapView::of_list(&[], 0, &EntityIndex::new(0), &PlaceBook::default());
    map.places = vec![MapPlace {
        name: "Kunming".into(),
        info: Some(PlaceInfo {
            kind: PlaceKind::City,
            country: None,
            coords: Some((25.0, 102.7)),
            reading: None,
        }),
        count: 1,
        panel_item: None,
    }];
    assert_eq!(map.bounds(), ([-180.0, 180.0], [-90.0, 90.0]));
    map.zoomed = true;
    let ([west, east], [south, north]) = map.bounds();
    assert!((east - west - MIN_SPAN.0).abs() < 1e-9);
    assert!((north - south - MIN_SPAN.1).abs() < 1e-9);
    assert!(west < 102.7 && 102.7 < east && south < 25.0 && 25.0 < north);
    assert_eq!(
        padded(80.0, 89.0, 12.0, 90.0)[1],
        90.0,
        "kept inside the world"
    );
}

#[test]
fn the_highlight_moves_within_the_places() {
    let mut map = MapView::of_list(&[], 0, &EntityIndex::new(0), &PlaceBook::default());
    map.places = (0..5)
        .map(|i| MapPlace {
            name: format!("P{i}"),
            info: None,
            count: 1,
            panel_item: None,
        })
        .collect();
    map.move_by(3, 2);
    assert_eq!((map.selected, map.offset), (3, 2));
    map.move_by(10, 2);
    assert_eq!((map.selected, map.offset), (4, 3));
    map.move_by(-4, 2);
    assert_eq!((map.selected, map.offset), (0, 0));
}
