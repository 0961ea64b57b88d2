//! The `cosell` binary as partners' scripts use it: exit codes, the JSON contract, the annotated
//! output file, standard input, the rules, and the README's rules table.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cosell(args: &[&str], stdin: Option<&[u8]>) -> Output {
    cosell_in(&[("LANG", "C.UTF-8")], args, stdin)
}

/// `cosell` with only these locale variables set (the report's language comes from them).
fn cosell_in(locale: &[(&str, &str)], args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cosell"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(locale.iter().copied());
    let mut child = command
        .args(args)
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn golden(name: &str) -> String {
    repo()
        .join("tests/golden")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const TODAY: &str = "--today=2026-11-24";

/// A fresh folder for one test's files.
fn tempdir() -> std::path::PathBuf {
    let caller = std::thread::current()
        .name()
        .unwrap_or("test")
        .replace("::", "-");
    let dir = std::env::temp_dir().join(format!("cosell-cli-{}-{caller}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_clean_file_exits_0_with_a_plain_summary() {
    let out = cosell(
        &["check", &golden("clean-current-template.csv"), TODAY],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("(current Partner Center template): 6 rows: 3 create, 3 update, 0 not processed; 0 errors, 0 warnings"),
        "{stdout}"
    );
    assert!(
        stdout.contains("No errors: Partner Center would create 3 deals and update 3 deals."),
        "{stdout}"
    );
    assert!(
        !stdout.contains('\x1b'),
        "colour only on a terminal: {stdout:?}"
    );
}

#[test]
fn errors_exit_1_and_the_json_has_exactly_the_documented_keys() {
    let out = cosell(
        &[
            "check",
            &golden("sample-with-mistakes.csv"),
            "--format",
            "json",
            TODAY,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        keys(&json),
        ["fileIssues", "issues", "notListed", "summary", "template"]
    );
    assert_eq!(json["template"], "current");
    assert_eq!(
        keys(&json["summary"]),
        [
            "create",
            "errors",
            "notProcessed",
            "processed",
            "rows",
            "update",
            "warnings"
        ]
    );
    assert_eq!(json["summary"]["rows"], 8);
    assert_eq!(json["summary"]["notProcessed"], 4);
    let issue = &json["issues"][0];
    assert_eq!(
        keys(issue),
        [
            "args",
            "code",
            "column",
            "fix",
            "message",
            "messageId",
            "row",
            "severity"
        ]
    );
    assert_eq!(issue["fix"], "250000");
    // `fix` only where the problem has one right replacement.
    let unfixable = json["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "CS216")
        .unwrap();
    assert_eq!(
        keys(unfixable),
        [
            "args",
            "code",
            "column",
            "message",
            "messageId",
            "row",
            "severity"
        ]
    );
    assert_eq!(
        issue["row"], 3,
        "the header is row 1, the first record row 2"
    );
    assert_eq!(issue["column"], "Estimated Deal Value");
    assert_eq!(issue["code"], "CS215");
    assert_eq!(issue["severity"], "error");
    assert_eq!(
        issue["message"],
        "Invalid number '$250,000' in Estimated Deal Value: write 250000"
    );
    // The message as data: its id and arguments, a part of it a message of its own.
    assert_eq!(issue["messageId"], "invalid-number");
    assert_eq!(
        issue["args"],
        serde_json::json!({
            "value": "'$250,000'",
            "column": "Estimated Deal Value",
            "fix": {"messageId": "fix-write", "args": {"value": "250000"}},
            "because": ""
        })
    );
}

/// An object's keys, sorted.
fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn file_issues_have_code_severity_and_message() {
    let out = cosell(
        &[
            "check",
            &golden("excel-sweden-semicolon-1252.csv"),
            "-f",
            "json",
            TODAY,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json["fileIssues"][0];
    assert_eq!(first["code"], "CS001");
    assert_eq!(first["severity"], "warning");
    assert_eq!(json["fileIssues"][1]["code"], "CS002");
    assert_eq!(
        keys(first),
        ["args", "code", "message", "messageId", "severity"]
    );
    assert_eq!(first["messageId"], "not-utf8");
    assert_eq!(first["args"]["read-as"]["messageId"], "read-as-1252");
}

#[test]
fn the_output_file_is_the_annotated_csv() {
    let dir = tempdir();
    let output = dir.join("out.csv");
    let input = golden("excel-sweden-semicolon-1252.csv");
    let out = cosell(
        &["check", &input, "--output", output.to_str().unwrap(), TODAY],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let expected =
        std::fs::read(repo().join("tests/golden/excel-sweden-semicolon-1252.annotated.csv"))
            .unwrap();
    // A byte-order mark first, so that Excel reads the file's accents as UTF-8.
    let written = std::fs::read(&output).unwrap();
    assert_eq!(written, [cosell_core::outputs::BOM, &expected].concat());
    let out = cosell(
        &[
            "check",
            &input,
            "-o",
            output.to_str().unwrap(),
            "--no-bom",
            TODAY,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&output).unwrap(), expected);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Many issues of one rule: the report lists 5,000 of them and counts the rest.
#[test]
fn the_report_lists_at_most_5000_issues_of_a_rule() {
    let mut file = String::from("Errors,Deal Name,Notes\r\n");
    for i in 0..6000 {
        file.push_str(&format!(",deal {i},=1\r\n"));
    }
    let out = cosell(&["check", "-", "-f", "json", TODAY], Some(file.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let formulas = json["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["code"] == "CS402")
        .count();
    assert_eq!(formulas, 5000);
    let not_listed = json["notListed"].as_array().unwrap();
    let cs402 = not_listed.iter().find(|n| n["code"] == "CS402").unwrap();
    assert_eq!(cs402["count"], 1000);
    // Every finding is counted: 6,000 formula warnings.
    assert!(json["summary"]["warnings"].as_u64().unwrap() >= 6000);
}

#[test]
fn standard_input_is_read_from_dash() {
    let bytes = std::fs::read(golden("clean-current-template.csv")).unwrap();
    let out = cosell(&["check", "-", TODAY], Some(&bytes));
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).starts_with("standard input (current Partner Center template): 6 rows")
    );
}

#[test]
fn unreadable_input_exits_2_with_a_message() {
    let out = cosell(
        &["check", "-", TODAY],
        Some(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("This is a PNG image, not a CSV file"),
        "{}",
        text(&out.stderr)
    );

    let out = cosell(&["check", "/nonexistent/deals.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("cosell: cannot read /nonexistent/deals.csv"));

    let out = cosell(&["check"], None);
    assert_eq!(out.status.code(), Some(2), "a usage error is also 2");
}

#[test]
fn rules_lists_every_rule_and_one_on_request() {
    let out = cosell(&["rules"], None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    for rule in cosell_core::RULES {
        assert!(
            stdout.contains(rule.code.as_str()) && stdout.contains(rule.docs().why),
            "{}",
            rule.code
        );
    }
    let out = cosell(&["rules", "cs101"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("CS101  mandatory-field  error (row; both templates)"));
    let out = cosell(&["rules", "CS225"], None);
    assert!(text(&out.stdout).starts_with("CS225  purchase-intent  error (row; current template)"));
    assert_eq!(cosell(&["rules", "CS999"], None).status.code(), Some(2));
}

/// The README's rules table is `cosell rules --format markdown`; UPDATE_EXPECT=1 rewrites it.
#[test]
fn the_readme_rules_table_is_the_rule_table() {
    let out = cosell(&["rules", "--format", "markdown"], None);
    let table = text(&out.stdout);
    let path = repo().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- rules:start -->\n", "<!-- rules:end -->");
    let from = readme
        .find(start)
        .expect("README has no rules:start marker")
        + start.len();
    let to = readme.find(end).expect("README has no rules:end marker");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(
            &path,
            format!("{}{table}{}", &readme[..from], &readme[to..]),
        )
        .unwrap();
    } else {
        assert_eq!(
            readme[from..to],
            table,
            "README's rules table is stale: run UPDATE_EXPECT=1 cargo test"
        );
    }
}

/// GitHub: CI runs the README's test command, and Pages publishes only a commit CI passed.
#[test]
fn the_page_is_published_only_after_the_tests_pass() {
    let workflow =
        |name: &str| std::fs::read_to_string(repo().join(".github/workflows").join(name)).unwrap();
    let ci = workflow("ci.yml");
    assert!(ci.contains("name: CI\n") && ci.contains("run: ./scripts/test"));
    let pages = workflow("pages.yml");
    assert!(
        pages.contains("workflow_run:\n    workflows: [CI]"),
        "{pages}"
    );
    assert!(pages.contains("github.event.workflow_run.conclusion == 'success'"));
    assert!(pages.contains("ref: ${{ github.event.workflow_run.head_sha }}"));
    assert!(
        !pages.contains("\n  push:"),
        "no deploy on a push of its own"
    );
}

/// The file partners have today: a valid current-template export of 1,000 rows is clean (no
/// error, and no warning but past close dates, of which it has none); the same deals in the
/// 2021 template are told that creating them needs the current template.
#[test]
fn a_valid_current_template_export_is_clean() {
    let export = xtask::generate_with(1000, 42, xtask::Template::Current, false);
    let out = cosell(&["check", "-", "-f", "json", TODAY], Some(&export));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["template"], "current");
    assert_eq!(json["summary"]["rows"], 1000);
    assert_eq!(json["summary"]["errors"], 0);
    assert_eq!(json["summary"]["warnings"], 0);

    let old = xtask::generate_with(1000, 42, xtask::Template::Y2021, false);
    let out = cosell(&["check", "-", "-f", "json", TODAY], Some(&old));
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["template"], "2021");
    let codes: Vec<&str> = json["fileIssues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["CS016"]);
    assert_eq!(json["issues"].as_array().unwrap().len(), 0);
}

/// `--template` overrides the header's own; `cosell upgrade` and `cosell template` write files.
#[test]
fn templates_on_the_command_line() {
    let current = golden("clean-current-template.csv");
    let out = cosell(
        &["check", &current, "--template", "2021", "-f", "json", TODAY],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["template"], "2021");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the current template's columns are unknown to 2021"
    );
    assert_eq!(
        cosell(&["check", &current, "--template", "1999"], None)
            .status
            .code(),
        Some(2)
    );

    let dir = std::env::temp_dir().join(format!("cosell-upgrade-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let upgraded = dir.join("upgraded.csv");
    let out = cosell(
        &[
            "upgrade",
            &golden("old-2021-export.csv"),
            "-o",
            upgraded.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = std::fs::read(repo().join("tests/golden/old-2021-export.upgraded.csv")).unwrap();
    assert_eq!(
        std::fs::read(&upgraded).unwrap(),
        [cosell_core::outputs::BOM, &expected].concat()
    );
    let out = cosell(&["template", "--template", "2021"], None);
    assert!(text(&out.stdout).ends_with(",Solution 1,Team member 1\r\n"));
    let out = cosell(&["template"], None);
    assert!(text(&out.stdout).ends_with(",Solution 1,Team member 1,Microsoft team member 1\r\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `cosell fix IN --output OUT --changes CHANGES.csv`: every fix made, the corrected file
/// written with its Errors refreshed, the changes listed, exit status as `check` on the
/// corrected file.
#[test]
fn fix_writes_the_corrected_file_and_the_changes() {
    let dir = tempdir();
    let output = dir.join("fixed.csv");
    let changes = dir.join("changes.csv");
    let out = cosell(
        &[
            "fix",
            &golden("sample-with-mistakes.csv"),
            "--output",
            output.to_str().unwrap(),
            "--changes",
            changes.to_str().unwrap(),
            TODAY,
        ],
        None,
    );
    // Errors no fix can mend remain (scientific notation, consent, a missing solution).
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Changed 5 cells\n"), "{text}");
    assert!(
        text.contains("Estimated Deal Value: '$250,000' → '250000'  CS215"),
        "{text}"
    );
    let changes = std::fs::read_to_string(&changes).unwrap();
    assert_eq!(
        changes,
        "\u{feff}Row,Column,Before,After,Rule\r\n\
         3,Estimated Deal Value,\"$250,000\",250000,CS215\r\n\
         3,Estimated Close Date,2027-02-28,2/28/2027,CS213\r\n\
         6,Customer Postal code,1067,01067,CS220\r\n\
         6,Customer Country,Germany,DE,CS211\r\n\
         6,Customer D-U-N-S ID,31544736,031544736,CS218\r\n"
    );
    // The corrected file checks as the report said: its own check agrees.
    let fixed = std::fs::read(&output).unwrap();
    assert!(fixed.starts_with(b"\xef\xbb\xbf"));
    let check = cosell(
        &["check", output.to_str().unwrap(), "-f", "json", TODAY],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(report["summary"]["errors"], 5);
    assert!(!report["issues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i.get("fix").is_some()));
}

/// `--rule` makes only those rules' fixes; `--format json` prints the changes and the report;
/// an unknown rule is refused with exit 2.
#[test]
fn fix_makes_only_the_rules_asked_for() {
    let dir = tempdir();
    let output = dir.join("fixed.csv");
    let out = cosell(
        &[
            "fix",
            &golden("sample-with-mistakes.csv"),
            "-o",
            output.to_str().unwrap(),
            "--rule",
            "CS211",
            "--rule",
            "cs213",
            "--format",
            "json",
            TODAY,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    let codes: Vec<&str> = changes
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["CS213", "CS211"]);
    assert_eq!(
        changes[0],
        serde_json::json!({"row": 3, "index": 23, "column": "Estimated Close Date",
            "before": "2027-02-28", "after": "2/28/2027", "code": "CS213"})
    );
    // The deal value was not fixed: it is still reported, with its fix.
    let value = json["report"]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "CS215")
        .unwrap();
    assert_eq!(value["fix"], "250000");

    let out = cosell(
        &[
            "fix",
            &golden("sample-with-mistakes.csv"),
            "-o",
            output.to_str().unwrap(),
            "--rule",
            "CS999",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no rule has the code CS999"));
}

/// A file with nothing to fix: no change, exit 0, the corrected file is the annotated file.
#[test]
fn fix_on_a_clean_file_changes_nothing() {
    let dir = tempdir();
    let output = dir.join("fixed.csv");
    let out = cosell(
        &[
            "fix",
            &golden("clean-current-template.csv"),
            "-o",
            output.to_str().unwrap(),
            "--no-bom",
            TODAY,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Changed 0 cells"));
    assert_eq!(
        std::fs::read(&output).unwrap(),
        std::fs::read(golden("clean-current-template.annotated.csv")).unwrap()
    );
}

#[test]
fn the_text_report_speaks_the_environment_s_language_and_json_stays_english() {
    let file = golden("sample-with-mistakes.csv");
    let summary = |locale: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["check", file.as_str(), TODAY];
        args.extend_from_slice(extra);
        let out = cosell_in(locale, &args, None);
        assert_eq!(out.status.code(), Some(1));
        text(&out.stdout).lines().next().unwrap().to_string()
    };
    let english = "sample-with-mistakes.csv (current Partner Center template): 8 rows";
    let swedish = "sample-with-mistakes.csv (den aktuella mallen i Partnercenter): 8 rader";
    let german = "sample-with-mistakes.csv (aktuelle Vorlage von Partner Center): 8 Zeilen";
    let starts = |line: String, with: &str| assert!(line.contains(with), "{line} lacks {with}");
    starts(summary(&[("LANG", "sv_SE.UTF-8")], &[]), swedish);
    starts(
        summary(&[("LANG", "sv_SE.UTF-8"), ("LC_ALL", "de_DE.UTF-8")], &[]),
        german,
    );
    starts(summary(&[("LANG", "fr_FR.UTF-8")], &[]), english);
    starts(summary(&[], &[]), english);
    starts(
        summary(&[("LANG", "sv_SE.UTF-8")], &["--lang", "en"]),
        english,
    );
    starts(summary(&[("LANG", "C")], &["--lang", "de"]), german);
    // The JSON's `message` is English whatever the language.
    let out = cosell_in(
        &[("LANG", "sv_SE.UTF-8")],
        &["check", &file, "-f", "json", TODAY, "--lang", "sv"],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["issues"][0]["message"],
        "Invalid number '$250,000' in Estimated Deal Value: write 250000"
    );
    // An unknown language is refused by name.
    let out = cosell(&["check", &file, "--lang", "fr"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("'fr'"), "{}", text(&out.stderr));
}

#[test]
fn a_file_that_is_not_csv_is_refused_in_the_language_asked_for() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let out = cosell(&["check", "-", "--lang", "sv"], Some(png));
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.starts_with("cosell: kan inte läsa -: "), "{said}");
    assert!(!said.contains("This is"), "{said}");
}

/// A workbook: `check` reads the sheet with the template header (`--sheet` another), the text
/// report names each finding's cell, `--output` writes CSV; a sheet that is not there and a
/// workbook protected by a password exit 2 with a message saying so.
#[test]
fn a_workbook_is_checked_and_its_sheet_chosen() {
    let workbooks = repo().join("tests/workbooks");
    let xls = workbooks.join("deals.xls");
    let xls = xls.to_str().unwrap();
    let dir = tempdir();
    let output = dir.join("deals.annotated.csv");
    let out = cosell(
        &[
            "check",
            xls,
            "--today",
            "2026-11-24",
            "--output",
            output.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("write 02134 (Deals!J2)"), "{report}");
    let expected = std::fs::read(workbooks.join("deals.xls.annotated.csv")).unwrap();
    let written = std::fs::read(&output).unwrap();
    assert_eq!(&written[..3], b"\xef\xbb\xbf");
    assert_eq!(written[3..], expected[..]);

    let notes = cosell(
        &["check", xls, "--sheet", "Notes", "--format", "json"],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&notes.stdout).unwrap();
    assert_eq!(json["fileIssues"][0]["code"], "CS006", "{json}");
    assert_eq!(json["issues"][0]["cell"], "Notes!2:2", "{json}");

    let missing = cosell(&["check", xls, "--sheet", "Nope"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr)
        .contains("This workbook has no sheet 'Nope': its sheets are 'Deals' and 'Notes'"));

    let password = workbooks.join("password.xlsx");
    let locked = cosell(&["check", password.to_str().unwrap()], None);
    assert_eq!(locked.status.code(), Some(2));
    assert!(text(&locked.stderr).contains("protected by a password"));
}

fn rule_file(name: &str) -> String {
    repo()
        .join("tests/rules")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// `cosell check UPLOAD --baseline EXPORT --format json`: its exit status and report.
fn check_against(upload: &str, export: &str) -> (Option<i32>, serde_json::Value) {
    let args = [
        "check",
        upload,
        "--baseline",
        export,
        TODAY,
        "--format",
        "json",
    ];
    let out = cosell(&args, None);
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&out.stderr)));
    (out.status.code(), json)
}

#[test]
fn a_baseline_compares_each_update_row_with_the_export() {
    let (upload, export) = (rule_file("CS606.csv"), rule_file("CS606.baseline.csv"));
    let (status, json) = check_against(&upload, &export);
    // CS606 is an error: exit 1, as for any error.
    assert_eq!(status, Some(1));
    assert_eq!(json["summary"]["unchanged"], 0);
    let update = &json["updates"][0];
    assert_eq!(
        keys(update),
        ["changes", "exportRow", "referralId", "row", "unchanged"]
    );
    assert_eq!(keys(&update["changes"][0]), ["after", "before", "column"]);
    assert_eq!(update["row"], 2);
    assert_eq!(update["exportRow"], 2);
    assert_eq!(update["changes"][0]["column"], "Customer Name");
    assert_eq!(update["changes"][0]["before"], "Contoso");
    assert_eq!(update["changes"][0]["after"], "Contoso Ltd");
    assert_eq!(json["issues"][0]["code"], "CS606");
    assert_eq!(json["issues"][0]["fix"], "Contoso");

    // Without a baseline, neither key is there.
    let alone = cosell(&["check", &upload, TODAY, "--format", "json"], None);
    let json: serde_json::Value = serde_json::from_slice(&alone.stdout).unwrap();
    assert_eq!(alone.status.code(), Some(0));
    assert!(json["summary"].get("unchanged").is_none() && json.get("updates").is_none());

    // The text report says what the comparison found.
    let out = cosell(&["check", &upload, "--baseline", &export, TODAY], None);
    assert!(text(&out.stdout)
        .contains("Compared with the export: 2 update rows change something, 0 change nothing."));

    // `fix` makes the comparison's fixes: the export's values written back.
    let dir = tempdir();
    let fixed = dir.join("fixed.csv");
    let out = cosell(
        &[
            "fix",
            &upload,
            "--baseline",
            &export,
            TODAY,
            "--output",
            fixed.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let again = cosell(
        &[
            "check",
            fixed.to_str().unwrap(),
            "--baseline",
            &export,
            TODAY,
        ],
        None,
    );
    assert!(text(&again.stdout)
        .contains("Compared with the export: 1 update row changes something, 1 changes nothing."));
}

#[test]
fn a_baseline_that_is_no_export_is_said_and_the_file_checked_without_it() {
    let upload = rule_file("CS604.csv");
    let dir = tempdir();
    let image = dir.join("export.png");
    std::fs::write(&image, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();
    for export in [
        rule_file("CS601.baseline.csv"),
        image.to_string_lossy().into_owned(),
    ] {
        let (status, json) = check_against(&upload, &export);
        assert_eq!(status, Some(0));
        assert_eq!(json["fileIssues"][0]["code"], "CS601", "{json}");
        assert_eq!(json["summary"]["update"], 2);
        assert!(json.get("updates").is_none());
    }
    // A baseline that cannot be read from the disk is the command's error.
    let missing = dir.join("no-such-export.csv");
    let out = cosell(
        &["check", &upload, "--baseline", missing.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read"));
}

#[test]
fn diff_prints_the_changes_deal_by_deal_and_exits_1_when_there_are_some() {
    let export = rule_file("CS606.baseline.csv");
    let out = cosell(&["diff", &export, &rule_file("CS606.csv")], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "row 2 · Referral ID ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (row 2 of the export)\n\
         \x20 Customer Name: 'Contoso' → 'Contoso Ltd'\n\
         \x20 Customer Postal code: '98052' → '98053'\n\
         \n\
         row 3 · Referral ID b4ea0b84-4ac4-ebac-dkdc-5b2587d42cee (row 6 of the export)\n\
         \x20 Microsoft help required?: 'Yes' → 'No'\n\
         \x20 What specific help from Microsoft?: '3' → ''\n\
         \x20 Share with Microsoft sales team: 'No' → 'Yes'\n\
         \n\
         Compared with the export: 2 deals change, 0 are unchanged, 0 update rows' Referral IDs are not in the export.\n"
    );
    // JSON: the contract's keys.
    let out = cosell(
        &["diff", &export, &rule_file("CS610.csv"), "--format", "json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(keys(&json), ["deals", "notInExport", "summary"]);
    assert_eq!(
        keys(&json["summary"]),
        ["changed", "notInExport", "unchanged"]
    );
    assert_eq!(json["notInExport"][1]["row"], 3);
    assert_eq!(
        json["notInExport"][1]["referralId"],
        "11111111-2222-3333-4444-555555555555"
    );
    // Unchanged rows: nothing to print but the counts, exit 0.
    let out = cosell(&["diff", &export, &rule_file("CS604.csv")], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "Compared with the export: 0 deals change, 2 are unchanged, 0 update rows' Referral IDs are not in the export.\n"
    );
    // An export given as a workbook reads the same.
    let rows: Vec<Vec<String>> = csv::Reader::from_path(&export)
        .unwrap()
        .into_records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let mut with_header = vec![csv::Reader::from_path(&export)
        .unwrap()
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect::<Vec<_>>()];
    with_header.extend(rows);
    let dir = tempdir();
    let workbook = dir.join("export.xlsx");
    std::fs::write(&workbook, xtask::sheets::xlsx_rows(&with_header).unwrap()).unwrap();
    let out = cosell(
        &[
            "diff",
            workbook.to_str().unwrap(),
            &rule_file("CS606.csv"),
            "--format",
            "json",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["changed"], 2, "{json}");
    // An export that is not one: exit 2, saying why.
    let out = cosell(
        &[
            "diff",
            &rule_file("CS601.baseline.csv"),
            &rule_file("CS606.csv"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("it has no Referral ID column"));
}
