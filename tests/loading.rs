//! Integration tests: loading articles from files and folders, and every way a file can
//! fail to load.

use std::fs;
use std::path::{Path, PathBuf};

use dateline::article::{Article, Format, LoadProblem, Loaded, TextEncoding, load_paths};
use dateline::extract::Date;

use crate::util::fixture;

fn load(paths: &[&Path]) -> Loaded {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    load_paths(&paths)
}

fn load_one(path: &Path) -> Article {
    let loaded = load(&[path]);
    assert_eq!(loaded.problems, [], "problems loading {}", path.display());
    assert_eq!(loaded.articles.len(), 1);
    loaded.articles.into_iter().next().unwrap()
}

fn only_problem(path: &Path) -> LoadProblem {
    let loaded = load(&[path]);
    assert!(loaded.articles.is_empty(), "{:?}", loaded.articles);
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    loaded.problems.into_iter().next().unwrap()
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, contents).unwrap();
    path
}

fn body(article: &Article) -> Vec<&str> {
    article
        .body
        .iter()
        .map(|span| span.slice(&article.text))
        .collect()
}

fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Some(Date::new(y, m, d).unwrap())
}

#[test]
fn plain_text_finds_title_byline_caption_credit_date_and_body() {
    let path = fixture("loading/river.txt");
    let article = load_one(&path);
    assert_eq!(article.text, fs::read_to_string(&path).unwrap());
    assert_eq!(article.format, Format::Text);
    assert_eq!(article.id(), path.display().to_string());
    assert_eq!(article.title, "Flood Waters Recede Along the Lower Danube");
    assert_eq!(article.byline.as_deref(), Some("MARIA T. POPESCU"));
    assert_eq!(article.date, date(2017, 7, 18));
    let caption = article.caption.unwrap().slice(&article.text);
    assert_eq!(
        caption,
        "Volunteers stack sandbags along the riverbank in Vidin in 2014."
    );
    assert_eq!(
        article.credit.unwrap().slice(&article.text),
        "Danube Herald"
    );
    let paragraphs = body(&article);
    assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    assert!(paragraphs[0].starts_with("Water levels"));
    assert!(paragraphs[1].ends_with("through the weekend."));
}

#[test]
fn plain_text_in_the_bbc_shape_loads_title_and_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "001.txt",
        "Rail fares rise again\n\nFares rose by 3% on Monday.\n\nUnions objected.\n",
    );
    let article = load_one(&path);
    assert_eq!(article.title, "Rail fares rise again");
    assert_eq!(article.byline, None);
    assert_eq!(article.date, None);
    assert_eq!(
        body(&article),
        ["Fares rose by 3% on Monday.", "Unions objected."]
    );
}

#[test]
fn markdown_front_matter_and_rendered_text() {
    let article = load_one(&fixture("loading/harvest.md"));
    assert_eq!(article.format, Format::Markdown);
    assert_eq!(article.title, "Harvest Festival Returns to Ghent");
    assert_eq!(article.date, date(2019, 9, 14));
    assert_eq!(article.byline.as_deref(), Some("Lotte Claes, Pieter Maes"));
    assert_eq!(article.source.as_deref(), Some("Flanders Weekly"));
    assert_eq!(article.url.as_deref(), Some("https://example.org/harvest"));
    assert_eq!(article.tags, ["culture", "belgium"]);
    assert!(
        article
            .text
            .starts_with("Harvest Festival Returns to Ghent\n\nThe annual festival")
    );
    assert!(
        article
            .text
            .contains("drew thousands to the old market square on Saturday.")
    );
    assert!(
        article
            .text
            .contains("• apple cider from local farms\n• a parade of tractors\n  1. vintage")
    );
    assert!(!article.text.contains('*') && !article.text.contains("---"));
    let paragraphs = body(&article);
    assert!(
        paragraphs[0].starts_with("The annual festival"),
        "{paragraphs:?}"
    );
    assert!(paragraphs.contains(&"What was on offer"));
}

#[test]
fn markdown_title_defaults_to_the_first_heading() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.md",
        "Intro line.\n\n## Port strike ends\n\nShips sailed.\n",
    );
    let article = load_one(&path);
    assert_eq!(article.title, "Port strike ends");
    assert_eq!(
        article.text,
        "Intro line.\n\nPort strike ends\n\nShips sailed."
    );
}

#[test]
fn markdown_with_broken_front_matter_is_a_problem_with_its_line() {
    let problem = only_problem(&fixture("loading/broken-front-matter.md"));
    assert!(
        problem.line.is_some_and(|line| (3..=5).contains(&line)),
        "{problem}"
    );
    assert!(
        problem.reason.contains("front matter is not valid YAML"),
        "{problem}"
    );
}

#[test]
fn markdown_with_unclosed_front_matter_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.md", "---\ntitle: T\n\nText.\n");
    let problem = only_problem(&path);
    assert_eq!(problem.line, Some(1));
    assert!(problem.reason.contains("never closed"));
}

#[test]
fn json_object_keeps_the_text_exactly_and_reads_the_fields() {
    let path = fixture("loading/tram.json");
    let article = load_one(&path);
    assert_eq!(article.format, Format::Json);
    assert_eq!(article.id(), "tram-1");
    assert_eq!(article.title, "New Tram Line Opens in Porto");
    assert_eq!(
        article.text,
        "The first trams ran on the new line on Tuesday.\n\nRiders said the trip took twelve minutes."
    );
    assert_eq!(article.date, date(2021, 3, 2));
    assert_eq!(article.byline.as_deref(), Some("Rui Costa"));
    assert_eq!(article.source.as_deref(), Some("Porto Daily"));
    assert_eq!(article.tags, ["transport"]);
    assert_eq!(body(&article).len(), 2);
}

#[test]
fn json_array_loads_good_records_and_names_the_bad_field_with_its_line() {
    let path = fixture("loading/briefs.json");
    let loaded = load(&[&path]);
    let ids: Vec<String> = loaded
        .articles
        .iter()
        .map(|a| a.id().into_owned())
        .collect();
    assert_eq!(ids, ["b1".to_string(), format!("{}:3", path.display())]);
    assert_eq!(
        loaded.articles[0].text,
        "The bridge closed for repairs on Monday."
    );
    assert_eq!(loaded.articles[0].date, date(2021, 3, 1));
    assert_eq!(loaded.articles[1].date, None);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].line, Some(8));
    assert!(loaded.problems[0].reason.contains("field `title`"));
}

#[test]
fn jsonl_bad_line_is_a_problem_and_the_good_lines_load() {
    let path = fixture("loading/wires.jsonl");
    let loaded = load(&[&path]);
    let ids: Vec<String> = loaded
        .articles
        .iter()
        .map(|a| a.id().into_owned())
        .collect();
    assert_eq!(ids, ["l1", "l3"]);
    assert!(
        loaded
            .articles
            .iter()
            .all(|a| a.format == Format::JsonLines)
    );
    assert_eq!(loaded.articles[1].date, date(2020, 1, 13));
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].line, Some(2));
    assert!(loaded.problems[0].reason.starts_with("not valid JSON"));
}

#[test]
fn json_syntax_error_reports_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.json",
        "{\n  \"text\": \"x\",\n  \"title\": \n}\n",
    );
    let problem = only_problem(&path);
    assert_eq!(problem.line, Some(4));
    assert!(problem.reason.contains("not valid JSON"));
}

#[test]
fn json_records_without_text_or_of_the_wrong_shape_are_problems() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.jsonl",
        "{\"title\": \"t\"}\n[1]\n{\"text\": 5}\n",
    );
    let loaded = load(&[&path]);
    assert!(loaded.articles.is_empty());
    let reasons: Vec<(Option<usize>, &str)> = loaded
        .problems
        .iter()
        .map(|p| (p.line, p.reason.as_str()))
        .collect();
    assert!(reasons[0].1.contains("no `text` field"), "{reasons:?}");
    assert!(reasons[1].1.contains("found an array"), "{reasons:?}");
    assert!(reasons[2].1.contains("field `text`"), "{reasons:?}");
    assert_eq!(
        reasons.iter().map(|r| r.0).collect::<Vec<_>>(),
        [Some(1), Some(2), Some(3)]
    );
}

#[test]
fn deeply_nested_json_is_a_problem_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let problem = only_problem(&write(dir.path(), "deep.json", &deep));
    assert!(problem.reason.contains("nested too deeply"), "{problem}");
    let problem = only_problem(&write(dir.path(), "deep.jsonl", "{\"a\":".repeat(50_000)));
    assert!(problem.reason.contains("nested too deeply"), "{problem}");
}

#[test]
fn latin1_bytes_are_decoded_as_windows_1252() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.txt",
        b"Caf\xe9 reopens\n\nThe caf\xe9 in M\xfcnchen reopened.\n",
    );
    let article = load_one(&path);
    assert_eq!(article.encoding, TextEncoding::Windows1252);
    assert_eq!(article.title, "Café reopens");
    assert_eq!(body(&article), ["The café in München reopened."]);
}

#[test]
fn byte_order_marks_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let article = load_one(&write(dir.path(), "a.txt", b"\xEF\xBB\xBFTitle\n\nBody.\n"));
    assert_eq!(article.encoding, TextEncoding::Utf8);
    assert_eq!(article.text, "Title\n\nBody.\n");
    assert_eq!(article.title, "Title");

    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "Título\n\nCuerpo.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let article = load_one(&write(dir.path(), "b.txt", utf16));
    assert_eq!(article.encoding, TextEncoding::Utf16);
    assert_eq!(article.title, "Título");
    assert_eq!(body(&article), ["Cuerpo."]);
}

#[test]
fn crlf_line_endings_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Title here\r\n\r\nBy Ana Ruiz\r\n2017-07-18\r\n\r\nFirst.\r\nStill first.\r\n\r\nSecond.\r\n";
    let article = load_one(&write(dir.path(), "a.txt", text));
    assert_eq!(article.text, text);
    assert_eq!(article.title, "Title here");
    assert_eq!(article.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(article.date, date(2017, 7, 18));
    assert_eq!(body(&article), ["First.\r\nStill first.", "Second."]);
}

#[test]
fn binary_empty_and_blank_files_are_problems() {
    let dir = tempfile::tempdir().unwrap();
    let problem = only_problem(&write(dir.path(), "a.txt", b"PK\x03\x04\x00\x00binary"));
    assert!(problem.reason.contains("binary"), "{problem}");
    assert_eq!(problem.line, Some(1));
    let problem = only_problem(&write(dir.path(), "b.txt", ""));
    assert!(problem.reason.contains("empty"), "{problem}");
    let problem = only_problem(&write(dir.path(), "c.md", "\n \r\n\t\n"));
    assert!(problem.reason.contains("whitespace"), "{problem}");
    let problem = only_problem(&write(dir.path(), "d.jsonl", "\n\n"));
    assert!(problem.reason.contains("whitespace"), "{problem}");
}

#[test]
fn files_over_the_cap_are_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = fs::File::create(&path).unwrap();
    file.set_len(dateline::article::MAX_FILE_BYTES + 1).unwrap();
    let problem = only_problem(&path);
    assert!(problem.reason.contains("over the 50 MB limit"), "{problem}");
}

#[test]
fn missing_paths_are_problems() {
    let dir = tempfile::tempdir().unwrap();
    let problem = only_problem(&dir.path().join("nope.txt"));
    assert_eq!(problem.reason, "no such file or folder");
}

#[test]
fn explicit_unknown_extension_is_read_as_text_but_skipped_in_folders() {
    let dir = tempfile::tempdir().unwrap();
    let notes = write(dir.path(), "notes.log", "Log title\n\nA line.\n");
    write(dir.path(), "story.txt", "Story\n\nText.\n");
    let article = load_one(&notes);
    assert_eq!(
        (article.format, article.title.as_str()),
        (Format::Text, "Log title")
    );
    let loaded = load(&[dir.path()]);
    let titles: Vec<&str> = loaded.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Story"]);
    assert_eq!(loaded.problems, []);
}

#[test]
fn folders_load_recursively_in_a_stable_sorted_order_without_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for sub in ["b", "a", ".git"] {
        fs::create_dir(root.join(sub)).unwrap();
    }
    write(root, "z.txt", "Z\n\nz.\n");
    write(&root.join("b"), "2.md", "# B2\n\nb.\n");
    write(&root.join("b"), "1.txt", "B1\n\nb.\n");
    write(
        &root.join("a"),
        "x.jsonl",
        "{\"id\": \"A-x\", \"text\": \"a.\"}\n",
    );
    write(root, "c.TXT", "C\n\nc.\n");
    write(root, ".hidden.txt", "Hidden\n\nh.\n");
    write(&root.join(".git"), "HEAD.txt", "Git\n\ng.\n");
    let titles = |loaded: &Loaded| -> Vec<String> {
        loaded.articles.iter().map(|a| a.title.clone()).collect()
    };
    let first = load(&[root]);
    assert_eq!(titles(&first), ["a.", "B1", "B2", "C", "Z"]);
    assert_eq!(first.problems, []);
    assert_eq!(titles(&load(&[root])), titles(&first));
    // Several paths at once load in the order given.
    let both = load(&[&root.join("z.txt"), &root.join("a")]);
    assert_eq!(titles(&both), ["Z", "a."]);
}

#[test]
fn problem_lines_read_as_path_line_reason() {
    let problem = only_problem(&fixture("loading/broken-front-matter.md"));
    let shown = problem.to_string();
    let expected_start = format!("{}:{}: ", problem.path.display(), problem.line.unwrap());
    assert!(shown.starts_with(&expected_start), "{shown}");
}

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::{PermissionsExt, symlink};
    use std::os::unix::net::UnixListener;
    use std::process::Command;

    use super::*;

    #[test]
    fn a_symlink_loop_is_reported_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("news");
        fs::create_dir(&folder).unwrap();
        write(&folder, "a.txt", "A\n\na.\n");
        symlink(&folder, folder.join("again")).unwrap();
        symlink("self.txt", folder.join("self.txt")).unwrap();
        let loaded = load(&[&folder]);
        assert_eq!(loaded.articles.len(), 1);
        let reasons: Vec<&str> = loaded.problems.iter().map(|p| p.reason.as_str()).collect();
        assert_eq!(reasons.len(), 2, "{reasons:?}");
        assert!(reasons[0].starts_with("symlink loop"), "{reasons:?}");
        assert!(
            reasons[1].contains("cannot follow this symlink"),
            "{reasons:?}"
        );
    }

    #[test]
    fn symlinks_to_files_and_folders_are_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        fs::create_dir(&real).unwrap();
        write(&real, "a.txt", "A\n\na.\n");
        let view = dir.path().join("view");
        fs::create_dir(&view).unwrap();
        symlink(&real, view.join("linked")).unwrap();
        symlink(&real, view.join("linked-again")).unwrap();
        symlink(real.join("a.txt"), view.join("b.txt")).unwrap();
        let loaded = load(&[&view]);
        assert_eq!(loaded.problems, []);
        let paths: Vec<PathBuf> = loaded.articles.iter().map(|a| a.path.clone()).collect();
        // The folder reached through two links is walked once.
        assert_eq!(paths, [view.join("b.txt"), view.join("linked/a.txt")]);
    }

    #[test]
    fn a_dangling_symlink_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("gone.txt");
        symlink(dir.path().join("missing.txt"), &link).unwrap();
        symlink(dir.path().join("missing"), dir.path().join("gone-folder")).unwrap();
        let problem = only_problem(&link);
        assert!(problem.reason.starts_with("broken symlink"), "{problem}");
        // In a folder: reported when it looks like an article, skipped otherwise.
        let loaded = load(&[dir.path()]);
        assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
        assert_eq!(loaded.problems[0].path, link);
    }

    #[test]
    fn a_fifo_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        write(dir.path(), "a.txt", "A\n\na.\n");
        let problem = only_problem(&fifo);
        assert!(
            problem.reason.contains("not a regular file (a FIFO)"),
            "{problem}"
        );
        // Inside a folder it is reported, never opened (opening it would hang this test).
        let loaded = load(&[dir.path()]);
        assert_eq!((loaded.articles.len(), loaded.problems.len()), (1, 1));
        assert!(loaded.problems[0].reason.contains("a FIFO"));
    }

    #[test]
    fn a_socket_named_explicitly_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sock");
        let _listener = UnixListener::bind(&path).unwrap();
        let problem = only_problem(&path);
        assert!(problem.reason.contains("(a socket)"), "{problem}");
    }

    #[test]
    fn an_unreadable_file_is_a_problem_saying_what_to_fix() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "locked.txt", "Locked\n\nText.\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::File::open(&path).is_ok() {
            // Running with privileges that ignore permissions: the file simply loads.
            assert_eq!(load_one(&path).title, "Locked");
            return;
        }
        let problem = only_problem(&path);
        assert!(problem.reason.starts_with("permission denied"), "{problem}");
    }

    #[test]
    fn an_unreadable_folder_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("locked");
        fs::create_dir(&folder).unwrap();
        write(&folder, "a.txt", "A\n\na.\n");
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o000)).unwrap();
        let loaded = load(&[&folder]);
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        if loaded.articles.len() == 1 {
            return; // privileges that ignore permissions
        }
        assert_eq!(loaded.problems.len(), 1);
        assert!(
            loaded.problems[0]
                .reason
                .starts_with("cannot list this folder")
        );
    }
}

fn load_all(path: &Path) -> Vec<Article> {
    let loaded = load(&[path]);
    assert_eq!(loaded.problems, [], "problems loading {}", path.display());
    loaded.articles
}

/// Every paragraph span lies on character boundaries inside the text.
fn assert_spans_valid(article: &Article) {
    let spans = article
        .body
        .iter()
        .chain(&article.caption)
        .chain(&article.credit);
    for span in spans {
        assert!(
            span.start < span.end && span.end <= article.text.len(),
            "{span:?}"
        );
        assert!(article.text.is_char_boundary(span.start));
        assert!(article.text.is_char_boundary(span.end));
    }
}

#[test]
fn rss_items_are_articles_with_their_metadata() {
    let path = fixture("loading/harbour.rss");
    let articles = load_all(&path);
    assert_eq!(articles.len(), 2);
    let ferry = &articles[0];
    assert_eq!(ferry.format, Format::Feed);
    assert_eq!(ferry.id(), format!("{}#gazette-2026-0311", path.display()));
    assert_eq!(ferry.title, "Ferry Timetable Changes in Valletta");
    assert_eq!(ferry.source.as_deref(), Some("Harbour Town Gazette"));
    assert_eq!(
        ferry.url.as_deref(),
        Some("https://gazette.example/ferry-timetable")
    );
    assert_eq!(ferry.byline.as_deref(), Some("Rita Camilleri"));
    assert_eq!(ferry.date, date(2026, 3, 11));
    assert_eq!(ferry.tags, ["Transport"]);
    assert_eq!(
        body(ferry),
        [
            "The ferry between Valletta and Sliema will run every twenty minutes from Monday.",
            "“We listened to commuters,” said Joe Borg, the operator’s director."
        ],
        "the HTML content, not the summary, as paragraphs"
    );
    assert_spans_valid(ferry);
    let market = &articles[1];
    assert_eq!(
        market.id(),
        format!("{}#2", path.display()),
        "no guid: position"
    );
    assert_eq!(market.date, date(2026, 3, 10));
    assert_eq!(market.url, None);
    assert_eq!(
        body(market),
        [
            "Stalls in Marsaxlokk opened at dawn.",
            "Prices held steady."
        ],
        "an escaped HTML description is read as HTML"
    );
}

#[test]
fn atom_entries_are_articles_and_the_declared_encoding_is_not_applied_twice() {
    let path = fixture("loading/observatory.atom");
    let articles = load_all(&path);
    assert_eq!(articles.len(), 1);
    let dome = &articles[0];
    assert_eq!(
        dome.id(),
        format!("{}#urn:example:observatory:dome", path.display())
    );
    assert_eq!(dome.title, "New Telescope Dome in La Serena");
    assert_eq!(
        dome.byline.as_deref(),
        Some("Inés Rojas"),
        "UTF-8 stays UTF-8"
    );
    assert_eq!(dome.source.as_deref(), Some("Observatory Notes"));
    assert_eq!(
        dome.url.as_deref(),
        Some("https://observatory.example/dome")
    );
    assert_eq!(dome.date, date(2026, 6, 1), "published, not updated");
    assert_eq!(
        body(dome),
        ["The dome opened.", "Visitors may book a night tour."]
    );
}

#[test]
fn an_xml_file_that_is_not_a_feed_is_a_problem_saying_so() {
    let problem = only_problem(&fixture("loading/settings.xml"));
    assert!(
        problem.reason.contains("not an RSS or Atom feed"),
        "{}",
        problem.reason
    );
}

#[test]
fn broken_feeds_are_problems_and_items_without_text_fall_back_to_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.rss",
        "<rss version=\"2.0\"><channel><item><title>A",
    );
    let loaded = load(&[&broken]);
    assert!(loaded.articles.len() <= 1, "{:?}", loaded.articles);
    let headline_only = write(
        dir.path(),
        "headlines.xml",
        "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Quake hits Lima</title></item><item></item></channel></rss>",
    );
    let loaded = load(&[&headline_only]);
    assert_eq!(loaded.articles.len(), 1);
    assert_eq!(loaded.articles[0].text, "Quake hits Lima");
    assert_eq!(body(&loaded.articles[0]), ["Quake hits Lima"]);
    assert_eq!(loaded.problems.len(), 1, "the empty item is reported");
    assert!(
        loaded.problems[0].reason.contains("item 2"),
        "{:?}",
        loaded.problems
    );
}

#[test]
fn html_pages_give_their_main_content_and_metadata() {
    let path = fixture("loading/lantern.html");
    let article = load_one(&path);
    assert_eq!(article.format, Format::Html);
    assert_eq!(article.id(), path.display().to_string());
    assert_eq!(article.title, "Lantern Festival Returns to Hoi An");
    assert_eq!(article.source.as_deref(), Some("River Post"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://riverpost.example/lantern-festival")
    );
    assert_eq!(article.byline.as_deref(), Some("Tran Minh Anh"));
    assert_eq!(
        article.date,
        date(2026, 2, 14),
        "the calendar date as written"
    );
    let caption = article.caption.map(|c| c.slice(&article.text));
    assert_eq!(caption, Some("Lanterns float on the Thu Bon river."));
    assert_eq!(
        body(&article),
        [
            "Thousands of paper lanterns lit the old town of Hoi An on Saturday, as the full-moon festival returned after two quiet years.",
            "“The river looked like the sky,” said Le Thi Hoa, who sells lanterns near the Japanese Bridge.",
            "• Boats: 40\n• Visitors: 12,000",
        ]
    );
    for dropped in [
        "World",
        "Most read",
        "Share this story",
        "©",
        "not text",
        "font-family",
    ] {
        assert!(
            !article.text.contains(dropped),
            "{dropped:?} in {:?}",
            article.text
        );
    }
    assert_spans_valid(&article);
}

#[test]
fn html_without_metadata_uses_the_text_and_hostile_html_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let bare = write(
        dir.path(),
        "bare.htm",
        "<p>Bare Headline</p><p>Published: 2026-05-01</p><p>The body of it.</p>",
    );
    let article = load_one(&bare);
    assert_eq!(article.title, "Bare Headline");
    assert_eq!(article.date, date(2026, 5, 1));
    assert_eq!(body(&article), ["The body of it."]);
    let empty = write(
        dir.path(),
        "empty.html",
        "<html><body><nav>Home</nav><script>x()</script></body></html>",
    );
    assert!(only_problem(&empty).reason.contains("no readable text"));
    let deep = write(dir.path(), "deep.html", "<div>".repeat(100_000));
    assert!(only_problem(&deep).reason.contains("nested"));
}

#[test]
fn feeds_never_expand_entities_or_read_other_files() {
    // A "billion laughs" DTD and an external entity naming /etc/passwd.
    let loaded = load(&[&fixture("loading/entities.rss")]);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.problems);
    let article = &loaded.articles[0];
    assert!(
        article.text.len() < 100,
        "no expansion: {} bytes",
        article.text.len()
    );
    assert!(!article.text.contains("root:") && !article.title.contains("root:"));
}
