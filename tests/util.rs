//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The path of a file or folder under `tests/fixtures/`.
#[allow(dead_code)]
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}
