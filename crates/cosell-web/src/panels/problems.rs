//! The problems row by row: filters, one page of at most 100 issues (the worker holds the rest),
//! and what the list leaves out.

use web_sys::{HtmlButtonElement, HtmlSelectElement};

use super::Memo;
use crate::dom::{
    append, by_id, clear, element, rule_button, set_hidden, set_text, severity_label,
};
use crate::lang::{self, m as t, say};
use crate::protocol::{Filter, IssuePage, NotListed, PAGE_SIZE};
use crate::state::State;

#[derive(Default)]
pub struct Memos {
    /// The filter options drawn: the columns and rules named, and what is not listed (the
    /// same after most changes: not drawn again, nor the page of issues).
    options: Memo<Option<Options>>,
    page: Memo<Option<IssuePage>>,
    filter: Memo<Filter>,
}

type Options = (Vec<String>, Vec<String>, bool, Vec<NotListed>);

pub fn render(state: &State, memos: &mut Memos) {
    let Some(checked) = &state.shown else {
        memos.options.changed(None);
        return;
    };
    let options = (
        checked.columns.clone(),
        checked.rules.clone(),
        checked.more_columns,
        checked.not_listed.clone(),
    );
    if memos.options.changed(Some(options)) {
        fill_select(
            "filter-column",
            checked.columns.iter().map(|c| (c.clone(), c.clone())),
        );
        fill_select(
            "filter-rule",
            checked.rules.iter().map(|code| {
                let title = cosell_core::Code::parse(code).map_or(String::new(), lang::title);
                (code.clone(), format!("{code}: {title}"))
            }),
        );
        set_hidden("more-columns", !checked.more_columns);
        let not_listed: usize = checked.not_listed.iter().map(|n| n.count).sum();
        set_hidden("not-listed", not_listed == 0);
        if not_listed > 0 {
            let rules: Vec<String> = checked
                .not_listed
                .iter()
                .map(|n| format!("{} {}", n.code, n.count))
                .collect();
            let max = cosell_core::MAX_LISTED.to_string();
            let rules = rules.join(", ");
            let text = if not_listed == 1 {
                t::not_listed_one(max, not_listed, rules)
            } else {
                t::not_listed(max, not_listed, rules)
            };
            set_text("not-listed", &say(&text));
        }
    }
    if memos.filter.changed(state.filter.clone()) {
        by_id::<HtmlSelectElement>("filter-severity").set_value(&state.filter.severity);
        by_id::<HtmlSelectElement>("filter-column").set_value(&state.filter.column);
        by_id::<HtmlSelectElement>("filter-rule").set_value(&state.filter.rule);
    }
    if memos.page.changed(Some(state.issues.clone())) {
        table(state);
    }
}

fn table(state: &State) {
    let page = &state.issues;
    let body = clear("issue-rows");
    for issue in &page.issues {
        let tr = element("tr", "", "");
        append(&tr, &element("td", "", &issue.row.to_string()));
        append(
            &tr,
            &element(
                "td",
                "",
                &issue.column.clone().unwrap_or_else(|| say(&t::whole_row())),
            ),
        );
        append(&tr, &element("td", "value", &issue.value));
        let severity = element("td", "", "");
        append(&severity, &severity_label(&issue.severity));
        append(&tr, &severity);
        append(&tr, &element("td", "", &issue.message));
        let rule = element("td", "", "");
        append(&rule, &rule_button(&issue.code));
        append(&tr, &rule);
        append(&body, &tr);
    }
    let start = page.page * PAGE_SIZE;
    let end = start + page.issues.len();
    let shown = if page.issues.is_empty() {
        if page.listed == 0 {
            t::problems_none()
        } else {
            t::problems_none_match()
        }
    } else if page.matching < page.listed {
        t::problems_shown_filtered(start + 1, end, page.matching, page.listed)
    } else {
        t::problems_shown(start + 1, end, page.matching)
    };
    set_text("shown", &say(&shown));
    by_id::<HtmlButtonElement>("previous").set_disabled(page.page == 0);
    by_id::<HtmlButtonElement>("next").set_disabled(end >= page.matching);
}

fn fill_select(id: &str, options: impl Iterator<Item = (String, String)>) {
    let select = clear(id);
    let all = element("option", "", &say(&t::page_all()));
    let _ = all.set_attribute("value", "");
    append(&select, &all);
    for (value, label) in options {
        let option = element("option", "", &label);
        let _ = option.set_attribute("value", &value);
        append(&select, &option);
    }
}
