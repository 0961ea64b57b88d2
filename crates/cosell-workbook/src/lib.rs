//! cosell-workbook: reads a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) into the CSV text
//! Partner Center takes, and says what its cells were ([`cosell_core::sheet::Sheet`]), for
//! [`cosell_core::check`] to report. No I/O: bytes in. calamine reads the workbooks; an .xlsx
//! laid out as Excel and LibreOffice lay it out is read by `xlsx.rs`, a reader of its own on
//! quick-xml that gives calamine's answer in two fifths of the work, and steps aside for
//! calamine at anything else.
//!
//! What it decides, and nothing more: which sheet (the first whose first non-empty row is a
//! template header), where the header is, and how each cell is written as text (a date as
//! M/D/YYYY, a number in plain digits, a boolean as Yes/No in a Yes/No column, a formula as its
//! cached value, an error value as Excel writes it). What that means for the upload is the
//! core's rules' to say (CS501–CS509).
//!
//! Limits (a workbook is a ZIP file, or an OLE one, that can unpack to far more than its
//! size): the parts of a ZIP workbook are unpacked once, counted, before they are read, and at
//! most [`Limits::unpacked`] bytes are (the .xlsx reader's parts are kept from that count when
//! their headers say they fit, never more than their headers say); a sheet holds at most [`Limits::cells`] cells
//! with values. Past either, the answer is an [`Unreadable`] that says so.

use std::io::{Cursor, Read as _};

use calamine::{Data, DataRef, Dimensions, Reader, SheetType, SheetVisible};
use cosell_core::message::{m, Arg, Join, List};
use cosell_core::sheet::{holds, CellFact, Fact, FileFact, Holds, Sheet, Starts};
use cosell_core::Unreadable;

mod xlsx;

/// The workbook formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML: .xlsx and .xlsm (a ZIP file with `xl/workbook.xml`).
    Xlsx,
    /// Excel's binary workbook, .xlsb (a ZIP file with `xl/workbook.bin`).
    Xlsb,
    /// Excel 97–2003, .xls (an OLE compound file).
    Xls,
    /// OpenDocument, .ods (a ZIP file of mimetype `application/vnd.oasis.opendocument.spreadsheet`).
    Ods,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// The workbook format of a file, by its first bytes (and for a ZIP file, its parts' names):
/// `None` for anything else (a CSV file, a Word document, an image). What is a workbook is the
/// core's to say (`cosell_core::is_workbook`, which the page's module asks too).
pub fn format(bytes: &[u8]) -> Option<Format> {
    if !cosell_core::is_workbook(bytes) {
        return None;
    }
    Some(if !bytes.starts_with(b"PK") {
        Format::Xls
    } else if contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet") {
        Format::Ods
    } else if contains(bytes, b"xl/workbook.bin") {
        Format::Xlsb
    } else {
        Format::Xlsx
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// How much of a workbook is read.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The most bytes a ZIP workbook's parts may unpack to, together.
    pub unpacked: u64,
    /// The most cells with values a sheet may hold.
    pub cells: usize,
}

/// 256 MB unpacked and a million cells: a list of 5,000 deals in the current template is about
/// 300,000 cells and 30 MB unpacked.
pub const LIMITS: Limits = Limits {
    unpacked: 256 << 20,
    cells: 1_000_000,
};

/// A sheet read: the CSV text made of it, and what its cells were.
#[derive(Clone, Debug)]
pub struct Converted {
    pub format: Format,
    /// UTF-8, comma-separated, the header first: what Partner Center takes.
    pub text: String,
    pub sheet: Sheet,
}

/// One cell with a value, as read.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
    /// A date or date-time, as M/D/YYYY.
    Date(String),
    Bool(bool),
    Error(String),
}

/// A cell with a value: (row, column, value, formula).
type Cell = (u32, u32, Value, Option<String>);

/// A sheet's cells with values, in row then column order.
#[derive(Debug, PartialEq)]
struct Grid {
    cells: Vec<Cell>,
    merged: Vec<Dimensions>,
}

/// Reads the workbook `bytes`: the sheet named `sheet`, or the one a template header starts.
///
/// calamine panics on some damaged files (fuzzing found an .xls whose sector table points past
/// its end): where panics unwind (the command line, the tests), that is caught and answered as a
/// damaged workbook. Where they abort (the browser's modules), the call traps: the page's worker
/// then answers with its own module (see `www/worker.js`).
pub fn read(bytes: &[u8], sheet: Option<&str>, limits: &Limits) -> Result<Converted, Unreadable> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_unguarded(bytes, sheet, limits)
    }))
    .unwrap_or_else(|_| {
        Err(damaged(
            "the reader stopped at data it could not make sense of",
        ))
    })
}

/// A partner's export to compare with, read into the core's index: a CSV file's bytes as they
/// are, a workbook's sheet (the one [`read`] chooses, within [`LIMITS`]) as its CSV text, its
/// cells' facts not wanted. Never fails: a file that is not an export, or a workbook that cannot
/// be read, is a baseline that says why (CS601).
#[cfg(feature = "baseline")]
pub fn baseline(
    bytes: &[u8],
    translations: Option<&'static cosell_core::translations::Translations>,
) -> cosell_core::baseline::Baseline {
    if format(bytes).is_none() {
        return cosell_core::baseline::read(bytes, translations);
    }
    match read(bytes, None, &LIMITS) {
        Ok(read) => cosell_core::baseline::read(read.text.as_bytes(), translations),
        Err(unreadable) => cosell_core::baseline::Baseline::Unusable(unreadable.data),
    }
}

/// The export read last, kept while uploads are compared with it one after another (a page, a
/// portal, a script): the same bytes given again are not read again. A UTF-8 export is known by
/// its text ([`Baseline::is_read_from`](cosell_core::baseline::Baseline::is_read_from)); any
/// other (another encoding, a workbook, no export at all) keeps the bytes it was read from, to
/// be compared with.
#[cfg(feature = "baseline")]
#[derive(Default)]
pub struct KeptExport {
    baseline: Option<std::rc::Rc<cosell_core::baseline::Baseline>>,
    bytes: Option<Vec<u8>>,
}

#[cfg(feature = "baseline")]
impl KeptExport {
    /// The export `bytes` are: the one kept when it was read from them, else read ([`baseline`])
    /// and kept instead (the one before let go first: two need not fit at once).
    pub fn read(
        &mut self,
        bytes: &[u8],
        translations: Option<&'static cosell_core::translations::Translations>,
    ) -> std::rc::Rc<cosell_core::baseline::Baseline> {
        if let Some(kept) = &self.baseline {
            if kept.is_read_from(bytes) || self.bytes.as_deref() == Some(bytes) {
                return kept.clone();
            }
        }
        *self = KeptExport::default();
        let read = std::rc::Rc::new(baseline(bytes, translations));
        if !read.is_read_from(bytes) {
            self.bytes = Some(bytes.to_vec());
        }
        self.baseline = Some(read.clone());
        read
    }
}

fn read_unguarded(
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &Limits,
) -> Result<Converted, Unreadable> {
    let format = format(bytes).ok_or_else(|| damaged("not a workbook"))?;
    if format == Format::Xls && contains(bytes, &utf16("EncryptedPackage")) {
        return Err(Unreadable::new(m::workbook_password()));
    }
    if format == Format::Xls {
        xls_cells(bytes, limits)?;
    }
    let mut kept = Vec::new();
    if format != Format::Xls {
        let keep = |name: &str| format == Format::Xlsx && xlsx::reads(name);
        kept = unpacked_size(bytes, limits, keep)?;
    }
    if format == Format::Ods {
        ods_cells(bytes, limits)?;
    }
    let mut book = Book::open(format, bytes, kept)?;
    let names = book.worksheets();
    if names.is_empty() {
        return Err(Unreadable::new(m::workbook_empty()));
    }
    if let Some(wanted) = sheet {
        let Some((name, _)) = names.iter().find(|(n, _)| n == wanted) else {
            let sheets = List::new(
                Join::And,
                names.iter().map(|(n, _)| Arg::from(format!("'{n}'"))),
            );
            return Err(Unreadable::new(m::workbook_no_sheet(
                format!("'{wanted}'"),
                sheets,
            )));
        };
        let grid = book.grid(name, limits)?;
        let row = header_row(&grid).unwrap_or_else(|| grid.cells.first().map_or(0, |c| c.0));
        return make(format, name, grid, row, Vec::new(), limits);
    }
    // The visible sheets, each with where its header is.
    let mut read: Option<(String, Grid, u32)> = None;
    let mut others = Vec::new();
    let mut starts = Vec::new();
    let mut first_with_cells: Option<(String, Grid)> = None;
    for (name, hidden) in &names {
        let grid = book.grid(name, limits)?;
        let header = header_row(&grid);
        if *hidden {
            let what = match header {
                Some(_) => Starts::Header,
                None => first_cells(&grid),
            };
            starts.push((name.clone(), true, what));
            continue;
        }
        if let Some(row) = header {
            if read.is_none() {
                read = Some((name.clone(), grid, row));
            } else {
                others.push(name.clone());
            }
            continue;
        }
        starts.push((name.clone(), false, first_cells(&grid)));
        if first_with_cells.is_none() && !grid.cells.is_empty() {
            first_with_cells = Some((name.clone(), grid));
        }
    }
    match (read, first_with_cells) {
        (Some((name, grid, row)), _) => {
            let facts = if others.is_empty() {
                Vec::new()
            } else {
                vec![FileFact::OtherSheets(others)]
            };
            make(format, &name, grid, row, facts, limits)
        }
        (None, Some((name, grid))) => {
            let row = grid.cells.first().map_or(0, |c| c.0);
            make(
                format,
                &name,
                grid,
                row,
                vec![FileFact::NoHeader(starts)],
                limits,
            )
        }
        (None, None) => Err(Unreadable::new(m::workbook_empty())),
    }
}

/// How many rows with values a header may have above it (a title, a note, a logo's caption).
const HEADER_WITHIN: usize = 20;

/// The row of a sheet's template header: the first of its first rows with values that has at
/// least two of the templates' column names.
fn header_row(grid: &Grid) -> Option<u32> {
    let mut rows = 0;
    let mut cells = grid.cells.iter().peekable();
    while let Some(&&(row, ..)) = cells.peek() {
        rows += 1;
        if rows > HEADER_WITHIN {
            return None;
        }
        let mut names = 0;
        while let Some((_, _, value, _)) = cells.next_if(|c| c.0 == row) {
            if let Value::Text(text) = value {
                names += usize::from(cosell_core::is_template_name(text.trim()));
            }
        }
        if names >= 2 {
            return Some(row);
        }
    }
    None
}

/// What a sheet without a header starts with: its first row's first cells.
fn first_cells(grid: &Grid) -> Starts {
    let Some(&(row, ..)) = grid.cells.first() else {
        return Starts::Nothing;
    };
    let texts: Vec<String> = grid
        .cells
        .iter()
        .take_while(|c| c.0 == row)
        .map(|(_, _, value, _)| write(value.clone(), Holds::Text, true).0)
        .collect();
    Starts::Cells(summary(&texts))
}

/// A row's first cells, for a message: at most four, each at most 40 characters.
fn summary(cells: &[String]) -> String {
    let mut parts: Vec<String> = cells
        .iter()
        .filter(|c| !c.trim().is_empty())
        .take(4)
        .map(|c| {
            let c = c.trim();
            match c.char_indices().nth(40) {
                Some((at, _)) => format!("{}…", &c[..at]),
                None => c.to_string(),
            }
        })
        .collect();
    if cells.iter().filter(|c| !c.trim().is_empty()).count() > 4 {
        parts.push("…".to_string());
    }
    parts.join(", ")
}

/// How many cells a row with values may write, per cell with a value a sheet may hold: the CSV
/// text made of a sheet is at most 16 times `Limits::cells` cells (16 MB of commas).
const WIDE: usize = 16;

/// The CSV text of a sheet's grid, from its first row with values (the header) down, and the
/// facts of its cells.
fn make(
    format: Format,
    name: &str,
    mut grid: Grid,
    header_row: u32,
    file_facts: Vec<FileFact>,
    limits: &Limits,
) -> Result<Converted, Unreadable> {
    // The rows above the header are not part of the CSV.
    grid.cells.retain(|c| c.0 >= header_row);
    let mut sheet = Sheet {
        name: name.to_string(),
        first_row: 1,
        first_column: 0,
        file_facts,
        facts: Vec::new(),
    };
    if grid.cells.is_empty() {
        return Ok(Converted {
            format,
            text: String::new(),
            sheet,
        });
    };
    let first_column = grid.cells.iter().map(|c| c.1).min().unwrap_or(0);
    let last_column = grid.cells.iter().map(|c| c.1).max().unwrap_or(0);
    sheet.first_row = header_row as usize + 1;
    sheet.first_column = first_column as usize;
    if header_row > 0 || first_column > 0 {
        sheet.file_facts.push(FileFact::Moved);
    }
    // What each header column holds, from its name.
    let header: Vec<Option<Holds>> = {
        let mut kinds = vec![None; (last_column - first_column + 1) as usize];
        for (_, column, value, _) in grid.cells.iter().take_while(|c| c.0 == header_row) {
            if let Value::Text(name) = value {
                kinds[(column - first_column) as usize] =
                    cosell_core::field_named(name.trim()).map(holds);
            }
        }
        kinds
    };
    let width = header.len();
    // Each row with values is written at the sheet's width: a cell far to the right makes every
    // row as wide, so the cells written are bounded too.
    let rows = grid.cells.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
    if rows.saturating_mul(width) > limits.cells.saturating_mul(WIDE) {
        return Err(Unreadable::new(m::workbook_too_many_cells(
            format!("'{name}'"),
            limits.cells,
        )));
    }
    // Merged ranges over more than one row below the header: said on their first cell.
    for range in &grid.merged {
        let ((top, left), (bottom, right)) = (range.start, range.end);
        if bottom <= top || top <= header_row || left < first_column || left > last_column {
            continue;
        }
        let csv_row = (top - header_row) as usize + 1;
        let index = (left - first_column) as usize;
        let value =
            grid.cells
                .iter()
                .find(|c| c.0 == top && c.1 == left)
                .map(|(_, _, value, _)| {
                    write(value.clone(), header[index].unwrap_or(Holds::Text), false).0
                });
        let Some(value) = value else { continue };
        let a1 = |(row, column): (u32, u32)| {
            format!("{}{}", cosell_core::column_letter(column as usize), row + 1)
        };
        sheet.facts.push(CellFact {
            row: csv_row,
            index,
            text: value,
            fact: Fact::Merged(format!("{}:{}", a1(range.start), a1((bottom, right)))),
        });
    }
    // Room for the text: each cell's text and its comma, about (a number or a date is short).
    let mut text = String::with_capacity(
        grid.cells
            .iter()
            .map(|c| match &c.2 {
                Value::Text(t) => t.len() + 1,
                _ => 12,
            })
            .sum::<usize>()
            + rows * 2,
    );
    let mut line: Vec<String> = vec![String::new(); width];
    let last_row = grid.cells.last().map_or(header_row, |c| c.0);
    let mut cells = grid.cells.into_iter().peekable();
    let mut row = header_row;
    while row <= last_row {
        line.iter_mut().for_each(String::clear);
        let csv_row = (row - header_row) as usize + 1;
        while let Some((_, column, value, formula)) = cells.next_if(|c| c.0 == row) {
            let index = (column - first_column) as usize;
            let kind = header[index].unwrap_or(Holds::Text);
            let is_error = matches!(value, Value::Error(_));
            let (cell, fact) = write(value, kind, row == header_row);
            if let Some(fact) = fact {
                sheet.facts.push(CellFact {
                    row: csv_row,
                    index,
                    text: cell.clone(),
                    fact,
                });
            }
            // An error value is said as one (CS509), whether a formula made it or not.
            if let Some(formula) = formula.filter(|_| !is_error) {
                sheet.facts.push(CellFact {
                    row: csv_row,
                    index,
                    text: cell.clone(),
                    fact: Fact::Formula(excel_formula(&formula)),
                });
            }
            line[index] = cell;
        }
        // A row without values is one comma: a row whose cells are all empty, as Excel writes
        // it (the core counts and reports it, CS010), in three bytes however wide the sheet.
        if line.iter().all(String::is_empty) {
            text.push_str(",\r\n");
        } else {
            push_record(&mut text, &line);
        }
        row += 1;
    }
    sheet.facts.sort_by_key(|f| (f.row, f.index));
    Ok(Converted {
        format,
        text,
        sheet,
    })
}

/// A formula as Excel shows it: `=` and the formula (an .ods file's `of:=…` without its
/// namespace).
fn excel_formula(formula: &str) -> String {
    let bare = formula.strip_prefix("of:").unwrap_or(formula);
    format!("={}", bare.strip_prefix('=').unwrap_or(bare))
}

/// One CSV record: cells quoted when they hold a comma, a quote or a line break.
fn push_record(text: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        if cell
            .bytes()
            .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(cell);
        }
    }
    text.push_str("\r\n");
}

/// A cell as Partner Center wants it written, and what the workbook held when that matters.
fn write(value: Value, holds: Holds, header: bool) -> (String, Option<Fact>) {
    match value {
        Value::Text(text) => (text, None),
        Value::Number(n) if holds == Holds::Dates && !header => match date(n) {
            Some(date) => (date, Some(Fact::NumberAsDate(number(n)))),
            None => (number(n), Some(Fact::Number)),
        },
        Value::Number(n) => (number(n), (holds == Holds::Codes).then_some(Fact::Number)),
        Value::Date(date) => (date, Some(Fact::Date)),
        Value::Bool(b) if holds == Holds::YesNo => ((if b { "Yes" } else { "No" }).into(), None),
        Value::Bool(b) => ((if b { "TRUE" } else { "FALSE" }).into(), None),
        Value::Error(error) => (error, Some(Fact::Error)),
    }
}

/// A number in plain decimal digits, as Excel shows it at most (15 significant digits): no
/// exponent, no trailing `.0`, no digit groups.
pub fn number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    if n == 0.0 {
        return "0".to_string(); // and not -0
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        return format!("{n:.0}");
    }
    // Rounded to 15 significant digits, then written in the fewest digits that read back as
    // that (Rust writes floats without an exponent).
    let rounded: f64 = format!("{n:.14e}").parse().unwrap_or(n);
    let text = format!("{rounded}");
    if text == "-0" {
        "0".to_string()
    } else {
        text
    }
}

/// Excel's day number as M/D/YYYY (days since 1899-12-30; Excel's 29 February 1900, day 60,
/// which never was, is none).
pub fn date(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let mut days = serial.floor() as i64;
    if days == 60 {
        return None;
    }
    if days < 60 {
        days += 1; // before Excel's 29 February 1900, its days are one off
    }
    // Days since 1899-12-30 → a civil date (Howard Hinnant's days-to-civil, from 1970-01-01).
    let z = days - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{month}/{day}/{year}"))
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// The answer for a workbook calamine could not read: `reason`, shortened.
fn damaged(reason: impl std::fmt::Display) -> Unreadable {
    let mut reason = reason.to_string();
    if let Some((at, _)) = reason.char_indices().nth(160) {
        reason.truncate(at);
        reason.push('…');
    }
    Unreadable::new(m::workbook_damaged(reason))
}

fn too_large(limits: &Limits) -> Unreadable {
    Unreadable::new(m::workbook_too_large((limits.unpacked >> 20) as usize))
}

/// Unpacks every part of a ZIP workbook once, counting: past the limit (whatever the parts'
/// headers claim) or at a damaged part, the workbook is not read. A part encrypted with a
/// password (an .ods saved with one) is said so. The parts `keep` names are kept, unpacked
/// (the .xlsx reader's: it need not unpack them again); the others are counted and let go.
fn unpacked_size(
    bytes: &[u8],
    limits: &Limits,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, Vec<u8>)>, Unreadable> {
    let mut kept = Vec::new();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut total = 0u64;
    let mut buffer = vec![0u8; 64 << 10];
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(what) if what.contains("ncrypt") => {
                Unreadable::new(m::workbook_password())
            }
            e => damaged(e),
        })?;
        if part.name().is_ok_and(|n| n == "META-INF/manifest.xml") {
            let mut manifest = Vec::new();
            (&mut part)
                .take(limits.unpacked)
                .read_to_end(&mut manifest)
                .map_err(damaged)?;
            if contains(&manifest, b"encryption-data") {
                return Err(Unreadable::new(m::workbook_password()));
            }
            total += manifest.len() as u64;
            continue;
        }
        // Kept only when its header says it fits (so a bomb is never held), and only as long as
        // it is no larger than its header says (past that, counted and let go). Room for what
        // the header says, unless that is more than the part's packed bytes could plausibly
        // hold (XML packs 5–20 times): then grown as it fills. Unpacked a buffer at a time, so
        // that each call of the inflater and the checksum is short (the browser optimises a
        // function between calls, not during one).
        let declared = part.size();
        let name = part.name().ok().filter(|n| keep(n)).map(|n| n.to_string());
        let name = name.filter(|_| declared <= limits.unpacked - total);
        let plausible = part.compressed_size().saturating_mul(64).max(1 << 16);
        let mut unpacked = name
            .as_ref()
            .map(|_| Vec::with_capacity(declared.min(plausible) as usize));
        loop {
            let n = part.read(&mut buffer).map_err(damaged)?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limits.unpacked {
                return Err(too_large(limits));
            }
            if let Some(bytes) = &mut unpacked {
                bytes.extend_from_slice(&buffer[..n]);
                if bytes.len() as u64 > declared {
                    unpacked = None;
                }
            }
        }
        if let (Some(name), Some(bytes)) = (name, unpacked) {
            kept.push((name, bytes));
        }
    }
    Ok(kept)
}

/// An .ods sheet says "this cell, repeated a million times" in a few bytes, and calamine writes
/// out every repetition: the cells with values are counted first, from `content.xml`.
fn ods_cells(bytes: &[u8], limits: &Limits) -> Result<(), Unreadable> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let content = zip.by_name("content.xml").map_err(damaged)?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buffer = Vec::new();
    let repeats = |e: &quick_xml::events::BytesStart, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1)
    };
    let (mut rows, mut in_row, mut cells) = (1u64, 0u64, 0u64);
    let mut table = String::new();
    loop {
        let event = reader.read_event_into(&mut buffer).map_err(damaged)?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                table = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "table:name")
                    .map(|a| a.value.to_string())
                    .unwrap_or_default();
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                rows = repeats(&e, "table:number-rows-repeated");
                in_row = 0;
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                cells = cells.saturating_add(rows.saturating_mul(in_row));
                if cells > limits.cells as u64 {
                    return Err(Unreadable::new(m::workbook_too_many_cells(
                        format!("'{table}'"),
                        limits.cells,
                    )));
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-cell" => {
                // A cell with a value type, or with text (a Start element), has a value.
                let valued = e
                    .attributes()
                    .flatten()
                    .any(|a| a.key.as_ref() == "office:value-type");
                if valued {
                    in_row = in_row.saturating_add(repeats(&e, "table:number-columns-repeated"));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    Ok(())
}

/// How many cells an .xls Dimensions record says its sheet spans, reckoned as calamine 0.38
/// reckons them when it makes room for them (BIFF5's 16-bit rows or BIFF8's 32-bit ones, a
/// first column past 255 taken as 0, an empty range as one cell, a range that ends before it
/// starts wrapping around): `None` for a record of another length, which calamine refuses.
fn xls_dimensions(data: &[u8]) -> Option<u64> {
    let u16_at = |at: usize| {
        Some(u32::from(u16::from_le_bytes(
            data.get(at..at + 2)?.try_into().ok()?,
        )))
    };
    let u32_at = |at: usize| Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?));
    let (first_row, rows_end, mut first_column, columns_end) = match data.len() {
        10 => (u16_at(0)?, u16_at(2)?, u16_at(4)?, u16_at(6)?),
        14 | 16 => (u32_at(0)?, u32_at(4)?, u16_at(8)?, u16_at(10)?),
        _ => return None,
    };
    if first_column > 0xFF || columns_end < first_column {
        first_column = 0;
    }
    if rows_end == 0 || columns_end == 0 {
        return Some(1);
    }
    let rows = (rows_end - 1).wrapping_sub(first_row).wrapping_add(1);
    let columns = (columns_end - 1).wrapping_sub(first_column).wrapping_add(1);
    Some(u64::from(rows).saturating_mul(u64::from(columns)))
}

/// calamine reads an .xls whole, each sheet as a grid of its used range (a value and a formula
/// for each cell): two cells far apart in a file of a few kilobytes would ask for gigabytes. The
/// grids' cells are counted first, from the cell records of the file's `Workbook` stream.
fn xls_cells(bytes: &[u8], limits: &Limits) -> Result<(), Unreadable> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let mut stream = Vec::new();
    let opened = file
        .open_stream("/Workbook")
        .or_else(|_| file.open_stream("/Book"));
    opened
        .map_err(damaged)?
        .take(bytes.len() as u64)
        .read_to_end(&mut stream)
        .map_err(damaged)?;
    let u16_at = |data: &[u8], at: usize| {
        data.get(at..at + 2)
            .map(|b| u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    // (first row, last row, first column, last column) of the substream being read.
    let mut used: Option<(u64, u64, u64, u64)> = None;
    let mut cells = 0u64;
    let mut at = 0;
    while let (Some(kind), Some(length)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
        let data = stream
            .get(at + 4..at + 4 + length as usize)
            .unwrap_or_default();
        at += 4 + length as usize;
        // Dimensions: calamine makes room for the range a sheet says it uses (as its release
        // builds reckon it, wrapping), before it reads a cell of it.
        if kind == 0x0200 {
            let claimed = xls_dimensions(data).unwrap_or(0);
            if claimed > (limits.cells as u64).saturating_mul(XLS_GRID) {
                let most = (limits.cells as u64).saturating_mul(XLS_GRID) as usize;
                return Err(Unreadable::new(m::workbook_too_wide_xls(most)));
            }
        }
        let columns = match kind {
            // Number, Label, RString, BoolErr, Rk, LabelSst, Formula: one cell.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                u16_at(data, 2).map(|c| (c, c))
            }
            // MulRk: from its first column to the one its last two bytes name.
            0x00BD => u16_at(data, 2).zip(u16_at(data, data.len().saturating_sub(2))),
            // A substream's end: its grid is counted.
            0x000A => {
                if let Some((top, bottom, left, right)) = used.take() {
                    cells = cells.saturating_add((bottom - top + 1) * (right.max(left) - left + 1));
                }
                None
            }
            _ => None,
        };
        if let (Some((first, last)), Some(row)) = (columns, u16_at(data, 0)) {
            let (top, bottom, left, right) = used.unwrap_or((row, row, first, last));
            used = Some((
                top.min(row),
                bottom.max(row),
                left.min(first),
                right.max(last),
            ));
        }
        if let Some((top, bottom, left, right)) = used {
            if cells.saturating_add((bottom - top + 1) * (right.max(left) - left + 1))
                > (limits.cells as u64).saturating_mul(XLS_GRID)
            {
                let most = (limits.cells as u64).saturating_mul(XLS_GRID) as usize;
                return Err(Unreadable::new(m::workbook_too_wide_xls(most)));
            }
        }
    }
    Ok(())
}

/// How many cells calamine's grids of an .xls may hold, per cell with a value a sheet may hold
/// (`Limits::cells`): four million, about 220 MB of grids.
const XLS_GRID: u64 = 4;

/// A workbook opened by calamine.
enum Book<'b> {
    /// An .xlsx or .xlsm workbook laid out as Excel lays it out, read by [`xlsx`]; calamine
    /// reads it instead when that reader steps aside (kept: the workbook's bytes).
    Fast(xlsx::Workbook<'b>, &'b [u8]),
    Xlsx(calamine::Xlsx<Cursor<&'b [u8]>>),
    Xlsb(calamine::Xlsb<Cursor<&'b [u8]>>),
    Xls(calamine::Xls<Cursor<&'b [u8]>>),
    Ods(calamine::Ods<Cursor<&'b [u8]>>),
}

impl<'b> Book<'b> {
    /// Opens `bytes`; `kept`: the parts the pre-scan kept unpacked for the .xlsx reader.
    fn open(
        format: Format,
        bytes: &'b [u8],
        kept: Vec<(String, Vec<u8>)>,
    ) -> Result<Self, Unreadable> {
        let cursor = Cursor::new(bytes);
        Ok(match format {
            Format::Xlsx => match xlsx::open(bytes, kept) {
                Ok(book) => Book::Fast(book, bytes),
                Err(xlsx::Aside) => Book::Xlsx(calamine::Xlsx::new(cursor).map_err(damaged)?),
            },
            Format::Xlsb => Book::Xlsb(calamine::Xlsb::new(cursor).map_err(damaged)?),
            Format::Xls => Book::Xls(calamine::Xls::new(cursor).map_err(|e| match e {
                calamine::XlsError::Password => Unreadable::new(m::workbook_password()),
                e => damaged(e),
            })?),
            Format::Ods => Book::Ods(calamine::Ods::new(cursor).map_err(|e| match e {
                calamine::OdsError::Password => Unreadable::new(m::workbook_password()),
                e => damaged(e),
            })?),
        })
    }

    /// The worksheets (no chart sheets), in the workbook's order, each with whether it is
    /// hidden.
    fn worksheets(&self) -> Vec<(String, bool)> {
        let sheets = match self {
            Book::Fast(b, _) => return b.worksheets(),
            Book::Xlsx(b) => b.sheets_metadata(),
            Book::Xlsb(b) => b.sheets_metadata(),
            Book::Xls(b) => b.sheets_metadata(),
            Book::Ods(b) => b.sheets_metadata(),
        };
        sheets
            .iter()
            .filter(|s| s.typ == SheetType::WorkSheet)
            .map(|s| (s.name.clone(), s.visible != SheetVisible::Visible))
            .collect()
    }

    /// A sheet's cells with values, in row and column order.
    fn grid(&mut self, name: &str, limits: &Limits) -> Result<Grid, Unreadable> {
        let too_many = || {
            Unreadable::new(m::workbook_too_many_cells(
                format!("'{name}'"),
                limits.cells,
            ))
        };
        let mut cells = Vec::new();
        let merged = match self {
            Book::Fast(book, bytes) => match book.grid(name, limits) {
                Ok(Some(grid)) => return Ok(grid),
                Ok(None) => return Err(too_many()),
                Err(xlsx::Aside) => {
                    let cursor = Cursor::new(*bytes);
                    *self = Book::Xlsx(calamine::Xlsx::new(cursor).map_err(damaged)?);
                    return self.grid(name, limits);
                }
            },
            Book::Xlsx(book) => {
                let mut reader = book.worksheet_cells_reader(name).map_err(damaged)?;
                while let Some(cell) = reader.next_cell_with_formula().map_err(damaged)? {
                    let formula = cell.formula.filter(|f| !f.is_empty());
                    if let Some(value) = value_ref(cell.value) {
                        if cells.len() == limits.cells {
                            return Err(too_many());
                        }
                        cells.push((cell.pos.0, cell.pos.1, value, formula));
                    }
                }
                drop(reader);
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            }
            Book::Xlsb(book) => {
                let mut reader = book.worksheet_cells_reader(name).map_err(damaged)?;
                while let Some(cell) = reader.next_cell().map_err(damaged)? {
                    if let Some(value) = value_ref(cell.get_value().clone()) {
                        if cells.len() == limits.cells {
                            return Err(too_many());
                        }
                        let (row, column) = cell.get_position();
                        cells.push((row, column, value, None));
                    }
                }
                Vec::new()
            }
            Book::Xls(book) => {
                let range = book.worksheet_range(name).map_err(damaged)?;
                let formulas = book.worksheet_formula(name).ok();
                from_range(&range, formulas.as_ref(), &mut cells, limits).ok_or_else(too_many)?;
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            }
            Book::Ods(book) => {
                let range = book.worksheet_range(name).map_err(damaged)?;
                let formulas = book.worksheet_formula(name).ok();
                from_range(&range, formulas.as_ref(), &mut cells, limits).ok_or_else(too_many)?;
                Vec::new()
            }
        };
        cells.sort_by_key(|c| (c.0, c.1));
        Ok(Grid { cells, merged })
    }
}

/// The cells with values of a range read whole (.xls, .ods), with their formulas.
fn from_range(
    range: &calamine::Range<Data>,
    formulas: Option<&calamine::Range<String>>,
    cells: &mut Vec<Cell>,
    limits: &Limits,
) -> Option<()> {
    for (row, column, data) in range.used_cells() {
        let Some(value) = value(data) else { continue };
        if cells.len() == limits.cells {
            return None;
        }
        let (start_row, start_column) = range.start().unwrap_or((0, 0));
        let at = (start_row + row as u32, start_column + column as u32);
        let formula = formulas
            .and_then(|f| f.get_value(at))
            .filter(|f| !f.is_empty())
            .cloned();
        cells.push((at.0, at.1, value, formula));
    }
    Some(())
}

fn value(data: &Data) -> Option<Value> {
    Some(match data {
        Data::Empty => return None,
        Data::String(s) if s.is_empty() => return None,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(n) => Value::Number(*n as f64),
        Data::Float(n) => Value::Number(*n),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) if dt.is_duration() => Value::Number(dt.as_f64()),
        Data::DateTime(dt) => Value::Date(mdy(dt)),
        Data::DateTimeIso(iso) => match iso_date(iso) {
            Some(date) => Value::Date(date),
            None => Value::Text(iso.clone()),
        },
        Data::DurationIso(iso) => Value::Text(iso.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    })
}

fn value_ref(data: DataRef<'_>) -> Option<Value> {
    Some(match data {
        DataRef::Empty => return None,
        DataRef::SharedString("") => return None,
        DataRef::String(s) if s.is_empty() => return None,
        DataRef::SharedString(s) => Value::Text(s.to_string()),
        DataRef::String(s) => Value::Text(s),
        DataRef::Int(n) => Value::Number(n as f64),
        DataRef::Float(n) => Value::Number(n),
        DataRef::Bool(b) => Value::Bool(b),
        DataRef::DateTime(dt) if dt.is_duration() => Value::Number(dt.as_f64()),
        DataRef::DateTime(dt) => Value::Date(mdy(&dt)),
        DataRef::DateTimeIso(iso) => match iso_date(&iso) {
            Some(date) => Value::Date(date),
            None => Value::Text(iso),
        },
        DataRef::DurationIso(iso) => Value::Text(iso),
        DataRef::Error(e) => Value::Error(e.to_string()),
    })
}

/// A date cell as M/D/YYYY (in either of Excel's day counts; the time of day left out).
fn mdy(dt: &calamine::ExcelDateTime) -> String {
    let (year, month, day, ..) = dt.to_ymd_hms_milli();
    format!("{month}/{day}/{year}")
}

/// `2027-01-30` or `2027-01-30T10:00:00` (an .ods date) as M/D/YYYY.
fn iso_date(iso: &str) -> Option<String> {
    let mut parts = iso.get(..10)?.split('-');
    let (y, m, d): (u32, u32, u32) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{m}/{d}/{y}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same export given again is the one kept, whatever its encoding; another is read.
    #[cfg(feature = "baseline")]
    #[test]
    fn an_export_given_again_is_not_read_again() {
        let mut kept = KeptExport::default();
        let utf8 = "Referral ID,Deal Name\r\nA-1,Café\r\n";
        let first = kept.read(utf8.as_bytes(), None);
        assert!(std::rc::Rc::ptr_eq(
            &first,
            &kept.read(utf8.as_bytes(), None)
        ));
        assert_eq!(kept.bytes, None, "a UTF-8 export is known by its text");
        let latin1 = b"Referral ID,Deal Name\r\nA-1,Caf\xe9\r\n";
        let second = kept.read(latin1, None);
        assert!(!std::rc::Rc::ptr_eq(&first, &second));
        assert!(std::rc::Rc::ptr_eq(&second, &kept.read(latin1, None)));
        let changed = kept.read(b"Referral ID,Deal Name\r\nA-2,Caf\xe9\r\n", None);
        assert!(!std::rc::Rc::ptr_eq(&second, &changed));
    }

    #[test]
    fn numbers_are_plain_digits() {
        for (n, text) in [
            (2134.0, "2134"),
            (12_000_000.0, "12000000"),
            (0.1 + 0.2, "0.3"),
            (12563.5, "12563.5"),
            (-0.0, "0"),
            (1e21, "1000000000000000000000"),
            (123_456_789_012_345_678.0, "123456789012346000"),
            (1e-7, "0.0000001"),
        ] {
            assert_eq!(number(n), text, "{n}");
        }
    }

    #[test]
    fn dates_are_month_first() {
        for (serial, text) in [
            (46417.0, Some("1/30/2027")),
            (46417.75, Some("1/30/2027")),
            (1.0, Some("1/1/1900")),
            (59.0, Some("2/28/1900")),
            (60.0, None),
            (61.0, Some("3/1/1900")),
            (45_658.0, Some("1/1/2025")),
            (0.5, None),
        ] {
            assert_eq!(date(serial).as_deref(), text, "{serial}");
        }
        assert_eq!(iso_date("2027-01-30").as_deref(), Some("1/30/2027"));
        assert_eq!(
            iso_date("2027-01-30T10:00:00").as_deref(),
            Some("1/30/2027")
        );
        assert_eq!(iso_date("2027-13-30"), None);
    }

    #[test]
    fn formats_are_recognised_by_their_bytes() {
        assert_eq!(format(b"Deal Name,Customer Name\r\n"), None);
        assert_eq!(
            format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
            Some(Format::Xls)
        );
        assert_eq!(format(b"PK\x03\x04....word/document.xml"), None);
        assert_eq!(format(b"PK\x03\x04....xl/workbook.xml"), Some(Format::Xlsx));
        assert_eq!(format(b"PK\x03\x04....xl/workbook.bin"), Some(Format::Xlsb));
        assert_eq!(
            format(b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
            Some(Format::Ods)
        );
    }
}
