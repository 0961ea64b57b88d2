//! The browser binding: decode the argument, call the core, encode the result. No rule logic.
//!
//! ```js
//! import init, { validate, validateBytes } from "./cosell_wasm.js";
//! await init();
//! const result = validate(text);          // { summary, fileIssues, issues, annotatedCsv }
//! const same = validateBytes(new Uint8Array(await file.arrayBuffer()));
//! ```

use cosell_core::outputs;
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
  /** Rows Partner Center created or updated in an earlier upload of this file (CS014): not to upload again. */
  processed: number;
  /** With a `baseline`: the update rows identical to their deal in the export (Partner Center would apply them again for nothing). */
  unchanged?: number;
}

/** An update row compared with its deal in the baseline (the partner's latest export). */
export interface Update {
  /** The spreadsheet row (header = 1). */
  row: number;
  referralId: string;
  /** The deal's spreadsheet row in the export. */
  exportRow: number;
  /** Every column the export has says the same. */
  unchanged: boolean;
  /** What the row changes, in the file's column order. */
  changes: CellChange[];
}

/** One cell of an update row that differs from the export: `before` is the export's cell as read (empty when the export has no such column), `after` this file's. */
export interface CellChange {
  column: string;
  before: string;
  after: string;
}

export type Severity = "error" | "warning";

/**
 * A message's argument: text written as is (a column, a value), a count, a part that is a
 * message of its own, or a list joined the language's way.
 */
export type MessageArg =
  | string
  | number
  | { messageId: string; args: Record<string, MessageArg> }
  | { join: "comma" | "or" | "and" | "concat"; items: MessageArg[] };

/** A finding about the whole file. */
export interface FileIssue {
  code: string;
  severity: Severity;
  /** In English, as Partner Center speaks. */
  message: string;
  /** The message as data: an id of cosell-core's messages/en.ftl, and its arguments. */
  messageId: string;
  args: Record<string, MessageArg>;
}

/** A finding about one row: `row` is the spreadsheet row (header = 1). */
export interface Issue {
  row: number;
  /** For a workbook, the cell in the workbook (`Deals!K7`; the whole row, `Deals!7:7`). */
  cell?: string;
  column: string | null;
  code: string;
  severity: Severity;
  /** In English, as Partner Center speaks. */
  message: string;
  /** The message as data: an id of cosell-core's messages/en.ftl, and its arguments. */
  messageId: string;
  args: Record<string, MessageArg>;
  /** The value the cell should hold instead, exactly as it should be written, when the problem has one right replacement. */
  fix?: string;
}

/** One cell changed: by a rule's fix (`code`), or by hand (`code` null). */
export interface Change {
  /** The spreadsheet row (header = 1). */
  row: number;
  /** The column's place in the file's header, from 0. */
  index: number;
  /** The column as the file's header spells it. */
  column: string;
  /** The cell as read. */
  before: string;
  /** What it becomes. */
  after: string;
  code: string | null;
}

/** A change to make: `column` and `code` are optional (for the changes CSV). */
export interface ChangeRequest {
  row: number;
  index: number;
  before: string;
  after: string;
  column?: string;
  code?: string | null;
}

/** How to fix a file: the options of `validate`, and which fixes to make. */
export interface FixOptions extends ValidateOptions {
  /** Make only these rules' fixes (codes such as "CS213"); every rule's by default. */
  rules?: string[];
  /** Make exactly these changes instead (a change is made only where the cell still reads as its `before`). */
  changes?: ChangeRequest[];
}

/** The corrected file, the changes made, and the corrected file's report. */
export interface Fixed {
  /** The corrected file: UTF-8, comma-separated, its Errors column refreshed. */
  csv: string;
  changes: Change[];
  report: Omit<Validation, "annotatedCsv">;
}

/** Issues of one rule beyond the 5,000 the report lists. */
export interface NotListed {
  code: string;
  count: number;
}

/** The report of `cosell check --format json`, plus the annotated CSV. */
export interface Validation {
  /** The template the file was checked against (the one its header is in, unless chosen). */
  template: "2021" | "current";
  summary: Summary;
  fileIssues: FileIssue[];
  /** At most 5,000 of each rule; `notListed` counts the rest. */
  issues: Issue[];
  notListed: NotListed[];
  /** The offending cell of each issue (same order as `issues`), shortened to 200 characters. */
  issueValues: string[];
  /** UTF-8, comma-separated; every input cell as read, with the Errors column filled in. */
  annotatedCsv: string;
  /** When the bytes were a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods): its format and the sheet read. */
  workbook?: { format: "xlsx" | "xlsb" | "xls" | "ods"; sheet: string };
  /** With a `baseline`: each update row whose deal is in the export, with what it changes. */
  updates?: Update[];
}

/** How far a check has come, in bytes of the decoded text. */
export interface Progress {
  done: number;
  total: number;
}

/** How to check a file. */
export interface ValidateOptions {
  /** YYYY-MM-DD: the date Estimated Close Dates are compared with (the browser's local date by default). */
  today?: string;
  /** The template to check against; "auto" (the default) takes the one the header is in. */
  template?: "auto" | "2021" | "current";
  /** In a workbook (validateBytes), the sheet to read: by default the first with a template header. */
  sheet?: string;
  /**
   * The partner's latest export of co-sell opportunities (CSV text, or the bytes of a CSV file
   * or workbook): each update row is compared with its deal there (rules CS601–CS611, `updates`,
   * `summary.unchanged`). A file that is not an export is reported (CS601) and the check goes on
   * without it. The last export given is kept, read: giving the same one again (the same text or
   * bytes) does not read it again.
   */
  baseline?: string | Uint8Array;
}

/** The files offered after a check. */
export type Download = "annotated" | "to-fix" | "ready" | "batches" | "upgraded" | "changes";

/** A rule of the rule table, with its documentation. */
export interface Rule {
  code: string;
  name: string;
  severity: Severity;
  scope: "file" | "row";
  templates: "both" | "current" | "2021" | "retired";
  title: string;
  checks: string;
  why: string;
  example: string;
  fix: string;
  /** When the rule offers a fix (`cosell fix`, the page's suggested fixes); empty when never. */
  offers: string;
}

/**
 * Checks a co-sell import file given as text. `options` may also be the `today` string alone.
 * Throws an Error when the input is not a text file at all, or when its annotated copy would be
 * larger than 500 MB.
 */
export function validate(csv: string, options?: ValidateOptions | string): Validation;

/**
 * Checks a co-sell import file given as the file's raw bytes, so that its encoding (UTF-8 with
 * or without BOM, UTF-16, Windows-1252) is detected exactly as the `cosell` command does.
 */
export function validateBytes(bytes: Uint8Array, options?: ValidateOptions | string, onProgress?: (progress: Progress) => void): Validation;

/**
 * The rows of an annotated file with errors (with the header). Throws for a file that is not
 * annotated (no Errors column, or Partner Center's messages in it).
 */
export function rowsToFix(annotatedCsv: string): string;

/**
 * The rows of an annotated file without errors (empty rows, and rows Partner Center has already
 * processed, left out), ready to upload; without the spreadsheet rows `leaveOut` too, when given
 * (the update rows a comparison found unchanged: `updates.filter(u => u.unchanged).map(u => u.row)`).
 * Throws for a file that is not annotated.
 */
export function readyToUpload(annotatedCsv: string, leaveOut?: number[]): string;

/**
 * The rows of an annotated file but the empty and the already processed ones, in batches of at
 * most 1,000 rows, as one ZIP (each CSV in it starts with a byte-order mark, for Excel). Throws
 * for a file that is not annotated.
 */
export function batchesZip(annotatedCsv: string, inputName: string): Uint8Array;

/** The name of a download, after the input's: `deals.csv` → `deals.annotated.csv`, … */
export function downloadName(inputName: string, download: Download): string;

/** A blank import template: its header row (the current template unless "2021" is asked for). */
export function templateCsv(template?: "current" | "2021"): string;

/**
 * The same file in the current template: columns renamed and reordered, the new ones added
 * empty, every value kept (unknown columns last), the Errors column kept.
 */
export function upgrade(csv: string): string;

/** `upgrade` of a file's raw bytes (any encoding the checker reads). */
export function upgradeBytes(bytes: Uint8Array): string;

/** Every rule, in documentation order. */
export function rules(): Rule[];

/**
 * Every fix the rules offer for a file (given as text or raw bytes), listed or not, in row and
 * column order. Make them, or some of them, with `fix(file, { changes })`.
 */
export function fixes(csvOrBytes: string | Uint8Array, options?: ValidateOptions | string): Change[];

/**
 * The file with every fix the rules offer made (or only `options.rules`', or exactly
 * `options.changes`), checked again. Every cell not listed in `changes` is kept as read.
 */
export function fix(csvOrBytes: string | Uint8Array, options?: FixOptions | string): Fixed;

/** The changes as a CSV file for the partner's records: Row, Column, Before, After, Rule. */
export function changesCsv(changes: ChangeRequest[]): string;

/** Lets the export kept from the last `baseline` option go (its bytes and its index). */
export function forgetBaseline(): void;
"#;

/// The report, flattened, with the offending values beside it: the JSON the CLI prints plus
/// `issueValues`. (`annotatedCsv` is added to the parsed object.)
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Validation<'a> {
    #[serde(flatten)]
    report: &'a cosell_core::Report,
    issue_values: Vec<&'a str>,
}

/// Checks a file given as text.
#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate(csv: &str, options: JsValue) -> Result<JsValue, JsError> {
    run(csv.as_bytes(), options, None)
}

/// `options.sheet`, when `options` is an object that has it.
fn sheet_option(options: &JsValue) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &"sheet".into())
        .ok()?
        .as_string()
}

/// Checks a file given as raw bytes, calling `on_progress({done, total})` as it goes.
#[wasm_bindgen(js_name = validateBytes, skip_typescript)]
pub fn validate_bytes(
    bytes: &[u8],
    options: JsValue,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    if cosell_workbook::format(bytes).is_none() {
        return run(bytes, options, on_progress);
    }
    // A workbook: its sheet as CSV text, checked with what its cells were.
    let read = cosell_workbook::read(
        bytes,
        sheet_option(&options).as_deref(),
        &cosell_workbook::LIMITS,
    )
    .map_err(into_error)?;
    let result = checked(
        read.text.as_bytes(),
        &options,
        Some(&read.sheet),
        on_progress,
    )?;
    let workbook = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&workbook, &"format".into(), &read.format.as_str().into());
    let _ = js_sys::Reflect::set(&workbook, &"sheet".into(), &read.sheet.name.as_str().into());
    js_sys::Reflect::set(&result, &"workbook".into(), &workbook)
        .map_err(|_| JsError::new("could not set workbook"))?;
    Ok(result)
}

/// The options of `validate`: `{ today?, template? }`, or a `today` string (the first form of
/// the API, kept working), or nothing.
fn options(options: &JsValue) -> Result<cosell_core::Options<'static>, JsError> {
    let field = |name: &str| -> Option<String> {
        if options.is_string() {
            return (name == "today").then(|| options.as_string()).flatten();
        }
        if !options.is_object() {
            return None;
        }
        js_sys::Reflect::get(options, &name.into())
            .ok()?
            .as_string()
    };
    let today = match field("today") {
        Some(text) => cosell_core::iso_date(&text)
            .ok_or_else(|| JsError::new(&format!("today must be YYYY-MM-DD, not {text:?}")))?,
        None => local_today()?,
    };
    let template = match field("template").as_deref() {
        None | Some("auto") => None,
        Some(name) => Some(cosell_core::TemplateId::parse(name).ok_or_else(|| {
            JsError::new(&format!(
                "template must be \"auto\", \"2021\" or \"current\", not {name:?}"
            ))
        })?),
    };
    Ok(cosell_core::Options {
        max_annotated: Some(cosell_core::BROWSER_MAX_ANNOTATED),
        template,
        ..cosell_core::Options::new(today)
    })
}

thread_local! {
    /// The last export read: a script or a portal checks one upload after another against the
    /// same export, which is read once (and kept until another export is given).
    static LAST_BASELINE: std::cell::RefCell<cosell_workbook::KeptExport> =
        std::cell::RefCell::new(cosell_workbook::KeptExport::default());
}

/// `options.baseline` (text, or the bytes of a CSV file or workbook), read into a baseline: a
/// file that is not an export is a baseline that says so (CS601), never an error. The same
/// export as the last call's is not read again.
fn baseline_option(
    options: &JsValue,
) -> Result<Option<std::rc::Rc<cosell_core::baseline::Baseline>>, JsError> {
    if !options.is_object() {
        return Ok(None);
    }
    let value = js_sys::Reflect::get(options, &"baseline".into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let bytes = file_bytes(&value)
        .map_err(|_| JsError::new("baseline must be a string or a Uint8Array"))?;
    let translations = cosell_core::translations::carried();
    Ok(Some(
        LAST_BASELINE.with_borrow_mut(|last| last.read(&bytes, translations)),
    ))
}

/// Lets the export kept from the last `baseline` go.
#[wasm_bindgen(js_name = forgetBaseline, skip_typescript)]
pub fn forget_baseline() {
    LAST_BASELINE.set(cosell_workbook::KeptExport::default());
}

fn run(
    bytes: &[u8],
    options: JsValue,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    checked(bytes, &options, None, on_progress)
}

/// Checks `bytes` (the CSV text of `sheet`, when a workbook's) into the report's JavaScript
/// object with its annotated CSV.
fn checked(
    bytes: &[u8],
    options: &JsValue,
    sheet: Option<&cosell_core::sheet::Sheet>,
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    let baseline = baseline_option(options)?;
    let options = cosell_core::Options {
        sheet,
        baseline: baseline.as_deref(),
        ..self::options(options)?
    };
    let mut report_progress = |progress: cosell_core::Progress| {
        if let Some(callback) = &on_progress {
            let object = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&object, &"done".into(), &(progress.done as f64).into());
            let _ = js_sys::Reflect::set(&object, &"total".into(), &(progress.total as f64).into());
            // A throwing callback must not stop the check.
            let _ = callback.call1(&JsValue::NULL, &object);
        }
    };
    let checked = cosell_core::check_with_progress(bytes, &options, &mut report_progress)
        .map_err(into_error)?;
    let validation = Validation {
        report: &checked.report,
        issue_values: checked
            .report
            .issues
            .iter()
            .map(|i| i.value.as_str())
            .collect(),
    };
    // The report crosses into JavaScript as one JSON string, parsed there: tens of thousands of
    // issues cost one JSON.parse, not an object and five properties each built from here.
    let report = json_value(&validation)?;
    // The core writes UTF-8 from text it decoded: this never fails, and is checked anyway.
    let annotated = std::str::from_utf8(&checked.annotated).map_err(into_error)?;
    js_sys::Reflect::set(&report, &"annotatedCsv".into(), &annotated.into())
        .map_err(|_| JsError::new("could not set annotatedCsv"))?;
    Ok(report)
}

/// A value serialized to JSON in wasm and parsed by the browser's JSON.parse.
fn json_value(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(into_error)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not parse the report's JSON"))
}

#[wasm_bindgen(js_name = rowsToFix, skip_typescript)]
pub fn rows_to_fix(annotated_csv: &str) -> Result<String, JsError> {
    outputs::select(annotated_csv.as_bytes(), outputs::Rows::ToFix)
        .map(utf8)
        .map_err(into_error)
}

/// The rows ready to upload; without the spreadsheet rows `leave_out` when given (the update
/// rows a comparison found unchanged, say).
#[wasm_bindgen(js_name = readyToUpload, skip_typescript)]
pub fn ready_to_upload(
    annotated_csv: &str,
    leave_out: Option<Vec<u32>>,
) -> Result<String, JsError> {
    let leave_out: Vec<usize> = leave_out
        .unwrap_or_default()
        .into_iter()
        .map(|r| r as usize)
        .collect();
    outputs::select_leaving_out(annotated_csv.as_bytes(), outputs::Rows::Ready, &leave_out)
        .map(utf8)
        .map_err(into_error)
}

#[wasm_bindgen(js_name = batchesZip, skip_typescript)]
pub fn batches_zip(annotated_csv: &str, input_name: &str) -> Result<Vec<u8>, JsError> {
    outputs::batches_zip(annotated_csv.as_bytes(), outputs::Rows::All, input_name)
        .map_err(into_error)
}

#[wasm_bindgen(js_name = downloadName, skip_typescript)]
pub fn download_name(input_name: &str, download: &str) -> Result<String, JsError> {
    let download = match download {
        "annotated" => outputs::Download::Annotated,
        "to-fix" => outputs::Download::ToFix,
        "ready" => outputs::Download::Ready,
        "batches" => outputs::Download::Batches,
        "upgraded" => outputs::Download::Upgraded,
        "changes" => outputs::Download::Changes,
        other => return Err(JsError::new(&format!("no download is called {other:?}"))),
    };
    Ok(outputs::download_name(input_name, download))
}

#[wasm_bindgen(js_name = templateCsv, skip_typescript)]
pub fn template_csv(template: Option<String>) -> Result<String, JsError> {
    let template = match template.as_deref() {
        None => cosell_core::TemplateId::Current,
        Some(name) => cosell_core::TemplateId::parse(name).ok_or_else(|| {
            JsError::new(&format!(
                "template must be \"2021\" or \"current\", not {name:?}"
            ))
        })?,
    };
    Ok(utf8(outputs::template_csv(template)))
}

#[wasm_bindgen(js_name = upgrade, skip_typescript)]
pub fn upgrade(csv: &str) -> Result<String, JsError> {
    outputs::upgrade(csv.as_bytes())
        .map(utf8)
        .map_err(into_error)
}

#[wasm_bindgen(js_name = upgradeBytes, skip_typescript)]
pub fn upgrade_bytes(bytes: &[u8]) -> Result<String, JsError> {
    outputs::upgrade(bytes).map(utf8).map_err(into_error)
}

#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules() -> Result<JsValue, JsError> {
    json_value(&cosell_core::RULES)
}

/// The bytes of a file given as text or as raw bytes.
fn file_bytes(file: &JsValue) -> Result<Vec<u8>, JsError> {
    if let Some(text) = file.as_string() {
        return Ok(text.into_bytes());
    }
    file.dyn_ref::<js_sys::Uint8Array>()
        .map(js_sys::Uint8Array::to_vec)
        .ok_or_else(|| JsError::new("the file must be a string or a Uint8Array"))
}

/// A change as JavaScript gives it (`column` and `code` optional).
#[derive(serde::Deserialize)]
struct ChangeRequest {
    row: usize,
    index: usize,
    before: String,
    after: String,
    #[serde(default)]
    column: String,
    #[serde(default)]
    code: Option<String>,
}

/// `changes` read from a JavaScript array of [`ChangeRequest`]s.
fn change_requests(value: &JsValue) -> Result<Vec<cosell_core::Change>, JsError> {
    let json = js_sys::JSON::stringify(value)
        .map_err(|_| JsError::new("changes must be an array of changes"))?;
    let requests: Vec<ChangeRequest> =
        serde_json::from_str(&String::from(json)).map_err(into_error)?;
    requests
        .into_iter()
        .map(|r| {
            let code = match r.code.as_deref() {
                None => None,
                Some(code) => Some(
                    cosell_core::Code::parse(code)
                        .ok_or_else(|| JsError::new(&format!("no rule has the code {code:?}")))?,
                ),
            };
            Ok(cosell_core::Change {
                row: r.row,
                index: r.index,
                column: r.column,
                before: r.before,
                after: r.after,
                code,
            })
        })
        .collect()
}

#[wasm_bindgen(js_name = fixes, skip_typescript)]
pub fn fixes(file: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let baseline = baseline_option(&options)?;
    let options = cosell_core::Options {
        baseline: baseline.as_deref(),
        ..self::options(&options)?
    };
    let changes = cosell_core::fixes(&file_bytes(&file)?, &options).map_err(into_error)?;
    json_value(&changes)
}

/// The JSON of `fix`'s result but the CSV, which is added as a string.
#[derive(Serialize)]
struct FixedJson<'a> {
    changes: &'a [cosell_core::Change],
    report: Validation<'a>,
}

#[wasm_bindgen(js_name = fix, skip_typescript)]
pub fn fix(file: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let bytes = file_bytes(&file)?;
    let field = |name: &str| {
        (options.is_object())
            .then(|| js_sys::Reflect::get(&options, &name.into()).ok())
            .flatten()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let baseline = baseline_option(&options)?;
    let check_options = cosell_core::Options {
        baseline: baseline.as_deref(),
        ..self::options(&options)?
    };
    let fixed = match (field("changes"), field("rules")) {
        (Some(changes), _) => outputs::apply(&bytes, &check_options, &change_requests(&changes)?),
        (None, Some(rules)) => {
            let rules: Vec<cosell_core::Code> = js_sys::Array::from(&rules)
                .iter()
                .map(|code| {
                    let code = code.as_string().unwrap_or_default();
                    cosell_core::Code::parse(&code)
                        .ok_or_else(|| JsError::new(&format!("no rule has the code {code:?}")))
                })
                .collect::<Result<_, _>>()?;
            outputs::fix(&bytes, &check_options, Some(&rules))
        }
        (None, None) => outputs::fix(&bytes, &check_options, None),
    }
    .map_err(into_error)?;
    let report = &fixed.checked.report;
    let result = json_value(&FixedJson {
        changes: &fixed.changes,
        report: Validation {
            report,
            issue_values: report.issues.iter().map(|i| i.value.as_str()).collect(),
        },
    })?;
    let csv = std::str::from_utf8(&fixed.checked.annotated).map_err(into_error)?;
    js_sys::Reflect::set(&result, &"csv".into(), &csv.into())
        .map_err(|_| JsError::new("could not set csv"))?;
    Ok(result)
}

#[wasm_bindgen(js_name = changesCsv, skip_typescript)]
pub fn changes_csv(changes: JsValue) -> Result<String, JsError> {
    Ok(utf8(outputs::changes_csv(&change_requests(&changes)?)))
}

/// The outputs are written from UTF-8 text; a lossy conversion only guards the impossible.
fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
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
