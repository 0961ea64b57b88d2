//! The header row: which template the file is in, which column is which (once per file), and
//! what is wrong with the header.
//!
//! A header cell names a template column when it is spelled as the template spells it (or as a
//! documented or seen variant: [`crate::template::Column::also`]), silently; or when it is the
//! same letters in another case or spacing (a space before `?`, a trailing ` *`), with a warning
//! (CS019) that names the template's spelling.

use crate::message::{self, m, Arg, Join, List, Message};
use crate::record::Record;
use crate::report::FileIssue;
use crate::rules::Code;
use crate::template::{
    Field, Numbered, Template, TemplateId, FIELD_COUNT, MAX_NUMBERED, TEMPLATES,
};
use crate::values::quoted;

/// Where each template column sits in this file. Built once; the row checks only index into it.
#[derive(Debug)]
pub struct Layout {
    /// The header cells exactly as read.
    pub header: Record,
    /// The template the file is checked against.
    pub template: &'static Template,
    fields: [Option<usize>; FIELD_COUNT],
    /// `(n, column index)` of each kind of numbered column, in ascending n.
    numbered: [Vec<(u8, usize)>; 3],
    /// The number of columns a row must have, the Errors column aside.
    pub data_columns: usize,
    /// Header cells too long to name in a message, shortened (by index): a message names a
    /// column, but not one of a million characters.
    shortened: Vec<(usize, String)>,
    /// The file is another Partner Center bulk file (what it is, where it goes), not a co-sell
    /// opportunities file.
    pub other_file: Option<&'static crate::template::OtherFile>,
    /// The template's columns whose values are mandatory (always, or on a row that creates a
    /// deal), listed once for every row.
    mandatory: Vec<(Field, crate::template::Mandatory)>,
    /// Header cells named as a translated page of Microsoft's documentation names them, read as
    /// the column they translate: (index, the template's English name).
    pub renamed: Vec<(usize, String)>,
    /// That page's language (`sv-se`): the first found in the header.
    pub language: Option<String>,
}

/// The longest column name a message repeats; longer ones are cut, with an ellipsis.
const NAME_CHARS: usize = 100;

fn kind_index(kind: Numbered) -> usize {
    match kind {
        Numbered::Solution => 0,
        Numbered::TeamMember => 1,
        Numbered::MicrosoftTeamMember => 2,
    }
}

impl Layout {
    pub fn index(&self, field: Field) -> Option<usize> {
        self.fields[field as usize]
    }

    /// The template column at header index `index`, if it is one.
    #[cfg(feature = "sheets")]
    pub fn field_at(&self, index: usize) -> Option<Field> {
        self.template
            .columns
            .iter()
            .map(|c| c.field)
            .find(|&f| self.index(f) == Some(index))
    }

    /// The columns a row must fill: always (`Mandatory::Yes`) or to create a deal
    /// (`Mandatory::OnCreate`).
    pub fn mandatory(&self) -> &[(Field, crate::template::Mandatory)] {
        &self.mandatory
    }

    /// `(n, column index)` of the numbered columns of `kind`, in ascending n.
    pub fn numbered(&self, kind: Numbered) -> &[(u8, usize)] {
        &self.numbered[kind_index(kind)]
    }

    /// A column's name as this file's header spells it (cut after 100 characters).
    pub fn column_name(&self, index: usize) -> &str {
        // `shortened` is in index order.
        match self.shortened.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(at) => &self.shortened[at].1,
            Err(_) => self.header.get(index).unwrap_or(""),
        }
    }

    /// A template column's name as this file's header spells it (the template's spelling when
    /// the column is missing: messages about it still need a name).
    pub fn field_name(&self, field: Field) -> &str {
        match self.index(field) {
            Some(i) => self.column_name(i),
            None => self.template.name(field),
        }
    }
}

/// Excel's name for the column at `index`: A, B, …, Z, AA, AB, …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// How a header is compared with the templates' names: lower case, single spaces, no space
/// before `?`, no trailing `*` (some templates mark required columns so).
pub fn normalized(name: &str) -> String {
    let name = name.trim().trim_end_matches('*');
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() && word != "?" {
            out.push(' ');
        }
        out.push_str(word);
    }
    crate::case::lower(&out)
}

/// What a header cell names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    Field(Field),
    Numbered(Numbered, u8),
}

/// How a header cell matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    /// As the template spells it (or a known variant).
    Exact(Name),
    /// The same letters in another case or spacing.
    Spelling(Name),
    /// A numbered column whose number is not 1 to 50 written plainly.
    BadNumber(Numbered),
}

/// Reads `Solution 7` (in the template's spelling when `exact`): the kind, and the number when
/// it is 1 to 50 written plainly (not `Solution 0`, `Solution 51`, `Solution 07`, `Solution A`).
fn numbered(template: &Template, name: &str, exact: bool) -> Option<(Numbered, Option<u8>)> {
    let lower;
    let (text, fold) = if exact {
        (name, false)
    } else {
        lower = normalized(name);
        (lower.as_str(), true)
    };
    template.numbered.iter().find_map(|n| {
        let prefix = n.kind.prefix();
        let rest = if fold {
            text.strip_prefix(&crate::case::lower(prefix)[..])?
        } else {
            text.strip_prefix(prefix)?
        };
        if !rest.is_empty() && !rest.starts_with(' ') {
            return None; // "Solutions", "Team members": not numbered columns
        }
        let digits = rest.strip_prefix(' ').unwrap_or(rest);
        let number = digits
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=MAX_NUMBERED).contains(n) && !digits.starts_with(['0', '+']));
        Some((n.kind, number))
    })
}

/// A template's column names, ready to look up: as spelled, and as [`normalized`] (a few dozen:
/// a scan is as quick as a hash, and smaller in the page's module).
struct Names {
    exact: Vec<(&'static str, Field)>,
    folded: Vec<(String, Field)>,
}

/// The field a name stands for in a list of names.
fn find<S: AsRef<str>>(names: &[(S, Field)], name: &str) -> Option<Field> {
    names
        .iter()
        .find(|(n, _)| n.as_ref() == name)
        .map(|&(_, f)| f)
}

/// The names of `template` (built once per template and program run).
fn names(template: &Template) -> &'static Names {
    static NAMES: std::sync::OnceLock<Vec<Names>> = std::sync::OnceLock::new();
    let all = NAMES.get_or_init(|| {
        TEMPLATES
            .iter()
            .map(|t| {
                let spellings = || {
                    t.columns.iter().flat_map(|c| {
                        std::iter::once(&c.name)
                            .chain(c.also)
                            .map(|n| (*n, c.field))
                    })
                };
                Names {
                    exact: spellings().collect(),
                    folded: spellings().map(|(n, f)| (normalized(n), f)).collect(),
                }
            })
            .collect()
    });
    let at = TEMPLATES
        .iter()
        .position(|t| t.id == template.id)
        .unwrap_or(0);
    &all[at]
}

/// What a header cell names in `template`.
fn lookup(template: &Template, name: &str) -> Option<Match> {
    let names = names(template);
    if let Some(field) = find(&names.exact, name) {
        return Some(Match::Exact(Name::Field(field)));
    }
    match numbered(template, name, true) {
        Some((kind, Some(n))) => return Some(Match::Exact(Name::Numbered(kind, n))),
        Some((kind, None)) if name.starts_with(kind.prefix()) => {
            return Some(Match::BadNumber(kind))
        }
        _ => {}
    }
    // No template name is anywhere near this long; normalising would only cost time.
    if name.len() > 80 {
        return None;
    }
    if let Some(field) = find(&names.folded, &normalized(name)) {
        return Some(Match::Spelling(Name::Field(field)));
    }
    match numbered(template, name, false) {
        Some((kind, Some(n))) => Some(Match::Spelling(Name::Numbered(kind, n))),
        Some((kind, None)) => Some(Match::BadNumber(kind)),
        None => None,
    }
}

/// Whether `name` names a column of any template, in any case or spacing (how the separator and
/// a CSV file's first line are recognised).
pub fn is_template_name(name: &str) -> bool {
    TEMPLATES
        .iter()
        .any(|t| matches!(lookup(t, name), Some(Match::Exact(_) | Match::Spelling(_))))
}

/// The column of some template that `name` names, in any case or spacing (a numbered column
/// is none).
pub fn field_named(name: &str) -> Option<Field> {
    TEMPLATES.iter().find_map(|t| match lookup(t, name) {
        Some(Match::Exact(Name::Field(field)) | Match::Spelling(Name::Field(field))) => Some(field),
        _ => None,
    })
}

/// The template a header is in: the one with the most columns spelled as it alone spells them
/// (`Declined/Lost/Error reason`, `Marketplace Purchase Intent`); with none, the oldest (2021).
pub fn choose(header: &Record) -> TemplateId {
    let mut best: Option<(usize, TemplateId)> = None;
    for template in TEMPLATES {
        let own = header
            .iter()
            .filter(|name| {
                matches!(lookup(template, name), Some(Match::Exact(_)))
                    && TEMPLATES
                        .iter()
                        .filter(|other| other.id != template.id)
                        .all(|other| !matches!(lookup(other, name), Some(Match::Exact(_))))
            })
            .count();
        if own > 0 && best.is_none_or(|(n, _)| own > n) {
            best = Some((own, template.id));
        }
    }
    best.map_or(TEMPLATES[TEMPLATES.len() - 1].id, |(_, id)| id)
}

/// The template name a header cell probably means: a small typo away.
fn did_you_mean(template: &Template, name: &str) -> Option<String> {
    if name.len() > 80 {
        return None;
    }
    let wanted = normalized(name);
    if wanted.is_empty() {
        return None;
    }
    let candidates = template
        .columns
        .iter()
        .map(|c| c.name.to_string())
        .chain(template.numbered.iter().map(|n| n.kind.column_name(1)));
    let mut best: Option<(usize, String)> = None;
    for candidate in candidates {
        let distance = strsim::levenshtein(&wanted, &normalized(&candidate));
        let limit = (candidate.len() / 5).clamp(1, 4);
        if distance <= limit && best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Findings of one kind: the first LISTED named one by one, the rest summed up, so that a header
/// of 100,000 columns makes a short list.
const LISTED: usize = 20;

/// A kind of header finding that may repeat: how many, and the span of the ones not listed.
#[derive(Default)]
struct Tally {
    count: usize,
    unlisted: Option<(usize, usize)>,
}

impl Tally {
    /// Counts one at `index`; whether to list it.
    fn list(&mut self, index: usize) -> bool {
        self.count += 1;
        if self.count > LISTED {
            self.unlisted = Some((self.unlisted.map_or(index, |(first, _)| first), index));
            false
        } else {
            true
        }
    }

    /// The summing-up finding, if any were not listed: `what(more, columns)`.
    fn summed(&self, code: Code, what: impl Fn(usize, Message) -> Message) -> Option<FileIssue> {
        let (first, last) = self.unlisted?;
        let more = self.count - LISTED;
        let columns = m::columns_span(column_letter(first), column_letter(last));
        Some(FileIssue::new(code, what(more, columns)))
    }
}

/// The template's name in a message (`2021 template`).
fn template_name(template: &Template) -> Message {
    match template.id {
        TemplateId::Y2021 => m::template_2021(),
        TemplateId::Current => m::template_current(),
    }
}

/// Reads the header against `template`. Returns where each column is and the file-level
/// findings about it.
pub fn resolve(
    header: Record,
    template: &'static Template,
    translations: Option<&crate::translations::Translations>,
) -> (Layout, Vec<FileIssue>) {
    let mut issues = Vec::new();
    let mut fields = [None; FIELD_COUNT];
    let mut numbered_columns: [Vec<(u8, usize)>; 3] = Default::default();
    let mut seen: Vec<(Name, Vec<usize>)> = Vec::new();
    let mut unnamed = Vec::new();
    let (mut unknown, mut misnumbered, mut misspelled) =
        (Tally::default(), Tally::default(), Tally::default());
    // (header cell, the template name it probably means), for the missing-column messages.
    let mut near_misses: Vec<(usize, String)> = Vec::new();
    // Names of a translated page: read as the column they translate, and said once (CS020).
    let mut renamed: Vec<(usize, String)> = Vec::new();
    let mut ambiguous: Vec<(usize, crate::translations::Meaning)> = Vec::new();
    let mut language: Option<String> = None;

    for (index, name) in header.iter().enumerate() {
        let mut found = lookup(template, name);
        if found.is_none() {
            match translations.and_then(|t| translated(t, template, name, language.as_deref())) {
                Some(Translated::Column(meaning, known, english)) => {
                    language.get_or_insert_with(|| meaning.langs[0].clone());
                    renamed.push((index, english));
                    found = Some(Match::Exact(known));
                }
                Some(Translated::Ambiguous(meaning)) => {
                    language.get_or_insert_with(|| meaning.langs[0].clone());
                    ambiguous.push((index, meaning));
                    continue;
                }
                None => {}
            }
        }
        match found {
            Some(Match::Exact(known) | Match::Spelling(known)) => {
                if let Some(Match::Spelling(_)) = found {
                    if misspelled.list(index) {
                        let spelled = match known {
                            Name::Field(field) => template.name(field).to_string(),
                            Name::Numbered(kind, n) => kind.column_name(n),
                        };
                        issues.push(FileIssue::new(
                            Code::ColumnSpelling,
                            m::column_spelling(
                                quoted(name),
                                column_letter(index),
                                spelled,
                                template_name(template),
                            ),
                        ));
                    }
                }
                match seen.iter_mut().find(|(n, _)| *n == known) {
                    Some((_, places)) => places.push(index),
                    None => {
                        seen.push((known, vec![index]));
                        match known {
                            Name::Field(field) => fields[field as usize] = Some(index),
                            Name::Numbered(kind, n) => {
                                numbered_columns[kind_index(kind)].push((n, index))
                            }
                        }
                    }
                }
            }
            Some(Match::BadNumber(kind)) => {
                if misnumbered.list(index) {
                    issues.push(FileIssue::new(
                        Code::NumberedColumn,
                        m::numbered_column(
                            quoted(name),
                            column_letter(index),
                            kind.prefix(),
                            MAX_NUMBERED.to_string(),
                        ),
                    ));
                }
            }
            None if name.trim().is_empty() => unnamed.push(index),
            None => {
                if unknown.list(index) {
                    let meant = did_you_mean(template, name);
                    let (name, letter) = (quoted(name), column_letter(index));
                    let message = match meant {
                        Some(meant) => {
                            let message = m::unknown_column_near(name, letter, &meant);
                            near_misses.push((index, meant));
                            message
                        }
                        None => m::unknown_column(name, letter),
                    };
                    issues.push(FileIssue::new(Code::UnknownColumn, message));
                }
            }
        }
    }

    issues.extend(misspelled.summed(Code::ColumnSpelling, |more, columns| {
        let name = template_name(template);
        match more {
            1 => m::more_column_spelling_one(more, columns, name),
            _ => m::more_column_spelling(more, columns, name),
        }
    }));
    issues.extend(misnumbered.summed(Code::NumberedColumn, |more, columns| {
        let max = MAX_NUMBERED.to_string();
        match more {
            1 => m::more_numbered_one(more, max, columns),
            _ => m::more_numbered(more, max, columns),
        }
    }));
    issues.extend(
        unknown.summed(Code::UnknownColumn, |more, columns| match more {
            1 => m::more_unknown_one(more, columns),
            _ => m::more_unknown(more, columns),
        }),
    );
    if let Some(message) = translated_message(&header, &renamed, &ambiguous, language.as_deref()) {
        issues.push(FileIssue::new(Code::TranslatedColumns, message));
    }

    if !unnamed.is_empty() {
        let letters: Vec<String> = unnamed.iter().map(|&i| column_letter(i)).collect();
        let letters = list_places(&letters);
        let message = if unnamed.len() == 1 {
            m::unnamed_column(letters)
        } else {
            m::unnamed_columns(letters)
        };
        issues.push(FileIssue::new(Code::UnknownColumn, message));
    }

    for (_, places) in &seen {
        if places.len() > 1 {
            // The first ten places, and how many more.
            const SHOWN: usize = 10;
            let mut letters: Vec<Arg> = places
                .iter()
                .take(SHOWN)
                .map(|&i| Arg::from(column_letter(i)))
                .collect();
            if places.len() > SHOWN {
                letters.push(m::and_more(places.len() - SHOWN).into());
            }
            issues.push(FileIssue::new(
                Code::DuplicateColumn,
                m::duplicate_column(
                    header.get(places[0]).unwrap_or(""),
                    places.len(),
                    List::new(Join::Comma, letters),
                ),
            ));
        }
    }

    let missing_fields = template
        .columns
        .iter()
        .filter(|c| c.mandatory.in_header() && fields[c.field as usize].is_none())
        .map(|c| c.name.to_string());
    let missing_numbered = template
        .numbered
        .iter()
        .filter(|n| {
            n.mandatory
                && !numbered_columns[kind_index(n.kind)]
                    .iter()
                    .any(|(i, _)| *i == 1)
        })
        .map(|n| n.kind.column_name(1));
    let missing: Vec<String> = missing_fields.chain(missing_numbered).collect();

    // A file of another bulk operation: said once, instead of every column it lacks.
    let other_file = (!missing.is_empty())
        .then(|| crate::template::other_file(header.iter()))
        .flatten();
    if let Some(other) = other_file {
        // Its columns are not co-sell columns misspelled: nothing else about them is said.
        issues.clear();
        issues.push(FileIssue::new(
            Code::OtherBulkFile,
            m::other_bulk_file((other.what)(), (other.where_)()),
        ));
    } else {
        for missing in missing {
            let near = near_misses
                .iter()
                .find(|(_, meant)| *meant == missing)
                .map_or(Arg::from(""), |(index, _)| {
                    m::found_rename(header.get(*index).unwrap_or("")).into()
                });
            let message = if template.required == "Mandatory" {
                m::mandatory_column_missing(missing, near)
            } else {
                m::required_column_missing(missing, near)
            };
            issues.push(FileIssue::new(Code::MissingColumn, message));
        }
    }

    for list in &mut numbered_columns {
        list.sort_unstable();
    }
    let data_columns = header.len() - usize::from(fields[Field::Errors as usize].is_some());
    let shortened = header
        .iter()
        .enumerate()
        .filter_map(|(i, name)| {
            let (cut, _) = name.char_indices().nth(NAME_CHARS)?;
            Some((i, format!("{}…", &name[..cut])))
        })
        .collect();
    use crate::template::Mandatory;
    let mandatory = template
        .columns
        .iter()
        .filter(|c| matches!(c.mandatory, Mandatory::Yes | Mandatory::OnCreate))
        .map(|c| (c.field, c.mandatory))
        .collect();
    let layout = Layout {
        header,
        template,
        mandatory,
        fields,
        numbered: numbered_columns,
        data_columns,
        shortened,
        other_file,
        renamed,
        language,
    };
    (layout, issues)
}

/// A header cell that is a column name of a translated page.
enum Translated {
    /// The column it translates: its name in `template`.
    Column(crate::translations::Meaning, Name, String),
    /// A name the page gives two columns (Turkish names both contact names alike).
    Ambiguous(crate::translations::Meaning),
}

/// What `name` is as a translated page's column name, in `template`; `Solution 2` and the like
/// from the page's `Solution 1`.
fn translated(
    translations: &crate::translations::Translations,
    template: &Template,
    name: &str,
    lang: Option<&str>,
) -> Option<Translated> {
    let (meaning, number) = match translations.column(name, lang) {
        Some(meaning) => (meaning, None),
        None => {
            // `Lösning 2`: the page names only the first of each numbered column.
            let (prefix, digits) = name.trim().rsplit_once(' ')?;
            let number = digits.parse::<u8>().ok().filter(|n| *n > 1)?;
            let meaning = translations.column(&format!("{prefix} 1"), lang)?;
            (meaning, Some(number))
        }
    };
    if meaning.english.len() > 1 {
        return Some(Translated::Ambiguous(meaning));
    }
    let english = match number {
        Some(n) => format!("{} {n}", meaning.english[0].strip_suffix(" 1")?),
        None => meaning.english[0].clone(),
    };
    match lookup(template, &english)? {
        Match::Exact(known) | Match::Spelling(known) => {
            let spelled = match known {
                Name::Field(field) => template.name(field).to_string(),
                Name::Numbered(kind, n) => kind.column_name(n),
            };
            Some(Translated::Column(meaning, known, spelled))
        }
        Match::BadNumber(_) => None,
    }
}

/// The one finding about a header of translated names (CS020): the renames to make, and the
/// names the page gives two columns.
fn translated_message(
    header: &Record,
    renamed: &[(usize, String)],
    ambiguous: &[(usize, crate::translations::Meaning)],
    language: Option<&str>,
) -> Option<Message> {
    let language = crate::translations::language(language?);
    /// The renames named one by one; the rest counted.
    const NAMED: usize = 40;
    let renames = if renamed.is_empty() {
        Arg::from("")
    } else {
        let renames = renamed.iter().take(NAMED).map(|(index, english)| {
            Arg::from(m::rename(header.get(*index).unwrap_or(""), english))
        });
        let renames = List::new(Join::Comma, renames);
        match renamed.len().checked_sub(NAMED).filter(|more| *more > 0) {
            Some(more) => m::renames_more(renames, more).into(),
            None => m::renames(renames).into(),
        }
    };
    let ambiguous = ambiguous.iter().map(|(index, meaning)| {
        m::ambiguous_column(
            quoted(header.get(*index).unwrap_or("")),
            column_letter(*index),
            meaning.documentation(),
            message::and(meaning.english.iter().map(String::as_str)),
        )
    });
    let ambiguous = List::new(Join::Concat, ambiguous);
    Some(m::translated_columns(language, renames, ambiguous))
}

/// `A, B, C` or `AA–AF` for a run.
fn list_places(places: &[String]) -> String {
    if places.len() > 3 {
        format!("{}–{}", places[0], places[places.len() - 1])
    } else {
        places.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{CURRENT, TEMPLATE_2021};

    fn header(template: &'static Template, names: &[&str]) -> (Layout, Vec<FileIssue>) {
        resolve(Record::from_cells(names), template, None)
    }

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn each_templates_header_is_clean() {
        for template in TEMPLATES {
            let (layout, issues) = resolve(Record::from_cells(&template.header()), template, None);
            assert_eq!(issues, vec![], "{}", template.label);
            assert_eq!(layout.index(Field::Errors), Some(0));
            assert_eq!(choose(&layout.header), template.id, "{}", template.label);
        }
    }

    #[test]
    fn the_template_is_chosen_by_the_columns_only_it_spells() {
        let choose_from = |names: &[&str]| choose(&Record::from_cells(names));
        assert_eq!(choose_from(&["Deal Name", "Notes"]), TemplateId::Y2021);
        assert_eq!(
            choose_from(&["Deal Name", "Marketplace Purchase Intent"]),
            TemplateId::Current
        );
        assert_eq!(
            choose_from(&["Declined/Lost/Error reason"]),
            TemplateId::Current
        );
        assert_eq!(choose_from(&["Customer Postal code"]), TemplateId::Current);
        assert_eq!(choose_from(&["Customer Postal Code"]), TemplateId::Y2021);
        assert_eq!(
            choose_from(&["Microsoft team member 1"]),
            TemplateId::Current
        );
        // A spelling seen beside the current template, of a column both have: no evidence.
        assert_eq!(
            choose_from(&["What specific help from Microsoft ?"]),
            TemplateId::Y2021
        );
        assert_eq!(choose_from(&[]), TemplateId::Y2021);
    }

    #[test]
    fn other_spellings() {
        assert_eq!(
            normalized(" Customer  Postal Code "),
            "customer postal code"
        );
        assert_eq!(
            normalized("Microsoft help required ?"),
            "microsoft help required?"
        );
        assert_eq!(normalized("Customer Domain Name *"), "customer domain name");
        // Documented and seen spellings: silent.
        let (layout, issues) = header(
            &CURRENT,
            &[
                "Customer Postal Code",
                "Declined/Lost reason",
                "MPN Id",
                "Moodys Account Match 2",
            ],
        );
        assert_eq!(layout.index(Field::PostalCode), Some(0));
        assert_eq!(layout.index(Field::Reason), Some(1));
        assert_eq!(layout.index(Field::PartnerId), Some(2));
        assert_eq!(layout.index(Field::Duns2), Some(3));
        assert!(
            !issues.iter().any(|i| i.code == Code::ColumnSpelling),
            "{issues:?}"
        );
        // Other case or spacing: read, with a warning naming the template's spelling.
        let (layout, issues) = header(&TEMPLATE_2021, &["deal  name", "SOLUTION 2", "Notes "]);
        assert_eq!(layout.index(Field::DealName), Some(0));
        assert_eq!(layout.numbered(Numbered::Solution), &[(2, 1)]);
        assert_eq!(layout.index(Field::Notes), Some(2));
        let spelling: Vec<&str> = issues
            .iter()
            .filter(|i| i.code == Code::ColumnSpelling)
            .map(|i| i.message.as_str())
            .collect();
        assert_eq!(
            spelling,
            [
                "Column 'deal  name' (column A) is read as Deal Name, as the 2021 template spells it: rename it to be sure Partner Center reads it",
                "Column 'SOLUTION 2' (column B) is read as Solution 2, as the 2021 template spells it: rename it to be sure Partner Center reads it",
                "Column 'Notes ' (column C) is read as Notes, as the 2021 template spells it: rename it to be sure Partner Center reads it",
            ]
        );
    }

    #[test]
    fn near_misses_are_named() {
        let meant = |name| did_you_mean(&TEMPLATE_2021, name);
        assert_eq!(
            meant("Custmer Postal Code").as_deref(),
            Some("Customer Postal Code")
        );
        assert_eq!(meant("Favourite colour"), None);
    }

    #[test]
    fn numbered_columns() {
        let read = |name| numbered(&CURRENT, name, true);
        assert_eq!(read("Solution 50"), Some((Numbered::Solution, Some(50))));
        assert_eq!(read("Team member 1"), Some((Numbered::TeamMember, Some(1))));
        assert_eq!(
            read("Microsoft team member 3"),
            Some((Numbered::MicrosoftTeamMember, Some(3)))
        );
        for bad in [
            "Solution 51",
            "Solution 0",
            "Solution 07",
            "Solution A",
            "Solution",
        ] {
            assert_eq!(read(bad), Some((Numbered::Solution, None)), "{bad}");
        }
        assert_eq!(read("Solutions"), None);
        // The 2021 template has no Microsoft team members.
        assert_eq!(
            numbered(&TEMPLATE_2021, "Microsoft team member 1", true),
            None
        );
        let (layout, issues) = header(&TEMPLATE_2021, &["Solution 2", "Solution 1", "Solution 51"]);
        assert_eq!(layout.numbered(Numbered::Solution), &[(1, 1), (2, 0)]);
        assert!(issues.iter().any(|i| i.code == Code::NumberedColumn));
    }

    /// A header of thousands of misnumbered or repeated columns makes a few short findings.
    #[test]
    fn many_bad_columns_are_summed_up() {
        let mut names: Vec<String> = (100..5100).map(|n| format!("Solution {n}")).collect();
        names.extend((0..5000).map(|_| "Notes".to_string()));
        names.extend((0..5000).map(|i| format!("deal   NAME{}", " ".repeat(i % 3))));
        let (_, issues) = resolve(Record::from_cells(&names), &TEMPLATE_2021, None);
        let numbered: Vec<&FileIssue> = issues
            .iter()
            .filter(|i| i.code == Code::NumberedColumn)
            .collect();
        assert_eq!(numbered.len(), 21);
        assert_eq!(
            numbered[20].message,
            "4980 more numbered columns numbered outside 1 to 50 (columns U–GJH) are not read"
        );
        let spelling: Vec<&FileIssue> = issues
            .iter()
            .filter(|i| i.code == Code::ColumnSpelling)
            .collect();
        assert_eq!(spelling.len(), 21);
        let duplicate = issues
            .iter()
            .find(|i| i.code == Code::DuplicateColumn)
            .unwrap();
        assert!(duplicate.message.ends_with("GJI, GJJ, GJK, GJL, GJM, GJN, GJO, GJP, GJQ, GJR, and 4990 more); only the first is read"), "{}", duplicate.message);
        assert!(issues.iter().all(|i| i.message.len() < 300));
    }

    #[test]
    fn a_file_of_another_bulk_operation_is_named() {
        let (layout, issues) = header(
            &TEMPLATE_2021,
            &[
                "Referral ID",
                "Registration Date",
                "Registration Type",
                "Registration Status",
                "Contract Value",
                "Errors",
            ],
        );
        assert!(layout.other_file.is_some());
        let codes: Vec<Code> = issues.iter().map(|i| i.code).collect();
        assert_eq!(codes, [Code::OtherBulkFile]);
    }
}

#[cfg(all(test, feature = "translations"))]
mod translated_tests {
    use super::*;
    use crate::template::TEMPLATE_2021;

    fn resolved(names: &[&str]) -> (Layout, Vec<FileIssue>) {
        let translations = Some(crate::translations::embedded());
        resolve(Record::from_cells(names), &TEMPLATE_2021, translations)
    }

    /// A translated page's names are read as the columns they translate, numbered columns past
    /// the page's `1` included; English names stay as they are, and one finding says it all.
    #[test]
    fn translated_names_are_read_as_their_columns() {
        let (layout, issues) = resolved(&[
            "Kundnamn",
            "Deal Name",
            "  kundland ",
            "Lösning 1",
            "Lösning 2",
            "Teammedlem 3",
        ]);
        assert_eq!(
            layout.renamed,
            [
                (0, "Customer Name".to_string()),
                (2, "Customer Country".to_string()),
                (3, "Solution 1".to_string()),
                (4, "Solution 2".to_string()),
                (5, "Team member 3".to_string()),
            ]
        );
        assert_eq!(layout.index(Field::CustomerName), Some(0));
        assert_eq!(layout.index(Field::DealName), Some(1));
        assert_eq!(layout.numbered(Numbered::Solution), [(1, 3), (2, 4)]);
        assert_eq!(layout.language.as_deref(), Some("sv-se"));
        let translated: Vec<&FileIssue> = issues
            .iter()
            .filter(|i| i.code == Code::TranslatedColumns)
            .collect();
        assert_eq!(translated.len(), 1);
        assert!(
            translated[0].message.contains("Swedish translation")
                && translated[0].message.contains("Lösning 2 → Solution 2"),
            "{}",
            translated[0].message
        );
        assert!(!issues.iter().any(|i| i.code == Code::UnknownColumn));
    }

    /// Without the translations, the same header is unknown columns (the page before it has
    /// fetched them).
    #[test]
    fn without_translations_the_names_are_unknown() {
        let (layout, issues) = resolve(
            Record::from_cells(&["Kundnamn", "Deal Name"]),
            &TEMPLATE_2021,
            None,
        );
        assert!(layout.renamed.is_empty());
        assert!(issues.iter().any(|i| i.code == Code::UnknownColumn));
        assert!(!issues.iter().any(|i| i.code == Code::TranslatedColumns));
    }
}
