//! A rule's documentation, in a dialog: its title from the core's rule table, its sections from
//! `rules.json` (fetched the first time a rule is opened).

use web_sys::HtmlDialogElement;

use super::Memo;
use crate::dom::{append, by_id, clear, element, set_text};
use crate::lang::{self, m as t, say};
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
    let severity = say(&match rule.severity {
        cosell_core::Severity::Error => t::severity_error(),
        cosell_core::Severity::Warning => t::severity_warning(),
    });
    let heading = t::rule_heading(
        rule.code.as_str(),
        rule.name,
        severity,
        lang::title(rule.code),
    );
    set_text("rule-title", &say(&heading));
    let docs = clear("rule-docs");
    let terms = [
        t::rule_checks(),
        t::rule_why(),
        t::rule_example(),
        t::rule_fix(),
    ];
    // Another language's documentation comes with its localizer; English's from rules.json.
    let spoken = lang::docs(rule.code.as_str());
    let english = match &state.docs {
        Docs::Loaded(all) => all.iter().find(|d| d.code == rule.code.as_str()).map(|d| {
            vec![
                d.checks.clone(),
                d.why.clone(),
                d.example.clone(),
                d.fix.clone(),
            ]
        }),
        _ => None,
    };
    match (spoken.or(english), &state.docs) {
        (Some(texts), _) => {
            for (term, text) in terms.iter().zip(texts) {
                append(&docs, &element("dt", "", &say(term)));
                append(&docs, &element("dd", "", &text));
            }
        }
        (None, Docs::Failed(error)) => {
            let text = say(&t::rule_failed(error.as_str(), rule.code.as_str()));
            append(&docs, &element("dd", "", &text));
        }
        (None, _) => append(&docs, &element("dd", "", &say(&t::rule_loading()))),
    }
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}
