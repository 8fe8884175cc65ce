//! Direct quotes: attributions after the closing mark, before the opening mark and after a
//! dash; quotes interrupted by their attribution or running across paragraphs; what is not a
//! quote. Sentences written for these tests.

use super::tests::{only, rows, s, spans_and_speakers};
use crate::extract::QuoteKind;

#[test]
fn direct_quote_with_speaker_and_addressee_after_it() {
    let text = "“We will rebuild the bridge,” Mayor Ana Ruiz told the Daily Courier.";
    let (quote, speaker, _, cue, kind) = only(text);
    assert_eq!(quote, "“We will rebuild the bridge,”");
    assert_eq!(speaker, s("Mayor Ana Ruiz"));
    assert_eq!(cue, s("told"));
    assert_eq!(kind, QuoteKind::Direct);
}

#[test]
fn a_party_label_between_speaker_and_cue_is_skipped() {
    let text = "“The vote is close,” Sen. Ana Ruiz (R-Fla.) said on Sunday.";
    let (quote, speaker, canonical, cue, _) = only(text);
    assert_eq!(quote, "“The vote is close,”");
    assert_eq!(speaker, s("Sen. Ana Ruiz"));
    assert_eq!(canonical, s("Ana Ruiz"));
    assert_eq!(cue, s("said"));
}

#[test]
fn attributions_with_a_state_label_an_aside_or_an_unlisted_verb() {
    let text = "“Perpetual motion!” Rep. Ana Ruiz, R-Pa., said of the week.";
    assert_eq!(only(text).1, s("Rep. Ana Ruiz"));
    let text = "Later she announced on her page, in capital letters, “I am leaving the party!”";
    assert_eq!(only(text).1, s("she"));
    let text = "Ana Ruiz interjected, “Ladies and gentlemen, the mayor.”";
    let (_, speaker, _, cue, _) = only(text);
    assert_eq!((speaker, cue), (s("Ana Ruiz"), s("interjected")));
}

#[test]
fn direct_quote_with_inverted_speaker() {
    let text = "\"It was a mistake,\" said the spokesman on Friday.";
    let (quote, speaker, canonical, cue, _) = only(text);
    assert_eq!(quote, "\"It was a mistake,\"");
    assert_eq!(speaker, s("the spokesman"));
    assert_eq!(canonical, s("spokesman"));
    assert_eq!(cue, s("said"));
}

#[test]
fn direct_quote_introduced_by_its_speaker() {
    let text = "The finance minister said: “Prices will fall next year.”";
    let (quote, speaker, ..) = only(text);
    assert_eq!(quote, "“Prices will fall next year.”");
    assert_eq!(speaker, s("The finance minister"));
}

#[test]
fn interrupted_quote_is_one_quote() {
    let text = "“The river rose fast,” she said. “Nobody expected it.” Then rain fell.";
    let (quote, speaker, ..) = only(text);
    assert_eq!(
        quote,
        "“The river rose fast,” she said. “Nobody expected it.”"
    );
    assert_eq!(speaker, s("she"));
}

#[test]
fn words_added_after_an_attribution_are_a_quote_of_their_own() {
    let text = "“The bridge will open in May,” Ana Ruiz said on Monday, adding, “I will be \
                the first to cross it.”";
    let all = rows(text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[0].0, "“The bridge will open in May,”");
    assert_eq!(all[1].0, "“I will be the first to cross it.”");
    for row in &all {
        assert_eq!(row.1, s("Ana Ruiz"), "{row:?}");
    }
    assert_eq!(all[1].3, s("adding"));
}

#[test]
fn quote_continues_across_paragraphs() {
    let text =
        "“The first part of the statement ends here.\n\n“The second part follows,” Lee added.";
    let (quote, speaker, ..) = only(text);
    assert!(quote.starts_with("“The first part") && quote.ends_with("follows,”"));
    assert_eq!(speaker, s("Lee"));
}

#[test]
fn a_quote_after_a_long_attribution_continues_the_first() {
    let text = "“The budget is balanced at last,” Lee told reporters at the harbour after the \
                long vote on Monday.\n\n“We kept every promise we made to the towns in the valley.”";
    let (quote, speaker, _, cue, _) = only(text);
    assert!(
        quote.starts_with("“The budget") && quote.ends_with("valley.”"),
        "{quote}"
    );
    assert_eq!((speaker, cue), (s("Lee"), s("told")));
}

#[test]
fn narration_between_quotes_keeps_them_apart() {
    let text = "“Over the years the harbour grew busier and busier,” Lee said.\n\nAfter a while \
                the traders left the quay. “It was a good time for all of us in the town.”";
    let all = rows(text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[1].0.starts_with("“It was"), "{all:?}");
    assert_eq!(all[1].1, s("Lee"));
}

#[test]
fn apostrophes_and_scare_quotes_are_not_quotes() {
    assert!(rows("The company’s ’90s plan didn’t work. Korea’s exports rose.").is_empty());
    assert!(rows("The so-called “reform” passed easily in the spring.").is_empty());
}

#[test]
fn mixed_quote_is_reported_as_direct() {
    let text = "The senator said the plan was “a disaster for farmers” and left.";
    let (quote, speaker, _, _, kind) = only(text);
    assert_eq!(quote, "the plan was “a disaster for farmers” and left");
    assert_eq!(speaker, s("The senator"));
    assert_eq!(kind, QuoteKind::Direct);
}

#[test]
fn words_before_an_attributed_quotation_join_it() {
    let text = "In doing so, he “made a strategic mistake,” Lee said.";
    let (quote, speaker, _, _, kind) = only(text);
    assert_eq!(quote, "In doing so, he “made a strategic mistake,”");
    assert_eq!((speaker, kind), (s("Lee"), QuoteKind::Direct));
}

#[test]
fn an_attribution_after_a_full_stop_introduces_the_next_quote() {
    let text = "“The case was odd.” He added, “Nothing was ordinary.”";
    let all = rows(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "“Nothing was ordinary.”");
}

#[test]
fn a_quoted_fragment_that_a_sentence_runs_on_from_is_not_joined_to_the_quote_before() {
    let text = "“This is not right,” Vale said. “You pushed the crews to the limit” to cut \
                costs, she said.";
    let found = spans_and_speakers(text);
    assert_eq!(
        found[0],
        ("“This is not right,”".to_string(), s("Vale")),
        "{found:?}"
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_name_after_a_dash_credits_the_quotation_before_it() {
    let text = "“The ferry is late again.” ― Rosa Delgado “We need a second boat.” — Tom Irwin";
    let found = spans_and_speakers(text);
    assert_eq!(
        found,
        [
            ("“The ferry is late again.”".to_string(), s("Rosa Delgado")),
            ("“We need a second boat.”".to_string(), s("Tom Irwin")),
        ]
    );
}

#[test]
fn a_reply_with_shot_back_is_an_attribution() {
    let text = "“Not a chance,” Bennett shot back with a laugh.";
    assert_eq!(
        spans_and_speakers(text),
        [("“Not a chance,”".to_string(), s("Bennett"))]
    );
}

#[test]
fn a_speaker_is_never_read_from_inside_the_quotation_a_sentence_opens_with() {
    let text = "“Keep the lights on,” Ana Ruiz sings to the crowd before asking them, \
                “Where do we go from here?”";
    let quotes = spans_and_speakers(text);
    assert_eq!(quotes.last().map(|q| q.1.clone()), Some(s("Ana Ruiz")));
    // The sentence with the cue starts inside a quotation of two sentences.
    let text = "“We have waited long enough. The people of this town want a bridge,” Ruiz \
                said, suggesting a vote, and adding, “Vote yes on Friday.”";
    let quotes = spans_and_speakers(text);
    assert_eq!(quotes.len(), 3, "{quotes:?}");
    assert!(quotes.iter().all(|q| q.1 == s("Ruiz")), "{quotes:?}");
}

#[test]
fn a_colon_lead_in_with_its_verb_beats_a_new_sentence_after_the_quote() {
    let text = "Ruiz, exasperated, responded: “What difference does it make?” Her critics \
                cited it as evidence that she did not care.";
    let quotes = spans_and_speakers(text);
    let question = ("“What difference does it make?”".to_string(), s("Ruiz"));
    assert_eq!(quotes.first(), Some(&question));
    // A verb earlier in the lead-in, before a comma, is not the colon's.
    let text = "As the crowd cheered, the Ledger reported, his wife whispered to him: \
                “They are still with you.”";
    assert_ne!(
        spans_and_speakers(text).last().map(|q| q.1.clone()),
        Some(s("the Ledger"))
    );
}

#[test]
fn a_sentence_ending_with_speaker_and_verb_attributes_the_quotation_after_it() {
    let text = "“It is over,” said Carl Mendes, an editor. Professor Dana Obi agreed. \
                “Republicans are running out of time.”";
    let quotes = spans_and_speakers(text);
    assert_eq!(
        quotes.last().map(|q| q.1.clone()),
        Some(s("Professor Dana Obi"))
    );
    // The sentence keeps its own reported statement.
    let text = "Or maybe the mayor will run, consultant Pat Lowe says. “Surveys suggest a \
                second look.”";
    let quotes = spans_and_speakers(text);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert!(
        quotes.iter().all(|q| q.1 == s("consultant Pat Lowe")),
        "{quotes:?}"
    );
}

#[test]
fn an_inverted_verb_opening_a_colon_lead_in_takes_the_name_after_it() {
    let text = "It is complicated. Said Ellis: “I don’t see any interest in tax reform.”";
    assert_eq!(only(text).1, s("Ellis"));
}

#[test]
fn a_space_between_closing_marks_still_ends_the_quotation_attributably() {
    let text = "\"I hate the term 'outreach,' \" he told the group.";
    assert_eq!(only(text).1, s("he"));
}

#[test]
fn a_participle_after_said_adds_to_what_the_speaker_said() {
    let text = "The mayor left before the vote ended, Ana Ruiz said, adding, “He was not \
                very patient.”";
    let quotes = spans_and_speakers(text);
    let added = ("“He was not very patient.”".to_string(), s("Ana Ruiz"));
    assert_eq!(quotes.last(), Some(&added), "{quotes:?}");
    // Without a speech verb right before it, the participle is the subject's.
    let text = "The mayor left before the vote ended, adding, “I am not very patient.”";
    let quotes = spans_and_speakers(text);
    assert_eq!(quotes.last().map(|q| q.1.clone()), Some(s("The mayor")));
}

#[test]
fn a_coordinated_verb_is_spoken_by_the_subject_of_its_own_clause() {
    let text = "Once in the spring, when the mayor mentioned the bridge, I laughed and said, \
                “It will never be built.”";
    let quotes = spans_and_speakers(text);
    assert_eq!(
        quotes.last().map(|q| q.1.clone()),
        Some(s("I")),
        "{quotes:?}"
    );
    let text = "Lee praised the crews after she toured the site and blamed the delay on the \
                “endless paperwork” in the capital.";
    let quotes = spans_and_speakers(text);
    assert_eq!(
        quotes.last().map(|q| q.1.clone()),
        Some(s("she")),
        "{quotes:?}"
    );
    // A name before a lower-case noun is not a clause's subject: the sentence's holds.
    let text = "In Ohio, Acme chief executive Ana Ruiz met the board and said, “We stay.”";
    let quotes = spans_and_speakers(text);
    let speaker = quotes.last().map(|q| q.1.clone());
    assert_eq!(
        speaker,
        Some(s("Acme chief executive Ana Ruiz")),
        "{quotes:?}"
    );
}

#[test]
fn a_verb_right_after_the_quotation_takes_the_speaker_after_it() {
    // A cue word inside the speaker's appositive ("think tank") does not take over.
    let text = "“The plan is bad,” said Ana Ruiz, a fellow at a liberal think tank.";
    assert_eq!(only(text).1, s("Ana Ruiz"));
    let text = "“The plan is bad,” said Ana Ruiz, who leads the council.";
    assert_eq!(only(text).1, s("Ana Ruiz"));
    // A participle's speaker never follows it.
    let text = "The mayor called the plan “bold”, saying Ana Ruiz would lead it.";
    let quotes = spans_and_speakers(text);
    assert!(quotes.iter().all(|q| q.1 != s("Ana Ruiz")), "{quotes:?}");
}

#[test]
fn a_speaker_before_the_verb_may_carry_a_place() {
    let text = "“Why not build it?” a narrator in the council's ad asks.";
    assert_eq!(only(text).1, s("a narrator in the council's ad"));
    let text = "“We will appeal,” a statement on her website said.";
    assert_eq!(only(text).1, s("a statement on her website"));
    // A day is not a place: "on Thursday" is left out.
    let text = "“The question is fair.” The commission on Thursday said so.";
    let quotes = spans_and_speakers(text);
    assert!(
        quotes
            .iter()
            .all(|q| q.1 != s("The commission on Thursday")),
        "{quotes:?}"
    );
}

#[test]
fn a_quotation_the_reported_clause_runs_on_from_is_part_of_a_mixed_quote() {
    let text = "Ana Ruiz said “our harbour” was being “sold off” by the council.";
    let quotes = spans_and_speakers(text);
    let mixed = (
        "“our harbour” was being “sold off” by the council".to_string(),
        s("Ana Ruiz"),
    );
    assert_eq!(quotes, [mixed]);
    // A comma inside the marks closes the quotation: what follows is not the statement.
    let text = "Ana Ruiz said “we will appeal,” and the council agreed to wait.";
    let quotes = spans_and_speakers(text);
    assert_eq!(
        quotes.first().map(|q| q.0.as_str()),
        Some("“we will appeal,”")
    );
}
