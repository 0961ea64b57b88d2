//! The worker's side: it checks a file with the core, keeps the result (the annotated file and
//! the report), and answers the page's requests about it: a page of issues, a download. The
//! page's main thread only ever holds what one screen shows; the worker holds the file.
//!
//! `www/worker.js` instantiates this very module (the page hands it over) and passes every
//! message to [`worker_message`]; answers go back with `postMessage`. It also fetches, the first
//! time they are needed, the ZIP writer's module (through `worker.js`) and the translated
//! documentation (a header with names no template has).

use std::cell::RefCell;
use std::collections::HashSet;

use cosell_core::outputs::{self, Rows, BOM};
use cosell_core::{Report, Severity};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::lang::{self, Lang};
use crate::protocol::{
    Checked, Download, FileIssue, Filter, Fix, FixGroup, GridPage, GridRow, Id, IssuePage,
    IssueRow, NotListed, Request, Response, GRID_PAGE, MAX_COLUMNS, MAX_FIXES_LISTED, PAGE_SIZE,
};
use crate::wire;

/// The check the worker keeps: the latest one.
struct Held {
    id: Id,
    name: String,
    /// The latest version: its annotated file (every change made in it), report and outcomes.
    checked: cosell_core::Checked,
    /// The file itself, kept only when it is in the 2021 template: the upgrade to the current
    /// one is made from it (from the annotated file once changes are made).
    input: Option<Vec<u8>>,
    /// How it was checked (to check it again once changed), the sheet aside.
    options: cosell_core::Options<'static>,
    /// The sheet it was read from, when it was a workbook's.
    #[cfg(feature = "workbook")]
    sheet: Option<cosell_core::sheet::Sheet>,
    /// The partner's export it is compared with, read.
    #[cfg(feature = "workbook")]
    baseline: Option<std::rc::Rc<cosell_core::baseline::Baseline>>,
    /// Every change made on the page, in order.
    changes: Vec<cosell_core::Change>,
    /// The versions before the last changes, for Undo (the latest last).
    history: Vec<Version>,
    /// The fixes offered for this version, once listed (made from this list when applied).
    offered: Option<Vec<cosell_core::Change>>,
}

impl Held {
    /// How it was checked: the options, with the sheet it was read from.
    fn options(&self) -> cosell_core::Options<'_> {
        cosell_core::Options {
            #[cfg(feature = "workbook")]
            sheet: self.sheet.as_ref(),
            #[cfg(feature = "workbook")]
            baseline: self.baseline.as_deref(),
            ..self.options
        }
    }
}

/// The file as it was before some changes.
struct Version {
    checked: cosell_core::Checked,
    /// How many changes had been made then.
    changes: usize,
}

/// How many versions Undo can go back (each holds an annotated file).
const MAX_UNDO: usize = 20;

thread_local! {
    static HELD: RefCell<Option<Held>> = const { RefCell::new(None) };
    /// The check asked for last (a check that waited for the translations is dropped when
    /// another was asked for meanwhile).
    static LATEST: std::cell::Cell<Id> = const { std::cell::Cell::new(0) };
    /// Microsoft's translated documentation, once fetched; whether it was tried.
    static TRANSLATIONS: std::cell::Cell<Option<&'static cosell_core::translations::Translations>> =
        const { std::cell::Cell::new(None) };
    static TRIED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The latest check was handed over to the workbook module (a workbook was dropped, or an
    /// export to compare with came along): the requests about it go there too.
    static HANDED_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// In the page's module: the latest check came with an export, but the workbook module could
    /// not take it (not fetched, or trapped): it is checked here without the export, and says so.
    static UNCOMPARED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// In the workbook module: the requests that came while a language was being made, answered
    /// once it is (the page's language is told to the module just before its first workbook).
    #[cfg(feature = "workbook")]
    static WAITING: RefCell<Option<Vec<JsValue>>> = const { RefCell::new(None) };
    /// In the workbook module: the export read last, kept while the page compares with it (the
    /// same bytes with the next upload are not read again).
    #[cfg(feature = "workbook")]
    static EXPORT: RefCell<cosell_workbook::KeptExport> =
        RefCell::new(cosell_workbook::KeptExport::default());
}

/// Microsoft's translated documentation of the template, beside the page (Trunk copies it from
/// `crates/cosell-core/data/`): fetched the first time a header has names no template has, so
/// that the module does not carry it.
const TRANSLATION_FILES: [&str; 2] = ["doc-translations.tsv", "doc-translations-variants.tsv"];

/// Handles one message from the page (called by `www/worker.js`).
#[wasm_bindgen(js_name = workerMessage)]
pub fn worker_message(data: JsValue) {
    #[cfg(feature = "workbook")]
    if WAITING.with_borrow_mut(|waiting| waiting.as_mut().map(|w| w.push(data.clone()))).is_some() {
        return;
    }
    let Some(request) = wire::from_js::<Request>(&data) else {
        let message = lang::say(&lang::m::unknown_request());
        return post(&Response::Failed { id: 0, message }, None);
    };
    // The page's module hands a workbook, or a file with an export to compare with, over to
    // the workbook module (the worker with the workbook reader and the comparison, fetched
    // then), and the requests about it after it.
    if !cfg!(feature = "workbook") {
        let workbook = match &request {
            Request::Check { id, .. } => {
                // A check of this module's still waiting for the translations is not this one.
                LATEST.set(*id);
                let bytes = wire::attachment(&data, "bytes");
                let head = js_sys::Uint8Array::new(&bytes).subarray(0, 64 << 10).to_vec();
                let compared = !wire::attachment(&data, "baseline").is_undefined();
                UNCOMPARED.set(compared);
                let before = HANDED_OVER.replace(compared || cosell_core::is_workbook(&head));
                HELD.set(None);
                if before && !HANDED_OVER.get() {
                    // The workbook module's file and export are not needed any more (told only
                    // when it is running).
                    let forget = wire::to_js(&Request::Forget, &[]);
                    hand_over("cosellForget", &forget);
                }
                HANDED_OVER.get()
            }
            // Said here, and to the workbook module (now, or when it starts).
            Request::Speak { .. } => {
                hand_over("cosellSpoken", &data);
                false
            }
            _ => HANDED_OVER.get(),
        };
        if workbook {
            if hand_over("cosellWorkbook", &data) {
                return;
            }
            // No workbook module to take it: this module answers, and the requests after it
            // come here too.
            HANDED_OVER.set(false);
        } else {
            UNCOMPARED.set(false);
        }
    }
    match request {
        Request::Check {
            id,
            name,
            today,
            template,
        } => {
            let bytes = js_sys::Uint8Array::new(&wire::attachment(&data, "bytes")).to_vec();
            #[cfg(feature = "workbook")]
            let baseline = Some(wire::attachment(&data, "baseline"))
                .filter(|b| !b.is_undefined())
                .map(|b| js_sys::Uint8Array::new(&b).to_vec());
            #[cfg(not(feature = "workbook"))]
            let baseline = ();
            check(id, name, today, template, bytes, baseline);
        }
        #[cfg(not(feature = "workbook"))]
        Request::Speak {
            lang,
            sources,
            errors,
        } => wasm_bindgen_futures::spawn_local(speak(lang, sources, errors)),
        #[cfg(feature = "workbook")]
        Request::Speak {
            lang,
            sources,
            errors,
        } => {
            WAITING.set(Some(Vec::new()));
            wasm_bindgen_futures::spawn_local(async move {
                speak(lang, sources, errors).await;
                for data in WAITING.take().unwrap_or_default() {
                    worker_message(data);
                }
            });
        }
        // Only the workbook module lets go (the page's module may be handed it back when the
        // workbook module cannot be fetched, after it has checked a file of its own).
        #[cfg(feature = "workbook")]
        Request::Forget => {
            HELD.set(None);
            EXPORT.take();
            // Nor a check waiting for the translations.
            LATEST.set(0);
        }
        #[cfg(not(feature = "workbook"))]
        Request::Forget => {}
        Request::Issues { id, filter, page } => HELD.with_borrow(|held| match held {
            Some(held) if held.id == id => post(
                &Response::Issues {
                    id,
                    issues: issue_page(&held.checked.report, &filter, page),
                },
                None,
            ),
            _ => {}
        }),
        Request::Download {
            id,
            which,
            keep_unchanged,
        } => HELD.with_borrow(|held| match held {
            Some(held) if held.id == id => download(held, which, keep_unchanged),
            _ => {}
        }),
        Request::Fixes { id } => HELD.with_borrow_mut(|held| match held {
            Some(held) if held.id == id => post(
                &Response::Fixes {
                    id,
                    groups: fix_groups(held),
                },
                None,
            ),
            _ => {}
        }),
        Request::ApplyFixes {
            id,
            next,
            skip_rules,
            skip,
        } => HELD.with_borrow_mut(|held| match held {
            Some(held) if held.id == id => apply_fixes(held, next, &skip_rules, &skip),
            _ => {}
        }),
        Request::Undo { id, next } => HELD.with_borrow_mut(|held| match held {
            Some(held) if held.id == id => undo(held, next),
            _ => {}
        }),
        Request::Rows { id, all, page } => HELD.with_borrow(|held| match held {
            Some(held) if held.id == id => post(
                &Response::Rows {
                    id,
                    grid: grid_page(held, all, page),
                },
                None,
            ),
            _ => {}
        }),
        Request::Edit { id, next, cell } => HELD.with_borrow_mut(|held| match held {
            Some(held) if held.id == id => {
                let change = cosell_core::Change {
                    row: cell.row,
                    index: cell.index,
                    column: cell.column,
                    before: cell.before,
                    after: cell.after,
                    code: None,
                };
                // One cell: its row alone is checked again when no other row depends on it.
                let edited = outputs::edit(&held.checked, &held.options(), &[change]);
                keep_version(held, next, edited);
            }
            _ => {}
        }),
    }
}

/// A page of the grid: the rows with errors (or all), the columns named by problems first (the
/// Errors column left out: it is ours), each row's problems.
fn grid_page(held: &Held, all: bool, page: usize) -> GridPage {
    let report = &held.checked.report;
    let with_errors: std::collections::BTreeSet<usize> = report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| i.row)
        .collect();
    let wanted = |row: usize| all || with_errors.contains(&row);
    let Ok(cells) = outputs::checked_row_cells(&held.checked, wanted, page * GRID_PAGE, GRID_PAGE)
    else {
        return GridPage::default();
    };
    let named: HashSet<&str> = report
        .issues
        .iter()
        .filter_map(|i| i.column.as_deref())
        .collect();
    let mut order: Vec<usize> = (0..cells.header.len())
        .filter(|&i| cells.header[i] != "Errors")
        .collect();
    // Stable: the columns with problems first, each group in the header's order.
    order.sort_by_key(|&i| !named.contains(cells.header[i].as_str()));
    let index_of = |name: &str| cells.header.iter().position(|h| h == name);
    let rows = cells
        .rows
        .into_iter()
        .map(|(row, values)| {
            let problems = report.issues[report.row_issues(row)]
                .iter()
                .map(|i| {
                    (
                        i.column.as_deref().and_then(index_of),
                        i.severity.as_str().to_string(),
                        lang::say(&i.data),
                    )
                })
                .collect();
            let cells = order
                .iter()
                .map(|&i| values.get(i).cloned().unwrap_or_default())
                .collect();
            GridRow {
                row,
                cells,
                problems,
                changes: changes(report, row),
            }
        })
        .collect();
    GridPage {
        all,
        page,
        total: cells.picked,
        columns: order
            .iter()
            .map(|&i| (i, cells.header[i].clone()))
            .collect(),
        rows,
    }
}

/// What an update row changes in its deal, in words, when compared with an export.
#[cfg(feature = "workbook")]
fn changes(report: &Report, row: usize) -> Vec<String> {
    let Some(update) = report.updates.iter().flatten().find(|u| u.row == row) else {
        return Vec::new();
    };
    if update.unchanged {
        return vec![lang::say(&lang::m::grid_unchanged())];
    }
    update
        .changes
        .iter()
        .map(|c| {
            let (column, before, after) = (c.column.clone(), c.before.clone(), c.after.clone());
            lang::say(&lang::m::grid_changed(column, before, after))
        })
        .collect()
}

/// Nothing is compared in the page's module (it hands a file with an export over).
#[cfg(not(feature = "workbook"))]
fn changes(_: &Report, _: usize) -> Vec<String> {
    Vec::new()
}

/// Every fix the rules offer for the file held (its current version), found once.
fn offered(held: &mut Held) -> &[cosell_core::Change] {
    if held.offered.is_none() {
        let fixes = cosell_core::fixes(&held.checked.annotated, &held.options());
        held.offered = Some(fixes.unwrap_or_default());
    }
    held.offered.as_deref().unwrap_or_default()
}

/// The fixes, by rule in code order, each rule's first [`MAX_FIXES_LISTED`] listed.
fn fix_groups(held: &mut Held) -> Vec<FixGroup> {
    let mut groups: Vec<FixGroup> = Vec::new();
    let mut changes: Vec<&cosell_core::Change> = offered(held).iter().collect();
    changes.sort_by_key(|c| c.code);
    for change in changes {
        let Some(code) = change.code else { continue };
        if groups.last().is_none_or(|g| g.code != code.as_str()) {
            groups.push(FixGroup {
                code: code.as_str().to_string(),
                title: code.rule().title.to_string(),
                count: 0,
                fixes: Vec::new(),
            });
        }
        let Some(group) = groups.last_mut() else {
            continue;
        };
        group.count += 1;
        if group.fixes.len() < MAX_FIXES_LISTED {
            group.fixes.push(Fix {
                row: change.row,
                index: change.index,
                column: change.column.clone(),
                before: change.before.clone(),
                after: change.after.clone(),
            });
        }
    }
    groups
}

/// Makes the fixes offered but those skipped; the corrected file becomes check `next`.
fn apply_fixes(held: &mut Held, next: Id, skip_rules: &[String], skip: &[(usize, usize)]) {
    let chosen: Vec<cosell_core::Change> = offered(held)
        .iter()
        .filter(|c| {
            let rule = c.code.map_or("", |code| code.as_str());
            !skip_rules.iter().any(|s| s == rule) && !skip.contains(&(c.row, c.index))
        })
        .cloned()
        .collect();
    // Only the rows they change are checked again, when no other row depends on them.
    let fixed = outputs::edit(&held.checked, &held.options(), &chosen);
    keep_version(held, next, fixed);
}

/// The file held with changes made and checked again becomes check `next`; the version before
/// is kept for Undo.
fn keep_version(held: &mut Held, next: Id, fixed: Result<outputs::Fixed, cosell_core::Unreadable>) {
    let fixed = match fixed {
        Ok(fixed) => fixed,
        Err(unreadable) => {
            // The file stays as it was, as check `next` (the page asked about that one).
            held.id = next;
            let reason = lang::say(&unreadable.data);
            let message = lang::say(&lang::m::changes_not_made(reason));
            return post(&Response::Failed { id: next, message }, None);
        }
    };
    if held.history.len() == MAX_UNDO {
        held.history.remove(0);
    }
    held.history.push(Version {
        checked: std::mem::replace(&mut held.checked, fixed.checked),
        changes: held.changes.len(),
    });
    held.changes.extend(fixed.changes);
    held.offered = None;
    show_version(held, next);
}

/// Goes back to the version before the last changes; it becomes check `next`.
fn undo(held: &mut Held, next: Id) {
    if let Some(version) = held.history.pop() {
        held.checked = version.checked;
        held.changes.truncate(version.changes);
        held.offered = None;
    }
    show_version(held, next);
}

/// The held file is check `next` now: the page is told what it shows.
fn show_version(held: &mut Held, next: Id) {
    held.id = next;
    post(
        &Response::Fixed {
            id: next,
            checked: Box::new(checked_answer(&held.name, &held.checked.report)),
            changes: held.changes.len(),
            undo: !held.history.is_empty(),
        },
        None,
    );
}

/// Hands a message to the workbook module through `www/worker.js`'s `function` (which fetches
/// the module the first time): false when there is none to hand it to (the module could not be
/// fetched: then this module answers, as it did before there was one: a workbook is not a CSV
/// file).
fn hand_over(function: &str, data: &JsValue) -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &function.into())
        .ok()
        .and_then(|forward| forward.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|forward| forward.call1(&global, data).is_ok())
}

/// The sheet a check's text was read from: a workbook's, in the workbook module; nothing in
/// the page's module, which reads no workbook.
#[cfg(feature = "workbook")]
type SheetRead = Option<cosell_core::sheet::Sheet>;
#[cfg(not(feature = "workbook"))]
type SheetRead = ();

/// The bytes of the export a check compares with: in the workbook module; nothing in the
/// page's module, which hands such a check over.
#[cfg(feature = "workbook")]
type BaselineBytes = Option<Vec<u8>>;
#[cfg(not(feature = "workbook"))]
type BaselineBytes = ();

fn check(
    id: Id,
    name: String,
    today: Option<String>,
    template: Option<cosell_core::TemplateId>,
    bytes: Vec<u8>,
    baseline: BaselineBytes,
) {
    // The previous file goes first: two files need not fit at once; so does an export not
    // compared with any more (even when this file cannot be read).
    HELD.set(None);
    LATEST.set(id);
    #[cfg(feature = "workbook")]
    if baseline.is_none() {
        EXPORT.take();
    }
    // A workbook (in the workbook module): its sheet as CSV text, checked with its cells' facts.
    #[cfg(feature = "workbook")]
    let (bytes, sheet) = match cosell_workbook::format(&bytes) {
        None => (bytes, None),
        Some(_) => match cosell_workbook::read(&bytes, None, &cosell_workbook::LIMITS) {
            Ok(read) => (read.text.into_bytes(), Some(read.sheet)),
            Err(unreadable) => {
                let message = lang::say(&unreadable.data);
                return post(&Response::Failed { id, message }, None);
            }
        },
    };
    #[cfg(not(feature = "workbook"))]
    let sheet = ();
    check_text(id, name, today, template, bytes, sheet, baseline);
}

/// Checks a file's text (a workbook's sheet's, with `sheet`) and keeps it.
#[cfg_attr(not(feature = "workbook"), allow(clippy::only_used_in_recursion))]
fn check_text(
    id: Id,
    name: String,
    today: Option<String>,
    template: Option<cosell_core::TemplateId>,
    bytes: Vec<u8>,
    sheet: SheetRead,
    baseline_bytes: BaselineBytes,
) {
    let asked_today = today.clone();
    let today = match today.as_deref().map(cosell_core::iso_date) {
        Some(Some(date)) => date,
        Some(None) => {
            let message = lang::say(&lang::m::bad_today());
            return post(&Response::Failed { id, message }, None);
        }
        None => local_today(),
    };
    let options = cosell_core::Options {
        max_annotated: Some(cosell_core::BROWSER_MAX_ANNOTATED),
        template,
        // Where each row is: a typed cell or a fix rewrites its row without reading the file.
        lines: true,
        translations: TRANSLATIONS.get(),
        ..cosell_core::Options::new(today)
    };
    let mut progress = |p: cosell_core::Progress| {
        let (done, total) = (p.done, p.total);
        post(&Response::Progress { id, done, total }, None);
    };
    // The export, read with the translations there are (again after they are fetched), unless
    // it is the one read last.
    #[cfg(feature = "workbook")]
    let baseline = baseline_bytes
        .as_deref()
        .map(|bytes| EXPORT.with_borrow_mut(|kept| kept.read(bytes, TRANSLATIONS.get())));
    #[cfg(feature = "workbook")]
    let export_unusable = baseline
        .as_deref()
        .is_some_and(|b| matches!(b, cosell_core::baseline::Baseline::Unusable(_)));
    #[cfg(not(feature = "workbook"))]
    let export_unusable = false;
    let result = cosell_core::check_with_progress(
        &bytes,
        &cosell_core::Options {
            #[cfg(feature = "workbook")]
            sheet: sheet.as_ref(),
            #[cfg(feature = "workbook")]
            baseline: baseline.as_deref(),
            ..options
        },
        &mut progress,
    );
    match result {
        // Column names no template has: perhaps a translated page's. The translations are
        // fetched (once) and the file checked again with them.
        // So may an export's: read without them, it is no export.
        Ok(checked)
            if !TRIED.get()
                && (cosell_core::translations::wanted(&checked.report) || export_unusable) =>
        {
            drop(checked);
            TRIED.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                // Both files, or none (a failed fetch leaves the file checked without them).
                let mut parts = Vec::new();
                for file in TRANSLATION_FILES {
                    parts.push(fetch_text(file).await);
                }
                if let Some(parts) = parts.into_iter().collect::<Option<Vec<String>>>() {
                    let parsed = cosell_core::translations::parse(&parts.concat());
                    TRANSLATIONS.set(Some(Box::leak(Box::new(parsed))));
                    // An export read without them is read again with them.
                    #[cfg(feature = "workbook")]
                    EXPORT.take();
                }
                if LATEST.get() == id {
                    check_text(id, name, asked_today, template, bytes, sheet, baseline_bytes);
                }
            });
        }
        Ok(checked) => {
            let first = checked_answer(&name, &checked.report);
            let old = checked.report.template == cosell_core::TemplateId::Y2021;
            HELD.set(Some(Held {
                id,
                name,
                checked,
                input: old.then_some(bytes),
                options,
                #[cfg(feature = "workbook")]
                sheet,
                #[cfg(feature = "workbook")]
                baseline,
                changes: Vec::new(),
                history: Vec::new(),
                offered: None,
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
                message: lang::say(&unreadable.data),
            },
            None,
        ),
    }
}

/// The text of one of the page's own files, from the worker.
async fn fetch_text(path: &str) -> Option<String> {
    let global = js_sys::global();
    let fetch: js_sys::Function = js_sys::Reflect::get(&global, &"fetch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = fetch.call1(&global, &path.into()).ok()?.dyn_into().ok()?;
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
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
        file_issues: file_issues(report),
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
        fixable: report.issues.iter().filter(|i| i.fix.is_some()).count(),
        #[cfg(feature = "workbook")]
        unchanged: report.summary.unchanged,
        #[cfg(not(feature = "workbook"))]
        unchanged: None,
    }
}

/// The findings about the whole file, in the language spoken.
fn file_issues(report: &Report) -> Vec<FileIssue> {
    let mut issues: Vec<FileIssue> = report
        .file_issues
        .iter()
        .map(|i| FileIssue {
            code: i.code.as_str().to_string(),
            severity: i.severity.as_str().to_string(),
            message: lang::say(&i.data),
        })
        .collect();
    if UNCOMPARED.get() {
        let message = lang::say(&lang::m::compare_unavailable());
        issues.insert(0, FileIssue {
            code: cosell_core::Code::BaselineUnusable.as_str().to_string(),
            severity: Severity::Warning.as_str().to_string(),
            message,
        });
    }
    issues
}

thread_local! {
    /// Each language's localizer, made once (the Errors column's speaker lives as long as the
    /// worker: the core takes a `'static` one).
    static SPEAKERS: RefCell<Vec<(Lang, &'static lang::Speaker, cosell_core::Speaker)>> =
        const { RefCell::new(Vec::new()) };
    /// Whether the downloads' Errors column is in the language spoken.
    static ERRORS_IN_LANG: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// From now on the worker speaks `lang` (made from `sources` the first time), and writes the
/// downloads' Errors column in it when `errors`; says so to the page.
async fn speak(lang: Lang, sources: Vec<String>, errors: bool) {
    ERRORS_IN_LANG.set(errors);
    let known = SPEAKERS.with_borrow(|s| s.iter().find(|k| k.0 == lang).map(|k| k.1));
    let speaker = match known {
        Some(speaker) => Ok(Some(speaker)),
        None => match lang::make(lang, sources).await {
            Ok(Some(made)) => {
                let made: &'static lang::Speaker = Box::leak(Box::new(made));
                let errors: &'static dyn Fn(&cosell_core::message::Message) -> String =
                    Box::leak(Box::new(|message: &cosell_core::message::Message| {
                        lang::say_with(made, message)
                    }));
                let errors = cosell_core::Speaker(errors);
                SPEAKERS.with_borrow_mut(|s| s.push((lang, made, errors)));
                Ok(Some(made))
            }
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        },
    };
    let error = match speaker {
        Ok(speaker) => {
            lang::speak(lang, speaker.cloned());
            None
        }
        Err(error) => {
            lang::speak(Lang::En, None);
            Some(error)
        }
    };
    post(&Response::Spoken { lang, error }, None);
    // What the page shows of the file, in this language.
    HELD.with_borrow(|held| {
        if let Some(held) = held {
            let issues = file_issues(&held.checked.report);
            post(
                &Response::FileIssues {
                    id: held.id,
                    issues,
                },
                None,
            );
        }
    });
}

/// The annotated file a download is made from: as checked (English Errors), or checked again
/// with its Errors column in the language spoken when the page asked for that.
fn annotated(held: &Held) -> Result<std::borrow::Cow<'_, [u8]>, String> {
    let lang = lang::speaking();
    if !ERRORS_IN_LANG.get() || lang == Lang::En {
        return Ok(std::borrow::Cow::Borrowed(&held.checked.annotated));
    }
    let errors = SPEAKERS.with_borrow(|s| s.iter().find(|k| k.0 == lang).map(|k| k.2));
    let Some(errors) = errors else {
        return Ok(std::borrow::Cow::Borrowed(&held.checked.annotated));
    };
    let options = cosell_core::Options {
        errors_in: Some(errors),
        lines: false,
        ..held.options()
    };
    cosell_core::check(&held.checked.annotated, &options)
        .map(|checked| std::borrow::Cow::Owned(checked.annotated))
        .map_err(|unreadable| lang::say(&unreadable.data))
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
            message: lang::say(&i.data),
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

/// Says that download `id` could not be made, and why.
fn not_made(id: Id, error: String) {
    let message = lang::say(&lang::m::file_not_made(error));
    post(&Response::Failed { id, message }, None);
}

/// Makes a download and sends it as a `Blob`, a byte-order mark first for the CSV files (Excel
/// reads UTF-8 right only with one).
fn download(held: &Held, which: Download, keep_unchanged: bool) {
    let annotated = match annotated(held) {
        Ok(annotated) => annotated,
        Err(error) => return not_made(held.id, error),
    };
    let (kind, made) = match which {
        Download::Annotated => (outputs::Download::Annotated, Ok(None)),
        Download::ToFix => (
            outputs::Download::ToFix,
            outputs::select(&annotated, Rows::ToFix)
                .map(Some)
                .map_err(|e| e.to_string()),
        ),
        Download::Ready => (
            outputs::Download::Ready,
            ready(held, &annotated, keep_unchanged)
                .map(Some)
                .map_err(|e| e.to_string()),
        ),
        Download::Batches => return batches(held, &annotated),
        Download::Upgraded => (
            outputs::Download::Upgraded,
            match &held.input {
                // Once changed on the page, the file is its annotated copy.
                // A translated page's names are read with the translations fetched, if any.
                Some(_) if !held.changes.is_empty() => {
                    outputs::upgrade_with(&held.checked.annotated, held.options.translations)
                        .map(Some)
                        .map_err(|e| e.to_string())
                }
                Some(input) => outputs::upgrade_with(input, held.options.translations)
                    .map(Some)
                    .map_err(|e| e.to_string()),
                None => Err(lang::say(&lang::m::already_current())),
            },
        ),
        Download::Changes => (
            outputs::Download::Changes,
            Ok(Some(outputs::changes_csv(&held.changes))),
        ),
    };
    let made = match made {
        Ok(made) => made,
        Err(error) => return not_made(held.id, error),
    };
    let bytes = made.as_deref().unwrap_or(&annotated);
    let blob = blob(&[BOM, bytes], "text/csv;charset=utf-8");
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

/// The rows ready to upload: compared with an export, without the rows it has just so (unless
/// they are to be kept).
#[cfg(feature = "workbook")]
fn ready(
    held: &Held,
    annotated: &[u8],
    keep_unchanged: bool,
) -> Result<Vec<u8>, outputs::NotAnnotated> {
    let updates = held.checked.report.updates.iter().flatten();
    let unchanged: Vec<usize> = updates
        .filter(|u| u.unchanged && !keep_unchanged)
        .map(|u| u.row)
        .collect();
    outputs::select_leaving_out(annotated, Rows::Ready, &unchanged)
}

/// The rows ready to upload (the page's module compares nothing).
#[cfg(not(feature = "workbook"))]
fn ready(_: &Held, annotated: &[u8], _: bool) -> Result<Vec<u8>, outputs::NotAnnotated> {
    outputs::select(annotated, Rows::Ready)
}

#[wasm_bindgen]
extern "C" {
    /// `www/worker.js`: fetches the ZIP writer (`crates/cosell-zip`) the first time, and zips
    /// the files into a `Uint8Array`.
    #[wasm_bindgen(js_name = cosellZip, catch)]
    fn cosell_zip(names: js_sys::Array, files: js_sys::Array) -> Result<js_sys::Promise, JsValue>;
}

/// The 1,000-row batches in one ZIP, made by the ZIP writer's own module (fetched when first
/// needed: the page's module stays small), sent when it is made.
fn batches(held: &Held, annotated: &[u8]) {
    let (id, which) = (held.id, Download::Batches);
    let name = outputs::download_name(&held.name, outputs::Download::Batches);
    let files = match outputs::batch_files(annotated, Rows::All, &held.name) {
        Ok(files) => files,
        Err(error) => {
            return not_made(id, error.to_string());
        }
    };
    let (names, parts) = (js_sys::Array::new(), js_sys::Array::new());
    for (name, bytes) in files {
        names.push(&JsValue::from(name));
        parts.push(&js_sys::Uint8Array::from(bytes.as_slice()));
    }
    let zipping = cosell_zip(names, parts);
    wasm_bindgen_futures::spawn_local(async move {
        let zipped = match zipping {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await,
            Err(error) => Err(error),
        };
        match zipped {
            Ok(zip) => {
                let array = js_sys::Array::of1(&zip);
                let options = web_sys::BlobPropertyBag::new();
                options.set_type("application/zip");
                let blob =
                    web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options).ok();
                post(&Response::File { id, which, name }, blob.as_ref());
            }
            Err(error) => {
                let reason = error.dyn_ref::<js_sys::Error>().map_or_else(
                    || "unknown error".to_string(),
                    |e| String::from(e.message()),
                );
                let message = lang::say(&lang::m::zip_not_made(reason));
                post(&Response::Failed { id, message }, None);
            }
        }
    });
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
    let attached: Vec<(&str, &JsValue)> = blob.map(|b| ("blob", b.as_ref())).into_iter().collect();
    let message = wire::to_js(response, &attached);
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
