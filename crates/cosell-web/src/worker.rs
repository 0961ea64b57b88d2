//! The worker's side: it checks a file with the core, keeps the result (the annotated file and
//! the report), and answers the page's requests about it: a page of issues, a download. The
//! page's main thread only ever holds what one screen shows; the worker holds the file.
//!
//! `www/worker.js` instantiates this very module (the page hands it over) and passes every
//! message to [`worker_message`]; answers go back with `postMessage`.

use std::cell::RefCell;
use std::collections::HashSet;

use cosell_core::outputs::{self, Rows, BOM};
use cosell_core::{Report, Severity};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::protocol::{
    Checked, Download, FileIssue, Filter, Id, IssuePage, IssueRow, NotListed, Request, Response,
    MAX_COLUMNS, PAGE_SIZE,
};
use crate::wire;

/// The check the worker keeps: the latest one.
struct Held {
    id: Id,
    name: String,
    annotated: Vec<u8>,
    report: Report,
    /// The file itself, kept only when it is in the 2021 template: the upgrade to the current
    /// one is made from it.
    input: Option<Vec<u8>>,
}

thread_local! {
    static HELD: RefCell<Option<Held>> = const { RefCell::new(None) };
}

/// Handles one message from the page (called by `www/worker.js`).
#[wasm_bindgen(js_name = workerMessage)]
pub fn worker_message(data: JsValue) {
    let Some(request) = wire::from_js::<Request>(&data) else {
        let message = "The page sent the checker a message it does not know".to_string();
        return post(&Response::Failed { id: 0, message }, None);
    };
    match request {
        Request::Check {
            id,
            name,
            today,
            template,
        } => {
            let bytes = js_sys::Uint8Array::new(&wire::attachment(&data, "bytes")).to_vec();
            check(id, name, today, template, bytes);
        }
        Request::Issues { id, filter, page } => HELD.with_borrow(|held| match held {
            Some(held) if held.id == id => post(
                &Response::Issues {
                    id,
                    issues: issue_page(&held.report, &filter, page),
                },
                None,
            ),
            _ => {}
        }),
        Request::Download { id, which } => HELD.with_borrow(|held| match held {
            Some(held) if held.id == id => download(held, which),
            _ => {}
        }),
    }
}

fn check(
    id: Id,
    name: String,
    today: Option<String>,
    template: Option<cosell_core::TemplateId>,
    bytes: Vec<u8>,
) {
    // The previous file goes first: two files need not fit at once.
    HELD.set(None);
    let today = match today.as_deref().map(cosell_core::iso_date) {
        Some(Some(date)) => date,
        Some(None) => {
            let message = "The date in the page's address (?today=) is not YYYY-MM-DD".to_string();
            return post(&Response::Failed { id, message }, None);
        }
        None => local_today(),
    };
    let options = cosell_core::Options {
        max_annotated: Some(cosell_core::BROWSER_MAX_ANNOTATED),
        template,
        ..cosell_core::Options::new(today)
    };
    let mut progress = |p: cosell_core::Progress| {
        let (done, total) = (p.done, p.total);
        post(&Response::Progress { id, done, total }, None);
    };
    let result = cosell_core::check_with_progress(&bytes, &options, &mut progress);
    match result {
        Ok(checked) => {
            let first = checked_answer(&name, &checked.report);
            let old = checked.report.template == cosell_core::TemplateId::Y2021;
            HELD.set(Some(Held {
                id,
                name,
                annotated: checked.annotated,
                report: checked.report,
                input: old.then_some(bytes),
            }));
            post(
                &Response::Checked {
                    id,
                    checked: Box::new(first),
                },
                None,
            );
        }
        Err(unreadable) => post(
            &Response::Failed {
                id,
                message: unreadable.message,
            },
            None,
        ),
    }
}

/// What a finished check shows first: the counts, the file's problems, what the filters offer
/// and the first page of issues (bounded, whatever the file).
fn checked_answer(name: &str, report: &Report) -> Checked {
    let mut seen = HashSet::new();
    let mut columns = Vec::new();
    let mut more_columns = false;
    for column in report.issues.iter().filter_map(|i| i.column.as_deref()) {
        if seen.contains(column) {
            continue;
        }
        if columns.len() == MAX_COLUMNS {
            more_columns = true;
            break;
        }
        seen.insert(column);
        columns.push(column.to_string());
    }
    let rules: Vec<String> = report
        .issues
        .iter()
        .map(|i| i.code)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|code| code.as_str().to_string())
        .collect();
    Checked {
        name: name.to_string(),
        template: Some(report.template),
        summary: report.summary,
        file_issues: report
            .file_issues
            .iter()
            .map(|i| FileIssue {
                code: i.code.as_str().to_string(),
                severity: i.severity.as_str().to_string(),
                message: i.message.clone(),
            })
            .collect(),
        not_listed: report
            .not_listed
            .iter()
            .map(|n| NotListed {
                code: n.code.as_str().to_string(),
                count: n.count,
            })
            .collect(),
        columns,
        more_columns,
        rules,
        issues: issue_page(report, &Filter::default(), 0),
    }
}

/// Page `page` of the issues that pass `filter`.
fn issue_page(report: &Report, filter: &Filter, page: usize) -> IssuePage {
    let keeps = |issue: &&cosell_core::Issue| {
        (filter.severity.is_empty() || issue.severity.as_str() == filter.severity)
            && (filter.column.is_empty() || issue.column.as_deref() == Some(&filter.column))
            && (filter.rule.is_empty() || issue.code.as_str() == filter.rule)
    };
    let matching = report.issues.iter().filter(keeps).count();
    let pages = matching.div_ceil(PAGE_SIZE).max(1);
    let page = page.min(pages - 1);
    let issues = report
        .issues
        .iter()
        .filter(keeps)
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|i| IssueRow {
            row: i.row,
            column: i.column.clone(),
            value: i.value.clone(),
            code: i.code.as_str().to_string(),
            severity: match i.severity {
                Severity::Error => "error".to_string(),
                Severity::Warning => "warning".to_string(),
            },
            message: i.message.clone(),
        })
        .collect();
    IssuePage {
        filter: filter.clone(),
        page,
        matching,
        listed: report.issues.len(),
        issues,
    }
}

/// Makes a download and sends it as a `Blob`, a byte-order mark first for the CSV files (Excel
/// reads UTF-8 right only with one).
fn download(held: &Held, which: Download) {
    let (kind, made) = match which {
        Download::Annotated => (outputs::Download::Annotated, Ok(None)),
        Download::ToFix => (
            outputs::Download::ToFix,
            outputs::select(&held.annotated, Rows::ToFix)
                .map(Some)
                .map_err(|e| e.to_string()),
        ),
        Download::Ready => (
            outputs::Download::Ready,
            outputs::select(&held.annotated, Rows::Ready)
                .map(Some)
                .map_err(|e| e.to_string()),
        ),
        Download::Batches => (
            outputs::Download::Batches,
            outputs::batches_zip(&held.annotated, Rows::All, &held.name)
                .map(Some)
                .map_err(|e| e.to_string()),
        ),
        Download::Upgraded => (
            outputs::Download::Upgraded,
            match &held.input {
                Some(input) => outputs::upgrade(input).map(Some).map_err(|e| e.to_string()),
                None => Err("the file is already in the current template".to_string()),
            },
        ),
    };
    let made = match made {
        Ok(made) => made,
        Err(error) => {
            let message = format!("The file could not be made: {error}");
            return post(
                &Response::Failed {
                    id: held.id,
                    message,
                },
                None,
            );
        }
    };
    let bytes = made.as_deref().unwrap_or(&held.annotated);
    let (parts, media) = match which {
        Download::Batches => (vec![bytes], "application/zip"),
        _ => (vec![BOM, bytes], "text/csv;charset=utf-8"),
    };
    let blob = blob(&parts, media);
    let name = outputs::download_name(&held.name, kind);
    post(
        &Response::File {
            id: held.id,
            which,
            name,
        },
        blob.as_ref(),
    );
}

/// A `Blob` of these bytes (copied out of the module's memory).
fn blob(parts: &[&[u8]], media: &str) -> Option<web_sys::Blob> {
    let array = js_sys::Array::new();
    for part in parts {
        array.push(&js_sys::Uint8Array::from(*part));
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options).ok()
}

/// Sends an answer to the page, with a `Blob` beside it.
fn post(response: &Response, blob: Option<&web_sys::Blob>) {
    let message = wire::to_js(response, blob.map(|b| ("blob", b.as_ref())));
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&message);
}

/// Today in the browser's time zone.
fn local_today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}
