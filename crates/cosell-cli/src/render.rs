//! Text for people: the report and the rules. Colour goes through `anstream`, which drops it
//! when the output is not a terminal (or `NO_COLOR` is set).

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use cosell_core::message::m;
use cosell_core::{Change, Code, Report, Rule, Severity, TemplateId, Update};
use cosell_l10n::{FluentValue, Localizer};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default(),
    }
}

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// `row 7    `: a row, padded so that what follows lines up.
fn row(l10n: &Localizer, n: usize) -> String {
    l10n.text("cli-row", &[("row", format!("{n:<5}").into())])
}

/// The changes `cosell fix` made, one line each, then a blank line.
pub fn changes(out: &mut impl Write, changes: &[Change], l10n: &Localizer) -> io::Result<()> {
    let changed = l10n.text("cli-changed", &[("count", count(changes.len()))]);
    writeln!(out, "{BOLD}{changed}{BOLD:#}")?;
    for change in changes {
        let code = change
            .code
            .map_or(String::new(), |c| format!("  {DIM}{c}{DIM:#}"));
        writeln!(
            out,
            "  {}  {}: {} → {}{code}",
            row(l10n, change.row),
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
pub fn report(
    out: &mut impl Write,
    name: &str,
    report: &Report,
    l10n: &Localizer,
) -> io::Result<()> {
    let s = &report.summary;
    let template = l10n.message(&match report.template {
        TemplateId::Y2021 => m::template_2021(),
        TemplateId::Current => m::template_current(),
    });
    let summary = l10n.text(
        "cli-summary",
        &[
            ("name", format!("{BOLD}{name}{BOLD:#}").into()),
            ("template", template.into()),
            ("rows", count(s.rows)),
            ("create", count(s.create)),
            ("update", count(s.update)),
            ("not-processed", count(s.not_processed)),
            ("errors", count(s.errors)),
            ("warnings", count(s.warnings)),
        ],
    );
    writeln!(out, "{summary}")?;
    if let (Some(unchanged), Some(updates)) = (s.unchanged, &report.updates) {
        let compared = l10n.text(
            "cli-compared",
            &[
                ("changed", count(updates.len() - unchanged)),
                ("unchanged", count(unchanged)),
            ],
        );
        writeln!(out, "{compared}")?;
    }
    if !report.file_issues.is_empty() {
        writeln!(out, "\n{BOLD}{}{BOLD:#}", l10n.text("cli-file", &[]))?;
        for issue in &report.file_issues {
            let message = l10n.message(&issue.data);
            finding(out, "", issue.severity, issue.code, &message, l10n)?;
        }
    }
    if !report.issues.is_empty() {
        writeln!(out, "\n{BOLD}{}{BOLD:#}", l10n.text("cli-rows", &[]))?;
        for issue in &report.issues {
            let place = format!("{}  ", row(l10n, issue.row));
            let mut message = l10n.message(&issue.data);
            if let Some(cell) = &issue.cell {
                message = format!("{message} ({cell})");
            }
            finding(out, &place, issue.severity, issue.code, &message, l10n)?;
        }
    }
    writeln!(out)?;
    if report.has_errors() {
        let style = severity_style(Severity::Error);
        let verdict = l10n.text(
            "cli-would-not-process",
            &[
                ("not-processed", count(s.not_processed)),
                ("rows", count(s.rows)),
            ],
        );
        let advice = l10n.text("cli-fix-the-errors", &[]);
        writeln!(out, "{style}{verdict}{style:#} {advice}")
    } else {
        let verdict = l10n.text(
            "cli-no-errors",
            &[("create", count(s.create)), ("update", count(s.update))],
        );
        writeln!(out, "{verdict}")
    }
}

/// One finding's line: where, severity, code, message.
fn finding(
    out: &mut impl Write,
    place: &str,
    severity: Severity,
    code: Code,
    message: &str,
    l10n: &Localizer,
) -> io::Result<()> {
    let style = severity_style(severity);
    let word = l10n.text(
        match severity {
            Severity::Error => "cli-error",
            Severity::Warning => "cli-warning",
        },
        &[],
    );
    writeln!(
        out,
        "  {place}{style}{word:<7}{style:#}  {DIM}{code}{DIM:#}  {message}"
    )
}

/// Every rule with its documentation, for `cosell rules`.
pub fn rules(out: &mut impl Write, rules: &[&Rule], l10n: &Localizer) -> io::Result<()> {
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
        writeln!(out, "  {BOLD}{}{BOLD:#}", l10n.title(rule.code))?;
        let labels = [
            "cli-checks",
            "cli-why",
            "cli-example",
            "cli-fix",
            "cli-offers",
        ];
        for (label, text) in labels.iter().zip(l10n.docs(rule.code)) {
            let label = l10n.text(label, &[]);
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

/// What `cosell diff` prints: the deals an upload changes, and its update rows whose Referral ID
/// is not in the export (the JSON's keys are a contract: `summary`, `deals`, `notInExport`).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diff<'r> {
    pub summary: DiffSummary,
    /// The update rows that change something, each with its changes.
    pub deals: Vec<&'r Update>,
    pub not_in_export: Vec<Missing<'r>>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiffSummary {
    /// Update rows that change something in their deal.
    pub changed: usize,
    /// Update rows identical to their deal in the export.
    pub unchanged: usize,
    /// Update rows whose Referral ID is not in the export.
    pub not_in_export: usize,
}

/// An update row whose Referral ID is not in the export.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Missing<'r> {
    pub row: usize,
    pub referral_id: &'r str,
}

impl<'r> Diff<'r> {
    /// The changes of a report made with a baseline.
    pub fn of(report: &'r Report) -> Diff<'r> {
        let updates = report.updates.as_deref().unwrap_or_default();
        let deals: Vec<&Update> = updates.iter().filter(|u| !u.unchanged).collect();
        let not_in_export: Vec<Missing> = report
            .issues
            .iter()
            .filter(|i| i.code == Code::NotInExport)
            .map(|i| Missing {
                row: i.row,
                referral_id: i.value.trim(),
            })
            .collect();
        Diff {
            summary: DiffSummary {
                changed: deals.len(),
                unchanged: updates.len() - deals.len(),
                not_in_export: not_in_export.len(),
            },
            deals,
            not_in_export,
        }
    }
}

/// `cosell diff`'s text: each deal that changes, with its changes; the rows not in the export;
/// the counts.
pub fn diff(out: &mut impl Write, diff: &Diff, l10n: &Localizer) -> io::Result<()> {
    for deal in &diff.deals {
        let head = l10n.text(
            "cli-diff-deal",
            &[
                ("row", row(l10n, deal.row).trim_end().to_string().into()),
                ("id", deal.referral_id.clone().into()),
                ("export-row", count(deal.export_row)),
            ],
        );
        writeln!(out, "{BOLD}{head}{BOLD:#}")?;
        for change in &deal.changes {
            writeln!(
                out,
                "  {}: {} → {}",
                change.column,
                shown(&change.before),
                shown(&change.after)
            )?;
        }
        writeln!(out)?;
    }
    for missing in &diff.not_in_export {
        let line = l10n.text(
            "cli-diff-missing",
            &[
                ("row", row(l10n, missing.row).trim_end().to_string().into()),
                ("id", missing.referral_id.to_string().into()),
            ],
        );
        writeln!(out, "{line}")?;
    }
    if !diff.not_in_export.is_empty() {
        writeln!(out)?;
    }
    let s = &diff.summary;
    let summary = l10n.text(
        "cli-diff-summary",
        &[
            ("changed", count(s.changed)),
            ("unchanged", count(s.unchanged)),
            ("missing", count(s.not_in_export)),
        ],
    );
    writeln!(out, "{summary}")
}
