//! cosell-core: checks a Partner Center co-sell bulk-import CSV file (the 2021 template) the
//! way Partner Center would, and annotates it the way Partner Center does.
//!
//! Bytes in; a [`Report`] and the annotated CSV out. No I/O, no clock (today's date is an
//! input), no panics on any input. Bad data is a finding in the report; only a file that is
//! not text at all (an image, a workbook) is an [`Unreadable`] error.
//!
//! ```
//! let file = "Deal Name,Customer Name\nUK spring deal,Contoso\n";
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
//! let checked = cosell_core::check(file.as_bytes(), &cosell_core::Options { today }).unwrap();
//! assert!(checked.report.summary.not_processed == 1); // mandatory columns are missing
//! assert!(checked.annotated.starts_with(b"Errors,Deal Name,Customer Name\r\n"));
//! ```

mod annotate;
mod decode;
mod header;
pub mod outputs;
mod record;
mod report;
mod row;
pub mod rules;
pub mod template;
mod values;

use chrono::NaiveDate;

pub use decode::{Encoding, Unreadable};
pub use header::column_letter;
pub use report::{FileIssue, Issue, Report, RowOutcome, Summary};
pub use rules::{Code, Rule, Scope, Severity, RULES};

use annotate::{Annotated, ErrorsColumn};
use header::Layout;
use record::{Record, Records};
use row::{FileState, Finding, Row};
use template::Field;
use values::excerpt;

/// Partner Center processes at most this many data rows in one file.
pub const MAX_ROWS: usize = 1000;

/// What a check needs besides the file.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Today's date: Estimated Close Dates before it get a warning.
    pub today: NaiveDate,
}

/// The result of checking a file.
#[derive(Clone, Debug)]
pub struct Checked {
    pub report: Report,
    /// The annotated CSV: UTF-8, comma-separated, CRLF line ends; every input cell exactly as
    /// read, with the `Errors` column filled in (added as the first column when the input had
    /// none).
    pub annotated: Vec<u8>,
    /// What happens to each data row, in file order (one entry per annotated row after the
    /// header).
    pub rows: Vec<RowOutcome>,
    /// How the input's bytes were read.
    pub encoding: Encoding,
    /// The separator the input used (`,`, `;` or tab).
    pub delimiter: u8,
}

/// Checks a file. `Err` only when the bytes are not a text file at all.
pub fn check(input: &[u8], options: &Options) -> Result<Checked, Unreadable> {
    check_with_progress(input, options, &mut |_| {})
}

/// How far a check has come: `done` of `total` bytes of the decoded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Rows between two progress reports.
const PROGRESS_EVERY: usize = 2000;

/// [`check`], reporting its progress every few thousand rows (for a progress bar).
pub fn check_with_progress(
    input: &[u8],
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Result<Checked, Unreadable> {
    let (text, encoding) = decode::decode(input)?;
    let delimiter = decode::sniff_delimiter(&text);
    let total = text.len();
    let mut records = Records::new(&text, delimiter);
    let mut record = records.buffer(usize::MAX);
    let mut run = Run::new(options, encoding, delimiter, total);
    while records.read(&mut record, run.keep()) {
        run.record(&records, &mut record);
        if run.row_number.is_multiple_of(PROGRESS_EVERY) {
            progress(Progress {
                done: records.position(),
                total,
            });
        }
    }
    progress(Progress { done: total, total });
    Ok(run.finish())
}

/// The state of one check, fed one record at a time.
struct Run<'o> {
    options: &'o Options,
    encoding: Encoding,
    delimiter: u8,
    layout: Option<Layout>,
    errors_column: ErrorsColumn,
    out: Annotated,
    file_issues: Vec<FileIssue>,
    issues: Vec<Issue>,
    /// One per data row; the summary's row counts are derived from it.
    outcomes: Vec<RowOutcome>,
    state: FileState,
    /// The current row's findings (a buffer reused across rows).
    findings: Vec<Finding>,
    /// The current row's Errors cell (a buffer reused across rows).
    errors_cell: String,
    /// The spreadsheet row of the last record seen.
    row_number: usize,
}

impl<'o> Run<'o> {
    fn new(options: &'o Options, encoding: Encoding, delimiter: u8, size: usize) -> Self {
        let out = Annotated::with_capacity(size + size / 8 + 64);
        let mut file_issues = Vec::new();
        if let Some(message) = decode::encoding_warning(encoding) {
            file_issues.push(FileIssue::new(Code::NotUtf8, message));
        }
        if delimiter != b',' {
            let (name, why) = if delimiter == b';' {
                (
                    "semicolons (;)",
                    "Excel does this when Windows' list separator is a semicolon (Swedish, German, French and other regional settings)",
                )
            } else {
                (
                    "tabs",
                    "Excel's \"Text (Tab delimited)\" and copies from web pages do this",
                )
            };
            file_issues.push(FileIssue::new(
                Code::WrongDelimiter,
                format!(
                    "The file is separated by {name}, not commas: {why}. Partner Center needs commas; upload the annotated file, which is comma-separated"
                ),
            ));
        }
        Run {
            options,
            encoding,
            delimiter,
            layout: None,
            errors_column: ErrorsColumn::Insert,
            out,
            file_issues,
            issues: Vec::new(),
            outcomes: Vec::new(),
            state: FileState::default(),
            findings: Vec::new(),
            errors_cell: String::new(),
            row_number: 0,
        }
    }

    /// How many cells of a record to keep: all of the header's; as many as the header has of
    /// a data row's (a longer row is only counted and copied).
    fn keep(&self) -> usize {
        self.layout.as_ref().map_or(usize::MAX, |l| l.header.len())
    }

    /// One record: the header first, then the data rows. The header is taken (its buffer is
    /// left empty for the rows).
    fn record(&mut self, records: &Records, record: &mut Record) {
        self.row_number += 1;
        match self.layout.take() {
            None => {
                let header = std::mem::replace(record, records.buffer(usize::MAX));
                self.header(records, header);
            }
            Some(layout) => {
                self.data_row(records, &layout, record);
                self.layout = Some(layout);
            }
        }
    }

    fn header(&mut self, records: &Records, record: Record) {
        let unclosed = record.unclosed();
        let (layout, issues) = header::resolve(record);
        self.file_issues.extend(issues);
        self.errors_column = match layout.index(Field::Errors) {
            Some(index) => ErrorsColumn::Replace(index),
            None => ErrorsColumn::Insert,
        };
        if let Some(cell) = unclosed {
            self.findings
                .push(unclosed_finding(&layout, &layout.header, cell));
        }
        self.record_findings();
        self.out
            .row(records, &layout.header, self.errors_column, "Errors");
        self.layout = Some(layout);
    }

    fn data_row(&mut self, records: &Records, layout: &Layout, record: &Record) {
        let errors_index = layout.index(Field::Errors);
        let unclosed = record.unclosed();
        if unclosed.is_none() && record.is_blank(errors_index) {
            self.outcomes.push(RowOutcome::Empty);
            self.out.row(records, record, self.errors_column, "");
            return;
        }
        if let Some(cell) = unclosed {
            self.findings.push(unclosed_finding(layout, record, cell));
        }
        let data_cells = record.len() - usize::from(errors_index.is_some_and(|i| i < record.len()));
        let repeats_header = record.len() == layout.header.len()
            && record
                .iter()
                .zip(layout.header.iter())
                .enumerate()
                .all(|(i, (cell, name))| Some(i) == errors_index || cell == name);
        if repeats_header {
            self.findings.push(Finding {
                index: None,
                column: None,
                value: String::new(),
                code: Code::RepeatedHeader,
                message: "This row repeats the header (two files pasted together?): delete it"
                    .to_string(),
            });
        } else if data_cells != layout.data_columns {
            self.findings.push(Finding {
                index: None,
                column: None,
                value: String::new(),
                code: Code::FieldCount,
                // A short row's count is left out: the annotated file pads it up to its Errors
                // cell, and checking that file again must say the same.
                message: if data_cells > layout.data_columns {
                    format!(
                        "Too many cells: this row has {data_cells}, the header {}; a value with an unquoted comma shifts the columns",
                        layout.data_columns
                    )
                } else {
                    format!(
                        "Too few cells: this row ends before the header's {} columns; a missing separator or a line break outside quotes cuts it short",
                        layout.data_columns
                    )
                },
            });
        } else {
            let mut row = Row {
                layout,
                cells: record,
                number: self.row_number,
                today: self.options.today,
                findings: &mut self.findings,
            };
            row::check(&mut row, &mut self.state);
        }
        let failed = self.record_findings();
        let outcome = if failed {
            RowOutcome::NotProcessed
        } else if layout
            .index(Field::ReferralId)
            .and_then(|i| record.get(i))
            .is_some_and(|v| !v.trim().is_empty())
        {
            RowOutcome::Update
        } else {
            RowOutcome::Create
        };
        self.outcomes.push(outcome);
        self.out
            .row(records, record, self.errors_column, &self.errors_cell);
    }

    /// Moves the current row's findings into the report, in column order (row-wide ones first,
    /// the rules' order within a column), and builds its Errors cell from the errors among
    /// them. Returns whether there was an error.
    fn record_findings(&mut self) -> bool {
        self.findings.sort_by_key(|f| f.index.map_or(0, |i| i + 1));
        self.errors_cell.clear();
        for finding in self.findings.drain(..) {
            let severity = finding.code.severity();
            if severity == Severity::Error {
                if !self.errors_cell.is_empty() {
                    self.errors_cell.push_str("; ");
                }
                self.errors_cell.push_str(&finding.message);
            }
            self.issues.push(Issue {
                row: self.row_number,
                column: finding.column,
                code: finding.code,
                severity,
                message: finding.message,
                value: finding.value,
            });
        }
        !self.errors_cell.is_empty()
    }

    fn finish(mut self) -> Checked {
        let mut summary = Summary::default();
        let mut empty_rows = Vec::new();
        for (i, outcome) in self.outcomes.iter().enumerate() {
            match outcome {
                RowOutcome::Create => summary.create += 1,
                RowOutcome::Update => summary.update += 1,
                RowOutcome::NotProcessed => summary.not_processed += 1,
                // Data rows start at spreadsheet row 2.
                RowOutcome::Empty => empty_rows.push(i + 2),
            }
        }
        summary.rows = summary.create + summary.update + summary.not_processed;

        if self.layout.is_none() {
            self.file_issues.push(FileIssue::new(
                Code::EmptyFile,
                "The file is empty: it has no header row. Start from the template and add one row per deal".to_string(),
            ));
        } else if summary.rows == 0 {
            self.file_issues.push(FileIssue::new(
                Code::NoDataRows,
                "The file has no data rows: add one row per deal below the header".to_string(),
            ));
        }
        if summary.rows > MAX_ROWS {
            self.file_issues.push(FileIssue::new(
                Code::TooManyRows,
                format!(
                    "The file has {} data rows; Partner Center processes at most {MAX_ROWS} per file and will not process this one: split it into {} files",
                    summary.rows,
                    summary.rows.div_ceil(MAX_ROWS)
                ),
            ));
        }
        if !empty_rows.is_empty() {
            let n = empty_rows.len();
            self.file_issues.push(FileIssue::new(
                Code::EmptyRows,
                format!(
                    "{n} empty row{} skipped ({}): delete {} in Excel rather than clearing {}",
                    if n == 1 { " was" } else { "s were" },
                    row_ranges(&empty_rows),
                    if n == 1 { "the row" } else { "the rows" },
                    if n == 1 { "its cells" } else { "their cells" },
                ),
            ));
        }

        let severities = self
            .file_issues
            .iter()
            .map(|i| i.severity)
            .chain(self.issues.iter().map(|i| i.severity));
        for severity in severities {
            match severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
        let annotated = self.out.into_bytes();
        Checked {
            report: Report {
                summary,
                file_issues: self.file_issues,
                issues: self.issues,
            },
            annotated,
            rows: self.outcomes,
            encoding: self.encoding,
            delimiter: self.delimiter,
        }
    }
}

fn unclosed_finding(layout: &Layout, record: &Record, cell: usize) -> Finding {
    let column = layout.column_name(cell).to_string();
    Finding {
        index: Some(cell),
        message: format!(
            "Unclosed quote: a cell in {column} starts with \" that does not close where the cell ends; this line was read with the quote as text"
        ),
        column: Some(column),
        code: Code::UnclosedQuote,
        value: record.get(cell).map_or_else(String::new, excerpt),
    }
}

/// `row 7` / `rows 7–9, 12`.
fn row_ranges(rows: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    const SHOWN: usize = 10;
    let more = parts.len().saturating_sub(SHOWN);
    parts.truncate(SHOWN);
    let mut text = format!(
        "{} {}",
        if rows.len() == 1 { "row" } else { "rows" },
        parts.join(", ")
    );
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_ranges_are_short() {
        assert_eq!(row_ranges(&[7]), "row 7");
        assert_eq!(row_ranges(&[7, 8, 9, 12]), "rows 7–9, 12");
        let many: Vec<usize> = (0..30).map(|i| i * 2).collect();
        assert!(row_ranges(&many).ends_with("and 20 more"));
    }
}
