//! Records: the decoded text read into cells by `csv-core`, each record with where it sits in
//! the text, so that the annotated file can copy it as it stands.
//!
//! `csv-core` does the parsing; this module owns the buffers. A record keeps its cells in one
//! string with a `u32` end per cell, and a data row keeps no more cells than the header has (it
//! counts the rest): a row of 100,000 one-letter cells costs a fraction of its size, not the
//! eight bytes per cell of a general-purpose record.

use std::ops::Range;

/// One record: its cells as read (quotes undone), how many it has, and where it is in the text.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// The cells' text, one after the other (the cells not kept included).
    data: String,
    /// Where each kept cell ends in `data`.
    ends: Vec<u32>,
    /// How many cells the record has; more than `ends` holds when it was read with a limit.
    len: usize,
    /// The record's bytes in the text, its line end excluded.
    span: Range<usize>,
    /// Whether a line end closed it (a file's last record may end without one).
    ended: bool,
    /// Blank lines between the previous record (or the start of the text) and this one: rows
    /// of a spreadsheet too.
    blank_before: usize,
    /// The cell whose opening quote never properly closes: the record is then the first line
    /// of what the quote swallowed, read with quotes as plain characters.
    unclosed: Option<usize>,
}

impl Record {
    /// A record of these cells (for tests); it has no place in a text.
    #[cfg(test)]
    pub fn from_cells<S: AsRef<str>>(cells: &[S]) -> Record {
        let mut record = Record::default();
        for cell in cells {
            record.data.push_str(cell.as_ref());
            record.push_end(record.data.len(), usize::MAX);
        }
        record
    }

    /// The number of cells.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Cell `index`, when it was kept.
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = match index {
            0 => 0,
            _ => self.ends[index - 1] as usize,
        };
        self.data.get(start..end)
    }

    /// The kept cells, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let cell = self.data.get(start..end as usize).unwrap_or("");
            start = end as usize;
            cell
        })
    }

    /// Each kept cell's first and last bytes (`None` when the cell is empty), in order.
    pub fn edge_bytes(&self) -> impl Iterator<Item = Option<(u8, u8)>> + '_ {
        let bytes = self.data.as_bytes();
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let cell = bytes.get(start..end as usize).unwrap_or_default();
            start = end as usize;
            Some((*cell.first()?, *cell.last()?))
        })
    }

    /// Whether every cell was kept.
    pub fn complete(&self) -> bool {
        self.ends.len() == self.len
    }

    /// The text of all cells, one after the other.
    pub fn text(&self) -> &str {
        &self.data
    }

    /// Whether every cell but `skip` holds only spaces (the cells not kept included).
    pub fn is_blank(&self, skip: Option<usize>) -> bool {
        let kept_end = self.ends.last().map_or(0, |&e| e as usize);
        self.iter()
            .enumerate()
            .all(|(i, cell)| Some(i) == skip || cell.trim().is_empty())
            && self.data[kept_end..].trim().is_empty()
    }

    /// Where the record is in the text, its line end excluded.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The cell whose quote never closes, when this record is the first line of such a cell.
    pub fn unclosed(&self) -> Option<usize> {
        self.unclosed
    }

    /// The blank lines right before this record.
    pub fn blank_before(&self) -> usize {
        self.blank_before
    }

    /// Whether the record's bytes, copied as they are, read back as the same cells in a
    /// comma-separated file: comma-separated, quotes honoured, closed by a line end.
    pub fn copyable(&self, delimiter: u8) -> bool {
        delimiter == b',' && self.unclosed.is_none() && self.ended
    }

    fn clear(&mut self) {
        self.data.clear();
        self.ends.clear();
        self.len = 0;
        self.unclosed = None;
    }

    fn push_end(&mut self, end: usize, keep: usize) {
        if self.ends.len() < keep {
            // Texts are at most u32::MAX bytes long (decode refuses larger files).
            self.ends.push(u32::try_from(end).unwrap_or(u32::MAX));
        }
        self.len += 1;
    }

    /// Fills the record with `line` split at `delimiter`, quotes being plain characters.
    fn split(&mut self, line: &str, delimiter: u8, keep: usize) {
        self.clear();
        for cell in line.split(char::from(delimiter)) {
            self.data.push_str(cell);
            self.push_end(self.data.len(), keep);
        }
    }
}

/// A `csv-core` reader that never strips a byte-order mark: decoding has dropped the file's
/// own, and any other is part of a cell.
pub fn core_reader(delimiter: u8) -> csv_core::Reader {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    prime(&mut reader);
    reader
}

/// Resets `reader` to the start of a record, past the point where it would strip a BOM.
pub fn prime(reader: &mut csv_core::Reader) {
    reader.reset();
    // A lone line end is skipped before any record: it only marks the reader as started.
    let _ = reader.read_record(b"\n", &mut [0; 1], &mut [0; 1]);
}

/// The records of a text, one at a time, the first (the header) included.
///
/// A quote that opens a cell and is never properly closed makes a CSV reader read on into the
/// following lines, up to the next quote anywhere (or the end of the file). Such a record is
/// given as its first line alone, split with quotes as plain characters
/// ([`Record::unclosed`] names the broken cell), and reading goes on from the next line, so
/// the rows after it are still checked.
pub struct Records<'t> {
    text: &'t str,
    delimiter: u8,
    reader: csv_core::Reader,
    /// Where reading goes on.
    at: usize,
    /// The first record's number of cells.
    width: Option<usize>,
}

/// Cell ends taken from `csv-core` per call.
const ENDS: usize = 64;

impl<'t> Records<'t> {
    pub fn new(text: &'t str, delimiter: u8) -> Self {
        Records {
            text,
            delimiter,
            reader: core_reader(delimiter),
            at: 0,
            width: None,
        }
    }

    #[cfg(feature = "baseline")]
    /// Reads on from `at`, where a record of `text` starts (its [`Record::span`]), as the
    /// records after a header of `width` cells are read: the same record comes out again.
    /// `reader` is a [`core_reader`] for the delimiter, [`prime`]d, handed back by
    /// [`Records::into_reader`] to be used again: building one costs more than reading a row,
    /// and a copy of one (csv-core 0.1.13's `Clone`) does not read the same.
    pub fn resume(
        text: &'t str,
        delimiter: u8,
        reader: csv_core::Reader,
        at: usize,
        width: usize,
    ) -> Self {
        Records {
            text,
            delimiter,
            reader,
            at,
            width: Some(width),
        }
    }

    /// The `csv-core` reader, primed again, for [`Records::resume`].
    #[cfg(feature = "baseline")]
    pub fn into_reader(self) -> csv_core::Reader {
        let mut reader = self.reader;
        prime(&mut reader);
        reader
    }

    /// A record buffer for records of at most `keep` kept cells (with room for as many cells
    /// as the first line has, when there is no limit).
    pub fn buffer(&self, keep: usize) -> Record {
        let cells = if keep == usize::MAX {
            let bytes = self.text.as_bytes();
            let first = &bytes[..memchr::memchr(b'\n', bytes).unwrap_or(bytes.len())];
            1 + memchr::memchr_iter(self.delimiter, first).count()
        } else {
            keep
        };
        Record {
            ends: Vec::with_capacity(cells),
            ..Record::default()
        }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// How far reading has come, in bytes of the text.
    pub fn position(&self) -> usize {
        self.at
    }

    /// Reads the next record into `record`, keeping its first `keep` cells (the others are
    /// counted, and their text kept). `false` at the end of the text.
    pub fn read(&mut self, record: &mut Record, keep: usize) -> bool {
        if !self.read_plain(record, keep) {
            return false;
        }
        let start = record.span.start;
        // The first record (the header) sets the width, as it is finally read.
        let width = self.width.unwrap_or(record.len);
        // A quote that swallowed line ends, or shifted cells.
        let swallowed = record.len != width
            || memchr::memchr2(b'\n', b'\r', &self.text.as_bytes()[record.span()]).is_some();
        if swallowed || !record.ended {
            match broken_quote(&self.text[start..], self.delimiter) {
                // At the end of the text a quote that never closes swallows nothing visible:
                // only it is broken there. A quote closed early (`"A note" ,`) reads the same
                // as on any other line.
                Some(Broken::NeverClosed(cell)) => self.recover(record, start, cell, keep),
                Some(Broken::ClosedEarly(cell)) if swallowed => {
                    self.recover(record, start, cell, keep)
                }
                _ => {}
            }
        }
        self.width.get_or_insert(record.len);
        true
    }

    /// Reads the next record as csv-core reads it, without looking for broken quotes.
    fn read_plain(&mut self, record: &mut Record, keep: usize) -> bool {
        let bytes = self.text.as_bytes();
        // Line ends before a record are blank lines, which csv-core skips too; they are counted
        // (a spreadsheet shows them as rows). csv-core took the first byte of the previous
        // record's line end: a "\n" after its "\r" is the rest of it.
        let mut start = self.at;
        if start > 0 && bytes[start - 1] == b'\r' && bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let mut blank = 0;
        while let Some(&b) = bytes.get(start).filter(|&&b| b == b'\r' || b == b'\n') {
            start += if b == b'\r' && bytes.get(start + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            blank += 1;
        }
        if start >= bytes.len() {
            self.at = bytes.len();
            return false;
        }
        record.clear();
        let mut data = std::mem::take(&mut record.data).into_bytes();
        // Only the part csv-core may write next is zeroed: about the size of the last record.
        let window = (data.len() * 2).clamp(256, data.capacity().max(256));
        data.resize(window, 0);
        let mut ends = [0usize; ENDS];
        let mut written = 0;
        let mut line = None;
        let ended = loop {
            let input = &bytes[self.at..];
            let (result, nin, nout, nend) =
                self.reader
                    .read_record(input, &mut data[written..], &mut ends);
            self.at += nin;
            written += nout;
            for &end in &ends[..nend] {
                record.push_end(end, keep);
            }
            match result {
                csv_core::ReadRecordResult::InputEmpty
                | csv_core::ReadRecordResult::OutputEndsFull => {}
                csv_core::ReadRecordResult::OutputFull => {
                    // A record on one line fits in that line's length: the buffer grows to it
                    // at once, since a buffer that doubles holds its old and new halves
                    // together (three times a huge cell). A longer record doubles it.
                    let len = data.len();
                    let line = *line.get_or_insert_with(|| {
                        memchr::memchr2(b'\n', b'\r', &bytes[start..])
                            .unwrap_or(bytes.len() - start)
                    });
                    let target = if len < line { line } else { len * 2 };
                    data.reserve_exact(target - len);
                    data.resize(target, 0);
                }
                // A record read from non-empty input ended on its line end, which csv-core
                // consumed; one read from empty input ended with the text.
                csv_core::ReadRecordResult::Record => break !input.is_empty(),
                csv_core::ReadRecordResult::End => break false,
            }
        };
        data.truncate(written);
        // Cells are the text cut at ASCII bytes (separators, quotes, line ends), so they are
        // UTF-8; the lossy branch only guards the impossible.
        record.data = String::from_utf8(data)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let end = if ended { self.at - 1 } else { self.at };
        record.span = start..end;
        record.ended = ended;
        record.blank_before = blank;
        true
    }

    /// Replaces the record that a broken quote swallowed by its first line, split with quotes
    /// as plain characters, and goes on reading from the next line.
    fn recover(&mut self, record: &mut Record, start: usize, cell: usize, keep: usize) {
        let rest = &self.text[start..];
        let line_end = start + rest.find(['\n', '\r']).unwrap_or(rest.len());
        record.split(&self.text[start..line_end], self.delimiter, keep);
        record.span = start..line_end;
        record.ended = line_end < self.text.len();
        record.unclosed = Some(cell);
        self.at = match self.text.as_bytes().get(line_end..line_end + 2) {
            Some(b"\r\n") => line_end + 2,
            _ => (line_end + 1).min(self.text.len()),
        };
        prime(&mut self.reader);
    }

    /// Reads `record`'s bytes again, every cell kept, into `into` (for writing out the cells
    /// of a row that kept only some).
    pub fn reread(&self, record: &Record, into: &mut Record) {
        let raw = &self.text[record.span()];
        if record.unclosed.is_some() {
            into.split(raw, self.delimiter, usize::MAX);
            return;
        }
        let mut again = Records::new(raw, self.delimiter);
        // The bytes were one record already: read alone, with no line end after them, they
        // give the same cells (the last record of a file ends the same way).
        if !again.read_plain(into, usize::MAX) {
            into.clear();
        }
    }
}

/// If the record at the start of `raw` has a quoted cell that is never closed, or that is
/// "closed" by a quote followed by more text (usually the opening quote of a later cell, not
/// its own), which cell and how.
fn broken_quote(raw: &str, delimiter: u8) -> Option<Broken> {
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
                        return Some(Broken::ClosedEarly(cell));
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
    quoted.then_some(Broken::NeverClosed(cell))
}

/// How a quoted cell is broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Broken {
    /// Its quote never closes: the rest of the text is in it.
    NeverClosed(usize),
    /// A quote closes it before its end (`"A note" ,`): usually the opening quote of a later
    /// cell, when the record ran on over line ends.
    ClosedEarly(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_quotes_are_found() {
        use Broken::*;
        assert_eq!(broken_quote("a,\"b\nc", b','), Some(NeverClosed(1)));
        assert_eq!(broken_quote("a,\"b\"\"\nc\"", b','), None);
        assert_eq!(broken_quote("a,\"b\nc\",d\ne", b','), None);
        assert_eq!(broken_quote("a,\"b,c\nd,\"e,f", b','), Some(ClosedEarly(1)));
        assert_eq!(broken_quote("\"a", b','), Some(NeverClosed(0)));
        assert_eq!(broken_quote("a,b\"c", b','), None);
        assert_eq!(broken_quote("a,\"b\" ", b','), Some(ClosedEarly(1)));
    }

    /// Every record of `text`: cells, span, and the broken cell.
    fn records(text: &str) -> Vec<(Vec<String>, Range<usize>, Option<usize>)> {
        let mut records = Records::new(text, b',');
        let mut record = records.buffer(usize::MAX);
        let mut out = Vec::new();
        while records.read(&mut record, usize::MAX) {
            let cells = record.iter().map(str::to_string).collect();
            out.push((cells, record.span(), record.unclosed()));
        }
        out
    }

    fn cells(s: &[&str]) -> Vec<String> {
        s.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn records_know_where_they_are() {
        let text = "\r\nh1,h2\r\n\"a,\"\"b\",c\n\nd,\"e\nf\"\r\r\ng,";
        assert_eq!(
            records(text),
            vec![
                (cells(&["h1", "h2"]), 2..7, None),
                (cells(&["a,\"b", "c"]), 9..18, None),
                (cells(&["d", "e\nf"]), 20..27, None),
                (cells(&["g", ""]), 30..32, None),
            ]
        );
    }

    #[test]
    fn a_broken_quote_costs_one_line() {
        let read = |text| {
            records(text)
                .into_iter()
                .map(|(c, _, b)| (c, b))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("h1,h2\r\na,\"b\r\nc,d\r\ne,\"f\"\r\n"),
            vec![
                (cells(&["h1", "h2"]), None),
                (cells(&["a", "\"b"]), Some(1)),
                (cells(&["c", "d"]), None),
                (cells(&["e", "f"]), None),
            ]
        );
        assert_eq!(
            read("h1,h2\na,\"b\nc,d"),
            vec![
                (cells(&["h1", "h2"]), None),
                (cells(&["a", "\"b"]), Some(1)),
                (cells(&["c", "d"]), None)
            ]
        );
        assert_eq!(read("h1,h2\na,\"b\nc\"\n").len(), 2);
    }

    /// A row is measured against the header as it was finally read: a header whose broken
    /// quote swallowed a line break is its first line, and a row as wide as the swallowed
    /// record is still checked for broken quotes (a fuzz finding).
    #[test]
    fn rows_are_measured_against_the_header_as_read() {
        let text = "h1,\"h2\rh3\"x,h4,h5\n\"a\"b,c,d,e\n";
        let read = records(text);
        assert_eq!(read[0], (cells(&["h1", "\"h2"]), 0..6, Some(1)));
        assert_eq!(read[1].0, cells(&["h3\"x", "h4", "h5"]));
        // Four cells, as many as csv-core first read in the header: the quote is found.
        assert_eq!(
            read[2],
            (cells(&["\"a\"b", "c", "d", "e"]), 18..28, Some(0))
        );
    }

    /// The same row reads the same whether a line end follows it or the text ends.
    #[test]
    fn a_quote_closed_early_reads_the_same_on_the_last_line() {
        for text in ["h1,h2\n\"A note\" ,x\n", "h1,h2\n\"A note\" ,x"] {
            let records = records(text);
            assert_eq!(records[1].0, cells(&["A note ", "x"]), "{text:?}");
            assert_eq!(records[1].2, None, "{text:?}");
        }
        // A quote that never closes is broken on the last line too.
        assert_eq!(records("h1,h2\na,\"b")[1].2, Some(1));
    }

    #[test]
    fn blank_lines_are_counted() {
        let text = "\r\nh\r\n\r\n\r\na\n\nb\r\r\"c\nd\"\r\ne\n\n";
        let mut records = Records::new(text, b',');
        let mut record = records.buffer(usize::MAX);
        let mut blanks = Vec::new();
        while records.read(&mut record, usize::MAX) {
            blanks.push((
                record.get(0).unwrap_or("").to_string(),
                record.blank_before(),
            ));
        }
        let expected = [("h", 1), ("a", 2), ("b", 1), ("c\nd", 1), ("e", 0)];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(c, n)| (c.to_string(), *n)).collect();
        assert_eq!(blanks, expected);
    }

    #[test]
    fn a_byte_order_mark_in_the_text_is_a_character() {
        assert_eq!(records("\u{feff}a,b")[0].0, cells(&["\u{feff}a", "b"]));
        // Also after a broken quote, where reading starts again.
        let after = records("h\n\"x\n\u{feff}y\n");
        assert_eq!(after[2].0, cells(&["\u{feff}y"]));
    }

    #[test]
    fn rows_keep_at_most_the_cells_asked_for() {
        let text = "a,b,c,d\n1,2,3,4,5, ,7\n";
        let mut records = Records::new(text, b',');
        let mut record = records.buffer(3);
        assert!(records.read(&mut record, 3));
        assert!(records.read(&mut record, 3));
        assert_eq!((record.len(), record.complete()), (7, false));
        assert_eq!(record.iter().collect::<Vec<_>>(), ["1", "2", "3"]);
        assert_eq!(record.get(3), None);
        assert!(!record.is_blank(None));
        let mut all = Record::default();
        records.reread(&record, &mut all);
        assert_eq!(
            all.iter().collect::<Vec<_>>(),
            ["1", "2", "3", "4", "5", " ", "7"]
        );
        assert!(Record::from_cells(&["", " ", "x"]).is_blank(Some(2)));
    }
}
