//! The files offered after a check: which are worth a click for the file shown.

use web_sys::HtmlButtonElement;

use super::Memo;
use crate::dom::{by_id, set_hidden};
use crate::protocol::{Summary, TemplateId};
use crate::state::State;

/// What the offers depend on: the counts, the template, the unchanged rows (compared or not).
type Offers = (Summary, Option<TemplateId>, Option<usize>);

#[derive(Default)]
pub struct Memos {
    shown: Memo<Option<Offers>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let shown = state.shown.as_ref().map(|c| (c.summary, c.template, c.unchanged));
    if !memos.shown.changed(shown) {
        return;
    }
    let Some((s, template, unchanged)) = shown else { return };
    // Compared with an export: "ready to upload" can leave the unchanged rows out.
    set_hidden("leave-out-box", unchanged.is_none());
    // A file in the 2021 template is offered in the current one.
    set_hidden("upgrade-offer", template != Some(TemplateId::Y2021));
    set_hidden("split-offer", s.rows <= cosell_core::MAX_ROWS);
    by_id::<HtmlButtonElement>("download-to-fix").set_disabled(s.not_processed == 0);
    by_id::<HtmlButtonElement>("download-ready").set_disabled(s.create + s.update == 0);
}
