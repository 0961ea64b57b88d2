//! A rule's documentation, in a dialog: its title from the core's rule table, its sections from
//! `rules.json` (fetched the first time a rule is opened).

use web_sys::HtmlDialogElement;

use super::Memo;
use crate::dom::{append, by_id, clear, element, set_text};
use crate::state::{Docs, State};

#[derive(Default)]
pub struct Memos {
    shown: Memo<(Option<String>, Docs)>,
}

pub fn render(state: &State, memos: &mut Memos) {
    if !memos
        .shown
        .changed((state.rule.clone(), state.docs.clone()))
    {
        return;
    }
    let dialog: HtmlDialogElement = by_id("rule");
    let Some(rule) = state
        .rule
        .as_deref()
        .and_then(cosell_core::Code::parse)
        .map(|c| c.rule())
    else {
        if dialog.open() {
            dialog.close();
        }
        return;
    };
    set_text(
        "rule-title",
        &format!(
            "{} {} ({}): {}",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            rule.title
        ),
    );
    let docs = clear("rule-docs");
    match &state.docs {
        Docs::Loaded(all) => {
            if let Some(d) = all.iter().find(|d| d.code == rule.code.as_str()) {
                for (term, text) in [
                    ("What it checks", &d.checks),
                    ("Why it matters", &d.why),
                    ("Example", &d.example),
                    ("How to fix it", &d.fix),
                ] {
                    append(&docs, &element("dt", "", term));
                    append(&docs, &element("dd", "", text));
                }
            }
        }
        Docs::Failed(error) => {
            let text = format!(
                "The documentation could not be loaded ({error}); `cosell rules {}` prints it.",
                rule.code
            );
            append(&docs, &element("dd", "", &text));
        }
        Docs::NotLoaded | Docs::Loading => {
            append(&docs, &element("dd", "", "Loading the documentation…"))
        }
    }
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}
