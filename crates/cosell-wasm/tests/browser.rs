//! The binding in a real browser (headless Chromium via wasm-bindgen-test-runner): the report's
//! shape, a file that is not a CSV, and Windows-1252 bytes.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../../../tests/golden/sample-with-mistakes.csv");
const SAMPLE_ANNOTATED: &str =
    include_str!("../../../tests/golden/sample-with-mistakes.annotated.csv");
const SWEDEN_1252: &[u8] = include_bytes!("../../../tests/golden/excel-sweden-semicolon-1252.csv");
const SWEDEN_ANNOTATED: &str =
    include_str!("../../../tests/golden/excel-sweden-semicolon-1252.annotated.csv");
const TODAY: &str = "2026-11-24";
const OLD: &str = include_str!("../../../tests/golden/old-2021-export.csv");
const OLD_UPGRADED: &str = include_str!("../../../tests/golden/old-2021-export.upgraded.csv");

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap()
}

fn keys(value: &JsValue) -> Vec<String> {
    let mut keys: Vec<String> = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect();
    keys.sort();
    keys
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
fn the_report_has_the_cli_shape_plus_values_and_the_annotated_csv() {
    let result = cosell_wasm::validate(SAMPLE, JsValue::from_str(TODAY)).unwrap();
    assert_eq!(
        keys(&result),
        [
            "annotatedCsv",
            "fileIssues",
            "issueValues",
            "issues",
            "notListed",
            "summary",
            "template"
        ]
    );
    let summary = get(&result, "summary");
    assert_eq!(
        keys(&summary),
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
    assert_eq!(get(&summary, "rows").as_f64(), Some(8.0));
    assert_eq!(get(&summary, "notProcessed").as_f64(), Some(4.0));
    let issues: js_sys::Array = get(&result, "issues").unchecked_into();
    let first = issues.get(0);
    assert_eq!(
        keys(&first),
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
    assert_eq!(get(&first, "fix"), "250000");
    // The message as data, for the page to speak another language.
    assert_eq!(get(&first, "messageId"), "invalid-number");
    let args = get(&first, "args");
    assert_eq!(get(&args, "column"), "Estimated Deal Value");
    assert_eq!(get(&get(&args, "fix"), "messageId"), "fix-write");
    assert_eq!(get(&first, "row").as_f64(), Some(3.0));
    assert_eq!(
        get(&first, "column").as_string().as_deref(),
        Some("Estimated Deal Value")
    );
    assert_eq!(get(&first, "code").as_string().as_deref(), Some("CS215"));
    assert_eq!(
        get(&first, "severity").as_string().as_deref(),
        Some("error")
    );
    assert_eq!(
        get(&result, "annotatedCsv").as_string().as_deref(),
        Some(SAMPLE_ANNOTATED)
    );
    let values: js_sys::Array = get(&result, "issueValues").unchecked_into();
    assert_eq!(values.length(), issues.length());
    assert_eq!(values.get(0).as_string().as_deref(), Some("$250,000"));
}

/// 5,000 rows: progress is reported every 2,000 rows on the way, then at the end.
#[wasm_bindgen_test]
fn progress_is_reported_up_to_the_whole_file() {
    let mut lines = SAMPLE.lines();
    let header = lines.next().unwrap();
    let row = lines.next().unwrap();
    let mut file = format!("{header}\r\n");
    for _ in 0..5000 {
        file.push_str(row);
        file.push_str("\r\n");
    }
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |p: JsValue| {
        let n = |k| get(&p, k).as_f64().unwrap();
        sink.borrow_mut().push((n("done"), n("total")));
    });
    let function: js_sys::Function = callback
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .clone();
    cosell_wasm::validate_bytes(file.as_bytes(), JsValue::from_str(TODAY), Some(function)).unwrap();
    let seen = seen.borrow();
    let total = file.len() as f64;
    assert_eq!(
        seen.len(),
        3,
        "after rows 2,000 and 4,000, and at the end: {seen:?}"
    );
    assert!(
        seen[0].0 > 0.0 && seen[0].0 < seen[1].0 && seen[1].0 < total,
        "{seen:?}"
    );
    assert!(seen.iter().all(|&(_, t)| t == total));
    assert_eq!(seen.last(), Some(&(total, total)));
}

#[wasm_bindgen_test]
fn the_next_files_come_from_the_annotated_csv() {
    let to_fix = cosell_wasm::rows_to_fix(SAMPLE_ANNOTATED).unwrap();
    let ready = cosell_wasm::ready_to_upload(SAMPLE_ANNOTATED, None).unwrap();
    // 8 rows: 4 not processed, 4 ready, each file with the header.
    assert_eq!(to_fix.matches("\r\n").count(), 5);
    assert_eq!(ready.matches("\r\n").count(), 5);
    assert!(ready.lines().skip(1).all(|line| line.starts_with(',')));
    let zip = cosell_wasm::batches_zip(SAMPLE_ANNOTATED, "deals.csv").unwrap();
    assert!(zip.starts_with(b"PK\x03\x04"));
    // A file that is not annotated is refused, not read by its first column.
    for not_annotated in [
        "Errors,Deal Name\r\nMandatory field Solution 1 missing,A\r\n,B\r\n",
        "Deal Name\r\nA\r\n",
    ] {
        let error = cosell_wasm::ready_to_upload(not_annotated, None).unwrap_err();
        let error: js_sys::Error = JsValue::from(error).unchecked_into();
        let message = error.message().as_string().unwrap();
        assert!(
            message.contains("not an annotated file") || message.contains("check it first"),
            "{message}"
        );
    }
    assert_eq!(
        cosell_wasm::download_name("deals.csv", "to-fix").unwrap(),
        "deals.to-fix.csv"
    );
    assert!(cosell_wasm::download_name("deals.csv", "other").is_err());
    let current = cosell_wasm::template_csv(None).unwrap();
    assert!(current.ends_with(",Team member 1,Microsoft team member 1\r\n"));
    let old = cosell_wasm::template_csv(Some("2021".into())).unwrap();
    assert!(old.ends_with(",Solution 1,Team member 1\r\n"));
    assert!(cosell_wasm::template_csv(Some("1999".into())).is_err());
}

#[wasm_bindgen_test]
fn the_rules_carry_their_documentation() {
    let rules: js_sys::Array = cosell_wasm::rules().unwrap().unchecked_into();
    assert_eq!(rules.length() as usize, cosell_core::RULES.len());
    let first = rules.get(0);
    assert_eq!(
        keys(&first),
        [
            "checks",
            "code",
            "example",
            "fix",
            "name",
            "offers",
            "scope",
            "severity",
            "templates",
            "title",
            "why"
        ]
    );
    assert_eq!(get(&first, "code").as_string().as_deref(), Some("CS001"));
    assert_eq!(get(&first, "offers"), "");
    let dates = rules.get(cosell_core::Code::DateFormat as u32);
    assert!(get(&dates, "offers")
        .as_string()
        .unwrap()
        .starts_with("`M/D/YYYY`"));
}

#[wasm_bindgen_test]
fn a_file_that_is_not_a_csv_throws_an_error_with_a_message() {
    let error = cosell_wasm::validate_bytes(
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        JsValue::from_str(TODAY),
        None,
    )
    .unwrap_err();
    let error: js_sys::Error = JsValue::from(error).unchecked_into();
    let message = error.message().as_string().unwrap();
    assert!(
        message.starts_with("This is a PNG image, not a CSV file"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn windows_1252_bytes_are_decoded_as_the_cli_does() {
    let result = cosell_wasm::validate_bytes(SWEDEN_1252, JsValue::from_str(TODAY), None).unwrap();
    assert_eq!(
        get(&result, "annotatedCsv").as_string().as_deref(),
        Some(SWEDEN_ANNOTATED)
    );
    let file_issues: js_sys::Array = get(&result, "fileIssues").unchecked_into();
    assert_eq!(
        get(&file_issues.get(0), "code").as_string().as_deref(),
        Some("CS001")
    );
    assert_eq!(
        get(&file_issues.get(1), "code").as_string().as_deref(),
        Some("CS002")
    );
}

#[wasm_bindgen_test]
fn a_bad_date_argument_is_an_error_and_no_argument_means_today() {
    assert!(cosell_wasm::validate(SAMPLE, JsValue::from_str("24.11.2026")).is_err());
    let result = cosell_wasm::validate(SAMPLE, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&get(&result, "summary"), "rows").as_f64(), Some(8.0));
}

/// `{ today, template }` options, the template in the result, and the upgrade.
#[wasm_bindgen_test]
fn options_choose_the_template_and_an_old_file_is_upgraded() {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"today".into(), &TODAY.into()).unwrap();
    let result = cosell_wasm::validate(OLD, options.clone().into()).unwrap();
    assert_eq!(
        get(&result, "template").as_string().as_deref(),
        Some("2021")
    );
    js_sys::Reflect::set(&options, &"template".into(), &"current".into()).unwrap();
    let forced = cosell_wasm::validate(OLD, options.clone().into()).unwrap();
    assert_eq!(
        get(&forced, "template").as_string().as_deref(),
        Some("current")
    );
    js_sys::Reflect::set(&options, &"template".into(), &"1999".into()).unwrap();
    assert!(cosell_wasm::validate(OLD, options.into()).is_err());

    let upgraded = cosell_wasm::upgrade(OLD).unwrap();
    assert_eq!(upgraded, OLD_UPGRADED);
    let again = cosell_wasm::validate(&upgraded, JsValue::from_str(TODAY)).unwrap();
    assert_eq!(
        get(&again, "template").as_string().as_deref(),
        Some("current")
    );
    assert_eq!(
        cosell_wasm::upgrade_bytes(OLD.as_bytes()).unwrap(),
        OLD_UPGRADED
    );
}

/// A `{ today }` options object, with more fields set by the caller.
fn today_options() -> js_sys::Object {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"today".into(), &TODAY.into()).unwrap();
    options
}

#[wasm_bindgen_test]
fn fixes_are_listed_made_all_or_some_and_written_as_csv() {
    // Every fix the rules offer now: the postal code's is offered once the country is fixed
    // (DE has five-digit codes; "Germany" says nothing yet).
    let proposed = cosell_wasm::fixes(SAMPLE.into(), today_options().into()).unwrap();
    let proposed = js_sys::Array::from(&proposed);
    assert_eq!(proposed.length(), 4);
    let first = proposed.get(0);
    assert_eq!(
        keys(&first),
        ["after", "before", "code", "column", "index", "row"]
    );
    assert_eq!(get(&first, "before"), "$250,000");
    assert_eq!(get(&first, "after"), "250000");
    assert_eq!(get(&first, "code"), "CS215");

    // All of them, from the raw bytes.
    let bytes = js_sys::Uint8Array::from(SAMPLE.as_bytes());
    let fixed = cosell_wasm::fix(bytes.into(), today_options().into()).unwrap();
    assert_eq!(keys(&fixed), ["changes", "csv", "report"]);
    assert_eq!(js_sys::Array::from(&get(&fixed, "changes")).length(), 5);
    let csv = get(&fixed, "csv").as_string().unwrap();
    assert!(csv.contains(",250000,") && !csv.contains("$250,000"));
    assert_eq!(get(&get(&get(&fixed, "report"), "summary"), "errors"), 5);

    // Only the changes asked for: the first one, unticked the others.
    let options = today_options();
    let one = js_sys::Array::of1(&first);
    js_sys::Reflect::set(&options, &"changes".into(), &one).unwrap();
    let fixed = cosell_wasm::fix(SAMPLE.into(), options.into()).unwrap();
    assert_eq!(js_sys::Array::from(&get(&fixed, "changes")).length(), 1);
    let csv = get(&fixed, "csv").as_string().unwrap();
    assert!(csv.contains(",250000,") && csv.contains("2027-02-28"));

    // Only one rule's.
    let options = today_options();
    js_sys::Reflect::set(
        &options,
        &"rules".into(),
        &js_sys::Array::of1(&"CS211".into()),
    )
    .unwrap();
    let fixed = cosell_wasm::fix(SAMPLE.into(), options.into()).unwrap();
    let changes = js_sys::Array::from(&get(&fixed, "changes"));
    assert_eq!(changes.length(), 1);
    assert_eq!(get(&changes.get(0), "after"), "DE");

    // A hand edit has no rule; the changes CSV lists both kinds.
    let edit = js_sys::Object::new();
    for (key, value) in [
        ("row", JsValue::from(7)),
        ("index", JsValue::from(4)),
        ("before", "Adventure Works".into()),
        ("after", "Adventure Works Ltd".into()),
        ("column", "Customer Name".into()),
    ] {
        js_sys::Reflect::set(&edit, &key.into(), &value).unwrap();
    }
    let csv = cosell_wasm::changes_csv(js_sys::Array::of2(&first, &edit).into()).unwrap();
    assert_eq!(
        csv,
        "Row,Column,Before,After,Rule\r\n3,Estimated Deal Value,\"$250,000\",250000,CS215\r\n7,Customer Name,Adventure Works,Adventure Works Ltd,\r\n"
    );
    // A change naming no rule of ours is refused.
    let bad = js_sys::Object::new();
    for (key, value) in [
        ("row", JsValue::from(3)),
        ("index", JsValue::from(1)),
        ("before", "".into()),
        ("after", "".into()),
        ("code", "CS999".into()),
    ] {
        js_sys::Reflect::set(&bad, &key.into(), &value).unwrap();
    }
    assert!(cosell_wasm::changes_csv(js_sys::Array::of1(&bad).into()).is_err());
}

const DEALS_XLS: &[u8] = include_bytes!("../../../tests/workbooks/deals.xls");
const DEALS_XLS_ANNOTATED: &str = include_str!("../../../tests/workbooks/deals.xls.annotated.csv");
const DEALS_ODS: &[u8] = include_bytes!("../../../tests/workbooks/deals.ods");
const DEALS_ODS_ANNOTATED: &str = include_str!("../../../tests/workbooks/deals.ods.annotated.csv");

#[wasm_bindgen_test]
fn a_workbook_is_read_in_the_browser_as_the_command_line_reads_it() {
    for (bytes, annotated, format) in [
        (DEALS_XLS, DEALS_XLS_ANNOTATED, "xls"),
        (DEALS_ODS, DEALS_ODS_ANNOTATED, "ods"),
    ] {
        let result = cosell_wasm::validate_bytes(bytes, today_options().into(), None).unwrap();
        assert_eq!(get(&result, "annotatedCsv").as_string().unwrap(), annotated);
        let workbook = get(&result, "workbook");
        assert_eq!(get(&workbook, "format").as_string().unwrap(), format);
        assert_eq!(get(&workbook, "sheet").as_string().unwrap(), "Deals");
        let issues: js_sys::Array = get(&result, "issues").unchecked_into();
        let first = issues.get(0);
        assert_eq!(get(&first, "code").as_string().unwrap(), "CS505");
        assert_eq!(get(&first, "cell").as_string().unwrap(), "Deals!J2");
    }
    // Another sheet, by name; a sheet that is not there is an error that names the sheets.
    let options = today_options();
    js_sys::Reflect::set(&options, &"sheet".into(), &"Notes".into()).unwrap();
    let notes = cosell_wasm::validate_bytes(DEALS_XLS, options.clone().into(), None).unwrap();
    assert!(get(&notes, "annotatedCsv")
        .as_string()
        .unwrap()
        .starts_with("Errors,Notes\r\n"));
    js_sys::Reflect::set(&options, &"sheet".into(), &"Nope".into()).unwrap();
    let error = cosell_wasm::validate_bytes(DEALS_XLS, options.into(), None).unwrap_err();
    let error: JsValue = error.into();
    let message = get(&error, "message").as_string().unwrap();
    assert_eq!(
        message,
        "This workbook has no sheet 'Nope': its sheets are 'Deals' and 'Notes'"
    );
}
