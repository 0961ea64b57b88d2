//! The partner's latest export beside the upload: what Partner Center will refuse, or ignore, of
//! an update, which no check of the upload alone can see (rules CS601–CS611).
//!
//! An export is read once ([`read`]) into a [`Baseline`]: its text, and an index of its deals by
//! Referral ID (each deal's row and where its cells are in the text, nothing more), with a
//! second index that finds the Referral IDs one or two characters away from one that is not
//! there. Each update row of the upload is then compared with its deal's row, column by column
//! ([`compare`]), matching the columns by what they are (either template, any spelling the
//! header reading knows), so a 2021 upload compares with a current-template export.
//!
//! A file that is not an export is a [`Baseline::Unusable`]: the check says why once (CS601)
//! and checks the upload without it.

use crate::header::{self, normalized, Layout};
use crate::message::{self, m, Arg, Message};
use crate::record::{Record, Records};
use crate::report::{CellChange, Update};
use crate::row::Finding;
use crate::rules::Code;
use crate::template::{Field, Numbered, ReadOnly, Template};
use crate::values::{self, quoted, Status, Substatus};

/// An export to compare with, or why a file could not be one.
#[derive(Debug)]
pub enum Baseline {
    Export(Box<Export>),
    /// Not an export (no Referral ID column, another kind of file, not text at all): why, said
    /// once by CS601.
    Unusable(Message),
}

impl Baseline {
    /// Whether this was read from `input`, as far as its text tells: a UTF-8 export (with or
    /// without a byte-order mark) keeps its text as read, so an edge that is handed the same
    /// bytes again can compare with it without reading it again (any other file: false).
    pub fn is_read_from(&self, input: &[u8]) -> bool {
        let Baseline::Export(export) = self else {
            return false;
        };
        let mut rest = input;
        while let Some(after) = rest.strip_prefix("\u{feff}".as_bytes()) {
            rest = after;
        }
        rest == export.text.as_bytes()
    }
}

/// An export, read: its text and its deals by Referral ID.
#[derive(Debug)]
pub struct Export {
    text: String,
    delimiter: u8,
    /// A reader of the text's records, to read a deal's row again (taken and given back).
    reader: std::sync::Mutex<Option<csv_core::Reader>>,
    layout: Layout,
    /// Every deal's Referral ID (trimmed), one after the other: [`Deal::id`] says where.
    ids: String,
    deals: Vec<Deal>,
    /// (hash of the Referral ID, deal), sorted by hash, then Referral ID, then row: a lookup is
    /// a binary search, and one Referral ID's rows are side by side.
    index: Vec<(u64, u32)>,
    /// The first Referral IDs on more than one row, with their first rows (their deals are not
    /// compared), and how many there are in all.
    duplicates: Vec<(String, Vec<usize>)>,
    duplicated: usize,
    /// Made the first time a Referral ID is not found.
    near: std::sync::OnceLock<Near>,
}

/// One deal of an export: 24 bytes, beside its Referral ID's bytes and 16 bytes of index.
#[derive(Debug)]
struct Deal {
    /// The spreadsheet row (the header is row 1).
    row: u32,
    /// Where its record is in the text (its line end excluded).
    start: u32,
    end: u32,
    /// Where its Referral ID is in [`Export::ids`].
    id: (u32, u32),
    /// Its Referral ID is on more than one row of the export (CS602).
    duplicated: bool,
}

/// The most deals an export may hold to be compared with: two hundred times the 5,000 an export
/// of Partner Center holds, and about 100 MB of index at most (`Export` holds the text and about
/// 100 bytes per deal).
pub const MAX_DEALS: usize = 1_000_000;

/// Duplicated Referral IDs named by CS602, and rows named for each.
const DUPLICATES_SHOWN: usize = 5;

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut hasher);
    hasher.finish()
}

impl Export {
    /// How many deals (rows with a Referral ID) the export holds.
    pub fn deals(&self) -> usize {
        self.deals.len()
    }

    fn id(&self, deal: u32) -> &str {
        let (start, len) = self.deals[deal as usize].id;
        &self.ids[start as usize..(start + len) as usize]
    }

    /// The deal with this Referral ID (its first row, when it has several).
    fn find(&self, id: &str) -> Option<&Deal> {
        let hash = id_hash(id);
        let first = self.index.partition_point(|(h, _)| *h < hash);
        self.index[first..]
            .iter()
            .take_while(|(h, _)| *h == hash)
            .find(|(_, deal)| self.id(*deal) == id)
            .map(|(_, deal)| &self.deals[*deal as usize])
    }

    /// A deal's row of the export, read again from the text.
    fn record(&self, deal: &Deal) -> Record {
        let width = self.layout.header.len();
        let reader = self.reader.lock().ok().and_then(|mut slot| slot.take());
        let reader = reader.unwrap_or_else(|| crate::record::core_reader(self.delimiter));
        let mut records = Records::resume(
            &self.text,
            self.delimiter,
            reader,
            deal.start as usize,
            width,
        );
        let mut record = records.buffer(width);
        records.read(&mut record, width);
        if let Ok(mut slot) = self.reader.lock() {
            *slot = Some(records.into_reader());
        }
        record
    }

    /// A deal's row as written in the export.
    fn raw(&self, deal: &Deal) -> &str {
        &self.text[deal.start as usize..deal.end as usize]
    }

    fn near(&self) -> &Near {
        self.near.get_or_init(|| {
            let ids = (0..self.deals.len() as u32).map(|deal| (self.id(deal), deal));
            Near::new(ids, self.deals.len())
        })
    }
}

/// Reads an export (the bytes of a CSV file in any encoding the upload may be in; a workbook is
/// read into CSV text by the edges first). Never fails: a file that is not an export is
/// [`Baseline::Unusable`], with why.
pub fn read(
    input: &[u8],
    translations: Option<&'static crate::translations::Translations>,
) -> Baseline {
    let (text, _) = match crate::decode::decode(input) {
        Ok(read) => read,
        Err(unreadable) => return Baseline::Unusable(unreadable.data),
    };
    let delimiter = crate::decode::sniff_delimiter(&text);
    let text = text.into_owned();
    let mut records = Records::new(&text, delimiter);
    let mut record = records.buffer(usize::MAX);
    if !records.read(&mut record, usize::MAX) {
        return Baseline::Unusable(m::baseline_empty());
    }
    let header = std::mem::replace(&mut record, records.buffer(usize::MAX));
    let template = header::choose(&header);
    let (layout, _) = header::resolve(header, template.template(), translations);
    if let Some(other) = layout.other_file {
        return Baseline::Unusable(m::baseline_other_file((other.what)()));
    }
    let Some(id_index) = layout.index(Field::ReferralId) else {
        return Baseline::Unusable(m::baseline_no_referral_id(
            template.template().name(Field::ReferralId),
        ));
    };
    let keep = layout.header.len();
    let mut ids = String::new();
    // At most a deal per line: counted first, so that the list is never twice what it holds.
    let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
    let mut deals: Vec<Deal> = Vec::with_capacity(lines.min(MAX_DEALS + 1));
    let mut row = 1usize;
    while records.read(&mut record, keep) {
        row += 1 + record.blank_before();
        let Some(id) = record
            .get(id_index)
            .map(values::trim)
            .filter(|id| !id.is_empty())
        else {
            continue;
        };
        if deals.len() == MAX_DEALS {
            return Baseline::Unusable(m::baseline_too_many(MAX_DEALS));
        }
        // Texts are at most u32::MAX bytes long (decode refuses larger files), and so are the
        // Referral IDs together.
        let at = ids.len() as u32;
        ids.push_str(id);
        deals.push(Deal {
            row: u32::try_from(row).unwrap_or(u32::MAX),
            start: record.span().start as u32,
            end: record.span().end as u32,
            id: (at, id.len() as u32),
            duplicated: false,
        });
    }
    if deals.is_empty() {
        return Baseline::Unusable(m::baseline_no_deals(layout.column_name(id_index)));
    }
    let mut export = Export {
        text,
        delimiter,
        reader: std::sync::Mutex::new(Some(crate::record::core_reader(delimiter))),
        layout,
        ids,
        index: Vec::new(),
        deals,
        duplicates: Vec::new(),
        duplicated: 0,
        near: std::sync::OnceLock::new(),
    };
    export.deals.shrink_to_fit();
    let mut index: Vec<(u64, u32)> = (0..export.deals.len() as u32)
        .map(|deal| (id_hash(export.id(deal)), deal))
        .collect();
    index.sort_unstable_by(|a, b| {
        (a.0.cmp(&b.0))
            .then_with(|| export.id(a.1).cmp(export.id(b.1)))
            .then(a.1.cmp(&b.1))
    });
    // One Referral ID's rows are side by side: more than one is a duplicate.
    let mut repeated: Vec<(u32, Vec<usize>)> = Vec::new();
    let mut run = 0;
    while run < index.len() {
        let id = export.id(index[run].1);
        let end = run
            + index[run..]
                .iter()
                .take_while(|(_, d)| export.id(*d) == id)
                .count();
        if end - run > 1 {
            for &(_, deal) in &index[run..end] {
                export.deals[deal as usize].duplicated = true;
            }
            let rows = index[run..end]
                .iter()
                .take(DUPLICATES_SHOWN)
                .map(|(_, d)| export.deals[*d as usize].row as usize)
                .collect();
            repeated.push((index[run].1, rows));
        }
        run = end;
    }
    export.duplicated = repeated.len();
    repeated.sort_unstable_by_key(|(first, _)| *first);
    export.duplicates = repeated
        .into_iter()
        .take(DUPLICATES_SHOWN)
        .map(|(first, rows)| (export.id(first).to_string(), rows))
        .collect();
    export.index = index;
    Baseline::Export(Box::new(export))
}

/// What the export says about the file as a whole: why it could not be used (CS601), or its
/// repeated Referral IDs (CS602).
pub fn file_issues(baseline: &Baseline) -> Vec<crate::FileIssue> {
    match baseline {
        Baseline::Unusable(why) => vec![crate::FileIssue::new(
            Code::BaselineUnusable,
            m::baseline_unusable(why.clone()),
        )],
        Baseline::Export(export) if !export.duplicates.is_empty() => {
            let name = export.layout.field_name(Field::ReferralId).to_string();
            let shown = export.duplicates.iter().map(|(id, rows)| {
                let rows = rows.iter().map(|r| Arg::from(r.to_string()));
                Arg::from(m::baseline_duplicate_one(
                    id.as_str(),
                    message::List::new(message::Join::And, rows),
                ))
            });
            let mut list = message::List::new(message::Join::Comma, shown);
            let more = export.duplicated.saturating_sub(export.duplicates.len());
            if more > 0 {
                list.items.push(m::and_more(more).into());
            }
            vec![crate::FileIssue::new(
                Code::BaselineDuplicate,
                m::baseline_duplicate(name, list),
            )]
        }
        Baseline::Export(_) => Vec::new(),
    }
}

/// The kinds of numbered column, each paired by its number.
const NUMBERED_KINDS: [Numbered; 3] = [
    Numbered::Solution,
    Numbered::TeamMember,
    Numbered::MicrosoftTeamMember,
];

/// How an upload's columns pair with an export's: for each upload column (by index), the
/// export column that holds the same thing, if any. Made once per upload header.
#[derive(Debug)]
pub struct Pairing {
    columns: Vec<Paired>,
    /// The upload's header is the export's, cell for cell: a row written as the export wrote
    /// its deal changes nothing, without reading the deal's row again.
    same_header: bool,
}

/// One column of the upload, and the export's column that holds the same thing.
#[derive(Debug)]
struct Paired {
    /// Its index in the upload's header.
    ours: usize,
    /// The export's column, if it has one.
    theirs: Option<usize>,
    /// The template column it is, if it is one.
    field: Option<Field>,
    /// When Partner Center takes no change to it (the upload's template says).
    read_only: ReadOnly,
}

/// Pairs the columns of an upload (`layout`) with the export's.
pub fn pair(layout: &Layout, export: &Export) -> Pairing {
    let theirs = &export.layout;
    let mut claimed_ours = vec![false; layout.header.len()];
    let mut claimed_theirs = vec![false; theirs.header.len()];
    let mut columns = Vec::new();
    for column in layout.template.columns {
        let field = column.field;
        let Some(ours) = layout.index(field) else {
            continue;
        };
        claimed_ours[ours] = true;
        if field == Field::Errors {
            continue;
        }
        let other = theirs.index(field);
        if let Some(i) = other {
            claimed_theirs[i] = true;
        }
        columns.push(Paired {
            ours,
            theirs: other,
            field: Some(field),
            read_only: column.read_only,
        });
    }
    for kind in NUMBERED_KINDS {
        for &(n, ours) in layout.numbered(kind) {
            claimed_ours[ours] = true;
            let other = theirs
                .numbered(kind)
                .iter()
                .find(|(m, _)| *m == n)
                .map(|(_, i)| *i);
            if let Some(i) = other {
                claimed_theirs[i] = true;
            }
            let read_only = layout.template.numbered(kind).map(|c| c.read_only);
            columns.push(Paired {
                ours,
                theirs: other,
                field: None,
                read_only: read_only.unwrap_or(ReadOnly::No),
            });
        }
    }
    // The export's own template columns the upload's template lacks are claimed too.
    for column in theirs.template.columns {
        if let Some(i) = theirs.index(column.field) {
            claimed_theirs[i] = true;
        }
    }
    for kind in NUMBERED_KINDS {
        for &(_, i) in theirs.numbered(kind) {
            claimed_theirs[i] = true;
        }
    }
    // Any other column, by its name.
    let names: Vec<(usize, String)> = theirs
        .header
        .iter()
        .enumerate()
        .filter(|(i, _)| !claimed_theirs[*i])
        .map(|(i, name)| (i, normalized(name)))
        .collect();
    for (ours, name) in layout.header.iter().enumerate() {
        if claimed_ours[ours] {
            continue;
        }
        let name = normalized(name);
        let other = names.iter().find(|(_, n)| *n == name).map(|(i, _)| *i);
        columns.push(Paired {
            ours,
            theirs: other,
            field: None,
            read_only: ReadOnly::No,
        });
    }
    columns.sort_by_key(|c| c.ours);
    let same_header =
        layout.header.len() == theirs.header.len() && layout.header.iter().eq(theirs.header.iter());
    Pairing {
        columns,
        same_header,
    }
}

/// An update row of the upload: its cells, its text as written (`raw`, its line end excluded),
/// its spreadsheet row and its Referral ID (trimmed).
pub struct UpdateRow<'r> {
    pub cells: &'r Record,
    pub raw: &'r str,
    pub row: usize,
    pub id: &'r str,
}

/// Compares an update row with its deal in the export: the findings go to `findings`; what
/// changed is returned (`None` when the deal is not in the export, or is on more than one of its
/// rows).
pub fn compare(
    export: &Export,
    pairing: &Pairing,
    layout: &Layout,
    update_row: &UpdateRow,
    findings: &mut Vec<Finding>,
) -> Option<Update> {
    let UpdateRow {
        cells,
        raw,
        row,
        id,
    } = *update_row;
    let Some(deal) = export.find(id) else {
        not_in_export(export, layout, cells, id, findings);
        return None;
    };
    if deal.duplicated {
        return None;
    }
    let substatuses = |template: &Template, raw: Option<&str>| {
        raw.and_then(|s| values::listed(values::trim(s), template.substatuses).value())
    };
    // Most rows of an upload are their deal as exported: said so without reading it again.
    if pairing.same_header && raw == export.raw(deal) {
        let substatus = layout
            .index(Field::PartnerSubstatus)
            .and_then(|i| cells.get(i));
        if let Some(sub) =
            substatuses(layout.template, substatus).filter(|s| values::is_terminal(*s))
        {
            findings.push(row_finding(
                Code::TerminalUnchanged,
                m::baseline_terminal_unchanged(values::substatus_name(sub)),
            ));
        }
        return Some(update(row, id, deal, Vec::new()));
    }
    let theirs = export.record(deal);
    let before_of = |i: Option<usize>| i.and_then(|i| theirs.get(i)).unwrap_or("");
    // Each column that differs from the export: the column, its cell before and after (empty
    // before when the export has no such column, and then only a value here is a change).
    let mut changed: Vec<(&Paired, &str, &str)> = Vec::new();
    for paired in &pairing.columns {
        let after = cells.get(paired.ours).unwrap_or("");
        let before = before_of(paired.theirs);
        if paired.theirs.is_none() && values::trim(after).is_empty() {
            continue;
        }
        if !same(paired.field, before, after) {
            changed.push((paired, before, after));
        }
    }
    let changes: Vec<CellChange> = changed
        .iter()
        .map(|&(paired, before, after)| CellChange {
            column: layout.column_name(paired.ours).to_string(),
            before: before.to_string(),
            after: after.to_string(),
        })
        .collect();
    let status_of = |raw: &str| values::listed(values::trim(raw), values::STATUSES).value();
    let was = status_of(before_of(export.layout.index(Field::PartnerStatus)));
    let was_sub = substatuses(
        export.layout.template,
        Some(before_of(export.layout.index(Field::PartnerSubstatus))),
    );
    let mut finding = |index: usize, code: Code, message: Message, fix: Option<&str>| {
        findings.push(Finding {
            index: Some(index),
            column: Some(layout.column_name(index).to_string()),
            code,
            message,
            value: cells.get(index).map_or_else(String::new, values::excerpt),
            fix: fix.map(str::to_string),
            also: Vec::new(),
        });
    };
    if let Some(sub) = was_sub.filter(|s| values::is_terminal(*s)) {
        let sub_name = values::substatus_name(sub);
        // Estimated Deal Value can change until the deal is Won or Lost: CS609 says so on
        // its cell; CS603 names every other change.
        let value_frozen = matches!(sub, Substatus::Won | Substatus::Lost);
        let mut others = Vec::new();
        for &(paired, before, after) in &changed {
            let column = layout.column_name(paired.ours);
            if value_frozen && paired.field == Some(Field::DealValue) && paired.theirs.is_some() {
                let message = m::baseline_deal_value_closed(
                    column,
                    sub_name,
                    quoted(values::trim(before)),
                    quoted(values::trim(after)),
                );
                finding(paired.ours, Code::DealValueClosed, message, Some(before));
            } else {
                others.push(column);
            }
        }
        if changed.is_empty() {
            findings.push(row_finding(
                Code::TerminalUnchanged,
                m::baseline_terminal_unchanged(sub_name),
            ));
        } else if !others.is_empty() {
            let message = m::baseline_terminal_changed(sub_name, message::and(others));
            findings.push(row_finding(Code::TerminalChanged, message));
        }
        return Some(update(row, id, deal, changes));
    }
    // A column the export lacks has no value before it to hold the change against.
    for &(paired, before, after) in changed.iter().filter(|(p, ..)| p.theirs.is_some()) {
        let Paired {
            ours,
            field,
            read_only,
            ..
        } = *paired;
        let before_t = values::trim(before);
        let after_t = values::trim(after);
        let column = layout.column_name(ours);
        match (field, read_only) {
            // An Engagement ID emptied, or filled in where the export has none, is the row's
            // changes' to list, not an error.
            (Some(Field::EngagementId), _) if !before_t.is_empty() && !after_t.is_empty() => {
                let message = m::baseline_engagement_id(
                    column,
                    quoted(after_t),
                    quoted(before_t),
                    layout.field_name(Field::ReferralId),
                );
                finding(ours, Code::EngagementIdDiffers, message, Some(before));
            }
            (Some(Field::EngagementId | Field::ReferralId | Field::Errors), _) => {}
            (Some(Field::PartnerStatus), _) => {
                if let (Some(was), Some(now)) = (was, status_of(after_t)) {
                    let allowed = moves(was);
                    if !allowed.contains(&now) {
                        let message = m::baseline_status_move(
                            column,
                            values::status_name(was),
                            values::status_name(now),
                            message::or(allowed.iter().map(|s| values::status_name(*s))),
                        );
                        finding(ours, Code::StatusMove, message, None);
                    }
                }
            }
            (_, ReadOnly::AfterCreation) => {
                let message =
                    m::baseline_read_only_created(column, quoted(before_t), quoted(after_t));
                let fix = (field != Some(Field::Consent)).then_some(before);
                finding(ours, Code::ReadOnlyChanged, message, fix);
            }
            (_, ReadOnly::OnceYes)
                if values::yes_no_meaning(before_t) == Some(values::YesNo::Yes) =>
            {
                let message = m::baseline_read_only_yes(column, quoted(after_t));
                finding(ours, Code::ReadOnlyChanged, message, Some(before));
            }
            (_, ReadOnly::OnceNumber) if !before_t.is_empty() => {
                let message =
                    m::baseline_read_only_number(column, quoted(before_t), quoted(after_t));
                finding(ours, Code::ReadOnlyChanged, message, Some(before));
            }
            (_, ReadOnly::AfterSharing) => {
                let message =
                    m::baseline_read_only_shared(column, quoted(before_t), quoted(after_t));
                finding(ours, Code::ReadOnlyShared, message, Some(before));
            }
            (_, ReadOnly::Always) => {
                let message =
                    m::baseline_filled_by_partner_center(column, quoted(before_t), quoted(after_t));
                finding(ours, Code::FilledByPartnerCenter, message, Some(before));
            }
            _ => {}
        }
    }
    Some(update(row, id, deal, changes))
}

fn update(row: usize, id: &str, deal: &Deal, changes: Vec<CellChange>) -> Update {
    Update {
        row,
        referral_id: id.to_string(),
        export_row: deal.row as usize,
        unchanged: changes.is_empty(),
        changes,
    }
}

fn row_finding(code: Code, message: Message) -> Finding {
    Finding {
        index: None,
        column: None,
        code,
        message,
        value: String::new(),
        fix: None,
        also: Vec::new(),
    }
}

/// The statuses a deal may move to from `status` (FACTS.md's transition table).
fn moves(status: Status) -> &'static [Status] {
    match status {
        Status::New => &[Status::New, Status::Active, Status::Closed],
        Status::Active => &[Status::Active, Status::Closed],
        Status::Closed => &[Status::Closed],
    }
}

/// Whether a cell says the same as the export's: the same text but for spaces around it; for an
/// amount or a date, the same number or day however written (`25000` and `25000.00`).
fn same(field: Option<Field>, before: &str, after: &str) -> bool {
    let (before, after) = (values::trim(before), values::trim(after));
    if before == after {
        return true;
    }
    match field {
        Some(Field::DealValue) => match (before.parse::<f64>(), after.parse::<f64>()) {
            (Ok(a), Ok(b)) => {
                a == b && values::is_plain_decimal(before) && values::is_plain_decimal(after)
            }
            _ => false,
        },
        Some(Field::CloseDate) => matches!(
            (values::close_date(before), values::close_date(after)),
            (Ok(a), Ok(b)) if a == b
        ),
        _ => false,
    }
}

/// CS610: an update row whose Referral ID the export does not have, with the closest one the
/// export has when it is one or two characters away.
fn not_in_export(
    export: &Export,
    layout: &Layout,
    cells: &Record,
    id: &str,
    findings: &mut Vec<Finding>,
) {
    let Some(index) = layout.index(Field::ReferralId) else {
        return;
    };
    let column = layout.column_name(index);
    let message = match export.near().closest(id, |deal| export.id(deal)) {
        Some(deal) => {
            let row = export.deals[deal as usize].row as usize;
            m::baseline_not_in_export_near(column, quoted(id), export.id(deal), row)
        }
        None => m::baseline_not_in_export(column, quoted(id), export.deals.len()),
    };
    findings.push(Finding {
        index: Some(index),
        column: Some(column.to_string()),
        code: Code::NotInExport,
        message,
        value: cells.get(index).map_or_else(String::new, values::excerpt),
        fix: None,
        also: Vec::new(),
    });
}

/// Finds, among many IDs, those within two edits (insertions, deletions, substitutions) of
/// another, without comparing with every one: each ID is cut into three parts by its length,
/// and two edits leave one of the three untouched, in the other ID at most two places away.
/// Only the IDs sharing such a part are compared (with `strsim`).
#[derive(Debug, Default)]
struct Near {
    /// Each ID's three parts, as the hash of (its length, which part, the part's bytes), with
    /// the ID's deal: sorted by hash (16 bytes a part).
    parts: Vec<(u64, u32)>,
}

/// IDs shorter than this are not looked for nearby: their parts match too much.
const NEAR_SHORTEST: usize = 6;
/// The most edits apart an ID "nearby" is.
const NEAR_EDITS: usize = 2;

fn part_key(len: usize, part: usize, bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (len, part, bytes).hash(&mut hasher);
    hasher.finish()
}

impl Near {
    /// The index of `count` IDs, each with its deal.
    fn new<'i>(ids: impl Iterator<Item = (&'i str, u32)>, count: usize) -> Near {
        let mut parts = Vec::with_capacity(3 * count);
        for (id, deal) in ids.filter(|(id, _)| id.len() >= NEAR_SHORTEST - NEAR_EDITS) {
            let bytes = id.as_bytes();
            for (part, range) in thirds(bytes.len()).into_iter().enumerate() {
                parts.push((part_key(bytes.len(), part, &bytes[range]), deal));
            }
        }
        parts.sort_unstable();
        Near { parts }
    }

    /// The deal whose ID (`id_of`) is closest to `id`, within two edits: the fewest edits, then
    /// the first ID in sorted order.
    fn closest<'a>(&self, id: &str, id_of: impl Fn(u32) -> &'a str) -> Option<u32> {
        let bytes = id.as_bytes();
        if bytes.len() < NEAR_SHORTEST || bytes.len() > 200 {
            return None;
        }
        let mut best: Option<(usize, &str, u32)> = None;
        for len in bytes.len() - NEAR_EDITS..=bytes.len() + NEAR_EDITS {
            for (part, range) in thirds(len).into_iter().enumerate() {
                for shift in 0..=2 * NEAR_EDITS {
                    let Some(start) = (range.start + shift).checked_sub(NEAR_EDITS) else {
                        continue;
                    };
                    let Some(piece) = bytes.get(start..start + range.len()) else {
                        continue;
                    };
                    let key = part_key(len, part, piece);
                    let first = self.parts.partition_point(|(k, _)| *k < key);
                    for &(_, deal) in self.parts[first..].iter().take_while(|(k, _)| *k == key) {
                        let other = id_of(deal);
                        let distance = strsim::levenshtein(other, id);
                        if distance <= NEAR_EDITS
                            && best.is_none_or(|(d, o, _)| (distance, other) < (d, o))
                        {
                            best = Some((distance, other, deal));
                        }
                    }
                }
            }
        }
        best.map(|(_, _, deal)| deal)
    }
}

/// An ID of `len` bytes cut into three parts.
fn thirds(len: usize) -> [std::ops::Range<usize>; 3] {
    let (a, b) = (len / 3, 2 * len / 3);
    [0..a, a..b, b..len]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Why a file is no export, as its message's id.
    fn unusable(input: &[u8]) -> &'static str {
        match read(input, None) {
            Baseline::Unusable(why) => why.id,
            Baseline::Export(export) => panic!("an export of {} deals", export.deals()),
        }
    }

    /// An edge may keep a read export for the same bytes only: a UTF-8 export is known again
    /// (with a byte-order mark or not), a changed one, another encoding or no export is not.
    #[test]
    fn an_export_is_known_again_only_from_its_own_bytes() {
        let csv = "Referral ID,Deal Name\r\nA-1,One\r\nA-2,Two\r\n";
        let export = read(csv.as_bytes(), None);
        assert!(export.is_read_from(csv.as_bytes()));
        assert!(export.is_read_from(format!("\u{feff}{csv}").as_bytes()));
        assert!(!export.is_read_from(csv.replace("Two", "Tvo").as_bytes()));
        assert!(!export.is_read_from(&csv.as_bytes()[..csv.len() - 2]));
        let latin1 = b"Referral ID,Deal Name\r\nA-1,Caf\xe9\r\n";
        assert!(!read(latin1, None).is_read_from(latin1));
        assert!(!read(b"Name\r\nx\r\n", None).is_read_from(b"Name\r\nx\r\n"));
    }

    #[test]
    fn the_same_value_written_differently_is_no_change() {
        assert!(same(Some(Field::DealValue), "25000", "25000.00"));
        assert!(same(Some(Field::CloseDate), "1/30/2027", "01/30/2027"));
        assert!(same(Some(Field::Notes), " First call ", "First call"));
        assert!(!same(Some(Field::DealValue), "25000", "25001"));
        // Only amounts and dates are read as such: a code's zero matters.
        assert!(!same(Some(Field::PostalCode), "02134", "2134"));
        assert!(!same(Some(Field::DealValue), "25000", "25,000"));
    }

    #[test]
    fn what_is_no_export_says_why() {
        assert_eq!(unusable(b""), "baseline-empty");
        assert_eq!(
            unusable(b"Deal Name,Customer Name\r\nA,B\r\n"),
            "baseline-no-referral-id"
        );
        assert_eq!(
            unusable(b"Referral ID,Deal Name\r\n,A\r\n ,B\r\n"),
            "baseline-no-deals"
        );
        let azure = b"Referral ID,Registration Date,Registration Type,Registration Status,Contract Value\r\nR-1,1/1/2027,AzureIPCoSell,Approved,100\r\n";
        assert_eq!(unusable(azure), "baseline-other-file");
        // Not text at all: the decoder's own message.
        assert_eq!(unusable(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "not-csv");
        // Either template, any separator and encoding: an export.
        let semicolons = "Referral ID;Deal Name;Customer Name\r\nR-1;Caf\u{e9};Contoso\r\n";
        let (windows_1252, _, _) = encoding_rs::WINDOWS_1252.encode(semicolons);
        let Baseline::Export(export) = read(&windows_1252, None) else {
            panic!("not read");
        };
        assert_eq!(export.deals(), 1);
        let deal = export.find("R-1").unwrap();
        assert_eq!(export.record(deal).get(1), Some("Caf\u{e9}"));
    }

    #[test]
    fn near_finds_ids_two_edits_away_and_no_further() {
        let ids = ["ABCDEF-1234", "ABCDEF-9999", "QWERTY-0000", "ZZZZZZZZZZZZ"];
        let near = Near::new(ids.iter().copied().zip(0..), ids.len());
        let near = |id: &str| {
            near.closest(id, |deal| ids[deal as usize])
                .map(|d| ids[d as usize])
        };
        assert_eq!(near("ABCDEF-1235"), Some("ABCDEF-1234"));
        assert_eq!(near("BCDEF-1234"), Some("ABCDEF-1234"));
        assert_eq!(near("ABCDEFF-12345"), Some("ABCDEF-1234"));
        assert_eq!(near("XBCDEF-1Y34"), Some("ABCDEF-1234"));
        assert_eq!(near("QWERTY-0000"), Some("QWERTY-0000"));
        assert_eq!(near("QWXXTY-0000"), Some("QWERTY-0000"));
        assert_eq!(near("QXXXTY-0000"), None);
        assert_eq!(near("ZZZZZZZZZZ"), Some("ZZZZZZZZZZZZ"));
        assert_eq!(near("short"), None);
    }

    /// Every pair of random IDs within two edits is found, as comparing with every ID finds it.
    #[test]
    fn near_agrees_with_comparing_every_pair() {
        let mut seed = 7u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"AB01-";
        let mut ids: Vec<String> = Vec::new();
        for _ in 0..300 {
            let len = 6 + (next() % 6) as usize;
            ids.push(
                (0..len)
                    .map(|_| alphabet[(next() % 5) as usize] as char)
                    .collect(),
            );
        }
        let near = Near::new(ids.iter().map(String::as_str).zip(0..), ids.len());
        for _ in 0..300 {
            let len = 6 + (next() % 6) as usize;
            let query: String = (0..len)
                .map(|_| alphabet[(next() % 5) as usize] as char)
                .collect();
            let mut sorted: Vec<&str> = ids.iter().map(String::as_str).collect();
            sorted.sort_unstable();
            sorted.dedup();
            let expected = sorted
                .iter()
                .map(|id| (strsim::levenshtein(id, &query), *id))
                .filter(|(d, _)| *d <= NEAR_EDITS)
                .min()
                .map(|(_, id)| id);
            let found = near.closest(&query, |deal| &ids[deal as usize]);
            assert_eq!(found.map(|d| ids[d as usize].as_str()), expected, "{query}");
        }
    }
}
