//! Near-duplicate quotes: two cues in one sentence ("Lee says the plan, which she
//! believes …", "…, he said, noting …") can yield two statements covering mostly the same
//! words. A reader sees one statement there, so of two quotes that share at least half
//! of their joint extent only the earlier is kept, or the one with a named speaker; a
//! statement a publication relays ("…, the newspaper reports") keeps both sources.

use super::Found;
use super::lexicon::CueClass;
use crate::extract::Span;

/// How many earlier kept quotes a quote is compared with: quotes are sorted, so only the
/// last few can reach it.
const LOOK_BACK: usize = 8;

/// `found` (sorted by start, then end) without the quotes that mostly repeat an earlier one.
pub fn drop_near_duplicates(found: Vec<Found>) -> Vec<Found> {
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for quote in found {
        let repeated = kept
            .iter()
            .enumerate()
            .rev()
            .take(LOOK_BACK)
            .find(|(_, earlier)| repeats(earlier, &quote))
            .map(|(k, _)| k);
        match repeated {
            // A statement with a named speaker says more than one without.
            Some(k) if kept[k].speaker.is_none() && quote.speaker.is_some() => kept[k] = quote,
            Some(_) => {}
            None => kept.push(quote),
        }
    }
    kept
}

/// Whether `later` mostly repeats `earlier`. A statement relayed by a publication ("A
/// group confirmed the arrests, the newspaper reports") is not a repeat: the paper
/// reports the group's statement, and the reader sees both sources.
fn repeats(earlier: &Found, later: &Found) -> bool {
    mostly_shared(earlier.span, later.span) && !relays(earlier, later) && !relays(later, earlier)
}

/// Whether `outer` is a publication's report ("…, the newspaper reports") whose words
/// include `inner`'s speaker.
fn relays(outer: &Found, inner: &Found) -> bool {
    outer.class == Some(CueClass::Report)
        && inner
            .speaker
            .is_some_and(|s| outer.span.start <= s.start && s.end <= outer.span.end)
}

/// Whether two spans share at least half of the stretch they cover together.
fn mostly_shared(a: Span, b: Span) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    union > 0 && shared * 2 >= union
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans_and_speakers as quotes;
    use super::*;

    #[test]
    fn spans_sharing_half_their_extent_are_near_duplicates() {
        assert!(mostly_shared(Span::new(0, 10), Span::new(2, 10)));
        assert!(mostly_shared(Span::new(0, 10), Span::new(5, 10)));
        assert!(!mostly_shared(Span::new(0, 10), Span::new(6, 12)));
        assert!(!mostly_shared(Span::new(0, 4), Span::new(4, 8)));
    }

    #[test]
    fn a_nested_report_covering_most_of_the_outer_one_is_dropped() {
        let found = quotes(
            "Lee says the harbour master believes the old pier has been sinking fast for years.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Lee"));
    }

    #[test]
    fn a_statement_relayed_by_a_publication_keeps_both_sources() {
        let found = quotes(
            "A rescue group confirmed the arrest of nine hikers near the pass, the Daily Ledger reports.",
        );
        let speakers: Vec<_> = found.iter().map(|f| f.1.as_deref()).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(speakers.contains(&Some("A rescue group")), "{found:?}");
        assert!(speakers.contains(&Some("the Daily Ledger")), "{found:?}");
    }
}
