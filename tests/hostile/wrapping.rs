//! The wrap property: no line the reader wraps is wider than the pane, for any Unicode
//! text, measured in display columns the way the reader draws it (sanitized).

use dateline::extract::Span;
use dateline::ui::sanitize::display_width;
use dateline::ui::wrap::{wrap_span, wrap_str};
use proptest::prelude::*;

/// Text mixing what makes widths hard: wide CJK, emoji with joiners and skin tones,
/// combining marks, zero-width and bidi characters, controls, tabs and plain words.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\t".to_string()),
        Just("東京都".to_string()),
        Just("👩\u{200d}👩\u{200d}👧".to_string()),
        Just("👍🏽".to_string()),
        Just("e\u{301}\u{302}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{ad}".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{7}".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2067}".to_string()),
        "[a-z]{1,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn assert_fits(text: &str, lines: &[Span], width: usize) {
    for line in lines {
        let shown = text
            .get(line.start..line.end)
            .expect("line on char boundaries");
        let columns = display_width(shown);
        assert!(columns <= width, "{columns} > {width} columns: {shown:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn wrapped_lines_never_exceed_the_width(text in tricky_text(), width in 2usize..100) {
        assert_fits(&text, &wrap_str(&text, width), width);
    }

    #[test]
    fn any_string_wraps_within_the_width(text in any::<String>(), width in 2usize..100) {
        assert_fits(&text, &wrap_str(&text, width), width);
    }

    #[test]
    fn wrapping_part_of_a_text_stays_inside_it(
        text in tricky_text(), start in 0usize..200, len in 0usize..200, width in 2usize..60,
    ) {
        let span = Span::new(start, start + len);
        let lines = wrap_span(&text, span, width);
        for line in &lines {
            prop_assert!(span.start <= line.start && line.end <= span.end);
        }
        assert_fits(&text, &lines, width);
    }
}

#[test]
fn bidi_controls_fit_narrow_panes() {
    for width in 2..8 {
        let text = "ab \u{202E} cd";
        assert_fits(text, &wrap_str(text, width), width);
    }
}
