//! Choosing the reading of an ambiguous name ("Georgia", "Paris") and explaining the choice:
//! a country or region beats a city of the same name, a bigger place beats a smaller one,
//! and a place whose country the text mentions (or names right after it: "Paris, Texas")
//! beats the rest.

use super::gazetteer::{Entry, FastMap, GAZETTEER, Sense};
use crate::extract::PlaceKind;

/// Country codes the text mentions unambiguously, with counts.
#[derive(Debug, Default)]
pub struct Evidence {
    countries: FastMap<&'static str, usize>,
}

impl Evidence {
    /// Records the country of a name with a single reading.
    pub fn note(&mut self, senses: &[Sense]) {
        let mut codes = senses.iter().map(|&s| GAZETTEER.entry(s).country_code);
        if let Some(code) = codes.next().filter(|c| !c.is_empty())
            && codes.all(|other| other == code)
        {
            *self.countries.entry(code).or_default() += 1;
        }
    }

    fn mentions(&self, code: &str) -> bool {
        self.countries.contains_key(code)
    }
}

/// The chosen sense and, when there was a choice, why.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub sense: Sense,
    pub why: Option<String>,
}

const EVIDENCE_BONUS: f64 = 1.5;
/// A capital is what its name means in the news ("Washington", not the state).
const CAPITAL_BONUS: f64 = 1.0;
const QUALIFIER_BONUS: f64 = 10.0;

/// Picks a sense. `qualifiers` holds the country codes of a place named right after this one
/// ("Paris, Texas" gives "US").
#[must_use]
pub fn choose(senses: &[Sense], evidence: &Evidence, qualifiers: &[&str]) -> Option<Reading> {
    let score = |sense: &Sense| {
        let entry = GAZETTEER.entry(*sense);
        let mut score = base_score(entry) + if sense.primary { 0.5 } else { 0.0 };
        if qualifiers.contains(&entry.country_code) {
            score += QUALIFIER_BONUS;
        } else if evidence.mentions(entry.country_code) {
            score += EVIDENCE_BONUS;
        }
        score
    };
    let best = *senses.iter().max_by(|a, b| score(a).total_cmp(&score(b)))?;
    let best = namesake_city(best, senses).unwrap_or(best);
    let why = distinct_places(senses).then(|| explain(best, senses, evidence, qualifiers));
    Some(Reading { sense: best, why })
}

/// The city that shares its name with the chosen division, when the city is a capital or
/// large ("Zürich", "Bern", "Hamburg"): the news means the city, and the city has a point
/// on the map where the division has none.
fn namesake_city(best: Sense, senses: &[Sense]) -> Option<Sense> {
    const LARGE_CITY: u64 = 100_000;
    let division = GAZETTEER.entry(best);
    if division.kind != PlaceKind::Division {
        return None;
    }
    senses.iter().copied().find(|&s| {
        let city = GAZETTEER.entry(s);
        city.kind == PlaceKind::City
            && city.country_code == division.country_code
            && city.name == division.name
            && (city.capital || city.population >= LARGE_CITY)
    })
}

/// Kind first (countries and regions are what a bare name usually means), then size.
fn base_score(entry: &Entry) -> f64 {
    match entry.kind {
        PlaceKind::Country | PlaceKind::Continent => 5.0,
        PlaceKind::Region => 4.5,
        PlaceKind::Division => 3.6,
        PlaceKind::City | PlaceKind::Other => {
            #[allow(clippy::cast_precision_loss)] // populations fit easily
            let magnitude = (entry.population.max(1) as f64).log10();
            let capital = if entry.capital { CAPITAL_BONUS } else { 0.0 };
            1.5 + (magnitude - 4.0).clamp(0.0, 3.0) + capital
        }
    }
}

/// Whether the senses are really different places (not a city and its same-named province
/// in one country, like "Beijing").
fn distinct_places(senses: &[Sense]) -> bool {
    let first = senses.first().map(|&s| GAZETTEER.entry(s));
    senses.iter().skip(1).any(|&s| {
        let entry = GAZETTEER.entry(s);
        first.is_some_and(|f| f.country_code != entry.country_code || f.name != entry.name)
    })
}

fn explain(best: Sense, senses: &[Sense], evidence: &Evidence, qualifiers: &[&str]) -> String {
    let entry = GAZETTEER.entry(best);
    let label = describe(entry);
    let others = senses.len() - 1;
    let reason = if qualifiers.contains(&entry.country_code) {
        "the place named right after it is in that country".to_string()
    } else if evidence.mentions(entry.country_code) && entry.kind != PlaceKind::Country {
        "the text mentions that country elsewhere".to_string()
    } else {
        match entry.kind {
            PlaceKind::Country => "a country is preferred to other places of that name".to_string(),
            PlaceKind::Continent | PlaceKind::Region => "the region is preferred".to_string(),
            _ => "the most prominent place of that name".to_string(),
        }
    };
    format!(
        "{}: {label}, chosen from {} readings because {reason}",
        entry.name,
        others + 1
    )
}

fn describe(entry: &Entry) -> String {
    let country = GAZETTEER
        .country_name(entry.country_code)
        .unwrap_or(entry.country_code);
    match entry.kind {
        PlaceKind::Country => "the country".to_string(),
        PlaceKind::Continent => "the continent".to_string(),
        PlaceKind::Region => "the region".to_string(),
        PlaceKind::Division => format!("the division of {country}"),
        PlaceKind::City | PlaceKind::Other => format!("the city in {country}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(
        name: &str,
        evidence: &Evidence,
        qualifiers: &[&str],
    ) -> (PlaceKind, &'static str, Option<String>) {
        let senses = GAZETTEER.exact(name).unwrap_or_default();
        let reading = choose(senses, evidence, qualifiers).expect("a reading");
        let entry = GAZETTEER.entry(reading.sense);
        (entry.kind, entry.country_code, reading.why)
    }

    #[test]
    fn georgia_is_the_country_unless_the_text_is_about_the_us() {
        let (kind, _, why) = chosen("Georgia", &Evidence::default(), &[]);
        assert_eq!(kind, PlaceKind::Country);
        assert!(why.is_some_and(|w| w.contains("country")));
        let mut us = Evidence::default();
        us.note(GAZETTEER.exact("Texas").unwrap_or_default());
        let (kind, code, _) = chosen("Georgia", &us, &[]);
        assert_eq!((kind, code), (PlaceKind::Division, "US"));
    }

    #[test]
    fn paris_is_in_france_unless_texas_follows() {
        let none = Evidence::default();
        assert_eq!(chosen("Paris", &none, &[]).1, "FR");
        let (_, code, why) = chosen("Paris", &none, &["US"]);
        assert_eq!(code, "US");
        assert!(why.is_some_and(|w| w.contains("named right after")));
    }

    #[test]
    fn capitals_and_big_cities_beat_same_named_states() {
        let none = Evidence::default();
        assert_eq!(chosen("Washington", &none, &[]).0, PlaceKind::City);
        assert_eq!(chosen("New York", &none, &[]).0, PlaceKind::City);
    }

    #[test]
    fn a_large_city_beats_its_namesake_division() {
        let none = Evidence::default();
        for city in ["Zürich", "Bern"] {
            let (kind, code, _) = chosen(city, &none, &[]);
            assert_eq!((kind, code), (PlaceKind::City, "CH"), "{city}");
        }
    }

    #[test]
    fn a_city_and_its_own_province_are_not_ambiguous() {
        let (_, code, why) = chosen("Kunming", &Evidence::default(), &[]);
        assert_eq!(code, "CN");
        assert_eq!(why, None);
    }
}
