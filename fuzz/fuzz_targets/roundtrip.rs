//! Properties, not only survival: the annotated file, read again, holds the cells the core read
//! (every cell but Errors), and checking it again gives the same annotated file and findings;
//! changes made on their rows alone (the page's `outputs::edit`: the fixes offered, a typed
//! cell) give what checking the whole file again gives.
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
    // The page's way of making changes: its check keeps where rows are; the fixes offered, and
    // a cell typed in the last row, made on their rows alone when nothing else depends on them.
    let kept = cosell_core::Options { lines: true, ..options };
    let held = cosell_core::check(bytes, &kept).expect("a text file");
    let mut changes = cosell_core::fixes(&held.annotated, &kept).expect("the annotated file is text");
    if let Some((row, cells)) = first_cells.iter().enumerate().skip(1).last() {
        if let Some(before) = cells.last() {
            changes.push(cosell_core::Change {
                row: held.lines.get(row).map_or(row + 1, |(row, _)| *row),
                index: cells.len() - 1,
                column: String::new(),
                before: before.clone(),
                after: "typed".to_string(),
                code: None,
            });
        }
    }
    let edited = cosell_core::outputs::edit(&held, &kept, &changes).expect("text");
    let whole = cosell_core::outputs::apply(&held.annotated, &kept, &changes).expect("text");
    assert_eq!(edited.changes, whole.changes);
    assert_eq!(edited.checked.report, whole.checked.report);
    assert_eq!(edited.checked.rows, whole.checked.rows);
    assert_eq!(edited.checked.lines, whole.checked.lines);
    assert_eq!(edited.checked.annotated, whole.checked.annotated);
});
