//! The summary card: Partner Center's "last process file card", predicted, for the file shown.

use super::Memo;
use crate::dom::{set_hidden, set_text};
use crate::protocol::{Id, Summary};
use crate::state::State;

#[derive(Default)]
pub struct Memos {
    shown: Memo<Option<Id>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    if !memos.shown.changed(state.shown_id()) {
        return;
    }
    // The previous file's answer goes away as soon as another file is chosen.
    let Some(checked) = &state.shown else {
        set_hidden("results", true);
        return;
    };
    let Summary {
        rows,
        create,
        update,
        not_processed,
        errors,
        warnings,
        processed,
    } = checked.summary;
    for (id, n) in [
        ("count-rows", rows),
        ("count-create", create),
        ("count-update", update),
        ("count-not-processed", not_processed),
        ("count-errors", errors),
        ("count-warnings", warnings),
        ("count-processed", processed),
    ] {
        set_text(id, &n.to_string());
    }
    // Rows Partner Center has already processed: only when there are any.
    set_hidden("processed-box", processed == 0);
    set_text("file-name", &checked.name);
    set_hidden("results", false);
}
