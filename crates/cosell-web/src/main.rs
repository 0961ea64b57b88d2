//! The page. The markup is static (`www/index.html`); this wires its controls, sends files to
//! the worker (`www/worker.js`), and shows the answer. It holds no rule logic and parses no
//! CSV: numbers and messages come from the core, through the worker; rule documentation and
//! file names come from the core directly.
//!
//! The page ships one wasm module: this crate links the binding (`cosell-wasm`), whose exports
//! (`validateBytes`, `rowsToFix`, …) the worker calls on the same compiled module, which the
//! page hands to it. On the main thread the module runs the page; in the worker, only the
//! binding.

// Linked for its exports, which the worker uses.
use cosell_wasm as _;

mod dom;
mod report;

use std::cell::RefCell;
use std::rc::Rc;

use cosell_core::outputs::{download_name, template_csv, Download};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlButtonElement, HtmlElement, HtmlInputElement, HtmlSelectElement, MessageEvent,
    Worker,
};

use dom::{append, by_id, element, on_id, set_hidden, set_text};
use report::{distinct, Filter, Validation};

/// The issues shown on one page of the list.
const PAGE_SIZE: usize = 100;

const SAMPLE: &[u8] = include_bytes!("../../../tests/golden/sample-with-mistakes.csv");
const EXAMPLE: &[u8] = include_bytes!("../../../tests/golden/clean-template.csv");

/// What the page knows.
struct State {
    worker: Worker,
    /// The name of the file being checked or shown.
    name: String,
    shown: Option<Validation>,
    /// Indexes into `shown.issues` that pass the filter.
    visible: Vec<usize>,
    filter: Filter,
    page: usize,
    /// Counts the files sent to the worker, so that a late answer for an earlier file is dropped.
    generation: u64,
}

type Shared = Rc<RefCell<State>>;

fn main() {
    // In the worker the module only serves the binding's exports.
    if web_sys::window().is_none() {
        return;
    }
    let state: Shared = Rc::new(RefCell::new(State {
        worker: spawn_worker(),
        name: String::new(),
        shown: None,
        visible: Vec::new(),
        filter: Filter::default(),
        page: 0,
        generation: 0,
    }));
    listen_to_worker(&state);
    wire(&state);
    by_id::<HtmlElement>("main")
        .set_attribute("data-ready", "true")
        .ok();
}

#[wasm_bindgen]
extern "C" {
    type ImportMeta;

    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;

    /// `import.meta` of this module's JavaScript glue.
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
}

/// Starts the worker and hands it this very module, compiled, and the address of its glue: the
/// worker instantiates it without fetching or compiling anything.
fn spawn_worker() -> Worker {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker =
        Worker::new_with_options("./worker.js", &options).expect_throw("cannot start the checker");
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"start".into());
    let _ = js_sys::Reflect::set(&message, &"module".into(), &wasm_bindgen::module());
    let glue = IMPORT_META.with(ImportMeta::url);
    let _ = js_sys::Reflect::set(&message, &"glue".into(), &glue.into());
    let _ = worker.post_message(&message);
    worker
}

fn wire(state: &Shared) {
    let s = state.clone();
    on_id("file", "change", move |_: web_sys::Event| {
        let input: HtmlInputElement = by_id("file");
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            check_file(&s, file);
        }
        input.set_value("");
    });

    let s = state.clone();
    on_id("sample", "click", move |_: web_sys::Event| {
        let bytes = js_sys::Uint8Array::from(SAMPLE);
        check_bytes(&s, "sample-with-mistakes.csv", bytes.buffer().into());
    });
    on_id("template", "click", |_: web_sys::Event| {
        let bytes = js_sys::Uint8Array::from(template_csv().as_slice());
        dom::save("cosell-template.csv", &dom::blob(&bytes, "text/csv"));
    });
    on_id("example", "click", |_: web_sys::Event| {
        let bytes = js_sys::Uint8Array::from(EXAMPLE);
        dom::save("cosell-example.csv", &dom::blob(&bytes, "text/csv"));
    });

    let s = state.clone();
    on_id("cancel", "click", move |_: web_sys::Event| {
        let mut st = s.borrow_mut();
        st.worker.terminate();
        st.worker = spawn_worker();
        drop(st);
        listen_to_worker(&s);
        working(false);
        set_text("status", "Check cancelled.");
    });

    for (id, which) in [
        ("download-annotated", "annotated"),
        ("download-to-fix", "to-fix"),
        ("download-ready", "ready"),
        ("download-batches", "batches"),
    ] {
        let s = state.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"download".into());
            let _ = js_sys::Reflect::set(&message, &"which".into(), &which.into());
            let _ = s.borrow().worker.post_message(&message);
        });
    }

    for id in ["filter-severity", "filter-column", "filter-rule"] {
        let s = state.clone();
        on_id(id, "change", move |_: web_sys::Event| {
            let value = |id: &str| by_id::<HtmlSelectElement>(id).value();
            let mut st = s.borrow_mut();
            st.filter = Filter {
                severity: value("filter-severity"),
                column: value("filter-column"),
                rule: value("filter-rule"),
            };
            st.page = 0;
            refilter(&mut st);
            render_page(&st);
        });
    }
    for (id, step) in [("previous", -1isize), ("next", 1)] {
        let s = state.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            let mut st = s.borrow_mut();
            let pages = st.visible.len().div_ceil(PAGE_SIZE).max(1);
            st.page = st.page.saturating_add_signed(step).min(pages - 1);
            render_page(&st);
        });
    }

    // A click on a rule code anywhere opens that rule's documentation.
    dom::on(&dom::document().into(), "click", |event: web_sys::Event| {
        let code = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("[data-code]").ok().flatten())
            .and_then(|el| el.get_attribute("data-code"));
        if let Some(code) = code {
            show_rule(&code);
        }
    });
    on_id("rule-close", "click", |_: web_sys::Event| {
        by_id::<web_sys::HtmlDialogElement>("rule").close();
    });

    wire_drop(state);
}

/// Drop a file anywhere on the page.
fn wire_drop(state: &Shared) {
    let root: web_sys::EventTarget = dom::document().into();
    dom::on(&root, "dragover", |event: web_sys::DragEvent| {
        event.prevent_default();
        set_hidden("drop-overlay", false);
    });
    dom::on(&root, "dragleave", |event: web_sys::DragEvent| {
        if event.related_target().is_none() {
            set_hidden("drop-overlay", true);
        }
    });
    let s = state.clone();
    dom::on(&root, "drop", move |event: web_sys::DragEvent| {
        event.prevent_default();
        set_hidden("drop-overlay", true);
        let file = event
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            check_file(&s, file);
        }
    });
}

/// The largest file the page checks (`?max-mb=N` lowers it, e.g. for a portal): the worker holds
/// the file, its annotated copy and the report at once, several times the file's size.
const MAX_MEGABYTES: f64 = 256.0;

fn check_file(state: &Shared, file: web_sys::File) {
    let state = state.clone();
    let name = file.name();
    let limit = address_parameter("max-mb")
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(MAX_MEGABYTES, |v| v.min(MAX_MEGABYTES));
    let megabytes = file.size() / 1_048_576.0;
    if megabytes > limit {
        set_hidden("results", true);
        set_text(
            "status",
            &format!(
                "{name} is too large to check here: {megabytes:.0} MB, and this page takes up to {limit:.0} MB. Check it with the cosell command line, or split it first."
            ),
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => check_bytes(&state, &name, buffer),
            Err(_) => set_text("status", &format!("Could not read {name}.")),
        }
    });
}

/// Sends a file's bytes to the worker (moved, not copied).
fn check_bytes(state: &Shared, name: &str, buffer: JsValue) {
    let mut st = state.borrow_mut();
    st.name = name.to_string();
    st.generation += 1;
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"validate".into());
    let _ = js_sys::Reflect::set(&message, &"name".into(), &name.into());
    let _ = js_sys::Reflect::set(&message, &"bytes".into(), &buffer);
    if let Some(today) = today_from_address() {
        let _ = js_sys::Reflect::set(&message, &"today".into(), &today.into());
    }
    let transfer = js_sys::Array::of1(&buffer);
    if st
        .worker
        .post_message_with_transfer(&message, &transfer)
        .is_ok()
    {
        set_text("progress-label", &format!("Checking {name}…"));
        by_id::<web_sys::HtmlProgressElement>("progress").set_value(0.0);
        working(true);
        // The previous file's answer goes away: it must not pass for this file's.
        set_hidden("results", true);
        set_text("status", &format!("Checking {name}…"));
    }
}

/// `?today=YYYY-MM-DD` in the page's address fixes the date that close dates are compared with
/// (as `cosell check --today` does), for reproducible demos and tests; the browser's date
/// otherwise.
fn today_from_address() -> Option<String> {
    address_parameter("today")
}

/// A `name=value` parameter of the page's address.
fn address_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .map(str::to_string)
}

fn working(on: bool) {
    set_hidden("working", !on);
    by_id::<HtmlButtonElement>("sample").set_disabled(on);
}

fn listen_to_worker(state: &Shared) {
    let s = state.clone();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let field =
            |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        match field("type").as_string().as_deref() {
            Some("progress") => {
                let (done, total) = (field("done").as_f64(), field("total").as_f64());
                if let (Some(done), Some(total)) = (done, total) {
                    let progress: web_sys::HtmlProgressElement = by_id("progress");
                    progress.set_value(if total > 0.0 { done / total } else { 1.0 });
                }
            }
            Some("result") => {
                working(false);
                let generation = s.borrow().generation;
                wasm_bindgen_futures::spawn_local(receive(s.clone(), field("result"), generation));
            }
            Some("error") => {
                working(false);
                let message = field("message").as_string().unwrap_or_default();
                let name = s.borrow().name.clone();
                set_text("status", &format!("{name} could not be checked. {message}"));
            }
            Some("file") => {
                let which = field("which").as_string().unwrap_or_default();
                let content = field("content");
                let input = field("name").as_string().unwrap_or_default();
                let (download, media) = match which.as_str() {
                    "to-fix" => (Download::ToFix, "text/csv"),
                    "ready" => (Download::Ready, "text/csv"),
                    "batches" => (Download::Batches, "application/zip"),
                    _ => (Download::Annotated, "text/csv"),
                };
                dom::save(
                    &download_name(&input, download),
                    &dom::blob(&content, media),
                );
            }
            _ => {}
        }
    });
    state
        .borrow()
        .worker
        .set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
}

/// Issues read from the worker's answer per main-thread task: each task stays short however
/// many issues a file has.
const ISSUES_PER_TASK: u32 = 5000;

/// Reads the worker's answer in slices, yielding to the browser between them, then shows it.
async fn receive(state: Shared, result: JsValue, generation: u64) {
    match read_in_slices(&result).await {
        Ok(validation) => {
            let mut st = state.borrow_mut();
            if st.generation == generation {
                show(&mut st, validation);
            }
        }
        Err(error) => set_text("status", &format!("Could not show the result: {error}")),
    }
}

async fn read_in_slices(result: &JsValue) -> Result<Validation, serde_wasm_bindgen::Error> {
    let field = |key: &str| js_sys::Reflect::get(result, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let issues: js_sys::Array = field("issues").unchecked_into();
    let values: js_sys::Array = field("issueValues").unchecked_into();
    let mut validation = Validation {
        summary: serde_wasm_bindgen::from_value(field("summary"))?,
        file_issues: serde_wasm_bindgen::from_value(field("fileIssues"))?,
        issues: Vec::with_capacity(issues.length() as usize),
        issue_values: Vec::with_capacity(issues.length() as usize),
    };
    let mut start = 0;
    while start < issues.length() {
        let end = (start + ISSUES_PER_TASK).min(issues.length());
        let part: Vec<report::Issue> =
            serde_wasm_bindgen::from_value(issues.slice(start, end).into())?;
        let part_values: Vec<String> =
            serde_wasm_bindgen::from_value(values.slice(start, end).into())?;
        validation.issues.extend(part);
        validation.issue_values.extend(part_values);
        start = end;
        next_task().await;
    }
    Ok(validation)
}

/// Resolves in a later task, letting the browser handle input and paint in between.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Shows a new answer: the summary card, the file's problems, the downloads, the list.
fn show(st: &mut State, validation: Validation) {
    let s = &validation.summary;
    for (id, n) in [
        ("count-rows", s.rows),
        ("count-create", s.create),
        ("count-update", s.update),
        ("count-not-processed", s.not_processed),
        ("count-errors", s.errors),
        ("count-warnings", s.warnings),
    ] {
        set_text(id, &n.to_string());
    }
    set_text("file-name", &st.name);

    let list = dom::clear("file-issue-list");
    for issue in &validation.file_issues {
        let item = element("li", &issue.severity, "");
        append(&item, &severity_label(&issue.severity));
        append(&item, &element("span", "", &format!(" {} ", issue.message)));
        append(&item, &rule_button(&issue.code));
        append(&list, &item);
    }
    set_hidden("file-issues", validation.file_issues.is_empty());

    by_id::<HtmlElement>("split-offer").set_hidden(s.rows <= cosell_core::MAX_ROWS as u64);
    by_id::<HtmlButtonElement>("download-to-fix").set_disabled(s.not_processed == 0);
    by_id::<HtmlButtonElement>("download-ready").set_disabled(s.create + s.update == 0);

    fill_select(
        "filter-column",
        distinct(validation.issues.iter().filter_map(|i| i.column.as_deref()))
            .into_iter()
            .map(|c| (c.to_string(), c.to_string())),
    );
    let mut codes = distinct(validation.issues.iter().map(|i| i.code.as_str()));
    codes.sort_unstable();
    fill_select(
        "filter-rule",
        codes.into_iter().map(|code| {
            let title = cosell_core::Code::parse(code).map_or("", |c| c.rule().title);
            (code.to_string(), format!("{code}: {title}"))
        }),
    );
    for id in ["filter-severity", "filter-column", "filter-rule"] {
        by_id::<HtmlSelectElement>(id).set_value("");
    }

    let verdict = if s.errors == 0 {
        format!(
            "No errors: Partner Center would create {} and update {}.",
            plural(s.create, "deal", "deals"),
            plural(s.update, "deal", "deals")
        )
    } else {
        format!(
            "Partner Center would not process {} of {}; {} and {} found.",
            plural(s.not_processed, "row", "rows"),
            s.rows,
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
        )
    };
    set_text("status", &format!("Checked {}. {verdict}", st.name));

    st.shown = Some(validation);
    st.filter = Filter::default();
    st.page = 0;
    refilter(st);
    render_page(st);
    set_hidden("results", false);
}

fn refilter(st: &mut State) {
    st.visible = match &st.shown {
        Some(v) => (0..v.issues.len())
            .filter(|&i| st.filter.keeps(&v.issues[i]))
            .collect(),
        None => Vec::new(),
    };
}

/// Renders one page of the issue list: at most `PAGE_SIZE` rows, however many issues there are.
fn render_page(st: &State) {
    let Some(validation) = &st.shown else { return };
    let body = dom::clear("issue-rows");
    let start = st.page * PAGE_SIZE;
    let end = (start + PAGE_SIZE).min(st.visible.len());
    for &i in &st.visible[start..end] {
        let issue = &validation.issues[i];
        let tr = element("tr", "", "");
        append(&tr, &element("td", "", &issue.row.to_string()));
        append(
            &tr,
            &element("td", "", issue.column.as_deref().unwrap_or("(whole row)")),
        );
        let value = validation.issue_values.get(i).map_or("", String::as_str);
        append(&tr, &element("td", "value", value));
        let severity = element("td", "", "");
        append(&severity, &severity_label(&issue.severity));
        append(&tr, &severity);
        append(&tr, &element("td", "", &issue.message));
        let rule = element("td", "", "");
        append(&rule, &rule_button(&issue.code));
        append(&tr, &rule);
        append(&body, &tr);
    }
    let total = validation.issues.len();
    let shown = if st.visible.is_empty() {
        if total == 0 {
            "No problems in the rows.".to_string()
        } else {
            "No problems match the filter.".to_string()
        }
    } else {
        format!(
            "Showing {}–{} of {} problems{}.",
            start + 1,
            end,
            st.visible.len(),
            if st.visible.len() < total {
                format!(" (filtered from {total})")
            } else {
                String::new()
            }
        )
    };
    set_text("shown", &shown);
    by_id::<HtmlButtonElement>("previous").set_disabled(st.page == 0);
    by_id::<HtmlButtonElement>("next").set_disabled(end >= st.visible.len());
}

/// "Error" or "Warning" in words, with a symbol: colour is never the only signal.
fn severity_label(severity: &str) -> Element {
    let text = match severity {
        "error" => "✖ Error",
        _ => "⚠ Warning",
    };
    element("span", &format!("sev {severity}"), text)
}

fn rule_button(code: &str) -> Element {
    let button = element("button", "link", code);
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("data-code", code);
    let _ = button.set_attribute(
        "aria-label",
        &format!("Rule {code}: show its documentation"),
    );
    button
}

fn fill_select(id: &str, options: impl Iterator<Item = (String, String)>) {
    let select = dom::clear(id);
    let all = element("option", "", "All");
    let _ = all.set_attribute("value", "");
    append(&select, &all);
    for (value, label) in options {
        let option = element("option", "", &label);
        let _ = option.set_attribute("value", &value);
        append(&select, &option);
    }
}

fn show_rule(code: &str) {
    let Some(rule) = cosell_core::Code::parse(code).map(|c| c.rule()) else {
        return;
    };
    set_text(
        "rule-title",
        &format!(
            "{} {} ({}): {}",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            rule.title
        ),
    );
    let docs = dom::clear("rule-docs");
    for (term, text) in [
        ("What it checks", rule.checks),
        ("Why it matters", rule.why),
        ("Example", rule.example),
        ("How to fix it", rule.fix),
    ] {
        append(&docs, &element("dt", "", term));
        append(&docs, &element("dd", "", text));
    }
    let _ = by_id::<web_sys::HtmlDialogElement>("rule").show_modal();
}
