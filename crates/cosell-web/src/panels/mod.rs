//! The page's panels, one module each, each drawing its part of the page from the [`State`]
//! alone. A panel redraws only when what it shows has changed ([`Memo`]), so that a redraw never
//! takes the keyboard focus away from a control the partner is using.

pub mod chooser;
pub mod downloads;
pub mod file_issues;
pub mod fixes;
pub mod grid;
pub mod problems;
pub mod rule;
pub mod summary;

use crate::state::State;
use cosell_core::message::Message;

/// What a panel last drew from: it draws again only when this changes.
pub struct Memo<T>(Option<T>);

impl<T: PartialEq> Memo<T> {
    pub const fn new() -> Self {
        Memo(None)
    }

    /// Whether `now` differs from what was drawn last; remembers it.
    pub fn changed(&mut self, now: T) -> bool {
        self.replaced(now).is_some()
    }

    /// When `now` differs from what was drawn last: what that was (to draw only the
    /// difference); remembers `now`.
    pub fn replaced(&mut self, now: T) -> Option<Option<T>> {
        if self.0.as_ref() == Some(&now) {
            return None;
        }
        Some(self.0.replace(now))
    }
}

/// Every panel's memo.
#[derive(Default)]
pub struct View {
    chooser: chooser::Memos,
    summary: summary::Memos,
    file_issues: file_issues::Memos,
    fixes: fixes::Memos,
    grid: grid::Memos,
    problems: problems::Memos,
    downloads: downloads::Memos,
    rule: rule::Memos,
}

/// Draws the page from the state.
pub fn render(state: &State, view: &mut View) {
    chooser::render(state, &mut view.chooser);
    summary::render(state, &mut view.summary);
    file_issues::render(state, &mut view.file_issues);
    fixes::render(state, &mut view.fixes);
    grid::render(state, &mut view.grid);
    problems::render(state, &mut view.problems);
    downloads::render(state, &mut view.downloads);
    rule::render(state, &mut view.rule);
}

impl<T: PartialEq> Default for Memo<T> {
    fn default() -> Self {
        Memo::new()
    }
}

/// `1 row`, `2 rows`: the message for one, or for more, with the count.
pub fn plural(
    n: usize,
    one: fn(cosell_core::message::Arg) -> Message,
    many: fn(cosell_core::message::Arg) -> Message,
) -> Message {
    if n == 1 {
        one(n.into())
    } else {
        many(n.into())
    }
}
