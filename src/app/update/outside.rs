//! The keys that reach outside dateline (export, open, view, copy): each names the article
//! it acts on and returns the effect the event loop performs.

use crate::app::action::Effect;
use crate::app::effects;
use crate::app::state::AppState;

/// The article the export, open, view and copy keys act on: the open one, else the one
/// selected in the list.
fn current_article(state: &mut AppState) -> Option<usize> {
    let index = state
        .open
        .as_ref()
        .map(|open| open.index)
        .or_else(|| state.selected_article());
    if index.is_none() {
        state.message = Some("no article to act on".into());
    }
    index
}

pub(super) fn export_markdown(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let entities = state
        .index
        .entities(index)
        .unwrap_or_else(|| (state.extractor)(&article.text, article.date));
    Some(Effect::WriteMarkdown {
        stem: effects::file_stem(&article.title),
        contents: crate::export::article_markdown(article, &entities),
    })
}

pub(super) fn open_external(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let target = effects::open_target(article.url.as_deref(), &article.path);
    state.message = Some(format!("opening {target}"));
    Some(Effect::OpenExternal(target))
}

pub(super) fn view_file(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    Some(Effect::ViewFile(state.articles.get(index)?.path.clone()))
}

pub(super) fn copy_link(state: &mut AppState) -> Option<Effect> {
    let index = current_article(state)?;
    let article = state.articles.get(index)?;
    let link = article
        .url
        .clone()
        .unwrap_or_else(|| article.path.display().to_string());
    state.message = Some(format!("copied “{}” and {link}", article.title));
    Some(Effect::CopyToClipboard(format!(
        "{}\n{link}",
        article.title
    )))
}
