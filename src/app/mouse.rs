//! Mouse events → actions, by hit-testing against the same layout that rendering uses.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::action::Action;
use crate::ui::layout::{ScreenLayout, inner};

/// The action for a mouse event, if it lands on a pane and means something there.
#[must_use]
pub fn action_for(event: MouseEvent, layout: Option<&ScreenLayout>) -> Option<Action> {
    let layout = layout?;
    let pane = layout.pane_at(event.column, event.row)?;
    match event.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll { pane, down: true }),
        MouseEventKind::ScrollUp => Some(Action::Scroll { pane, down: false }),
        MouseEventKind::Down(MouseButton::Left) => {
            let top = inner(layout.pane(pane)).y;
            // A click on the border focuses the pane without picking a row.
            let row = event.row.checked_sub(top).unwrap_or(u16::MAX);
            Some(Action::Click { pane, row })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::Pane;
    use crate::ui::layout::screen_layout;
    use ratatui::crossterm::event::KeyModifiers;
    use ratatui::layout::Rect;

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
        MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }
    }

    #[test]
    fn wheel_and_click_name_the_pane_under_the_pointer() {
        let layout = screen_layout(Rect::new(0, 0, 100, 30));
        let wheel = mouse(MouseEventKind::ScrollDown, 50, 5);
        assert_eq!(
            action_for(wheel, layout.as_ref()),
            Some(Action::Scroll {
                pane: Pane::Reader,
                down: true
            })
        );
        let click = mouse(MouseEventKind::Down(MouseButton::Left), 3, 4);
        assert_eq!(
            action_for(click, layout.as_ref()),
            Some(Action::Click {
                pane: Pane::List,
                row: 3
            })
        );
    }

    #[test]
    fn nothing_happens_when_too_small() {
        let click = mouse(MouseEventKind::Down(MouseButton::Left), 3, 4);
        assert_eq!(action_for(click, None), None);
    }
}
