//! Which articles a [`Query`] keeps. A query is compiled once into a [`Matcher`] (word
//! patterns built, place and speaker names looked up in the entity index), and the
//! matcher is then asked about each article; it is `Sync`, so callers may ask in parallel.

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexBuilder};

use super::{Flag, Query, Term};
use crate::article::{Article, Format};
use crate::extract::Date;
use crate::index::EntityIndex;

/// Finds an article by its index: a plain list, or the reader's collection, whose slots
/// of deleted files are empty.
pub trait ArticleLookup: Sync {
    fn article(&self, index: usize) -> Option<&Article>;
}

impl ArticleLookup for Vec<Article> {
    fn article(&self, index: usize) -> Option<&Article> {
        self.get(index)
    }
}

/// What a query is checked against: the articles, the reader's marks and the index.
#[derive(Clone, Copy)]
pub struct Corpus<'a> {
    pub articles: &'a dyn ArticleLookup,
    pub read: &'a [bool],
    pub starred: &'a [bool],
    pub index: &'a EntityIndex,
}

/// One compiled clause. Variants are ordered by cost: cheap checks run first.
#[derive(Debug)]
enum Test {
    Is(Flag),
    Format(Format),
    After(Date),
    Before(Date),
    /// Articles found in the index (sorted).
    InIndex(Vec<usize>),
    Text(Literal),
    /// The source field or credit matches, or the article is one of the speakers'.
    Source(Literal, Vec<usize>),
    /// A TIMEX3 prefix of the publication date or of a date mentioned.
    Date(String),
}

impl Test {
    fn cost(&self) -> u8 {
        match self {
            Test::Is(_) | Test::Format(_) | Test::After(_) | Test::Before(_) => 0,
            Test::InIndex(_) => 1,
            Test::Text(_) | Test::Source(..) => 2,
            Test::Date(_) => 3,
        }
    }
}

/// A query ready to be asked about articles.
#[derive(Debug)]
pub struct Matcher {
    /// Any alternative holds when all its tests hold (`true` = negated).
    alternatives: Vec<Vec<(bool, Test)>>,
}

/// A case-insensitive search for one literal.
#[derive(Debug)]
enum Literal {
    /// ASCII text: aho-corasick's ASCII case folding, faster than a Unicode-aware regex.
    Ascii(AhoCorasick),
    /// Anything else ("zürich" must find "ZÜRICH"): a Unicode case-insensitive regex.
    Unicode(Regex),
    /// What neither could build (a literal beyond the size limits): matches nothing.
    Nothing,
}

impl Literal {
    fn new(literal: &str) -> Self {
        if literal.is_ascii() {
            let searcher = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([literal]);
            if let Ok(searcher) = searcher {
                return Literal::Ascii(searcher);
            }
        }
        RegexBuilder::new(&regex::escape(literal))
            .case_insensitive(true)
            .build()
            .map_or(Literal::Nothing, Literal::Unicode)
    }

    fn is_in(&self, haystack: &str) -> bool {
        match self {
            Literal::Ascii(searcher) => searcher.is_match(haystack),
            Literal::Unicode(pattern) => pattern.is_match(haystack),
            Literal::Nothing => false,
        }
    }
}

impl Matcher {
    /// Compiles `query` against the index in `corpus`.
    #[must_use]
    pub fn new(query: &Query, corpus: Corpus<'_>) -> Self {
        let alternatives = query
            .alternatives
            .iter()
            .map(|clauses| {
                let mut tests: Vec<(bool, Test)> = clauses
                    .iter()
                    .map(|c| (c.negated, compile(&c.term, corpus.index)))
                    .collect();
                tests.sort_by_key(|(_, t)| t.cost());
                tests
            })
            .collect();
        Self { alternatives }
    }

    /// Whether the query keeps article `index`.
    #[must_use]
    pub fn matches(&self, corpus: Corpus<'_>, index: usize) -> bool {
        let Some(article) = corpus.articles.article(index) else {
            return false;
        };
        self.alternatives.is_empty()
            || self.alternatives.iter().any(|tests| {
                tests
                    .iter()
                    .all(|(negated, test)| passes(test, corpus, index, article) != *negated)
            })
    }
}

fn compile(term: &Term, index: &EntityIndex) -> Test {
    match term {
        Term::Text(words) => Test::Text(Literal::new(words)),
        Term::Place(name) => Test::InIndex(index.articles_mentioning_any_case(name)),
        Term::Source(name) => {
            Test::Source(Literal::new(name), index.articles_quoting_containing(name))
        }
        Term::Date(prefix) => Test::Date(prefix.clone()),
        Term::After(date) => Test::After(*date),
        Term::Before(date) => Test::Before(*date),
        Term::Is(flag) => Test::Is(*flag),
        Term::Format(format) => Test::Format(*format),
    }
}

fn passes(test: &Test, corpus: Corpus<'_>, index: usize, article: &Article) -> bool {
    let flag = |marks: &[bool]| marks.get(index).copied().unwrap_or(false);
    match test {
        Test::Is(Flag::Read) => flag(corpus.read),
        Test::Is(Flag::Unread) => !flag(corpus.read),
        Test::Is(Flag::Starred) => flag(corpus.starred),
        Test::Format(format) => article.format == *format,
        Test::After(day) => article.date.is_some_and(|d| d >= *day),
        Test::Before(day) => article.date.is_some_and(|d| d < *day),
        Test::InIndex(articles) => articles.binary_search(&index).is_ok(),
        Test::Text(words) => words.is_in(&article.title) || words.is_in(&article.text),
        Test::Source(pattern, speakers) => {
            let credit = article
                .credit
                .and_then(|s| article.text.get(s.start..s.end));
            [article.source.as_deref(), credit]
                .into_iter()
                .flatten()
                .any(|field| pattern.is_in(field))
                || speakers.binary_search(&index).is_ok()
        }
        Test::Date(prefix) => {
            article
                .date
                .is_some_and(|d| d.to_string().starts_with(prefix.as_str()))
                || corpus
                    .index
                    .date_values(index)
                    .is_some_and(|values| values.iter().any(|v| v.starts_with(prefix.as_str())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DateMention, Span};
    use crate::index::tests::{article, towns_and_kwon};
    use crate::query::parse;

    struct Fixture {
        articles: Vec<Article>,
        read: Vec<bool>,
        starred: Vec<bool>,
        index: EntityIndex,
    }

    impl Fixture {
        fn new() -> Self {
            let mut articles = vec![
                article("The night train left Oslo. Ferries wait, Kwon said."),
                article("Bergen harbour in the rain."),
                article("ZÜRICH lifeguards test the lake on 2017-07-18."),
            ];
            articles[0].title = "Night Freight".into();
            articles[0].date = Date::new(2017, 7, 18).ok();
            articles[1].date = Date::new(2017, 6, 1).ok();
            articles[1].source = Some("Voice of America".into());
            articles[2].format = Format::Markdown;
            let mut index = EntityIndex::new(articles.len());
            for (i, a) in articles.iter().enumerate() {
                let mut found = towns_and_kwon(&a.text, None);
                if let Some(at) = a.text.find("2017-07-18") {
                    found.dates.push(DateMention {
                        span: Span::new(at, at + 10),
                        value: "2017-07-18".into(),
                        relative: false,
                    });
                }
                index.add(i, &a.text, &found);
            }
            Self {
                articles,
                read: vec![true, false, false],
                starred: vec![false, false, true],
                index,
            }
        }

        fn kept(&self, text: &str) -> Vec<usize> {
            let corpus = Corpus {
                articles: &self.articles,
                read: &self.read,
                starred: &self.starred,
                index: &self.index,
            };
            let query = parse(text).expect("parses");
            let matcher = Matcher::new(&query, corpus);
            (0..self.articles.len())
                .filter(|&i| matcher.matches(corpus, i))
                .collect()
        }
    }

    #[test]
    fn words_match_title_or_text_in_any_order_and_case() {
        let f = Fixture::new();
        assert_eq!(f.kept(""), [0, 1, 2]);
        assert_eq!(f.kept("FREIGHT"), [0]);
        assert_eq!(f.kept("oslo night"), [0]);
        assert_eq!(f.kept("zürich"), [2]);
        assert_eq!(f.kept("\"train left\""), [0]);
        assert_eq!(f.kept("\"left train\""), Vec::<usize>::new());
        assert_eq!(f.kept("-the"), Vec::<usize>::new());
        assert_eq!(f.kept("rain -train"), [1]);
    }

    #[test]
    fn fields_use_the_index_the_marks_and_the_metadata() {
        let f = Fixture::new();
        assert_eq!(f.kept("place:oslo"), [0]);
        assert_eq!(f.kept("place:Osl"), Vec::<usize>::new());
        assert_eq!(f.kept("source:kwon"), [0]);
        assert_eq!(f.kept("source:\"voice of america\""), [1]);
        assert_eq!(f.kept("date:2017-07"), [0, 2]);
        assert_eq!(f.kept("date:2017-06"), [1]);
        assert_eq!(f.kept("after:2017-07-01"), [0]);
        assert_eq!(f.kept("before:2017-07"), [1]);
        assert_eq!(f.kept("is:unread"), [1, 2]);
        assert_eq!(f.kept("is:read"), [0]);
        assert_eq!(f.kept("is:starred"), [2]);
        assert_eq!(f.kept("format:md"), [2]);
        assert_eq!(f.kept("place:bergen or is:starred"), [1, 2]);
        assert_eq!(f.kept("-place:Bergen is:unread"), [2]);
    }
}
