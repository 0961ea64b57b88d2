//! What a check finds: plain data, no behaviour beyond counting.

use crate::rules::{Code, Severity};

/// The counts of Partner Center's "last process file card", predicted.
///
/// `create` and `update` count only rows that would succeed; `not_processed` the rows with at
/// least one error, so `create + update + not_processed == rows`. The counts describe the rows
/// as Partner Center would treat them once the file-level errors are fixed (the annotated file
/// already fixes the delimiter and the encoding; a file over 1,000 rows must be split).
/// `errors` and `warnings` count every finding, file-level ones included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Summary {
    pub rows: usize,
    pub create: usize,
    pub update: usize,
    pub not_processed: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// A finding about the file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct FileIssue {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
}

impl FileIssue {
    pub fn new(code: Code, message: String) -> Self {
        FileIssue {
            code,
            severity: code.severity(),
            message,
        }
    }
}

/// A finding about one row.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Issue {
    /// The spreadsheet row: the header is row 1, the first record row 2.
    pub row: usize,
    /// The column as the file's header spells it (the template's name when the column is
    /// missing from the header); `None` for findings about the row as a whole.
    pub column: Option<String>,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// The offending cell as read, shortened to 200 characters (empty when the cell is empty
    /// or the finding is about the whole row). Not part of the CLI's JSON report.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub value: String,
}

/// Everything a check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Report {
    pub summary: Summary,
    pub file_issues: Vec<FileIssue>,
    pub issues: Vec<Issue>,
}

impl Report {
    /// True when Partner Center would reject something: the file or at least one row.
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

/// What happened to one data row, in file order (empty rows included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    /// Every cell empty: skipped, not counted.
    Empty,
    /// No errors, no Referral ID: Partner Center creates a deal.
    Create,
    /// No errors, a Referral ID: Partner Center updates the deal.
    Update,
    /// At least one error: Partner Center does not process the row.
    NotProcessed,
}
