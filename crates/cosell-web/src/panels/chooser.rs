//! Choosing a file (and the export to compare it with): the progress of a check, and the status
//! line that says where the page is.

use web_sys::{HtmlButtonElement, HtmlProgressElement};

use super::{plural, Memo};
use crate::dom::{by_id, set_hidden, set_text};
use crate::lang::{m as t, say};
use crate::state::{BaselineProblem, Phase, State};

/// The export compared with, and what went wrong with the one chosen last.
type Export = (Option<String>, Option<BaselineProblem>);

#[derive(Default)]
pub struct Memos {
    status: Memo<String>,
    working: Memo<bool>,
    baseline: Memo<Export>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let checking = matches!(state.phase, Phase::Checking { .. });
    if memos.working.changed(checking) {
        set_hidden("working", !checking);
        by_id::<HtmlButtonElement>("sample").set_disabled(checking);
    }
    if let Phase::Checking { name, progress } = &state.phase {
        by_id::<HtmlProgressElement>("progress").set_value(*progress);
        set_text("progress-label", &say(&t::status_checking(name)));
    }
    if memos
        .baseline
        .changed((state.baseline.clone(), state.baseline_problem.clone()))
    {
        set_hidden("baseline-box", state.baseline.is_none());
        set_text("baseline-name", state.baseline.as_deref().unwrap_or_default());
        set_hidden("baseline-refused", state.baseline_problem.is_none());
        let said = state.baseline_problem.as_ref().map(|problem| match problem {
            BaselineProblem::TooLarge(name, megabytes) => {
                let max = (state.max_megabytes as u64).to_string();
                t::baseline_too_large(name.as_str(), megabytes.to_string(), max)
            }
            BaselineProblem::Unread(name) => t::baseline_unread(name.as_str()),
        });
        set_text("baseline-refused", &said.map_or(String::new(), |m| say(&m)));
    }
    let status = status(state);
    if memos.status.changed(status.clone()) {
        set_text("status", &status);
    }
}

/// The status line: what the page is doing, or what it found.
pub fn status(state: &State) -> String {
    match &state.phase {
        // Before any file: only what the page has to say (a language that did not load).
        Phase::Idle => state.notice.clone().unwrap_or_default(),
        Phase::Checking { name, .. } => say(&t::status_checking(name)),
        Phase::Cancelled => say(&t::status_cancelled()),
        Phase::Unread { name } => say(&t::status_unread(name)),
        Phase::Failed { name, message } => say(&t::status_failed(name, message)),
        Phase::TooLarge { name, megabytes } => say(&t::status_too_large(
            name,
            megabytes.to_string(),
            (state.max_megabytes as u64).to_string(),
        )),
        Phase::Shown => {
            let Some(checked) = &state.shown else {
                return String::new();
            };
            let s = &checked.summary;
            let verdict = if s.errors == 0 {
                t::verdict_clean(
                    plural(s.create, t::deals_one, t::deals),
                    plural(s.update, t::deals_one, t::deals),
                )
            } else {
                t::verdict_errors(
                    plural(s.not_processed, t::rows_one, t::rows),
                    s.rows,
                    plural(s.errors, t::errors_one, t::errors),
                    plural(s.warnings, t::warnings_one, t::warnings),
                )
            };
            let notice = state
                .notice
                .as_ref()
                .map_or(String::new(), |n| format!(" {n}"));
            say(&t::status_checked(checked.name.as_str(), verdict, notice))
        }
    }
}
