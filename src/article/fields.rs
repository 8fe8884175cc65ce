//! The metadata fields of a JSON record or a Markdown front matter.
//!
//! Both formats name the same fields (`title`, `date`, `author`, `source`, `url`, `tags`,
//! ...), so both are read here from a JSON object; Markdown front matter is converted to
//! one first. Values are moved out of the object, not copied. A field of the wrong type is
//! an error naming the field; `null` counts as absent; an unreadable date is not an error
//! (the article just has no date).

use serde_json::{Map, Value};

use crate::extract::Date;

use super::pubdate;

/// Accepted names of the article text, in order of preference.
const TEXT_FIELDS: [&str; 3] = ["text", "body", "content"];
/// Accepted names of the publication date, in order of preference.
const DATE_FIELDS: [&str; 3] = ["dct", "date", "published"];
/// Accepted names of the author, in order of preference.
const AUTHOR_FIELDS: [&str; 3] = ["author", "byline", "authors"];

/// The fields of one record, all optional.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Fields {
    pub id: Option<String>,
    pub title: Option<String>,
    pub text: Option<String>,
    pub date: Option<Date>,
    pub byline: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub caption: Option<String>,
}

/// How strictly scalar types are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scalars {
    /// JSON: text fields must be strings.
    Strict,
    /// YAML front matter: `title: 1984` is text too.
    Lenient,
}

/// Reads the known fields out of `record`; the error names the field and what it should be.
pub(super) fn read(mut record: Map<String, Value>, scalars: Scalars) -> Result<Fields, String> {
    let mut take = |names: &[&'static str]| first_present(&mut record, names);
    let id = take(&["id"]);
    let title = take(&["title"]);
    let text = take(&TEXT_FIELDS);
    let date = take(&DATE_FIELDS);
    let author = take(&AUTHOR_FIELDS);
    let source = take(&["source"]);
    let url = take(&["url"]);
    let tags = take(&["tags"]);
    let caption = take(&["caption"]);
    Ok(Fields {
        // An id may be a number in either format.
        id: id.map(|f| scalar(f, Scalars::Lenient)).transpose()?,
        title: title.map(|f| scalar(f, scalars)).transpose()?,
        text: text.map(|f| scalar(f, scalars)).transpose()?,
        date: date
            .map(|f| scalar(f, scalars))
            .transpose()?
            .and_then(|d| pubdate::parse_date(&d)),
        byline: author.map(names).transpose()?,
        source: source.map(|f| scalar(f, scalars)).transpose()?,
        url: url.map(|f| scalar(f, scalars)).transpose()?,
        tags: tags.map(tag_list).transpose()?.unwrap_or_default(),
        caption: caption.map(|f| scalar(f, scalars)).transpose()?,
    })
}

/// A field's name and its value.
type Field = (&'static str, Value);

/// The first of `names` present with a non-null value, moved out of `record`.
fn first_present(record: &mut Map<String, Value>, names: &[&'static str]) -> Option<Field> {
    names.iter().find_map(|&name| match record.remove(name) {
        None | Some(Value::Null) => None,
        Some(value) => Some((name, value)),
    })
}

fn scalar((name, value): Field, scalars: Scalars) -> Result<String, String> {
    match (value, scalars) {
        (Value::String(text), _) => Ok(text),
        (Value::Number(number), Scalars::Lenient) => Ok(number.to_string()),
        (Value::Bool(flag), Scalars::Lenient) => Ok(flag.to_string()),
        (other, _) => Err(wrong_type(name, "text (a string)", &other)),
    }
}

/// An author: one name, or a list of names joined with commas.
fn names((name, value): Field) -> Result<String, String> {
    match value {
        Value::String(text) => Ok(text),
        Value::Array(items) => Ok(strings(name, items, "a name or a list of names")?.join(", ")),
        other => Err(wrong_type(name, "a name or a list of names", &other)),
    }
}

/// Tags: a list of strings, or one string of comma-separated tags.
fn tag_list((name, value): Field) -> Result<Vec<String>, String> {
    let expected = "a list of tags or a comma-separated string";
    match value {
        Value::String(text) => Ok(text
            .split(',')
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .map(str::to_string)
            .collect()),
        Value::Array(items) => strings(name, items, expected),
        other => Err(wrong_type(name, expected, &other)),
    }
}

fn strings(name: &str, items: Vec<Value>, expected: &str) -> Result<Vec<String>, String> {
    items
        .into_iter()
        .map(|item| match item {
            Value::String(text) => Ok(text),
            Value::Number(number) => Ok(number.to_string()),
            other => Err(wrong_type(name, expected, &other)),
        })
        .collect()
}

fn wrong_type(name: &str, expected: &str, found: &Value) -> String {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    format!("field `{name}` should be {expected}, but is {found}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => unreachable!("the tests pass objects"),
        }
    }

    #[test]
    fn reads_every_field_by_any_accepted_name() {
        let record = object(json!({
            "id": 7, "title": "T", "body": "B", "published": "July 18, 2017",
            "authors": ["Ann Lee", "Bo Kim"], "source": "S", "url": "https://example.org/a",
            "tags": "politics, asia", "caption": "C"
        }));
        let fields = read(record, Scalars::Strict).unwrap();
        assert_eq!(fields.id.as_deref(), Some("7"));
        assert_eq!(fields.text.as_deref(), Some("B"));
        assert_eq!(fields.date, Some(Date::new(2017, 7, 18).unwrap()));
        assert_eq!(fields.byline.as_deref(), Some("Ann Lee, Bo Kim"));
        assert_eq!(fields.tags, ["politics", "asia"]);
        assert_eq!(fields.caption.as_deref(), Some("C"));
    }

    #[test]
    fn null_is_absent_and_a_bad_date_is_no_date() {
        let record = object(json!({"text": "x", "dct": null, "date": "someday"}));
        let fields = read(record, Scalars::Strict).unwrap();
        assert_eq!(fields.date, None);
    }

    #[test]
    fn wrong_types_name_the_field() {
        let error = read(object(json!({"text": ["a"]})), Scalars::Strict).unwrap_err();
        assert!(
            error.contains("`text`") && error.contains("a list"),
            "{error}"
        );
        let error = read(object(json!({"title": 5})), Scalars::Strict).unwrap_err();
        assert!(error.contains("`title`"), "{error}");
        let error = read(object(json!({"tags": {"a": 1}})), Scalars::Strict).unwrap_err();
        assert!(error.contains("`tags`"), "{error}");
    }

    #[test]
    fn lenient_scalars_accept_numbers() {
        let fields = read(object(json!({"title": 1984})), Scalars::Lenient).unwrap();
        assert_eq!(fields.title.as_deref(), Some("1984"));
    }
}
