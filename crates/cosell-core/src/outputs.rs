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

impl std::fmt::Display for NotAnnotated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotAnnotated::NoErrorsColumn => "This file has no Errors column, so it is not an annotated file: check it first, and make the files to upload from its annotated copy",
            NotAnnotated::Unchecked => "This file's Errors column holds messages this tool did not write (Partner Center's answer to an upload?): check it first, and make the files to upload from its annotated copy",
        })
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
/// were chosen.
fn parts(
    annotated: &[u8],
    rows: Rows,
    per_file: usize,
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
    while records.read(&mut record, usize::MAX) {
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
    let (mut files, _) = parts(annotated, rows, usize::MAX)?;
    Ok(files.pop().unwrap_or_default())
}

/// The chosen rows in files of at most 1,000 rows, each with the header (none when no row is
/// chosen).
pub fn batches(annotated: &[u8], rows: Rows) -> Result<Vec<Vec<u8>>, NotAnnotated> {
    Ok(match parts(annotated, rows, MAX_ROWS)? {
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
    let (layout, _) = header::resolve(header_record, old);

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
