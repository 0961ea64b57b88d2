//! The files offered after a check: which are worth a click for the file shown.

use web_sys::HtmlButtonElement;

use super::Memo;
use crate::dom::{by_id, set_hidden};
use crate::protocol::Summary;
use crate::state::State;

#[derive(Default)]
pub struct Memos {
    summary: Memo<Option<Summary>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let summary = state.shown.as_ref().map(|c| c.summary);
    if !memos.summary.changed(summary) {
        return;
    }
    let Some(s) = summary else { return };
    set_hidden("split-offer", s.rows <= cosell_core::MAX_ROWS);
    by_id::<HtmlButtonElement>("download-to-fix").set_disabled(s.not_processed == 0);
    by_id::<HtmlButtonElement>("download-ready").set_disabled(s.create + s.update == 0);
}
