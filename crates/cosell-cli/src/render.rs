//! Text for people: the report and the rules. Colour goes through `anstream`, which drops it
//! when the output is not a terminal (or `NO_COLOR` is set).

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use cosell_core::{Change, Code, Report, Rule, Severity};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The changes `cosell fix` made, one line each, then a blank line.
pub fn changes(out: &mut impl Write, changes: &[Change]) -> io::Result<()> {
    writeln!(
        out,
        "{BOLD}Changed {}{BOLD:#}",
        plural(changes.len(), "cell", "cells")
    )?;
    for change in changes {
        let code = change
            .code
            .map_or(String::new(), |c| format!("  {DIM}{c}{DIM:#}"));
        writeln!(
            out,
            "  row {:<5}  {}: {} → {}{code}",
            change.row,
            change.column,
            shown(&change.before),
            shown(&change.after)
        )?;
    }
    writeln!(out)
}

/// A cell in single quotes, its line breaks shown as spaces.
fn shown(cell: &str) -> String {
    format!("'{}'", cell.replace(['\r', '\n'], " "))
}

/// The report as a summary line, the file-level findings, the row findings and a verdict.
pub fn report(out: &mut impl Write, name: &str, report: &Report) -> io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "{BOLD}{name}{BOLD:#} ({}): {}: {} create, {} update, {} not processed; {}, {}",
        report.template.template().label,
        plural(s.rows, "row", "rows"),
        s.create,
        s.update,
        s.not_processed,
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
    )?;
    if !report.file_issues.is_empty() {
        writeln!(out, "\n{BOLD}File{BOLD:#}")?;
        for issue in &report.file_issues {
            finding(out, "", issue.severity, issue.code, &issue.message)?;
        }
    }
    if !report.issues.is_empty() {
        writeln!(out, "\n{BOLD}Rows{BOLD:#}")?;
        for issue in &report.issues {
            let place = format!("row {:<5}  ", issue.row);
            finding(out, &place, issue.severity, issue.code, &issue.message)?;
        }
    }
    writeln!(out)?;
    if report.has_errors() {
        let style = severity_style(Severity::Error);
        writeln!(
            out,
            "{style}Partner Center would not process {} of {}.{style:#} Fix the errors, or upload the annotated file's rows without errors first.",
            plural(s.not_processed, "row", "rows"),
            s.rows
        )
    } else {
        writeln!(
            out,
            "No errors: Partner Center would create {} and update {}.",
            plural(s.create, "deal", "deals"),
            plural(s.update, "deal", "deals")
        )
    }
}

/// One finding's line: where, severity, code, message.
fn finding(
    out: &mut impl Write,
    place: &str,
    severity: Severity,
    code: Code,
    message: &str,
) -> io::Result<()> {
    let style = severity_style(severity);
    writeln!(
        out,
        "  {place}{style}{:<7}{style:#}  {DIM}{code}{DIM:#}  {message}",
        severity.as_str()
    )
}

/// Every rule with its documentation, for `cosell rules`.
pub fn rules(out: &mut impl Write, rules: &[&Rule]) -> io::Result<()> {
    for (i, rule) in rules.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let style = severity_style(rule.severity);
        writeln!(
            out,
            "{BOLD}{}{BOLD:#}  {}  {style}{}{style:#} ({}; {} template{})",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            rule.scope.as_str(),
            rule.templates.as_str(),
            if rule.templates == cosell_core::Templates::All {
                "s"
            } else {
                ""
            },
        )?;
        writeln!(out, "  {BOLD}{}{BOLD:#}", rule.title)?;
        let docs = rule.docs();
        for (label, text) in [
            ("Checks", docs.checks),
            ("Why", docs.why),
            ("Example", docs.example),
            ("Fix", docs.fix),
            ("Offers", docs.offers),
        ] {
            if !text.is_empty() {
                writeln!(out, "  {DIM}{label:<8}{DIM:#} {text}")?;
            }
        }
    }
    Ok(())
}

/// The rules as a Markdown table: the README's rules table is this text.
pub fn rules_markdown(rules: &[&Rule]) -> String {
    let mut md = String::from(
        "| Code | Name | Severity | Scope | Templates | Offers a fix | What it catches |\n|---|---|---|---|---|---|---|\n",
    );
    for rule in rules {
        md.push_str(&format!(
            "| {} | `{}` | {} | {} | {} | {} | {} |\n",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            rule.scope.as_str(),
            rule.templates.as_str(),
            if rule.docs().offers.is_empty() {
                ""
            } else {
                "yes"
            },
            rule.title.replace('|', "\\|")
        ));
    }
    md
}
