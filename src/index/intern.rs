//! Interned names: every distinct place name, date value, speaker and cue is stored once
//! and referred to by a four-byte [`NameId`], so 100,000 articles mentioning "London"
//! hold one copy of the word.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;

/// A small id for an interned name. Never zero, so `Option<NameId>` is four bytes too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NameId(NonZeroU32);

/// A table of distinct names, each with a stable [`NameId`].
#[derive(Debug, Clone, Default)]
pub struct Interner {
    // Both sides share one allocation per name.
    ids: HashMap<Arc<str>, NameId>,
    names: Vec<Arc<str>>,
}

impl Interner {
    /// The id of `name`, adding it when new. `None` only when four billion names are held.
    pub fn intern(&mut self, name: &str) -> Option<NameId> {
        if let Some(&id) = self.ids.get(name) {
            return Some(id);
        }
        let next = u32::try_from(self.names.len() + 1).ok()?;
        let id = NameId(NonZeroU32::new(next)?);
        let shared: Arc<str> = name.into();
        self.names.push(Arc::clone(&shared));
        self.ids.insert(shared, id);
        Some(id)
    }

    /// The id of `name` if it has been interned.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<NameId> {
        self.ids.get(name).copied()
    }

    /// The name behind `id` ("" for an id from another table that is out of range).
    #[must_use]
    pub fn name(&self, id: NameId) -> &str {
        let index = usize::try_from(id.0.get() - 1).unwrap_or(usize::MAX);
        self.names.get(index).map_or("", |name| name)
    }

    /// How many distinct names are held.
    #[must_use]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_name_same_id() {
        let mut names = Interner::default();
        let oslo = names.intern("Oslo").expect("room");
        let bergen = names.intern("Bergen").expect("room");
        assert_ne!(oslo, bergen);
        assert_eq!(names.intern("Oslo"), Some(oslo));
        assert_eq!(names.get("Bergen"), Some(bergen));
        assert_eq!(names.get("Troms"), None);
        assert_eq!(names.name(oslo), "Oslo");
        assert_eq!(names.len(), 2);
        assert_eq!(std::mem::size_of::<Option<NameId>>(), 4);
    }
}
