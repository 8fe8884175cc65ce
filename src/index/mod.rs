//! The entity index: what every loaded article mentions, kept compact and filled in the
//! background, so cross-article questions ("which articles mention Kunming?", "where is
//! Kwon quoted?") and the side panel of any opened article read it instead of re-running
//! the extractor.
//!
//! - [`intern`] stores each distinct name once behind a four-byte [`intern::NameId`];
//! - [`compact`] holds the articles' entities with `u32` spans and interned names, all
//!   articles' mentions in three shared arrays;
//! - [`worker`] runs the extractor over all articles on a background thread and hands the
//!   results over in batches, which `app::update` adds here with [`EntityIndex::add`].

pub mod compact;
pub mod intern;
pub mod query;
pub mod worker;

use std::collections::HashMap;

use crate::extract::Entities;
use compact::{Mentions, Ranges};
use intern::{Interner, NameId};

/// An article's position in the loaded collection, as the index stores it.
pub type ArticleId = u32;

/// Every article's entities, and for each place and speaker the articles that mention it.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    names: Interner,
    /// Every indexed article's mentions.
    mentions: Mentions,
    /// By article position, where its mentions are; `None` until it has been indexed.
    articles: Vec<Option<Ranges>>,
    indexed: usize,
    /// For each place name: the articles mentioning it, in the order they were indexed.
    place_articles: HashMap<NameId, Vec<ArticleId>>,
    /// For each speaker (canonical name, else as written): the articles quoting them.
    speaker_articles: HashMap<NameId, Vec<ArticleId>>,
}

impl EntityIndex {
    /// An empty index for a collection of `article_count` articles.
    #[must_use]
    pub fn new(article_count: usize) -> Self {
        Self {
            articles: vec![None; article_count],
            ..Self::default()
        }
    }

    /// Records what the extractor found in article `article` (whose text is `text`).
    /// Indexing an article again replaces nothing: the first result stays.
    pub fn add(&mut self, article: usize, text: &str, entities: &Entities) {
        let Ok(id) = ArticleId::try_from(article) else {
            return;
        };
        if !matches!(self.articles.get(article), Some(None)) {
            return;
        }
        let Some(ranges) = self.mentions.add(text, entities, &mut self.names) else {
            return;
        };
        let compact = self.mentions.of(ranges);
        add_posting(&mut self.place_articles, compact.place_names(), id);
        add_posting(&mut self.speaker_articles, compact.speaker_names(), id);
        if let Some(slot) = self.articles.get_mut(article) {
            *slot = Some(ranges);
            self.indexed += 1;
        }
    }

    /// Makes room for articles up to index `article_count - 1` (the collection grew).
    pub fn grow_to(&mut self, article_count: usize) {
        if self.articles.len() < article_count {
            self.articles.resize(article_count, None);
        }
    }

    /// Forgets what was found in article `article` (it was replaced or removed), so it can
    /// be indexed again.
    pub fn forget(&mut self, article: usize) {
        let Some(ranges) = self.articles.get_mut(article).and_then(Option::take) else {
            return;
        };
        let compact = self.mentions.of(ranges);
        self.indexed -= 1;
        let Ok(id) = ArticleId::try_from(article) else {
            return;
        };
        remove_posting(&mut self.place_articles, compact.place_names(), id);
        remove_posting(&mut self.speaker_articles, compact.speaker_names(), id);
    }

    /// How many article slots the index covers, indexed or not.
    #[must_use]
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// How many articles have been indexed so far.
    #[must_use]
    pub fn indexed_count(&self) -> usize {
        self.indexed
    }

    /// Whether article `article` has been indexed.
    #[must_use]
    pub fn is_indexed(&self, article: usize) -> bool {
        matches!(self.articles.get(article), Some(Some(_)))
    }

    /// The indexed entities of article `article`, rebuilt in the extractor's own types
    /// (without what the index does not keep: coordinates, countries, readings, credits).
    #[must_use]
    pub fn entities(&self, article: usize) -> Option<Entities> {
        let ranges = (*self.articles.get(article)?)?;
        Some(self.mentions.of(ranges).to_entities(&self.names))
    }

    /// The articles that mention the place `name` (its gazetteer name), in article order.
    #[must_use]
    pub fn articles_mentioning(&self, name: &str) -> Vec<usize> {
        postings(&self.place_articles, &self.names, name)
    }

    /// The articles that quote `speaker` (the fullest name an article gives), in article
    /// order.
    #[must_use]
    pub fn articles_quoting(&self, speaker: &str) -> Vec<usize> {
        postings(&self.speaker_articles, &self.names, speaker)
    }

    /// How many distinct names (places, date values, speakers, cues) are held.
    #[must_use]
    pub fn distinct_names(&self) -> usize {
        self.names.len()
    }

    /// How many mentions of each kind are held: (places, dates, quotes).
    #[must_use]
    pub fn mention_counts(&self) -> (usize, usize, usize) {
        self.articles
            .iter()
            .flatten()
            .map(|&ranges| self.mentions.of(ranges).counts())
            .fold((0, 0, 0), |(p, d, q), (ap, ad, aq)| {
                (p + ap, d + ad, q + aq)
            })
    }
}

/// Adds `article` to the posting list of each distinct name in `names`.
fn add_posting(
    lists: &mut HashMap<NameId, Vec<ArticleId>>,
    names: impl Iterator<Item = NameId>,
    article: ArticleId,
) {
    for name in names {
        let list = lists.entry(name).or_default();
        // Names repeat within an article; each article is listed once.
        if list.last() != Some(&article) {
            list.push(article);
        }
    }
}

/// Takes `article` off the posting list of each name in `names`; a list left empty goes.
fn remove_posting(
    lists: &mut HashMap<NameId, Vec<ArticleId>>,
    names: impl Iterator<Item = NameId>,
    article: ArticleId,
) {
    for name in names {
        if let Some(list) = lists.get_mut(&name) {
            list.retain(|&a| a != article);
            if list.is_empty() {
                lists.remove(&name);
            }
        }
    }
}

fn postings(lists: &HashMap<NameId, Vec<ArticleId>>, names: &Interner, name: &str) -> Vec<usize> {
    let Some(list) = names.get(name).and_then(|id| lists.get(&id)) else {
        return Vec::new();
    };
    let mut articles: Vec<usize> = list
        .iter()
        .filter_map(|&a| usize::try_from(a).ok())
        .collect();
    // Batches may arrive out of order.
    articles.sort_unstable();
    articles.dedup();
    articles
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::article::{Article, Format, TextEncoding};
    use crate::extract::{Date, Place, PlaceKind, Quote, QuoteKind, Span};

    /// A plain-text article with `text` as its only paragraph.
    pub(crate) fn article(text: &str) -> Article {
        Article {
            record_id: text.to_string(),
            path: std::path::PathBuf::from("test.txt"),
            format: Format::Text,
            encoding: TextEncoding::Utf8,
            title: "Test".to_string(),
            byline: None,
            date: None,
            source: None,
            url: None,
            tags: Vec::new(),
            text: text.to_string(),
            caption: None,
            credit: None,
            body: vec![Span::new(0, text.len())],
        }
    }

    /// A stand-in extractor for tests: every "Oslo" and "Bergen" is a city, and a
    /// sentence ending "Kwon said." is a reported statement by Kwon Na-hyun.
    pub(crate) fn towns_and_kwon(text: &str, _dct: Option<Date>) -> Entities {
        let mut places: Vec<Place> = ["Oslo", "Bergen"]
            .iter()
            .flat_map(|town| text.match_indices(town))
            .map(|(start, town)| Place {
                span: Span::new(start, start + town.len()),
                name: town.to_string(),
                kind: PlaceKind::City,
                country: Some("Norway".to_string()),
                coords: None,
                reading: None,
            })
            .collect();
        places.sort_by_key(|p| p.span);
        let quotes = text
            .find(", Kwon said.")
            .map(|end| Quote {
                span: Span::new(0, end),
                kind: QuoteKind::Indirect,
                speaker: Some(Span::new(end + 2, end + 6)),
                canonical_speaker: Some("Kwon Na-hyun".to_string()),
                cue: Some("said".to_string()),
            })
            .into_iter()
            .collect();
        Entities {
            places,
            quotes,
            ..Entities::default()
        }
    }

    #[test]
    fn keeps_what_the_panel_needs() {
        let text = "Oslo, then Oslo again and Bergen, Kwon said.";
        let found = towns_and_kwon(text, None);
        let mut index = EntityIndex::new(2);
        index.add(1, text, &found);
        assert_eq!(index.indexed_count(), 1);
        assert!(!index.is_indexed(0) && index.is_indexed(1));
        assert_eq!(index.entities(0), None);
        let back = index.entities(1).expect("indexed");
        let names: Vec<&str> = back.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Oslo", "Oslo", "Bergen"]);
        assert_eq!(back.places[2].span, found.places[2].span);
        assert_eq!(back.quotes, found.quotes);
        assert_eq!(index.articles_mentioning("Oslo"), [1]);
        assert_eq!(index.articles_quoting("Kwon Na-hyun"), [1]);
        assert_eq!(index.articles_quoting("Kwon"), Vec::<usize>::new());
        assert_eq!(index.mention_counts(), (3, 0, 1));
    }

    #[test]
    fn spans_off_the_text_are_dropped_and_nothing_is_indexed_twice() {
        let text = "Oslo";
        let mut found = towns_and_kwon(text, None);
        found.places[0].span = Span::new(2, 40);
        let mut index = EntityIndex::new(1);
        index.add(0, text, &found);
        index.add(0, text, &towns_and_kwon(text, None));
        index.add(7, text, &towns_and_kwon(text, None));
        assert_eq!(index.indexed_count(), 1);
        assert!(index.entities(0).is_some_and(|e| e.places.is_empty()));
        assert!(index.articles_mentioning("Oslo").is_empty());
    }

    #[test]
    fn a_forgotten_article_leaves_the_postings_and_can_be_indexed_again() {
        let mut index = EntityIndex::new(2);
        index.add(0, "Oslo", &towns_and_kwon("Oslo", None));
        index.add(
            1,
            "Oslo, Kwon said.",
            &towns_and_kwon("Oslo, Kwon said.", None),
        );
        index.forget(1);
        index.forget(1);
        assert_eq!(index.indexed_count(), 1);
        assert_eq!(index.articles_mentioning("Oslo"), [0]);
        assert!(index.articles_quoting("Kwon Na-hyun").is_empty());
        index.grow_to(3);
        index.add(2, "Bergen", &towns_and_kwon("Bergen", None));
        index.add(1, "Bergen", &towns_and_kwon("Bergen", None));
        assert_eq!(index.articles_mentioning("Bergen"), [1, 2]);
        assert_eq!(index.indexed_count(), 3);
    }

    #[test]
    fn a_speaker_without_a_full_name_is_indexed_as_written() {
        let text = "\"Yes,\" she said.";
        let found = Entities {
            quotes: vec![Quote {
                span: Span::new(0, 6),
                kind: QuoteKind::Direct,
                speaker: Some(Span::new(7, 10)),
                canonical_speaker: None,
                cue: Some("said".to_string()),
            }],
            ..Entities::default()
        };
        let mut index = EntityIndex::new(1);
        index.add(0, text, &found);
        assert_eq!(index.articles_quoting("she"), [0]);
        assert_eq!(index.entities(0).map(|e| e.quotes), Some(found.quotes));
    }
}
