//! Problems with the whole file (separator, encoding, missing columns, the row limit, a file
//! Partner Center has already processed), before the rows. The core sums up long lists, so this
//! list stays short whatever the file.

use super::Memo;
use crate::dom::{append, clear, element, rule_button, set_hidden, severity_label};
use crate::protocol::Id;
use crate::state::State;

#[derive(Default)]
pub struct Memos {
    shown: Memo<Option<Id>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    if !memos.shown.changed(state.shown_id()) {
        return;
    }
    let list = clear("file-issue-list");
    let issues = state.shown.as_ref().map_or(&[][..], |c| &c.file_issues[..]);
    for issue in issues {
        let item = element("li", &issue.severity, "");
        append(&item, &severity_label(&issue.severity));
        append(&item, &element("span", "", &format!(" {} ", issue.message)));
        append(&item, &rule_button(&issue.code));
        append(&list, &item);
    }
    set_hidden("file-issues", issues.is_empty());
}
