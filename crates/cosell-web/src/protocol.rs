//! What the page and its worker say to each other: typed messages, both ways, serialized with
//! serde (camelCase, each message an object named after its kind: `{"check": {…}}`; externally
//! tagged enums deserialize with far less code than internally tagged ones, which counts in the
//! page's module). Every message carries the `id` of the check it is
//! about: the page numbers its checks, the worker answers with the number it was asked with,
//! and the page drops any answer that is not about the check it shows (a slow check of an
//! earlier file must never appear under a later file's name).
//!
//! Bytes travel beside the serialized message, never through serde: a file to check in the
//! `bytes` field of a `check` request (transferred, not copied), a download in the `blob` field
//! of a `file` response (a `Blob`, so that the page's main thread never holds its contents).

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

pub use cosell_core::TemplateId;

/// The number of a check. The page's first check is 1.
pub type Id = u32;

/// The page's requests to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Request {
    /// Check a file (its bytes beside the message) and keep it, as check `id`.
    Check {
        id: Id,
        name: String,
        /// `YYYY-MM-DD`: the date close dates are compared with (the browser's when absent).
        today: Option<String>,
        /// The template to check against (the header's own when absent).
        template: Option<TemplateId>,
    },
    /// One page of check `id`'s issues that pass `filter`.
    Issues { id: Id, filter: Filter, page: usize },
    /// A file made from check `id`'s annotated file ("ready to upload" without the rows its
    /// export has just so, unless `keep_unchanged`).
    Download {
        id: Id,
        which: Download,
        keep_unchanged: bool,
    },
    /// The fixes the rules offer for check `id`'s file, grouped by rule.
    Fixes { id: Id },
    /// Make check `id`'s fixes but those of the `skip_rules` and the `skip` cells (row, column
    /// index); the corrected file is check `next`.
    ApplyFixes {
        id: Id,
        next: Id,
        skip_rules: Vec<String>,
        skip: Vec<(usize, usize)>,
    },
    /// Go back to the file before the last fixes; it is check `next`.
    Undo { id: Id, next: Id },
    /// A page of check `id`'s rows for the grid: the rows with errors, or all of them.
    Rows { id: Id, all: bool, page: usize },
    /// A cell typed in the grid: the corrected file is check `next`.
    Edit { id: Id, next: Id, cell: Fix },
    /// Let go of the file held and the export kept (sent to the workbook module when the page's
    /// own module checks a file again).
    Forget,
    /// Speak `lang` from now on, with its `.ftl` files' text (none: keep the localizer made
    /// last for it); the downloads' Errors column too when `errors` (English otherwise).
    Speak {
        lang: Lang,
        sources: Vec<String>,
        errors: bool,
    },
}

/// The worker's answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Response {
    /// How far check `id` has come, in bytes of the decoded text.
    Progress { id: Id, done: usize, total: usize },
    /// Check `id` is done: what the page shows first.
    Checked { id: Id, checked: Box<Checked> },
    /// Check `id` could not be made (not a text file, or too large to annotate here).
    Failed { id: Id, message: String },
    /// A page of check `id`'s issues.
    Issues { id: Id, issues: IssuePage },
    /// A download of check `id` is ready (its `Blob` beside the message).
    File {
        id: Id,
        which: Download,
        name: String,
    },
    /// The fixes offered for check `id`'s file.
    Fixes { id: Id, groups: Vec<FixGroup> },
    /// A page of check `id`'s rows for the grid.
    Rows { id: Id, grid: GridPage },
    /// Check `id`'s findings about the whole file, again: sent after [`Response::Spoken`], in
    /// the language spoken now.
    FileIssues { id: Id, issues: Vec<FileIssue> },
    /// The worker speaks `lang` now (`error`: it could not, and speaks English).
    Spoken { lang: Lang, error: Option<String> },
    /// Check `id` is the file with changes made (or undone): what the page shows now.
    Fixed {
        id: Id,
        checked: Box<Checked>,
        /// Changes made on the page so far (the changes CSV lists them), and whether the last
        /// ones can be undone.
        changes: usize,
        undo: bool,
    },
}

impl Response {
    /// The check the answer is about.
    pub fn id(&self) -> Id {
        match self {
            Response::Progress { id, .. }
            | Response::Checked { id, .. }
            | Response::Failed { id, .. }
            | Response::Issues { id, .. }
            | Response::File { id, .. }
            | Response::Fixes { id, .. }
            | Response::Rows { id, .. }
            | Response::FileIssues { id, .. }
            | Response::Fixed { id, .. } => *id,
            // Not about a check: the latest one's number is never 0.
            Response::Spoken { .. } => 0,
        }
    }
}

/// The counts of Partner Center's "last process file card": the core's own.
pub use cosell_core::Summary;

/// A finding about the whole file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileIssue {
    pub code: String,
    pub severity: String,
    pub message: String,
}

/// A rule whose issues are not all listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotListed {
    pub code: String,
    pub count: usize,
}

/// What a finished check shows first: bounded, whatever the file's size.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Checked {
    pub name: String,
    /// The template it was checked against.
    pub template: Option<TemplateId>,
    pub summary: Summary,
    pub file_issues: Vec<FileIssue>,
    pub not_listed: Vec<NotListed>,
    /// The columns named by issues, for the filter (at most [`MAX_COLUMNS`]).
    pub columns: Vec<String>,
    /// Whether more columns than those are named by issues.
    pub more_columns: bool,
    /// The rule codes of the issues, for the filter.
    pub rules: Vec<String>,
    /// The first page of issues.
    pub issues: IssuePage,
    /// How many listed issues come with a fix (the offer's count; the list says exactly).
    pub fixable: usize,
    /// Compared with the partner's export: the update rows just as their deal is there.
    pub unchanged: Option<usize>,
}

/// Rows of the grid on one page.
pub const GRID_PAGE: usize = 50;

/// One page of the grid: some rows, their cells in the grid's column order (the columns with
/// problems first), and their problems.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GridPage {
    /// All rows, or only those with errors.
    pub all: bool,
    pub page: usize,
    /// The rows the grid shows, on all pages.
    pub total: usize,
    /// The columns, in the grid's order: header index and name.
    pub columns: Vec<(usize, String)>,
    pub rows: Vec<GridRow>,
}

/// A row of the grid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GridRow {
    pub row: usize,
    /// In the order of [`GridPage::columns`].
    pub cells: Vec<String>,
    /// Problems: the header index of the cell (`None`: the whole row), severity, message.
    pub problems: Vec<(Option<usize>, String, String)>,
    /// Compared with the partner's export: what the row changes in its deal, in words
    /// (`Partner Referral Status: 'Active' → 'New'`), or that it changes nothing.
    pub changes: Vec<String>,
}

/// One rule's fixes for a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixGroup {
    pub code: String,
    /// The rule's title.
    pub title: String,
    /// How many fixes it offers; the first [`MAX_FIXES_LISTED`] are listed.
    pub count: usize,
    pub fixes: Vec<Fix>,
}

/// One fix, or one cell typed: a cell (row, header index) and its value before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fix {
    pub row: usize,
    pub index: usize,
    pub column: String,
    pub before: String,
    pub after: String,
}

/// The fixes of one rule listed one by one (each can be unticked); the others are made or not
/// with their rule.
pub const MAX_FIXES_LISTED: usize = 200;

/// The most columns the column filter offers; a file naming more is filtered by rule instead.
pub const MAX_COLUMNS: usize = 200;

/// The issues shown on one page of the list.
pub const PAGE_SIZE: usize = 100;

/// Which issues the list shows; empty means all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    pub severity: String,
    pub column: String,
    pub rule: String,
}

/// One page of issues.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssuePage {
    /// The filter and page these are.
    pub filter: Filter,
    pub page: usize,
    /// Issues that pass the filter, and listed issues in all.
    pub matching: usize,
    pub listed: usize,
    pub issues: Vec<IssueRow>,
}

/// An issue as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssueRow {
    pub row: usize,
    pub column: Option<String>,
    pub value: String,
    pub code: String,
    pub severity: String,
    pub message: String,
}

/// The files made from the annotated file (the names are the page's `data-testid` hooks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Download {
    Annotated,
    ToFix,
    Ready,
    Batches,
    /// The file in the current template (offered for a file in the 2021 one).
    Upgraded,
    /// The changes made on the page: Row, Column, Before, After, Rule.
    Changes,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wire format the worker and the page agree on (and `www/worker.js` passes through).
    #[test]
    fn messages_are_camel_case_json_named_after_their_kind() {
        let request = Request::Download {
            id: 3,
            which: Download::ToFix,
            keep_unchanged: false,
        };
        let json = serde_json::to_string(&request).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"download":{"id":3,"which":"to-fix","keepUnchanged":false}}"#
        );
        let response = Response::Progress {
            id: 3,
            done: 1,
            total: 2,
        };
        let json = serde_json::to_string(&response).unwrap_or_default();
        assert_eq!(json, r#"{"progress":{"id":3,"done":1,"total":2}}"#);
        let back: Response = serde_json::from_str(&json).unwrap_or(Response::Failed {
            id: 0,
            message: String::new(),
        });
        assert_eq!(back, response);
        let page = Request::Issues {
            id: 1,
            filter: Filter::default(),
            page: 2,
        };
        let json = serde_json::to_string(&page).unwrap_or_default();
        assert!(json.starts_with(r#"{"issues":{"id":1,"filter":{"severity":"""#));
    }
}
