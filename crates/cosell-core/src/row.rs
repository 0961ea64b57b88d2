//! The row rules: one function per concern, each reading cells through [`Row`] and reporting
//! findings with a rule code and a message that names the column as the header spells it.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::header::Layout;
use crate::message::{self, m, Arg, Message};
use crate::record::Record;
use crate::rules::Code;
#[cfg(feature = "sheets")]
use crate::sheet::{holds, CellFact, Fact, Holds};
use crate::template::{Field, Mandatory, Numbered, ReadOnly, Template};
use crate::values::{
    self, quoted, AmountProblem, Codes, CurrencyProblem, DateProblem, Listed, Status, Substatus,
    YesNo,
};

/// One finding on the row being checked.
#[derive(Debug)]
pub struct Finding {
    /// The header index of the column (for ordering), `None` for the row as a whole or a
    /// column missing from the header.
    pub index: Option<usize>,
    pub column: Option<String>,
    pub code: Code,
    pub message: Message,
    /// The offending cell, shortened (see [`crate::values::excerpt`]).
    pub value: String,
    /// The one right replacement of the whole cell, when there is one (see [`Row::fix`]).
    pub fix: Option<String>,
    /// Other cells the same fix is for (the other read-only columns of CS224).
    pub also: Vec<usize>,
}

/// What the row checks remember across rows.
#[derive(Debug, Default)]
pub struct FileState {
    /// Referral ID → the spreadsheet row where it first appeared.
    referrals: HashMap<String, usize>,
    /// Currency and country codes already found valid: a file uses a few, over and over.
    currencies: Known<3>,
    countries: Known<2>,
}

/// Up to 16 codes of N letters known to be valid.
#[derive(Debug, Default)]
struct Known<const N: usize>(Vec<[u8; N]>);

impl<const N: usize> Known<N> {
    /// `read(value)`, unless `value` is already known to be valid.
    fn read<E>(&mut self, value: &str, read: impl Fn(&str) -> Result<(), E>) -> Result<(), E> {
        let code = <[u8; N]>::try_from(value.as_bytes()).ok();
        if code.is_some_and(|code| self.0.contains(&code)) {
            return Ok(());
        }
        let result = read(value);
        if let (Ok(()), Some(code)) = (&result, code) {
            if self.0.len() < 16 {
                self.0.push(code);
            }
        }
        result
    }
}

/// A row being checked: its cells, where the columns are, and where findings go.
pub struct Row<'a> {
    pub layout: &'a Layout,
    pub cells: &'a Record,
    /// The spreadsheet row number (header = 1).
    pub number: usize,
    pub today: NaiveDate,
    /// The file comes from Excel with European settings, where `.` separates thousands and `,`
    /// decimals: it is separated by semicolons, or our own Errors cell on this row says so
    /// (`Run::european_said`: the annotated file is comma-separated, and must read the same
    /// again).
    pub european: bool,
    /// Microsoft's translated documentation, to recognise its words for listed values.
    pub translations: Option<&'static crate::translations::Translations>,
    /// What the row's cells were in the workbook it was read from (empty for a CSV file).
    #[cfg(feature = "sheets")]
    pub facts: &'a [CellFact],
    pub findings: &'a mut Vec<Finding>,
}

impl<'a> Row<'a> {
    /// The cell of a template column, trimmed; `None` when the column is absent or the cell
    /// holds only spaces.
    fn get(&self, field: Field) -> Option<&'a str> {
        self.layout.index(field).and_then(|i| self.at(i))
    }

    /// The cell of a template column as read (spaces kept); `None` when the column is absent
    /// or the cell holds only spaces.
    fn raw(&self, field: Field) -> Option<&'a str> {
        self.layout
            .index(field)
            .and_then(|i| self.cells.get(i))
            .filter(|v| !values::trim(v).is_empty())
    }

    fn at(&self, index: usize) -> Option<&'a str> {
        self.cells
            .get(index)
            .map(values::trim)
            .filter(|v| !v.is_empty())
    }

    fn name(&self, field: Field) -> &'a str {
        self.layout.field_name(field)
    }

    fn report(&mut self, field: Field, code: Code, message: Message) {
        let index = self.layout.index(field);
        self.report_at(index, Some(self.name(field)), code, message);
    }

    fn report_at(
        &mut self,
        index: Option<usize>,
        column: Option<&str>,
        code: Code,
        message: Message,
    ) {
        let value = index
            .and_then(|i| self.cells.get(i))
            .map_or_else(String::new, values::excerpt);
        self.findings.push(Finding {
            index,
            column: column.map(str::to_string),
            code,
            message,
            value,
            fix: None,
            also: Vec::new(),
        });
    }

    /// Partner Center's own message for an empty value: `Mandatory field … missing` (2021),
    /// `Required field … missing` (the current template).
    fn missing(&mut self, field: Field, code: Code, because: Option<Message>) {
        let message = missing(self.layout.template, self.name(field), because);
        self.report(field, code, message);
    }

    /// Gives the finding just reported the value its cell should hold instead: the one right
    /// replacement of the whole cell, never a guess. Consent is never fixed: only the partner
    /// can give it.
    fn fix(&mut self, replacement: impl Into<String>) {
        let consent = self.layout.index(Field::Consent);
        if let Some(finding) = self.findings.last_mut() {
            if finding.index.is_some() && finding.index != consent {
                finding.fix = Some(replacement.into());
            }
        }
    }

    /// [`Row::fix`] for one part of a composite cell (`value`, as [`Row::at`] gives it): the
    /// cell with `part`, a slice of it, written as `replacement`.
    fn fix_part(&mut self, value: &str, part: &str, replacement: &str) {
        let start = (part.as_ptr() as usize).checked_sub(value.as_ptr() as usize);
        let end = start.map(|start| start + part.len());
        if let (Some(start), Some(end)) = (start, end) {
            if let (Some(before), Some(after)) = (value.get(..start), value.get(end..)) {
                self.fix(format!("{before}{replacement}{after}"));
            }
        }
    }

    /// Whether the row creates a deal (it has no Referral ID).
    fn creates(&self) -> bool {
        self.get(Field::ReferralId).is_none()
    }
}

/// Partner Center's own message for an empty value: `Mandatory field … missing` (2021),
/// `Required field … missing` (the current template), with why it is required when it is so only
/// because of another cell.
fn missing(template: &Template, column: &str, because: Option<Message>) -> Message {
    let because = because.map_or_else(|| Arg::from(""), Arg::from);
    if template.required == "Mandatory" {
        m::mandatory_field_missing(column, because)
    } else {
        m::required_field_missing(column, because)
    }
}

/// Runs every row rule on one row whose cells line up with the header.
pub fn check(row: &mut Row, state: &mut FileState) {
    mandatory(row);
    purchase_intent(row);
    let help = yes_no(row, Field::HelpRequired);
    yes_no(row, Field::ShareWithSales);
    consent(row);
    help_dependencies(row, help);
    let (status, substatus) = status(row);
    reason(row, substatus);
    read_only(row);
    sales_stage(row);
    codes(row, substatus);
    // A closed deal's close date is history, not a plan.
    let closed = status == Some(Status::Closed) || substatus.is_some_and(values::is_terminal);
    close_date(row, closed);
    deal_value(row);
    numbers(row, state);
    email(row);
    final_match(row);
    iot(row);
    domain_name(row);
    solutions(row, state);
    team_members(row);
    duplicate_referral(row, state);
    every_cell(row);
    #[cfg(feature = "sheets")]
    workbook(row);
}

#[cfg(feature = "sheets")]
/// What the workbook knew of the row's cells (CS504–CS509): said once the other rules have
/// spoken, replacing what they guessed about the same cell.
fn workbook(row: &mut Row) {
    for fact in row.facts {
        let index = fact.index;
        if row.cells.get(index) != Some(fact.text.as_str()) {
            continue; // changed since it was read: no longer what the workbook held
        }
        let field = row.layout.field_at(index);
        let column = row.layout.column_name(index).to_string();
        let value = fact.text.as_str();
        let (code, message, fix, replaces) = match &fact.fact {
            Fact::Number => match number_in_code(row, field, &column, value) {
                Some((message, fix, replaces)) => {
                    (Code::WorkbookNumberCode, message, fix, replaces)
                }
                None => continue,
            },
            Fact::NumberAsDate(number) => (
                Code::WorkbookNumberDate,
                m::workbook_number_date(&column, number, value),
                None,
                Replaces::None,
            ),
            Fact::Date if field.map(holds) != Some(Holds::Dates) => (
                Code::WorkbookDateCell,
                m::workbook_date_cell(&column, value),
                None,
                Replaces::None,
            ),
            Fact::Date => continue,
            Fact::Formula(formula) => (
                Code::WorkbookFormula,
                m::workbook_formula(&column, formula, value),
                None,
                Replaces::None,
            ),
            // Excel's error text is not the partner's value: no other rule speaks of it.
            Fact::Error => (
                Code::WorkbookErrorValue,
                m::workbook_error(&column, value),
                None,
                Replaces::All,
            ),
            Fact::Merged(range) => (
                Code::WorkbookMerged,
                m::workbook_merged(range, value, &column),
                None,
                Replaces::None,
            ),
        };
        row.findings.retain(|f| {
            f.index != Some(index)
                || match replaces {
                    Replaces::All => false,
                    Replaces::None => true,
                    Replaces::These(codes) => !codes.contains(&f.code),
                }
        });
        row.report_at(Some(index), Some(&column), code, message);
        if let Some(fix) = fix {
            row.fix(fix);
        }
    }
}

/// The findings of other rules on a cell that a workbook's fact replaces.
#[cfg(feature = "sheets")]
#[derive(Clone, Copy)]
enum Replaces {
    All,
    None,
    These(&'static [Code]),
}

#[cfg(feature = "sheets")]
/// A number in a column of codes: what it lost, the fix when certain, and the rules whose
/// guess it replaces.
fn number_in_code(
    row: &Row,
    field: Option<Field>,
    column: &str,
    value: &str,
) -> Option<(Message, Option<String>, Replaces)> {
    let zeros = |want: usize, replaces: &'static [Code]| {
        let missing = want.checked_sub(value.len()).filter(|&n| n > 0)?;
        let fix = format!("{value:0>want$}");
        let message = if missing == 1 {
            m::workbook_zero_lost(column, value, &fix)
        } else {
            m::workbook_zeros_lost(column, value, &fix)
        };
        Some((message, Some(fix), Replaces::These(replaces)))
    };
    match field? {
        Field::PostalCode => {
            let country = row.get(Field::Country)?;
            let five = FIVE_DIGIT_POSTAL_CODES
                .iter()
                .any(|code| code.eq_ignore_ascii_case(country));
            five.then(|| zeros(5, &[Code::PostalCodeZero]))?
        }
        Field::Duns | Field::Duns1 | Field::Duns2 => {
            zeros(9, &[Code::DunsDigits, Code::DunsLength])
        }
        Field::ContactPhone => Some((
            m::workbook_phone_number(column, value),
            None,
            Replaces::None,
        )),
        Field::ReferralId | Field::EngagementId | Field::CrmId | Field::MsxId
            if value.len() > 15 =>
        {
            Some((m::workbook_digits_lost(column, value), None, Replaces::None))
        }
        _ => None,
    }
}

fn mandatory(row: &mut Row) {
    let template = row.layout.template;
    let creates = row.creates();
    for &(field, mandatory) in row.layout.mandatory() {
        if (mandatory == Mandatory::Yes || creates) && row.get(field).is_none() {
            row.missing(field, Code::MandatoryField, None);
        }
    }
    for kind in template
        .numbered
        .iter()
        .filter(|n| n.mandatory)
        .map(|n| n.kind)
    {
        let first = row
            .layout
            .numbered(kind)
            .iter()
            .find(|(n, _)| *n == 1)
            .map(|&(_, i)| i);
        if first.and_then(|i| row.at(i)).is_none() {
            let name = first.map_or_else(
                || kind.column_name(1),
                |i| row.layout.column_name(i).to_string(),
            );
            let message = missing(template, &name, None);
            row.report_at(first, Some(&name), Code::MandatoryField, message);
        }
    }
}

/// Marketplace Purchase Intent (the current template): a listed value; on an update, wanted.
fn purchase_intent(row: &mut Row) {
    const INTENTS: &[(&str, &str)] = &[
        ("Yes", "Yes"),
        ("No", "No"),
        ("Have not decided", "Have not decided"),
    ];
    let Some(index) = row.layout.index(Field::PurchaseIntent) else {
        return;
    };
    if row.at(index).is_none() {
        if !row.creates() {
            let message = m::purchase_intent_update(row.name(Field::PurchaseIntent));
            row.report(Field::PurchaseIntent, Code::PurchaseIntentUpdate, message);
        }
        return;
    }
    listed(
        row,
        Field::PurchaseIntent,
        INTENTS,
        Code::PurchaseIntent,
        |_| None,
    );
}

/// Checks a Yes/No column and returns what it means (also when misspelled, so that the rules
/// that depend on it still run).
fn yes_no(row: &mut Row, field: Field) -> Option<YesNo> {
    listed(
        row,
        field,
        values::YES_NO,
        Code::YesNo,
        values::yes_no_meaning,
    )
}

fn consent(row: &mut Row) {
    let Some(raw) = row.raw(Field::Consent) else {
        return;
    };
    // No, however it is written, is the finding: its spelling does not matter.
    let no = match values::listed(raw, values::YES_NO) {
        Listed::Exact(meaning) | Listed::Spelling(_, meaning) => meaning == YesNo::No,
        Listed::Other => values::yes_no_meaning(raw) == Some(YesNo::No),
    };
    if no {
        let message = m::consent_no(row.name(Field::Consent), quoted(values::trim(raw)));
        row.report(Field::Consent, Code::ConsentNo, message);
    } else {
        yes_no(row, Field::Consent);
    }
}

fn help_dependencies(row: &mut Row, help: Option<YesNo>) {
    let help_name = row.name(Field::HelpRequired);
    match help {
        Some(YesNo::Yes) => {
            for field in [
                Field::ContactFirstName,
                Field::ContactLastName,
                Field::ContactPhone,
                Field::ContactEmail,
                Field::HelpType,
            ] {
                if row.get(field).is_none() {
                    let because = m::because_help_yes(help_name);
                    row.missing(field, Code::HelpDetails, Some(because));
                }
            }
        }
        Some(YesNo::No) => {
            if row.get(Field::ShareWithSales).is_none() {
                row.missing(
                    Field::ShareWithSales,
                    Code::ShareRequired,
                    Some(m::because_help_no(help_name)),
                );
            }
            if let Some(value) = row.get(Field::HelpType) {
                let message =
                    m::help_type_ignored(quoted(value), row.name(Field::HelpType), help_name);
                row.report(Field::HelpType, Code::UnusedValue, message);
            }
        }
        None => {}
    }
}

/// Reads a column with listed values and returns what the cell means. The listed spelling is
/// silent; the same letters in another case or spacing get a warning (CS222) naming the listed
/// spelling; another word whose meaning `meaning` knows gets `code` with the value to write;
/// anything else gets `code` with the list.
fn listed<T: Copy + PartialEq>(
    row: &mut Row,
    field: Field,
    options: &[(&'static str, T)],
    code: Code,
    meaning: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let raw = row.raw(field)?;
    match values::listed(raw, options) {
        Listed::Exact(t) => Some(t),
        Listed::Spelling(name, t) => {
            spelling(row, field, raw, name);
            Some(t)
        }
        Listed::Other => {
            let value = values::trim(raw);
            let meant = meaning(value);
            if meant.is_none() {
                if let Some(meant) = translated(row, field, value, options, code) {
                    return meant;
                }
            }
            let listed = meant.and_then(|m| options.iter().find(|(_, t)| *t == m));
            let fix = match listed {
                Some((name, _)) => m::fix_write(*name),
                None => m::fix_use(message::or(options.iter().map(|(name, _)| *name))),
            };
            let message = m::invalid_value(quoted(value), row.name(field), fix);
            row.report(field, code, message);
            if let Some((name, _)) = listed {
                row.fix(*name);
            }
            meant
        }
    }
}

/// A value that is a translated page's word for a listed value (`Aktiv` for Active): `code`,
/// saying so, with the English word as its fix (none when the page writes two values alike, as
/// Korean `예` for both Yes and No). `None` when it is no such word; else what it means.
fn translated<T: Copy + PartialEq>(
    row: &mut Row,
    field: Field,
    value: &str,
    options: &[(&'static str, T)],
    code: Code,
) -> Option<Option<T>> {
    let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
    let language = row.layout.language.as_deref();
    let meaning = row.translations?.value(value, &names, language)?;
    let english = message::and(meaning.english.iter().map(String::as_str));
    let (value, column, documentation) = (quoted(value), row.name(field), meaning.documentation());
    match meaning.english.as_slice() {
        [one] => {
            let listed = options.iter().find(|(name, _)| name == one)?;
            let fix = m::fix_write(listed.0);
            let message = m::translated_value(value, column, documentation, english, fix);
            row.report(field, code, message);
            row.fix(listed.0);
            Some(Some(listed.1))
        }
        _ => {
            let fix = m::fix_use(message::or(options.iter().map(|(name, _)| *name)));
            let message = m::translated_value_ambiguous(value, column, documentation, english, fix);
            row.report(field, code, message);
            Some(None)
        }
    }
}

/// A listed value written in another letter case or spacing (CS222).
fn spelling(row: &mut Row, field: Field, raw: &str, listed: &str) {
    let message = m::value_spelling(quoted(raw), row.name(field), listed);
    row.report(field, Code::ValueSpelling, message);
    row.fix(listed);
}

/// Status and substatus, and whether they go together.
fn status(row: &mut Row) -> (Option<Status>, Option<Substatus>) {
    let status = listed(
        row,
        Field::PartnerStatus,
        values::STATUSES,
        Code::UnknownStatus,
        |_| None,
    );
    let substatus = listed(
        row,
        Field::PartnerSubstatus,
        row.layout.template.substatuses,
        Code::UnknownSubstatus,
        |_| None,
    );
    if row.get(Field::ReferralId).is_none() {
        // A new deal: New/Accepted, as the import page says.
        let wrong_status = status.filter(|s| *s != Status::New);
        let wrong_substatus = substatus.filter(|s| *s != Substatus::Accepted);
        for (field, wrong, want) in [
            (
                Field::PartnerStatus,
                wrong_status.map(values::status_name),
                "New",
            ),
            (
                Field::PartnerSubstatus,
                wrong_substatus.map(values::substatus_name),
                "Accepted",
            ),
        ] {
            if let Some(value) = wrong {
                let message =
                    m::create_status(value, row.name(field), row.name(Field::ReferralId), want);
                row.report(field, Code::CreateStatus, message);
            }
        }
    } else if let (Some(status), Some(Substatus::Error)) = (status, substatus) {
        // Error closes a deal; the page pairs it with no status, so another is a warning.
        if status != Status::Closed {
            let message = m::error_substatus(
                row.name(Field::PartnerSubstatus),
                row.name(Field::PartnerStatus),
                values::status_name(status),
            );
            row.report(Field::PartnerSubstatus, Code::ErrorSubstatus, message);
        }
    } else if let (Some(status), Some(substatus)) = (status, substatus) {
        let template = row.layout.template;
        let in_template = |s: &Substatus| template.substatuses.iter().any(|(_, t)| t == s);
        let pairs = values::allowed_substatuses(status);
        if !pairs.contains(&substatus) {
            let allowed: Vec<Substatus> = pairs.iter().copied().filter(in_template).collect();
            let message = m::status_pair(
                values::substatus_name(substatus),
                row.name(Field::PartnerSubstatus),
                row.name(Field::PartnerStatus),
                values::status_name(status),
                message::or(allowed.iter().map(|s| values::substatus_name(*s))),
            );
            row.report(Field::PartnerSubstatus, Code::StatusPair, message);
        }
    }
    (status, substatus)
}

/// The substatuses that need a reason, as a list: `Declined or Lost`, `Declined, Lost or Error`.
fn closing_substatuses(row: &Row) -> message::List {
    let reasons = row.layout.template.reasons.iter();
    message::or(reasons.map(|(s, _)| values::substatus_name(*s)))
}

fn reason(row: &mut Row, substatus: Option<Substatus>) {
    let template = row.layout.template;
    let closing = substatus.filter(|s| template.reason_codes(*s).is_some());
    match (closing, row.get(Field::Reason)) {
        (Some(s), None) => {
            let because =
                m::because_substatus(row.name(Field::PartnerSubstatus), values::substatus_name(s));
            row.missing(Field::Reason, Code::ReasonRequired, Some(because));
        }
        (None, Some(value)) if substatus.is_some() && values::REASONS.read(value).is_ok() => {
            let message = m::reason_ignored(
                quoted(value),
                row.name(Field::Reason),
                row.name(Field::PartnerSubstatus),
                closing_substatuses(row),
            );
            row.report(Field::Reason, Code::UnusedValue, message);
        }
        _ => {}
    }
}

/// The coded columns: the reason (1–8 for Declined and Lost, 1–9 for Error), What specific
/// help from Microsoft? (1–6).
fn codes(row: &mut Row, substatus: Option<Substatus>) {
    let reasons = substatus
        .and_then(|s| row.layout.template.reason_codes(s))
        .unwrap_or(&values::REASONS);
    let coded: [(Field, &Codes, Code); 2] = [
        (Field::Reason, reasons, Code::ReasonCode),
        (Field::HelpType, &values::HELP_TYPES, Code::HelpCode),
    ];
    for (field, codes, code) in coded {
        let Some(value) = row.get(field) else {
            continue;
        };
        if let Err(near) = codes.read(value) {
            // Which list: the reasons differ by substatus in the current template.
            let which = match (field, substatus) {
                (Field::Reason, Some(s)) if row.layout.template.reasons.len() > 2 => {
                    Arg::from(m::reasons_for(values::substatus_name(s)))
                }
                _ => Arg::from(""),
            };
            let fix = match near {
                Some(n) => m::fix_write(n.to_string()),
                None => m::fix_number(codes.labels.len().to_string(), which),
            };
            let message = m::invalid_value(quoted(value), row.name(field), fix);
            row.report(field, code, message);
            if let Some(n) = near {
                row.fix(n.to_string());
            }
        }
    }
}

/// Columns Partner Center fills itself, filled in on a row that creates a deal (CS224): one
/// finding naming them. (On an update they are how the export comes back.)
fn read_only(row: &mut Row) {
    if !row.creates() {
        return;
    }
    let template = row.layout.template;
    let fixed = template
        .columns
        .iter()
        .filter(|c| {
            c.read_only == ReadOnly::Always && !matches!(c.field, Field::Errors | Field::ReferralId)
        })
        .filter_map(|c| row.layout.index(c.field));
    let numbered = template
        .numbered
        .iter()
        .filter(|n| n.read_only == ReadOnly::Always)
        .flat_map(|n| row.layout.numbered(n.kind).iter().map(|&(_, i)| i));
    let mut filled = fixed
        .chain(numbered)
        .filter(|&i| row.at(i).is_some())
        .peekable();
    let Some(&first) = filled.peek() else {
        return;
    };
    let filled: Vec<usize> = filled.collect();
    let names: Vec<&str> = filled.iter().map(|&i| row.layout.column_name(i)).collect();
    let columns = message::and(names.iter().copied());
    let message = if names.len() == 1 {
        m::read_only_on_create_one(columns)
    } else {
        m::read_only_on_create_many(columns)
    };
    let column = row.layout.column_name(first).to_string();
    row.report_at(Some(first), Some(&column), Code::ReadOnlyOnCreate, message);
    // Emptied: Partner Center fills them itself.
    row.fix("");
    if let Some(finding) = row.findings.last_mut() {
        finding.also = filled[1..].to_vec();
    }
}

/// Final Matched Customer Account (the current template): a Microsoft ID as the page writes
/// it, or a suggestion pasted from the account-match columns.
fn final_match(row: &mut Row) {
    let Some(value) = row.get(Field::FinalMatch) else {
        return;
    };
    if values::is_account_match(value) {
        return;
    }
    let message = m::final_match(quoted(value), row.name(Field::FinalMatch));
    row.report(Field::FinalMatch, Code::FinalMatch, message);
}

/// The IoT columns (the current template): listed values, Yes/No.
fn iot(row: &mut Row) {
    for (field, list) in [
        (Field::DeviceCategory, values::DEVICE_CATEGORIES),
        (Field::SiliconType, values::SILICON_TYPES),
    ] {
        let Some(value) = row.get(field) else {
            continue;
        };
        if list.contains(&value) {
            continue;
        }
        let near = values::nearest(value, list);
        let (value_, column) = (quoted(value), row.name(field));
        let message = match near {
            Some(near) if values::same_letters(value, near) => {
                m::iot_value_write(value_, column, near)
            }
            Some(near) => m::iot_value_near(value_, column, near),
            None => m::iot_value(value_, column),
        };
        row.report(field, Code::IotValue, message);
        if let Some(near) = near.filter(|near| values::same_letters(value, near)) {
            row.fix(near);
        }
    }
    for field in [Field::AzureCertified, Field::AttachServices] {
        let Some(value) = row.get(field) else {
            continue;
        };
        if value == "Yes" || value == "No" {
            continue;
        }
        let message = m::iot_yes_no(quoted(value), row.name(field));
        row.report(field, Code::IotYesNo, message);
    }
}

/// Customer Domain Name (the current template): a domain, not a web or email address.
fn domain_name(row: &mut Row) {
    let Some(value) = row.get(Field::DomainName) else {
        return;
    };
    if values::is_domain(value) {
        return;
    }
    let domain = values::domain_in(value);
    let (value, column) = (quoted(value), row.name(Field::DomainName));
    let message = match &domain {
        Some(domain) => m::domain_name_write(value, column, domain),
        None => m::domain_name(value, column),
    };
    row.report(Field::DomainName, Code::DomainName, message);
    if let Some(domain) = domain {
        row.fix(domain);
    }
}

fn sales_stage(row: &mut Row) {
    let Some(value) = row.get(Field::SalesStage) else {
        return;
    };
    if let Err(near) = values::sales_stage(value) {
        let fix = match near {
            Some(pct) => m::fix_write(pct),
            None => m::sales_stages(),
        };
        let message = m::sales_stage(quoted(value), row.name(Field::SalesStage), fix);
        row.report(Field::SalesStage, Code::SalesStage, message);
        if let Some(pct) = near {
            row.fix(pct);
        }
    }
}

fn close_date(row: &mut Row, closed: bool) {
    let Some(value) = row.get(Field::CloseDate) else {
        return;
    };
    let name = row.name(Field::CloseDate);
    let problem = match values::close_date(value) {
        Ok(date) => {
            if date < row.today && !closed {
                let message = m::date_past(quoted(value), name);
                row.report(Field::CloseDate, Code::DatePast, message);
            }
            return;
        }
        Err(problem) => problem,
    };
    let replacement = match &problem {
        DateProblem::Write(date) => Some(date.clone()),
        _ => None,
    };
    let fix = match problem {
        DateProblem::Write(date) => m::fix_write(date),
        DateProblem::NoSuchDate => m::date_no_such_day(),
        DateProblem::DayFirstExpected => m::date_day_first(),
        DateProblem::Ambiguous => m::date_ambiguous(),
        DateProblem::TwoDigitYear => m::date_two_digit_year(),
        DateProblem::Implausible(year) => m::date_implausible(
            format!("{year:04}"),
            values::YEARS.start().to_string(),
            values::YEARS.end().to_string(),
        ),
        DateProblem::Unreadable => m::date_unreadable(),
    };
    let message = m::invalid_date(quoted(value), name, fix);
    row.report(Field::CloseDate, Code::DateFormat, message);
    if let Some(date) = replacement {
        row.fix(date);
    }
}

fn scientific(row: &mut Row, index: Option<usize>, column: &str, value: &str) -> bool {
    let found = values::is_scientific(value);
    if found {
        let message = m::scientific_notation(quoted(value), column);
        row.report_at(index, Some(column), Code::ScientificNotation, message);
    }
    found
}

fn deal_value(row: &mut Row) {
    let Some(value) = row.get(Field::DealValue) else {
        return;
    };
    let name = row.name(Field::DealValue);
    let reading = values::amount(value, row.european);
    // Why the answer is what it is, when another reading of separators would change it.
    let because = if row.european && reading != values::amount(value, false) {
        Arg::from(m::because_european())
    } else {
        Arg::from("")
    };
    let fix = match reading {
        Ok(()) => return,
        Err(AmountProblem::Scientific) => {
            scientific(row, row.layout.index(Field::DealValue), name, value);
            return;
        }
        Err(AmountProblem::Negative) => {
            let message = m::negative_value(quoted(value), name);
            row.report(Field::DealValue, Code::DealValue, message);
            return;
        }
        Err(AmountProblem::Grouped(plain)) => {
            let message = grouped_message(value, name, &plain);
            row.report(Field::DealValue, Code::DigitGroups, message);
            row.fix(plain);
            return;
        }
        Err(AmountProblem::TooLarge(digits)) => m::amount_too_large(digits, values::MAX_DIGITS),
        Err(AmountProblem::Write(plain)) => {
            let message = m::invalid_number(quoted(value), name, m::fix_write(&plain), because);
            row.report(Field::DealValue, Code::DealValue, message);
            row.fix(plain);
            return;
        }
        Err(AmountProblem::Ambiguous) => m::amount_ambiguous(),
        Err(AmountProblem::NotANumber) => m::amount_not_a_number(),
    };
    let message = m::invalid_number(quoted(value), name, fix, because);
    row.report(Field::DealValue, Code::DealValue, message);
}

/// CS223's message: dots between groups of three digits in a European file.
fn grouped_message(value: &str, column: &str, plain: &str) -> Message {
    m::digit_groups(quoted(value), column, plain)
}

/// Country, currency, D-U-N-S, phone and postal code.
fn numbers(row: &mut Row, state: &mut FileState) {
    let country = row.get(Field::Country);
    if let Some(raw) = row.raw(Field::Country) {
        match state.countries.read(raw, values::country) {
            Ok(()) => {}
            Err(Some(code)) if values::same_letters(raw, code) => {
                spelling(row, Field::Country, raw, code);
            }
            Err(near) => {
                let fix = near.map_or_else(m::country_use, m::fix_write);
                let message =
                    m::invalid_value(quoted(values::trim(raw)), row.name(Field::Country), fix);
                row.report(Field::Country, Code::CountryCode, message);
                if let Some(code) = near {
                    row.fix(code);
                }
            }
        }
    }
    if let Some(raw) = row.raw(Field::Currency) {
        match currency(state, raw, m::currency_use) {
            None => {}
            Some(Ok(listed)) => spelling(row, Field::Currency, raw, listed),
            Some(Err((fix, code))) => {
                let message =
                    m::invalid_value(quoted(values::trim(raw)), row.name(Field::Currency), fix);
                row.report(Field::Currency, Code::CurrencyCode, message);
                if let Some(code) = code {
                    row.fix(code);
                }
            }
        }
    }
    for field in [Field::ContactPhone, Field::Duns, Field::PostalCode] {
        if let Some(value) = row.get(field) {
            scientific(row, row.layout.index(field), row.name(field), value);
        }
    }
    duns(row);
    postal_code(row, country);
}

/// What is wrong with a currency: `Ok(listed)` when it is a listed code in another case or
/// spacing (a warning), `Err((what to do, the code to write if certain))` for an error; `None`
/// when it is right.
fn currency(
    state: &mut FileState,
    raw: &str,
    otherwise: fn() -> Message,
) -> Option<Result<&'static str, (Message, Option<&'static str>)>> {
    let problem = state.currencies.read(raw, values::currency).err()?;
    let fix = match problem {
        CurrencyProblem::Write(code) if values::same_letters(raw, code) => return Some(Ok(code)),
        CurrencyProblem::Write(code) => return Some(Err((m::fix_write(code), Some(code)))),
        CurrencyProblem::Superseded(by) => m::currency_withdrawn(by),
        CurrencyProblem::NotMoney(_) => m::currency_not_money(otherwise()),
        CurrencyProblem::Unknown => otherwise(),
    };
    Some(Err((fix, None)))
}

fn duns(row: &mut Row) {
    let Some(value) = row.get(Field::Duns) else {
        return;
    };
    if values::is_scientific(value) {
        return;
    }
    let name = row.name(Field::Duns);
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        let digits: String = value
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.'))
            .collect();
        let nine = digits.len() == 9 && digits.bytes().all(|b| b.is_ascii_digit());
        let fix = if nine {
            m::fix_write(&digits)
        } else {
            m::duns_digits_only()
        };
        let message = m::invalid_value(quoted(value), name, fix);
        row.report(Field::Duns, Code::DunsDigits, message);
        if nine {
            row.fix(digits);
        }
    } else if value.len() == 8 {
        let message = m::duns_eight(quoted(value), name, format!("0{value}"));
        row.report(Field::Duns, Code::DunsLength, message);
        row.fix(format!("0{value}"));
    } else if value.len() != 9 {
        let message = m::duns_length(quoted(value), name, value.len());
        row.report(Field::Duns, Code::DunsLength, message);
    }
}

/// Countries whose postal codes are five digits and may start with zero.
const FIVE_DIGIT_POSTAL_CODES: &[&str] = &["US", "DE", "FR", "IT", "ES", "FI", "MX", "MY"];

fn postal_code(row: &mut Row, country: Option<&str>) {
    let (Some(value), Some(country)) = (row.get(Field::PostalCode), country) else {
        return;
    };
    let short = (3..5).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
    let five_digits = FIVE_DIGIT_POSTAL_CODES
        .iter()
        .any(|code| code.eq_ignore_ascii_case(country));
    if short && five_digits {
        let message = m::postal_code_zero(
            quoted(value),
            row.name(Field::PostalCode),
            value.len(),
            format!("{value:0>5}"),
        );
        row.report(Field::PostalCode, Code::PostalCodeZero, message);
        row.fix(format!("{value:0>5}"));
    }
}

fn email(row: &mut Row) {
    let Some(value) = row.get(Field::ContactEmail) else {
        return;
    };
    let mailto = value
        .get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"));
    if mailto || !values::is_email(value) {
        // `mailto:` and spaces beside `@` or a dot, pasted from a web page or an email
        // program: the address is what is left, when it is one. (A space inside a name,
        // `john customer@…`, could stand for a dot: no fix.)
        let bare = if mailto {
            values::trim(value.get(7..).unwrap_or(""))
        } else {
            value
        };
        let mut address = String::with_capacity(bare.len());
        let mut chars = bare.chars().peekable();
        while let Some(c) = chars.next() {
            let beside = address.ends_with(['@', '.'])
                || chars.peek().is_some_and(|n| matches!(n, '@' | '.'));
            if !(c.is_whitespace() && beside) {
                address.push(c);
            }
        }
        let fix = (address != value && values::is_email(&address)).then_some(address);
        let (value, column) = (quoted(value), row.name(Field::ContactEmail));
        let message = match &fix {
            Some(address) => m::invalid_email_write(value, column, address),
            None => m::invalid_email(value, column),
        };
        row.report(Field::ContactEmail, Code::Email, message);
        if let Some(address) = fix {
            row.fix(address);
        }
    }
}

/// The comma-separated parts of a composite cell: the first four, trimmed, and how many there
/// are.
struct Parts<'v> {
    first: [&'v str; 4],
    count: usize,
}

impl<'v> Parts<'v> {
    /// Part `i` (of the first four), when there is one and it is not empty.
    /// Adds `value[start..end]`, trimmed (kept when among the first four).
    fn push(&mut self, value: &'v str, start: usize, end: usize) {
        if let Some(slot) = self.first.get_mut(self.count) {
            // Commas are ASCII: both ends are character boundaries.
            *slot = values::trim(value.get(start..end).unwrap_or(""));
        }
        self.count += 1;
    }

    fn get(&self, i: usize) -> Option<&'v str> {
        (i < self.count.min(4))
            .then(|| self.first[i])
            .filter(|p| !p.is_empty())
    }
}

fn parts(value: &str) -> Parts<'_> {
    let mut parts = Parts {
        first: [""; 4],
        count: 0,
    };
    // Cells are short: a plain loop beats a vectorised search's setup.
    let mut start = 0;
    for (end, &b) in value.as_bytes().iter().enumerate() {
        if b == b',' {
            parts.push(value, start, end);
            start = end + 1;
        }
    }
    parts.push(value, start, value.len());
    parts
}

fn solutions(row: &mut Row, state: &mut FileState) {
    for &(_, index) in row.layout.numbered(Numbered::Solution) {
        let Some(value) = row.at(index) else { continue };
        let name = row.layout.column_name(index);
        let at = Some(index);
        let parts = parts(value);
        if parts.count > 4 {
            let message = m::solution_parts(name, parts.count);
            row.report_at(at, Some(name), Code::SolutionParts, message);
            continue;
        }
        let part = |i: usize| parts.get(i);
        if part(0).is_none() {
            let message = m::solution_id(name);
            row.report_at(at, Some(name), Code::SolutionId, message);
        }
        if let Some(raw) = part(1) {
            match currency(state, raw, m::currency_use_usd) {
                None => {}
                Some(Ok(listed)) => {
                    let message = m::currency_spelling(quoted(raw), name, listed);
                    row.report_at(at, Some(name), Code::ValueSpelling, message);
                    row.fix_part(value, raw, listed);
                }
                Some(Err((fix, code))) => {
                    let message = m::invalid_currency(quoted(raw), name, fix);
                    row.report_at(at, Some(name), Code::SolutionCurrency, message);
                    if let Some(code) = code {
                        row.fix_part(value, raw, code);
                    }
                }
            }
        }
        if let Some(price) = part(2) {
            match values::amount(price, row.european) {
                Ok(()) => {}
                Err(AmountProblem::Scientific) => {
                    scientific(row, at, name, price);
                }
                Err(AmountProblem::Grouped(plain)) => {
                    let message = grouped_message(price, name, &plain);
                    row.report_at(at, Some(name), Code::DigitGroups, message);
                    row.fix_part(value, price, &plain);
                }
                Err(AmountProblem::Write(plain)) => {
                    let message = m::invalid_price_write(quoted(price), name, &plain);
                    row.report_at(at, Some(name), Code::SolutionPrice, message);
                    row.fix_part(value, price, &plain);
                }
                Err(_) => {
                    let message = m::invalid_price(quoted(price), name);
                    row.report_at(at, Some(name), Code::SolutionPrice, message);
                }
            }
        }
        if let Some(quantity) = part(3) {
            if !scientific(row, at, name, quantity) && !values::is_quantity(quantity) {
                let message = m::invalid_quantity(quoted(quantity), name);
                row.report_at(at, Some(name), Code::SolutionQuantity, message);
            }
        }
    }
}

fn team_members(row: &mut Row) {
    for &(_, index) in row.layout.numbered(Numbered::TeamMember) {
        let Some(value) = row.at(index) else { continue };
        let name = row.layout.column_name(index);
        let at = Some(index);
        let Parts {
            first: parts,
            count,
        } = parts(value);
        if count != 4 {
            let message = if count == 1 {
                m::team_member_part(name, count)
            } else {
                m::team_member_parts(name, count)
            };
            row.report_at(at, Some(name), Code::TeamMemberParts, message);
            continue;
        }
        let missing: [fn(&str) -> Message; 2] = [
            |name| m::team_member_first_name(name),
            |name| m::team_member_last_name(name),
        ];
        for (part, missing) in parts.iter().zip(missing) {
            if part.is_empty() {
                row.report_at(at, Some(name), Code::TeamMemberName, missing(name));
            }
        }
        scientific(row, at, name, parts[2]);
        let message = match parts[3] {
            "" => m::team_member_no_email(name),
            email if !values::is_email(email) => m::team_member_email(quoted(email), name),
            _ => continue,
        };
        row.report_at(at, Some(name), Code::TeamMemberEmail, message);
    }
}

fn duplicate_referral(row: &mut Row, state: &mut FileState) {
    let Some(id) = row.get(Field::ReferralId) else {
        return;
    };
    match state.referrals.get(id) {
        Some(&first) => {
            let message =
                m::duplicate_referral(row.name(Field::ReferralId), quoted(id), first.to_string());
            row.report(Field::ReferralId, Code::DuplicateReferral, message);
        }
        None => {
            state.referrals.insert(id.to_string(), row.number);
        }
    }
}

/// A value with spaces around it (CS232), when no other rule has spoken about its cell.
fn spaces_around(row: &mut Row, index: usize, cell: &str) {
    let value = values::trim(cell);
    if value.is_empty() || row.findings.iter().any(|f| f.index == Some(index)) {
        return;
    }
    let name = row.layout.column_name(index);
    let message = m::spaces_around(quoted(cell), name, quoted(value));
    row.report_at(Some(index), Some(name), Code::SpacesAround, message);
    row.fix(value);
}

/// The rules for any cell, whatever its column: NUL characters, formulas, spaces around.
fn every_cell(row: &mut Row) {
    let errors = row.layout.index(Field::Errors);
    // One search of the whole row; the cells are searched only when it finds one.
    let has_nul = memchr::memchr(0, row.cells.text().as_bytes()).is_some();
    // Only a cell's first and last bytes are looked at, unless the row has a NUL somewhere.
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    for (index, edges) in row.cells.edge_bytes().enumerate() {
        let formula = edges.is_some_and(|(first, _)| values::may_start_formula(first));
        let spaced = edges.is_some_and(|(first, last)| space(first) || space(last));
        if Some(index) == errors || !(has_nul || formula || spaced) {
            continue;
        }
        let Some(cell) = row.cells.get(index) else {
            continue;
        };
        if spaced && !formula {
            spaces_around(row, index, cell);
        }
        if has_nul && cell.contains('\0') {
            let name = row.layout.column_name(index);
            let message = m::nul_character(name);
            row.report_at(Some(index), Some(name), Code::NulCharacter, message);
        }
        let Some(trigger) = values::formula_trigger(cell) else {
            continue;
        };
        let name = row.layout.column_name(index);
        let what = match trigger {
            '\t' => Arg::from(m::formula_tab()),
            '\r' => Arg::from(m::formula_carriage_return()),
            c => Arg::from(format!("'{c}'")),
        };
        let message = m::formula(name, what);
        row.report_at(Some(index), Some(name), Code::Formula, message);
    }
}
