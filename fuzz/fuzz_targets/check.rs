//! Survival: any bytes, through `check` and every output made from its annotated file, through
//! `upgrade` (the file in the current template) and through `fix` (every fix made).
#![no_main]

use cosell_core::outputs::{batches_zip, select, Rows};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let options = cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    if let Ok(checked) = cosell_core::check(bytes, &options) {
        let s = checked.report.summary;
        assert_eq!(s.create + s.update + s.not_processed, s.rows);
        // The next files are made from any annotated file (an empty file has none).
        if !checked.annotated.is_empty() {
            for rows in [Rows::ToFix, Rows::Ready, Rows::All] {
                select(&checked.annotated, rows).expect("an annotated file");
            }
            batches_zip(&checked.annotated, Rows::All, "fuzz.csv").expect("an annotated file");
        }
        let upgraded = cosell_core::outputs::upgrade(bytes).expect("a text file");
        assert!(std::str::from_utf8(&upgraded).is_ok());
        let fixed = cosell_core::outputs::fix(bytes, &options, None).expect("a text file");
        assert!(std::str::from_utf8(&fixed.checked.annotated).is_ok());
    }
});
