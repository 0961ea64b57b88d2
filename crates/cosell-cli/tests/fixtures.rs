//! The data-driven tests: every `tests/rules/<CODE>.csv` and `tests/golden/<name>.csv` is
//! checked, and its annotated output and JSON report are compared with the files beside it
//! (`<name>.annotated.csv`, `<name>.report.json`). After a deliberate change of behaviour,
//! `UPDATE_EXPECT=1 cargo test` rewrites the expectations; review them with `git diff`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The date every fixture is checked on, so that "in the past" never drifts.
const TODAY: (i32, u32, u32) = (2026, 11, 24);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn inputs(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("tests").join(folder))
        .unwrap_or_else(|e| panic!("tests/{folder}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".csv")
                && ![
                    ".annotated.csv",
                    ".fixed.csv",
                    ".changes.csv",
                    ".baseline.csv",
                ]
                .iter()
                .any(|suffix| name.ends_with(suffix))
        })
        .collect();
    files.sort();
    files
}

/// `deals.csv` → `deals<suffix>`; other extensions are kept (`image.png` → `image.png<suffix>`).
fn sibling(input: &Path, suffix: &str) -> PathBuf {
    let name = input.file_name().unwrap().to_string_lossy();
    let stem = name
        .strip_suffix(".csv")
        .or_else(|| name.strip_suffix(".sheet"))
        .unwrap_or(&name);
    input.with_file_name(format!("{stem}{suffix}"))
}

fn options() -> cosell_core::Options<'static> {
    let (y, m, d) = TODAY;
    cosell_core::Options::new(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// Compares `actual` with the file at `path` (or rewrites it under UPDATE_EXPECT); returns a
/// description of the difference.
fn expect(path: &Path, actual: &[u8]) -> Option<String> {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).unwrap();
        return None;
    }
    match std::fs::read(path) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => {
            let (e, a) = (
                String::from_utf8_lossy(&expected),
                String::from_utf8_lossy(actual),
            );
            let line = e
                .lines()
                .zip(a.lines())
                .position(|(x, y)| x != y)
                .unwrap_or(e.lines().count().min(a.lines().count()));
            Some(format!(
                "{} differs at line {}:\n  expected: {}\n  actual:   {}",
                path.display(),
                line + 1,
                e.lines().nth(line).unwrap_or("<end>"),
                a.lines().nth(line).unwrap_or("<end>")
            ))
        }
        Err(_) => Some(format!(
            "{} is missing (run with UPDATE_EXPECT=1 to create it)",
            path.display()
        )),
    }
}

/// A rule's fixture: `tests/rules/<CODE>.csv`, or for a rule about workbooks
/// `tests/rules/<CODE>.sheet` (a workbook described as text, written by `xtask::sheets`).
fn fixture(code: cosell_core::Code) -> PathBuf {
    let csv = repo().join(format!("tests/rules/{code}.csv"));
    let sheet = csv.with_extension("sheet");
    if sheet.exists() {
        sheet
    } else {
        csv
    }
}

/// A fixture's text, and the sheet it was read from when it is a workbook: a `.sheet`
/// description is written as an .xlsx file first; a workbook file is read as it is.
fn load(input: &Path) -> (Vec<u8>, Option<cosell_core::sheet::Sheet>) {
    let bytes = bytes_of(input);
    if cosell_workbook::format(&bytes).is_none() {
        return (bytes, None);
    }
    let read = cosell_workbook::read(&bytes, None, &cosell_workbook::LIMITS)
        .unwrap_or_else(|e| panic!("{}: unreadable: {e}", input.display()));
    (read.text.into_bytes(), Some(read.sheet))
}

/// A fixture's bytes: a `.sheet` description written as an .xlsx file, any other file as it is.
fn bytes_of(input: &Path) -> Vec<u8> {
    let bytes = std::fs::read(input).unwrap();
    if input.extension().is_some_and(|e| e == "sheet") {
        return xtask::sheets::xlsx(&String::from_utf8(bytes).unwrap()).unwrap();
    }
    bytes
}

/// The export a fixture is compared with: `<name>.baseline.csv` beside it, when there is one.
fn baseline_of(input: &Path) -> Option<cosell_core::baseline::Baseline> {
    let path = sibling(input, ".baseline.csv");
    let bytes = std::fs::read(path).ok()?;
    Some(cosell_core::baseline::read(
        &bytes,
        cosell_core::translations::carried(),
    ))
}

/// Checks one fixture; returns the report and the differences found.
fn run(input: &Path) -> (cosell_core::Report, Vec<String>) {
    let (bytes, sheet) = load(input);
    let baseline = baseline_of(input);
    let options = cosell_core::Options {
        sheet: sheet.as_ref(),
        baseline: baseline.as_ref(),
        ..options()
    };
    let checked = cosell_core::check(&bytes, &options)
        .unwrap_or_else(|e| panic!("{}: unreadable: {e}", input.display()));
    let json = serde_json::to_string_pretty(&checked.report).unwrap() + "\n";
    let failures = [
        expect(&sibling(input, ".annotated.csv"), &checked.annotated),
        expect(&sibling(input, ".report.json"), json.as_bytes()),
    ];
    (checked.report, failures.into_iter().flatten().collect())
}

fn codes_in(report: &cosell_core::Report) -> Vec<cosell_core::Code> {
    report
        .file_issues
        .iter()
        .map(|i| i.code)
        .chain(report.issues.iter().map(|i| i.code))
        .collect()
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    let mut failures = Vec::new();
    for rule in cosell_core::RULES {
        let input = fixture(rule.code);
        if !input.exists() {
            failures.push(format!("{} has no fixture {}", rule.code, input.display()));
            continue;
        }
        let (report, diffs) = run(&input);
        failures.extend(diffs);
        // A retired rule's fixture shows what a file that once got it gets now: never it.
        let retired = rule.templates == cosell_core::Templates::Retired;
        if retired && codes_in(&report).contains(&rule.code) {
            failures.push(format!(
                "{} triggers retired {}",
                input.display(),
                rule.code
            ));
        }
        if !retired && !codes_in(&report).contains(&rule.code) {
            failures.push(format!(
                "{} does not trigger {}",
                input.display(),
                rule.code
            ));
        }
    }
    for input in inputs("rules") {
        let stem = input.file_stem().unwrap().to_string_lossy().to_string();
        if cosell_core::Code::parse(&stem).is_none() {
            failures.push(format!("{} is named after no rule", input.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every rule that offers a fix (its documentation says when) makes it on its fixture: the
/// changes (`<CODE>.changes.csv`) and the corrected file (`<CODE>.fixed.csv`) are as expected,
/// and the rule no longer fires on a cell it changed. A rule that says it offers none never
/// gives a fix, on any fixture.
#[test]
fn every_fix_is_made_on_its_rules_fixture() {
    let mut failures = Vec::new();
    for rule in cosell_core::RULES {
        let input = fixture(rule.code);
        let (bytes, sheet) = load(&input);
        let baseline = baseline_of(&input);
        let options = || cosell_core::Options {
            sheet: sheet.as_ref(),
            baseline: baseline.as_ref(),
            ..options()
        };
        if rule.docs().offers.is_empty() {
            let report = cosell_core::check(&bytes, &options()).unwrap().report;
            for issue in report.issues.iter().filter(|i| i.fix.is_some()) {
                if issue.code.rule().docs().offers.is_empty() {
                    failures.push(format!(
                        "{}: {} offers a fix ({:?}), and its documentation says it offers none",
                        input.display(),
                        issue.code,
                        issue.fix
                    ));
                }
            }
            continue;
        }
        let fixed = cosell_core::outputs::fix(&bytes, &options(), Some(&[rule.code])).unwrap();
        failures.extend(expect(
            &sibling(&input, ".changes.csv"),
            &cosell_core::outputs::changes_csv(&fixed.changes),
        ));
        failures.extend(expect(
            &sibling(&input, ".fixed.csv"),
            &fixed.checked.annotated,
        ));
        if !fixed.changes.iter().any(|c| c.code == Some(rule.code)) {
            failures.push(format!("{}: no {} fix made", input.display(), rule.code));
        }
        for change in &fixed.changes {
            let still = fixed.checked.report.issues.iter().any(|i| {
                i.code == rule.code
                    && i.row == change.row
                    && i.column.as_ref() == Some(&change.column)
            });
            if still {
                failures.push(format!(
                    "{}: row {} {} still gets {} after its fix",
                    input.display(),
                    change.row,
                    change.column,
                    rule.code
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every rule's example says what a value "gets": that message (up to a closing "…") is one the
/// rule really gives on its fixture, so the documentation cannot drift from the code.
#[test]
fn every_rule_example_is_a_real_message() {
    let mut failures = Vec::new();
    for rule in cosell_core::RULES {
        if rule.templates == cosell_core::Templates::Retired {
            continue;
        }
        let Some((_, said)) = rule.docs().example.split_once(" gets: ") else {
            failures.push(format!(
                "{}: the example names no message (\" gets: \")",
                rule.code
            ));
            continue;
        };
        let said = said.trim_end_matches('…').trim_end();
        let input = fixture(rule.code);
        let (report, _) = run(&input);
        let messages = report
            .file_issues
            .iter()
            .filter(|i| i.code == rule.code)
            .map(|i| i.message.as_str())
            .chain(
                report
                    .issues
                    .iter()
                    .filter(|i| i.code == rule.code)
                    .map(|i| i.message.as_str()),
            )
            .collect::<Vec<_>>();
        if !messages.iter().any(|m| m.starts_with(said)) {
            failures.push(format!(
                "{}: the example's message is not one its fixture gets:\n  example: {said}\n  actual:  {}",
                rule.code,
                messages.join("\n           ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A file in the 2021 template, in the current template: every value kept, and checking it names
/// what is left to fill in (the purchase intent: required of the new deals, wanted of updates).
#[test]
fn an_old_file_upgraded_needs_only_the_purchase_intent() {
    let input = repo().join("tests/golden/old-2021-export.csv");
    let upgraded = cosell_core::outputs::upgrade(&std::fs::read(&input).unwrap()).unwrap();
    let path = repo().join("tests/golden/old-2021-export.upgraded.csv");
    if let Some(difference) = expect(&path, &upgraded) {
        panic!("{difference}");
    }
    let checked = cosell_core::check(&upgraded, &options()).unwrap();
    assert_eq!(checked.report.template, cosell_core::TemplateId::Current);
    assert_eq!(checked.report.file_issues, vec![]);
    let found: Vec<(usize, cosell_core::Code, Option<&str>)> = checked
        .report
        .issues
        .iter()
        .map(|i| (i.row, i.code, i.column.as_deref()))
        .collect();
    let intent = Some("Marketplace Purchase Intent");
    use cosell_core::Code::{MandatoryField, PurchaseIntentUpdate};
    assert_eq!(
        found,
        [
            (2, MandatoryField, intent),
            (3, MandatoryField, intent),
            (4, PurchaseIntentUpdate, intent),
            (5, PurchaseIntentUpdate, intent),
        ]
    );
}

#[test]
fn golden_files() {
    let inputs = inputs("golden");
    assert!(inputs.len() >= 5, "the golden cases are missing");
    let failures: Vec<String> = inputs.iter().flat_map(|input| run(input).1).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `tests/workbooks/`: workbooks described as text (`.sheet`, written as .xlsx by
/// `xtask::sheets`) and workbooks made by LibreOffice (`scripts/workbook-fixtures`): the CSV
/// text made of the sheet, checked, gives the annotated file and the report beside it; a
/// workbook that cannot be read, `<name>.error.txt`.
#[test]
fn workbook_golden_files() {
    let folder = repo().join("tests/workbooks");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            let ext = p.extension().unwrap_or_default();
            ["sheet", "xlsx", "xlsm", "xlsb", "xls", "ods"]
                .iter()
                .any(|e| ext == *e)
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "the workbooks are missing");
    let mut failures = Vec::new();
    for input in &inputs {
        match cosell_workbook::read(&bytes_of(input), None, &cosell_workbook::LIMITS) {
            Ok(_) => failures.extend(run(input).1),
            Err(unreadable) => failures.extend(expect(
                &sibling(input, ".error.txt"),
                format!("{}\n", unreadable.message).as_bytes(),
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `tests/hostile/`: files no one should upload but someone will (an image, a workbook, a
/// BOM alone, NUL bytes, lone CRs…). Each has its exact outcome beside it: the annotated file
/// and report, or `<name>.error.txt` for a file that cannot be read as CSV at all.
#[test]
fn hostile_files() {
    let folder = repo().join("tests/hostile");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".annotated.csv")
                && !name.ends_with(".report.json")
                && !name.ends_with(".error.txt")
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 14, "the hostile corpus is missing");
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(input).unwrap();
        match cosell_core::check(&bytes, &options()) {
            Ok(_) => failures.extend(run(input).1),
            Err(unreadable) => {
                let expected = input.with_file_name(format!("{name}.error.txt"));
                failures.extend(expect(
                    &expected,
                    format!("{}\n", unreadable.message).as_bytes(),
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn annotated_outputs_check_again_to_the_same_errors() {
    for input in inputs("rules").into_iter().chain(inputs("golden")) {
        let first = cosell_core::check(&std::fs::read(&input).unwrap(), &options()).unwrap();
        let second = cosell_core::check(&first.annotated, &options()).unwrap();
        if input.ends_with("CS011.csv") {
            continue; // the unclosed quote is repaired by the annotation itself
        }
        assert_eq!(
            String::from_utf8_lossy(&second.annotated),
            String::from_utf8_lossy(&first.annotated),
            "{}",
            input.display()
        );
    }
}

/// The text report in Swedish and German, and the Errors column in Swedish, exactly: the
/// Swedish page's table typed into a file, and the sample with mistakes.
#[test]
fn reports_and_errors_columns_in_other_languages() {
    let (y, m, d) = TODAY;
    let today = format!("--today={y}-{m:02}-{d:02}");
    let dir = std::env::temp_dir().join(format!("cosell-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut problems = Vec::new();
    for name in ["translated-swedish-page", "sample-with-mistakes"] {
        let input = repo().join("tests/golden").join(format!("{name}.csv"));
        for lang in ["sv", "de"] {
            let annotated = dir.join(format!("{name}.{lang}.csv"));
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_cosell"))
                .args(["check", "--lang", lang, "--errors-lang", lang, &today, "-o"])
                .arg(&annotated)
                .arg(format!("{name}.csv"))
                .current_dir(repo().join("tests/golden"))
                .env("LANG", "C.UTF-8")
                .env_remove("LC_ALL")
                .env_remove("CLICOLOR_FORCE")
                .output()
                .unwrap();
            assert_eq!(
                out.status.code(),
                Some(1),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = sibling(&input, &format!(".{lang}.txt"));
            problems.extend(expect(&text, &out.stdout));
            let errors = sibling(&input, &format!(".errors-{lang}.annotated.csv"));
            problems.extend(expect(&errors, &std::fs::read(&annotated).unwrap()));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
