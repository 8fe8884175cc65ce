//! End-to-end tests of the built `dateline` binary's non-interactive subcommands.

use std::path::Path;
use std::process::{Command, Output};

fn dateline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .expect("the dateline binary runs")
}

fn write(dir: &Path, name: &str, contents: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("temp file is writable");
    path.display().to_string()
}

#[test]
fn extract_json_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(
        dir.path(),
        "in.jsonl",
        concat!(
            r#"{"id": "a", "text": "Officials in Zürich met on July 15.", "dct": "2026-07-20"}"#,
            "\n",
            r#"{"id": "b", "title": "Second", "body": "No date here."}"#,
            "\n"
        ),
    );
    let out = dateline(&["extract", "--json", &input]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(records.len(), 2, "one line per article, in input order");
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["dct"], "2026-07-20");
    assert_eq!(records[1]["id"], "b");
    assert_eq!(records[1]["title"], "Second");
    assert!(records[1]["dct"].is_null());
    // The spans loop below only bites when something was found, so pin what must be.
    assert_eq!(records[0]["places"][0]["text"], "Zürich");
    assert_eq!(records[0]["dates"][0]["text"], "July 15");
    assert_eq!(
        records[0]["dates"][0]["value"], "2026-07-15",
        "a month and day resolve against dct"
    );
    let text = "Officials in Zürich met on July 15.";
    for record in &records[..1] {
        for kind in ["places", "dates", "quotes"] {
            for span in record[kind].as_array().expect("kind is a list") {
                let start = usize::try_from(span["start"].as_u64().unwrap()).unwrap();
                let end = usize::try_from(span["end"].as_u64().unwrap()).unwrap();
                assert_eq!(
                    span["text"],
                    text[start..end],
                    "{kind} span text matches offsets"
                );
            }
        }
    }
}

#[test]
fn check_lists_bad_files_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "good.txt",
        "A title\n\nA paragraph about Lisbon.\n",
    );
    write(
        dir.path(),
        "bad.jsonl",
        "{\"id\": \"x\", \"text\": \"fine\"}\n{not json\n",
    );
    let out = dateline(&["check", &dir.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(1), "a problem makes check fail");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("bad.jsonl:2"),
        "names the file and line: {stdout}"
    );
    assert!(
        stdout.contains("2 articles loaded, 1 problem\n"),
        "{stdout}"
    );
}

#[test]
fn check_succeeds_on_clean_input() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", "A title\n\nA paragraph.\n");
    let out = dateline(&["check", &dir.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bad_usage_exits_two() {
    let out = dateline(&["extract"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap reports usage errors with 2"
    );
}

fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

#[test]
fn help_and_version_exit_zero_on_stdout() {
    let help = stdout_of(&dateline(&["--help"]));
    for subcommand in ["extract", "check", "list", "places", "completions", "man"] {
        assert!(help.contains(subcommand), "{subcommand} in {help}");
    }
    let version = stdout_of(&dateline(&["--version"]));
    assert_eq!(version, format!("dateline {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn bad_usage_exits_two_with_the_error_on_stderr() {
    for args in [
        &["list", "articles"][..],
        &["list", "--json", "--csv", "articles"],
        &["places", "articles"],
        &["completions", "cmd.exe"],
        &["--no-such-flag"],
    ] {
        let out = dateline(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn errors_exit_one_on_stderr() {
    let out = dateline(&["check", "/no/such/folder/dateline-test"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("no such file or folder"), "{stdout}");
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef dateline"),
        ("fish", "complete -c dateline"),
    ] {
        let script = stdout_of(&dateline(&["completions", shell]));
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("places"), "{shell} completes subcommands");
    }
    let roff = stdout_of(&dateline(&["man"]));
    assert!(roff.contains(".TH dateline 1"), "{roff}");
    assert!(
        roff.contains(".SH SUBCOMMANDS") || roff.contains("list"),
        "{roff}"
    );
}
