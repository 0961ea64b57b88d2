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
fn the_report_has_the_cli_shape_plus_the_annotated_csv() {
    let result = cosell_wasm::validate(SAMPLE, Some(TODAY.into())).unwrap();
    assert_eq!(
        keys(&result),
        ["annotatedCsv", "fileIssues", "issues", "summary"]
    );
    let summary = get(&result, "summary");
    assert_eq!(
        keys(&summary),
        [
            "create",
            "errors",
            "notProcessed",
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
        ["code", "column", "message", "row", "severity"]
    );
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
}

#[wasm_bindgen_test]
fn a_file_that_is_not_a_csv_throws_an_error_with_a_message() {
    let error = cosell_wasm::validate_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Some(TODAY.into()))
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
    let result = cosell_wasm::validate_bytes(SWEDEN_1252, Some(TODAY.into())).unwrap();
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
    assert!(cosell_wasm::validate(SAMPLE, Some("24.11.2026".into())).is_err());
    let result = cosell_wasm::validate(SAMPLE, None).unwrap();
    assert_eq!(get(&get(&result, "summary"), "rows").as_f64(), Some(8.0));
}
