//! The entities view (an overlay): the places, dates and sources of the listed articles
//! in three columns, ranked by how many articles mention each, the focused column's row
//! selected; a warning line while the index is still being built.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::layout::centered;
use super::sanitize::display_width;
use super::theme::Theme;
use super::{count_of, fit};
use crate::app::action::Action;
use crate::app::keymap::Context;
use crate::app::ranking::{EntitiesView, RankedColumn};
use crate::app::state::AppState;

/// The entities view of an [`AppState`].
pub struct EntitiesOverlay<'a> {
    state: &'a AppState,
}

impl<'a> EntitiesOverlay<'a> {
    #[must_use]
    pub fn new(state: &'a AppState) -> Self {
        Self { state }
    }

    fn title(&self, view: &EntitiesView) -> String {
        let articles = count_of(view.scope, "article");
        if self.state.filter.is_active() {
            format!(
                " Entities in {articles} (filter /{}) ",
                self.state.filter.query
            )
        } else {
            format!(" Entities in {articles} ")
        }
    }

    /// "Enter list articles · Tab column · Esc close", from the key map.
    fn hints(&self) -> String {
        let key = |action| {
            self.state
                .keymap
                .keys_for(action, Context::Entities)
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        format!(
            " {} list its articles · {} column · {} close ",
            key(Action::FilterByEntity),
            key(Action::NextColumn),
            key(Action::Cancel)
        )
    }
}

/// One ranked row: name on the left, the article count on the right.
fn ranked_line(
    name: &str,
    articles: usize,
    width: usize,
    style: Style,
    theme: &Theme,
) -> Line<'static> {
    let count = format!(" {articles}");
    let room = width.saturating_sub(display_width(&count) + 1);
    let label = fit(name, room);
    let gap = width.saturating_sub(1 + display_width(&label) + display_width(&count));
    Line::from(vec![
        Span::styled(format!(" {label}{}", " ".repeat(gap)), style),
        Span::styled(count, style.patch(theme.dim)),
    ])
}

fn render_column(
    column: &RankedColumn,
    focused: bool,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.height == 0 {
        return;
    }
    let width = usize::from(area.width);
    let title = column.section.title();
    let gap = width.saturating_sub(1 + title.len() + " articles".len());
    let heading = Line::from(vec![
        Span::styled(format!(" {title}{}", " ".repeat(gap)), theme.heading),
        Span::styled(" articles", theme.dim),
    ]);
    buf.set_line(area.x, area.y, &heading, area.width);
    let rows = usize::from(area.height - 1);
    if column.items.is_empty() {
        let none = Line::styled(" none", theme.dim);
        buf.set_line(area.x, area.y + 1, &none, area.width);
        return;
    }
    // Rendering cannot scroll the state, so the window follows the selection here.
    let first = column.selected.saturating_sub(rows.saturating_sub(1));
    for (slot, (i, item)) in column
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .enumerate()
    {
        let style = match (i == column.selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            (false, _) => Style::new(),
        };
        let y = area.y + 1 + u16::try_from(slot).unwrap_or(0);
        buf.set_line(
            area.x,
            y,
            &ranked_line(&item.name, item.articles, width, style, theme),
            area.width,
        );
    }
}

impl Widget for &EntitiesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(view) = self.state.entities.as_ref() else {
            return;
        };
        let theme = &self.state.theme;
        let popup = centered(
            area,
            area.width.saturating_sub(4).min(120),
            area.height.saturating_sub(2),
        );
        Clear.render(popup, buf);
        let width = usize::from(popup.width);
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border_focused)
            .title(Line::styled(
                fit(&self.title(view), width.saturating_sub(2)),
                theme.title_focused,
            ))
            .title_bottom(
                Line::styled(fit(&self.hints(), width.saturating_sub(2)), theme.dim)
                    .right_aligned(),
            );
        let mut body = block.inner(popup);
        block.render(popup, buf);
        if view.is_partial() && body.height > 0 {
            let note = format!(
                " counts are partial: {} of {} indexed so far",
                view.indexed,
                count_of(view.scope, "article")
            );
            buf.set_line(
                body.x,
                body.y,
                &Line::styled(fit(&note, usize::from(body.width)), theme.warning),
                body.width,
            );
            body.y += 1;
            body.height -= 1;
        }
        let areas = Layout::horizontal([Constraint::Ratio(1, 3); 3])
            .spacing(1)
            .split(body);
        for (i, (column, area)) in view.columns.iter().zip(areas.iter()).enumerate() {
            render_column(column, i == view.column, theme, *area, buf);
        }
    }
}

impl Widget for EntitiesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}
