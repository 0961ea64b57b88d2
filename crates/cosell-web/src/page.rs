// The page's module, included by `main.rs` (the page) and `workbook.rs` (the workbook module):
// one source, two builds.

mod dom;
mod lang;
mod panels;
mod protocol;
mod state;
mod wire;
mod worker;

use std::cell::RefCell;
use std::rc::Rc;

use cosell_core::outputs::{template_csv, BOM};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, MessageEvent, Worker};

use dom::{by_id, on, on_id, set_hidden};
use protocol::{Download, Filter, Request, Response};
use state::{update, Command, Msg, State};

/// The sample and the filled example: files beside the page (Trunk copies them from
/// `tests/golden/`), fetched when asked for rather than carried in the module.
const SAMPLE: &str = "sample-with-mistakes.csv";
const EXAMPLE: &str = "clean-current-template.csv";

/// The page: its state, and what carries out commands.
struct App {
    state: State,
    view: panels::View,
    worker: Worker,
    /// The file chosen last (read again to check it against another template or export).
    chosen: Option<web_sys::File>,
    /// The partner's export chosen to compare with (read again with each check).
    baseline: Option<web_sys::File>,
    /// The `Blob` that came with the worker's last answer.
    blob: JsValue,
    /// `?today=YYYY-MM-DD` from the page's address.
    today: Option<String>,
}

type Shared = Rc<RefCell<App>>;

fn main() {
    // In the worker the module only serves `worker::worker_message`.
    if web_sys::window().is_none() {
        return;
    }
    let max_megabytes = address_parameter("max-mb")
        .and_then(|v| v.parse::<u32>().ok())
        .map(f64::from)
        .unwrap_or(state::MAX_MEGABYTES);
    let app: Shared = Rc::new(RefCell::new(App {
        state: State::new(max_megabytes),
        view: panels::View::default(),
        worker: spawn_worker(),
        chosen: None,
        baseline: None,
        blob: JsValue::UNDEFINED,
        today: address_parameter("today"),
    }));
    listen_to_worker(&app);
    wire(&app);
    by_id::<web_sys::HtmlElement>("main")
        .set_attribute("data-ready", "true")
        .ok();
    // The language: `?lang=`, else the first of the browser's the page speaks.
    let chosen = address_parameter("lang")
        .and_then(|tag| lang::Lang::from_tag(&tag))
        .unwrap_or_else(|| {
            let languages = web_sys::window().map(|w| w.navigator().languages());
            let tags: Vec<String> = languages
                .map(|list| list.iter().filter_map(|t| t.as_string()).collect())
                .unwrap_or_default();
            lang::Lang::preferred(tags.iter().map(String::as_str))
        });
    dispatch(&app, Msg::LanguageChosen(chosen));
}

/// One message: the state changes, the commands are carried out, the panels redraw.
fn dispatch(app: &Shared, msg: Msg) {
    let commands = {
        let mut a = app.borrow_mut();
        let today = a.today.clone();
        update(&mut a.state, msg, today)
    };
    for command in commands {
        run(app, command);
    }
    let mut a = app.borrow_mut();
    let App { state, view, .. } = &mut *a;
    panels::render(state, view);
}

fn run(app: &Shared, command: Command) {
    let sample = matches!(command, Command::CheckSample(_));
    match command {
        Command::RestartWorker => {
            let worker = spawn_worker();
            let old = std::mem::replace(&mut app.borrow_mut().worker, worker);
            old.terminate();
            listen_to_worker(app);
        }
        Command::ReadAndCheck(request) | Command::CheckSample(request) => {
            // The files stay chosen: checked again against another template or export, they
            // are read again.
            let (file, baseline) = {
                let a = app.borrow();
                (a.chosen.clone(), a.baseline.clone())
            };
            let app = app.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = |file: web_sys::File| wasm_bindgen_futures::JsFuture::from(file.array_buffer());
                let bytes = match (sample, file) {
                    (true, _) => dom::fetch_bytes(SAMPLE).await,
                    (false, Some(file)) => read(file).await.map_err(|_| String::new()),
                    (false, None) => return,
                };
                let Request::Check { id, .. } = request else {
                    return;
                };
                let Ok(bytes) = bytes else {
                    return dispatch(&app, Msg::FileUnread { id });
                };
                // An export the browser cannot read (changed on the disk since): the upload is
                // checked alone, and that is said.
                let (export, unread) = match baseline {
                    Some(file) => match read(file.clone()).await {
                        Ok(export) => (Some(export), None),
                        Err(_) => (None, Some(file.name())),
                    },
                    None => (None, None),
                };
                post(&app, &request, Some(bytes), export);
                if let Some(name) = unread {
                    app.borrow_mut().baseline = None;
                    dispatch(&app, Msg::BaselineUnread(name));
                }
            });
        }
        Command::Post(request) => post(app, &request, None, None),
        Command::Save { name } => {
            let blob = app.borrow().blob.clone();
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                dom::save(&name, &blob);
            }
        }
        Command::LoadLanguage(chosen) => {
            let app = app.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = async {
                    let mut sources = Vec::new();
                    for file in chosen.files() {
                        sources.push(dom::fetch_text(file).await?);
                    }
                    let speaker = lang::make(chosen, sources.clone()).await?;
                    Ok::<_, String>((sources, speaker))
                };
                let loaded = loaded.await;
                // Another language was chosen meanwhile: this one is not spoken.
                if app.borrow().state.lang != chosen {
                    return;
                }
                match loaded {
                    Ok((sources, speaker)) => {
                        lang::speak(chosen, speaker);
                        let errors = app.borrow().state.errors_in_lang;
                        let request = Request::Speak {
                            lang: chosen,
                            sources,
                            errors,
                        };
                        post(&app, &request, None, None);
                    }
                    Err(error) => {
                        let error = lang::say(&lang::m::language_failed(chosen.name(), error));
                        dispatch(
                            &app,
                            Msg::LanguageFailed {
                                lang: chosen,
                                error,
                            },
                        );
                    }
                }
            });
        }
        Command::Localize(spoken) => {
            lang::localize(spoken);
            // Everything is drawn again, in the language spoken.
            app.borrow_mut().view = panels::View::default();
        }
        Command::LoadDocs => {
            let app = app.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = dom::fetch_text("rules.json").await.and_then(|text| {
                    let parsed =
                        js_sys::JSON::parse(&text).map_err(|_| "rules.json is not JSON")?;
                    wire::from_value(&parsed)
                        .ok_or_else(|| "rules.json is not the rules".to_string())
                });
                dispatch(&app, Msg::DocsLoaded(loaded));
            });
        }
    }
}

/// Sends a request to the worker, with the file's bytes and its export's (moved, not copied).
/// A file read after another was chosen (a large file read slowly) is not sent: it would
/// replace the later file's check in the worker.
fn post(app: &Shared, request: &Request, bytes: Option<JsValue>, baseline: Option<JsValue>) {
    let a = app.borrow();
    if let Request::Check { id, .. } = request {
        if *id != a.state.id {
            return;
        }
    }
    let attached: Vec<(&str, JsValue)> = [("bytes", bytes), ("baseline", baseline)]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect();
    let named: Vec<(&str, &JsValue)> = attached.iter().map(|(n, v)| (*n, v)).collect();
    let message = wire::to_js(request, &named);
    let transfer: js_sys::Array = attached.iter().map(|(_, value)| value).collect();
    let _ = a.worker.post_message_with_transfer(&message, &transfer);
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

fn listen_to_worker(app: &Shared) {
    let a = app.clone();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let Some(response) = wire::from_js::<Response>(&data) else {
            return;
        };
        // The worker speaks the language now: so does the page.
        if let Response::Spoken { lang, error } = response {
            let msg = match error {
                None => Msg::LanguageReady(lang),
                Some(error) => {
                    lang::speak(lang::Lang::En, None);
                    let error = lang::say(&lang::m::language_failed(lang.name(), error));
                    Msg::LanguageFailed { lang, error }
                }
            };
            dispatch(&a, msg);
            return;
        }
        a.borrow_mut().blob = wire::attachment(&data, "blob");
        dispatch(&a, Msg::Worker(response));
        a.borrow_mut().blob = JsValue::UNDEFINED;
    });
    app.borrow()
        .worker
        .set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
}

fn wire(app: &Shared) {
    let a = app.clone();
    on_id("file", "change", move |_: web_sys::Event| {
        let input: HtmlInputElement = by_id("file");
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            choose(&a, file);
        }
        input.set_value("");
    });
    let a = app.clone();
    on_id("sample", "click", move |_: web_sys::Event| {
        let name = SAMPLE.to_string();
        dispatch(&a, Msg::Sample { name });
    });
    on_id("template", "click", |_: web_sys::Event| {
        save_csv(
            "cosell-template.csv",
            &template_csv(cosell_core::TemplateId::Current),
        );
    });
    on_id("example", "click", |_: web_sys::Event| {
        wasm_bindgen_futures::spawn_local(async {
            if let Ok(buffer) = dom::fetch_bytes(EXAMPLE).await {
                save_csv(
                    "cosell-example.csv",
                    &js_sys::Uint8Array::new(&buffer).to_vec(),
                );
            }
        });
    });
    let a = app.clone();
    on_id("cancel", "click", move |_: web_sys::Event| {
        dispatch(&a, Msg::Cancel)
    });
    for (id, which) in [
        ("download-annotated", Download::Annotated),
        ("download-to-fix", Download::ToFix),
        ("download-ready", Download::Ready),
        ("download-batches", Download::Batches),
        ("download-upgraded", Download::Upgraded),
        ("download-changes", Download::Changes),
    ] {
        let a = app.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            dispatch(&a, Msg::DownloadAsked(which))
        });
    }
    for id in ["filter-severity", "filter-column", "filter-rule"] {
        let a = app.clone();
        on_id(id, "change", move |_: web_sys::Event| {
            let value = |id: &str| by_id::<HtmlSelectElement>(id).value();
            let filter = Filter {
                severity: value("filter-severity"),
                column: value("filter-column"),
                rule: value("filter-rule"),
            };
            dispatch(&a, Msg::FilterChanged(filter));
        });
    }
    let a = app.clone();
    on_id("language", "change", move |_: web_sys::Event| {
        let value = by_id::<HtmlSelectElement>("language").value();
        if let Some(chosen) = lang::Lang::from_tag(&value) {
            dispatch(&a, Msg::LanguageChosen(chosen));
        }
    });
    let a = app.clone();
    on_id("errors-language", "change", move |_: web_sys::Event| {
        let value = by_id::<HtmlSelectElement>("errors-language").value();
        dispatch(&a, Msg::ErrorsLanguage(value == "page"));
    });
    let a = app.clone();
    on_id("template-select", "change", move |_: web_sys::Event| {
        let value = by_id::<HtmlSelectElement>("template-select").value();
        let template = cosell_core::TemplateId::parse(&value);
        dispatch(&a, Msg::TemplateChosen(template));
    });
    for (id, step) in [("previous", -1isize), ("next", 1)] {
        let a = app.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            dispatch(&a, Msg::PageStep(step))
        });
    }
    // A click on a rule code anywhere opens that rule's documentation.
    let a = app.clone();
    on(
        &dom::document().into(),
        "click",
        move |event: web_sys::Event| {
            let code = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("[data-code]").ok().flatten())
                .and_then(|el| el.get_attribute("data-code"));
            if let Some(code) = code {
                dispatch(&a, Msg::RuleOpened(code));
            }
        },
    );
    on_id("rule-close", "click", |_: web_sys::Event| {
        by_id::<web_sys::HtmlDialogElement>("rule").close();
    });
    // However the dialog closes (the button, Escape), the state hears of it.
    let a = app.clone();
    on_id("rule", "close", move |_: web_sys::Event| {
        dispatch(&a, Msg::RuleClosed)
    });
    let a = app.clone();
    on_id("baseline-file", "change", move |_: web_sys::Event| {
        let input: HtmlInputElement = by_id("baseline-file");
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            compare_with(&a, Some(file));
        }
        input.set_value("");
    });
    let a = app.clone();
    on_id("baseline-clear", "click", move |_: web_sys::Event| {
        compare_with(&a, None)
    });
    let a = app.clone();
    on_id("leave-out-unchanged", "change", move |_: web_sys::Event| {
        let leave_out = by_id::<HtmlInputElement>("leave-out-unchanged").checked();
        dispatch(&a, Msg::KeepUnchanged(!leave_out));
    });
    wire_fixes(app);
    wire_grid(app);
    wire_drop(app);
}

/// The partner's export was chosen or dropped (or put away). One over the size limit is not
/// kept: the export chosen before, if any, is still the one compared with.
fn compare_with(app: &Shared, file: Option<web_sys::File>) {
    let chosen = file.as_ref().map(|f| (f.name(), f.size()));
    let before = std::mem::replace(&mut app.borrow_mut().baseline, file);
    dispatch(app, Msg::BaselineChosen(chosen));
    let mut a = app.borrow_mut();
    if a.state.baseline_problem.is_some() {
        a.baseline = before;
    }
}

/// The grid: open, page, close; keys move between cells and edit them.
fn wire_grid(app: &Shared) {
    for (id, msg) in [
        ("open-grid", Msg::GridOpened { all: false }),
        ("open-grid-all", Msg::GridOpened { all: true }),
        ("grid-close", Msg::GridClosed),
        ("grid-previous", Msg::GridPageStep(-1)),
        ("grid-next", Msg::GridPageStep(1)),
    ] {
        let a = app.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            dispatch(&a, msg.clone())
        });
    }
    let a = app.clone();
    on_id("grid", "keydown", move |event: web_sys::KeyboardEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let key = event.key();
        // Editing: Enter or Tab keeps the value, Escape puts the cell back.
        if let Ok(input) = target.clone().dyn_into::<HtmlInputElement>() {
            let Some(td) = input.closest("td").ok().flatten() else {
                return;
            };
            match key.as_str() {
                "Enter" | "Tab" => {
                    event.prevent_default();
                    keep_edit(&a, &input, &td);
                }
                "Escape" => {
                    event.prevent_default();
                    let _ = input.set_attribute("data-done", "");
                    stop_editing(&td);
                }
                _ => {}
            }
            return;
        }
        let Some((row, index)) = cell_place(&target) else {
            return;
        };
        let next = match key.as_str() {
            "ArrowLeft" => target.previous_element_sibling(),
            "ArrowRight" => target.next_element_sibling(),
            "ArrowUp" | "ArrowDown" => {
                let tr = target.parent_element();
                let other = tr.and_then(|tr| {
                    if key == "ArrowUp" {
                        tr.previous_element_sibling()
                    } else {
                        tr.next_element_sibling()
                    }
                });
                other.and_then(|tr| {
                    tr.query_selector(&format!("td[data-column=\"{index}\"]"))
                        .ok()
                        .flatten()
                })
            }
            "Enter" | "F2" => {
                event.prevent_default();
                start_editing(&a, &target, row, index);
                return;
            }
            _ => return,
        };
        event.prevent_default();
        if let Some(next) = next.filter(|n| n.get_attribute("role").as_deref() == Some("gridcell"))
        {
            move_focus(&target, &next);
        }
    });
    // Leaving the cell keeps what was typed, as Enter does.
    let a = app.clone();
    on_id("grid", "focusout", move |event: web_sys::FocusEvent| {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|i| !i.has_attribute("data-done")) {
            if let Some(td) = input.closest("td").ok().flatten() {
                keep_edit(&a, &input, &td);
            }
        }
    });
    let a = app.clone();
    on_id("grid", "dblclick", move |event: web_sys::MouseEvent| {
        let td = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("td[role=gridcell]").ok().flatten());
        if let Some(td) = td {
            if let Some((row, index)) = cell_place(&td) {
                start_editing(&a, &td, row, index);
            }
        }
    });
}

/// Keeps what was typed in a cell (once: the text box is then done).
fn keep_edit(app: &Shared, input: &HtmlInputElement, cell: &Element) {
    if input.has_attribute("data-done") {
        return;
    }
    let _ = input.set_attribute("data-done", "");
    let after = input.value();
    stop_editing(cell);
    if let Some((row, index)) = cell_place(cell) {
        dispatch(app, Msg::CellEdited { row, index, after });
    }
}

/// A grid cell's row and header index.
fn cell_place(cell: &Element) -> Option<(usize, usize)> {
    let number = |name: &str| cell.get_attribute(name)?.parse().ok();
    Some((number("data-row")?, number("data-column")?))
}

/// Moves the grid's one tab stop, and the focus, from one cell to another.
fn move_focus(from: &Element, to: &Element) {
    let _ = from.set_attribute("tabindex", "-1");
    let _ = to.set_attribute("tabindex", "0");
    if let Ok(to) = to.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = to.focus();
    }
}

/// Puts a text box in a cell, holding the cell's value as read.
fn start_editing(app: &Shared, cell: &Element, row: usize, index: usize) {
    if cell.query_selector("input").ok().flatten().is_some() {
        return;
    }
    let value = {
        let a = app.borrow();
        let page = a.state.grid.page.as_ref();
        page.and_then(|page| {
            let position = page.columns.iter().position(|(i, _)| *i == index)?;
            let line = page.rows.iter().find(|r| r.row == row)?;
            line.cells.get(position).cloned()
        })
    };
    let Some(value) = value else { return };
    let Ok(input) = dom::element("input", "", "").dyn_into::<HtmlInputElement>() else {
        return;
    };
    input.set_value(&value);
    let column = by_id::<Element>("grid")
        .query_selector(&format!(
            "thead th:nth-child({})",
            cell_column_position(cell) + 1
        ))
        .ok()
        .flatten()
        .and_then(|th| th.text_content())
        .unwrap_or_default();
    let label = lang::say(&lang::m::grid_cell(row.to_string(), column));
    let _ = input.set_attribute("aria-label", &label);
    for part in ["cell-text", "problem-note"] {
        if let Ok(parts) = cell.query_selector_all(&format!(".{part}")) {
            for i in 0..parts.length() {
                if let Some(el) = parts
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    el.set_hidden(true);
                }
            }
        }
    }
    let _ = cell.append_child(&input);
    let _ = input.focus();
    input.select();
}

/// The cell's place among its row's cells (the row header is 0).
fn cell_column_position(cell: &Element) -> u32 {
    let mut n = 0;
    let mut at = cell.previous_element_sibling();
    while let Some(el) = at {
        n += 1;
        at = el.previous_element_sibling();
    }
    n
}

/// Takes the text box out of a cell and shows its value again, focused.
fn stop_editing(cell: &Element) {
    if let Some(input) = cell.query_selector("input").ok().flatten() {
        input.remove();
    }
    if let Ok(parts) = cell.query_selector_all("[hidden]") {
        for i in 0..parts.length() {
            if let Some(el) = parts
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                el.set_hidden(false);
            }
        }
    }
    if let Ok(cell) = cell.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = cell.focus();
    }
}

/// The suggested fixes: open the list, tick, apply, undo; and leaving with unsaved changes.
fn wire_fixes(app: &Shared) {
    for (id, msg) in [
        ("apply-fixes", Msg::FixesOpened),
        ("fix-cancel", Msg::FixesClosed),
        ("fix-apply", Msg::FixesApplied),
        ("undo", Msg::Undo),
    ] {
        let a = app.clone();
        on_id(id, "click", move |_: web_sys::Event| {
            dispatch(&a, msg.clone())
        });
    }
    let a = app.clone();
    on_id("fix-groups", "change", move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let ticked = input.checked();
        let number = |name: &str| input.get_attribute(name).and_then(|v| v.parse().ok());
        let msg = match input.get_attribute("data-fix-rule") {
            Some(code) => Msg::FixRuleTicked { code, ticked },
            None => match (number("data-fix-row"), number("data-fix-index")) {
                (Some(row), Some(index)) => Msg::FixTicked { row, index, ticked },
                _ => return,
            },
        };
        dispatch(&a, msg);
    });
    // Changes live only in this tab: leaving with some not downloaded asks first.
    let a = app.clone();
    on(
        &web_sys::window().expect_throw("no window").into(),
        "beforeunload",
        move |event: web_sys::BeforeUnloadEvent| {
            if a.borrow().state.unsaved {
                event.prevent_default();
                event.set_return_value("");
            }
        },
    );
}

/// A file was chosen or dropped.
fn choose(app: &Shared, file: web_sys::File) {
    let (name, size) = (file.name(), file.size());
    app.borrow_mut().chosen = Some(file);
    dispatch(app, Msg::FileChosen { name, size });
}

/// Drop a file anywhere on the page.
fn wire_drop(app: &Shared) {
    let root: web_sys::EventTarget = dom::document().into();
    on(&root, "dragover", |event: web_sys::DragEvent| {
        event.prevent_default();
        set_hidden("drop-overlay", false);
    });
    on(&root, "dragleave", |event: web_sys::DragEvent| {
        if event.related_target().is_none() {
            set_hidden("drop-overlay", true);
        }
    });
    let a = app.clone();
    on(&root, "drop", move |event: web_sys::DragEvent| {
        event.prevent_default();
        set_hidden("drop-overlay", true);
        let file = event
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        // Dropped on the export's place: the export to compare with; anywhere else: the file.
        let on_baseline = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("#baseline").ok().flatten())
            .is_some();
        match file {
            Some(file) if on_baseline => compare_with(&a, Some(file)),
            Some(file) => choose(&a, file),
            None => {}
        }
    });
}

/// Saves a CSV file made on the main thread (the template, the example), with the byte-order
/// mark every CSV file of ours starts with (the example already has one or is ASCII).
fn save_csv(name: &str, bytes: &[u8]) {
    let parts = js_sys::Array::new();
    if !bytes.starts_with(BOM) {
        parts.push(&js_sys::Uint8Array::from(BOM));
    }
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
        dom::save(name, &blob);
    }
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
