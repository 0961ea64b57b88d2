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
    /// A file made from check `id`'s annotated file.
    Download { id: Id, which: Download },
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
}

impl Response {
    /// The check the answer is about.
    pub fn id(&self) -> Id {
        match self {
            Response::Progress { id, .. }
            | Response::Checked { id, .. }
            | Response::Failed { id, .. }
            | Response::Issues { id, .. }
            | Response::File { id, .. } => *id,
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
}

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
        };
        let json = serde_json::to_string(&request).unwrap_or_default();
        assert_eq!(json, r#"{"download":{"id":3,"which":"to-fix"}}"#);
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
