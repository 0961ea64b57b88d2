//! The browser binding: decode the argument, call the core, encode the result. No rule logic.
//!
//! ```js
//! import init, { validate, validateBytes } from "./cosell_wasm.js";
//! await init();
//! const result = validate(text);          // { summary, fileIssues, issues, annotatedCsv }
//! const same = validateBytes(new Uint8Array(await file.arrayBuffer()));
//! ```

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** The counts of Partner Center's "last process file card", predicted. */
export interface Summary {
  rows: number;
  create: number;
  update: number;
  notProcessed: number;
  errors: number;
  warnings: number;
}

export type Severity = "error" | "warning";

/** A finding about the whole file. */
export interface FileIssue {
  code: string;
  severity: Severity;
  message: string;
}

/** A finding about one row: `row` is the spreadsheet row (header = 1). */
export interface Issue {
  row: number;
  column: string | null;
  code: string;
  severity: Severity;
  message: string;
}

/** The report of `cosell check --format json`, plus the annotated CSV. */
export interface Validation {
  summary: Summary;
  fileIssues: FileIssue[];
  issues: Issue[];
  /** UTF-8, comma-separated; every input cell as read, with the Errors column filled in. */
  annotatedCsv: string;
}

/**
 * Checks a co-sell import file given as text. `today` (YYYY-MM-DD) is the date Estimated Close
 * Dates are compared with; the browser's local date when omitted.
 * Throws an Error when the input is not a text file at all.
 */
export function validate(csv: string, today?: string): Validation;

/**
 * Checks a co-sell import file given as the file's raw bytes, so that its encoding (UTF-8 with
 * or without BOM, UTF-16, Windows-1252) is detected exactly as the `cosell` command does.
 */
export function validateBytes(bytes: Uint8Array, today?: string): Validation;
"#;

/// The report, flattened, with the annotated CSV beside it: the JSON the CLI prints plus
/// `annotatedCsv`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Validation<'a> {
    #[serde(flatten)]
    report: &'a cosell_core::Report,
    annotated_csv: String,
}

/// Checks a file given as text.
#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate(csv: &str, today: Option<String>) -> Result<JsValue, JsError> {
    run(csv.as_bytes(), today)
}

/// Checks a file given as raw bytes.
#[wasm_bindgen(js_name = validateBytes, skip_typescript)]
pub fn validate_bytes(bytes: &[u8], today: Option<String>) -> Result<JsValue, JsError> {
    run(bytes, today)
}

fn run(bytes: &[u8], today: Option<String>) -> Result<JsValue, JsError> {
    let today = match today {
        Some(text) => chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|_| JsError::new(&format!("today must be YYYY-MM-DD, not {text:?}")))?,
        None => local_today()?,
    };
    let checked = cosell_core::check(bytes, &cosell_core::Options { today }).map_err(into_error)?;
    let validation = Validation {
        report: &checked.report,
        // The core writes UTF-8 from text it decoded: this never fails, and is checked anyway.
        annotated_csv: String::from_utf8(checked.annotated).map_err(into_error)?,
    };
    validation
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(into_error)
}

/// Today in the browser's time zone.
fn local_today() -> Result<chrono::NaiveDate, JsError> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .ok_or_else(|| JsError::new("the browser's clock gave no valid date"))
}

/// Every failure becomes a JS `Error` with the message.
fn into_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}
