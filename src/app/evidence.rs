//! Evidence: the sentence an entity was found in, so a reader can check what the extractor
//! saw, and the one-line description of a place (kind, country, coordinates, the reading
//! chosen for an ambiguous name).
//!
//! Sentences are found around a span, within its paragraph only, so the cost does not grow
//! with the article. The splitter is deliberately simple: a `.`, `!`, `?` or `…` (with any
//! closing quotes or brackets) followed by a space ends a sentence, unless the word before
//! the dot is a known abbreviation or an initial, or the next word starts in lower case.

use super::places::PlaceInfo;
use crate::article::Article;
use crate::extract::{PlaceKind, Span};

/// Words that end in a dot without ending the sentence ("Mr. Kwon", "Jan. 5").
const ABBREVIATIONS: [&str; 40] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "approx", "est",
];

/// Characters that may close a sentence after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// The paragraph of `text` around byte `at`: bounded by blank lines or the text's ends.
fn paragraph_around(text: &str, at: usize) -> Span {
    let is_blank_line_break = |pos: usize| {
        // `pos` is a '\n'; a break is a following line holding only whitespace.
        let rest = &text[pos + 1..];
        let line_end = rest.find('\n');
        line_end.is_some_and(|end| rest[..end].trim().is_empty())
    };
    let mut start = 0;
    for (pos, _) in text[..at].match_indices('\n') {
        if is_blank_line_break(pos) {
            start = pos + 1;
        }
    }
    let end = text[at..]
        .match_indices('\n')
        .map(|(pos, _)| at + pos)
        .find(|&pos| is_blank_line_break(pos))
        .unwrap_or(text.len());
    Span::new(start, end)
}

/// Whether the dot at byte `dot` of `text` follows an abbreviation or an initial.
fn after_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// The byte offsets (relative to `paragraph`) where sentences start.
fn sentence_starts(paragraph: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = paragraph.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_terminator(c) {
            continue;
        }
        while chars.peek().is_some_and(|&(_, c)| is_closer(c)) {
            chars.next();
        }
        if !chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
            continue;
        }
        while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
            chars.next();
        }
        let Some(&(next, next_char)) = chars.peek() else {
            break;
        };
        if next_char.is_lowercase() || (c == '.' && after_abbreviation(paragraph, at)) {
            continue;
        }
        starts.push(next);
    }
    starts
}

/// The sentence (or sentences) of `text` holding all of `span`, without surrounding
/// whitespace. A span off the text gives an empty span at 0.
#[must_use]
pub fn sentence_around(text: &str, span: Span) -> Span {
    if span.start > span.end || text.get(span.start..span.end).is_none() {
        return Span::new(0, 0);
    }
    let paragraph = paragraph_around(text, span.start);
    let paragraph_end = paragraph.end.max(span.end);
    let body = &text[paragraph.start..paragraph_end];
    let starts = sentence_starts(body);
    let relative_start = span.start - paragraph.start;
    let relative_end = span.end - paragraph.start;
    let start = starts
        .iter()
        .rev()
        .find(|&&s| s <= relative_start)
        .copied()
        .unwrap_or(0);
    let end = starts
        .iter()
        .find(|&&s| s >= relative_end.max(relative_start + 1))
        .copied()
        .unwrap_or(body.len());
    let sentence = &body[start..end];
    let leading = sentence.len() - sentence.trim_start().len();
    let trimmed = sentence.trim();
    let absolute = paragraph.start + start + leading;
    // Trimming never cuts into the mention itself.
    Span::new(
        absolute.min(span.start),
        (absolute + trimmed.len()).max(span.end),
    )
}

/// The sentence around `span` in `article`, kept inside the caption, credit or body
/// paragraph that holds it, so text the reader does not show (an "Above photo:" label, a
/// title line) stays out.
#[must_use]
pub fn sentence_in(article: &Article, span: Span) -> Span {
    let text = article.text.as_str();
    let sentence = sentence_around(text, span);
    let part = article
        .caption
        .into_iter()
        .chain(article.credit)
        .chain(article.body.iter().copied())
        .find(|p| p.start <= span.start && span.start < p.end);
    let Some(part) = part else {
        return sentence;
    };
    let start = sentence.start.max(part.start).min(span.start);
    let end = sentence.end.min(part.end).max(span.end);
    let Some(inside) = text.get(start..end) else {
        return sentence;
    };
    let leading = inside.len() - inside.trim_start().len();
    let trailing = inside.len() - inside.trim_end().len();
    Span::new(start + leading, end - trailing)
}

/// `text` with every run of whitespace (line breaks included) turned into one space.
#[must_use]
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `sentence` on one line (whitespace runs as one space), with where `mention`
/// (a span inside the sentence) ends up in it.
#[must_use]
pub fn flatten(text: &str, sentence: Span, mention: Span) -> (String, Span) {
    let Some(source) = text.get(sentence.start..sentence.end) else {
        return (String::new(), Span::new(0, 0));
    };
    let mut out = String::with_capacity(source.len());
    let (mut start, mut end) = (None, None);
    let mut in_space = false;
    for (at, c) in source.char_indices() {
        let offset = sentence.start + at;
        if offset == mention.start {
            start = Some(out.len());
        }
        if offset == mention.end {
            end = Some(out.len());
        }
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, Span::new(start, end))
}

/// How a kind of place reads in a description.
#[must_use]
pub fn kind_name(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Continent => "continent",
        PlaceKind::Region => "region",
        PlaceKind::Country => "country",
        PlaceKind::Division => "division",
        PlaceKind::City => "city",
        PlaceKind::Other => "place not in the gazetteer",
    }
}

/// "25.04°N 102.71°E".
#[must_use]
pub fn coordinates(lat: f64, lon: f64) -> String {
    let ns = if lat < 0.0 { 'S' } else { 'N' };
    let ew = if lon < 0.0 { 'W' } else { 'E' };
    format!("{:.2}°{ns} {:.2}°{ew}", lat.abs(), lon.abs())
}

/// "city · China · 25.04°N 102.71°E": what is known of a place, the reading aside.
#[must_use]
pub fn describe_place(info: &PlaceInfo) -> String {
    let mut parts = vec![kind_name(info.kind).to_string()];
    if let Some(country) = info.country.as_deref().filter(|c| !c.is_empty())
        && info.kind != PlaceKind::Country
    {
        parts.push(country.to_string());
    }
    match info.coords {
        Some((lat, lon)) => parts.push(coordinates(lat, lon)),
        None => parts.push("no coordinates".to_string()),
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_of(text: &str, needle: &str) -> String {
        let at = text.find(needle).expect("needle in text");
        let span = sentence_around(text, Span::new(at, at + needle.len()));
        span.slice(text).to_string()
    }

    #[test]
    fn finds_the_sentence_in_its_paragraph() {
        let text = "Title line\n\nOslo is cold. Bergen is wet! Is Tromso dark? Yes.\n\nNext one.";
        assert_eq!(sentence_of(text, "Bergen"), "Bergen is wet!");
        assert_eq!(sentence_of(text, "Oslo"), "Oslo is cold.");
        assert_eq!(sentence_of(text, "Tromso"), "Is Tromso dark?");
        assert_eq!(sentence_of(text, "Next"), "Next one.");
        assert_eq!(sentence_of(text, "Title"), "Title line");
    }

    #[test]
    fn abbreviations_initials_and_lower_case_do_not_split() {
        let text = "Mr. Kwon met J. Smith in St. Louis on Jan. 5. e.g. it was cold. Done.";
        assert_eq!(
            sentence_of(text, "Louis"),
            "Mr. Kwon met J. Smith in St. Louis on Jan. 5. e.g. it was cold."
        );
        assert_eq!(sentence_of(text, "Done"), "Done.");
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence_and_spans_can_cross_sentences() {
        let text = "“We load in Kunming.” He left. “One. Two.” said Chen.";
        assert_eq!(sentence_of(text, "Kunming"), "“We load in Kunming.”");
        let start = text.find("“One").expect("quote");
        let end = text.find("Two.”").expect("quote") + "Two.”".len();
        let span = sentence_around(text, Span::new(start, end));
        assert_eq!(span.slice(text), "“One. Two.” said Chen.");
    }

    #[test]
    fn hard_wrapped_lines_join_and_bad_spans_are_empty() {
        let text = "The train left\nKunming at dawn. It\narrived late.";
        assert_eq!(
            one_line(&sentence_of(text, "Kunming")),
            "The train left Kunming at dawn."
        );
        assert_eq!(sentence_around(text, Span::new(5, 500)), Span::new(0, 0));
    }

    #[test]
    fn flattening_keeps_the_mention_in_place() {
        let text = "Go to\n  Oslo now.";
        let mention = Span::new(8, 12);
        let (line, at) = flatten(text, Span::new(0, text.len()), mention);
        assert_eq!(line, "Go to Oslo now.");
        assert_eq!(at.slice(&line), "Oslo");
        let (_, whole) = flatten(text, Span::new(0, 12), Span::new(8, 12));
        assert_eq!(whole, Span::new(6, 10));
    }

    /// The nearest char boundary at or before `at`.
    fn boundary(text: &str, at: usize) -> usize {
        (0..=at.min(text.len()))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0)
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_a_sentence_holding_the_mention(
            text in "([A-Za-zÀ-ÿ東京]{1,8}|\\.|!|\\?|…|”|\"|Mr\\.| |\n|\n\n|\t){0,60}",
            a in 0usize..400,
            b in 0usize..400,
        ) {
            let (a, b) = (boundary(&text, a), boundary(&text, b));
            let mention = Span::new(a.min(b), a.max(b));
            let sentence = sentence_around(&text, mention);
            proptest::prop_assert!(text.get(sentence.start..sentence.end).is_some());
            let covers = sentence.start <= mention.start && mention.end <= sentence.end;
            proptest::prop_assert!(covers, "{sentence:?} misses {mention:?}");
            let (flat, marked) = flatten(&text, sentence, mention);
            proptest::prop_assert!(flat.get(marked.start..marked.end).is_some());
        }
    }

    #[test]
    fn places_are_described_with_what_is_known() {
        let info = PlaceInfo {
            kind: PlaceKind::City,
            country: Some("China".into()),
            coords: Some((25.04, 102.71)),
            reading: None,
        };
        assert_eq!(describe_place(&info), "city · China · 25.04°N 102.71°E");
        let nowhere = PlaceInfo {
            kind: PlaceKind::Other,
            country: None,
            coords: None,
            reading: None,
        };
        assert_eq!(
            describe_place(&nowhere),
            "place not in the gazetteer · no coordinates"
        );
        assert_eq!(coordinates(-33.92, -18.42), "33.92°S 18.42°W");
    }
}
