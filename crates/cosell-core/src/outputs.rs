//! The files a partner needs next, made from an annotated file: the rows to fix, the rows ready
//! to upload, batches of at most 1,000 rows (one ZIP), the blank template, and their names.
//!
//! They read the annotated CSV (always UTF-8, comma-separated, with an `Errors` column), so
//! they work on the output of [`crate::check`] and on any annotated file saved earlier. Rows
//! are copied cell for cell, like the annotated file itself. A file that was not annotated by
//! [`crate::check`] (no Errors column, or Partner Center's messages in it) is refused: its
//! Errors cells do not say which rows are ready.
//!
//! Every CSV file made for people starts with a UTF-8 byte-order mark ([`BOM`]): Excel reads a
//! CSV file without one as the computer's legacy encoding (Windows-1252 in Western Europe), so
//! `Sveavägen` would open as `SveavÃ¤gen` and be saved back broken; Excel's own "CSV UTF-8"
//! writes one, and Partner Center takes such files.

use crate::annotate::{self, Annotated, ErrorsColumn, Previous};
use crate::record::Records;
use crate::template::TemplateId;
use crate::MAX_ROWS;

/// The UTF-8 byte-order mark that starts every CSV file made for people (see the module docs).
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// Which rows of an annotated file to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// Rows whose Errors cell holds errors: Partner Center would not process them.
    ToFix,
    /// Rows with an empty Errors cell (empty rows left out): upload these.
    Ready,
    /// Every row but the empty ones and those Partner Center has already processed.
    All,
}

/// Why the next files cannot be made from a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAnnotated {
    /// The file has no Errors column.
    NoErrorsColumn,
    /// Its Errors column holds text that `check` did not write (Partner Center's answer to an
    /// upload): which rows are ready is not known.
    Unchecked,
}

impl NotAnnotated {
    /// What is wrong and what to do, as a message.
    pub fn message(&self) -> crate::message::Message {
        use crate::message::m;
        match self {
            NotAnnotated::NoErrorsColumn => m::no_errors_column(),
            NotAnnotated::Unchecked => m::unchecked_errors(),
        }
    }
}

impl std::fmt::Display for NotAnnotated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for NotAnnotated {}

fn keep(rows: Rows, previous: Previous, empty: bool) -> bool {
    match rows {
        Rows::ToFix => previous == Previous::Ours,
        Rows::Ready => previous == Previous::Empty && !empty,
        Rows::All => previous != Previous::Processed && !empty,
    }
}

/// Reads an annotated file into files of at most `per_file` chosen rows, each with the header
/// (rows copied as they stand; the header alone when no row is chosen), and says how many rows
/// were chosen. The spreadsheet rows in `leave_out` (ascending) are not chosen.
fn parts(
    annotated: &[u8],
    rows: Rows,
    per_file: usize,
    leave_out: &[usize],
) -> Result<(Vec<Vec<u8>>, usize), NotAnnotated> {
    let text = String::from_utf8_lossy(annotated);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut records = Records::new(text, b',');
    let mut header = records.buffer(usize::MAX);
    records.read(&mut header, usize::MAX);
    let errors = header
        .iter()
        .position(|name| name == "Errors")
        .ok_or(NotAnnotated::NoErrorsColumn)?;
    let new_file = |records: &Records| {
        let mut out = Annotated::with_capacity(0);
        out.row(records, &header, ErrorsColumn::AsIs, "");
        out
    };
    let (mut files, mut file, mut chosen) = (Vec::new(), new_file(&records), 0);
    let mut record = records.buffer(usize::MAX);
    let mut row = 1;
    while records.read(&mut record, usize::MAX) {
        row += 1 + record.blank_before();
        if leave_out.binary_search(&row).is_ok() {
            continue;
        }
        let previous = record
            .get(errors)
            .map_or(Previous::Empty, annotate::previous);
        if previous == Previous::Foreign {
            return Err(NotAnnotated::Unchecked);
        }
        if !keep(rows, previous, record.is_blank(Some(errors))) {
            continue;
        }
        if chosen > 0 && chosen % per_file == 0 {
            files.push(std::mem::replace(&mut file, new_file(&records)).into_bytes());
        }
        file.row(&records, &record, ErrorsColumn::AsIs, "");
        chosen += 1;
    }
    files.push(file.into_bytes());
    Ok((files, chosen))
}

/// The header and the chosen rows of an annotated file.
pub fn select(annotated: &[u8], rows: Rows) -> Result<Vec<u8>, NotAnnotated> {
    let (mut files, _) = parts(annotated, rows, usize::MAX, &[])?;
    Ok(files.pop().unwrap_or_default())
}

/// [`select`], leaving out the spreadsheet rows `leave_out` (in any order): "ready to upload"
/// without the rows a comparison with the export found unchanged ([`crate::Update::unchanged`]).
#[cfg(feature = "baseline")]
pub fn select_leaving_out(
    annotated: &[u8],
    rows: Rows,
    leave_out: &[usize],
) -> Result<Vec<u8>, NotAnnotated> {
    let mut leave_out = leave_out.to_vec();
    leave_out.sort_unstable();
    let (mut files, _) = parts(annotated, rows, usize::MAX, &leave_out)?;
    Ok(files.pop().unwrap_or_default())
}

/// The chosen rows in files of at most 1,000 rows, each with the header (none when no row is
/// chosen).
pub fn batches(annotated: &[u8], rows: Rows) -> Result<Vec<Vec<u8>>, NotAnnotated> {
    Ok(match parts(annotated, rows, MAX_ROWS, &[])? {
        (_, 0) => Vec::new(),
        (files, _) => files,
    })
}

/// The batches as files: each named `<stem>.part-I-of-N.csv` and starting with a [`BOM`].
pub fn batch_files(
    annotated: &[u8],
    rows: Rows,
    input_name: &str,
) -> Result<Vec<(String, Vec<u8>)>, NotAnnotated> {
    let parts = batches(annotated, rows)?;
    let stem = stem(input_name);
    let total = parts.len();
    Ok(parts
        .into_iter()
        .enumerate()
        .map(|(i, mut part)| {
            part.splice(0..0, BOM.iter().copied());
            (format!("{stem}.part-{}-of-{total}.csv", i + 1), part)
        })
        .collect())
}

/// One ZIP (stored, not compressed: CSV files open from it in Excel as they are) holding the
/// [`batch_files`].
#[cfg(feature = "zip")]
pub fn batches_zip(
    annotated: &[u8],
    rows: Rows,
    input_name: &str,
) -> Result<Vec<u8>, NotAnnotated> {
    let files = batch_files(annotated, rows, input_name)?;
    Ok(zip_files(
        files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
    ))
}

/// One ZIP holding these files, stored (not compressed), in this order.
#[cfg(feature = "zip")]
pub fn zip_files<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])> + Clone) -> Vec<u8> {
    use std::io::Write;
    let size: usize = files.clone().map(|(_, bytes)| bytes.len()).sum();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(size + 4096)));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(size > u32::MAX as usize / 2);
    for (name, bytes) in files {
        // Writing into memory cannot fail short of memory itself.
        if zip.start_file(name, options).is_ok() {
            let _ = zip.write_all(bytes);
        }
    }
    zip.finish()
        .map(std::io::Cursor::into_inner)
        .unwrap_or_default()
}

/// A blank template: the header row Partner Center's import page offers.
pub fn template_csv(template: TemplateId) -> Vec<u8> {
    let mut out = Annotated::with_capacity(0);
    out.cells(template.template().header());
    out.into_bytes()
}

/// The same file in the current template: its columns renamed and put in the current
/// template's order, the new columns added empty, every value kept (columns the current
/// template does not have go last, as they are, and cells past the header's last column after
/// them), and the Errors column kept (added empty, first,
/// when there is none). Comma-separated UTF-8, like the annotated file. `Err` only for bytes
/// that are not a text file.
pub fn upgrade(input: &[u8]) -> Result<Vec<u8>, crate::Unreadable> {
    upgrade_with(input, crate::translations::carried())
}

/// [`upgrade`], reading a translated page's column names with `translations` (the page hands
/// over the ones it fetched).
pub fn upgrade_with(
    input: &[u8],
    translations: Option<&crate::translations::Translations>,
) -> Result<Vec<u8>, crate::Unreadable> {
    use crate::header;
    use crate::template::CURRENT;
    let (text, _) = crate::decode::decode(input)?;
    let delimiter = crate::decode::sniff_delimiter(&text);
    let mut records = Records::new(&text, delimiter);
    let mut header_record = records.buffer(usize::MAX);
    let mut out = Annotated::with_capacity(text.len() + text.len() / 4 + 1024);
    if !records.read(&mut header_record, usize::MAX) {
        return Ok(out.into_bytes());
    }
    let blank_before = header_record.blank_before();
    let old = header::choose(&header_record).template();
    // A translated page's column names are the columns they translate.
    let (layout, _) = header::resolve(header_record, old, translations);

    // Where each of the current template's columns comes from: an input column, or none (an
    // empty column).
    let mut sources: Vec<(String, Option<usize>)> = Vec::new();
    for column in CURRENT.columns.iter().filter(|c| c.in_table) {
        sources.push((column.name.to_string(), layout.index(column.field)));
    }
    for numbered in CURRENT.numbered {
        let present = layout.numbered(numbered.kind);
        if present.is_empty() {
            sources.push((numbered.kind.column_name(1), None));
        }
        for &(n, index) in present {
            sources.push((numbered.kind.column_name(n), Some(index)));
        }
    }
    // Then every other input column, in its place's order, under its own name; then the cells
    // past the header's last column. One byte per input column, however wide the file.
    let width = layout.header.len();
    let mut placed = vec![false; width];
    for index in sources.iter().filter_map(|(_, i)| *i) {
        placed[index] = true;
    }
    let others = || (0..width).filter(|&i| !placed[i]);

    out.blank_lines(blank_before);
    let names = sources.iter().map(|(name, _)| name.as_str());
    out.cells(names.chain(others().map(|i| layout.header.get(i).unwrap_or(""))));
    let mut record = records.buffer(usize::MAX);
    while records.read(&mut record, usize::MAX) {
        out.blank_lines(record.blank_before());
        let cell = |index: usize| record.get(index).unwrap_or("");
        let template = sources.iter().map(|&(_, index)| index.map_or("", cell));
        out.cells(
            template
                .chain(others().map(cell))
                .chain(record.iter().skip(width)),
        );
    }
    Ok(out.into_bytes())
}

/// A file with changes made to it, checked again.
#[derive(Clone, Debug)]
pub struct Fixed {
    /// The corrected file checked: its annotated CSV is the corrected file, with its Errors
    /// cells refreshed.
    pub checked: crate::Checked,
    /// The changes made, in row and column order.
    pub changes: Vec<crate::Change>,
}

/// The file with `changes` made (cells addressed by spreadsheet row and header place), checked
/// again. A change is made only where the cell still reads as its `before` (a change meant for
/// another version of the file is left out, and not listed); every other cell is kept exactly
/// as read. `Err` only for bytes that are not a text file.
pub fn apply(
    input: &[u8],
    options: &crate::Options,
    changes: &[crate::Change],
) -> Result<Fixed, crate::Unreadable> {
    let (corrected, changes) = correct(input, changes.to_vec())?;
    Ok(Fixed {
        checked: crate::check(&corrected, options)?,
        changes,
    })
}

/// [`apply`] to a file already checked: the same answer, quicker. `before` is the check whose
/// annotated copy is changed (the check that made it, or a check of that copy). When the
/// changes cannot alter what any other row is found to have, only the rows they change are
/// checked again (together, under the header) and the report is patched; otherwise (a Referral
/// ID, which other rows are compared with; the Errors cell; a file Partner Center processed; a
/// rule whose list is full; a row that becomes empty; most of the rows changed; a file compared
/// with a baseline, whose report lists every update row's changes) the whole file is, as by
/// [`apply`].
pub fn edit(
    before: &crate::Checked,
    options: &crate::Options,
    changes: &[crate::Change],
) -> Result<Fixed, crate::Unreadable> {
    match edit_rows(before, options, changes) {
        Some(fixed) => Ok(fixed),
        None => apply(&before.annotated, options, changes),
    }
}

/// The rule codes of file-level findings that count the rows (made once all rows are read):
/// unchanged by changes to rows that stay checked rows with the same Referral IDs.
fn counts_rows(code: crate::Code) -> bool {
    use crate::Code;
    matches!(
        code,
        Code::EmptyFile
            | Code::NoDataRows
            | Code::TooManyRows
            | Code::OldTemplate
            | Code::OldTemplateCreate
            | Code::ProcessedFile
            | Code::EmptyRows
    )
}

/// A row of the file being edited: its spreadsheet row, its place among the data rows, and its
/// line (CRLF included) in the annotated file.
struct Picked {
    row: usize,
    index: usize,
    line: std::ops::Range<usize>,
}

/// [`edit`] by checking the changed rows alone (a file of the header and those rows), or `None`
/// when the whole file must be checked again.
fn edit_rows(
    before: &crate::Checked,
    options: &crate::Options,
    changes: &[crate::Change],
) -> Option<Fixed> {
    use crate::template::Field;
    use crate::{Code, RowOutcome, Severity};
    let report = &before.report;
    #[cfg(feature = "baseline")]
    if report.updates.is_some() {
        return None;
    }
    // Rows that depend on each other: findings not listed (counted only), rows set aside as
    // processed; and findings the file's check gave that checking it again would not (Partner
    // Center's answers quoted, quotes left open: the annotated file has neither).
    if !report.not_listed.is_empty()
        || report
            .file_issues
            .iter()
            .any(|i| matches!(i.code, Code::ProcessedFile | Code::OtherBulkFile))
        || report
            .issues
            .iter()
            .any(|i| matches!(i.code, Code::PreviousErrors | Code::UnclosedQuote))
    {
        return None;
    }
    let mut rows: Vec<usize> = changes.iter().map(|c| c.row).collect();
    rows.sort_unstable();
    rows.dedup();
    if rows.is_empty() || 2 * rows.len() > before.rows.len() {
        return None;
    }
    // The annotated file is ours: UTF-8, comma-separated, every row closed by CRLF.
    let text = std::str::from_utf8(&before.annotated).ok()?;
    let line = |text: &str, record: &crate::record::Record| {
        let span = record.span();
        text[span.end..]
            .starts_with("\r\n")
            .then(|| span.start..span.end + 2)
    };
    // Where the rows are: kept by the check ([`crate::Options::lines`]), or read.
    let indexed = before.lines.len() == before.rows.len() + 1;
    if options.lines && !indexed {
        return None;
    }
    let mut records = Records::new(text, b',');
    let mut record = records.buffer(usize::MAX);
    let header = match before.lines.first().filter(|_| indexed) {
        Some((_, header)) => {
            let mut one = Records::new(&text[header.clone()], b',');
            one.read(&mut record, usize::MAX).then(|| header.clone())?
        }
        None => {
            records.read(&mut record, usize::MAX).then_some(())?;
            line(text, &record)?
        }
    };
    let template = options
        .template
        .unwrap_or_else(|| crate::header::choose(&record));
    let mut row = 1 + record.blank_before();
    let taken = std::mem::replace(&mut record, records.buffer(usize::MAX));
    let (layout, _) = crate::header::resolve(taken, template.template(), options.translations);
    // Other rows are compared by Referral ID; the Errors cell is ours.
    let shared = [Field::ReferralId, Field::Errors].map(|field| layout.index(field));
    if changes.iter().any(|c| shared.contains(&Some(c.index))) {
        return None;
    }
    let mut picked: Vec<Picked> = Vec::with_capacity(rows.len());
    if indexed {
        let lines = &before.lines[1..];
        for &row in &rows {
            // Not a row: a blank line, or past the end (no cell to change there).
            let index = lines.binary_search_by_key(&row, |(row, _)| *row).ok()?;
            let line = lines[index].1.clone();
            picked.push(Picked { row, index, line });
        }
    } else {
        let mut index = 0;
        while picked.len() < rows.len() {
            if !records.read(&mut record, usize::MAX) {
                return None;
            }
            row += 1 + record.blank_before();
            let wanted = rows[picked.len()];
            if row > wanted {
                return None;
            }
            if row == wanted {
                let line = line(text, &record)?;
                picked.push(Picked { row, index, line });
            }
            index += 1;
        }
    }
    // The rows alone, as `apply` reads a file: UTF-8 with a byte-order mark.
    let head = &text[header];
    let mut alone = Vec::with_capacity(BOM.len() + head.len() + 256 * picked.len());
    alone.extend_from_slice(BOM);
    alone.extend_from_slice(head.as_bytes());
    for p in &picked {
        alone.extend_from_slice(text[p.line.clone()].as_bytes());
    }
    // The rows as they were, checked alone, must get what they got in the file (else something
    // else in the file mattered).
    let was = crate::check(&alone, options).ok()?;
    let same = |a: &crate::Issue, b: &crate::Issue| {
        (a.code, &a.column, &a.message, &a.value, &a.fix)
            == (b.code, &b.column, &b.message, &b.value, &b.fix)
    };
    for (k, p) in picked.iter().enumerate() {
        let (alone_issues, file_issues) = (
            &was.report.issues[was.report.row_issues(k + 2)],
            &report.issues[report.row_issues(p.row)],
        );
        if was.rows.get(k) != before.rows.get(p.index)
            || alone_issues.len() != file_issues.len()
            || !alone_issues
                .iter()
                .zip(file_issues)
                .all(|(a, b)| same(a, b))
        {
            return None;
        }
    }
    let place = |row: usize| picked.iter().position(|p| p.row == row);
    let moved: Vec<crate::Change> = changes
        .iter()
        .filter_map(|c| {
            Some(crate::Change {
                row: place(c.row)? + 2,
                ..c.clone()
            })
        })
        .collect();
    let fixed = apply(&alone, options, &moved).ok()?;
    let outcomes = &fixed.checked.rows;
    if outcomes.len() != picked.len()
        || outcomes
            .iter()
            .any(|o| matches!(o, RowOutcome::Empty | RowOutcome::Processed))
    {
        return None;
    }
    // The rows' new lines: the annotated copy of the rows alone, after its header.
    let made = std::str::from_utf8(&fixed.checked.annotated).ok()?;
    let body = made.strip_prefix(head)?;
    let mut made_records = Records::new(body, b',');
    let mut new_lines = Vec::with_capacity(picked.len());
    while made_records.read(&mut record, usize::MAX) {
        if record.blank_before() > 0 {
            return None;
        }
        new_lines.push(&body[line(body, &record)?]);
    }
    if new_lines.len() != picked.len() {
        return None;
    }
    let mut annotated = Vec::with_capacity(before.annotated.len() + 64 * picked.len());
    let mut issues = Vec::with_capacity(report.issues.len() + 8 * picked.len());
    let (mut copied, mut listed_to) = (0, 0);
    for (k, p) in picked.iter().enumerate() {
        annotated.extend_from_slice(&before.annotated[copied..p.line.start]);
        annotated.extend_from_slice(new_lines[k].as_bytes());
        copied = p.line.end;
        let old = report.row_issues(p.row);
        issues.extend_from_slice(&report.issues[listed_to..old.start]);
        listed_to = old.end;
        let new = fixed.checked.report.row_issues(k + 2);
        issues.extend(
            fixed.checked.report.issues[new]
                .iter()
                .map(|i| crate::Issue {
                    row: p.row,
                    ..i.clone()
                }),
        );
    }
    annotated.extend_from_slice(&before.annotated[copied..]);
    issues.extend_from_slice(&report.issues[listed_to..]);
    // Where the rows are now: those after a changed row moved by the change in its length.
    let mut lines = Vec::new();
    if options.lines {
        lines.reserve(before.lines.len());
        let mut shift = 0isize;
        let mut next = picked.iter().zip(&new_lines).peekable();
        for (i, (row, old)) in before.lines.iter().enumerate() {
            let start = old.start.checked_add_signed(shift)?;
            let len = match next.peek() {
                Some((p, new)) if p.index + 1 == i => {
                    let len = new.len();
                    shift += len as isize - old.len() as isize;
                    next.next();
                    len
                }
                _ => old.len(),
            };
            lines.push((*row, start..start + len));
        }
    }
    if annotated.len() > options.max_annotated.unwrap_or(usize::MAX) {
        return None;
    }
    // A rule whose list would be full: its findings beyond are counted, not listed.
    let mut counts = vec![0usize; crate::RULES.len()];
    for issue in &issues {
        counts[issue.code as usize] += 1;
    }
    if counts.iter().any(|&n| n > crate::MAX_LISTED) {
        return None;
    }
    // The header's findings as the rows alone have them (the file's are the same header's),
    // then those that count the rows, unchanged.
    let file_issues: Vec<crate::FileIssue> = fixed
        .checked
        .report
        .file_issues
        .iter()
        .filter(|i| !counts_rows(i.code))
        .chain(report.file_issues.iter().filter(|i| counts_rows(i.code)))
        .cloned()
        .collect();
    let mut summary = report.summary;
    let mut outcomes_now = before.rows.clone();
    for (p, &outcome) in picked.iter().zip(outcomes) {
        for (outcome, step) in [(before.rows[p.index], -1isize), (outcome, 1)] {
            let slot = match outcome {
                RowOutcome::Create => &mut summary.create,
                RowOutcome::Update => &mut summary.update,
                RowOutcome::NotProcessed => &mut summary.not_processed,
                RowOutcome::Empty | RowOutcome::Processed => return None,
            };
            *slot = slot.checked_add_signed(step)?;
        }
        outcomes_now[p.index] = outcome;
    }
    let severities = issues
        .iter()
        .map(|i| i.severity)
        .chain(file_issues.iter().map(|i| i.severity));
    (summary.errors, summary.warnings) = severities.fold((0, 0), |(e, w), s| match s {
        Severity::Error => (e + 1, w),
        Severity::Warning => (e, w + 1),
    });
    let changes = fixed
        .changes
        .into_iter()
        .map(|c| crate::Change {
            row: picked[c.row - 2].row,
            ..c
        })
        .collect();
    Some(Fixed {
        checked: crate::Checked {
            report: crate::Report {
                summary,
                file_issues,
                issues,
                not_listed: Vec::new(),
                template: fixed.checked.report.template,
                #[cfg(feature = "baseline")]
                updates: None,
            },
            annotated,
            rows: outcomes_now,
            encoding: fixed.checked.encoding,
            delimiter: fixed.checked.delimiter,
            lines,
        },
        changes,
    })
}

/// The file with every fix the rules offer made (or only those of `rules`, when given),
/// checked. Fixes are offered again on the corrected file until none is left (at most four
/// rounds): two fixes of one composite cell (a Solution's currency and price) each rewrite the
/// whole cell, so the second is made in the next round, and listed as its own change.
pub fn fix(
    input: &[u8],
    options: &crate::Options,
    rules: Option<&[crate::Code]>,
) -> Result<Fixed, crate::Unreadable> {
    let mut current = std::borrow::Cow::Borrowed(input);
    let mut made = Vec::new();
    for _ in 0..4 {
        let mut changes = crate::fixes(&current, options)?;
        if let Some(rules) = rules {
            changes.retain(|c| c.code.is_some_and(|code| rules.contains(&code)));
        }
        if changes.is_empty() {
            break;
        }
        let (corrected, changes) = correct(&current, changes)?;
        if changes.is_empty() {
            break;
        }
        made.extend(changes);
        current = std::borrow::Cow::Owned(corrected);
    }
    made.sort_by_key(|c| (c.row, c.index));
    Ok(Fixed {
        checked: crate::check(&current, options)?,
        changes: made,
    })
}

/// Some rows of a file, cell by cell as read: what a grid shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowCells {
    /// The header's cells.
    pub header: Vec<String>,
    /// The rows shown: their spreadsheet row and cells.
    pub rows: Vec<(usize, Vec<String>)>,
    /// How many rows `wanted` picked in all.
    pub picked: usize,
}

/// The data rows of a file that `wanted` picks (by spreadsheet row; rows whose cells are all
/// empty are never picked), skipping the first `skip` picked and keeping at most `limit`.
pub fn row_cells(
    file: &[u8],
    wanted: impl Fn(usize) -> bool,
    skip: usize,
    limit: usize,
) -> Result<RowCells, crate::Unreadable> {
    let (text, _) = crate::decode::decode(file)?;
    let delimiter = crate::decode::sniff_delimiter(&text);
    let mut records = Records::new(&text, delimiter);
    let mut record = records.buffer(usize::MAX);
    let mut cells = RowCells::default();
    if !records.read(&mut record, usize::MAX) {
        return Ok(cells);
    }
    cells.header = record.iter().map(str::to_string).collect();
    let mut row = 1 + record.blank_before();
    while records.read(&mut record, usize::MAX) {
        row += 1 + record.blank_before();
        if record.is_blank(None) || !wanted(row) {
            continue;
        }
        if cells.picked >= skip && cells.rows.len() < limit {
            cells
                .rows
                .push((row, record.iter().map(str::to_string).collect()));
        }
        cells.picked += 1;
    }
    Ok(cells)
}

/// [`row_cells`] of a check's annotated file, reading only the rows it keeps when the check kept
/// where they are ([`crate::Options::lines`]): a page of the grid without reading the file.
pub fn checked_row_cells(
    checked: &crate::Checked,
    wanted: impl Fn(usize) -> bool,
    skip: usize,
    limit: usize,
) -> Result<RowCells, crate::Unreadable> {
    let text = match std::str::from_utf8(&checked.annotated) {
        Ok(text) if checked.lines.len() == checked.rows.len() + 1 => text,
        _ => return row_cells(&checked.annotated, wanted, skip, limit),
    };
    let cells_of = |line: &std::ops::Range<usize>| -> Vec<String> {
        let mut records = Records::new(&text[line.clone()], b',');
        let mut record = records.buffer(usize::MAX);
        records.read(&mut record, usize::MAX);
        record.iter().map(str::to_string).collect()
    };
    let mut cells = RowCells {
        header: checked
            .lines
            .first()
            .map(|(_, h)| cells_of(h))
            .unwrap_or_default(),
        ..RowCells::default()
    };
    // Rows whose cells are all empty are never picked: those the check found empty.
    let rows = checked.lines[1..].iter().zip(&checked.rows);
    for ((row, line), _) in rows.filter(|(_, o)| **o != crate::RowOutcome::Empty) {
        if !wanted(*row) {
            continue;
        }
        if cells.picked >= skip && cells.rows.len() < limit {
            cells.rows.push((*row, cells_of(line)));
        }
        cells.picked += 1;
    }
    Ok(cells)
}

/// The changes as a CSV file for the partner's records: `Row,Column,Before,After,Rule` (the
/// rule's code, empty for a change made by hand), one line per change.
pub fn changes_csv(changes: &[crate::Change]) -> Vec<u8> {
    let mut out = Annotated::with_capacity(64 * (changes.len() + 1));
    out.cells(["Row", "Column", "Before", "After", "Rule"]);
    for change in changes {
        let code = change.code.map_or(String::new(), |c| c.to_string());
        out.cells([
            change.row.to_string().as_str(),
            &change.column,
            &change.before,
            &change.after,
            &code,
        ]);
    }
    out.into_bytes()
}

/// The file with `changes` made, as comma-separated UTF-8 with a byte-order mark (rows without
/// changes copied as they stand), and the changes made (moved, not copied: a file can have
/// millions).
fn correct(
    input: &[u8],
    mut changes: Vec<crate::Change>,
) -> Result<(Vec<u8>, Vec<crate::Change>), crate::Unreadable> {
    let (text, _) = crate::decode::decode(input)?;
    let delimiter = crate::decode::sniff_delimiter(&text);
    changes.sort_by_key(|c| (c.row, c.index));
    changes.dedup_by_key(|c| (c.row, c.index));
    // Each change is kept (made) or dropped, in order: the made ones end up first.
    let mut kept = vec![false; changes.len()];
    let mut next = 0;

    let mut records = Records::new(&text, delimiter);
    let mut record = records.buffer(usize::MAX);
    let mut out = Annotated::with_capacity(text.len() + text.len() / 8 + 64);
    let mut row = 0;
    while records.read(&mut record, usize::MAX) {
        row += 1 + record.blank_before();
        out.blank_lines(record.blank_before());
        while changes.get(next).is_some_and(|c| c.row < row) {
            next += 1;
        }
        let mut cells: Option<Vec<&str>> = None;
        while let Some(change) = changes.get(next).filter(|c| c.row == row) {
            // A row read past a broken quote is only its first line: left as it is.
            let current = record.get(change.index);
            if record.unclosed().is_none() && current == Some(change.before.as_str()) {
                let cells = cells.get_or_insert_with(|| record.iter().collect());
                cells[change.index] = &change.after;
                kept[next] = true;
            }
            next += 1;
        }
        match cells {
            Some(cells) => out.cells(cells),
            None => out.row(&records, &record, ErrorsColumn::AsIs, ""),
        }
    }
    let mut kept = kept.into_iter();
    changes.retain(|_| kept.next().unwrap_or(false));
    // A byte-order mark in front: the text is ours and UTF-8, and is read again as such (the
    // checks for binary data, which a rewritten file may trip where the original did not,
    // are for files from elsewhere).
    let mut corrected = out.into_bytes();
    corrected.splice(0..0, BOM.iter().copied());
    Ok((corrected, changes))
}

/// The files cosell-preflight offers, and their names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    Annotated,
    ToFix,
    Ready,
    Batches,
    /// The file in the current template ([`upgrade`]).
    Upgraded,
    /// The changes made to it ([`changes_csv`]).
    Changes,
}

/// `deals.csv` → `deals.annotated.csv`, `deals.to-fix.csv`, `deals.ready-to-upload.csv`,
/// `deals.batches.zip`, `deals.current-template.csv`, `deals.changes.csv`.
pub fn download_name(input_name: &str, download: Download) -> String {
    let stem = stem(input_name);
    match download {
        Download::Annotated => format!("{stem}.annotated.csv"),
        Download::ToFix => format!("{stem}.to-fix.csv"),
        Download::Ready => format!("{stem}.ready-to-upload.csv"),
        Download::Batches => format!("{stem}.batches.zip"),
        Download::Upgraded => format!("{stem}.current-template.csv"),
        Download::Changes => format!("{stem}.changes.csv"),
    }
}

/// The input's name without its folder and extension (`deals` for `C:\Users\a\deals.csv`).
fn stem(input_name: &str) -> &str {
    let base = input_name.rsplit(['/', '\\']).next().unwrap_or(input_name);
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    };
    if stem.is_empty() {
        "cosell"
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = b"Errors,Deal Name,Notes\r\nMandatory field X missing [CS101],A,\"multi\nline\"\r\n,B,\r\n,,\r\n,C,=1\r\nAlready processed by Partner Center in an earlier upload: do not upload this row again [CS014],D,\r\n";

    #[test]
    fn rows_are_selected_by_their_errors_cell() {
        assert_eq!(
            select(FILE, Rows::ToFix).unwrap(),
            b"Errors,Deal Name,Notes\r\nMandatory field X missing [CS101],A,\"multi\nline\"\r\n"
        );
        assert_eq!(
            select(FILE, Rows::Ready).unwrap(),
            b"Errors,Deal Name,Notes\r\n,B,\r\n,C,=1\r\n"
        );
        // Every row but the empty one and the one Partner Center has processed.
        let all = select(FILE, Rows::All).unwrap();
        assert_eq!(all.split(|b| *b == b'\n').count(), 6);
        assert!(!all.windows(3).any(|w| w == b",D,"));
        // A BOM in front (as Excel saves "CSV UTF-8") is not part of the header.
        let with_bom = [BOM, FILE].concat();
        assert_eq!(select(&with_bom, Rows::Ready), select(FILE, Rows::Ready));
    }

    /// The rows left out are named as a spreadsheet numbers them: a cell's line break is no row.
    #[cfg(feature = "baseline")]
    #[test]
    fn rows_left_out_are_not_selected() {
        let ready = |leave_out: &[usize]| select_leaving_out(FILE, Rows::Ready, leave_out).unwrap();
        assert_eq!(ready(&[]), select(FILE, Rows::Ready).unwrap());
        assert_eq!(ready(&[3]), b"Errors,Deal Name,Notes\r\n,C,=1\r\n");
        assert_eq!(ready(&[5]), b"Errors,Deal Name,Notes\r\n,B,\r\n");
        assert_eq!(ready(&[5, 2, 3]), b"Errors,Deal Name,Notes\r\n");
        let with_blank = [b"Errors,Deal Name\r\n\r\n,B\r\n".as_slice()].concat();
        let left = select_leaving_out(&with_blank, Rows::Ready, &[3]).unwrap();
        assert_eq!(left, b"Errors,Deal Name\r\n");
    }

    #[test]
    fn a_file_not_annotated_here_is_refused() {
        assert_eq!(
            select(b"Deal Name\r\nA\r\n", Rows::Ready),
            Err(NotAnnotated::NoErrorsColumn)
        );
        assert_eq!(select(b"", Rows::ToFix), Err(NotAnnotated::NoErrorsColumn));
        // Partner Center's own answer: its successful rows must not pass for ready.
        let processed = b"Errors,Deal Name\r\nMandatory field Solution 1 missing,A\r\n,B\r\n";
        assert_eq!(select(processed, Rows::Ready), Err(NotAnnotated::Unchecked));
        assert_eq!(
            batches_zip(processed, Rows::All, "x.csv"),
            Err(NotAnnotated::Unchecked)
        );
    }

    #[test]
    fn batches_hold_at_most_1000_rows_each_with_the_header() {
        let mut file = b"Errors,Deal Name\r\n".to_vec();
        for i in 0..2500 {
            file.extend_from_slice(format!(",deal {i}\r\n").as_bytes());
        }
        let parts = batches(&file, Rows::All).unwrap();
        assert_eq!(parts.len(), 3);
        for (part, rows) in parts.iter().zip([1000, 1000, 500]) {
            assert!(part.starts_with(b"Errors,Deal Name\r\n"));
            assert_eq!(part.windows(2).filter(|w| w == b"\r\n").count(), rows + 1);
        }
        let zip = batches_zip(&file, Rows::All, "deals.csv").unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        assert_eq!(archive.len(), 3);
        for (i, part) in parts.iter().enumerate() {
            let mut entry = archive.by_index(i).unwrap();
            assert_eq!(
                entry.name().unwrap(),
                format!("deals.part-{}-of-3.csv", i + 1)
            );
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
            assert_eq!(bytes, [BOM, part].concat());
        }
    }

    /// A typed cell is checked with its row alone when nothing else can change: the page's
    /// edit stays quick on a large file. A Referral ID is compared with the other rows', and a
    /// typed Errors cell is ours to write: the file is checked again.
    #[test]
    fn an_edit_checks_the_row_alone_unless_other_rows_depend_on_it() {
        let export = xtask::generate(300, 7);
        // The rows' places kept by the check (as the page does), or read when needed.
        for lines in [false, true] {
            let options = crate::Options {
                lines,
                ..crate::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
            };
            let checked = crate::check(&export, &options).unwrap();
            assert_eq!(checked.lines.is_empty(), !lines);
            let cells = |row: usize| -> Vec<String> {
                let picked = row_cells(&checked.annotated, |r| r == row, 0, 1).unwrap();
                picked.rows[0].1.clone()
            };
            let header = row_cells(&checked.annotated, |_| false, 0, 0)
                .unwrap()
                .header;
            let change = |row: usize, column: &str, after: &str| {
                let index = header.iter().position(|h| h == column).unwrap();
                crate::Change {
                    row,
                    index,
                    column: column.to_string(),
                    before: cells(row)[index].clone(),
                    after: after.to_string(),
                    code: None,
                }
            };
            for (row, column, after, alone) in [
                (7, "Deal Name", "Renamed deal", true),
                (300, "Estimated Deal Value", "$1,000", true),
                (7, "Referral ID", "", false),
                (7, "Errors", "typed", false),
            ] {
                let change = change(row, column, after);
                let changes = std::slice::from_ref(&change);
                let fast = edit_rows(&checked, &options, changes).is_some();
                assert_eq!(fast, alone, "{column} (lines kept: {lines})");
                let edited = edit(&checked, &options, changes).unwrap();
                let whole = apply(&checked.annotated, &options, changes).unwrap();
                assert_eq!(edited.changes.len(), 1, "{column}");
                assert_eq!(edited.checked.report, whole.checked.report, "{column}");
                assert_eq!(
                    edited.checked.annotated, whole.checked.annotated,
                    "{column}"
                );
                assert_eq!(edited.checked.lines, whole.checked.lines, "{column}");
            }
            // The fixes offered, made together: only their rows are checked again.
            let fixes = crate::fixes(&checked.annotated, &options).unwrap();
            assert!(!fixes.is_empty());
            assert!(edit_rows(&checked, &options, &fixes).is_some());
            let edited = edit(&checked, &options, &fixes).unwrap();
            let whole = apply(&checked.annotated, &options, &fixes).unwrap();
            assert_eq!(edited.changes, whole.changes);
            assert_eq!(edited.checked.report, whole.checked.report);
            assert_eq!(edited.checked.lines, whole.checked.lines);
        }
    }

    /// A file typed from a translated page, in the current template: its values under the
    /// English columns they belong to.
    #[cfg(feature = "translations")]
    #[test]
    fn a_translated_header_is_upgraded_to_the_english_columns() {
        let file =
            "Avtalsnamn,Kundnamn,Kundland,Partnerreferensstatus\r\nDeal,Contoso,SE,Aktiv\r\n";
        let upgraded = upgrade(file.as_bytes()).unwrap();
        let text = String::from_utf8(upgraded).unwrap();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let row: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
        assert_eq!(header, crate::template::CURRENT.header());
        assert_eq!(
            [
                row[at("Deal Name")],
                row[at("Customer Name")],
                row[at("Customer Country")]
            ],
            ["Deal", "Contoso", "SE"]
        );
        assert_eq!(
            row[at("Partner Referral Status")],
            "Aktiv",
            "values are kept as they are"
        );
        // The page hands over the translations it fetched; without them the names are unknown
        // columns, kept after the template's.
        let own = String::from_utf8(upgrade_with(file.as_bytes(), None).unwrap()).unwrap();
        let own_header = own.lines().next().unwrap();
        assert!(own_header.ends_with(",Avtalsnamn,Kundnamn,Kundland,Partnerreferensstatus"));
    }

    #[test]
    fn names_follow_the_input() {
        for (input, download, name) in [
            ("deals.csv", Download::Annotated, "deals.annotated.csv"),
            (
                "C:\\Users\\a\\Q3 deals.CSV",
                Download::ToFix,
                "Q3 deals.to-fix.csv",
            ),
            ("deals", Download::Batches, "deals.batches.zip"),
            ("", Download::Ready, "cosell.ready-to-upload.csv"),
            (".csv", Download::Ready, ".csv.ready-to-upload.csv"),
        ] {
            assert_eq!(download_name(input, download), name, "{input}");
        }
    }

    #[test]
    fn an_upgrade_moves_every_value_to_the_current_template() {
        let old = "Notes,Deal Name,Customer Postal Code,Declined/Lost reason,Solution 2,Solution 1,My own column\r\nnote,Deal,02134,3,SOL-2,SOL-1,mine\r\n\r\nn2,D2,,,,,\r\n";
        let upgraded = String::from_utf8(upgrade(old.as_bytes()).unwrap()).unwrap();
        let lines: Vec<&str> = upgraded.split("\r\n").collect();
        let header: Vec<&str> = lines[0].split(',').collect();
        let row: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(
            header.len(),
            52 + 1 + 1,
            "the current table, one more solution, my column"
        );
        let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
        assert_eq!(at("Errors"), 0);
        assert_eq!(row[at("Deal Name")], "Deal");
        assert_eq!(row[at("Notes")], "note");
        assert_eq!(row[at("Customer Postal code")], "02134");
        assert_eq!(row[at("Declined/Lost/Error reason")], "3");
        assert_eq!(row[at("Marketplace Purchase Intent")], "");
        assert_eq!(row[at("Solution 1")], "SOL-1");
        assert_eq!(row[at("Solution 2")], "SOL-2");
        assert_eq!(at("Solution 2"), at("Solution 1") + 1);
        assert_eq!(row[at("My own column")], "mine");
        assert_eq!(at("My own column"), header.len() - 1);
        // The blank line is kept, so rows keep their numbers.
        assert_eq!(lines[2], "");
        assert!(lines[3].starts_with(",") && lines[3].contains("D2"));
        // Upgraded twice, the same file.
        assert_eq!(upgrade(upgraded.as_bytes()).unwrap(), upgraded.as_bytes());
    }

    #[test]
    fn a_grid_gets_the_rows_it_picks_by_spreadsheet_row() {
        let file = b"A,B\r\n1,x\r\n\r\n2,\"y\r\nz\"\r\n,\r\n3,w\r\n";
        let all = row_cells(file, |_| true, 0, 10).unwrap();
        assert_eq!(all.header, ["A", "B"]);
        let rows: Vec<usize> = all.rows.iter().map(|(r, _)| *r).collect();
        // The blank line is row 3 (a cell's line break starts no row); the row of empty cells
        // (5) is never picked.
        assert_eq!(rows, [2, 4, 6]);
        assert_eq!(all.rows[1].1, ["2", "y\r\nz"]);
        let page = row_cells(file, |row| row != 2, 1, 1).unwrap();
        assert_eq!(page.picked, 2);
        assert_eq!(page.rows, [(6, vec!["3".to_string(), "w".to_string()])]);
    }

    #[test]
    fn the_templates_are_their_header_rows() {
        let current = String::from_utf8(template_csv(TemplateId::Current)).unwrap();
        assert!(current.starts_with("Errors,Engagement ID,Referral ID,Deal Name,"));
        assert!(current.ends_with(",Solution 1,Team member 1,Microsoft team member 1\r\n"));
        assert!(current.contains(",Marketplace Purchase Intent,"));
        let old = String::from_utf8(template_csv(TemplateId::Y2021)).unwrap();
        assert!(old
            .ends_with(",Consent to share Customer/Partner contact,Solution 1,Team member 1\r\n"));
    }
}
