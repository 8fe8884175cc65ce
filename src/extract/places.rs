//! Place names. (Skeleton: replaced by the gazetteer-based finder.)

use super::Place;

/// Finds place mentions in `text`.
#[must_use]
pub fn find(_text: &str) -> Vec<Place> {
    Vec::new()
}
