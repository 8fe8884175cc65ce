//! Query text to [`Query`]: a small hand-written lexer (words, `field:value`, quoted
//! phrases, `-` and `or`) and the checks that turn bad values into [`QueryError`]s.

use super::{Clause, Flag, Query, QueryError, Term};
use crate::article::Format;
use crate::extract::Date;

/// Parses `input`. Any text gives a query or an error, never a panic.
///
/// # Errors
/// When a quote is not closed, a filter is unknown or has a bad value, or `or`/`-` has
/// nothing to apply to.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let mut lexer = Lexer { rest: input };
    let mut alternatives = Vec::new();
    let mut current: Vec<Clause> = Vec::new();
    let mut after_or = false;
    while let Some(token) = lexer.next_token()? {
        match token {
            Token::Or => {
                if current.is_empty() {
                    return Err(QueryError::DanglingOr);
                }
                alternatives.push(std::mem::take(&mut current));
                after_or = true;
            }
            Token::Clause(clause) => {
                current.push(clause);
                after_or = false;
            }
        }
    }
    if after_or {
        return Err(QueryError::DanglingOr);
    }
    if !current.is_empty() {
        alternatives.push(current);
    }
    Ok(Query { alternatives })
}

enum Token {
    Or,
    Clause(Clause),
}

struct Lexer<'a> {
    rest: &'a str,
}

impl<'a> Lexer<'a> {
    fn next_token(&mut self) -> Result<Option<Token>, QueryError> {
        self.rest = self.rest.trim_start();
        if self.rest.is_empty() {
            return Ok(None);
        }
        let negated = self.rest.starts_with('-');
        if negated {
            self.rest = &self.rest[1..];
            if self.rest.is_empty() || self.rest.starts_with(char::is_whitespace) {
                return Err(QueryError::DanglingMinus);
            }
        }
        if self.rest.starts_with('"') {
            let phrase = self.quoted()?;
            return Ok(Some(clause(negated, Term::Text(phrase.to_string()))));
        }
        if let Some(field) = self.field_name() {
            let value = if self.rest.starts_with('"') {
                self.quoted()?
            } else {
                self.word()
            };
            return Ok(Some(clause(negated, field_term(&field, value)?)));
        }
        let word = self.word();
        if !negated && word.eq_ignore_ascii_case("or") {
            return Ok(Some(Token::Or));
        }
        Ok(Some(clause(negated, Term::Text(word.to_string()))))
    }

    /// A `"phrase"` at the start of the input, without its quotes.
    fn quoted(&mut self) -> Result<&'a str, QueryError> {
        let inside = &self.rest[1..];
        let end = inside.find('"').ok_or(QueryError::UnclosedQuote)?;
        self.rest = &inside[end + 1..];
        Ok(&inside[..end])
    }

    /// Everything up to the next whitespace or quote (a quote starts a phrase).
    fn word(&mut self) -> &'a str {
        let end = self
            .rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(self.rest.len());
        let (word, rest) = self.rest.split_at(end);
        self.rest = rest;
        word
    }

    /// `name:` at the start of the input (letters only, so `10:30` stays a word),
    /// consumed and returned in lower case.
    fn field_name(&mut self) -> Option<String> {
        let colon = self.rest.find(':')?;
        let name = &self.rest[..colon];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        self.rest = &self.rest[colon + 1..];
        Some(name.to_ascii_lowercase())
    }
}

fn clause(negated: bool, term: Term) -> Token {
    Token::Clause(Clause { negated, term })
}

fn field_term(field: &str, value: &str) -> Result<Term, QueryError> {
    let value = value.trim();
    let (name, example): (&'static str, &'static str) = match field {
        "place" => ("place", "Kunming"),
        "source" => ("source", "\"Voice of America\""),
        "date" => ("date", "2017-07"),
        "after" => ("after", "2017-07-01"),
        "before" => ("before", "2017-08-01"),
        "is" => ("is", "unread"),
        "format" => ("format", "md"),
        _ => {
            return Err(QueryError::UnknownField {
                field: field.to_string(),
            });
        }
    };
    if value.is_empty() {
        return Err(QueryError::MissingValue {
            field: name,
            example,
        });
    }
    Ok(match name {
        "place" => Term::Place(value.to_string()),
        "source" => Term::Source(value.to_string()),
        "date" => Term::Date(date_prefix(value)?),
        "after" => Term::After(day(name, value)?),
        "before" => Term::Before(day(name, value)?),
        "is" => Term::Is(flag(value)?),
        _ => Term::Format(format(value)?),
    })
}

/// A TIMEX3 value or its start: `2017`, `2017-07`, `2017-W28`, `XXXX-07-15`, `199X`.
fn date_prefix(value: &str) -> Result<String, QueryError> {
    let upper = value.to_ascii_uppercase();
    let starts_right = upper.starts_with(|c: char| c.is_ascii_digit() || c == 'X');
    let chars_right = upper
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b));
    let reference = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(&upper.as_str());
    if (starts_right && chars_right) || reference {
        Ok(upper)
    } else {
        Err(QueryError::BadDatePrefix {
            value: value.to_string(),
        })
    }
}

/// The first day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn day(field: &'static str, value: &str) -> Result<Date, QueryError> {
    let bad = || QueryError::BadDate {
        field,
        value: value.to_string(),
    };
    let mut parts = value.split('-');
    let mut number = |digits: usize, default: i16| -> Result<i16, QueryError> {
        match parts.next() {
            None => Ok(default),
            Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().map_err(|_| bad())
            }
            Some(_) => Err(bad()),
        }
    };
    let year = number(4, 0)?;
    let month = number(2, 1)?;
    let day = number(2, 1)?;
    if parts.next().is_some() {
        return Err(bad());
    }
    let month = i8::try_from(month).map_err(|_| bad())?;
    let day = i8::try_from(day).map_err(|_| bad())?;
    Date::new(year, month, day).map_err(|_| bad())
}

fn flag(value: &str) -> Result<Flag, QueryError> {
    match value.to_ascii_lowercase().as_str() {
        "unread" | "new" => Ok(Flag::Unread),
        "read" => Ok(Flag::Read),
        "starred" | "star" => Ok(Flag::Starred),
        _ => Err(QueryError::UnknownFlag {
            value: value.to_string(),
        }),
    }
}

fn format(value: &str) -> Result<Format, QueryError> {
    match value.to_ascii_lowercase().trim_start_matches('.') {
        "txt" | "text" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "json" => Ok(Format::Json),
        "jsonl" | "jsonlines" => Ok(Format::JsonLines),
        "feed" | "rss" | "atom" | "xml" => Ok(Format::Feed),
        "html" | "htm" => Ok(Format::Html),
        _ => Err(QueryError::UnknownFormat {
            value: value.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(text: &str) -> Clause {
        let query = parse(text).expect("parses");
        assert_eq!(query.alternatives.len(), 1, "{text}");
        assert_eq!(query.alternatives[0].len(), 1, "{text}");
        query.alternatives[0][0].clone()
    }

    fn term(text: &str) -> Term {
        one(text).term
    }

    #[test]
    fn words_phrases_and_fields() {
        assert_eq!(term("Kunming"), Term::Text("Kunming".into()));
        assert_eq!(term("\"night train\""), Term::Text("night train".into()));
        assert_eq!(term("place:Kunming"), Term::Place("Kunming".into()));
        assert_eq!(
            term("source:\"Voice of America\""),
            Term::Source("Voice of America".into())
        );
        assert_eq!(term("PLACE:Oslo"), Term::Place("Oslo".into()));
        assert_eq!(term("date:2017-w28"), Term::Date("2017-W28".into()));
        assert_eq!(term("date:present_ref"), Term::Date("PRESENT_REF".into()));
        assert_eq!(
            term("date:2017-07-18T09:30"),
            Term::Date("2017-07-18T09:30".into())
        );
        assert_eq!(term("is:unread"), Term::Is(Flag::Unread));
        assert_eq!(term("is:starred"), Term::Is(Flag::Starred));
        assert_eq!(term("format:md"), Term::Format(Format::Markdown));
        assert_eq!(term("10:30"), Term::Text("10:30".into()));
        assert_eq!(term("well-known"), Term::Text("well-known".into()));
    }

    #[test]
    fn after_and_before_take_a_year_month_or_day() {
        let date = |y, m, d| Date::new(y, m, d).expect("valid");
        assert_eq!(term("after:2017-07-01"), Term::After(date(2017, 7, 1)));
        assert_eq!(term("after:2017-07"), Term::After(date(2017, 7, 1)));
        assert_eq!(term("before:2018"), Term::Before(date(2018, 1, 1)));
    }

    #[test]
    fn spaces_and_or_combine() {
        let query = parse("kunming train or -place:Laos is:read").expect("parses");
        assert_eq!(query.alternatives.len(), 2);
        assert_eq!(query.alternatives[0].len(), 2);
        assert!(query.alternatives[1][0].negated);
        assert_eq!(query.alternatives[1][0].term, Term::Place("Laos".into()));
        assert!(parse("").expect("parses").is_empty());
        assert!(parse("   ").expect("parses").is_empty());
    }

    #[test]
    fn malformed_queries_say_what_is_wrong() {
        let err = |text: &str| parse(text).expect_err(text);
        assert_eq!(err("source:\"Voice of"), QueryError::UnclosedQuote);
        assert_eq!(err("\"night"), QueryError::UnclosedQuote);
        assert!(matches!(err("place:"), QueryError::MissingValue { .. }));
        assert!(matches!(err("colour:red"), QueryError::UnknownField { .. }));
        assert!(matches!(err("after:July"), QueryError::BadDate { .. }));
        assert!(matches!(
            err("after:2017-02-30"),
            QueryError::BadDate { .. }
        ));
        assert!(matches!(err("before:2017-7-1"), QueryError::BadDate { .. }));
        assert!(matches!(err("date:July"), QueryError::BadDatePrefix { .. }));
        assert!(matches!(err("is:lost"), QueryError::UnknownFlag { .. }));
        assert!(matches!(
            err("format:pdf"),
            QueryError::UnknownFormat { .. }
        ));
        assert_eq!(err("or kunming"), QueryError::DanglingOr);
        assert_eq!(err("kunming or"), QueryError::DanglingOr);
        assert_eq!(err("a or or b"), QueryError::DanglingOr);
        assert_eq!(err("a -"), QueryError::DanglingMinus);
        assert_eq!(
            err("place:").to_string(),
            "place: needs a value, e.g. place:Kunming"
        );
    }

    proptest! {
        #[test]
        fn any_input_parses_or_errs(input in "\\PC{0,40}") {
            let _ = parse(&input);
        }

        #[test]
        fn query_like_input_parses_or_errs(
            input in "(-?(place|source|date|after|before|is|format|x)?:?\"?[a-zA-Z0-9 -]{0,8}\"?( or )?){0,5}"
        ) {
            if let Ok(query) = parse(&input) {
                // What is printed reads back as the same query.
                let again = parse(&query.to_string());
                prop_assert_eq!(again, Ok(query));
            }
        }
    }
}
