//! Survival of the workbook path: any bytes that look like a workbook (a ZIP or OLE file;
//! others are seeded with workbooks) through `cosell_workbook::read` and, when a sheet is read,
//! through `check` with its facts. An `Unreadable` is an answer; a panic, a hang or memory past
//! the fuzzer's limit is a finding. A panic inside calamine is caught by `read` and answered as
//! a damaged workbook (its first finding, kept in tests/fuzz-regressions/workbook-*), so the
//! target puts back Rust's own panic hook, which unwinds (libFuzzer's aborts at once): a panic
//! anywhere else still reaches libFuzzer's handler, which aborts, and is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

static HOOK: std::sync::Once = std::sync::Once::new();

fuzz_target!(|bytes: &[u8]| {
    HOOK.call_once(|| drop(std::panic::take_hook()));
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
