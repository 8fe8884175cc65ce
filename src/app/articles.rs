//! The loaded articles, shared between the application state and the background indexer
//! without copying: [`Articles`] reads like a `Vec<Article>` and hands out cheap shares.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use crate::article::Article;

/// The article collection. Reading goes straight to the shared list; changing it (only
/// tests do) copies the list first if the indexer still holds a share, so the indexer
/// never sees a list change under it.
#[derive(Debug, Clone, Default)]
pub struct Articles(Arc<Vec<Article>>);

impl Articles {
    #[must_use]
    pub fn new(articles: Vec<Article>) -> Self {
        Self(Arc::new(articles))
    }

    /// Another handle on the same list, for a background thread.
    #[must_use]
    pub fn share(&self) -> Arc<Vec<Article>> {
        Arc::clone(&self.0)
    }
}

impl Deref for Articles {
    type Target = Vec<Article>;

    fn deref(&self) -> &Vec<Article> {
        &self.0
    }
}

impl DerefMut for Articles {
    fn deref_mut(&mut self) -> &mut Vec<Article> {
        Arc::make_mut(&mut self.0)
    }
}
