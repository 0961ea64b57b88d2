//! The header row: which column is which, once per file, and what is wrong with the header.

use crate::record::Record;
use crate::report::FileIssue;
use crate::rules::Code;
use crate::template::{Field, Numbered, COLUMNS, FIELD_COUNT, MAX_NUMBERED, NUMBERED};
use crate::values::quoted;

/// Where each template column sits in this file. Built once; the row checks only index into it.
#[derive(Debug)]
pub struct Layout {
    /// The header cells exactly as read.
    pub header: Record,
    fields: [Option<usize>; FIELD_COUNT],
    /// `(n, column index)` of `Solution n`, in ascending n.
    pub solutions: Vec<(u8, usize)>,
    /// `(n, column index)` of `Team member n`, in ascending n.
    pub team_members: Vec<(u8, usize)>,
    /// The number of columns a row must have, the Errors column aside.
    pub data_columns: usize,
    /// Header cells too long to name in a message, shortened (by index): a message names a
    /// column, but not one of a million characters.
    shortened: std::collections::HashMap<usize, String>,
}

/// The longest column name a message repeats; longer ones are cut, with an ellipsis.
const NAME_CHARS: usize = 100;

impl Layout {
    pub fn index(&self, field: Field) -> Option<usize> {
        self.fields[field as usize]
    }

    pub fn numbered(&self, kind: Numbered) -> &[(u8, usize)] {
        match kind {
            Numbered::Solution => &self.solutions,
            Numbered::TeamMember => &self.team_members,
        }
    }

    /// A column's name as this file's header spells it (cut after 100 characters).
    pub fn column_name(&self, index: usize) -> &str {
        match self.shortened.get(&index) {
            Some(short) => short,
            None => self.header.get(index).unwrap_or(""),
        }
    }

    /// A template column's name as this file's header spells it (the template's spelling when
    /// the column is missing: messages about it still need a name).
    pub fn field_name(&self, field: Field) -> &str {
        match self.index(field) {
            Some(i) => self.column_name(i),
            None => field.name(),
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

/// What a header cell names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    Field(Field),
    Numbered(Numbered, u8),
}

/// Reads `Solution 7` / `Team member 12`. `Some(Err(()))` for a numbered name whose number is
/// not 1 to 50 written plainly (`Solution 0`, `Solution 51`, `Solution 07`, `Solution A`).
fn numbered(name: &str) -> Option<(Numbered, Result<u8, ()>)> {
    NUMBERED.iter().find_map(|&kind| {
        let rest = name.strip_prefix(kind.prefix())?;
        if !rest.is_empty() && !rest.starts_with(' ') {
            return None; // "Solutions", "Team members": not numbered columns
        }
        let digits = rest.strip_prefix(' ').unwrap_or(rest);
        let number = digits
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=MAX_NUMBERED).contains(n) && !digits.starts_with(['0', '+']));
        Some((kind, number.ok_or(())))
    })
}

/// Whether `name` is, exactly, one of the template's column names (numbered ones included).
pub fn is_template_name(name: &str) -> bool {
    exact(name).is_some()
}

fn exact(name: &str) -> Option<Name> {
    if let Some(column) = COLUMNS.iter().find(|c| c.name == name) {
        return Some(Name::Field(column.field));
    }
    match numbered(name) {
        Some((kind, Ok(n))) => Some(Name::Numbered(kind, n)),
        _ => None,
    }
}

/// Lower case, single spaces, no surrounding space: how a near miss is recognised.
fn normalized(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The template name a header cell probably means: same letters in another case or spacing,
/// or a small typo.
fn did_you_mean(name: &str) -> Option<String> {
    // No template name is anywhere near this long; comparing would only cost time.
    if name.len() > 80 {
        return None;
    }
    let wanted = normalized(name);
    if wanted.is_empty() {
        return None;
    }
    // Numbered columns in other case: "solution 2" means "Solution 2".
    for kind in NUMBERED {
        let prefix = kind.prefix().to_lowercase();
        if let Some(rest) = wanted.strip_prefix(&prefix) {
            if let Ok(n) = rest.trim().parse::<u8>() {
                if (1..=MAX_NUMBERED).contains(&n) {
                    return Some(kind.column_name(n));
                }
            }
        }
    }
    let candidates = COLUMNS
        .iter()
        .map(|c| c.name.to_string())
        .chain(NUMBERED.iter().map(|kind| kind.column_name(1)));
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

/// Unknown columns named one by one before the rest are summed up.
const LISTED: usize = 20;

/// Reads the header. Returns where each column is and the file-level findings about it.
pub fn resolve(header: Record) -> (Layout, Vec<FileIssue>) {
    let mut issues = Vec::new();
    let mut fields = [None; FIELD_COUNT];
    let mut solutions = Vec::new();
    let mut team_members = Vec::new();
    let mut seen: Vec<(Name, Vec<usize>)> = Vec::new();
    let mut unnamed = Vec::new();
    // Unknown columns: the first LISTED are named one by one (with a guess at what they mean),
    // the rest summed up, so a header of 100,000 columns stays one short list.
    let (mut unknown, mut unlisted): (usize, Option<(usize, usize)>) = (0, None);
    let (mut misnumbered, mut more_misnumbered): (usize, Option<(usize, usize)>) = (0, None);
    // (header cell, the template name it probably means), for the missing-column messages.
    let mut near_misses: Vec<(usize, String)> = Vec::new();

    for (index, name) in header.iter().enumerate() {
        if let Some(known) = exact(name) {
            match seen.iter_mut().find(|(n, _)| *n == known) {
                Some((_, places)) => places.push(index),
                None => {
                    seen.push((known, vec![index]));
                    match known {
                        Name::Field(field) => fields[field as usize] = Some(index),
                        Name::Numbered(Numbered::Solution, n) => solutions.push((n, index)),
                        Name::Numbered(Numbered::TeamMember, n) => team_members.push((n, index)),
                    }
                }
            }
        } else if let Some((kind, Err(()))) = numbered(name) {
            // Like unknown columns: the first LISTED one by one, the rest summed up.
            misnumbered += 1;
            if misnumbered > LISTED {
                more_misnumbered =
                    Some((more_misnumbered.map_or(index, |(first, _)| first), index));
                continue;
            }
            issues.push(FileIssue::new(
                Code::NumberedColumn,
                format!(
                    "Column {} (column {}) is not read: {} columns are numbered 1 to {MAX_NUMBERED}, without leading zeros",
                    quoted(name),
                    column_letter(index),
                    kind.prefix()
                ),
            ));
        } else if name.trim().is_empty() {
            unnamed.push(index);
        } else if unknown >= LISTED {
            unknown += 1;
            unlisted = Some((unlisted.map_or(index, |(first, _)| first), index));
        } else {
            unknown += 1;
            let meant = did_you_mean(name);
            let hint = meant
                .as_ref()
                .map_or(String::new(), |m| format!(": did you mean '{m}'?"));
            if let Some(meant) = meant {
                near_misses.push((index, meant));
            }
            issues.push(FileIssue::new(
                Code::UnknownColumn,
                format!(
                    "Unknown column {} (column {}) will be ignored by Partner Center{hint}",
                    quoted(name),
                    column_letter(index)
                ),
            ));
        }
    }

    if let Some((first, last)) = unlisted {
        let more = unknown - LISTED;
        issues.push(FileIssue::new(
            Code::UnknownColumn,
            format!(
                "{more} more unknown column{} (columns {}–{}) will be ignored by Partner Center",
                if more == 1 { "" } else { "s" },
                column_letter(first),
                column_letter(last)
            ),
        ));
    }

    if let Some((first, last)) = more_misnumbered {
        let more = misnumbered - LISTED;
        issues.push(FileIssue::new(
            Code::NumberedColumn,
            format!(
                "{more} more Solution or Team member column{} numbered outside 1 to {MAX_NUMBERED} (columns {}–{}) {} not read",
                if more == 1 { "" } else { "s" },
                column_letter(first),
                column_letter(last),
                if more == 1 { "is" } else { "are" },
            ),
        ));
    }

    if !unnamed.is_empty() {
        let letters: Vec<String> = unnamed.iter().map(|&i| column_letter(i)).collect();
        issues.push(FileIssue::new(
            Code::UnknownColumn,
            format!(
                "{} without a name (column {}) will be ignored by Partner Center",
                if unnamed.len() == 1 {
                    "A column"
                } else {
                    "Columns"
                },
                list_places(&letters)
            ),
        ));
    }

    for (_, places) in &seen {
        if places.len() > 1 {
            // The first ten places, and how many more.
            const SHOWN: usize = 10;
            let mut letters: Vec<String> = places
                .iter()
                .take(SHOWN)
                .map(|&i| column_letter(i))
                .collect();
            if places.len() > SHOWN {
                letters.push(format!("and {} more", places.len() - SHOWN));
            }
            issues.push(FileIssue::new(
                Code::DuplicateColumn,
                format!(
                    "Column {} appears {} times in the header (columns {}); only the first is read",
                    header.get(places[0]).unwrap_or(""),
                    places.len(),
                    letters.join(", ")
                ),
            ));
        }
    }

    let missing_fields = COLUMNS
        .iter()
        .filter(|c| c.mandatory.in_header() && fields[c.field as usize].is_none())
        .map(|c| c.name.to_string());
    let missing_numbered = NUMBERED
        .iter()
        .filter(|&&kind| {
            let present = match kind {
                Numbered::Solution => &solutions,
                Numbered::TeamMember => &team_members,
            };
            !present.iter().any(|(n, _)| *n == 1)
        })
        .map(|kind| kind.column_name(1));
    for missing in missing_fields.chain(missing_numbered) {
        let near = near_misses
            .iter()
            .find(|(_, meant)| *meant == missing)
            .map_or(String::new(), |(index, _)| {
                format!(" (found '{}': rename it)", header.get(*index).unwrap_or(""))
            });
        issues.push(FileIssue::new(
            Code::MissingColumn,
            format!("Mandatory column {missing} is missing from the header{near}"),
        ));
    }

    solutions.sort_unstable();
    team_members.sort_unstable();
    let data_columns = header.len() - usize::from(fields[Field::Errors as usize].is_some());
    let shortened = header
        .iter()
        .enumerate()
        .filter_map(|(i, name)| {
            let (cut, _) = name.char_indices().nth(NAME_CHARS)?;
            Some((i, format!("{}…", &name[..cut])))
        })
        .collect();
    let layout = Layout {
        header,
        fields,
        solutions,
        team_members,
        data_columns,
        shortened,
    };
    (layout, issues)
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
    use crate::template::template_header;

    fn header(names: &[&str]) -> (Layout, Vec<FileIssue>) {
        resolve(Record::from_cells(names))
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
    fn the_template_header_is_clean() {
        let (layout, issues) = resolve(Record::from_cells(&template_header()));
        assert_eq!(issues, vec![]);
        assert_eq!(layout.index(Field::Errors), Some(0));
        assert_eq!(layout.solutions, vec![(1, 32)]);
        assert_eq!(layout.data_columns, 33);
    }

    #[test]
    fn near_misses_are_named() {
        assert_eq!(
            did_you_mean("customer postal code").as_deref(),
            Some("Customer Postal Code")
        );
        assert_eq!(
            did_you_mean(" Customer  Postal Code ").as_deref(),
            Some("Customer Postal Code")
        );
        assert_eq!(
            did_you_mean("Custmer Postal Code").as_deref(),
            Some("Customer Postal Code")
        );
        assert_eq!(did_you_mean("solution 7").as_deref(), Some("Solution 7"));
        assert_eq!(did_you_mean("Favourite colour"), None);
    }

    #[test]
    fn numbered_columns() {
        assert_eq!(numbered("Solution 50"), Some((Numbered::Solution, Ok(50))));
        assert_eq!(
            numbered("Team member 1"),
            Some((Numbered::TeamMember, Ok(1)))
        );
        for bad in [
            "Solution 51",
            "Solution 0",
            "Solution 07",
            "Solution A",
            "Solution",
        ] {
            assert_eq!(numbered(bad), Some((Numbered::Solution, Err(()))), "{bad}");
        }
        assert_eq!(numbered("Solutions"), None);
        let (layout, issues) = header(&["Solution 2", "Solution 1", "Solution 51"]);
        assert_eq!(layout.solutions, vec![(1, 1), (2, 0)]);
        assert!(issues.iter().any(|i| i.code == Code::NumberedColumn));
    }

    /// A header of thousands of misnumbered or repeated columns makes a few short findings.
    #[test]
    fn many_bad_columns_are_summed_up() {
        let mut names: Vec<String> = (100..5100).map(|n| format!("Solution {n}")).collect();
        names.extend((0..5000).map(|_| "Notes".to_string()));
        let (_, issues) = resolve(Record::from_cells(&names));
        let numbered: Vec<&FileIssue> = issues
            .iter()
            .filter(|i| i.code == Code::NumberedColumn)
            .collect();
        assert_eq!(numbered.len(), 21);
        assert_eq!(
            numbered[20].message,
            "4980 more Solution or Team member columns numbered outside 1 to 50 (columns U–GJH) are not read"
        );
        let duplicate = issues
            .iter()
            .find(|i| i.code == Code::DuplicateColumn)
            .unwrap();
        assert!(duplicate.message.ends_with("GJI, GJJ, GJK, GJL, GJM, GJN, GJO, GJP, GJQ, GJR, and 4990 more); only the first is read"), "{}", duplicate.message);
        assert!(issues.iter().all(|i| i.message.len() < 300));
    }
}
