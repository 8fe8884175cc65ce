//! Reported speech in constructions beyond the plain "X said (that) …": asides between the
//! speaker and the cue, time phrases before the clause, participles and the noun they
//! modify, calls on someone, and the clause around an unattributed "seems to". Sentences
//! written for these tests.

use super::tests::spans_and_speakers as quotes;

/// The text holds exactly one quote, `quote`, by `speaker`.
fn assert_one(text: &str, quote: &str, speaker: Option<&str>) {
    let expected = (quote.to_string(), speaker.map(str::to_string));
    assert_eq!(quotes(text), vec![expected], "{text}");
}

#[test]
fn a_bracketed_aside_may_stand_between_speaker_and_cue() {
    assert_one(
        "Senator Ann Lee (D-Md.) said that she would vote against the harbour bill.",
        "she would vote against the harbour bill",
        Some("Senator Ann Lee"),
    );
    assert_one(
        "The ferry captain -- who has sailed the route for years -- said the new dock was too short.",
        "the new dock was too short",
        Some("The ferry captain"),
    );
}

#[test]
fn a_clause_after_that_may_open_with_a_preposition() {
    assert_one(
        "The mayor said that with the new budget, the ferry would run all winter.",
        "with the new budget, the ferry would run all winter",
        Some("The mayor"),
    );
}

#[test]
fn a_time_or_place_phrase_may_come_before_the_clause() {
    assert_one(
        "The harbour board said in a statement on Thursday night it would close the pier.",
        "it would close the pier",
        Some("The harbour board"),
    );
    assert_one(
        "Kim has said in recent weeks she is the only candidate who can fix the ferry.",
        "she is the only candidate who can fix the ferry",
        Some("Kim"),
    );
    assert_one(
        "The pilot said at a meeting in the port office on Monday, that the channel was silting up.",
        "the channel was silting up",
        Some("The pilot"),
    );
}

#[test]
fn an_attribution_with_an_adjunct_can_interrupt_the_sentence() {
    assert_one(
        "When the storm came, the harbour master said in an interview, the pier lights failed.",
        "When the storm came, the harbour master said in an interview, the pier lights failed",
        Some("the harbour master"),
    );
    assert_one(
        "The ferry will stop in March, an official said, on condition of anonymity.",
        "The ferry will stop in March",
        Some("an official"),
    );
}

#[test]
fn the_speakers_of_a_relative_clause_are_its_head() {
    assert_one(
        "Fishermen who met the mayor on Friday said the fees were too high.",
        "the fees were too high",
        Some("Fishermen"),
    );
}

#[test]
fn a_participle_continues_the_report_before_it() {
    let found = quotes(
        "Inside the hall, Lee told the crowd the pier would reopen, adding that fees would fall.",
    );
    let adding = found.iter().find(|(q, _)| q == "fees would fall");
    assert_eq!(
        adding.and_then(|(_, s)| s.as_deref()),
        Some("Lee"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_a_noun_is_that_noun_s() {
    assert_one(
        "Dock workers carried a banner saying the port belongs to everyone.",
        "the port belongs to everyone",
        Some("a banner"),
    );
}

#[test]
fn a_call_on_someone_reports_the_call() {
    assert_one(
        "The fishermen's union called on the mayor to scrap the harbour fees.",
        "the mayor to scrap the harbour fees",
        Some("The fishermen's union"),
    );
    assert_one(
        "The council has called for tougher rules on night freight.",
        "tougher rules on night freight",
        Some("The council"),
    );
}

#[test]
fn a_seeming_holds_only_its_own_clause() {
    assert_one(
        "Though the vote is weeks away, the ferry plan appears to have broad support, with most councillors in favour.",
        "the ferry plan appears to have broad support",
        None,
    );
    assert_one(
        "The trouble is not only that the pier seems to be sinking but that nobody has measured it.",
        "the pier seems to be sinking but that nobody has measured it",
        None,
    );
}

#[test]
fn polls_show_a_bare_plural_subject() {
    assert_one(
        "Early polls show voters in the port favour the new ferry.",
        "voters in the port favour the new ferry",
        Some("Early polls"),
    );
}

#[test]
fn a_mixed_quote_runs_to_the_end_of_its_quotation() {
    let text = "The captain said the pier was “not safe. Nobody should walk on it.” Then she left.";
    let found = quotes(text);
    let expected = "the pier was “not safe. Nobody should walk on it.”";
    assert!(
        found
            .iter()
            .any(|(q, s)| q == expected && s.as_deref() == Some("The captain")),
        "{found:?}"
    );
}

#[test]
fn a_colon_before_a_quotation_stays_in_the_report() {
    let text =
        "The mayor said he remembers what his mother told him: “Never trust a ferry timetable.”";
    let found = quotes(text);
    let expected = "he remembers what his mother told him: “Never trust a ferry timetable.”";
    assert!(found.iter().any(|(q, _)| q == expected), "{found:?}");
}

#[test]
fn a_speaker_phrase_stops_at_an_earlier_cue() {
    let found = quotes("Lee says the harbour master believes the pier is sinking fast.");
    let speakers: Vec<_> = found.iter().map(|f| f.1.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Lee"), Some("the harbour master")],
        "{found:?}"
    );
}

#[test]
fn called_before_a_name_after_an_indefinite_noun_names_something() {
    for text in [
        "They paid $3,000 to a company called Harbour Analytics, which sells data.",
        "A new group called Ferry Votes Matter, led by two sailors, is raising money.",
        "A news site called “The Local” ran the story.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    // With a complement after the name, "called" is a statement about the person.
    let text = "A senator called Ana Ruiz a liar on Tuesday.";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn a_cue_inside_an_opening_prepositional_phrase_reports_nothing() {
    assert_one(
        "In a message posted Friday, Ana Ruiz said she has had “real doubts” about the harbour.",
        "she has had “real doubts” about the harbour",
        Some("Ana Ruiz"),
    );
    assert_eq!(
        quotes("Under the proposals announced today, a fee of 1% could go to the harbour fund."),
        []
    );
}
