//! Properties, not only survival: the annotated file, read again, holds the cells the core read
//! (every cell but Errors), and checking it again gives the same annotated file and findings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn cells(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(|r| r.expect("the annotated file is valid CSV").iter().map(str::to_string).collect())
        .collect()
}

fuzz_target!(|bytes: &[u8]| {
    let options = cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let Ok(first) = cosell_core::check(bytes, &options) else { return };
    let first_cells = cells(&first.annotated);
    assert!(std::str::from_utf8(&first.annotated).is_ok(), "the annotated file is UTF-8");
    let second = cosell_core::check(&first.annotated, &options).expect("the annotated file is text");
    // A broken quote is repaired by the annotation itself: the second check cannot see it.
    let repaired = first.report.issues.iter().any(|i| i.code == cosell_core::Code::UnclosedQuote);
    if !repaired {
        assert_eq!(cells(&second.annotated), first_cells, "checking the annotated file again changes it");
        // Partner Center's old messages (CS015) are replaced by ours: only the first check
        // can quote them.
        let ours = |issues: &[cosell_core::Issue]| -> Vec<cosell_core::Issue> {
            issues.iter().filter(|i| i.code != cosell_core::Code::PreviousErrors).cloned().collect()
        };
        assert_eq!(ours(&second.report.issues), ours(&first.report.issues));
        assert_eq!(second.report.summary.rows, first.report.summary.rows);
    }
});
