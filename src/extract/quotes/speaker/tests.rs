//! Speaker phrases read before and after cues, on sentences written for these tests.

use super::*;

fn before_str(text: &str, cue: &str) -> Option<String> {
    let pos = text.find(cue)?;
    match before(&Doc::new(text), 0, pos) {
        Before::Speaker(s) => Some(text[s.start..s.end].to_string()),
        _ => None,
    }
}

#[test]
fn takes_the_phrase_right_before_the_cue() {
    assert_eq!(
        before_str("Yesterday Kwon told us.", "told").as_deref(),
        Some("Kwon")
    );
    assert_eq!(
        before_str(
            "An activist group for North Korean defectors confirmed it.",
            "confirmed"
        )
        .as_deref(),
        Some("An activist group for North Korean defectors")
    );
    assert_eq!(
        before_str("Then she has also said so.", "said").as_deref(),
        Some("she")
    );
}

#[test]
fn skips_bracketed_parties_and_quoted_titles_inside_appositives() {
    assert_eq!(
        before_str(
            "Rep. Ann Lee (D-Ore.), who chairs the panel, said the bill would pass.",
            "said"
        )
        .as_deref(),
        Some("Rep. Ann Lee")
    );
    assert_eq!(
        before_str(
            "Tom Berg, a host of “Morning Call” (a radio show), said it would end.",
            "said"
        )
        .as_deref(),
        Some("Tom Berg")
    );
}

#[test]
fn a_cue_after_a_preposition_is_a_noun_unless_it_is_a_gerund() {
    let text = "It grew amid reports that it fell.";
    let pos = text.find("reports").unwrap_or(0);
    assert!(matches!(before(&Doc::new(text), 0, pos), Before::Noun));
    let text = "Lee ended by saying it fell.";
    let pos = text.find("saying").unwrap_or(0);
    assert!(!matches!(before(&Doc::new(text), 0, pos), Before::Noun));
}

#[test]
fn skips_a_party_label_before_the_cue() {
    assert_eq!(
        before_str("Rep. Ann Lee (D-Md.) told reporters.", "told").as_deref(),
        Some("Rep. Ann Lee")
    );
}

#[test]
fn keeps_a_place_with_the_noun_it_follows() {
    for (text, speaker) in [
        (
            "Several hotels in Hanoi reported cancellations.",
            "Several hotels in Hanoi",
        ),
        ("Officials in Hue said it was rising.", "Officials in Hue"),
        ("Voters in Ohio told us so.", "Voters in Ohio"),
        (
            "Crowds at the rally in Tampa said so.",
            "Crowds at the rally in Tampa",
        ),
        ("The family said they were grateful.", "The family"),
        (
            "Two people familiar with the talks said so.",
            "Two people familiar with the talks",
        ),
        (
            "An aide close to the mayor said so.",
            "An aide close to the mayor",
        ),
        (
            "A source speaking to the Daily Courier said so.",
            "A source speaking to the Daily Courier",
        ),
    ] {
        let cue = ["reported", "said", "told"]
            .into_iter()
            .find(|c| text.contains(c))
            .unwrap();
        assert_eq!(before_str(text, cue).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn skips_a_time_phrase_before_the_cue() {
    for text in [
        "Ann Lee on Wednesday called it a fraud.",
        "Ann Lee last week called it a fraud.",
        "Ann Lee Tuesday night called it a fraud.",
    ] {
        assert_eq!(
            before_str(text, "called").as_deref(),
            Some("Ann Lee"),
            "{text}"
        );
    }
}

#[test]
fn skips_appositives_back_to_the_head() {
    assert_eq!(
        before_str(
            "Kwon Na-hyun, speaking for the group, said that ten left.",
            "said"
        )
        .as_deref(),
        Some("Kwon Na-hyun")
    );
}

#[test]
fn recognises_passives_nouns_and_coordination() {
    let text = "It is said to be big. The claims were false. He left and said no.";
    assert_eq!(
        before(&Doc::new(text), 0, text.find("said").unwrap_or(0)),
        Before::Passive
    );
    assert_eq!(
        before(&Doc::new(text), 0, text.find("claims").unwrap_or(0)),
        Before::Noun
    );
    assert_eq!(
        before(&Doc::new(text), 0, text.rfind("said").unwrap_or(0)),
        Before::Coordinated
    );
}

#[test]
fn reads_inverted_speakers_forward() {
    let text = "said the newspaper on Monday.";
    let span = after(&Doc::new(text), 5, text.len(), false);
    assert_eq!(span.map(|s| &text[s.start..s.end]), Some("the newspaper"));
    let text = "said Representative Ann Lee of New York.";
    let span = after(&Doc::new(text), 5, text.len(), false);
    assert_eq!(
        span.map(|s| &text[s.start..s.end]),
        Some("Representative Ann Lee of New York")
    );
    let text = "said campaign manager Ann Lee.";
    let span = after(&Doc::new(text), 5, text.len(), false);
    assert_eq!(
        span.map(|s| &text[s.start..s.end]),
        Some("campaign manager Ann Lee")
    );
    let text = "said a spokesman for the company, who asked not to be named.";
    let span = after(&Doc::new(text), 5, text.len(), false);
    assert_eq!(
        span.map(|s| &text[s.start..s.end]),
        Some("a spokesman for the company")
    );
    let text = "said that it was fine.";
    assert_eq!(after(&Doc::new(text), 5, text.len(), false), None);
}

#[test]
fn finds_the_sentence_subject() {
    let text = "In a tweet, Senator Ann Lee attacked the plan.";
    let span = subject(&Doc::new(text), 0, text.len());
    assert_eq!(span.map(|s| &text[s.start..s.end]), Some("Senator Ann Lee"));
    let text = "But he left.";
    assert_eq!(
        subject(&Doc::new(text), 0, text.len()).map(|s| &text[s.start..s.end]),
        Some("he")
    );
    // An irregular past tense before a name is the verb, not a title ("pollster Ann Lee").
    let text = "Then Ann Lee went after Kim Park.";
    assert_eq!(
        subject(&Doc::new(text), 0, text.len()).map(|s| &text[s.start..s.end]),
        Some("Ann Lee")
    );
}

#[test]
fn a_name_with_a_party_label_and_a_comma_is_the_speaker_not_an_appositive() {
    let text = "After winning Ohio in the primary, Gov. Ann Lee (R-OH), said it was over.";
    assert_eq!(before_str(text, "said").as_deref(), Some("Gov. Ann Lee"));
    // An office between commas after a name is still an appositive of the name.
    let text = "Pat Diaz, the Commissioner for Refugees (UNHCR), said it was over.";
    assert_eq!(before_str(text, "said").as_deref(), Some("Pat Diaz"));
    let label = asides::is_party_label;
    assert!(label("D-Md.") && label("R") && !label("UNHCR"));
}

#[test]
fn a_name_between_commas_after_a_capitalised_office_is_the_speaker() {
    let text = "The Shadow Secretary of State for the Family, Ann Lee, said it was over.";
    assert_eq!(before_str(text, "said").as_deref(), Some("Ann Lee"));
    // A lower-case description keeps its head.
    let text = "The city's spokesman, Pat Diaz, said it was over.";
    assert_eq!(
        before_str(text, "said").as_deref(),
        Some("The city's spokesman")
    );
}

#[test]
fn skips_a_hometown_and_an_age_between_commas() {
    let cases = [
        (
            "Tom Irwin, of Dayton, Ohio, said he would vote.",
            "Tom Irwin",
        ),
        (
            "Tom Irwin, 33, of Dayton, Ohio, said he would vote.",
            "Tom Irwin",
        ),
        (
            "A retired nurse, from Dayton, said she would vote.",
            "A retired nurse",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(before_str(text, "said").as_deref(), Some(speaker), "{text}");
    }
    // Not a hometown: an appositive still gives the phrase before it.
    assert_eq!(
        before_str("Tom Irwin, a nurse, said he would vote.", "said").as_deref(),
        Some("Tom Irwin")
    );
}

#[test]
fn leaves_out_an_adjunct_opening_the_sentence_without_a_comma() {
    let cases = [
        ("In 1995 Ana Ruiz said the web would win.", Some("Ana Ruiz")),
        (
            "During the interview Mr Irwin said he would stay.",
            Some("Mr Irwin"),
        ),
        (
            "In 2003 her employers said she had left.",
            Some("her employers"),
        ),
        ("For its part Acme said it would appeal.", Some("Acme")),
        (
            "More than 10,000 people said they would march.",
            Some("10,000 people"),
        ),
        (
            "About half of voters said they would vote.",
            Some("About half of voters"),
        ),
        (
            "A spokesman for the company said so.",
            Some("A spokesman for the company"),
        ),
        ("50 Cent said he was pleased.", Some("50 Cent")),
        // Only an adjunct: nobody speaks.
        (
            "Despite this liking for maps half of those asked said no.",
            None,
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(before_str(text, "said").as_deref(), speaker, "{text}");
    }
}
