//! Hostile sizes, generated here (too large to keep in the repository): a row of 100,000 cells, a
//! 10 MB cell, 200,000 rows, 10,000 quotes in one cell. Each has its exact outcome asserted, its
//! memory measured (at most 4× the input, counted by this test's allocator), and its time
//! compared with a quarter of the input (linear, with a generous factor: a quadratic step would
//! be 16×). The small hostile files live in `tests/hostile/` with their expected outcomes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

use cosell_core::{check, template::template_header, Checked, Code, Options};

/// Counts the bytes this thread has allocated and their peak, so that tests running on other
/// threads do not disturb the measure.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let _ = LIVE.try_with(|live| {
                live.set(live.get() + layout.size());
                let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
            });
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn options() -> Options {
    Options {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    }
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

fn fastest(input: &[u8]) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let _ = check(input, &options());
            started.elapsed()
        })
        .min()
        .unwrap()
}

/// The outcome, memory and linearity of one hostile shape, `make(n)` being the file at size n.
/// Memory may be 4× the input (the input, the annotated file and what reading holds), and a
/// fixed 64 KB for what any file costs (the rule tables).
fn hostile(make: impl Fn(usize) -> Vec<u8>, n: usize, outcome: impl Fn(&Checked)) {
    let input = make(n);
    let (checked, peak) = measured(&input);
    outcome(&checked);
    // Shown with --nocapture, for the figures in SECURITY.md.
    eprintln!(
        "memory: {peak} bytes for {} bytes of input ({:.2}×)",
        input.len(),
        peak as f64 / input.len() as f64
    );
    assert!(
        peak <= 4 * input.len() + (64 << 10),
        "memory: {peak} bytes for {} bytes of input ({:.2}×)",
        input.len(),
        peak as f64 / input.len() as f64
    );
    let (small, large) = (fastest(&make(n / 4)), fastest(&input));
    assert!(
        large <= small * 10 + Duration::from_millis(50),
        "time: {large:?} for the whole, {small:?} for a quarter"
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
            "The file has 200000 data rows; Partner Center processes at most 1000 per file and will not process this one: split it into 200 files"
        );
    });
}

/// One-character cells, the hardest case for memory: a row keeps no more cells than the header
/// has, and counts the rest.
#[test]
fn a_row_of_one_hundred_thousand_cells() {
    let make = |cells: usize| {
        let wide = (0..cells)
            .map(|i| if i + 1 == cells { "z" } else { "x" })
            .collect::<Vec<_>>()
            .join(",");
        format!("{}\r\n{}\r\n{wide}\r\n", header(), row("")).into_bytes()
    };
    hostile(make, 100_000, |checked| {
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
    let make = |columns: usize| {
        let extra: Vec<String> = (0..columns).map(|i| format!("Extra {i}")).collect();
        format!(
            "{},{}\r\n{}{}\r\n",
            header(),
            extra.join(","),
            row(""),
            ",".repeat(columns)
        )
        .into_bytes()
    };
    hostile(make, 100_000, |checked| {
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
