//! Workbooks written from text, for tests and benchmarks: a `.sheet` file describes the sheets
//! and their typed cells, and [`xlsx`] writes the workbook with rust_xlsxwriter.
//!
//! ```text
//! @sheet Deals            a new sheet (`@sheet Notes hidden`: a hidden one)
//! @at A3                  the next row starts at this cell (rows below follow on)
//! @merge D2:D4            merged cells
//! Deal Name<TAB>Amount    a row: cells separated by tabs
//! ```
//! A cell is text, unless it starts with `n:` (a number), `d:` (a date, `d:2027-01-30`,
//! formatted day first as Excel in Europe shows it), `b:` (`b:TRUE`), `f:` (a formula and its
//! cached value, `f:=12000+563 => 12563`), `s:` (text that would otherwise look typed). An
//! empty cell is no cell. Lines starting with `#` are comments.

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, XlsxError};

/// The workbook `text` describes, as the bytes of an .xlsx file (the same bytes every time).
pub fn xlsx(text: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 11, 24)?),
    );
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let mut sheet: Option<&mut rust_xlsxwriter::Worksheet> = None;
    let (mut row, mut first_column) = (0u32, 0u16);
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("@sheet ") {
            let (name, hidden) = match rest.strip_suffix(" hidden") {
                Some(name) => (name, true),
                None => (rest, false),
            };
            let added = book.add_worksheet();
            added.set_name(name)?;
            if hidden {
                added.set_hidden(true);
            }
            sheet = Some(added);
            (row, first_column) = (0, 0);
            continue;
        }
        let sheet = match sheet.as_mut() {
            Some(sheet) => sheet,
            None => {
                sheet = Some(book.add_worksheet());
                sheet.as_mut().unwrap()
            }
        };
        if let Some(at) = line.strip_prefix("@at ") {
            let (r, c) = cell(at);
            (row, first_column) = (r, c);
            continue;
        }
        if let Some(range) = line.strip_prefix("@merge ") {
            let (from, to) = range.split_once(':').expect("@merge A1:B2");
            let ((r1, c1), (r2, c2)) = (cell(from), cell(to));
            // The first cell's value is written again by the merge.
            sheet.merge_range(r1, c1, r2, c2, "", &Format::new())?;
            continue;
        }
        for (i, value) in line.split('\t').enumerate() {
            let column = first_column + i as u16;
            write(sheet, row, column, value, &date)?;
        }
        row += 1;
    }
    book.save_to_buffer()
}

fn write(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    column: u16,
    value: &str,
    date: &Format,
) -> Result<(), XlsxError> {
    if value.is_empty() {
        return Ok(());
    }
    if let Some(n) = value.strip_prefix("n:") {
        sheet.write_number(row, column, n.parse::<f64>().expect("n:<number>"))?;
    } else if let Some(d) = value.strip_prefix("d:") {
        let mut parts = d
            .split('-')
            .map(|p| p.parse::<u16>().expect("d:YYYY-MM-DD"));
        let (y, m, d) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let when = ExcelDateTime::from_ymd(y, m as u8, d as u8)?;
        sheet.write_datetime_with_format(row, column, &when, date)?;
    } else if let Some(b) = value.strip_prefix("b:") {
        sheet.write_boolean(row, column, b == "TRUE")?;
    } else if let Some(f) = value.strip_prefix("f:") {
        let (formula, result) = f.split_once(" => ").expect("f:=FORMULA => RESULT");
        sheet.write_formula(row, column, Formula::new(formula).set_result(result))?;
    } else {
        let text = value.strip_prefix("s:").unwrap_or(value);
        sheet.write_string(row, column, text)?;
    }
    Ok(())
}

/// `K7` → (6, 10), zero-based.
fn cell(reference: &str) -> (u32, u16) {
    let letters: String = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let column = letters.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    }) - 1;
    let row: u32 = reference[letters.len()..].parse().expect("a cell like K7");
    (row - 1, column as u16)
}

/// A one-sheet workbook (`Deals`) whose cells are `rows`' texts, each a text cell (an empty
/// text is no cell).
pub fn xlsx_rows(rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 11, 24)?),
    );
    let sheet = book.add_worksheet();
    sheet.set_name("Deals")?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, cell)?;
            }
        }
    }
    book.save_to_buffer()
}
