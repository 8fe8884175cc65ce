//! The list filter's query language: what the user types after `/` in the article list.
//!
//! `place:Kunming source:"Voice of America" date:2017-07 after:2017-07-01 before:2018
//! is:unread is:starred format:md` plus free words, combined with spaces (all must hold)
//! and `or` (either side may hold; `and` binds tighter), each term negated with a leading
//! `-`. [`parse`] turns text into a [`Query`] or a typed [`QueryError`] (never a panic);
//! [`eval`] decides which articles a query keeps. Both are pure and know nothing of
//! terminals.

pub mod eval;
mod parse;

use std::fmt;

use crate::article::Format;
use crate::extract::Date;

pub use parse::parse;

/// A flag set on an article by the reader rather than found in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Read,
    Unread,
    Starred,
}

impl Flag {
    fn name(self) -> &'static str {
        match self {
            Flag::Read => "read",
            Flag::Unread => "unread",
            Flag::Starred => "starred",
        }
    }
}

/// One condition on an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Term {
    /// Words that must appear in the title or text, case-insensitively (a quoted phrase
    /// is one word).
    Text(String),
    /// A place the article mentions, by its gazetteer name (case-insensitive).
    Place(String),
    /// The article's source field, its photo credit or a quoted speaker contains this.
    Source(String),
    /// The publication date or a date mentioned starts with this TIMEX3 prefix.
    Date(String),
    /// Published on or after this day.
    After(Date),
    /// Published before this day.
    Before(Date),
    Is(Flag),
    Format(Format),
}

/// A term, possibly negated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Clause {
    pub negated: bool,
    pub term: Term,
}

/// A parsed query: any of `alternatives` holds when all of its clauses hold. The empty
/// query (no alternatives) keeps every article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub alternatives: Vec<Vec<Clause>>,
}

impl Query {
    /// Whether the query keeps every article.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.alternatives.is_empty()
    }

    /// Whether the query needs the entity index (its result grows as indexing goes on).
    #[must_use]
    pub fn uses_index(&self) -> bool {
        self.clauses()
            .any(|c| matches!(c.term, Term::Place(_) | Term::Source(_) | Term::Date(_)))
    }

    /// Whether the query depends on read or starred marks.
    #[must_use]
    pub fn uses_flags(&self) -> bool {
        self.clauses().any(|c| matches!(c.term, Term::Is(_)))
    }

    fn clauses(&self) -> impl Iterator<Item = &Clause> {
        self.alternatives.iter().flatten()
    }

    /// Whether every article this query keeps is also kept by `wider`, judged from the
    /// text alone (so the answer may be a cautious `false`). Typing more of a query
    /// usually narrows it, and then only `wider`'s result needs searching again.
    #[must_use]
    pub fn narrows(&self, wider: &Query) -> bool {
        if wider.is_empty() {
            return true;
        }
        let [wide] = wider.alternatives.as_slice() else {
            return false;
        };
        // Every alternative here must imply every clause of the one wider alternative.
        !self.is_empty()
            && self
                .alternatives
                .iter()
                .all(|mine| wide.iter().all(|w| mine.iter().any(|m| implies(m, w))))
    }
}

/// Whether clause `a` holding means clause `b` holds.
fn implies(a: &Clause, b: &Clause) -> bool {
    if a == b {
        return true;
    }
    match (&a.term, &b.term) {
        // "kunm" in the text means "kun" is there too.
        (Term::Text(longer), Term::Text(shorter)) if !a.negated && !b.negated => {
            longer.to_lowercase().contains(&shorter.to_lowercase())
        }
        (Term::Source(longer), Term::Source(shorter)) if !a.negated && !b.negated => {
            longer.to_lowercase().contains(&shorter.to_lowercase())
        }
        (Term::Date(longer), Term::Date(shorter)) if !a.negated && !b.negated => {
            longer.starts_with(shorter.as_str())
        }
        _ => false,
    }
}

/// Why a query could not be read. Each message says what to type instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("unclosed quote: add a closing \"")]
    UnclosedQuote,
    #[error("{field}: needs a value, e.g. {field}:{example}")]
    MissingValue {
        field: &'static str,
        example: &'static str,
    },
    #[error("unknown filter {field}: — use place: source: date: after: before: is: format:")]
    UnknownField { field: String },
    #[error("{field}:{value} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate { field: &'static str, value: String },
    #[error("date:{value} is not a date prefix: write e.g. 2017, 2017-07, 2017-07-15, 2017-W28")]
    BadDatePrefix { value: String },
    #[error("is:{value} is unknown: use is:unread, is:read or is:starred")]
    UnknownFlag { value: String },
    #[error("format:{value} is unknown: use format:txt, md, json or jsonl")]
    UnknownFormat { value: String },
    #[error("“or” needs a term on both sides")]
    DanglingOr,
    #[error("“-” needs a term after it, e.g. -place:Paris")]
    DanglingMinus,
}

/// `value`, quoted when it would not read back as one value.
#[must_use]
pub fn quote_value(value: &str) -> String {
    let plain = !value.is_empty()
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == ':' || c == '-');
    if plain && !value.eq_ignore_ascii_case("or") {
        value.to_string()
    } else {
        // A quote inside a name cannot be written; it is dropped.
        format!("\"{}\"", value.replace('"', ""))
    }
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negated {
            f.write_str("-")?;
        }
        match &self.term {
            Term::Text(words) => f.write_str(&quote_value(words)),
            Term::Place(name) => write!(f, "place:{}", quote_value(name)),
            Term::Source(name) => write!(f, "source:{}", quote_value(name)),
            Term::Date(prefix) => write!(f, "date:{prefix}"),
            Term::After(date) => write!(f, "after:{date}"),
            Term::Before(date) => write!(f, "before:{date}"),
            Term::Is(flag) => write!(f, "is:{}", flag.name()),
            Term::Format(format) => write!(f, "format:{}", format.short_name()),
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, alternative) in self.alternatives.iter().enumerate() {
            if i > 0 {
                f.write_str(" or ")?;
            }
            for (j, clause) in alternative.iter().enumerate() {
                if j > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{clause}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Query {
        parse(text).expect("parses")
    }

    #[test]
    fn longer_words_narrow_shorter_ones() {
        assert!(q("kunm").narrows(&q("kun")));
        assert!(q("kun train").narrows(&q("kun")));
        assert!(q("Kunming").narrows(&q("")));
        assert!(q("date:2017-07").narrows(&q("date:2017")));
        assert!(!q("kun").narrows(&q("kunm")));
        assert!(!q("kun or x").narrows(&q("kun")));
        assert!(!q("-kunm").narrows(&q("-kun")));
        assert!(!q("").narrows(&q("kun")));
        assert!(q("a b or a c").narrows(&q("a")));
    }

    #[test]
    fn queries_print_back_as_they_parse() {
        let text = "place:\"Yunnan Province\" -source:Kwon date:2017-07 or is:starred format:md";
        assert_eq!(q(text).to_string(), text);
        assert_eq!(quote_value("or"), "\"or\"");
        assert_eq!(quote_value("Kwon Na-hyun"), "\"Kwon Na-hyun\"");
    }
}
