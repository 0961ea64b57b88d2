//! Fix it here: the offer of the rules' fixes, their list (by rule, each rule and each fix can
//! be unticked), Undo, and what has been changed. The worker makes the changes and checks the
//! file again; this only draws.

use wasm_bindgen::JsCast;
use web_sys::{HtmlButtonElement, HtmlInputElement};

use super::{plural, Memo};
use crate::dom::{append, by_id, clear, element, set_hidden, set_text};
use crate::lang::{self, m as t, say};
use crate::protocol::{FixGroup, Id};
use crate::state::{Fixes, State};

/// What the offer line shows: the check, its fixes, the changes made, Undo, busy, list open.
#[derive(Clone, Copy, PartialEq)]
struct Offer {
    shown: Option<Id>,
    fixable: usize,
    changes: usize,
    can_undo: bool,
    changing: bool,
    open: bool,
}

/// What the list was built from: the check, whether it is open, the fixes offered.
type Built = (Option<Id>, bool, Option<Vec<FixGroup>>);

#[derive(Default)]
pub struct Memos {
    offer: Memo<Offer>,
    /// The list as built: its check, whether it is open, and the fixes offered.
    list: Memo<Option<Built>>,
    /// What is unticked, drawn on the list in place (a redraw would take the focus away).
    ticks: Memo<Option<(Option<Id>, Fixes)>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    let Some(checked) = &state.shown else {
        memos.list.changed(None);
        return;
    };
    let offer = Offer {
        shown: state.shown_id(),
        fixable: checked.fixable,
        changes: state.changes,
        can_undo: state.can_undo,
        changing: state.changing,
        open: state.fixes.open,
    };
    if memos.offer.changed(offer) {
        let apply: HtmlButtonElement = by_id("apply-fixes");
        apply.set_text_content(Some(&say(&match checked.fixable {
            0 => t::no_fixes(),
            n => plural(n, t::apply_fixes_one, t::apply_fixes),
        })));
        apply.set_disabled(checked.fixable == 0 || state.changing || state.fixes.open);
        set_hidden("undo", !state.can_undo);
        by_id::<HtmlButtonElement>("undo").set_disabled(state.changing);
        let note = if state.changing {
            t::fixes_changing()
        } else if state.changes > 0 {
            t::fixes_made(plural(state.changes, t::changes_one, t::changes))
        } else {
            t::fixes_none_yet()
        };
        set_text("fixes-note", &say(&note));
        set_hidden("changes-offer", state.changes == 0);
    }
    let fixes = &state.fixes;
    if memos
        .list
        .changed(Some((state.shown_id(), fixes.open, fixes.groups.clone())))
    {
        list(fixes);
        memos.ticks.changed(None);
    }
    if fixes.groups.is_some() && memos.ticks.changed(Some((state.shown_id(), fixes.clone()))) {
        ticks(fixes);
    }
}

/// Draws what is ticked on the list as built: the count, the Apply button, each checkbox.
fn ticks(fixes: &Fixes) {
    let ticked = fixes.ticked();
    let intro = t::fixes_ticked(plural(ticked, t::changes_one, t::changes));
    set_text("fix-list-intro", &say(&intro));
    by_id::<HtmlButtonElement>("fix-apply").set_disabled(ticked == 0);
    let boxes = by_id::<web_sys::Element>("fix-groups").query_selector_all("input");
    let Ok(boxes) = boxes else { return };
    for i in 0..boxes.length() {
        let Some(input) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let rule = input
            .closest("fieldset")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("data-fix-group"))
            .unwrap_or_default();
        let rule_skipped = fixes.skip_rules.contains(&rule);
        if input.has_attribute("data-fix-rule") {
            input.set_checked(!rule_skipped);
            continue;
        }
        let cell = |name: &str| {
            input
                .get_attribute(name)
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(usize::MAX)
        };
        let skipped = fixes
            .skip
            .contains(&(cell("data-fix-row"), cell("data-fix-index")));
        input.set_checked(!rule_skipped && !skipped);
        input.set_disabled(rule_skipped);
    }
}

/// The list of fixes, by rule: a checkbox per rule and per listed fix.
fn list(fixes: &Fixes) {
    set_hidden("fix-list", !fixes.open);
    let groups_el = clear("fix-groups");
    if !fixes.open {
        return;
    }
    let Some(groups) = &fixes.groups else {
        set_text("fix-list-intro", &say(&t::fixes_finding()));
        by_id::<HtmlButtonElement>("fix-apply").set_disabled(true);
        return;
    };
    // Built ticked; what is unticked is drawn by `ticks`, which runs right after.
    for group in groups {
        let fieldset = element("fieldset", "fix-group", "");
        let _ = fieldset.set_attribute("data-fix-group", &group.code);
        let legend = element("legend", "", "");
        let title = cosell_core::Code::parse(&group.code).map_or(group.title.clone(), lang::title);
        let changes = plural(group.count, t::changes_one, t::changes);
        let text = format!(
            " {}",
            say(&t::fix_group(group.code.as_str(), title, changes))
        );
        append(
            &legend,
            &labelled_checkbox(&text, &[("data-fix-rule", &group.code)]),
        );
        append(&fieldset, &legend);
        let ul = element("ul", "", "");
        for fix in &group.fixes {
            let li = element("li", "", "");
            let change = t::fix_change(
                fix.row.to_string(),
                fix.column.as_str(),
                one_line(&fix.before),
                one_line(&fix.after),
            );
            let text = format!(" {}", say(&change));
            let cell = [
                ("data-fix-row", &fix.row.to_string()),
                ("data-fix-index", &fix.index.to_string()),
            ];
            append(&li, &labelled_checkbox(&text, &cell));
            append(&ul, &li);
        }
        append(&fieldset, &ul);
        if group.count > group.fixes.len() {
            append(
                &fieldset,
                &element(
                    "p",
                    "small",
                    &say(&t::fixes_more(group.count - group.fixes.len())),
                ),
            );
        }
        append(&groups_el, &fieldset);
    }
}

/// A ticked checkbox with these attributes, in a label with this text.
fn labelled_checkbox(text: &str, attributes: &[(&str, &String)]) -> web_sys::Element {
    let label = element("label", "", "");
    let input: HtmlInputElement = element("input", "", "").unchecked_into();
    input.set_type("checkbox");
    input.set_checked(true);
    for (name, value) in attributes {
        let _ = input.set_attribute(name, value);
    }
    append(&label, &input);
    append(&label, &element("span", "", text));
    label
}

/// A cell on one line (its line breaks shown as spaces).
fn one_line(cell: &str) -> String {
    cell.replace(['\r', '\n'], " ")
}
