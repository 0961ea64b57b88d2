//! Hostile sizes, generated here (too large to keep in the repository): a row of 100,000 cells, a
//! 10 MB cell, 200,000 rows, 10,000 quotes in one cell, and files dense with findings (a
//! finding or more in every cell of 200,000 rows). Each has its exact outcome asserted, its
//! memory measured by this test's allocator (at most 4× the input and its annotated copy
//! together, plus the report's listed issues, which are capped per rule), and its work
//! compared with a quarter of the input by counting allocations and allocated bytes (linear,
//! with a generous factor: a quadratic step would be 16×; no clock is read). The small hostile
//! files live in `tests/hostile/` with their expected outcomes.

use std::cell::Cell;

use cosell_core::{check, template::TEMPLATE_2021, Checked, Code, Options};

/// The 2021 template's header: the files here are about shapes, not templates.
fn template_header() -> Vec<String> {
    TEMPLATE_2021.header()
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

use xtask::counting::{Counting, CALLS, LIVE, PEAK, TOTAL};

fn options() -> Options<'static> {
    Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
}

/// Checks `input`, returning the result and the peak of memory allocated meanwhile, the
/// input's own bytes included.
fn measured(input: &[u8]) -> (Checked, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let checked = check(input, &options()).expect("a text file");
    let peak = PEAK.with(Cell::get) - before + input.len();
    (checked, peak)
}

/// The work a check of `input` does: allocations made and bytes allocated.
fn work(input: &[u8]) -> (usize, usize) {
    let (calls, total) = (CALLS.with(Cell::get), TOTAL.with(Cell::get));
    let _ = check(input, &options());
    (CALLS.with(Cell::get) - calls, TOTAL.with(Cell::get) - total)
}

/// What a listed issue may cost: the struct, its message, column name and value excerpt.
const PER_LISTED_ISSUE: usize = 1024;

/// The outcome, memory and linearity of one hostile shape, `make(n)` being the file at size n.
///
/// Memory may be 4× the input and the annotated file together (each is held once; reading
/// holds a record, the row's findings and the outcome of each row), plus the report's listed
/// issues (at most 5,000 per rule, each under 1 KB), plus a fixed 64 KB for what any file costs
/// (the rule tables).
fn hostile(make: impl Fn(usize) -> Vec<u8>, n: usize, outcome: impl Fn(&Checked)) {
    let input = make(n);
    let (checked, peak) = measured(&input);
    outcome(&checked);
    let (sizes, listed) = (
        input.len() + checked.annotated.len(),
        checked.report.issues.len(),
    );
    // Shown with --nocapture, for the figures in SECURITY.md.
    let figures = format!(
        "memory: {peak} bytes for {} bytes of input ({:.2}×), an annotated file of {} bytes and {listed} listed issues: {:.2}× input and annotated file",
        input.len(),
        peak as f64 / input.len() as f64,
        checked.annotated.len(),
        peak as f64 / sizes as f64,
    );
    eprintln!("{figures}");
    assert!(
        peak <= 4 * sizes + listed * PER_LISTED_ISSUE + (64 << 10),
        "{figures}"
    );
    // Linear work: the whole input costs about 4 times a quarter of it, never 16.
    let (small, large) = (work(&make(n / 4)), work(&input));
    eprintln!("work: {large:?} (allocations, bytes) for the whole, {small:?} for a quarter");
    assert!(
        large.0 <= 6 * small.0 + 1000 && large.1 <= 6 * small.1 + (1 << 20),
        "work: {large:?} (allocations, bytes) for the whole, {small:?} for a quarter"
    );
}

fn header() -> String {
    template_header().join(",")
}

/// A valid row of the template (Errors empty), with `notes` in Notes.
fn row(notes: &str) -> String {
    let cells: Vec<String> = template_header()
        .iter()
        .map(|name| match name.as_str() {
            "Deal Name" => "UK spring deal".into(),
            "Customer Name" => "Contoso".into(),
            "Customer Address Line 1" => "One Contoso Way".into(),
            "Customer City" => "Redmond".into(),
            "Customer Country" => "US".into(),
            "Partner Referral Status" => "New".into(),
            "Partner Referral Substatus" => "Accepted".into(),
            "Estimated Deal Value" => "12563".into(),
            "Currency" => "USD".into(),
            "Estimated Close Date" => "1/30/2027".into(),
            "Microsoft help required?" => "No".into(),
            "Share with Microsoft sales team" => "Yes".into(),
            "Consent to share Customer/Partner contact" => "Yes".into(),
            "Solution 1" => "\"SOL-1234-PQRS, USD, 10, 100\"".into(),
            "Team member 1" => "\"Bob, Partner, 999999, bob@contoso.com\"".into(),
            "Notes" => notes.to_string(),
            _ => String::new(),
        })
        .collect();
    cells.join(",")
}

fn annotated_text(checked: &Checked) -> &str {
    std::str::from_utf8(&checked.annotated).unwrap()
}

#[test]
fn two_hundred_thousand_rows() {
    let make = |rows: usize| {
        let line = row("note");
        let mut file = header() + "\r\n";
        for _ in 0..rows {
            file.push_str(&line);
            file.push_str("\r\n");
        }
        file.into_bytes()
    };
    hostile(make, 200_000, |checked| {
        let s = checked.report.summary;
        assert_eq!((s.rows, s.create, s.not_processed), (200_000, 200_000, 0));
        let too_many = &checked.report.file_issues[0];
        assert_eq!(too_many.code, Code::TooManyRows);
        assert_eq!(
            too_many.message,
            "The file has 200000 data rows; Partner Center processes at most 1000 records per file and will not process this one: split it into 200 files"
        );
    });
}

/// One-character cells, the hardest case for memory: a row keeps no more cells than the header
/// has, and counts the rest.
/// A valid row, then a row of `cells` cells.
fn wide_row(cells: usize) -> Vec<u8> {
    let wide = (0..cells)
        .map(|i| if i + 1 == cells { "z" } else { "x" })
        .collect::<Vec<_>>()
        .join(",");
    format!("{}\r\n{}\r\n{wide}\r\n", header(), row("")).into_bytes()
}

/// The template's header and `columns` more, then a row as wide.
fn wide_header(columns: usize) -> Vec<u8> {
    let extra: Vec<String> = (0..columns).map(|i| format!("Extra {i}")).collect();
    format!(
        "{},{}\r\n{}{}\r\n",
        header(),
        extra.join(","),
        row(""),
        ",".repeat(columns)
    )
    .into_bytes()
}

#[test]
fn a_row_of_one_hundred_thousand_cells() {
    hostile(wide_row, 100_000, |checked| {
        // 100,000 cells, the first in the Errors column: 99,999 data cells.
        let issue = &checked.report.issues[0];
        assert_eq!((issue.row, issue.code), (3, Code::FieldCount));
        assert_eq!(
            issue.message,
            "Too many cells: this row has 99999, the header 33; a value with an unquoted comma shifts the columns"
        );
        let last = annotated_text(checked).lines().nth(2).unwrap();
        assert_eq!(
            last.split(',').count(),
            100_001,
            "every cell kept, and Errors"
        );
        assert!(last.ends_with(",x,z"));
    });
}

/// A header is kept while the rows are read, with a row as wide as it.
#[test]
fn a_header_of_one_hundred_thousand_columns() {
    hostile(wide_header, 100_000, |checked| {
        let unknown: Vec<&str> = checked
            .report
            .file_issues
            .iter()
            .filter(|i| i.code == Code::UnknownColumn)
            .map(|i| i.message.as_str())
            .collect();
        assert_eq!(unknown.len(), 21, "20 named, the rest summed up");
        assert_eq!(
            unknown[20],
            "99980 more unknown columns (columns BC–EQYL) will be ignored by Partner Center"
        );
        assert_eq!(checked.report.summary.create, 1);
    });
}

#[test]
fn a_ten_megabyte_cell() {
    let make = |size: usize| format!("{}\r\n{}\r\n", header(), row(&"x".repeat(size))).into_bytes();
    hostile(make, 10 << 20, |checked| {
        assert_eq!(checked.report.summary.create, 1);
        assert!(annotated_text(checked).contains(&"x".repeat(10 << 20)));
    });
}

#[test]
fn ten_thousand_quotes_in_one_cell() {
    // A quoted cell of n doubled quotes: its value is n quote characters.
    let make = |n: usize| {
        format!(
            "{}\r\n{}\r\n",
            header(),
            row(&format!("\"{}\"", "\"\"".repeat(n)))
        )
        .into_bytes()
    };
    hostile(make, 10_000, |checked| {
        assert_eq!(checked.report.summary.create, 1);
        assert!(
            checked.report.issues.is_empty(),
            "{:?}",
            checked.report.issues
        );
        let reread: Vec<csv::StringRecord> = csv::Reader::from_reader(&checked.annotated[..])
            .records()
            .map(Result::unwrap)
            .collect();
        let notes = template_header().iter().position(|h| h == "Notes").unwrap();
        assert_eq!(reread[0][notes], "\"".repeat(10_000));
    });
}

/// A row with a value in one column only: every mandatory field of the template missing, a
/// finding per empty cell (the densest errors a full header allows).
#[test]
fn two_hundred_thousand_rows_of_one_cell() {
    let make = |rows: usize| {
        // Errors first, then Engagement ID: the one value is in Engagement ID.
        let width = template_header().len() - 2;
        let line = format!(",x{}", ",".repeat(width));
        let mut file = header() + "\r\n";
        for _ in 0..rows {
            file.push_str(&line);
            file.push_str("\r\n");
        }
        file.into_bytes()
    };
    hostile(make, 200_000, |checked| {
        let s = checked.report.summary;
        assert_eq!((s.rows, s.not_processed), (200_000, 200_000));
        // 14 mandatory values missing on every row, each an error in its Errors cell.
        let first_row = annotated_text(checked).lines().nth(1).unwrap();
        assert_eq!(first_row.matches("[CS101]").count(), 14, "{first_row}");
        // The report lists 5,000 per rule and counts the rest.
        let listed = checked
            .report
            .issues
            .iter()
            .filter(|i| i.code == Code::MandatoryField);
        assert_eq!(listed.count(), 5000);
        let more = checked
            .report
            .not_listed
            .iter()
            .find(|n| n.code == Code::MandatoryField);
        assert_eq!(more.map(|n| n.count), Some(14 * 200_000 - 5000));
        assert!(s.errors >= 14 * 200_000);
    });
}

/// A header of one column and rows of one character: every mandatory column is missing, so
/// every two bytes of input bring 16 findings.
#[test]
fn a_narrow_header_and_two_hundred_thousand_short_rows() {
    let make = |rows: usize| {
        let mut file = String::from("Deal Name\n");
        for _ in 0..rows {
            file.push_str("x\n");
        }
        file.into_bytes()
    };
    hostile(make, 200_000, |checked| {
        let s = checked.report.summary;
        assert_eq!((s.rows, s.not_processed), (200_000, 200_000));
        assert!(checked.report.issues.len() <= 16 * 5000);
    });
}

/// A formula in every cell: a warning (not in the annotated file) in every cell of every row,
/// and an error in most.
#[test]
fn a_formula_in_every_cell_of_fifty_thousand_rows() {
    let make = |rows: usize| {
        let width = template_header().len();
        let line = vec!["=1"; width].join(",");
        let mut file = header() + "\r\n";
        for _ in 0..rows {
            file.push_str(&line);
            file.push_str("\r\n");
        }
        file.into_bytes()
    };
    hostile(make, 50_000, |checked| {
        let formulas = checked
            .report
            .issues
            .iter()
            .filter(|i| i.code == Code::Formula);
        assert_eq!(formulas.count(), 5000);
        let more = checked
            .report
            .not_listed
            .iter()
            .find(|n| n.code == Code::Formula);
        assert_eq!(more.map(|n| n.count), Some(33 * 50_000 - 5000));
    });
}

/// A column name of 100,000 characters, named by a finding in every row: messages name
/// columns, but not at that length.
#[test]
fn a_huge_column_name_in_every_rows_findings() {
    let make = |rows: usize| {
        let name = "N".repeat(100_000);
        let mut file = format!("{},{name}\r\n", header());
        let line = format!("{},=1\r\n", row(""));
        for _ in 0..rows {
            file.push_str(&line);
        }
        file.into_bytes()
    };
    hostile(make, 4_000, |checked| {
        let formula = checked
            .report
            .issues
            .iter()
            .find(|i| i.code == Code::Formula);
        let formula = formula.expect("a formula finding");
        assert!(formula.message.len() < 400, "{}", formula.message.len());
        assert!(formula
            .column
            .as_ref()
            .is_some_and(|c| c.chars().count() <= 101));
    });
}

/// A different Referral ID on each of 200,000 short rows: each is remembered (for duplicates).
#[test]
fn two_hundred_thousand_referral_ids() {
    let make = |rows: usize| {
        let mut file = String::from("Referral ID\n");
        for i in 0..rows {
            file.push_str(&format!("{i:x}\n"));
        }
        file.into_bytes()
    };
    hostile(make, 200_000, |checked| {
        assert_eq!(checked.report.summary.not_processed, 200_000);
        assert!(!checked
            .report
            .issues
            .iter()
            .any(|i| i.code == Code::DuplicateReferral));
    });
}

/// Empty rows and blank lines: remembered as runs for the message, never one by one.
#[test]
fn a_million_empty_rows_and_blank_lines() {
    let make = |rows: usize| {
        let mut file = String::from("Errors,Deal Name\n");
        for i in 0..rows {
            file.push_str(if i % 3 == 0 { ",\n" } else { "\n" });
        }
        file.push_str(",last\n");
        file.into_bytes()
    };
    hostile(make, 1_000_000, |checked| {
        let empty = checked
            .report
            .file_issues
            .iter()
            .find(|i| i.code == Code::EmptyRows);
        let empty = empty.expect("empty rows reported");
        assert!(
            empty
                .message
                .starts_with("333334 empty rows were skipped (rows 2, 5, 8,"),
            "{}",
            empty.message
        );
        assert!(empty.message.len() < 300);
        // The last row keeps its spreadsheet number: blank lines are rows too.
        let last = checked
            .report
            .issues
            .last()
            .expect("the last row's findings");
        assert_eq!(last.row, 1_000_002);
    });
}

/// The file in the current template, made from the widest shapes: every cell kept, in the
/// memory a check of them may take.
#[test]
fn upgrading_the_widest_files() {
    for make in [wide_row, wide_header] {
        let input = make(100_000);
        let before = LIVE.with(Cell::get);
        PEAK.with(|peak| peak.set(before));
        let upgraded = cosell_core::outputs::upgrade(&input).expect("a text file");
        let peak = PEAK.with(Cell::get) - before + input.len();
        let sizes = input.len() + upgraded.len();
        eprintln!(
            "upgrade: {peak} bytes for {} bytes of input and {} upgraded",
            input.len(),
            upgraded.len()
        );
        assert!(peak <= 4 * sizes + (64 << 10), "{peak} bytes for {sizes}");
        // Every line, none shorter than it was: the current template only adds columns.
        let text = std::str::from_utf8(&upgraded).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let before: Vec<&str> = std::str::from_utf8(&input).unwrap().lines().collect();
        assert_eq!(lines.len(), before.len());
        for (line, before) in lines.iter().zip(&before) {
            assert!(line.split(',').count() >= before.split(',').count());
        }
        // The extra columns and cells, last and in order.
        assert!(
            lines[lines.len() - 1].ends_with(",x,z")
                || lines[0].ends_with(",Extra 99998,Extra 99999")
        );
    }
}

/// A row where nearly every checked cell has a fix (the German postal code's only in a second
/// round, once the country is a code).
fn fixable_row() -> String {
    let cells: Vec<String> = template_header()
        .iter()
        .map(|name| match name.as_str() {
            "Deal Name" => "Deal".into(),
            "Customer Name" => "Contoso".into(),
            "Customer Address Line 1" => "One Contoso Way".into(),
            "Customer City" => "Dresden".into(),
            "Customer Postal Code" => "1067".into(),
            "Customer Country" => "Germany".into(),
            "Customer D-U-N-S ID" => "31544736".into(),
            "Customer Contact Email Address" => "mailto:ana@contoso.com".into(),
            "Partner Referral Status" => "new".into(),
            "Partner Referral Substatus" => "accepted".into(),
            "Sales Stage" => "20%".into(),
            "Estimated Deal Value" => "\"$12,563\"".into(),
            "Currency" => "€".into(),
            "Estimated Close Date" => "2027-01-30".into(),
            "Microsoft help required?" => "no".into(),
            "Share with Microsoft sales team" => "ja".into(),
            "Consent to share Customer/Partner contact" => "Yes".into(),
            "Solution 1" => "\"SOL-1234-PQRS, usd, $10, 100\"".into(),
            "Team member 1" => "\"Bob, Partner, 999999, bob@contoso.com\"".into(),
            _ => String::new(),
        })
        .collect();
    cells.join(",")
}

/// What a change may cost beyond its line in the changes CSV: the struct and its three strings'
/// allocations, in a list that grows by doubling.
const PER_CHANGE: usize = 128;

/// Fixing: memory within 4× the input, the corrected file and the list of changes (as CSV)
/// together, plus 128 bytes per change and the corrected file's listed issues; every row's
/// fixes made, in two rounds where one needs another.
#[test]
fn fixing_a_file_where_every_row_has_fourteen_fixes() {
    let rows = 20_000;
    let input = format!(
        "{}\r\n{}",
        header(),
        format!("{}\r\n", fixable_row()).repeat(rows)
    );
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let fixed = cosell_core::outputs::fix(input.as_bytes(), &options(), None).unwrap();
    let peak = PEAK.with(Cell::get) - before + input.len();
    let changes = cosell_core::outputs::changes_csv(&fixed.changes);
    let sizes = input.len() + fixed.checked.annotated.len() + changes.len();
    let listed = fixed.checked.report.issues.len();
    let figures = format!(
        "fix: {peak} bytes for {} bytes of input, {} corrected, {} of changes ({} changes): {:.2}×",
        input.len(),
        fixed.checked.annotated.len(),
        changes.len(),
        fixed.changes.len(),
        peak as f64 / sizes as f64
    );
    eprintln!("{figures}");
    let bound = 4 * sizes + fixed.changes.len() * PER_CHANGE + listed * PER_LISTED_ISSUE;
    assert!(peak <= bound + (64 << 10), "{figures}");
    assert_eq!(fixed.changes.len(), rows * 14, "{figures}");
    // Only the file's own errors are left: 20,000 rows, and new deals in the 2021 template.
    assert_eq!(fixed.checked.report.summary.errors, 2, "{figures}");
    assert_eq!(fixed.checked.report.issues, vec![], "{figures}");
}

/// The page keeps where each row is in the annotated file (`Options::lines`, for editing): one
/// entry more per row, whatever the rows' length. The worst shape is the most rows per byte of
/// input and annotated file (200,000 rows of two empty cells, which get no Errors): memory within
/// 4× the input and its annotated copy, plus the listed issues, plus three entries per row (the
/// list grows by doubling).
#[test]
fn keeping_where_the_rows_are_costs_an_entry_per_row() {
    let rows = 200_000;
    let input = format!("Errors,Deal Name\r\n{}", ",\r\n".repeat(rows));
    let options = Options {
        lines: true,
        ..options()
    };
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let checked = check(input.as_bytes(), &options).unwrap();
    let peak = PEAK.with(Cell::get) - before + input.len();
    assert_eq!(checked.lines.len(), rows + 1);
    let (row, last) = checked.lines[rows].clone();
    assert_eq!((row, last.end), (rows + 1, checked.annotated.len()));
    assert_eq!(&checked.annotated[last], b",\r\n");
    let sizes = input.len() + checked.annotated.len();
    let listed = checked.report.issues.len();
    let entry = std::mem::size_of::<(usize, std::ops::Range<usize>)>();
    eprintln!(
        "lines: {peak} bytes for {} bytes of input and {} annotated, {rows} rows: {:.2}× input and annotated file",
        input.len(),
        checked.annotated.len(),
        peak as f64 / sizes as f64
    );
    assert!(
        peak <= 4 * sizes + listed * PER_LISTED_ISSUE + 3 * entry * rows + (64 << 10),
        "{peak} bytes"
    );
}
