//! The README's key table is generated from the key map: this test fails, printing the
//! up-to-date table, whenever a binding changes and the README does not.

use dateline::app::keymap::Keymap;

const BEGIN: &str = "<!-- keys:begin (generated from the key map; tests/docs.rs checks it) -->";
const END: &str = "<!-- keys:end -->";

fn key_table(keymap: &Keymap) -> String {
    let mut table = String::from("| Where | Keys | Action |\n|---|---|---|\n");
    for (context, rows) in keymap.sections() {
        for (action, keys) in rows {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| format!("`{}`", k.replace('|', "\\|").replace('`', "\\`")))
                .collect();
            table.push_str(&format!(
                "| {} | {} | {} |\n",
                context.title(),
                keys.join(" "),
                action.describe()
            ));
        }
    }
    table
}

#[test]
fn readme_key_table_matches_the_key_map() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let expected = key_table(&Keymap::default());
    let between = readme
        .split_once(BEGIN)
        .and_then(|(_, rest)| rest.split_once(END))
        .map(|(table, _)| table.trim_start_matches('\n'));
    assert_eq!(
        between,
        Some(expected.as_str()),
        "README.md's key table is out of date; put this between the markers:\n{expected}"
    );
}
