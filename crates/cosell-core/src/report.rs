//! What a check finds: plain data, no behaviour beyond counting.

use crate::message::Message;
use crate::rules::{Code, Severity};
use crate::template::TemplateId;

/// The counts of Partner Center's "last process file card", predicted.
///
/// `create` and `update` count only rows that would succeed; `not_processed` the rows with at
/// least one error, so `create + update + not_processed == rows`. The counts describe the rows
/// as Partner Center would treat them once the file-level errors are fixed (the annotated file
/// already fixes the delimiter and the encoding; a file over 1,000 rows must be split).
/// Rows whose cells are all empty, and rows Partner Center has already processed (`processed`,
/// rule CS014), are not among `rows`. `errors` and `warnings` count every finding, file-level
/// ones included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "camelCase")
)]
pub struct Summary {
    pub rows: usize,
    pub create: usize,
    pub update: usize,
    pub not_processed: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Rows Partner Center created or updated in an earlier upload of this file (CS014): not to
    /// be uploaded again.
    pub processed: usize,
    /// With a baseline (the partner's latest export): the update rows identical to their deal
    /// there, which Partner Center would apply again for nothing (counted among `update` or
    /// `not_processed` as well). Absent without a baseline.
    #[cfg(feature = "baseline")]
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unchanged: Option<usize>,
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
    /// The message in English.
    pub message: String,
    /// The message as data (`messageId` and `args` in JSON), for the edges that speak another
    /// language.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub data: Message,
}

impl FileIssue {
    pub fn new(code: Code, data: Message) -> Self {
        FileIssue {
            code,
            severity: code.severity(),
            message: data.english(),
            data,
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
    /// For a file read from a workbook, the cell in the workbook (`Deals!K7`; the whole row,
    /// `Deals!7:7`, for a finding about the row): absent from the JSON report otherwise.
    #[cfg(feature = "sheets")]
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub cell: Option<String>,
    /// The column as the file's header spells it (the template's name when the column is
    /// missing from the header); `None` for findings about the row as a whole.
    pub column: Option<String>,
    pub code: Code,
    pub severity: Severity,
    /// The message in English: Partner Center's language, and the Errors column's.
    pub message: String,
    /// The message as data (`messageId` and `args` in JSON), for the edges that speak another
    /// language.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub data: Message,
    /// The offending cell as read, shortened to 200 characters (empty when the cell is empty
    /// or the finding is about the whole row). Not part of the CLI's JSON report.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub value: String,
    /// The value the cell should hold instead, exactly as it should be written, when the
    /// problem has one right replacement (absent from the JSON report otherwise).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub fix: Option<String>,
}

/// One cell changed: by a rule's fix, or by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Change {
    /// The spreadsheet row, as in [`Issue::row`].
    pub row: usize,
    /// The column's place in the file's header, from 0.
    pub index: usize,
    /// The column as the file's header spells it.
    pub column: String,
    /// The cell as read.
    pub before: String,
    /// What it becomes.
    pub after: String,
    /// The rule whose fix it is; `None` for a change made by hand.
    pub code: Option<Code>,
}

/// An update row compared with its deal in the baseline (the partner's latest export).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Update {
    /// The spreadsheet row, as in [`Issue::row`].
    pub row: usize,
    /// Its Referral ID (trimmed).
    pub referral_id: String,
    /// The deal's spreadsheet row in the export.
    pub export_row: usize,
    /// The row changes nothing: every column the export has says the same.
    pub unchanged: bool,
    /// What the row changes, in the file's column order.
    pub changes: Vec<CellChange>,
}

/// One cell of an update row that differs from the export.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CellChange {
    /// The column as the file's header spells it.
    pub column: String,
    /// The export's cell as read (empty when the export has no such column).
    pub before: String,
    /// This file's cell as read.
    pub after: String,
}

/// The issues of one rule beyond the report's list ([`crate::MAX_LISTED`] per rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct NotListed {
    pub code: Code,
    /// How many of its issues are counted but not listed.
    pub count: usize,
}

/// Everything a check found.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "camelCase")
)]
pub struct Report {
    pub summary: Summary,
    pub file_issues: Vec<FileIssue>,
    /// The row findings, in row order: at most [`crate::MAX_LISTED`] of each rule.
    pub issues: Vec<Issue>,
    /// The rules that found more issues than are listed, with how many more.
    pub not_listed: Vec<NotListed>,
    /// The template the file was checked against.
    pub template: TemplateId,
    /// With a baseline (the partner's latest export): each update row whose deal is in it, with
    /// what it changes. Absent without a baseline.
    #[cfg(feature = "baseline")]
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub updates: Option<Vec<Update>>,
}

impl Report {
    /// Where row `row`'s issues are in [`Report::issues`]: found (they are in row order), not
    /// searched for.
    pub fn row_issues(&self, row: usize) -> std::ops::Range<usize> {
        let first = self.issues.partition_point(|i| i.row < row);
        let count = self.issues[first..]
            .iter()
            .take_while(|i| i.row == row)
            .count();
        first..first + count
    }

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
    /// Partner Center processed the row in an earlier upload (CS014): set aside, not checked.
    Processed,
}
