//! Behaviour of the whole quote finder, one rule family per test, on sentences written for
//! these tests; plus robustness properties on arbitrary input.

use proptest::prelude::*;

use super::find;
use crate::extract::{Quote, QuoteKind};

/// (quoted text, speaker, canonical speaker, cue, kind) for every quote found.
pub(super) type Row = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    QuoteKind,
);

pub(super) fn rows(text: &str) -> Vec<Row> {
    let (quotes, _) = find(text);
    quotes.iter().map(|q| row(text, q)).collect()
}

fn row(text: &str, q: &Quote) -> Row {
    (
        text[q.span.start..q.span.end].to_string(),
        q.speaker.map(|s| text[s.start..s.end].to_string()),
        q.canonical_speaker.clone(),
        q.cue.clone(),
        q.kind,
    )
}

pub(super) fn only(text: &str) -> Row {
    let all = rows(text);
    assert_eq!(all.len(), 1, "{all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

/// (quoted text, speaker) for every quote found: the shape the rule modules' tests compare.
pub(super) fn spans_and_speakers(text: &str) -> Vec<(String, Option<String>)> {
    rows(text).into_iter().map(|r| (r.0, r.1)).collect()
}

pub(super) fn s(value: &str) -> Option<String> {
    Some(value.to_string())
}

#[test]
fn a_relative_who_told_reports_forward_past_its_addressee() {
    let text = "Later he met Ann Lee, who told reporters the harbour plan would fail.";
    let (quote, speaker, _, cue, _) = only(text);
    assert_eq!(quote, "the harbour plan would fail");
    assert_eq!((speaker, cue), (s("who"), s("told")));
    let (quote, ..) = only("He met Ann Lee, who told reporters she’ll run again.");
    assert_eq!(quote, "she’ll run again");
    let (quote, ..) = only("Officials told him he had never been a citizen of the town.");
    assert_eq!(quote, "he had never been a citizen of the town");
}

#[test]
fn quantities_report_and_beliefs_count() {
    let (quote, speaker, ..) = only("In the spring poll, 42% say the harbour plan is too costly.");
    assert_eq!(
        (quote.as_str(), speaker),
        ("the harbour plan is too costly", s("42%"))
    );
    let (_, speaker, ..) = only("All but two said the party should change its rules.");
    assert_eq!(speaker, s("All but two"));
    assert!(rows("The claims were false and two reports were late.").is_empty());
    let (quote, speaker, _, cue, _) = only("The mayor felt the vote had been rushed.");
    assert_eq!(quote, "the vote had been rushed");
    assert_eq!((speaker, cue), (s("The mayor"), s("felt")));
}

#[test]
fn naming_with_called_is_not_a_report() {
    assert!(rows("Barden now helps lead a program called Harbour Promise in the town.").is_empty());
    let (quote, speaker, _, cue, _) = only("A senator called Lee a liar on Monday.");
    assert_eq!(quote, "Lee a liar on Monday");
    assert_eq!((speaker, cue), (s("A senator"), s("called")));
}

#[test]
fn reported_speech_with_that() {
    let text = "The ministry said that exports grew by a tenth last year.";
    let (quote, speaker, _, cue, kind) = only(text);
    assert_eq!(quote, "exports grew by a tenth last year");
    assert_eq!(speaker, s("The ministry"));
    assert_eq!(cue, s("said"));
    assert_eq!(kind, QuoteKind::Indirect);
}

#[test]
fn reported_speech_told_someone() {
    let text = "A city official told the Evening Post that the road would reopen soon.";
    let (quote, speaker, canonical, cue, _) = only(text);
    assert_eq!(quote, "the road would reopen soon");
    assert_eq!(speaker, s("A city official"));
    assert_eq!(canonical, s("city official"));
    assert_eq!(cue, s("told"));
}

#[test]
fn reported_speech_inverted_after_a_comma() {
    let text = "The bridge will reopen in May, Ms. Ortega said on Tuesday.";
    let (quote, speaker, ..) = only(text);
    assert_eq!(quote, "The bridge will reopen in May");
    assert_eq!(speaker, s("Ms. Ortega"));
}

#[test]
fn a_claim_reported_by_an_outlet_gives_two_quotes() {
    let text = "A farmers’ union confirmed the closure of two mills, reports the Valley Herald.";
    let all = rows(text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(
        all[0].0,
        "A farmers’ union confirmed the closure of two mills"
    );
    assert_eq!(all[0].1, s("the Valley Herald"));
    assert_eq!(all[1].0, "the closure of two mills");
    assert_eq!(all[1].3, s("confirmed"));
}

#[test]
fn according_to_before_and_after_the_claim() {
    let (quote, speaker, ..) = only("According to the police, the fire started at night.");
    assert_eq!(
        (quote.as_str(), speaker),
        ("the fire started at night", s("the police"))
    );
    let (quote, speaker, ..) = only("The fire started at night, according to officials.");
    assert_eq!(
        (quote.as_str(), speaker),
        ("The fire started at night", s("officials"))
    );
}

#[test]
fn a_that_inside_the_reported_clause_does_not_start_it() {
    let text = "The mayor said it was a better guide than the surveys that the council paid for.";
    let (quote, speaker, ..) = only(text);
    assert_eq!(
        quote,
        "it was a better guide than the surveys that the council paid for"
    );
    assert_eq!(speaker, s("The mayor"));
    let text = "The mayor said on Friday that the surveys were late.";
    assert_eq!(only(text).0, "the surveys were late");
}

#[test]
fn according_to_a_long_source_before_the_claim() {
    let text = "According to a survey of voters conducted by the Tribune on Monday, turnout rose \
                in every ward.";
    let (quote, speaker, ..) = only(text);
    assert_eq!(quote, "turnout rose in every ward");
    assert_eq!(speaker, s("a survey of voters"));
}

#[test]
fn an_infinitive_after_a_vow_or_refusal_is_the_statement() {
    let (quote, speaker, _, cue, _) = only("The union declined to comment on the offer.");
    assert_eq!(quote, "to comment on the offer");
    assert_eq!((speaker, cue), (s("The union"), s("declined")));
    let (quote, speaker, ..) = only("Ms. Ortega vowed to appeal the ruling that closed the mill.");
    assert_eq!(quote, "to appeal the ruling that closed the mill");
    assert_eq!(speaker, s("Ms. Ortega"));
    assert!(rows("Sales declined sharply in the third quarter.").is_empty());
}

#[test]
fn surnames_pronouns_and_outlets_resolve_within_the_article() {
    let text = "Prices rose sharply, reports the Valley Herald. Wages fell, said the newspaper. \
                Nora Lindqvist, an economist, said that rents doubled. \
                “It hurts,” Lindqvist said.\n\nShe added that wages would not catch up.";
    let all = rows(text);
    let canonical: Vec<Option<String>> = all.iter().map(|r| r.2.clone()).collect();
    assert_eq!(
        canonical,
        [
            s("Valley Herald"),
            s("Valley Herald"),
            s("Nora Lindqvist"),
            s("Nora Lindqvist"),
            s("Nora Lindqvist")
        ]
    );
}

#[test]
fn credits_are_listed_apart_from_quotes() {
    let text =
        "A crowd gathers at the gate. Source: Daily Courier\nThe mayor said that it was calm.";
    let (quotes, credits) = find(text);
    assert_eq!(credits.len(), 1);
    assert_eq!(
        &text[credits[0].span.start..credits[0].span.end],
        "Daily Courier"
    );
    assert_eq!(credits[0].cue, "Source:");
    assert!(quotes.iter().all(|q| !q.span.overlaps(credits[0].span)));
}

fn assert_well_formed(text: &str) {
    let (quotes, credits) = find(text);
    let spans = quotes
        .iter()
        .flat_map(|q| [Some(q.span), q.speaker])
        .flatten()
        .chain(credits.iter().map(|c| c.span));
    for span in spans {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    assert_eq!(
        find(text),
        (quotes, credits),
        "output must be deterministic"
    );
}

/// Pathological inputs of about a megabyte: they must come back with valid spans. Bounded
/// work is shown by the input size (quadratic behaviour would not finish); speed itself is
/// measured by the criterion benches, not here. Debug builds get a tenth of the input.
const SCALE: usize = if cfg!(debug_assertions) { 1 } else { 10 };

#[test]
fn a_megabyte_of_quotation_marks_gives_valid_spans() {
    assert_well_formed(&"“”\"‘’''".repeat(SCALE * 6_400));
    assert_well_formed(&"“".repeat(SCALE * 26_000));
}

#[test]
fn a_million_capitalised_words_give_valid_spans() {
    assert_well_formed(&"Kwon ".repeat(SCALE * 100_000));
    assert_well_formed(&"Kwon Lee Ann Park ".repeat(SCALE * 25_000));
    assert_well_formed(&format!("{}.", "word ".repeat(SCALE * 20_000)));
}

#[test]
fn dense_cues_and_quotes_give_valid_spans() {
    // Every few bytes a cue: each yields a quote, so this input is kept smaller.
    assert_well_formed(&"Kwon Said Told Ann ".repeat(SCALE * 1_000));
    assert_well_formed(&"Kwon said, Lee told, “A,” said ".repeat(SCALE * 600));
}

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "''",
        " said ",
        " told ",
        " according to ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "Kwon",
        " the newspaper",
        " he",
        "Mr. ",
        "U.S. ",
        "é",
        "漢字",
        "🙂",
        " that ",
        ":",
        "Source: ",
        "Photo: ",
        " reports ",
        "(",
        ")",
        "—",
        "a",
        " ",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_well_formed_deterministic_output(text in any::<String>()) {
        assert_well_formed(&text);
    }

    #[test]
    fn quote_like_text_gives_well_formed_deterministic_output(
        pieces in prop::collection::vec(piece(), 0..200)
    ) {
        assert_well_formed(&pieces.concat());
    }
}

#[test]
fn a_quotation_with_its_own_attribution_is_not_joined_to_the_one_before() {
    let text = "“The mill will reopen,” Tom Hale said. “Not this year,” Ana Lima replied.";
    let all = rows(text);
    let quotes: Vec<&str> = all.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(quotes, ["“The mill will reopen,”", "“Not this year,”"]);
    assert_eq!(all[1].1, s("Ana Lima"));
    let (quote, ..) = only("“The mill will reopen,” Tom Hale said. “Not this year.”");
    assert_eq!(
        quote,
        "“The mill will reopen,” Tom Hale said. “Not this year.”"
    );
}

#[test]
fn titles_in_quotation_marks_are_nobody_s_words() {
    assert!(rows("Ann Lee, star of “Night Shift,” thanked the crew.").is_empty());
    assert!(rows("Tom Hale starred in “The Long Road Home” last year.").is_empty());
}

#[test]
fn an_inverted_pronoun_speaker_closes_its_attribution() {
    let (quote, speaker, ..) = only("“It was a good run,” said he.");
    assert_eq!((quote.as_str(), speaker), ("“It was a good run,”", s("he")));
    let all = rows("The mayor called it “a swindle,” said he would vote no.");
    assert!(all.iter().all(|r| r.1 != s("he")), "{all:?}");
}

#[test]
fn a_lead_ending_in_a_colon_introduces_the_quotation() {
    let all = rows("In her speech, Ann Lee named one rule: “Never give up, ever,” she said.");
    let quotes: Vec<&str> = all.iter().map(|r| r.0.as_str()).collect();
    assert!(quotes.contains(&"“Never give up, ever,”"), "{quotes:?}");
}

#[test]
fn a_one_word_quotation_before_its_cue_is_a_quote() {
    let (quote, speaker, ..) = only("\"Safety,\" said Tom Hale. \"Safety for every one of us.\"");
    assert_eq!(
        quote,
        "\"Safety,\" said Tom Hale. \"Safety for every one of us.\""
    );
    assert_eq!(speaker, s("Tom Hale"));
}

#[test]
fn a_speaker_phrase_stops_at_whenever() {
    let all = rows("Crews bolt the walls together by hand whenever the river threatens to rise.");
    assert!(
        all.iter()
            .all(|r| r.1.as_deref() != Some("hand whenever the river")),
        "{all:?}"
    );
}
