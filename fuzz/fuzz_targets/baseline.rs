//! Survival of the comparison with an export: any bytes as the export and any as the upload
//! (split at the first line `--`; without one, the same bytes are both, and then every update
//! row compared must be unchanged), through `check` and `fix` with the export as baseline.
#![no_main]

use cosell_core::baseline::{self, Baseline};
use libfuzzer_sys::fuzz_target;

/// The export and the upload: the bytes before and after the first `\n--\n`.
fn split(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let at = bytes.windows(4).position(|w| w == b"\n--\n")?;
    Some((&bytes[..at + 1], &bytes[at + 4..]))
}

fuzz_target!(|bytes: &[u8]| {
    let (export, upload, same) = match split(bytes) {
        Some((export, upload)) => (export, upload, false),
        None => (bytes, bytes, true),
    };
    let baseline = baseline::read(export, cosell_core::translations::carried());
    let _ = baseline::file_issues(&baseline);
    let options = cosell_core::Options {
        baseline: Some(&baseline),
        ..cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
    };
    if let Ok(checked) = cosell_core::check(upload, &options) {
        let s = checked.report.summary;
        assert_eq!(s.create + s.update + s.not_processed, s.rows);
        match (&baseline, &checked.report.updates) {
            (Baseline::Export(_), Some(updates)) => {
                assert_eq!(s.unchanged, Some(updates.iter().filter(|u| u.unchanged).count()));
                if same {
                    assert!(updates.iter().all(|u| u.unchanged), "{updates:?}");
                }
            }
            (Baseline::Unusable(_), None) => assert_eq!(s.unchanged, None),
            (baseline, updates) => panic!("{baseline:?} gave {updates:?}"),
        }
        let fixed = cosell_core::outputs::fix(upload, &options, None).expect("a text file");
        assert!(std::str::from_utf8(&fixed.checked.annotated).is_ok());
    }
});
