//! Property tests: no input makes the loaders panic, and every span they produce lies
//! inside the text on character boundaries, in order.

use std::path::Path;

use proptest::prelude::*;

use crate::extract::Span;

use super::decode::{Decoded, decode};
use super::render::render;
use super::text::analyse;
use super::{Article, Loaded, TextEncoding, json, markdown, pubdate};

/// Text made of the pieces the loaders look for, in any order, plus arbitrary characters.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("By ".to_string()),
        Just("Above photo: ".to_string()),
        Just("Photo:".to_string()),
        Just(" Source: ".to_string()),
        Just("(Credit: ".to_string()),
        Just("July 18, 2017".to_string()),
        Just("Published: 2017-07-18".to_string()),
        Just("---\n".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("```".to_string()),
        Just("title: ".to_string()),
        Just("\"text\": \"".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("é’“".to_string()),
        "[A-Za-z.,]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn assert_span(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fn assert_article(article: &Article) {
    let text = &article.text;
    for span in article
        .caption
        .iter()
        .chain(&article.credit)
        .chain(&article.body)
    {
        assert_span(text, *span);
    }
    assert!(article.body.windows(2).all(|w| w[0].end <= w[1].start));
}

fn decoded(text: String) -> Decoded {
    Decoded {
        text,
        encoding: TextEncoding::Utf8,
    }
}

proptest! {
    // Enough cases to shake out boundary slips while keeping `cargo test` quick.
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(decoded) = decode(bytes) {
            prop_assert!(!decoded.text.trim().is_empty());
        }
    }

    #[test]
    fn layout_spans_are_always_valid(text in news_like(), title in prop::option::of("[A-Za-z ]{0,12}")) {
        let layout = analyse(&text, title.as_deref());
        for span in layout.title.iter().chain(&layout.byline).chain(&layout.caption)
            .chain(&layout.credit).chain(&layout.body)
        {
            assert_span(&text, *span);
        }
        prop_assert!(layout.body.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn markdown_rendering_never_panics(markdown in news_like()) {
        let rendered = render(&markdown);
        for span in &rendered.headings {
            assert_span(&rendered.text, *span);
        }
        if let Ok(article) = markdown::load(Path::new("a.md"), decoded(markdown)) {
            assert_article(&article);
        }
    }

    #[test]
    fn json_lines_never_panic(text in news_like()) {
        let mut loaded = Loaded::default();
        json::load_lines(Path::new("a.jsonl"), &decoded(text.clone()), &mut loaded);
        json::load_document(Path::new("a.json"), &decoded(text), &mut loaded);
        loaded.articles.iter().for_each(assert_article);
    }

    #[test]
    fn json_text_is_kept_exactly_as_given(body in news_like(), title in prop::option::of(news_like())) {
        prop_assume!(!body.trim().is_empty());
        let record = serde_json::json!({"id": "r", "title": title, "text": body});
        let mut loaded = Loaded::default();
        json::load_lines(Path::new("a.jsonl"), &decoded(record.to_string()), &mut loaded);
        prop_assert_eq!(loaded.problems.len(), 0);
        prop_assert_eq!(&loaded.articles[0].text, &body);
        assert_article(&loaded.articles[0]);
    }

    #[test]
    fn date_parsing_never_panics(text in news_like()) {
        let _ = pubdate::parse_date(&text);
    }
}
