//! The summary card: Partner Center's "last process file card", predicted, for the file shown.

use super::Memo;
use web_sys::HtmlSelectElement;

use crate::dom::{by_id, set_hidden, set_text};
use crate::lang;
use crate::protocol::{Id, Summary};
use crate::state::State;
use cosell_core::TemplateId;

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
        ..
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
        set_text(id, &lang::number(n));
    }
    // Rows Partner Center has already processed: only when there are any.
    set_hidden("processed-box", processed == 0);
    // Update rows just as their deal is in the export: only when compared with one.
    set_hidden("unchanged-box", checked.unchanged.is_none());
    set_text("count-unchanged", &lang::number(checked.unchanged.unwrap_or(0)));
    set_text("file-name", &checked.name);
    // Which template the file was checked against, and the choice of another.
    let label = checked.template.map_or(String::new(), |template| {
        lang::say(&match template {
            TemplateId::Y2021 => cosell_core::message::m::template_2021(),
            TemplateId::Current => cosell_core::message::m::template_current(),
        })
    });
    set_text("template-name", &capitalised(&label));
    let choice = state.template.map_or("", |t| t.as_str());
    by_id::<HtmlSelectElement>("template-select").set_value(choice);
    set_hidden("results", false);
}

/// `current Partner Center template` → `Current Partner Center template`.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}
