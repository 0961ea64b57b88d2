//! The worker's answer as the page reads it: the binding's `Validation`, without the annotated
//! CSV (which stays in the worker and in a JS string; the page never parses it).

use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub rows: u64,
    pub create: u64,
    pub update: u64,
    pub not_processed: u64,
    pub errors: u64,
    pub warnings: u64,
}

#[derive(Deserialize)]
pub struct FileIssue {
    pub code: String,
    pub severity: String,
    pub message: String,
}

#[derive(Deserialize)]
pub struct Issue {
    pub row: u64,
    pub column: Option<String>,
    pub code: String,
    pub severity: String,
    pub message: String,
}

/// What the page shows; read from the worker's answer in slices (see `read_in_slices`).
pub struct Validation {
    pub summary: Summary,
    pub file_issues: Vec<FileIssue>,
    pub issues: Vec<Issue>,
    pub issue_values: Vec<String>,
}

/// Which issues the list shows.
#[derive(Default, Clone, PartialEq, Eq)]
pub struct Filter {
    pub severity: String,
    pub column: String,
    pub rule: String,
}

impl Filter {
    pub fn keeps(&self, issue: &Issue) -> bool {
        (self.severity.is_empty() || issue.severity == self.severity)
            && (self.column.is_empty() || issue.column.as_deref() == Some(self.column.as_str()))
            && (self.rule.is_empty() || issue.code == self.rule)
    }
}

/// The distinct values of a field, in first-seen order.
pub fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}
