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

mod decode;
mod header;
pub mod outputs;
mod report;
mod row;
pub mod rules;
pub mod template;
mod values;

use chrono::NaiveDate;
use csv::StringRecord;

pub use decode::{Encoding, Unreadable};
pub use header::column_letter;
pub use report::{FileIssue, Issue, Report, RowOutcome, Summary};
pub use rules::{Code, Rule, Scope, Severity, RULES};

use header::Layout;
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
    let mut run = Run::new(options, encoding, delimiter, total);
    read_records(&text, delimiter, |record, unclosed, done| {
        run.record(record, unclosed);
        if run.row_number.is_multiple_of(PROGRESS_EVERY) {
            progress(Progress { done, total });
        }
    });
    progress(Progress { done: total, total });
    Ok(run.finish())
}

/// Where the `Errors` column goes in the annotated file.
#[derive(Clone, Copy, Debug)]
enum ErrorsColumn {
    /// The input had one at this index: its content is replaced.
    Replace(usize),
    /// The input had none: it is added in front.
    Insert,
}

/// The state of one check, fed one record at a time.
struct Run<'o> {
    options: &'o Options,
    encoding: Encoding,
    delimiter: u8,
    layout: Option<Layout>,
    errors_column: ErrorsColumn,
    out: csv::Writer<Vec<u8>>,
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
        let out = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::with_capacity(size + size / 8 + 64));
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

    /// One record: the header first, then the data rows. `unclosed` is the index of the cell
    /// whose opening quote is never closed, if any.
    fn record(&mut self, record: &StringRecord, unclosed: Option<usize>) {
        self.row_number += 1;
        match self.layout.take() {
            None => self.header(record, unclosed),
            Some(layout) => {
                self.data_row(&layout, record, unclosed);
                self.layout = Some(layout);
            }
        }
    }

    fn header(&mut self, record: &StringRecord, unclosed: Option<usize>) {
        let (layout, issues) = header::resolve(record.clone());
        self.file_issues.extend(issues);
        self.errors_column = match layout.index(Field::Errors) {
            Some(index) => ErrorsColumn::Replace(index),
            None => ErrorsColumn::Insert,
        };
        if let Some(cell) = unclosed {
            self.findings.push(unclosed_finding(&layout, record, cell));
        }
        self.record_findings();
        write_row(&mut self.out, self.errors_column, record, "Errors");
        self.layout = Some(layout);
    }

    fn data_row(&mut self, layout: &Layout, record: &StringRecord, unclosed: Option<usize>) {
        let errors_index = layout.index(Field::Errors);
        let empty = record
            .iter()
            .enumerate()
            .all(|(i, cell)| Some(i) == errors_index || cell.trim().is_empty());
        if empty && unclosed.is_none() {
            self.outcomes.push(RowOutcome::Empty);
            write_row(&mut self.out, self.errors_column, record, "");
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
        write_row(&mut self.out, self.errors_column, record, &self.errors_cell);
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
        // Flushing into a Vec cannot fail.
        let annotated = self.out.into_inner().unwrap_or_default();
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

/// Writes one annotated row: the record's cells as read, with `errors` in the Errors column.
fn write_row(
    out: &mut csv::Writer<Vec<u8>>,
    errors_column: ErrorsColumn,
    record: &StringRecord,
    errors: &str,
) {
    // Writing into a Vec cannot fail, and the writer is flexible: the results carry nothing.
    match errors_column {
        ErrorsColumn::Insert => {
            let _ = out.write_field(errors);
            for cell in record {
                let _ = out.write_field(cell);
            }
        }
        ErrorsColumn::Replace(index) => {
            for (i, cell) in record.iter().enumerate() {
                let _ = out.write_field(if i == index { errors } else { cell });
            }
            // A short row gets empty cells up to the Errors column.
            for i in record.len()..=index {
                let _ = out.write_field(if i == index { errors } else { "" });
            }
        }
    }
    let _ = out.write_record(None::<&[u8]>);
}

fn unclosed_finding(layout: &Layout, record: &StringRecord, cell: usize) -> Finding {
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

/// Calls `visit` with every record of `text`, the header first.
///
/// A quote that opens a cell and is never properly closed makes the `csv` crate read on into
/// the following lines, up to the next quote anywhere (or the end of the file). Such a record
/// is read again: its first line alone, with quotes taken as plain characters (`visit` gets the
/// broken cell's index with it), and the reading goes on normally from the next line, so the
/// rows after it are still checked.
fn read_records(
    text: &str,
    delimiter: u8,
    mut visit: impl FnMut(&StringRecord, Option<usize>, usize),
) {
    // Sized once for the longest line and the most cells on a line: a record buffer that
    // doubles as it grows holds its old and new halves at once (3× a huge cell), which would
    // push memory past 4× the file.
    let (longest, most_cells) = line_shape(text, delimiter);
    let mut record = StringRecord::with_capacity(longest, most_cells);
    let mut width = None;
    let mut base = 0;
    loop {
        let mut reader = reader_of(&text[base..], delimiter, true);
        // csv keeps each reader's first record as its "headers", cloning it: it is read as such
        // (its own small buffer), so the large buffer above is never cloned.
        let first_end = match reader.headers() {
            Ok(first) if !first.is_empty() => Some(base + reader.position().byte() as usize),
            _ => None,
        };
        let mut next = Step::Next;
        if let (Some(end), Ok(first)) = (first_end, reader.headers()) {
            next = step(text, base, first, end, delimiter, &mut width, &mut visit);
        }
        while matches!(next, Step::Next) {
            if !matches!(reader.read_record(&mut record), Ok(true)) {
                return;
            }
            let end = base + reader.position().byte() as usize;
            next = step(text, base, &record, end, delimiter, &mut width, &mut visit);
        }
        match next {
            Step::Restart(at) => base = at,
            Step::Next => return,
        }
    }
}

fn reader_of(input: &str, delimiter: u8, quoting: bool) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(delimiter)
        .quoting(quoting)
        .from_reader(input.as_bytes())
}

/// What `read_records` does after a record.
enum Step {
    Next,
    /// Start a new reader at this byte of the text (after a line with a broken quote).
    Restart(usize),
}

/// Visits one record, or, if a quote in it is broken, its first line read with quotes as plain
/// characters, and says where to go on.
fn step(
    text: &str,
    base: usize,
    record: &StringRecord,
    end: usize,
    delimiter: u8,
    width: &mut Option<usize>,
    visit: &mut impl FnMut(&StringRecord, Option<usize>, usize),
) -> Step {
    // The position may point at the line end before the record (csv skips it lazily).
    let at = base + record.position().map_or(0, |p| p.byte() as usize);
    let start = text.len()
        - text
            .get(at..)
            .unwrap_or("")
            .trim_start_matches(['\r', '\n'])
            .len();
    let width = *width.get_or_insert(record.len());
    let suspect =
        end >= text.len() || record.len() != width || record.as_slice().contains(['\n', '\r']);
    let broken = if suspect {
        broken_quote(&text[start..], delimiter)
    } else {
        None
    };
    let Some(cell) = broken else {
        visit(record, None, end);
        return Step::Next;
    };
    let line_end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| start + i);
    let mut literal = reader_of(&text[start..line_end], delimiter, false);
    if let Ok(line) = literal.headers() {
        visit(line, Some(cell), line_end);
    }
    let after = text[line_end..]
        .strip_prefix("\r\n")
        .or_else(|| text[line_end..].get(1..))
        .unwrap_or("");
    Step::Restart(text.len() - after.len())
}

/// The length of the longest line, and a number of cells no line exceeds (line breaks found at
/// memchr's speed; separators counted only on lines long enough to hold more than the default).
fn line_shape(text: &str, delimiter: u8) -> (usize, usize) {
    const SHORT: usize = 4096;
    let bytes = text.as_bytes();
    let (mut longest, mut most_cells, mut start) = (0, SHORT.min(bytes.len()) + 1, 0);
    let mut line = |line: &[u8]| {
        longest = longest.max(line.len());
        if line.len() > SHORT {
            most_cells = most_cells.max(1 + line.iter().filter(|&&b| b == delimiter).count());
        }
    };
    for end in memchr::memchr_iter(b'\n', bytes) {
        line(&bytes[start..end]);
        start = end + 1;
    }
    line(&bytes[start..]);
    (longest, most_cells)
}

/// If the record at the start of `raw` has a quoted cell that is never closed, or that is
/// "closed" by a quote followed by more text (usually the opening quote of a later cell, not
/// its own), the index of that cell.
fn broken_quote(raw: &str, delimiter: u8) -> Option<usize> {
    let bytes = raw.as_bytes();
    let (mut cell, mut at_cell_start, mut quoted) = (0, true, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => {
                    quoted = false;
                    let proper_end = matches!(bytes.get(i + 1), None | Some(b'\n' | b'\r'))
                        || bytes.get(i + 1) == Some(&delimiter);
                    if !proper_end {
                        return Some(cell);
                    }
                }
                _ => {}
            }
        } else if at_cell_start && b == b'"' {
            quoted = true;
            at_cell_start = false;
        } else if b == delimiter {
            cell += 1;
            at_cell_start = true;
        } else if b == b'\n' || b == b'\r' {
            return None; // the record ended with its quotes closed
        } else {
            at_cell_start = false;
        }
        i += 1;
    }
    quoted.then_some(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_quotes_are_found() {
        assert_eq!(broken_quote("a,\"b\nc", b','), Some(1));
        assert_eq!(broken_quote("a,\"b\"\"\nc\"", b','), None);
        assert_eq!(broken_quote("a,\"b\nc\",d\ne", b','), None);
        assert_eq!(broken_quote("a,\"b,c\nd,\"e,f", b','), Some(1));
        assert_eq!(broken_quote("\"a", b','), Some(0));
        assert_eq!(broken_quote("a,b\"c", b','), None);
    }

    fn records(text: &str) -> Vec<(Vec<String>, Option<usize>)> {
        let mut out = Vec::new();
        read_records(text, b',', |r, broken, _| {
            out.push((r.iter().map(str::to_string).collect(), broken))
        });
        out
    }

    #[test]
    fn a_broken_quote_costs_one_line() {
        let cells = |s: &[&str]| s.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            records("h1,h2\r\na,\"b\r\nc,d\r\ne,\"f\"\r\n"),
            vec![
                (cells(&["h1", "h2"]), None),
                (cells(&["a", "\"b"]), Some(1)),
                (cells(&["c", "d"]), None),
                (cells(&["e", "f"]), None),
            ]
        );
        assert_eq!(
            records("h1,h2\na,\"b\nc,d"),
            vec![
                (cells(&["h1", "h2"]), None),
                (cells(&["a", "\"b"]), Some(1)),
                (cells(&["c", "d"]), None)
            ]
        );
        assert_eq!(records("h1,h2\na,\"b\nc\"\n").len(), 2);
    }

    #[test]
    fn row_ranges_are_short() {
        assert_eq!(row_ranges(&[7]), "row 7");
        assert_eq!(row_ranges(&[7, 8, 9, 12]), "rows 7–9, 12");
        let many: Vec<usize> = (0..30).map(|i| i * 2).collect();
        assert!(row_ranges(&many).ends_with("and 20 more"));
    }
}
