//! Choosing a file: the progress of a check, and the status line that says where the page is.

use web_sys::{HtmlButtonElement, HtmlProgressElement};

use super::{plural, Memo};
use crate::dom::{by_id, set_hidden, set_text};
use crate::state::{Phase, State};

#[derive(Default)]
pub struct Memos {
    status: Memo<String>,
    working: Memo<bool>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let checking = matches!(state.phase, Phase::Checking { .. });
    if memos.working.changed(checking) {
        set_hidden("working", !checking);
        by_id::<HtmlButtonElement>("sample").set_disabled(checking);
    }
    if let Phase::Checking { name, progress } = &state.phase {
        by_id::<HtmlProgressElement>("progress").set_value(*progress);
        set_text("progress-label", &format!("Checking {name}…"));
    }
    let status = status(state);
    if memos.status.changed(status.clone()) {
        set_text("status", &status);
    }
}

/// The status line: what the page is doing, or what it found.
pub fn status(state: &State) -> String {
    match &state.phase {
        Phase::Idle => String::new(),
        Phase::Checking { name, .. } => format!("Checking {name}…"),
        Phase::Cancelled => "Check cancelled.".to_string(),
        Phase::Unread { name } => format!("Could not read {name}."),
        Phase::Failed { name, message } => format!("{name} could not be checked. {message}"),
        Phase::TooLarge { name, megabytes } => format!(
            "{name} is too large to check here: {megabytes} MB, and this page takes up to {} MB. Check it with the cosell command line, or split it first.",
            state.max_megabytes as u64
        ),
        Phase::Shown => {
            let Some(checked) = &state.shown else {
                return String::new();
            };
            let s = &checked.summary;
            let verdict = if s.errors == 0 {
                format!(
                    "No errors: Partner Center would create {} and update {}.",
                    plural(s.create, "deal", "deals"),
                    plural(s.update, "deal", "deals")
                )
            } else {
                format!(
                    "Partner Center would not process {} of {}; {} and {} found.",
                    plural(s.not_processed, "row", "rows"),
                    s.rows,
                    plural(s.errors, "error", "errors"),
                    plural(s.warnings, "warning", "warnings"),
                )
            };
            let notice = state
                .notice
                .as_ref()
                .map_or(String::new(), |n| format!(" {n}"));
            format!("Checked {}. {verdict}{notice}", checked.name)
        }
    }
}
