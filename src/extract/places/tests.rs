//! Behaviour of the whole finder, one rule family per test, on sentences written for them.

use super::*;

fn surfaces(text: &str) -> Vec<&str> {
    find(text).iter().map(|p| p.span.slice(text)).collect()
}

#[test]
fn countries_divisions_cities_and_regions() {
    let text = "Defectors were held in Qingdao, Shandong Province, and in Kunming, Yunnan Province, \
                on the road to Southeast Asia, far from South Korea.";
    assert_eq!(
        surfaces(text),
        [
            "Qingdao",
            "Shandong Province",
            "Kunming",
            "Yunnan Province",
            "Southeast Asia",
            "South Korea"
        ]
    );
    let yunnan = &find(text)[3];
    assert_eq!(
        (yunnan.name.as_str(), yunnan.kind),
        ("Yunnan", PlaceKind::Division)
    );
    assert_eq!(yunnan.country.as_deref(), Some("China"));
}

#[test]
fn us_states_have_coordinates_for_the_map() {
    let text = "Fires spread from California to Texas.";
    let places = find(text);
    assert_eq!(places.len(), 2);
    for place in &places {
        assert_eq!(place.kind, PlaceKind::Division);
        let (lat, lon) = place.coords.unwrap_or_default();
        assert!(
            (25.0..50.0).contains(&lat) && (-125.0..-90.0).contains(&lon),
            "{place:?}"
        );
    }
}

#[test]
fn lakes_and_rivers_are_places() {
    let text = "Boats crossed Lake Zurich, then sailed down the Danube.";
    let places = find(text);
    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Lake Zurich", "Danube"]);
    // The lake, not the town of the same name in Illinois.
    assert_eq!(places[0].country, None);
    assert!(places[0].coords.is_some_and(|(lat, _)| lat > 45.0));
}

#[test]
fn a_region_named_like_a_company_needs_place_context() {
    let names = |text: &str| -> Vec<String> { find(text).into_iter().map(|p| p.name).collect() };
    assert!(names("Retailers such as Amazon reported record sales.").is_empty());
    assert_eq!(
        names("Fires spread across the Amazon this week."),
        ["Amazon"]
    );
    assert!(names("He bought the Amazon Kindle.").is_empty());
}

#[test]
fn generic_quarter_names_are_not_cities() {
    // GeoNames files "Old Town" and "River City" under several US cities; in text they name
    // a quarter of whatever city is being talked about.
    let text = "Lanterns lit the Old Town of Prague, and River City fans cheered.";
    assert_eq!(surfaces(text), ["Prague"]);
}

#[test]
fn people_and_organisations_are_not_places() {
    for text in [
        "Georgia Smith scored twice.",
        "The Chicago Bulls won again.",
        "He wrote for the Los Angeles Times last year.",
        "He spoke to Voice of America about it.",
        "The Bank of England raised rates.",
        "She studied at the University of California for years.",
    ] {
        assert_eq!(surfaces(text), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn a_surname_stays_a_person_through_the_text() {
    let text = "Jack London wrote novels. London said he was tired.";
    assert!(surfaces(text).is_empty());
    let text = "Jack London grew up far from here. He never lived in London.";
    assert_eq!(surfaces(text), ["London"]);
    // Country names are too often metonyms ("Jordan said") to spread a surname reading.
    let text = "Yesterday Michael Jordan played. Jordan said no to Israel.";
    assert_eq!(surfaces(text), ["Jordan", "Israel"]);
    let text = "Lebed Chechnya peace plan\nThe plan for Chechnya was signed.";
    assert_eq!(surfaces(text), ["Chechnya"]);
}

#[test]
fn names_running_on_into_organisations_are_not_places() {
    for text in [
        "Inspectors visited Wright County Egg farms.",
        "He studied at Ohio State University in 1990.",
        "It cost US$460 million, said a man in West.",
    ] {
        assert_eq!(surfaces(text), Vec::<&str>::new(), "{text}");
    }
    assert_eq!(
        surfaces("Doctors in Wright County said so."),
        ["Wright County"]
    );
}

#[test]
fn compass_words_join_the_name_unless_an_organisation_comes_first() {
    assert_eq!(
        surfaces("a caravan park in South West England."),
        ["South West England"]
    );
    assert!(surfaces("The NHS West Midlands board met.").is_empty());
    assert!(surfaces("He spoke at the University of Southern Indiana on Friday.").is_empty());
}

#[test]
fn a_name_inside_a_pattern_name_is_not_a_place() {
    let text = "They live around the town of Mbanza Congo in northern Angola.";
    assert_eq!(surfaces(text), ["Mbanza Congo", "Angola"]);
}

#[test]
fn possessive_names_are_whole() {
    let text = "The People's Republic of China and China's neighbours.";
    assert_eq!(surfaces(text), ["People's Republic of China", "China"]);
}

#[test]
fn modifiers_before_lowercase_nouns_are_places() {
    assert_eq!(surfaces("A Seoul official told reporters."), ["Seoul"]);
}

#[test]
fn demonyms_and_adjectives_are_not_places() {
    let text = "North Korean defectors met Chinese and German officials.";
    assert!(surfaces(text).is_empty());
}

#[test]
fn all_caps_headlines_and_datelines() {
    let text =
        "RUGBY UNION - ENGLAND BEAT ITALY\nBELGRADE 1996-08-22\nMOSCOW (Reuters) - Russia said.";
    assert_eq!(
        surfaces(text),
        ["ENGLAND", "ITALY", "BELGRADE", "MOSCOW", "Russia"]
    );
}

#[test]
fn metonymy_counts_as_a_place() {
    assert_eq!(
        surfaces("Beijing was reluctant and Russia said no."),
        ["Beijing", "Russia"]
    );
}

#[test]
fn unknown_names_by_pattern() {
    let text = "They are held in Tunmen, a town close to the border, and in Xolotl County.";
    let places = find(text);
    let found: Vec<(&str, PlaceKind)> = places
        .iter()
        .map(|p| (p.span.slice(text), p.kind))
        .collect();
    assert_eq!(
        found,
        [
            ("Tunmen", PlaceKind::Other),
            ("Xolotl County", PlaceKind::Other)
        ]
    );
}

#[test]
fn small_towns_need_a_place_signal() {
    // Douglas (Isle of Man) and Taylor (Michigan) are towns of under 100,000 people.
    assert!(surfaces("Douglas Taylor and Taylor Douglas met.").is_empty());
    assert!(surfaces("Taylor scored twice.").is_empty());
    assert_eq!(surfaces("They met in Taylor on Friday."), ["Taylor"]);
    assert_eq!(surfaces("Douglas, Isle of Man"), ["Douglas", "Isle of Man"]);
    let douglas = &find("Douglas, Isle of Man")[0];
    assert_eq!(douglas.country.as_deref(), Some("Isle of Man"));
}

#[test]
fn common_word_towns_need_a_strong_signal() {
    assert!(surfaces("Nice work. Reading is fun and the Split was bad.").is_empty());
    assert_eq!(surfaces("She was born in Reading."), ["Reading"]);
    assert!(surfaces("They prayed to God and went to University.").is_empty());
}

#[test]
fn ambiguous_names_carry_a_reading() {
    let text = "He flew from Paris, Texas to Georgia.";
    let places = find(text);
    assert_eq!(surfaces(text), ["Paris", "Texas", "Georgia"]);
    assert_eq!(places[0].country.as_deref(), Some("United States"));
    assert!(
        places[0]
            .reading
            .as_deref()
            .is_some_and(|r| r.contains("Texas") || r.contains("after"))
    );
    assert!(places[2].reading.is_some());
}

#[test]
fn the_article_stays_out_of_the_span() {
    assert_eq!(
        surfaces("Trouble in the Middle East and the Netherlands."),
        ["Middle East", "Netherlands"]
    );
}

#[test]
fn non_ascii_names_and_cjk_text() {
    assert_eq!(
        surfaces("Flights from São Paulo to Zürich."),
        ["São Paulo", "Zürich"]
    );
    assert!(surfaces("北京是中国的首都。").is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str) {
        for place in find(text) {
            assert!(place.span.start <= place.span.end && place.span.end <= text.len());
            assert!(
                text.is_char_boundary(place.span.start) && text.is_char_boundary(place.span.end)
            );
            assert!(!place.span.slice(text).is_empty());
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_spans_on_char_boundaries(text in "\\PC{0,300}") {
            check(&text);
        }

        #[test]
        fn name_like_text_gives_spans_on_char_boundaries(
            text in "([A-Z][a-zé]{0,8}|of|in|, a town|Province|U\\.S\\.|[.,'’ -]|\\n){0,60}"
        ) {
            check(&text);
        }
    }

    #[test]
    fn huge_lines_without_spaces_return() {
        let text = "Paris".repeat(200_000);
        check(&text);
        let text = "Seoul, ".repeat(100_000);
        assert_eq!(find(&text).len(), 100_000);
        let text = "Xolotl, a town in Zedland and the city of Quux. ".repeat(20_000);
        assert_eq!(find(&text).len(), 40_000);
        let text = "Seoul, a city of Seoul. ".repeat(20_000);
        assert_eq!(find(&text).len(), 40_000);
        let text = "Yesterday Jack London left. ".repeat(20_000);
        assert!(find(&text).is_empty());
        let text = "North ".repeat(50_000) + "Korea";
        check(&text);
    }
}
