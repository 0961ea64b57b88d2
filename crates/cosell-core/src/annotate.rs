//! Writing annotated rows: every cell as read, and the `Errors` cell ours.
//!
//! A record of a comma-separated file that closed its quotes is copied as it stands, its Errors
//! cell cut out and ours put in: no cell is written again, so none can change, and it costs a
//! copy. Other records (semicolons, tabs, a line a broken quote was read from, a last line
//! without a line end) are written cell by cell, quoted where needed.

use crate::record::{core_reader, Record, Records};
use crate::rules::Code;

/// What a row's Errors cell held when the file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Previous {
    /// Nothing.
    Empty,
    /// Our own messages: each ends with its rule code in brackets (`… [CS101]`).
    Ours,
    /// Our note on a row that Partner Center has already processed ([`PROCESSED_NOTE`]).
    Processed,
    /// Text we did not write: Partner Center's answer to an earlier upload (or someone's notes).
    Foreign,
}

/// The Errors cell of a row Partner Center has already processed (rule CS014).
pub const PROCESSED_NOTE: &str =
    "Already processed by Partner Center in an earlier upload: do not upload this row again [CS014]";

/// The Errors cell of each row of a file of another bulk operation (rule CS018).
pub const OTHER_FILE_NOTE: &str =
    "Not a co-sell opportunity: this file belongs to another page of Partner Center [CS018]";

/// Appends an error message to an Errors cell as we write it: messages separated by `; `, as
/// Partner Center does, each ending with its rule code in brackets, which tells our messages
/// from Partner Center's when the file comes back.
pub fn push_error(cell: &mut String, message: &str, code: Code) {
    if !cell.is_empty() {
        cell.push_str("; ");
    }
    cell.push_str(message);
    cell.push_str(" [");
    cell.push_str(code.as_str());
    cell.push(']');
}

/// Reads an Errors cell.
pub fn previous(cell: &str) -> Previous {
    let cell = cell.trim();
    if cell.is_empty() {
        return Previous::Empty;
    }
    if cell == PROCESSED_NOTE {
        return Previous::Processed;
    }
    // " [CS101]" at the end, naming a rule.
    let tagged = cell
        .len()
        .checked_sub(8)
        .and_then(|start| cell.get(start..))
        .and_then(|tail| tail.strip_prefix(" ["))
        .and_then(|tail| tail.strip_suffix(']'))
        .is_some_and(|code| code.starts_with("CS") && Code::parse(code).is_some());
    if tagged {
        Previous::Ours
    } else {
        Previous::Foreign
    }
}

/// Where the `Errors` column goes in the annotated file.
#[derive(Clone, Copy, Debug)]
pub enum ErrorsColumn {
    /// The input had one at this index: its content is replaced.
    Replace(usize),
    /// The input had none: it is added in front.
    Insert,
    /// The row is copied as it is (from an annotated file to the next files).
    AsIs,
}

/// The annotated file being written: UTF-8, comma-separated, CRLF line ends.
pub struct Annotated {
    out: Vec<u8>,
    /// Knows which cells need quotes (comma-separated, quotes doubled).
    quoting: csv_core::Writer,
    /// Finds the Errors cell in a record's bytes.
    fields: csv_core::Reader,
    /// A row's cells read again, when the record kept only some.
    all: Record,
    /// The most bytes the file may have.
    limit: usize,
    /// A row did not fit under the limit (or in memory): the file is incomplete.
    full: bool,
    /// Nothing is written (a check that only collects fixes).
    discard: bool,
}

impl Annotated {
    /// An annotated file of at most `limit` bytes, with room for `capacity` at first.
    pub fn new(capacity: usize, limit: usize) -> Self {
        let mut annotated = Annotated {
            out: Vec::new(),
            quoting: csv_core::Writer::new(),
            fields: core_reader(b','),
            all: Record::default(),
            limit,
            full: false,
            discard: false,
        };
        annotated.full = annotated
            .out
            .try_reserve_exact(capacity.min(limit))
            .is_err();
        annotated
    }

    /// With no limit.
    pub fn with_capacity(capacity: usize) -> Self {
        Annotated::new(capacity, usize::MAX)
    }

    /// One that writes nothing, for a check whose annotated file is not wanted.
    pub fn discarding() -> Self {
        Annotated {
            discard: true,
            ..Annotated::new(0, usize::MAX)
        }
    }

    /// The bytes written so far.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Whether a row did not fit: the file is incomplete and must not be used.
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// Makes room for `needed` more bytes, within the limit, without aborting when memory runs
    /// out (a page's memory is small): `false` when there is none.
    fn room(&mut self, needed: usize) -> bool {
        let Some(want) = self.out.len().checked_add(needed) else {
            return false;
        };
        if want > self.limit {
            return false;
        }
        if want <= self.out.capacity() {
            return true;
        }
        let grown = self
            .out
            .capacity()
            .saturating_mul(2)
            .max(want)
            .min(self.limit);
        self.out.try_reserve_exact(grown - self.out.len()).is_ok()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    /// Writes one row: `record`'s cells as read, with `errors` in the Errors column.
    pub fn row(&mut self, records: &Records, record: &Record, column: ErrorsColumn, errors: &str) {
        if self.discard {
            return;
        }
        // About: the record's bytes, the Errors cell quoted with its quotes doubled, empty cells
        // up to the Errors column, a line end. (A row written cell by cell may need more: then
        // the buffer grows as any does.)
        let pad = match column {
            ErrorsColumn::Replace(index) => index.saturating_sub(record.len()),
            _ => 0,
        };
        let needed = record.span().len() + 2 * errors.len() + pad + 8;
        if self.full || !self.room(needed) {
            self.full = true;
            return;
        }
        let row_start = self.out.len();
        let delimiter = records.delimiter();
        if record.copyable(delimiter) {
            self.copy(&records.text()[record.span()], record.len(), column, errors);
        } else {
            let cells = if record.complete() {
                record
            } else {
                records.reread(record, &mut self.all);
                &self.all
            };
            write_cells(&mut self.out, &self.quoting, cells, column, errors);
        }
        self.end_row(row_start);
    }

    /// Writes `n` blank lines (kept where the input had them, so that rows keep their numbers).
    pub fn blank_lines(&mut self, n: usize) {
        if n == 0 || self.discard {
            return;
        }
        if self.full || !self.room(2 * n) {
            self.full = true;
            return;
        }
        for _ in 0..n {
            self.out.extend_from_slice(b"\r\n");
        }
    }

    /// Writes a row of these cells as they are (a header of our own, a row rearranged).
    pub fn cells<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let row_start = self.out.len();
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            put_field(&mut self.out, &self.quoting, cell.as_ref());
        }
        self.end_row(row_start);
    }

    /// Ends the row begun at `row_start`. A row of one empty cell is written `""`: a blank
    /// line would be skipped by readers, and the row lost.
    fn end_row(&mut self, row_start: usize) {
        if self.out.len() == row_start {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.extend_from_slice(b"\r\n");
        // A row written cell by cell can be longer than foreseen.
        self.full |= self.out.len() > self.limit;
    }

    /// Copies a record's bytes with our Errors cell in them.
    fn copy(&mut self, raw: &str, len: usize, column: ErrorsColumn, errors: &str) {
        let raw = raw.as_bytes();
        match column {
            ErrorsColumn::AsIs => self.out.extend_from_slice(raw),
            ErrorsColumn::Insert => {
                put_field(&mut self.out, &self.quoting, errors);
                self.out.push(b',');
                self.out.extend_from_slice(raw);
            }
            ErrorsColumn::Replace(index) if index < len => {
                let cell = cell_span(&mut self.fields, raw, index);
                self.out.extend_from_slice(&raw[..cell.start]);
                put_field(&mut self.out, &self.quoting, errors);
                self.out.extend_from_slice(&raw[cell.end..]);
            }
            ErrorsColumn::Replace(index) => {
                // A short row gets empty cells up to the Errors column.
                self.out.extend_from_slice(raw);
                self.out.resize(self.out.len() + index + 1 - len, b',');
                put_field(&mut self.out, &self.quoting, errors);
            }
        }
    }
}

/// Writes `cells` as one comma-separated row, with `errors` in the Errors column.
fn write_cells(
    out: &mut Vec<u8>,
    quoting: &csv_core::Writer,
    cells: &Record,
    column: ErrorsColumn,
    errors: &str,
) {
    let mut first = true;
    let mut put = |out: &mut Vec<u8>, cell: &str| {
        if !first {
            out.push(b',');
        }
        first = false;
        put_field(out, quoting, cell);
    };
    match column {
        ErrorsColumn::AsIs => cells.iter().for_each(|cell| put(out, cell)),
        ErrorsColumn::Insert => {
            put(out, errors);
            cells.iter().for_each(|cell| put(out, cell));
        }
        ErrorsColumn::Replace(index) => {
            for (i, cell) in cells.iter().enumerate() {
                put(out, if i == index { errors } else { cell });
            }
            // A short row gets empty cells up to the Errors column.
            for i in cells.len()..=index {
                put(out, if i == index { errors } else { "" });
            }
        }
    }
}

/// Appends one cell, in quotes (doubled inside) when it holds a comma, a quote or a line end:
/// csv-core's `Necessary` style, asked byte by byte (`is_special_byte`) rather than through
/// `should_quote`, which serves every style and so links a float parser (for `NonNumeric`) and
/// its tables, about 7 KB gzipped, into the page.
fn put_field(out: &mut Vec<u8>, quoting: &csv_core::Writer, cell: &str) {
    let mut input = cell.as_bytes();
    if !input.iter().any(|&b| quoting.is_special_byte(b)) {
        out.extend_from_slice(input);
        return;
    }
    out.push(b'"');
    let mut scratch = [0u8; 1024];
    loop {
        let (result, nin, nout) = csv_core::quote(input, &mut scratch, b'"', b'\\', true);
        out.extend_from_slice(&scratch[..nout]);
        input = &input[nin..];
        if matches!(result, csv_core::WriteResult::InputEmpty) {
            break;
        }
    }
    out.push(b'"');
}

/// Where cell `index` is in a record's bytes (`raw`, its line end excluded), its quotes
/// included. The record has more than `index` cells.
fn cell_span(fields: &mut csv_core::Reader, raw: &[u8], index: usize) -> std::ops::Range<usize> {
    crate::record::prime(fields);
    let mut scratch = [0u8; 256];
    let (mut at, mut start, mut cell) = (0, 0, 0);
    loop {
        let (result, nin, _) = fields.read_field(&raw[at..], &mut scratch);
        at += nin;
        match result {
            csv_core::ReadFieldResult::Field { record_end } => {
                // A cell ends at its comma, which was read; the last at the end of the bytes.
                let end = if record_end { at } else { at - 1 };
                if cell == index || record_end {
                    return start..end;
                }
                cell += 1;
                start = at;
            }
            csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
            csv_core::ReadFieldResult::End => return start..raw.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_found_in_a_records_bytes() {
        let mut fields = core_reader(b',');
        let raw = b"a,\"b,\"\"c\",,d";
        let spans: Vec<_> = (0..4).map(|i| cell_span(&mut fields, raw, i)).collect();
        assert_eq!(spans, vec![0..1, 2..9, 10..10, 11..12]);
    }

    #[test]
    fn a_row_of_one_empty_cell_is_not_a_blank_line() {
        let options =
            crate::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default());
        // Copied as it stands, and written cell by cell (a last line without a line end).
        for input in ["Errors\nold message\n", "Errors\nold message"] {
            let checked = crate::check(input.as_bytes(), &options).unwrap();
            let second_line = checked.annotated.split(|&b| b == b'\n').nth(1);
            assert!(
                second_line.is_some_and(|l| !l.trim_ascii().is_empty()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn errors_cells_tell_ours_from_partner_centers() {
        let mut cell = String::new();
        push_error(
            &mut cell,
            "Mandatory field Solution 1 missing",
            Code::MandatoryField,
        );
        push_error(
            &mut cell,
            "Invalid value 'x; y' in Currency: use USD",
            Code::CurrencyCode,
        );
        assert_eq!(
            cell,
            "Mandatory field Solution 1 missing [CS101]; Invalid value 'x; y' in Currency: use USD [CS212]"
        );
        assert_eq!(previous(&cell), Previous::Ours);
        assert_eq!(previous(PROCESSED_NOTE), Previous::Processed);
        assert!(PROCESSED_NOTE.ends_with(&format!("[{}]", Code::ProcessedFile)));
        assert_eq!(previous(" "), Previous::Empty);
        for foreign in [
            "Mandatory field Solution 1 missing",
            "Invalid Customer Country",
            "done [CS999]",
            "[CS101]",
            "é [CS101",
        ] {
            assert_eq!(previous(foreign), Previous::Foreign, "{foreign}");
        }
    }

    #[test]
    fn fields_are_quoted_when_needed() {
        let quoting = csv_core::Writer::new();
        let mut out = Vec::new();
        for cell in ["plain", "a,b", "say \"hi\"", "two\nlines", "", "'; x"] {
            put_field(&mut out, &quoting, cell);
            out.push(b'|');
        }
        assert_eq!(
            out,
            b"plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"||'; x|"
        );
    }
}
