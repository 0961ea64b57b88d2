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
//! let checked = cosell_core::check(file.as_bytes(), &cosell_core::Options::new(today)).unwrap();
//! assert!(checked.report.summary.not_processed == 1); // mandatory columns are missing
//! assert!(checked.annotated.starts_with(b"Errors,Deal Name,Customer Name\r\n"));
//! ```

mod annotate;
#[cfg(feature = "baseline")]
pub mod baseline;
mod case;
mod decode;
mod header;
pub mod message;
pub mod outputs;
mod record;
mod report;
mod row;
pub mod rules;
pub mod sheet;
pub mod template;
pub mod translations;
mod values;

use chrono::NaiveDate;

use message::{m, Arg, Join, List, Message};

pub use decode::{is_workbook, Encoding, Unreadable};
pub use header::{column_letter, field_named, is_template_name};
pub use report::{
    CellChange, Change, FileIssue, Issue, NotListed, Report, RowOutcome, Summary, Update,
};
pub use rules::{Code, Docs, Rule, Scope, Severity, Templates, RULES};
pub use template::TemplateId;

use annotate::{Annotated, ErrorsColumn, Previous};
use header::Layout;
use record::{Record, Records};
use row::{FileState, Finding, Row};
use template::Field;
use values::excerpt;

/// Partner Center processes at most this many data rows in one file.
pub const MAX_ROWS: usize = 1000;

/// What a check needs besides the file.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// Today's date: Estimated Close Dates before it get a warning.
    pub today: NaiveDate,
    /// The largest annotated file to make, in bytes: a file whose annotated copy would be
    /// larger is not checked (`Err(Unreadable)`, saying so). `None`: no limit (the command
    /// line); the browser binding sets one, since a page's memory is small.
    pub max_annotated: Option<usize>,
    /// The template to check against; `None`: the one the header is in ([`header::choose`]).
    pub template: Option<TemplateId>,
    /// Keep where each row is in the annotated file ([`Checked::lines`]), so that
    /// [`outputs::edit`] finds a row without reading the file again (the page sets it).
    pub lines: bool,
    /// Microsoft's translated documentation, to recognise the column names and values partners
    /// copy from it ([`translations`]); by default the crate's own (`translations` feature).
    pub translations: Option<&'static translations::Translations>,
    /// Writes the annotated file's Errors cells in another language than English (`None`:
    /// English, as Partner Center writes its answer). The report's messages stay English.
    pub errors_in: Option<Speaker>,
    /// The sheet of a workbook the text was made from (by `cosell-workbook`): what its cells
    /// were (a number, a date, a formula…), said by the rules CS501–CS509, and each finding's
    /// cell in the workbook (`Issue::cell`). `None` for a CSV file; ignored without the `sheets`
    /// feature.
    pub sheet: Option<&'a sheet::Sheet>,
    /// The partner's latest export, read by [`baseline::read`]: each update row is compared with
    /// its deal there (rules CS601–CS611, [`Report::updates`], [`Summary::unchanged`]).
    #[cfg(feature = "baseline")]
    pub baseline: Option<&'a baseline::Baseline>,
}

/// Renders a message in a language (an edge's localizer).
#[derive(Clone, Copy)]
pub struct Speaker(pub &'static dyn Fn(&Message) -> String);

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speaker")
    }
}

impl Options<'_> {
    /// Options for checking on `today`, with no limit, in the file's own template.
    pub fn new(today: NaiveDate) -> Self {
        Options {
            today,
            max_annotated: None,
            template: None,
            lines: false,
            translations: translations::carried(),
            errors_in: None,
            sheet: None,
            #[cfg(feature = "baseline")]
            baseline: None,
        }
    }
}

/// The largest annotated file to make in a browser: 500 MB. Its text becomes one JavaScript
/// string for `validate` (V8 holds at most about 512 million characters in one), and a page's
/// memory is 4 GB at most, with the file, its text and the report in it too. The binding and
/// the page set it; the command line has no limit.
pub const BROWSER_MAX_ANNOTATED: usize = 500 << 20;

/// Reads a `YYYY-MM-DD` date (for `--today` and `?today=`; chrono's format parser would add its
/// whole machinery to the browser's module).
pub fn iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// The report lists at most this many issues of each rule (the largest export Partner Center
/// makes holds 5,000 rows: a rule that fires once per row of it is listed whole); the rest are
/// counted in the summary and in [`Report::not_listed`], and every error is in the annotated
/// file's Errors cells.
pub const MAX_LISTED: usize = 5000;

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
    /// Each row of the annotated file, the header first: its spreadsheet row and its bytes in
    /// `annotated` (line end included). Empty unless [`Options::lines`].
    pub lines: Vec<(usize, std::ops::Range<usize>)>,
}

/// Checks a file. `Err` only when the bytes are not a text file at all.
pub fn check(input: &[u8], options: &Options) -> Result<Checked, Unreadable> {
    check_with_progress(input, options, &mut |_| {})
}

/// Every fix the rules offer for a file's cells, in row and column order: the report's `fix`,
/// for every issue, listed or not. Apply them with [`outputs::apply`].
pub fn fixes(input: &[u8], options: &Options) -> Result<Vec<Change>, Unreadable> {
    let (_, changes) = run(input, options, true, &mut |_| {})?;
    Ok(changes)
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
    run(input, options, false, progress).map(|(checked, _)| checked)
}

/// A check, collecting every fix when `fixes` is set.
fn run(
    input: &[u8],
    options: &Options,
    fixes: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Checked, Vec<Change>), Unreadable> {
    // Collecting fixes, the annotated file is not wanted.
    fn collect(mut run: Run<'_>, fixes: bool) -> Run<'_> {
        if fixes {
            run.changes = Some(Vec::new());
            run.out = Annotated::discarding();
        }
        run
    }
    let (text, encoding) = decode::decode(input)?;
    let delimiter = decode::sniff_delimiter(&text);
    let mut run = read(
        &text,
        collect(Run::new(options, encoding, delimiter, text.len()), fixes),
        progress,
    );
    if run.out.is_full() {
        return Err(run.too_large());
    }
    // A file Partner Center has processed is known only once a row with its messages is seen:
    // then the file is read again, its successful rows set aside (rule CS014).
    if run.processed_rows_seen() {
        let again = Run {
            processed: true,
            ..Run::new(options, encoding, delimiter, text.len())
        };
        drop(run);
        run = read(&text, collect(again, fixes), progress);
        if run.out.is_full() {
            return Err(run.too_large());
        }
    }
    progress(Progress {
        done: text.len(),
        total: text.len(),
    });
    let changes = run.changes.take().unwrap_or_default();
    Ok((run.finish(), changes))
}

/// Feeds every record of `text` to `run`.
fn read<'o>(text: &str, mut run: Run<'o>, progress: &mut dyn FnMut(Progress)) -> Run<'o> {
    let total = text.len();
    let mut records = Records::new(text, run.delimiter);
    let mut record = records.buffer(usize::MAX);
    let mut rows = 0usize;
    while !run.out.is_full() && records.read(&mut record, run.keep()) {
        run.record(&records, &mut record);
        rows += 1;
        if rows.is_multiple_of(PROGRESS_EVERY) {
            progress(Progress {
                done: records.position(),
                total,
            });
        }
    }
    run
}

/// The state of one check, fed one record at a time.
struct Run<'o> {
    options: &'o Options<'o>,
    encoding: Encoding,
    delimiter: u8,
    layout: Option<Layout>,
    errors_column: ErrorsColumn,
    out: Annotated,
    file_issues: Vec<FileIssue>,
    issues: Vec<Issue>,
    /// One per data row; the summary's row counts are derived from it.
    outcomes: Vec<RowOutcome>,
    /// How many findings each rule made (indexed by code), listed or not.
    counts: Vec<usize>,
    state: FileState,
    /// The current row's findings (a buffer reused across rows).
    findings: Vec<Finding>,
    /// The current row's Errors cell (a buffer reused across rows).
    errors_cell: String,
    /// The spreadsheet row of the last record seen.
    row_number: usize,
    /// The spreadsheet rows of the rows whose cells are all empty.
    empty_rows: RowRanges,
    /// The file has been found processed by Partner Center: rows with an empty Errors cell are
    /// the ones it created or updated (rule CS014).
    processed: bool,
    /// Rows whose Errors cell held text we did not write (Partner Center's messages).
    foreign_rows: usize,
    /// Rows with data and an empty Errors cell: processed, if the file turns out to be.
    clean_rows: usize,
    /// The spreadsheet rows set aside as processed by Partner Center.
    processed_rows: RowRanges,
    /// The template the file is checked against (known once the header is read).
    template: TemplateId,
    /// Rows that create a deal (no Referral ID), checked or not: a 2021 file with any needs
    /// the current template (CS016).
    creates: usize,
    /// Every fix the rules offer, listed or not: collected only for [`fixes`].
    changes: Option<Vec<Change>>,
    /// Each row's spreadsheet row and place in the annotated file, when kept.
    lines: Option<Vec<(usize, std::ops::Range<usize>)>>,
    /// How our Errors cells say that a row was read the European way: in English, and as
    /// `Options::errors_in` says it when it is set (CS215's `because-european`).
    european_said_as: Vec<String>,
    /// How the file's columns pair with the baseline's (made with the header).
    #[cfg(feature = "baseline")]
    pairing: Option<baseline::Pairing>,
    /// Each update row compared with the baseline.
    #[cfg(feature = "baseline")]
    updates: Vec<Update>,
}

impl<'o> Run<'o> {
    fn new(options: &'o Options<'o>, encoding: Encoding, delimiter: u8, size: usize) -> Self {
        let out = Annotated::new(
            size + size / 8 + 64,
            options.max_annotated.unwrap_or(usize::MAX),
        );
        let mut file_issues = Vec::new();
        if let Some(message) = decode::encoding_warning(encoding) {
            file_issues.push(FileIssue::new(Code::NotUtf8, message));
        }
        if delimiter != b',' {
            let message = if delimiter == b';' {
                m::wrong_delimiter_semicolons()
            } else {
                m::wrong_delimiter_tabs()
            };
            file_issues.push(FileIssue::new(Code::WrongDelimiter, message));
        }
        #[cfg(feature = "sheets")]
        if let Some(sheet) = options.sheet {
            file_issues.extend(sheet.file_issues());
        }
        #[cfg(feature = "baseline")]
        if let Some(export) = options.baseline {
            file_issues.extend(baseline::file_issues(export));
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
            counts: vec![0; RULES.len()],
            state: FileState::default(),
            findings: Vec::new(),
            errors_cell: String::new(),
            row_number: 0,
            empty_rows: RowRanges::default(),
            processed: false,
            foreign_rows: 0,
            clean_rows: 0,
            processed_rows: RowRanges::default(),
            template: options.template.unwrap_or(TemplateId::Y2021),
            creates: 0,
            changes: None,
            lines: options.lines.then(Vec::new),
            european_said_as: european_said_as(options.errors_in),
            #[cfg(feature = "baseline")]
            pairing: None,
            #[cfg(feature = "baseline")]
            updates: Vec::new(),
        }
    }

    /// Whether our Errors cell says the row was read as from Excel with European settings:
    /// CS215's words that say so (in English, or as `Options::errors_in` says them), or CS223,
    /// which only such a reading gives.
    fn european_said(&self, cell: &str) -> bool {
        cell.contains("[CS223]") || self.european_said_as.iter().any(|said| cell.contains(said))
    }

    /// The answer when the annotated file would outgrow its limit.
    fn too_large(&self) -> Unreadable {
        let limit = self.options.max_annotated.unwrap_or(usize::MAX);
        Unreadable::new(m::too_large_here((limit >> 20).to_string()))
    }

    /// Whether this reading found rows Partner Center processed, without knowing it while it
    /// read them: messages of Partner Center's on some rows, an empty Errors cell on others.
    fn processed_rows_seen(&self) -> bool {
        !self.processed && self.foreign_rows > 0 && self.clean_rows > 0
    }

    /// How many cells of a record to keep: all of the header's; as many as the header has of
    /// a data row's (a longer row is only counted and copied).
    fn keep(&self) -> usize {
        self.layout.as_ref().map_or(usize::MAX, |l| l.header.len())
    }

    /// One record: the header first, then the data rows. The header is taken (its buffer is
    /// left empty for the rows).
    fn record(&mut self, records: &Records, record: &mut Record) {
        // Blank lines are rows of the spreadsheet, and of the annotated file.
        self.row_number += 1 + record.blank_before();
        self.out.blank_lines(record.blank_before());
        let start = self.out.len();
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
        if let Some(lines) = &mut self.lines {
            lines.push((self.row_number, start..self.out.len()));
        }
    }

    fn header(&mut self, records: &Records, record: Record) {
        let unclosed = record.unclosed();
        self.template = self
            .options
            .template
            .unwrap_or_else(|| header::choose(&record));
        let (layout, issues) =
            header::resolve(record, self.template.template(), self.options.translations);
        self.file_issues.extend(issues);
        self.errors_column = match layout.index(Field::Errors) {
            Some(index) => ErrorsColumn::Replace(index),
            None => ErrorsColumn::Insert,
        };
        if let Some(cell) = unclosed {
            self.findings
                .push(unclosed_finding(&layout, &layout.header, cell));
        }
        // A translated page's column names: the English name is the fix (CS020).
        if let Some(changes) = &mut self.changes {
            for (index, english) in &layout.renamed {
                let name = layout.header.get(*index).unwrap_or("").to_string();
                changes.push(Change {
                    row: self.row_number,
                    index: *index,
                    column: name.clone(),
                    before: name,
                    after: english.clone(),
                    code: Some(Code::TranslatedColumns),
                });
            }
        }
        self.record_findings();
        self.out
            .row(records, &layout.header, self.errors_column, "Errors");
        #[cfg(feature = "baseline")]
        if let Some(baseline::Baseline::Export(export)) = self.options.baseline {
            self.pairing = Some(baseline::pair(&layout, export));
        }
        self.layout = Some(layout);
    }

    fn data_row(&mut self, records: &Records, layout: &Layout, record: &Record) {
        let errors_index = layout.index(Field::Errors);
        let unclosed = record.unclosed();
        if unclosed.is_none() && record.is_blank(errors_index) {
            self.outcomes.push(RowOutcome::Empty);
            self.empty_rows.add(self.row_number);
            self.out.row(records, record, self.errors_column, "");
            return;
        }
        let repeats_header = record.len() == layout.header.len()
            && record
                .iter()
                .zip(layout.header.iter())
                .enumerate()
                .all(|(i, (cell, name))| Some(i) == errors_index || cell == name);
        // A repeated header's "Errors" is not Partner Center's answer.
        let previous = match errors_index.and_then(|i| record.get(i)) {
            Some(_) if repeats_header => Previous::Ours,
            Some(cell) => annotate::previous(cell),
            None => Previous::Empty,
        };
        let set_aside = match previous {
            Previous::Processed => true,
            Previous::Empty => {
                self.clean_rows += 1;
                self.processed
            }
            Previous::Foreign => {
                self.foreign_rows += 1;
                false
            }
            Previous::Ours => false,
        };
        if layout.other_file.is_some() {
            // Not a co-sell opportunity at all: said once for the file (CS018), marked here.
            self.outcomes.push(RowOutcome::NotProcessed);
            self.out.row(
                records,
                record,
                self.errors_column,
                annotate::OTHER_FILE_NOTE,
            );
            return;
        }
        if layout
            .index(Field::ReferralId)
            .and_then(|i| record.get(i))
            .is_none_or(|v| v.trim().is_empty())
        {
            self.creates += 1;
        }
        if set_aside {
            self.outcomes.push(RowOutcome::Processed);
            self.processed_rows.add(self.row_number);
            self.out.row(
                records,
                record,
                self.errors_column,
                annotate::PROCESSED_NOTE,
            );
            return;
        }
        if let Some(cell) = unclosed {
            self.findings.push(unclosed_finding(layout, record, cell));
        }
        let data_cells = record.len() - usize::from(errors_index.is_some_and(|i| i < record.len()));
        if repeats_header {
            self.findings.push(Finding {
                index: None,
                column: None,
                value: String::new(),
                code: Code::RepeatedHeader,
                message: m::repeated_header(),
                fix: None,
                also: Vec::new(),
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
                    m::too_many_cells(data_cells, layout.data_columns)
                } else {
                    m::too_few_cells(layout.data_columns)
                },
                fix: None,
                also: Vec::new(),
            });
        } else {
            let mut row = Row {
                layout,
                cells: record,
                number: self.row_number,
                today: self.options.today,
                european: self.delimiter == b';'
                    || (previous == Previous::Ours
                        && errors_index
                            .and_then(|i| record.get(i))
                            .is_some_and(|cell| self.european_said(cell))),
                translations: self.options.translations,
                #[cfg(feature = "sheets")]
                facts: self
                    .options
                    .sheet
                    .map_or(&[], |sheet| sheet.row_facts(self.row_number)),
                findings: &mut self.findings,
            };
            row::check(&mut row, &mut self.state);
            #[cfg(feature = "baseline")]
            self.compare(records, layout, record);
        }
        if previous == Previous::Foreign
            && !self
                .findings
                .iter()
                .any(|f| f.code.severity() == Severity::Error)
        {
            if let Some(index) = errors_index {
                let answer = record.get(index).unwrap_or("").trim();
                self.findings.push(Finding {
                    index: Some(index),
                    column: Some(layout.column_name(index).to_string()),
                    code: Code::PreviousErrors,
                    message: m::previous_errors(values::quoted(answer)),
                    value: excerpt(answer),
                    fix: None,
                    also: Vec::new(),
                });
            }
        }
        if let Some(changes) = &mut self.changes {
            let from = changes.len();
            for finding in &self.findings {
                let (Some(after), Some(index)) = (&finding.fix, finding.index) else {
                    continue;
                };
                for &index in std::iter::once(&index).chain(&finding.also) {
                    changes.push(Change {
                        row: self.row_number,
                        index,
                        column: layout.column_name(index).to_string(),
                        before: record.get(index).unwrap_or("").to_string(),
                        after: after.clone(),
                        code: Some(finding.code),
                    });
                }
            }
            // In column order; one change per cell (two fixes of one composite cell each
            // rewrite the whole cell: the second is offered again once the first is made).
            let mut row = changes.split_off(from);
            row.sort_by_key(|change| change.index);
            row.dedup_by_key(|change| change.index);
            changes.append(&mut row);
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

    /// Compares an update row with its deal in the baseline, when there is one.
    #[cfg(feature = "baseline")]
    fn compare(&mut self, records: &Records, layout: &Layout, record: &Record) {
        let (Some(baseline::Baseline::Export(export)), Some(pairing)) =
            (self.options.baseline, &self.pairing)
        else {
            return;
        };
        let Some(id) = layout
            .index(Field::ReferralId)
            .and_then(|i| record.get(i))
            .map(values::trim)
            .filter(|id| !id.is_empty())
        else {
            return;
        };
        let row = baseline::UpdateRow {
            cells: record,
            raw: &records.text()[record.span()],
            row: self.row_number,
            id,
        };
        let update = baseline::compare(export, pairing, layout, &row, &mut self.findings);
        self.updates.extend(update);
    }

    /// Moves the current row's findings into the report, in column order (row-wide ones first,
    /// the rules' order within a column), and builds its Errors cell from the errors among
    /// them. Returns whether there was an error.
    fn record_findings(&mut self) -> bool {
        self.findings.sort_by_key(|f| f.index.map_or(0, |i| i + 1));
        self.errors_cell.clear();
        for finding in self.findings.drain(..) {
            let severity = finding.code.severity();
            let count = &mut self.counts[finding.code as usize];
            *count += 1;
            let listed = *count <= MAX_LISTED;
            let english =
                (severity == Severity::Error || listed).then(|| finding.message.english());
            if let (Severity::Error, Some(english)) = (severity, &english) {
                match self.options.errors_in {
                    Some(Speaker(speak)) => {
                        let said = speak(&finding.message);
                        annotate::push_error(&mut self.errors_cell, &said, finding.code);
                    }
                    None => annotate::push_error(&mut self.errors_cell, english, finding.code),
                }
            }
            let Some(english) = english.filter(|_| listed) else {
                continue;
            };
            self.issues.push(Issue {
                row: self.row_number,
                #[cfg(feature = "sheets")]
                cell: self
                    .options
                    .sheet
                    .map(|sheet| sheet.reference(self.row_number, finding.index)),
                column: finding.column,
                code: finding.code,
                severity,
                message: english,
                data: finding.message,
                value: finding.value,
                fix: finding.fix,
            });
        }
        !self.errors_cell.is_empty()
    }

    fn finish(mut self) -> Checked {
        let mut summary = Summary::default();
        for outcome in &self.outcomes {
            match outcome {
                RowOutcome::Create => summary.create += 1,
                RowOutcome::Update => summary.update += 1,
                RowOutcome::NotProcessed => summary.not_processed += 1,
                RowOutcome::Processed => summary.processed += 1,
                RowOutcome::Empty => {}
            }
        }
        let empty_rows = std::mem::take(&mut self.empty_rows);
        let processed_rows = std::mem::take(&mut self.processed_rows);
        summary.rows = summary.create + summary.update + summary.not_processed;

        if self.layout.is_none() {
            self.file_issues
                .push(FileIssue::new(Code::EmptyFile, m::empty_file()));
        } else if summary.rows == 0 {
            self.file_issues
                .push(FileIssue::new(Code::NoDataRows, m::no_data_rows()));
        }
        // Empty rows are records too: Partner Center's page does not say whether they count.
        if summary.rows + empty_rows.count > MAX_ROWS {
            let empty = match empty_rows.count {
                0 => Arg::from(""),
                1 => m::and_empty_row().into(),
                n => m::and_empty_rows(n).into(),
            };
            let what = if summary.rows > MAX_ROWS {
                m::split_into(summary.rows.div_ceil(MAX_ROWS))
            } else {
                m::delete_empty_rows()
            };
            self.file_issues.push(FileIssue::new(
                Code::TooManyRows,
                m::too_many_rows(summary.rows, empty, MAX_ROWS, what),
            ));
        }
        if self.template == TemplateId::Y2021
            && self.layout.as_ref().is_some_and(|l| l.other_file.is_none())
            && summary.rows > 0
        {
            let upgrade = m::upgrade();
            self.file_issues.push(match self.creates {
                0 => FileIssue::new(Code::OldTemplate, m::old_template(upgrade)),
                1 => FileIssue::new(
                    Code::OldTemplateCreate,
                    m::old_template_create_one(upgrade, self.creates),
                ),
                n => FileIssue::new(Code::OldTemplateCreate, m::old_template_create(upgrade, n)),
            });
        }
        if processed_rows.count > 0 {
            let message = if processed_rows.count == 1 {
                m::processed_file_one(processed_rows.message())
            } else {
                m::processed_file(processed_rows.message())
            };
            self.file_issues
                .push(FileIssue::new(Code::ProcessedFile, message));
        }
        if empty_rows.count > 0 {
            let n = empty_rows.count;
            let message = if n == 1 {
                m::empty_rows_one(n, empty_rows.message())
            } else {
                m::empty_rows(n, empty_rows.message())
            };
            self.file_issues
                .push(FileIssue::new(Code::EmptyRows, message));
        }

        let mut not_listed = Vec::new();
        for (rule, &count) in RULES.iter().zip(&self.counts) {
            match rule.severity {
                Severity::Error => summary.errors += count,
                Severity::Warning => summary.warnings += count,
            }
            if count > MAX_LISTED {
                not_listed.push(NotListed {
                    code: rule.code,
                    count: count - MAX_LISTED,
                });
            }
        }
        for issue in &self.file_issues {
            match issue.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
        #[cfg(feature = "baseline")]
        let updates = match self.options.baseline {
            Some(baseline::Baseline::Export(_)) => {
                summary.unchanged = Some(self.updates.iter().filter(|u| u.unchanged).count());
                Some(std::mem::take(&mut self.updates))
            }
            _ => None,
        };
        let annotated = self.out.into_bytes();
        Checked {
            report: Report {
                summary,
                file_issues: self.file_issues,
                issues: self.issues,
                not_listed,
                template: self.template,
                #[cfg(feature = "baseline")]
                updates,
            },
            annotated,
            rows: self.outcomes,
            encoding: self.encoding,
            delimiter: self.delimiter,
            lines: self.lines.unwrap_or_default(),
        }
    }
}

/// CS215's words saying that a row was read the European way, as our Errors cells write them:
/// in English, and as `errors_in` says them.
fn european_said_as(errors_in: Option<Speaker>) -> Vec<String> {
    let because = m::because_european();
    let mut said = vec![because.english().trim().to_string()];
    if let Some(Speaker(speak)) = errors_in {
        let theirs = speak(&because).trim().to_string();
        if !theirs.is_empty() {
            said.push(theirs);
        }
    }
    said
}

fn unclosed_finding(layout: &Layout, record: &Record, cell: usize) -> Finding {
    // A cell past the header's last column has no name: it is named by its place.
    let (column, place) = match layout.header.get(cell) {
        Some(_) => {
            let name = layout.column_name(cell).to_string();
            (Some(name.clone()), Arg::from(name))
        }
        None => (None, m::cell_past_last((cell + 1).to_string()).into()),
    };
    Finding {
        index: Some(cell),
        message: m::unclosed_quote(place),
        column,
        code: Code::UnclosedQuote,
        value: record.get(cell).map_or_else(String::new, excerpt),
        fix: None,
        also: Vec::new(),
    }
}

/// Spreadsheet rows, as runs, for a message: `row 7` / `rows 7–9, 12`. Only the runs a
/// message shows are kept, so a file of a million empty rows costs no more than one of ten.
#[derive(Debug, Default)]
struct RowRanges {
    /// The first runs, `(first, last)`.
    shown: Vec<(usize, usize)>,
    /// Runs beyond those.
    more: usize,
    /// Rows in all.
    count: usize,
    /// The last row added.
    last: usize,
}

impl RowRanges {
    /// Runs named in a message; the rest are counted.
    const SHOWN: usize = 10;

    /// Adds a row (rows come in ascending order).
    fn add(&mut self, row: usize) {
        let follows = self.count > 0 && row == self.last + 1;
        self.count += 1;
        self.last = row;
        if follows {
            if self.more == 0 {
                if let Some(run) = self.shown.last_mut() {
                    run.1 = row;
                }
            }
        } else if self.shown.len() < Self::SHOWN {
            self.shown.push((row, row));
        } else {
            self.more += 1;
        }
    }
}

impl RowRanges {
    /// `row 7`, `rows 7–9, 12`, `rows 7–9, 12, … and 3 more`.
    fn message(&self) -> Message {
        let runs = self.shown.iter().map(|&(start, end)| {
            Arg::from(if start == end {
                start.to_string()
            } else {
                format!("{start}–{end}")
            })
        });
        let runs = List::new(Join::Comma, runs);
        match (self.count, self.more) {
            (1, _) => m::row_list_one(runs),
            (_, 0) => m::row_list(runs),
            (_, more) => m::row_list_more(runs, more),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(rows: impl IntoIterator<Item = usize>) -> String {
        let mut ranges = RowRanges::default();
        rows.into_iter().for_each(|row| ranges.add(row));
        ranges.message().english()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    /// The template's header and `rows` copies of a valid new deal, then `tail`.
    fn file(rows: usize, tail: &str) -> Vec<u8> {
        let header = template::TEMPLATE_2021.header().join(",");
        let row = ",,,Deal,Contoso,One Way,,Redmond,,,US,,,,,,New,Accepted,,,,100,USD,1/30/2027,,,,No,,Yes,,Yes,SOL-1,\"Bob, Partner, 9, bob@contoso.com\"";
        let mut text = format!("{header}\r\n");
        for _ in 0..rows {
            text.push_str(row);
            text.push_str("\r\n");
        }
        text.push_str(tail);
        text.into_bytes()
    }

    /// The codes found, but the old template's (these files are in the 2021 template).
    fn codes(checked: &Checked) -> Vec<Code> {
        let file = checked.report.file_issues.iter().map(|i| i.code);
        file.chain(checked.report.issues.iter().map(|i| i.code))
            .filter(|&c| c != Code::OldTemplateCreate)
            .collect()
    }

    #[test]
    fn empty_rows_count_toward_the_limit_of_1000_records() {
        let at_limit =
            check(&file(1000, ""), &Options::new(today())).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(codes(&at_limit), vec![]);
        let over = check(&file(1000, &",".repeat(33)), &Options::new(today()))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(codes(&over), vec![Code::TooManyRows, Code::EmptyRows]);
        assert_eq!(
            over.report.file_issues[0].message,
            "The file has 1000 data rows and 1 empty row; Partner Center processes at most 1000 records per file and will not process this one: delete the empty rows"
        );
    }

    /// A language of its own for the tests: every message in capitals, between guillemets.
    fn shouting(message: &Message) -> String {
        format!("«{}»", message.english().to_uppercase())
    }

    #[test]
    fn errors_cells_speak_the_language_asked_for_and_read_back_the_same() {
        // A semicolon file, read the European way: `12.563` is CS223's, only that reading's.
        let file = include_bytes!("../../../tests/rules/CS223.csv");
        let options = Options {
            errors_in: Some(Speaker(&shouting)),
            ..Options::new(today())
        };
        let first = check(file, &options).unwrap_or_else(|e| panic!("{e}"));
        let english = check(file, &Options::new(today())).unwrap_or_else(|e| panic!("{e}"));
        // The report stays English; only the Errors cells change.
        assert_eq!(first.report, english.report);
        let annotated = String::from_utf8(first.annotated.clone()).unwrap();
        assert!(
            annotated.contains(
                "«INVALID NUMBER '1.250.000' IN ESTIMATED DEAL VALUE: WRITE 1250000» [CS215]"
            ),
            "{annotated}"
        );
        assert!(!annotated.contains("Invalid number"));
        assert!(annotated.contains("[CS223]"));
        // Checked again (now comma-separated), its rows are read as they were: the European
        // reading is carried in the Errors cells, in the language they are written in.
        let again = check(&first.annotated, &options).unwrap_or_else(|e| panic!("{e}"));
        let errors = |text: &[u8]| -> Vec<String> {
            let mut reader = csv::Reader::from_reader(text);
            reader
                .records()
                .map(|r| r.unwrap()[0].to_string())
                .collect()
        };
        assert_eq!(errors(&again.annotated), errors(&first.annotated));
    }

    #[test]
    fn share_with_microsoft_sales_team_is_a_mandatory_column() {
        let header: Vec<String> = template::TEMPLATE_2021
            .header()
            .into_iter()
            .filter(|name| name != "Share with Microsoft sales team")
            .collect();
        let text = format!("{}\r\n", header.join(","));
        let checked =
            check(text.as_bytes(), &Options::new(today())).unwrap_or_else(|e| panic!("{e}"));
        let missing: Vec<&str> = checked
            .report
            .file_issues
            .iter()
            .filter(|i| i.code == Code::MissingColumn)
            .map(|i| i.message.as_str())
            .collect();
        assert_eq!(
            missing,
            ["Mandatory column Share with Microsoft sales team is missing from the header"]
        );
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        // Two blank lines after the header: the row is spreadsheet row 4.
        let text = "Deal Name,Currency\r\n\r\n\r\nDeal,usd\r\n";
        let checked =
            check(text.as_bytes(), &Options::new(today())).unwrap_or_else(|e| panic!("{e}"));
        assert!(checked.report.issues.iter().all(|i| i.row == 4));
        assert!(!checked.report.issues.is_empty());
        // The annotated file keeps the blank lines, so that its rows have the same numbers.
        let annotated = String::from_utf8_lossy(&checked.annotated);
        assert_eq!(
            annotated
                .split("\r\n")
                .nth(3)
                .map(|l| l.ends_with("Deal,usd")),
            Some(true)
        );
    }

    #[test]
    fn an_annotated_file_too_large_for_its_limit_is_refused() {
        let options = Options {
            max_annotated: Some(64 << 10),
            ..Options::new(today())
        };
        let small = check(&file(10, ""), &options);
        assert!(small.is_ok());
        let large = check(&file(1000, ""), &options);
        let message = large.map(|_| ()).unwrap_err().message;
        assert!(
            message.starts_with("This file is too large to check here"),
            "{message}"
        );
    }

    #[test]
    fn row_ranges_are_short() {
        assert_eq!(ranges([7]), "row 7");
        assert_eq!(ranges([7, 8, 9, 12]), "rows 7–9, 12");
        assert_eq!(
            ranges((0..30).map(|i| i * 2)),
            "rows 0, 2, 4, 6, 8, 10, 12, 14, 16, 18 and 20 more"
        );
        // A run beyond the shown ones is one more, however long.
        let rows = (0..10).map(|i| i * 2).chain(100..200).chain([300]);
        assert_eq!(
            ranges(rows),
            "rows 0, 2, 4, 6, 8, 10, 12, 14, 16, 18 and 2 more"
        );
    }
}
