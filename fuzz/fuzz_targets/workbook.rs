//! Survival of the workbook path: any bytes that look like a workbook (a ZIP or OLE file;
//! others are seeded with workbooks) through `cosell_workbook::read` and, when a sheet is read,
//! through `check` with its facts. An `Unreadable` is an answer; a panic, a hang or memory past
//! the fuzzer's limit is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let limits = cosell_workbook::Limits {
        unpacked: 64 << 20,
        cells: 200_000,
    };
    if let Ok(read) = cosell_workbook::read(bytes, None, &limits) {
        let options = cosell_core::Options {
            sheet: Some(&read.sheet),
            ..cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
        };
        let checked = cosell_core::check(read.text.as_bytes(), &options).expect("the text read");
        let s = checked.report.summary;
        assert_eq!(s.create + s.update + s.not_processed, s.rows);
    }
});
