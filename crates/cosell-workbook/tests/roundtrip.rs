//! What a workbook's text cells hold reaches the CSV text exactly: random grids (quotes, commas,
//! line breaks, spaces around, non-ASCII, formula characters) written as .xlsx text cells read
//! back cell for cell; and a 5,000-row export written as a workbook is checked exactly as the
//! export itself is (the same summary, the same findings, the same annotated cells).

use proptest::prelude::*;

fn cells(csv: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn text_cells_come_back_cell_for_cell(
        grid in prop::collection::vec(
            prop::collection::vec("[a-zA-Z0-9 ,\"';=+\\-@é漢\n]{0,10}", 1..6),
            1..7,
        )
    ) {
        let width = grid.iter().map(Vec::len).max().unwrap_or(1);
        let mut grid: Vec<Vec<String>> = grid
            .into_iter()
            .map(|mut row| {
                row.resize(width, String::new());
                row
            })
            .collect();
        // The first cell holds a value: the CSV starts there (rows above and columns before the
        // first value are not part of it).
        grid[0][0] = format!("h{}", grid[0][0]);
        let book = xtask::sheets::xlsx_rows(&grid).unwrap();
        let read = cosell_workbook::read(&book, Some("Deals"), &cosell_workbook::LIMITS).unwrap();
        // Empty rows and columns after the last value are not written; a row without values is
        // one comma.
        while grid.last().is_some_and(|row| row.iter().all(String::is_empty)) {
            grid.pop();
        }
        let used = (0..width)
            .rev()
            .find(|&c| grid.iter().any(|row| !row[c].is_empty()))
            .map_or(1, |c| c + 1);
        let expected: Vec<Vec<String>> = grid
            .into_iter()
            .map(|mut row| {
                row.truncate(used);
                row
            })
            .collect();
        let got: Vec<Vec<String>> = cells(&read.text)
            .into_iter()
            .map(|row| {
                if row.iter().all(String::is_empty) {
                    vec![String::new(); used]
                } else {
                    row
                }
            })
            .collect();
        prop_assert_eq!(got, expected);
    }
}

#[test]
fn a_5000_row_export_as_a_workbook_is_checked_as_the_export_is() {
    let export = xtask::generate(5000, 42);
    let text = String::from_utf8(export.clone()).unwrap();
    let book = xtask::sheets::xlsx_rows(&cells(&text)).unwrap();
    let read = cosell_workbook::read(&book, None, &cosell_workbook::LIMITS).unwrap();
    assert_eq!(read.sheet.name, "Deals");
    assert!(read.sheet.facts.is_empty() && read.sheet.file_facts.is_empty());
    let options = cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let from_csv = cosell_core::check(&export, &options).unwrap();
    let from_book = cosell_core::check(
        read.text.as_bytes(),
        &cosell_core::Options {
            sheet: Some(&read.sheet),
            ..options
        },
    )
    .unwrap();
    assert_eq!(from_book.report.summary, from_csv.report.summary);
    let findings = |report: &cosell_core::Report| -> Vec<(usize, cosell_core::Code, String)> {
        report
            .issues
            .iter()
            .map(|i| (i.row, i.code, i.message.clone()))
            .collect()
    };
    assert_eq!(findings(&from_book.report), findings(&from_csv.report));
    assert!(from_book.report.issues.iter().all(|i| i.cell.is_some()));
    assert_eq!(
        cells(std::str::from_utf8(&from_book.annotated).unwrap()),
        cells(std::str::from_utf8(&from_csv.annotated).unwrap())
    );
}
