//! Every input the fuzzers (`scripts/fuzz`) ever broke the core with, kept in
//! `tests/fuzz-regressions/`, run through the same checks as the fuzz targets, on stable Rust.

use cosell_core::outputs::{batches_zip, select, Rows};
use cosell_core::{check, Code, Options};

fn options() -> Options<'static> {
    Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
}

#[test]
fn every_fuzz_finding_stays_fixed() {
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz-regressions");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        // `workbook-*`: the workbook target's, run by cosell-workbook's tests.
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n != "README.md" && !n.to_string_lossy().starts_with("workbook-"))
        })
        .collect();
    files.sort();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        // Every kept input was read as text when it was found: it must still be.
        let first = check(&bytes, &options())
            .unwrap_or_else(|e| panic!("{} is no longer read: {e}", file.display()));
        let s = first.report.summary;
        assert_eq!(
            s.create + s.update + s.not_processed,
            s.rows,
            "{}",
            file.display()
        );
        // The next files are made from any annotated file (an empty file has none).
        if !first.annotated.is_empty() {
            for rows in [Rows::ToFix, Rows::Ready, Rows::All] {
                select(&first.annotated, rows)
                    .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
            }
            batches_zip(&first.annotated, Rows::All, "fuzz.csv")
                .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
        }
        let upgraded = cosell_core::outputs::upgrade(&bytes).expect("a text file");
        assert!(std::str::from_utf8(&upgraded).is_ok(), "{}", file.display());
        let fixed = cosell_core::outputs::fix(&bytes, &options(), None).expect("a text file");
        assert!(
            std::str::from_utf8(&fixed.checked.annotated).is_ok(),
            "{}",
            file.display()
        );
        // The fixes offered and a cell typed in the last row, made on their rows alone as the
        // page does, give what checking the whole file again gives (as in the roundtrip target).
        let kept = Options {
            lines: true,
            ..options()
        };
        let held = check(&bytes, &kept).expect("a text file");
        let mut changes = cosell_core::fixes(&held.annotated, &kept).expect("text");
        if let Some((row, _)) = held.lines.iter().skip(1).last() {
            let last = cosell_core::outputs::row_cells(&held.annotated, |r| r == *row, 0, 1)
                .expect("text");
            if let Some((row, cells)) = last.rows.first() {
                changes.push(cosell_core::Change {
                    row: *row,
                    index: cells.len() - 1,
                    column: String::new(),
                    before: cells.last().cloned().unwrap_or_default(),
                    after: "typed".to_string(),
                    code: None,
                });
            }
        }
        let edited = cosell_core::outputs::edit(&held, &kept, &changes).expect("text");
        let whole = cosell_core::outputs::apply(&held.annotated, &kept, &changes).expect("text");
        assert_eq!(edited.changes, whole.changes, "{}", file.display());
        assert_eq!(
            edited.checked.report,
            whole.checked.report,
            "{}",
            file.display()
        );
        assert_eq!(
            edited.checked.lines,
            whole.checked.lines,
            "{}",
            file.display()
        );
        assert_eq!(
            edited.checked.annotated,
            whole.checked.annotated,
            "{}",
            file.display()
        );
        let second = check(&first.annotated, &options()).expect("the annotated file is text");
        if !first
            .report
            .issues
            .iter()
            .any(|i| i.code == Code::UnclosedQuote)
        {
            assert_eq!(second.annotated, first.annotated, "{}", file.display());
            // Partner Center's old messages (CS015) are quoted by the first check only.
            let ours = |issues: &[cosell_core::Issue]| -> Vec<cosell_core::Issue> {
                let ours = issues.iter().filter(|i| i.code != Code::PreviousErrors);
                ours.cloned().collect()
            };
            assert_eq!(
                ours(&second.report.issues),
                ours(&first.report.issues),
                "{}",
                file.display()
            );
        }
    }
}
