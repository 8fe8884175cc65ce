//! The entities view's state: places, dates and sources ranked by how many of the listed
//! articles mention them, read from the entity index (never re-extracted), with a
//! selection per column. Enter on a row filters the list by it.

use super::entities::Section;
use super::state::AppState;
use crate::index::query::Ranked;
use crate::query::quote_value;

/// One ranked column of the entities view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedColumn {
    pub section: Section,
    pub items: Vec<Ranked>,
    pub selected: usize,
}

impl RankedColumn {
    /// The query that shows every article mentioning the selected row.
    #[must_use]
    pub fn selected_query(&self) -> Option<String> {
        let item = self.items.get(self.selected)?;
        Some(entity_query(self.section, &item.name))
    }
}

/// The query for the articles mentioning an entity: `place:"Yunnan Province"`,
/// `source:Kwon`, `date:2017-07-18`.
#[must_use]
pub fn entity_query(section: Section, name: &str) -> String {
    match section {
        Section::Places => format!("place:{}", quote_value(name)),
        Section::Sources => format!("source:{}", quote_value(name)),
        Section::Dates => format!("date:{name}"),
    }
}

/// The entities view: three ranked columns over the articles in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitiesView {
    pub columns: Vec<RankedColumn>,
    /// The focused column.
    pub column: usize,
    /// How many articles were counted (the list's articles, filtered or not).
    pub scope: usize,
    /// How many of them the index had covered when counting.
    pub indexed: usize,
}

impl EntitiesView {
    /// Counts the entities of the articles `state` lists.
    #[must_use]
    pub fn new(state: &AppState) -> Self {
        let articles = &state.view;
        let index = &state.index;
        let column = |section, items| RankedColumn {
            section,
            items,
            selected: 0,
        };
        Self {
            columns: vec![
                column(Section::Places, index.rank_places(articles)),
                column(Section::Dates, index.rank_dates(articles)),
                column(Section::Sources, index.rank_sources(articles)),
            ],
            column: 0,
            scope: articles.len(),
            indexed: articles
                .iter()
                .filter(|&&a| index.entities_indexed(a))
                .count(),
        }
    }

    /// Whether some counted articles were not indexed yet (counts are partial).
    #[must_use]
    pub fn is_partial(&self) -> bool {
        self.indexed < self.scope
    }

    /// The focused column.
    #[must_use]
    pub fn focused(&self) -> Option<&RankedColumn> {
        self.columns.get(self.column)
    }

    /// Moves the focused column's selection by `delta` rows (clamped).
    pub fn move_by(&mut self, delta: isize) {
        if let Some(col) = self.columns.get_mut(self.column) {
            let last = col.items.len().saturating_sub(1);
            col.selected = col.selected.saturating_add_signed(delta).min(last);
        }
    }

    /// Focuses the next (or previous) column, wrapping around.
    pub fn switch_column(&mut self, forward: bool) {
        let count = self.columns.len().max(1);
        self.column = if forward {
            (self.column + 1) % count
        } else {
            (self.column + count - 1) % count
        };
    }

    /// Counts again (after indexing progressed), keeping each column's selected name.
    pub fn recount(&mut self, state: &AppState) {
        let mut fresh = EntitiesView::new(state);
        for (new, old) in fresh.columns.iter_mut().zip(&self.columns) {
            let name = old.items.get(old.selected).map(|r| &r.name);
            new.selected = name
                .and_then(|n| new.items.iter().position(|r| &r.name == n))
                .unwrap_or(0);
        }
        fresh.column = self.column;
        *self = fresh;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_names_with_spaces() {
        assert_eq!(
            entity_query(Section::Places, "Yunnan Province"),
            "place:\"Yunnan Province\""
        );
        assert_eq!(entity_query(Section::Sources, "Kwon"), "source:Kwon");
        assert_eq!(entity_query(Section::Dates, "2017-07"), "date:2017-07");
    }
}
