//! Questions across articles for the list filter and the entities view: which articles
//! mention a place or quote a speaker (matched without regard to case), and which places,
//! dates and speakers the most articles mention.

use std::collections::HashMap;

use super::compact::ArticleEntities;
use super::intern::NameId;
use super::{ArticleId, EntityIndex};
use crate::extract::quotes::is_pronoun;

/// A name with the number of articles that mention it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub name: String,
    pub articles: usize,
}

impl EntityIndex {
    /// The articles mentioning a place whose name is `name`, ignoring case; sorted.
    #[must_use]
    pub fn articles_mentioning_any_case(&self, name: &str) -> Vec<usize> {
        let wanted = name.to_lowercase();
        self.union_postings(&self.place_articles, |n| n.to_lowercase() == wanted)
    }

    /// The articles quoting a speaker whose name contains `part`, ignoring case; sorted.
    #[must_use]
    pub fn articles_quoting_containing(&self, part: &str) -> Vec<usize> {
        let wanted = part.to_lowercase();
        self.union_postings(&self.speaker_articles, |n| {
            n.to_lowercase().contains(&wanted)
        })
    }

    fn union_postings(
        &self,
        lists: &HashMap<NameId, Vec<ArticleId>>,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<usize> {
        let mut articles: Vec<usize> = lists
            .iter()
            .filter(|(id, _)| keep(self.names.name(**id)))
            .flat_map(|(_, list)| list.iter().filter_map(|&a| usize::try_from(a).ok()))
            .collect();
        articles.sort_unstable();
        articles.dedup();
        articles
    }

    /// Whether article `article` has been indexed.
    #[must_use]
    pub fn entities_indexed(&self, article: usize) -> bool {
        matches!(self.articles.get(article), Some(Some(_)))
    }

    /// The date values (TIMEX3) article `article` mentions, once each; `None` until it
    /// is indexed.
    #[must_use]
    pub fn date_values(&self, article: usize) -> Option<Vec<&str>> {
        let mut ids: Vec<NameId> = self.mentions_of(article)?.date_values().collect();
        ids.sort_unstable();
        ids.dedup();
        Some(ids.into_iter().map(|id| self.names.name(id)).collect())
    }

    /// The indexed mentions of article `article`, if it is indexed.
    fn mentions_of(&self, article: usize) -> Option<ArticleEntities<'_>> {
        let ranges = (*self.articles.get(article)?)?;
        Some(self.mentions.of(ranges))
    }

    /// Places by the number of `articles` that mention them, most first.
    #[must_use]
    pub fn rank_places(&self, articles: &[usize]) -> Vec<Ranked> {
        let mut counts: HashMap<NameId, usize> = HashMap::new();
        for compact in articles.iter().filter_map(|&a| self.mentions_of(a)) {
            count_distinct(&mut counts, compact.place_names());
        }
        self.ranked(counts)
    }

    /// Speakers by the number of `articles` that quote them, most first. Only names
    /// (with a capital letter, not a pronoun) count: "He", "officials" and "the company"
    /// are left out.
    #[must_use]
    pub fn rank_sources(&self, articles: &[usize]) -> Vec<Ranked> {
        let mut counts: HashMap<NameId, usize> = HashMap::new();
        for compact in articles.iter().filter_map(|&a| self.mentions_of(a)) {
            count_distinct(&mut counts, compact.speaker_names());
        }
        counts.retain(|id, _| {
            let name = self.names.name(*id);
            name.chars().any(char::is_uppercase) && !is_pronoun(name)
        });
        self.ranked(counts)
    }

    /// Date values by the number of `articles` that mention them, most first.
    #[must_use]
    pub fn rank_dates(&self, articles: &[usize]) -> Vec<Ranked> {
        let mut counts: HashMap<NameId, usize> = HashMap::new();
        for compact in articles.iter().filter_map(|&a| self.mentions_of(a)) {
            count_distinct(&mut counts, compact.date_values());
        }
        self.ranked(counts)
    }

    fn ranked(&self, counts: HashMap<NameId, usize>) -> Vec<Ranked> {
        sorted(
            counts
                .into_iter()
                .map(|(id, articles)| Ranked {
                    name: self.names.name(id).to_string(),
                    articles,
                })
                .collect(),
        )
    }
}

/// Counts each distinct name of one article once.
fn count_distinct(counts: &mut HashMap<NameId, usize>, names: impl Iterator<Item = NameId>) {
    let mut distinct: Vec<NameId> = names.collect();
    distinct.sort_unstable();
    distinct.dedup();
    for id in distinct {
        *counts.entry(id).or_default() += 1;
    }
}

/// Most articles first; ties by name, so the order is stable.
fn sorted(mut ranked: Vec<Ranked>) -> Vec<Ranked> {
    ranked.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.name.cmp(&b.name))
    });
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DateMention, Span};
    use crate::index::tests::towns_and_kwon;

    fn index_of(texts: &[&str]) -> EntityIndex {
        let mut index = EntityIndex::new(texts.len());
        for (i, text) in texts.iter().enumerate() {
            let mut found = towns_and_kwon(text, None);
            if text.contains("2017") {
                found.dates.push(DateMention {
                    span: Span::new(0, 4),
                    value: "2017-07".to_string(),
                    relative: false,
                });
            }
            index.add(i, text, &found);
        }
        index
    }

    #[test]
    fn lookups_ignore_case() {
        let index = index_of(&["Oslo", "Bergen, Kwon said.", "Oslo Oslo Bergen"]);
        assert_eq!(index.articles_mentioning_any_case("oslo"), [0, 2]);
        assert_eq!(
            index.articles_mentioning_any_case("osl"),
            Vec::<usize>::new()
        );
        assert_eq!(index.articles_quoting_containing("kwon"), [1]);
        assert_eq!(index.articles_quoting_containing("na-HYUN"), [1]);
    }

    #[test]
    fn ranks_count_articles_not_mentions() {
        let index = index_of(&["2017 Oslo Oslo Oslo", "Bergen, Kwon said.", "Oslo Bergen"]);
        let all = [0, 1, 2];
        let places = index.rank_places(&all);
        assert_eq!(
            places,
            [
                Ranked {
                    name: "Bergen".into(),
                    articles: 2
                },
                Ranked {
                    name: "Oslo".into(),
                    articles: 2
                }
            ]
        );
        assert_eq!(index.rank_places(&[0])[0].articles, 1);
        assert_eq!(index.rank_sources(&all)[0].name, "Kwon Na-hyun");
        assert_eq!(index.rank_dates(&all)[0].name, "2017-07");
        assert_eq!(index.date_values(0), Some(vec!["2017-07"]));
    }

    #[test]
    fn pronoun_speakers_are_not_ranked_as_sources() {
        let text = "The cranes arrived on Monday. “The port opens on Monday,” He said.\n\n\
                    Ana Lima said the cranes were ready.";
        let mut index = EntityIndex::new(1);
        index.add(0, text, &crate::extract::extract(text, None));
        let names: Vec<String> = index
            .rank_sources(&[0])
            .into_iter()
            .map(|r| r.name)
            .collect();
        assert!(!names.iter().any(|n| n == "He"), "{names:?}");
        assert!(names.iter().any(|n| n == "Ana Lima"), "{names:?}");
    }
}
