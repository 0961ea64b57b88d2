//! Properties that hold for every input: the annotated file keeps every cell, checking it again
//! gives the same Errors, the counts add up, no text of ours can start a formula, and no bytes
//! make the core panic.

use cosell_core::{check, template::TEMPLATES, Code, Options, RowOutcome, Speaker};
use proptest::prelude::*;

/// A language of its own for the tests: every message in capitals. Like a real language's
/// localizer (Fluent), a part that is a message of its own is said as that message alone is.
fn shouting(message: &cosell_core::message::Message) -> String {
    message.english().to_uppercase()
}

fn options() -> Options<'static> {
    Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
}

/// Cells as partners' files hold them: template values, Excel's mangling, quotes, separators,
/// line breaks, non-ASCII text, formula starts, spaces.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Yes".to_string()),
        Just("No".to_string()),
        Just("New".to_string()),
        Just("Accepted".to_string()),
        Just("US".to_string()),
        Just("USD".to_string()),
        Just("1/30/2027".to_string()),
        Just("12563".to_string()),
        Just("SOL-1234-PQRS, USD, 10, 100".to_string()),
        Just("Bob, Partner, 999999, Bob.partner@Contoso.com".to_string()),
        Just("9.99E+09".to_string()),
        Just("=1+1".to_string()),
        Just("-500".to_string()),
        "[a-zA-Z0-9 ,;\"'\\r\\n\\t=+@åäöü€日本🚀-]{0,24}",
        any::<String>().prop_map(|s| s.replace('\0', "")),
        Just("\u{feff}BOM inside".to_string()),
        fixable(),
    ]
}

/// Values a rule offers a fix for (and a few it must not fix).
fn fixable() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "$250,000",
        "12 563,50 kr",
        "yes ",
        "ja",
        "no",
        "active",
        "2027-02-28",
        "30.01.2027",
        "1/30/2027 10:00",
        "Germany",
        "USA",
        "€",
        "usd",
        "1067",
        "81466849",
        "mailto:ana@contoso.com",
        "20%",
        "https://www.contoso.com/about",
        "12.563",
        "SOL-1234-PQRS, €, $10, 100",
        "intel - core i7",
    ])
    .prop_map(str::to_string)
}

/// A header: names of either template (so that the comma is recognised as the separator),
/// optionally the Errors column, and random extra names.
fn header() -> impl Strategy<Value = Vec<String>> {
    let templates: Vec<Vec<String>> = TEMPLATES.iter().map(|t| t.header()).collect();
    (
        proptest::sample::select(templates),
        any::<bool>(),
        proptest::collection::vec("[A-Za-z][A-Za-z ]{0,10}", 0..3),
    )
        .prop_flat_map(|(template, errors, extra)| {
            let names = template[1..].to_vec();
            let len = names.len();
            (
                proptest::sample::subsequence(names, 1..=len),
                Just(errors),
                Just(extra),
            )
        })
        .prop_map(|(mut names, errors, extra)| {
            names.extend(extra);
            if errors {
                names.insert(names.len() / 2, "Errors".to_string());
            }
            names
        })
}

fn grid() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
    header().prop_flat_map(|header| {
        let width = header.len();
        let rows = proptest::collection::vec(proptest::collection::vec(cell(), width), 0..8);
        (Just(header), rows)
    })
}

/// How a file was written: its line ends, and whether every cell is quoted (as some exports do;
/// the annotated file copies such rows as they stand).
#[derive(Clone, Copy, Debug)]
struct Style {
    crlf: bool,
    quote_all: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<bool>()).prop_map(|(crlf, quote_all)| Style { crlf, quote_all })
}

fn write_csv(header: &[String], rows: &[Vec<String>], style: Style) -> Vec<u8> {
    write_csv_separated(header, rows, style, b',')
}

/// [`write_csv`] with another separator (`;`: Excel with European settings).
fn write_csv_separated(
    header: &[String],
    rows: &[Vec<String>],
    style: Style,
    delimiter: u8,
) -> Vec<u8> {
    let terminator = if style.crlf {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let quotes = if style.quote_all {
        csv::QuoteStyle::Always
    } else {
        csv::QuoteStyle::Necessary
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(terminator)
        .quote_style(quotes)
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(header).unwrap();
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Where the Errors column is in the output: where the input had it, else first.
fn errors_index(header: &[String]) -> usize {
    header.iter().position(|h| h == "Errors").unwrap_or(0)
}

/// The output's cells with its Errors column taken out (or put back to the input's).
fn without_errors(header: &[String], original: &[String], annotated: &[String]) -> Vec<String> {
    let mut cells = annotated.to_vec();
    if header.iter().any(|h| h == "Errors") {
        let at = errors_index(header);
        cells[at] = original[at].clone();
    } else {
        cells.remove(0);
    }
    cells
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_annotated_file_keeps_every_cell((header, rows) in grid(), style in style()) {
        let input = write_csv(&header, &rows, style);
        let checked = check(&input, &options()).unwrap();
        let output = read_csv(&checked.annotated);
        prop_assert_eq!(output.len(), rows.len() + 1);
        prop_assert_eq!(&output[0][errors_index(&header)], "Errors");
        for (original, annotated) in std::iter::once(&header).chain(&rows).zip(&output) {
            prop_assert_eq!(&without_errors(&header, original, annotated), original);
        }
    }

    /// The same file, the same findings, but one: Partner Center's old messages (CS015) are
    /// replaced by ours in the annotated file, so only the first check can quote them.
    #[test]
    fn checking_the_annotated_file_again_gives_the_same_errors((header, rows) in grid(), style in style()) {
        let first = check(&write_csv(&header, &rows, style), &options()).unwrap();
        let second = check(&first.annotated, &options()).unwrap();
        prop_assert_eq!(&second.annotated, &first.annotated);
        let ours = |issues: &[cosell_core::Issue]| -> Vec<cosell_core::Issue> {
            issues.iter().filter(|i| i.code != Code::PreviousErrors).cloned().collect()
        };
        prop_assert_eq!(ours(&second.report.issues), ours(&first.report.issues));
        prop_assert!(!second.report.issues.iter().any(|i| i.code == Code::PreviousErrors));
        let quoted = first.report.issues.len() - ours(&first.report.issues).len();
        let mut expected = first.report.summary;
        expected.warnings -= quoted;
        prop_assert_eq!(second.report.summary, expected);
        // The rows set aside as processed by Partner Center stay set aside.
        let processed = |issues: &[cosell_core::FileIssue]| -> Vec<String> {
            issues.iter().filter(|i| i.code == Code::ProcessedFile).map(|i| i.message.clone()).collect()
        };
        prop_assert_eq!(processed(&second.report.file_issues), processed(&first.report.file_issues));
    }

    /// The Errors cells, in English or in another language (`Options::errors_in`), read back
    /// the same: a semicolon file's rows read the European way are read so again from its
    /// annotated copy, and the report is the English one.
    #[test]
    fn errors_in_any_language_read_back_the_same(
        (header, rows) in grid(),
        style in style(),
        semicolons in any::<bool>(),
        shouted in any::<bool>(),
    ) {
        let errors_in = shouted.then_some(Speaker(&shouting));
        let speaking = Options { errors_in, ..options() };
        let input = write_csv_separated(&header, &rows, style, if semicolons { b';' } else { b',' });
        let english = check(&input, &options()).unwrap();
        let first = check(&input, &speaking).unwrap();
        prop_assert_eq!(&first.report, &english.report);
        let second = check(&first.annotated, &speaking).unwrap();
        prop_assert_eq!(&second.annotated, &first.annotated);
        let ours = |issues: &[cosell_core::Issue]| -> Vec<cosell_core::Issue> {
            issues.iter().filter(|i| i.code != Code::PreviousErrors).cloned().collect()
        };
        prop_assert_eq!(ours(&second.report.issues), ours(&first.report.issues));
    }

    /// Fixes change exactly the cells they list (each from its `before` to its `after`), never
    /// consent; the fixed file offers no more fixes, and a changed cell no longer gets the rule
    /// that changed it.
    #[test]
    fn fixes_change_exactly_the_cells_they_list((header, rows) in grid(), style in style()) {
        let input = write_csv(&header, &rows, style);
        let fixed = cosell_core::outputs::fix(&input, &options(), None).unwrap();
        let output = read_csv(&fixed.checked.annotated);
        prop_assert_eq!(output.len(), rows.len() + 1);
        for (i, (original, corrected)) in rows.iter().zip(&output[1..]).enumerate() {
            let mut expected = original.clone();
            // Spreadsheet rows: the header is row 1.
            for change in fixed.changes.iter().filter(|c| c.row == i + 2) {
                prop_assert_eq!(&expected[change.index], &change.before);
                expected[change.index] = change.after.clone();
            }
            prop_assert_eq!(&without_errors(&header, &expected, corrected), &expected);
        }
        // Data rows, and the header only to rename a translated page's column names (CS020).
        let placed = |c: &cosell_core::Change| {
            (c.row >= 2 || c.code == Some(Code::TranslatedColumns)) && c.row <= rows.len() + 1
        };
        prop_assert!(fixed.changes.iter().all(placed));
        prop_assert!(!fixed.changes.iter().any(|c| c.column == "Consent to share Customer/Partner contact"));
        let again = cosell_core::fixes(&fixed.checked.annotated, &options()).unwrap();
        prop_assert_eq!(again, vec![]);
        for change in &fixed.changes {
            let still = fixed.checked.report.issues.iter().any(|i| {
                i.row == change.row && i.column.as_ref() == Some(&change.column) && Some(i.code) == change.code
            });
            prop_assert!(!still, "{:?} still gets its rule", change);
        }
    }

    /// Cells typed on the page, or the fixes offered, get the answer that checking the whole
    /// file again gives, whether only their rows are checked again or the file is: the same
    /// annotated file, report, outcomes and changes. The file edited is a first check (of a file
    /// with commas or semicolons) or a version already changed (checked again).
    #[test]
    fn edits_get_the_answer_of_the_whole_file_checked_again(
        (header, rows) in grid(),
        style in style(),
        semicolons in any::<bool>(),
        changed_before in any::<bool>(),
        typed in proptest::collection::vec(
            (any::<proptest::sample::Index>(), any::<proptest::sample::Index>(), cell(), proptest::bool::weighted(0.05)),
            1..4,
        ),
        fixes in proptest::bool::weighted(0.3),
        (lines_before, lines) in (any::<bool>(), any::<bool>()),
    ) {
        use cosell_core::{outputs, Change};
        prop_assume!(!rows.is_empty());
        let input = write_csv_separated(&header, &rows, style, if semicolons { b';' } else { b',' });
        // With or without the rows' places kept (the page keeps them).
        let kept = |lines| Options { lines, ..options() };
        let first = check(&input, &kept(lines_before)).unwrap();
        let before = if changed_before {
            outputs::apply(&first.annotated, &kept(lines_before), &[]).unwrap().checked
        } else {
            first
        };
        let cells = read_csv(&before.annotated);
        let changes: Vec<Change> = if fixes {
            cosell_core::fixes(&before.annotated, &options()).unwrap()
        } else {
            typed
                .into_iter()
                .map(|(at, place, after, stale)| {
                    let record = 1 + at.index(cells.len() - 1);
                    let index = place.index(cells[0].len());
                    let current = cells[record].get(index).cloned().unwrap_or_default();
                    Change {
                        row: record + 1,
                        index,
                        column: cells[0][index].clone(),
                        before: if stale { format!("{current}x") } else { current },
                        after,
                        code: None,
                    }
                })
                .collect()
        };
        let edited = outputs::edit(&before, &kept(lines), &changes).unwrap();
        let whole = outputs::apply(&before.annotated, &kept(lines), &changes).unwrap();
        prop_assert_eq!(&edited.checked.lines, &whole.checked.lines);
        // The grid's rows, read where the check kept them or from the file, are the same.
        let odd = |row: usize| row % 2 == 1;
        prop_assert_eq!(
            outputs::checked_row_cells(&edited.checked, odd, 1, 3).unwrap(),
            outputs::row_cells(&edited.checked.annotated, odd, 1, 3).unwrap()
        );
        prop_assert_eq!(&edited.changes, &whole.changes);
        prop_assert_eq!(&edited.checked.report, &whole.checked.report);
        prop_assert_eq!(&edited.checked.rows, &whole.checked.rows);
        prop_assert_eq!((edited.checked.encoding, edited.checked.delimiter), (whole.checked.encoding, whole.checked.delimiter));
        prop_assert_eq!(
            String::from_utf8_lossy(&edited.checked.annotated),
            String::from_utf8_lossy(&whole.checked.annotated)
        );
    }

    #[test]
    fn a_file_compared_with_itself_changes_nothing((header, rows) in grid(), style in style()) {
        let input = write_csv(&header, &rows, style);
        let baseline = cosell_core::baseline::read(&input, cosell_core::translations::carried());
        let options = Options { baseline: Some(&baseline), ..options() };
        let compared = check(&input, &options).unwrap();
        let alone = check(&input, &self::options()).unwrap();
        let updates = compared.report.updates.clone().unwrap_or_default();
        prop_assert!(updates.iter().all(|u| u.unchanged && u.changes.is_empty()), "{updates:?}");
        prop_assert_eq!(compared.report.summary.unchanged.unwrap_or(updates.len()), updates.len());
        // Nothing but the export's own repeated Referral IDs (CS602), a file that is no export
        // (CS601) and deals that can take no action (CS604) is said; the rest is as without it.
        let said: Vec<_> = compared.report.issues.iter().filter(|i| i.code.as_str().starts_with("CS6")).collect();
        prop_assert!(said.iter().all(|i| i.code == Code::TerminalUnchanged), "{said:?}");
        let other = |r: &cosell_core::Report| -> Vec<Code> {
            r.issues.iter().map(|i| i.code).chain(r.file_issues.iter().map(|i| i.code))
                .filter(|c| !c.as_str().starts_with("CS6")).collect()
        };
        prop_assert_eq!(other(&compared.report), other(&alone.report));
    }

    #[test]
    fn the_counts_add_up((header, rows) in grid()) {
        let checked = check(&write_csv(&header, &rows, Style { crlf: true, quote_all: false }), &options()).unwrap();
        let s = checked.report.summary;
        prop_assert_eq!(s.create + s.update + s.not_processed, s.rows);
        let counted = |o: &&RowOutcome| !matches!(o, RowOutcome::Empty | RowOutcome::Processed);
        prop_assert_eq!(checked.rows.iter().filter(counted).count(), s.rows);
        prop_assert_eq!(checked.rows.iter().filter(|o| **o == RowOutcome::Processed).count(), s.processed);
        prop_assert_eq!(checked.rows.len(), rows.len());
        let issues = checked.report.file_issues.len() + checked.report.issues.len();
        prop_assert_eq!(s.errors + s.warnings, issues);
    }

    /// The rows to fix and the rows ready to upload split the checked rows between them, and
    /// rows Partner Center has already processed are in neither.
    #[test]
    fn the_next_files_split_the_rows((header, rows) in grid(), style in style()) {
        use cosell_core::outputs::{select, Rows};
        let checked = check(&write_csv(&header, &rows, style), &options()).unwrap();
        let s = checked.report.summary;
        let count = |rows: Rows| read_csv(&select(&checked.annotated, rows).unwrap()).len() - 1;
        prop_assert_eq!(count(Rows::ToFix), s.not_processed);
        prop_assert_eq!(count(Rows::Ready), s.create + s.update);
        prop_assert_eq!(count(Rows::All), s.rows);
    }

    /// The file in the current template holds every value of every row, rows longer than the
    /// header included, and reads as the current template.
    #[test]
    fn upgrading_keeps_every_value((header, rows) in grid(), extra in proptest::collection::vec(cell(), 0..3), style in style()) {
        let mut rows = rows;
        if let Some(row) = rows.first_mut() {
            row.extend(extra);
        }
        let upgraded = cosell_core::outputs::upgrade(&write_csv(&header, &rows, style)).unwrap();
        let output = read_csv(&upgraded);
        prop_assert_eq!(output.len(), rows.len() + 1);
        let values = |cells: &[String]| -> Vec<String> {
            let mut values: Vec<String> = cells.iter().filter(|c| !c.is_empty()).cloned().collect();
            values.sort();
            values
        };
        for (original, upgraded) in std::iter::once(&header).chain(&rows).zip(&output).skip(1) {
            prop_assert_eq!(values(upgraded), values(original));
        }
        let current = cosell_core::template::TemplateId::Current;
        prop_assert_eq!(check(&upgraded, &options()).unwrap().report.template, current);
    }

    #[test]
    fn no_errors_cell_starts_a_formula((header, rows) in grid()) {
        let checked = check(&write_csv(&header, &rows, Style { crlf: true, quote_all: false }), &options()).unwrap();
        let output = read_csv(&checked.annotated);
        let at = errors_index(&header);
        for row in &output[1..] {
            let errors = &row[at];
            prop_assert!(errors.is_empty() || errors.starts_with(char::is_alphabetic), "{:?}", errors);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = check(&bytes, &options());
    }

    #[test]
    fn a_template_header_over_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut input = TEMPLATES[0].header().join(",").into_bytes();
        input.extend_from_slice(b"\r\n");
        input.extend_from_slice(&bytes);
        let s = check(&input, &options()).unwrap().report.summary;
        prop_assert_eq!(s.create + s.update + s.not_processed, s.rows);
    }
}
