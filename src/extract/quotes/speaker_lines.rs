//! Lines that open with a speaker and a colon: transcripts (`TAPPER: And obviously …`)
//! and attributed headlines (`Clinton: I support statehood`). The rest of the line is what
//! the named speaker said.

use super::lexicon::{is_clause_marker, is_determiner};
use super::tokens::floor_boundary;
use super::{Context, Found};
use crate::extract::{QuoteKind, Span};

/// How far into a line the colon may be, in bytes.
const NAME_REACH: usize = 40;
/// The most words in the speaker name before the colon.
const MAX_NAME_WORDS: usize = 4;
/// How long the statement after the colon may be, in bytes.
const STATEMENT_REACH: usize = 600;

/// Labels that end with a colon but name no speaker.
const LABELS: &[&str] = &[
    "source",
    "sources",
    "photo",
    "photos",
    "credit",
    "image",
    "picture",
    "courtesy",
    "caption",
    "note",
    "update",
    "updated",
    "correction",
    "related",
    "watch",
    "read",
    "video",
    "editor",
    "editors",
    "full",
    "text",
    "transcript",
    "by",
    "posted",
    "published",
    "tags",
    "filed",
];

/// Every "Name: statement" line of the text.
pub fn find(ctx: &Context) -> Vec<Found> {
    let text = ctx.text;
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter_map(|line| speaker_line(ctx, line))
        .collect()
}

fn speaker_line(ctx: &Context, line: usize) -> Option<Found> {
    let text = ctx.text;
    let head = text.get(line..floor_boundary(text, line + NAME_REACH))?;
    let head = &head[..head.find('\n').unwrap_or(head.len())];
    let colon = line + head.find(':')?;
    let toks = text.window(line, colon);
    let named = toks
        .iter()
        .all(|t| t.is_capitalised(text) && !is_function_word(t.text(text)));
    if toks.is_empty() || toks.len() > MAX_NAME_WORDS || !named {
        return None;
    }
    let speaker = Span::new(toks.first()?.start, toks.last()?.end);
    let rest = text.get(colon + 1..floor_boundary(text, colon + 1 + STATEMENT_REACH))?;
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let lead = rest.len() - rest.trim_start().len();
    let statement = rest.trim().trim_end_matches('.');
    // At least three words.
    statement.split_whitespace().nth(2)?;
    let start = colon + 1 + lead;
    let span = Span::new(start, start + statement.len());
    let first = ctx.segments.partition_point(|s| s.end <= span.start);
    let quoted = ctx.segments.get(first).is_some_and(|s| s.overlaps(span));
    Some(Found {
        span,
        kind: if quoted {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        speaker: Some(speaker),
        cue: Some(Span::new(colon, colon + 1)),
        class: None,
    })
}

fn is_function_word(word: &str) -> bool {
    is_clause_marker(word)
        || is_determiner(word)
        || LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::tokens::Doc;

    fn lines(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let ctx = Context::new(&doc);
        find(&ctx)
            .iter()
            .filter_map(|f| {
                let speaker = f.speaker?;
                Some((
                    text[speaker.start..speaker.end].to_string(),
                    text[f.span.start..f.span.end].to_string(),
                ))
            })
            .collect()
    }

    #[test]
    fn transcript_and_headline_lines_name_their_speaker() {
        let text = "Lee Park: We will open the port next week.\nMORRIS: And the costs are high.";
        assert_eq!(
            lines(text),
            [
                ("Lee Park".into(), "We will open the port next week".into()),
                ("MORRIS".into(), "And the costs are high".into())
            ]
        );
    }

    #[test]
    fn labels_and_long_lead_ins_are_not_speakers() {
        assert!(
            lines("Source: Daily Planet staff and wires\nPhoto: Ann Lee of the team").is_empty()
        );
        assert!(lines("The plan has three parts: roads, ports and rail.").is_empty());
    }
}
