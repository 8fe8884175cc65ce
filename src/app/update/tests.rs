use std::path::PathBuf;

use super::*;
use crate::app::keymap::Keymap;
use crate::article::{Article, Format, Loaded, TextEncoding};
use crate::extract::Span;

fn state(url: Option<&str>) -> AppState {
    let text = "Trains left Kunming on Friday.";
    let article = Article {
        record_id: "a".to_string(),
        path: PathBuf::from("news/a.txt"),
        format: Format::Text,
        encoding: TextEncoding::Utf8,
        title: "Night Train".to_string(),
        byline: None,
        date: None,
        source: None,
        url: url.map(str::to_string),
        tags: Vec::new(),
        body: vec![Span::new(0, text.len())],
        text: text.to_string(),
        caption: None,
        credit: None,
    };
    let loaded = Loaded {
        articles: vec![article],
        problems: Vec::new(),
    };
    AppState::new(loaded, Keymap::default())
}

#[test]
fn export_asks_for_a_markdown_file_named_after_the_title() {
    let mut state = state(None);
    let Some(Effect::WriteMarkdown { stem, contents }) = update(&mut state, Action::ExportMarkdown)
    else {
        panic!("an export effect");
    };
    assert_eq!(stem, "night-train");
    assert!(contents.contains("# Night Train"), "{contents}");
    assert!(
        contents.contains("- Kunming"),
        "with its entities: {contents}"
    );
}

#[test]
fn open_prefers_the_url_and_falls_back_to_the_file() {
    let mut with_url = state(Some("https://example.org/train"));
    assert_eq!(
        update(&mut with_url, Action::OpenExternal),
        Some(Effect::OpenExternal("https://example.org/train".into()))
    );
    let mut without = state(None);
    let Some(Effect::OpenExternal(target)) = update(&mut without, Action::OpenExternal) else {
        panic!("an open effect");
    };
    assert!(target.ends_with("news/a.txt") && PathBuf::from(&target).is_absolute());
}

#[test]
fn view_and_copy_act_on_the_open_article() {
    let mut state = state(Some("https://example.org/train"));
    update(&mut state, Action::OpenArticle);
    assert_eq!(
        update(&mut state, Action::ViewFile),
        Some(Effect::ViewFile(PathBuf::from("news/a.txt")))
    );
    assert_eq!(
        update(&mut state, Action::CopyLink),
        Some(Effect::CopyToClipboard(
            "Night Train\nhttps://example.org/train".into()
        ))
    );
    assert!(
        state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("copied"))
    );
    effect_done(&mut state, Ok("saved to ./night-train.md".into()));
    assert_eq!(state.message.as_deref(), Some("saved to ./night-train.md"));
}

#[test]
fn with_no_articles_there_is_nothing_to_do() {
    let mut state = AppState::new(Loaded::default(), Keymap::default());
    for action in [
        Action::ExportMarkdown,
        Action::OpenExternal,
        Action::ViewFile,
        Action::CopyLink,
    ] {
        assert_eq!(update(&mut state, action), None);
        assert!(state.message.is_some());
    }
}
