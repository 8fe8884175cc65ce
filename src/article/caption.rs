//! Photo captions and credits.
//!
//! A paragraph that opens with a photo cue (`Above photo:`, `Photo:`, ...) is a caption.
//! A credit cue inside it (`Source: Los Angeles Times`, `(Credit: NAME)`) splits off the
//! credit, so the caption span holds the description alone and the credit span the name.
//! A short cue line with no sentence (`Photo: Harbour Agency`) is a credit on its own.

use crate::extract::Span;

use super::spans::{non_empty, trim_span, trimmed};

/// Paragraph openers that mark a photo caption (matched without regard to case).
const CAPTION_CUES: [&str; 6] = [
    "above photo:",
    "top photo:",
    "photo:",
    "pictured:",
    "caption:",
    "image:",
];

/// Cues inside a caption that introduce who the photo is credited to.
const CREDIT_CUES: [&str; 6] = [
    "Source:",
    "Photo credit:",
    "Credit:",
    "Photo:",
    "Photograph:",
    "Image:",
];

/// Caption and credit of a paragraph that opens with a photo cue.
pub(super) fn split_caption(text: &str, paragraph: Span) -> Option<(Option<Span>, Option<Span>)> {
    let words = paragraph.slice(text);
    let cue_length = CAPTION_CUES.iter().find_map(|cue| {
        let head = words.get(..cue.len())?;
        head.eq_ignore_ascii_case(cue).then_some(cue.len())
    })?;
    let after_cue = trimmed(text, Span::new(paragraph.start + cue_length, paragraph.end));
    let Some((cue_start, credit_start)) = credit_cue(text, after_cue) else {
        // "Photo: Agency Name" alone is a credit, not a description.
        if is_short_credit(after_cue.slice(text)) {
            return Some((None, Some(after_cue)));
        }
        return Some((Some(after_cue), None));
    };
    let caption = trim_span(text, Span::new(after_cue.start, cue_start), &['(']);
    let credit = trim_span(text, Span::new(credit_start, after_cue.end), &[')']);
    let credit = strip_final_stop(text, credit);
    Some((non_empty(caption), non_empty(credit)))
}

/// The first credit cue inside a caption: where the cue starts and where the name starts.
fn credit_cue(text: &str, caption: Span) -> Option<(usize, usize)> {
    let words = caption.slice(text);
    CREDIT_CUES
        .iter()
        .filter_map(|cue| {
            let at = words.match_indices(cue).map(|(at, _)| at).find(|&at| {
                at == 0 || words[..at].ends_with(|c: char| c.is_whitespace() || c == '(')
            })?;
            Some((caption.start + at, caption.start + at + cue.len()))
        })
        .min()
}

fn is_short_credit(words: &str) -> bool {
    words.split_whitespace().count() <= 5 && !words.ends_with('.')
}

/// Drops a final full stop unless it ends an initial or a company abbreviation.
fn strip_final_stop(text: &str, span: Span) -> Span {
    let words = span.slice(text);
    let Some(before) = words.strip_suffix('.') else {
        return span;
    };
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let keeps_stop = last_word.chars().count() == 1
        || ["Inc", "Co", "Ltd", "Corp", "Jr", "Sr"].contains(&last_word);
    if keeps_stop {
        span
    } else {
        Span::new(span.start, span.end - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (Option<&str>, Option<&str>) {
        let paragraph = trimmed(text, Span::new(0, text.len()));
        let (caption, credit) = split_caption(text, paragraph).unwrap_or_default();
        (
            caption.map(|s| s.slice(text)),
            credit.map(|s| s.slice(text)),
        )
    }

    #[test]
    fn a_source_cue_splits_caption_from_credit() {
        let text = "Above photo: Boats at dawn in 2012. Source: Harbour Times";
        assert_eq!(
            parts(text),
            (Some("Boats at dawn in 2012."), Some("Harbour Times"))
        );
    }

    #[test]
    fn a_short_photo_line_is_a_credit_alone() {
        assert_eq!(
            parts("Photo: Harbour Agency"),
            (None, Some("Harbour Agency"))
        );
    }

    #[test]
    fn a_parenthesised_credit_loses_its_brackets_and_final_stop() {
        let text = "photo: Boats at dawn in the harbour (Credit: Lena Berg.)";
        assert_eq!(
            parts(text),
            (Some("Boats at dawn in the harbour"), Some("Lena Berg"))
        );
        let text = "Photo: Crowds at the gate. Source: Agency Inc.";
        assert_eq!(parts(text).1, Some("Agency Inc."));
    }

    #[test]
    fn paragraphs_without_a_cue_are_not_captions() {
        assert_eq!(parts("Photographers gathered. Source: none"), (None, None));
    }
}
