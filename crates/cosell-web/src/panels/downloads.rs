//! The files offered after a check: which are worth a click for the file shown.

use web_sys::HtmlButtonElement;

use super::Memo;
use crate::dom::{by_id, set_hidden};
use crate::protocol::{Summary, TemplateId};
use crate::state::State;

#[derive(Default)]
pub struct Memos {
    shown: Memo<Option<(Summary, Option<TemplateId>)>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let shown = state.shown.as_ref().map(|c| (c.summary, c.template));
    if !memos.shown.changed(shown) {
        return;
    }
    let Some((s, template)) = shown else { return };
    // A file in the 2021 template is offered in the current one.
    set_hidden("upgrade-offer", template != Some(TemplateId::Y2021));
    set_hidden("split-offer", s.rows <= cosell_core::MAX_ROWS);
    by_id::<HtmlButtonElement>("download-to-fix").set_disabled(s.not_processed == 0);
    by_id::<HtmlButtonElement>("download-ready").set_disabled(s.create + s.update == 0);
}
