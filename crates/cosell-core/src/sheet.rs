//! A file that was a sheet of a workbook: what its reader (`cosell-workbook`) knew of its cells
//! that the CSV text it made no longer says, handed to [`crate::check`] in
//! [`crate::Options::sheet`]. Plain data: the reader reads, the rules here and in `row.rs`
//! decide what to say.

#[cfg(feature = "sheets")]
use crate::message::{m, Arg, Join, List};
#[cfg(feature = "sheets")]
use crate::rules::Code;
use crate::template::Field;
#[cfg(feature = "sheets")]
use crate::FileIssue;

/// What a template column holds, as far as reading a workbook's cells goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    /// Dates (M/D/YYYY).
    Dates,
    /// Codes and IDs written with digits, where a number loses leading zeros, a `+`, or digits
    /// past the 15th.
    Codes,
    /// Yes or No.
    YesNo,
    /// Anything else.
    Text,
}

/// What the column `field` holds.
pub fn holds(field: Field) -> Holds {
    use Field::*;
    match field {
        CloseDate | CreatedDate => Holds::Dates,
        PostalCode | Duns | Duns1 | Duns2 | ContactPhone | ReferralId | EngagementId | CrmId
        | MsxId => Holds::Codes,
        HelpRequired | ShareWithSales | Consent | AzureCertified | AttachServices => Holds::YesNo,
        _ => Holds::Text,
    }
}

/// Where the CSV text came from, and what its cells were in the workbook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The sheet's name as the workbook spells it.
    pub name: String,
    /// The workbook's row of the header (from 1): the CSV's row `r` is the workbook's row
    /// `first_row + r - 1`.
    pub first_row: usize,
    /// The workbook's column of the header's first cell (from 0: A).
    pub first_column: usize,
    /// What the reader found about the workbook as a whole.
    pub file_facts: Vec<FileFact>,
    /// What the reader found about cells, in row order, then column order.
    pub facts: Vec<CellFact>,
}

/// A fact about the workbook as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum FileFact {
    /// Other sheets also start with a template header (they were not read): their names.
    OtherSheets(Vec<String>),
    /// No visible sheet has a template header: each sheet's name, whether it is hidden, and
    /// what it starts with. The first sheet with cells was read.
    NoHeader(Vec<(String, bool, Starts)>),
    /// The header is not the sheet's first row, or does not start in column A: the rows
    /// above it and the columns before it are left out of the CSV.
    Moved,
}

/// What a sheet starts with.
#[derive(Clone, Debug, PartialEq)]
pub enum Starts {
    Nothing,
    /// A template header (a hidden sheet's: it is read only when named).
    Header,
    /// Its first row's first cells, joined by `, `.
    Cells(String),
}

/// A fact about one cell, as the CSV text holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct CellFact {
    /// The CSV's spreadsheet row (the header is 1).
    pub row: usize,
    /// The column's place in the header, from 0.
    pub index: usize,
    /// The cell's text as the reader wrote it: a fact applies only while the cell reads so
    /// (a cell changed by a fix or by hand is no longer what the workbook held).
    pub text: String,
    pub fact: Fact,
}

/// What a cell was in the workbook.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// A number, written in plain digits.
    Number,
    /// A number in a date column, written as the date it stands for; the number as stored.
    NumberAsDate(String),
    /// A date (a date-formatted cell), written as M/D/YYYY.
    Date,
    /// A formula, written as its cached value: the formula.
    Formula(String),
    /// An error value (`#N/A`), written as Excel writes it.
    Error,
    /// The first cell of merged cells spanning rows: the range (`D2:D4`).
    Merged(String),
}

#[cfg(feature = "sheets")]
impl Sheet {
    /// The workbook's cell reference of a CSV cell (`Deals!K7`; the whole row, `Deals!7:7`,
    /// without a column).
    pub fn reference(&self, row: usize, index: Option<usize>) -> String {
        let name = &self.name;
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && !name.starts_with(|c: char| c.is_ascii_digit());
        let mut reference = if plain {
            name.clone()
        } else {
            format!("'{}'", name.replace('\'', "''"))
        };
        let at = self.first_row + row.saturating_sub(1);
        match index {
            Some(index) => {
                reference.push('!');
                reference.push_str(&crate::column_letter(self.first_column + index));
                reference.push_str(&at.to_string());
            }
            None => reference.push_str(&format!("!{at}:{at}")),
        }
        reference
    }

    /// The facts about the cells of CSV row `row`.
    pub fn row_facts(&self, row: usize) -> &[CellFact] {
        let first = self.facts.partition_point(|f| f.row < row);
        let count = self.facts[first..]
            .iter()
            .take_while(|f| f.row == row)
            .count();
        &self.facts[first..first + count]
    }

    /// The file-level findings of the reading.
    pub fn file_issues(&self) -> Vec<FileIssue> {
        let quoted = |name: &str| Arg::from(format!("'{name}'"));
        self.file_facts
            .iter()
            .map(|fact| match fact {
                FileFact::OtherSheets(names) => {
                    let others = List {
                        join: Join::And,
                        items: names.iter().map(|n| quoted(n)).collect(),
                    };
                    let message = if names.len() == 1 {
                        m::workbook_other_sheet(quoted(&self.name), others)
                    } else {
                        m::workbook_other_sheets(quoted(&self.name), others)
                    };
                    FileIssue::new(Code::WorkbookSheets, message)
                }
                FileFact::NoHeader(sheets) => {
                    let items = sheets
                        .iter()
                        .map(|(name, hidden, starts)| {
                            if *hidden && *starts == Starts::Header {
                                return m::workbook_hidden_header(quoted(name)).into();
                            }
                            let name = if *hidden {
                                m::workbook_hidden_sheet(quoted(name)).into()
                            } else {
                                quoted(name)
                            };
                            match starts {
                                Starts::Cells(cells) => {
                                    m::workbook_sheet_starts(name, cells.clone()).into()
                                }
                                _ => m::workbook_sheet_empty(name).into(),
                            }
                        })
                        .collect();
                    FileIssue::new(
                        Code::WorkbookNoHeader,
                        m::workbook_no_header(
                            List {
                                join: Join::And,
                                items,
                            },
                            quoted(&self.name),
                        ),
                    )
                }
                FileFact::Moved => FileIssue::new(
                    Code::WorkbookLayout,
                    m::workbook_moved(self.reference(1, Some(0)), self.first_row + 1),
                ),
            })
            .collect()
    }
}
