//! The grid: the rows to correct (or every row), one page at a time, the columns with problems
//! first, each problem cell marked with its message. Keyboard first (the `role="grid"`
//! pattern: one cell in the tab order, arrows move, Enter or F2 edits); `main.rs` turns the
//! keys into messages, the worker makes the change and checks the file again.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement, HtmlElement};

use super::{plural, Memo};
use crate::dom::{append, by_id, clear, element, set_hidden, set_text};
use crate::lang::{m as t, say};
use crate::protocol::{GridPage, GRID_PAGE};
use crate::state::State;

/// What the grid was drawn from: open or not, which rows, the page of rows. Not the check
/// shown, nor the cell to focus: a changed file is drawn when its rows come, not before (a
/// large table drawn twice would keep the summary waiting).
type Drawn = (bool, bool, Option<GridPage>);

#[derive(Default)]
pub struct Memos {
    drawn: Memo<Option<Drawn>>,
}

pub fn render(state: &State, memos: &mut Memos) {
    if state.shown.is_none() {
        memos.drawn.changed(None);
        return;
    }
    let grid = &state.grid;
    let Some(before) = memos
        .drawn
        .replaced(Some((grid.open, grid.all, grid.page.clone())))
    else {
        return;
    };
    set_hidden("grid-box", !grid.open);
    by_id::<HtmlButtonElement>("open-grid").set_disabled(grid.open && !grid.all);
    by_id::<HtmlButtonElement>("open-grid-all").set_disabled(grid.open && grid.all);
    let Some(page) = grid.page.as_ref().filter(|_| grid.open) else {
        clear("grid");
        set_text(
            "grid-shown",
            &if grid.open {
                say(&t::grid_reading())
            } else {
                String::new()
            },
        );
        return;
    };
    let pages = page.total.div_ceil(GRID_PAGE).max(1);
    let first = page.page * GRID_PAGE;
    set_text(
        "grid-shown",
        &say(&match page.total {
            0 => t::grid_no_errors(),
            total => {
                let (first, last) = (first + 1, first + page.rows.len());
                let total = plural(total, t::rows_one, t::rows);
                if page.all {
                    t::grid_shown_all(first, last, total)
                } else {
                    t::grid_shown_errors(first, last, total)
                }
            }
        }),
    );
    by_id::<HtmlButtonElement>("grid-previous").set_disabled(page.page == 0);
    by_id::<HtmlButtonElement>("grid-next").set_disabled(page.page + 1 >= pages);
    // The same rows and columns as drawn (a cell changed): only the rows that differ are drawn
    // again, so that an edit does not redraw thousands of cells.
    match before.flatten() {
        Some((true, _, Some(drawn))) if same_rows(&drawn, page) => patch(&drawn, page, grid.focus),
        _ => draw(&clear("grid"), page, grid.focus),
    }
}

/// Whether two pages show the same rows in the same columns.
fn same_rows(drawn: &GridPage, page: &GridPage) -> bool {
    drawn.all == page.all
        && drawn.page == page.page
        && drawn.columns == page.columns
        && drawn.rows.len() == page.rows.len()
        && drawn
            .rows
            .iter()
            .zip(&page.rows)
            .all(|(a, b)| a.row == b.row)
}

/// Draws again the rows of `page` that differ from those `drawn`.
fn patch(drawn: &GridPage, page: &GridPage, focus: Option<(usize, usize)>) {
    let table = by_id::<Element>("grid");
    let _ = table.set_attribute("aria-rowcount", &(page.total + 1).to_string());
    let Ok(Some(body)) = table.query_selector("tbody") else {
        return draw(&clear("grid"), page, focus);
    };
    let rows = body.child_nodes();
    let tabbed = tabbed(page, focus);
    for (n, (old, new)) in drawn.rows.iter().zip(&page.rows).enumerate() {
        if old != new {
            if let Some(tr) = rows.item(n as u32) {
                let _ = body.replace_child(&row_element(page, n, new, tabbed), &tr);
            }
        }
    }
    // One cell in the tab order: the one edited last, else the first.
    if let Ok(cells) = table.query_selector_all("td[tabindex='0']") {
        for i in 0..cells.length() {
            if let Some(cell) = cells.item(i).and_then(|c| c.dyn_into::<Element>().ok()) {
                let _ = cell.set_attribute("tabindex", "-1");
            }
        }
    }
    if let Some(cell) = tabbed.and_then(|(row, index)| cell(row, index)) {
        let _ = cell.set_attribute("tabindex", "0");
    }
    focus_cell(focus);
}

/// The cell in the tab order: the one edited last, when shown, else the first.
fn tabbed(page: &GridPage, focus: Option<(usize, usize)>) -> Option<(usize, usize)> {
    focus
        .filter(|(row, _)| page.rows.iter().any(|r| r.row == *row))
        .or_else(|| {
            let row = page.rows.first()?.row;
            Some((row, page.columns.first()?.0))
        })
}

fn focus_cell(focus: Option<(usize, usize)>) {
    if let Some(cell) = focus.and_then(|(row, index)| cell(row, index)) {
        let _ = cell.focus();
    }
}

fn draw(table: &Element, page: &GridPage, focus: Option<(usize, usize)>) {
    let _ = table.set_attribute("aria-rowcount", &(page.total + 1).to_string());
    let head = element("thead", "", "");
    let tr = element("tr", "", "");
    let _ = tr.set_attribute("role", "row");
    append(&tr, &header_cell(&say(&t::page_column_row())));
    for (_, name) in &page.columns {
        append(&tr, &header_cell(name));
    }
    append(&head, &tr);
    append(table, &head);
    let body = element("tbody", "", "");
    let tabbed = tabbed(page, focus);
    for (n, line) in page.rows.iter().enumerate() {
        append(&body, &row_element(page, n, line, tabbed));
    }
    append(table, &body);
    focus_cell(focus);
}

/// The `<tr>` of one row of the page (the `n`th).
fn row_element(
    page: &GridPage,
    n: usize,
    line: &crate::protocol::GridRow,
    tabbed: Option<(usize, usize)>,
) -> Element {
    {
        let tr = element("tr", "", "");
        let _ = tr.set_attribute("role", "row");
        let _ = tr.set_attribute(
            "aria-rowindex",
            &(page.page * GRID_PAGE + n + 2).to_string(),
        );
        let row_head = element("th", "", &line.row.to_string());
        let _ = row_head.set_attribute("role", "rowheader");
        let _ = row_head.set_attribute("scope", "row");
        for (_, severity, message) in line.problems.iter().filter(|p| p.0.is_none()) {
            let note = element("span", "problem-note", &note(severity, message));
            append(&row_head, &note);
        }
        // Compared with an export: what the row changes in its deal.
        if !line.changes.is_empty() {
            let list = element("ul", "changes", "");
            let _ = list.set_attribute("data-testid", "changes");
            for change in &line.changes {
                append(&list, &element("li", "", change));
            }
            append(&row_head, &list);
        }
        append(&tr, &row_head);
        for ((index, _), value) in page.columns.iter().zip(&line.cells) {
            let td = element("td", "", "");
            let _ = td.set_attribute("role", "gridcell");
            let _ = td.set_attribute("data-row", &line.row.to_string());
            let _ = td.set_attribute("data-column", &index.to_string());
            let focused = tabbed == Some((line.row, *index));
            let _ = td.set_attribute("tabindex", if focused { "0" } else { "-1" });
            append(&td, &element("span", "cell-text", value));
            let problems: Vec<_> = line
                .problems
                .iter()
                .filter(|p| p.0 == Some(*index))
                .collect();
            if let Some((_, severity, _)) = problems.first() {
                td.set_class_name(&format!("problem-{severity}"));
            }
            for (_, severity, message) in problems {
                append(
                    &td,
                    &element("span", "problem-note", &note(severity, message)),
                );
            }
            append(&tr, &td);
        }
        tr
    }
}

/// A problem in a cell: `Error: …` (the severity in words, in the page's language).
fn note(severity: &str, message: &str) -> String {
    let word = say(&if severity == "error" {
        t::severity_error()
    } else {
        t::severity_warning()
    });
    format!("{word}: {message}")
}

fn header_cell(name: &str) -> Element {
    let th = element("th", "", name);
    let _ = th.set_attribute("role", "columnheader");
    let _ = th.set_attribute("scope", "col");
    th
}

/// The grid's cell of a row and header index, when it is drawn.
pub fn cell(row: usize, index: usize) -> Option<HtmlElement> {
    by_id::<Element>("grid")
        .query_selector(&format!("td[data-row=\"{row}\"][data-column=\"{index}\"]"))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}
