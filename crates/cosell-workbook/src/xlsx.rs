//! The .xlsx (and .xlsm) reader for the workbooks partners make: each part unpacked whole and
//! read with quick-xml's reader over a slice, except the sheet's cells as every writer writes
//! them (`<c r="B7" s="2" t="s"><v>12</v></c>`, a formula before the value), which are read
//! byte by byte: a sheet of 5,000 deals is 136,000 of them, and a general XML reader spends
//! most of the time there (`BENCHMARKS.md`, "What changed the numbers"). Any other cell (an
//! inline string, an entity, a line end, an attribute in single quotes) is read by quick-xml.
//!
//! It reads what Excel, LibreOffice and the common writers put in a workbook: the sheets and
//! their relationships, shared strings (rich text too, phonetic runs left out), number formats
//! (to know a date), cells of every type, formulas written out in their cell, merged cells.
//! Whatever else it meets (a shared or array formula, an `_xHHHH_` escape, an element it does
//! not know inside a cell, a damaged part, a part it cannot find by its exact name) makes it
//! step aside ([`Aside`]) before it has answered anything, and calamine reads the workbook as
//! it did before. So it answers exactly as calamine would, only sooner: the tests compare the
//! two on every workbook fixture, on generated sheets and on damaged ones (this module's tests).

use std::io::{Cursor, Read as _};

use calamine::{DataRef, Dimensions, ExcelDateTime, ExcelDateTimeType};
use quick_xml::events::{BytesStart, Event};

use crate::{value_ref, Cell, Grid, Limits, Value};

/// A cell read: where it is, its value and its formula.
type CellRead = ((u32, u32), Option<Value>, Option<String>);

/// The fast reader steps aside: calamine reads the workbook.
#[derive(Debug)]
pub(crate) struct Aside;

type Fast<T> = Result<T, Aside>;

impl From<quick_xml::Error> for Aside {
    fn from(_: quick_xml::Error) -> Self {
        Aside
    }
}

impl From<quick_xml::events::attributes::AttrError> for Aside {
    fn from(_: quick_xml::events::attributes::AttrError) -> Self {
        Aside
    }
}

/// What a cell's number format makes of a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Number,
    Date,
    Duration,
}

/// A workbook opened: its worksheets, shared strings and number formats read.
pub(crate) struct Workbook<'b> {
    zip: zip::ZipArchive<Cursor<&'b [u8]>>,
    /// Parts already unpacked (by the pre-scan that counts them), taken when read.
    kept: Vec<(String, Vec<u8>)>,
    /// Each sheet: its name, whether it is hidden, its part (`None`: a chart sheet).
    sheets: Vec<(String, bool, Option<String>)>,
    strings: Vec<String>,
    formats: Vec<Kind>,
    is_1904: bool,
}

/// An XML reader over a part's bytes, set as calamine sets its own (so that an element written
/// `<c/>` is a cell as `<c></c>` is).
fn reader(xml: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// An attribute's raw value, by its name as written (`r:id`, not `id`).
fn attribute<'a>(e: &'a BytesStart<'_>, name: &str) -> Fast<Option<std::borrow::Cow<'a, str>>> {
    for a in e.attributes().with_checks(false) {
        let a = a?;
        if a.key.as_ref() == name {
            return Ok(Some(a.value));
        }
    }
    Ok(None)
}

/// An attribute's value with its entities replaced.
fn unescaped(value: &str) -> Fast<String> {
    Ok(quick_xml::escape::unescape(value)
        .map_err(|_| Aside)?
        .into_owned())
}

/// A text's content and its entities, until the end of the element named `end`; `Aside` at
/// anything else but comments (CDATA, an element, an `_xHHHH_` escape).
fn text_until(xml: &mut quick_xml::Reader<&[u8]>, end: &str, into: &mut String) -> Fast<()> {
    loop {
        match xml.read_event()? {
            Event::Text(t) => into.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Some(entity) = quick_xml::escape::resolve_xml_entity(&r) {
                    into.push_str(entity);
                } else if let Some(c) = r.resolve_char_ref()? {
                    into.push(c);
                } else {
                    return Err(Aside);
                }
            }
            Event::End(e) if e.name().as_ref() == end => break,
            Event::Comment(_) => {}
            _ => return Err(Aside),
        }
    }
    if memchr::memmem::find(into.as_bytes(), b"_x").is_some() {
        return Err(Aside);
    }
    Ok(())
}

/// A number's, a shared string's index's, a boolean's or an error value's text, as written
/// (these hold no entities): one text, or none, until the end of the element named `end`.
fn raw_text(xml: &mut quick_xml::Reader<&[u8]>, end: &str, into: &mut String) -> Fast<()> {
    match xml.read_event()? {
        Event::Text(t) => into.push_str(&t),
        Event::End(e) if e.name().as_ref() == end => return Ok(()),
        _ => return Err(Aside),
    }
    match xml.read_event()? {
        Event::End(e) if e.name().as_ref() == end => Ok(()),
        _ => Err(Aside),
    }
}

/// A string of `<t>` runs (a shared string's `<si>`, an inline string's `<is>`) until the end
/// of the element named `end`: the runs' texts joined, a phonetic run's left out, each trimmed
/// of ASCII white space unless it keeps its spaces (`xml:space="preserve"`).
fn string(xml: &mut quick_xml::Reader<&[u8]>, end: &str) -> Fast<String> {
    let mut joined = String::new();
    let mut phonetic = false;
    let mut run = String::new();
    loop {
        match xml.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" if !phonetic => {
                    let keep = attribute(&e, "xml:space")?.is_some_and(|v| v == "preserve");
                    run.clear();
                    text_until(xml, e.name().as_ref(), &mut run)?;
                    joined.push_str(if keep {
                        &run
                    } else {
                        run.trim_matches([' ', '\t', '\r', '\n'])
                    });
                }
                "rPh" => phonetic = true,
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == end => return Ok(joined),
            Event::End(e) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Event::Eof => return Err(Aside),
            _ => {}
        }
    }
}

/// Whether the reader reads the part `name` (the pre-scan keeps these unpacked).
pub(crate) fn reads(name: &str) -> bool {
    matches!(
        name,
        "_rels/.rels"
            | "xl/_rels/workbook.xml.rels"
            | "xl/workbook.xml"
            | "xl/sharedStrings.xml"
            | "xl/styles.xml"
    ) || (name.starts_with("xl/worksheets/") && name.ends_with(".xml"))
}

/// A part's bytes, unpacked (taken from `kept` when the pre-scan kept them; the workbook's
/// parts were counted against the limit before): `None` when there is none of that name. A
/// part found only under another spelling (other letter case, backslashes) is calamine's to
/// find.
fn part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    kept: &mut Vec<(String, Vec<u8>)>,
    name: &str,
) -> Fast<Option<Vec<u8>>> {
    if let Some(at) = kept.iter().position(|(n, _)| n == name) {
        return Ok(Some(kept.swap_remove(at).1));
    }
    let Some(index) = zip.index_for_name(name) else {
        let alike = |n: &str| n.replace('\\', "/").eq_ignore_ascii_case(name);
        if zip.file_names().any(|n| n.is_ok_and(|n| alike(&n))) {
            return Err(Aside);
        }
        return Ok(None);
    };
    let mut file = zip.by_index(index).map_err(|_| Aside)?;
    let mut bytes = Vec::with_capacity(file.size().min(1 << 20) as usize);
    file.read_to_end(&mut bytes).map_err(|_| Aside)?;
    Ok(Some(bytes))
}

/// Opens `bytes`, an .xlsx or .xlsm workbook: `Aside` unless it is laid out as Excel lays it
/// out (`xl/workbook.xml` and its relationships).
pub(crate) fn open(bytes: &[u8], mut kept: Vec<(String, Vec<u8>)>) -> Fast<Workbook<'_>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Aside)?;
    let root = part(&mut zip, &mut kept, "_rels/.rels")?.ok_or(Aside)?;
    let office = relationships(&root)?
        .into_iter()
        .find(|(_, typ, _)| typ.ends_with("/officeDocument"))
        .ok_or(Aside)?;
    if office.2.trim_start_matches('/') != "xl/workbook.xml" {
        return Err(Aside);
    }
    let rels = part(&mut zip, &mut kept, "xl/_rels/workbook.xml.rels")?.ok_or(Aside)?;
    let rels = relationships(&rels)?;
    let workbook = part(&mut zip, &mut kept, "xl/workbook.xml")?.ok_or(Aside)?;
    let (sheets, is_1904) = sheets(&workbook, &rels)?;
    let strings = match part(&mut zip, &mut kept, "xl/sharedStrings.xml")? {
        Some(xml) => shared_strings(&xml)?,
        None => Vec::new(),
    };
    let formats = match part(&mut zip, &mut kept, "xl/styles.xml")? {
        Some(xml) => formats(&xml)?,
        None => Vec::new(),
    };
    Ok(Workbook {
        zip,
        kept,
        sheets,
        strings,
        formats,
        is_1904,
    })
}

/// A relationships part: each relationship's id, type and target.
fn relationships(xml: &[u8]) -> Fast<Vec<(String, String, String)>> {
    let mut xml = reader(xml);
    let mut found = Vec::new();
    loop {
        match xml.read_event()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let id = attribute(&e, "Id")?.ok_or(Aside)?.into_owned();
                let typ = attribute(&e, "Type")?.unwrap_or_default().into_owned();
                let target = attribute(&e, "Target")?.unwrap_or_default().into_owned();
                found.push((id, typ, target));
            }
            Event::Eof => return Ok(found),
            _ => {}
        }
    }
}

/// The workbook part: its sheets (name, hidden, part) in order, and whether its dates count
/// from 1904.
#[allow(clippy::type_complexity)]
fn sheets(
    xml: &[u8],
    rels: &[(String, String, String)],
) -> Fast<(Vec<(String, bool, Option<String>)>, bool)> {
    let mut xml = reader(xml);
    let (mut sheets, mut is_1904) = (Vec::new(), false);
    loop {
        match xml.read_event()? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let (mut name, mut hidden, mut id) = (None, false, None);
                for a in e.attributes().with_checks(false) {
                    let a = a?;
                    match a.key.as_ref() {
                        "name" => name = Some(unescaped(&a.value)?),
                        "state" => {
                            hidden = match a.value.as_ref() {
                                "visible" => false,
                                "hidden" | "veryHidden" => true,
                                _ => return Err(Aside),
                            }
                        }
                        "r:id" => id = Some(a.value.into_owned()),
                        _ => {}
                    }
                }
                let (name, id) = (name.ok_or(Aside)?, id.ok_or(Aside)?);
                if name.contains("_x") {
                    return Err(Aside);
                }
                let (_, typ, target) = rels.iter().find(|r| r.0 == id).ok_or(Aside)?;
                let path = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("xl/{target}"),
                };
                if path.contains("..") {
                    return Err(Aside);
                }
                let part = match typ.rsplit('/').next() {
                    Some("worksheet") => Some(path),
                    Some("chartsheet") => None,
                    _ => return Err(Aside),
                };
                sheets.push((name, hidden, part));
            }
            Event::Start(e) if e.local_name().as_ref() == "workbookPr" => {
                if let Some(v) = attribute(&e, "date1904")? {
                    is_1904 = v == "1" || v == "true";
                }
            }
            Event::Eof => return Ok((sheets, is_1904)),
            _ => {}
        }
    }
}

/// The shared strings part: its strings, in order.
fn shared_strings(xml: &[u8]) -> Fast<Vec<String>> {
    let mut xml = reader(xml);
    let mut strings = Vec::new();
    loop {
        match xml.read_event()? {
            Event::Start(e) if e.local_name().as_ref() == "sst" => {
                if let Some(n) = attribute(&e, "uniqueCount")? {
                    strings.reserve(n.parse::<usize>().unwrap_or(0).min(1 << 20));
                }
            }
            Event::Start(e) if e.local_name().as_ref() == "si" => {
                strings.push(string(&mut xml, e.name().as_ref())?);
            }
            Event::Eof => return Ok(strings),
            _ => {}
        }
    }
}

/// The styles part: what each cell style's number format makes of a number (its `cellXfs`, in
/// order).
fn formats(xml: &[u8]) -> Fast<Vec<Kind>> {
    let mut xml = reader(xml);
    let mut custom: Vec<(String, Kind)> = Vec::new();
    let mut kinds = Vec::new();
    let mut in_cell_styles = false;
    loop {
        match xml.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "numFmt" => {
                    let id = attribute(&e, "numFmtId")?;
                    if let (Some(id), Some(code)) = (id, attribute(&e, "formatCode")?) {
                        custom.push((id.into_owned(), kind_of(&unescaped(&code)?)));
                    }
                }
                "cellXfs" => in_cell_styles = true,
                "xf" if in_cell_styles => {
                    kinds.push(match attribute(&e, "numFmtId")? {
                        None => Kind::Number,
                        Some(id) => match custom.iter().rev().find(|(c, _)| *c == id) {
                            Some((_, kind)) => *kind,
                            None => built_in(&id),
                        },
                    });
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "cellXfs" => in_cell_styles = false,
            Event::Eof => return Ok(kinds),
            _ => {}
        }
    }
}

/// What Excel's built-in number format `id` makes of a number (ECMA-376 §18.8.30, and the East
/// Asian dates and times).
fn built_in(id: &str) -> Kind {
    if id.starts_with(['0', '+']) {
        return Kind::Number;
    }
    match id.parse::<u16>() {
        Ok(14..=22 | 27..=36 | 45 | 47 | 50..=58) => Kind::Date,
        Ok(46) => Kind::Duration,
        _ => Kind::Number,
    }
}

/// What a number format code makes of a number: a date or a time where its first section
/// writes a day, month, year, hour, minute, second or AM/PM, a duration where that section
/// starts with elapsed hours, minutes or seconds (`[h]`), otherwise a number. Quoted text,
/// escaped characters (after `\`, `_` and `*`) and other bracketed parts (`[Red]`, `[$€-x]`)
/// write nothing of the kind.
fn kind_of(code: &str) -> Kind {
    let mut chars = code.chars().peekable();
    let mut after_a = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' | '_' | '*' => {
                chars.next();
            }
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            ';' => return Kind::Number,
            '[' => {
                let mut inside = String::new();
                for b in chars.by_ref() {
                    if b == ']' {
                        break;
                    }
                    inside.push(b);
                }
                let mut letters = inside.chars();
                let elapsed = letters
                    .next()
                    .filter(|f| matches!(f.to_ascii_lowercase(), 'h' | 'm' | 's'))
                    .is_some_and(|f| letters.all(|l| l.eq_ignore_ascii_case(&f)));
                if elapsed {
                    return Kind::Duration;
                }
            }
            // After an `a` (AM/PM, A/P), only what can end it counts.
            'a' | 'A' if !after_a => after_a = true,
            'p' | 'P' | 'm' | 'M' | '/' if after_a => return Kind::Date,
            'd' | 'm' | 'y' | 'h' | 's' | 'D' | 'M' | 'Y' | 'H' | 'S' if !after_a => {
                return Kind::Date
            }
            _ => {}
        }
    }
    Kind::Number
}

/// A cell's `r`, `s` and `t` attributes (its place, style and type), read from its attributes as
/// every writer writes them, `name="value"` one after the other (the cell's attributes are read
/// more often than anything else in a workbook, and a general attribute reader is a sixth of
/// the work); `Aside` at anything else: another quote, spaces around `=`, an entity, a name of
/// other characters than ASCII letters, digits, `_`, `:`, `.` and `-`.
fn cell_attributes(raw: &str) -> Fast<[Option<&str>; 3]> {
    named_attributes(raw, ["r", "s", "t"])
}

/// The attributes `names` of an element, from its raw attributes, as [`cell_attributes`] reads
/// them.
fn named_attributes<'a>(raw: &'a str, names: [&str; 3]) -> Fast<[Option<&'a str>; 3]> {
    let mut found = [None; 3];
    let mut rest = raw.trim_start_matches([' ', '\t', '\r', '\n']);
    while !rest.is_empty() {
        let eq = memchr::memchr(b'=', rest.as_bytes()).ok_or(Aside)?;
        let (name, after) = (&rest[..eq], &rest[eq + 1..]);
        let value = after.strip_prefix('"').ok_or(Aside)?;
        let end = memchr::memchr2(b'"', b'&', value.as_bytes()).ok_or(Aside)?;
        let named = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.' | b'-');
        if value.as_bytes()[end] == b'&' || name.is_empty() || !name.bytes().all(named) {
            return Err(Aside);
        }
        if let Some(i) = names.iter().position(|n| *n == name) {
            found[i] = Some(&value[..end]);
        }
        rest = value[end + 1..].trim_start_matches([' ', '\t', '\r', '\n']);
    }
    Ok(found)
}

/// A cell reference's (row, column), from 0: `B7` is (6, 1).
fn position(reference: &str) -> Fast<(u32, u32)> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if letters == 0 || letters > 3 {
        return Err(Aside);
    }
    let (letters, number) = reference.split_at(letters);
    let column = letters.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    Ok((row_number(number)?, column - 1))
}

/// A row number's index from 0: `7` is 6.
fn row_number(number: &str) -> Fast<u32> {
    if number.is_empty() || number.len() > 7 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Aside);
    }
    number
        .parse::<u32>()
        .map_err(|_| Aside)?
        .checked_sub(1)
        .ok_or(Aside)
}

impl Workbook<'_> {
    /// The worksheets (no chart sheets), in the workbook's order, each with whether it is
    /// hidden.
    pub(crate) fn worksheets(&self) -> Vec<(String, bool)> {
        self.sheets
            .iter()
            .filter(|s| s.2.is_some())
            .map(|s| (s.0.clone(), s.1))
            .collect()
    }

    /// A sheet's cells with values, in row and column order, and its merged cells: `Ok(None)`
    /// when it has more cells with values than `limits` allow.
    pub(crate) fn grid(&mut self, name: &str, limits: &Limits) -> Fast<Option<Grid>> {
        let path = self
            .sheets
            .iter()
            .find_map(|s| (s.0 == name).then_some(s.2.clone()).flatten())
            .ok_or(Aside)?;
        let bytes = part(&mut self.zip, &mut self.kept, &path)?.ok_or(Aside)?;
        let mut xml = reader(&bytes);
        let start = loop {
            match xml.read_event()? {
                Event::Start(e) if e.local_name().as_ref() == "sheetData" => {
                    break xml.buffer_position() as usize;
                }
                Event::Eof => return Err(Aside),
                _ => {}
            }
        };
        if bytes[..start].ends_with(b"/>") {
            return Ok(Some(Grid {
                cells: Vec::new(),
                merged: Self::merged(xml)?,
            }));
        }
        let mut cells = Vec::new();
        let end = self.sheet_data(&bytes, start, limits, &mut cells)?;
        if cells.len() > limits.cells {
            return Ok(None);
        }
        // The merged cells come after the data (read from their start: a reader that began
        // inside the sheet would meet end tags it never saw open).
        let after = &bytes[end..];
        if memchr::memmem::find(after, b":mergeCell").is_some() {
            return Err(Aside);
        }
        let merged = match memchr::memmem::find(after, b"<mergeCells") {
            Some(at) => Self::merged(reader(&after[at..]))?,
            None => Vec::new(),
        };
        cells.sort_by_key(|c| (c.0, c.1));
        Ok(Some(Grid { cells, merged }))
    }

    /// The rows and cells of `<sheetData>`, from `at` (just after its start tag) to its end tag,
    /// into `cells` (at most one more than `limits` allow): where its end tag starts. A cell
    /// written as the writers write it (`<c r=".." s=".." t="..">`, a `<v>` and a `<f>` of
    /// plain text) is read here, byte by byte, as quick-xml would read it; any other cell
    /// (an inline string, an entity, a line end) by [`Workbook::cell`], over quick-xml; anything
    /// else in the sheet's data makes the reader step aside.
    fn sheet_data(
        &self,
        s: &[u8],
        mut at: usize,
        limits: &Limits,
        cells: &mut Vec<Cell>,
    ) -> Fast<usize> {
        let (mut row, mut column) = (0u32, 0u32);
        // Rows open and close in turn: anything else is not this reader's to make sense of.
        let mut in_row = false;
        loop {
            at += s[at..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            let rest = &s[at..];
            let tag_end = at + memchr::memchr(b'>', rest).ok_or(Aside)? + 1;
            let tag = std::str::from_utf8(&s[at..tag_end]).map_err(|_| Aside)?;
            if tag == "</sheetData>" && !in_row {
                return Ok(at);
            } else if tag == "</row>" && in_row {
                (row, column, in_row) = (row + 1, 0, false);
                at = tag_end;
                continue;
            } else if let Some(attributes) = tag
                .strip_prefix("<row")
                .and_then(|t| t.strip_suffix('>'))
                .filter(|_| !in_row)
            {
                let (attributes, empty) = match attributes.strip_suffix('/') {
                    Some(a) => (a, true),
                    None => (attributes, false),
                };
                if !attributes.is_empty()
                    && !attributes.starts_with(|c: char| c.is_ascii_whitespace())
                {
                    return Err(Aside);
                }
                if let Some(r) = named_attributes(attributes, ["r", "", ""])?[0] {
                    row = row_number(r)?;
                }
                if empty {
                    (row, column) = (row + 1, 0);
                } else {
                    in_row = true;
                }
                at = tag_end;
                continue;
            }
            let is_cell = tag.starts_with("<c")
                && tag
                    .as_bytes()
                    .get(2)
                    .is_some_and(|b| matches!(b, b' ' | b'/' | b'>') || b.is_ascii_whitespace());
            if !is_cell {
                return Err(Aside);
            }
            let (cell, next) = match self.plain_cell(s, at, tag, (row, column))? {
                Some(read) => read,
                None => {
                    let mut xml = reader(&s[at..]);
                    let Event::Start(c) = xml.read_event()? else {
                        return Err(Aside);
                    };
                    let cell = self.cell(&mut xml, &c, (row, column))?;
                    (cell, at + xml.buffer_position() as usize)
                }
            };
            let ((r, c), value, formula) = cell;
            column = c + 1;
            if let Some(value) = value {
                cells.push((r, c, value, formula));
                if cells.len() > limits.cells {
                    return Ok(at);
                }
            }
            at = next;
        }
    }

    /// A cell as the writers write it, from its start tag `tag` at `at` (a function of its own,
    /// called per cell: the browser runs a function's first calls unoptimised and replaces it
    /// between calls, never during one, so the work of a long loop is best done in calls): `<c ../>`, or
    /// `<c ..>` then at most a `<f>` and a `<v>` of text with no entity or line end, then
    /// `</c>`; where it ends. `None` for any other cell (read by [`Workbook::cell`]).
    #[inline(never)] // (called per cell, so that the browser optimises it early: see above)
    fn plain_cell(
        &self,
        s: &[u8],
        at: usize,
        tag: &str,
        next: (u32, u32),
    ) -> Fast<Option<(CellRead, usize)>> {
        let inner = &tag[2..tag.len() - 1];
        let (attributes, empty) = match inner.strip_suffix('/') {
            Some(a) => (a, true),
            None => (inner, false),
        };
        let [r, style, typ] = cell_attributes(attributes)?;
        let place = match r {
            Some(r) => position(r)?,
            None => next,
        };
        let mut after = at + tag.len();
        if empty {
            return Ok(Some(((place, None, None), after)));
        }
        // `<name>text</name>` at `after`, the text without `<`, `&` or a CR: the text and where
        // the element ends.
        let element = |name: &str, from: usize| -> Option<(&str, usize)> {
            let rest = s.get(from..)?;
            let open = rest
                .strip_prefix(b"<")?
                .strip_prefix(name.as_bytes())?
                .strip_prefix(b">")?;
            let text_end = memchr::memchr(b'<', open)?;
            let text = std::str::from_utf8(&open[..text_end]).ok()?;
            if text.contains(['&', '\r']) {
                return None;
            }
            let close = open[text_end..]
                .strip_prefix(b"</")?
                .strip_prefix(name.as_bytes())?
                .strip_prefix(b">")?;
            Some((text, s.len() - close.len()))
        };
        let mut formula = None;
        if let Some((f, end)) = element("f", after) {
            if memchr::memmem::find(f.as_bytes(), b"_x").is_some() {
                return Ok(None);
            }
            formula = Some(f.to_string()).filter(|f| !f.is_empty());
            after = end;
        }
        let mut value = None;
        if let Some((v, end)) = element("v", after) {
            let plain = matches!(typ, Some("n" | "s" | "b" | "e") | None);
            if matches!(typ, Some("inlineStr" | "is"))
                || (!plain && memchr::memmem::find(v.as_bytes(), b"_x").is_some())
            {
                return Ok(None);
            }
            value = self.value(v, style, typ)?;
            after = end;
        }
        match s.get(after..) {
            Some(rest) if rest.starts_with(b"</c>") => {
                Ok(Some(((place, value, formula), after + 4)))
            }
            _ => Ok(None),
        }
    }

    /// The merged cells after a sheet's data, read by `xml`.
    fn merged(mut xml: quick_xml::Reader<&[u8]>) -> Fast<Vec<Dimensions>> {
        let mut merged = Vec::new();
        loop {
            match xml.read_event()? {
                Event::Start(e) if e.local_name().as_ref() == "mergeCell" => {
                    if let Some(range) = attribute(&e, "ref")? {
                        let mut corners = range.split(':');
                        let start = position(corners.next().ok_or(Aside)?)?;
                        let end = match corners.next() {
                            Some(end) => position(end)?,
                            None => start,
                        };
                        if corners.next().is_some() {
                            return Err(Aside);
                        }
                        merged.push(Dimensions::new(start, end));
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "mergeCells" => break,
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(merged)
    }

    /// One cell, from its `<c>` start to its end: where it is, its value and its formula.
    #[allow(clippy::type_complexity)]
    fn cell(
        &self,
        xml: &mut quick_xml::Reader<&[u8]>,
        c: &BytesStart<'_>,
        next: (u32, u32),
    ) -> Fast<CellRead> {
        let [r, style, typ] = cell_attributes(c.attributes_raw())?;
        let at = match r {
            Some(r) => position(r)?,
            None => next,
        };
        let (mut value, mut formula) = (None, None);
        let mut text = String::new();
        loop {
            match xml.read_event()? {
                Event::Start(e) => match e.local_name().as_ref() {
                    "f" => {
                        if attribute(&e, "t")?.is_some() {
                            return Err(Aside);
                        }
                        let mut f = String::new();
                        text_until(xml, e.name().as_ref(), &mut f)?;
                        formula = Some(f).filter(|f| !f.is_empty());
                    }
                    "is" => {
                        let s = string(xml, e.name().as_ref())?;
                        value = value_ref(DataRef::String(s));
                    }
                    "v" if matches!(typ, Some("inlineStr" | "is")) => {
                        text.clear();
                        text_until(xml, e.name().as_ref(), &mut text)?;
                    }
                    "v" => {
                        text.clear();
                        if matches!(typ, Some("n" | "s" | "b" | "e") | None) {
                            raw_text(xml, e.name().as_ref(), &mut text)?;
                        } else {
                            text_until(xml, e.name().as_ref(), &mut text)?;
                        }
                        value = self.value(&text, style, typ)?;
                    }
                    _ => return Err(Aside),
                },
                Event::End(e) if e.local_name().as_ref() == "c" => break,
                Event::Eof => return Err(Aside),
                _ => {}
            }
        }
        Ok((at, value, formula))
    }

    /// A `<v>` value of the type `typ` in the style `style`.
    fn value(&self, v: &str, style: Option<&str>, typ: Option<&str>) -> Fast<Option<Value>> {
        let kind = match style {
            Some(s) => self
                .formats
                .get(s.parse::<usize>().unwrap_or(0))
                .copied()
                .unwrap_or(Kind::Number),
            None => Kind::Number,
        };
        Ok(match typ {
            Some("s") if v.is_empty() => None,
            Some("s") => {
                let index = v.parse::<usize>().map_err(|_| Aside)?;
                value_ref(DataRef::SharedString(self.strings.get(index).ok_or(Aside)?))
            }
            Some("b") => match v.trim() {
                "" => None,
                "1" | "true" => Some(Value::Bool(true)),
                "0" | "false" => Some(Value::Bool(false)),
                _ => return Err(Aside),
            },
            Some("d") => value_ref(DataRef::DateTimeIso(v.to_string())),
            Some("e") => match v {
                "#DIV/0!" | "#N/A" | "#NAME?" | "#NULL!" | "#NUM!" | "#REF!" | "#VALUE!" => {
                    Some(Value::Error(v.to_string()))
                }
                _ => return Err(Aside),
            },
            Some("str") => value_ref(DataRef::String(v.to_string())),
            Some("n") | None if v.is_empty() => None,
            Some("n") | None => match v.parse::<f64>() {
                Ok(n) => value_ref(match kind {
                    Kind::Number => DataRef::Float(n),
                    Kind::Date => DataRef::DateTime(ExcelDateTime::new(
                        n,
                        ExcelDateTimeType::DateTime,
                        self.is_1904,
                    )),
                    Kind::Duration => DataRef::DateTime(ExcelDateTime::new(
                        n,
                        ExcelDateTimeType::TimeDelta,
                        self.is_1904,
                    )),
                }),
                Err(_) if typ.is_none() => value_ref(DataRef::String(v.to_string())),
                Err(_) => return Err(Aside),
            },
            Some(_) => return Err(Aside),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Book, LIMITS};
    use calamine::Reader as _;
    use proptest::prelude::*;
    use std::io::Write as _;

    /// Reads every worksheet of `bytes` with this reader and with calamine: the same sheets, the
    /// same cells (values, formulas, where they are) and the same merged cells. Panics when this
    /// reader steps aside: the workbooks given here are the common kind it is for.
    fn same_as_calamine(bytes: &[u8]) {
        let mut fast = open(bytes, Vec::new()).expect("the reader steps aside from the workbook");
        let mut slow = Book::Xlsx(calamine::Xlsx::new(Cursor::new(bytes)).unwrap());
        assert_eq!(fast.worksheets(), slow.worksheets());
        for (name, _) in fast.worksheets() {
            let read = fast
                .grid(&name, &LIMITS)
                .expect("the reader steps aside from a sheet");
            let read = read.expect("within the limits");
            assert_eq!(read, slow.grid(&name, &LIMITS).unwrap(), "sheet {name}");
        }
    }

    fn sheet_fixtures() -> Vec<std::path::PathBuf> {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut found: Vec<_> = ["tests/workbooks", "tests/rules"]
            .iter()
            .flat_map(|folder| std::fs::read_dir(repo.join(folder)).unwrap())
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "sheet" || e == "xlsx"))
            .filter(|p| !p.ends_with("password.xlsx"))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn every_workbook_fixture_is_read_as_calamine_reads_it() {
        let fixtures = sheet_fixtures();
        assert!(fixtures.len() >= 11, "{fixtures:?}");
        assert!(
            fixtures.iter().any(|p| p.ends_with("deals.xlsx")),
            "LibreOffice's .xlsx is missing"
        );
        for path in fixtures {
            let bytes = std::fs::read(&path).unwrap();
            let bytes = match path.extension().is_some_and(|e| e == "sheet") {
                true => xtask::sheets::xlsx(std::str::from_utf8(&bytes).unwrap()).unwrap(),
                false => bytes,
            };
            eprintln!("{}", path.display());
            same_as_calamine(&bytes);
        }
    }

    #[test]
    fn a_5000_row_export_is_read_as_calamine_reads_it() {
        let export = xtask::generate(5000, 7);
        let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&export[..])
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        same_as_calamine(&xtask::sheets::xlsx_rows(&rows).unwrap());
    }

    /// Number formats, as Excel, LibreOffice and partners write them: dates and times, durations,
    /// and formats that only look like them (quoted or escaped letters, colours, currencies).
    const FORMATS: &[&str] = &[
        "General",
        "0",
        "0.00",
        "#,##0.00 \"kr\"",
        "dd.mm.yyyy",
        "m/d/yyyy",
        "yyyy-mm-dd hh:mm:ss",
        "[$-409]mmmm d, yyyy;@",
        "h:mm AM/PM",
        "[h]:mm:ss",
        "[mm]:ss",
        "[Red]0.00",
        "\"day\" 0",
        "0\\d",
        "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
        "#,##0 [$€-x-euro1]",
        "0.00E+00",
        "@",
        "a 0",
        "[Blue]#,##0;[Red]-#,##0",
        "mmm-yy",
        "ss.0",
    ];

    /// One typed cell for `write`: text, a number in one of [`FORMATS`], a boolean, a formula
    /// with its cached value, or nothing.
    #[derive(Clone, Debug)]
    enum Typed {
        Text(String),
        Number(f64, usize),
        Bool(bool),
        Formula(String, f64),
        Nothing,
    }

    fn typed() -> impl Strategy<Value = Typed> {
        prop_oneof![
            "[a-zA-Z0-9 ,\"'&<>;=+\\-@é漢\t\n]{0,12}".prop_map(Typed::Text),
            (-1e12f64..1e12, 0..FORMATS.len()).prop_map(|(n, f)| Typed::Number(n, f)),
            (0u32..80000, 0..FORMATS.len()).prop_map(|(n, f)| Typed::Number(f64::from(n), f)),
            any::<bool>().prop_map(Typed::Bool),
            ("[A-C][1-9]", -1e6f64..1e6).prop_map(|(a, v)| Typed::Formula(format!("={a}*2"), v)),
            Just(Typed::Nothing),
        ]
    }

    fn write(grid: &[Vec<Typed>], merge: Option<(u32, u16)>) -> Vec<u8> {
        use rust_xlsxwriter::{Format, Formula, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("Deals").unwrap();
        for (r, row) in grid.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Typed::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                    Typed::Number(n, f) => {
                        let format = Format::new().set_num_format(FORMATS[*f]);
                        sheet
                            .write_number_with_format(r, c, *n, &format)
                            .map(|_| ())
                    }
                    Typed::Bool(b) => sheet.write_boolean(r, c, *b).map(|_| ()),
                    Typed::Formula(f, v) => sheet
                        .write_formula(r, c, Formula::new(f).set_result(v.to_string()))
                        .map(|_| ()),
                    Typed::Nothing => Ok(()),
                }
                .unwrap();
            }
        }
        if let Some((r, c)) = merge {
            sheet
                .merge_range(r, c, r + 1, c + 1, "merged", &Format::new())
                .unwrap();
        }
        let hidden = book.add_worksheet();
        hidden.set_name("Lists & notes").unwrap();
        hidden.write_string(0, 0, "New").unwrap();
        hidden.set_hidden(true);
        book.save_to_buffer().unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Random sheets of typed cells, as rust_xlsxwriter writes them: this reader and
        /// calamine read the same cells.
        #[test]
        fn typed_cells_are_read_as_calamine_reads_them(
            grid in prop::collection::vec(prop::collection::vec(typed(), 0..6), 0..8),
            merge in prop::option::of((0u32..10, 6u16..8)),
        ) {
            same_as_calamine(&write(&grid, merge));
        }
    }

    /// A workbook of the given sheet XML (inside `<sheetData>`) and shared strings.
    fn handmade(sheet_data: &str, strings: &[&str]) -> Vec<u8> {
        handmade_with(sheet_data, strings, "", None)
    }

    /// The same, with `workbook` inside `<workbook>` before its sheets and a styles part.
    fn handmade_with(
        sheet_data: &str,
        strings: &[&str],
        workbook: &str,
        styles: Option<&str>,
    ) -> Vec<u8> {
        use zip::write::SimpleFileOptions;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let strings: String = strings.iter().map(|s| format!("<si>{s}</si>")).collect();
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let parts = [
            (
                "_rels/.rels",
                format!(
                    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                format!(
                    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/workbook.xml",
                format!(
                    r#"<workbook xmlns="{main}" xmlns:r="{rel}">{workbook}<sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                ),
            ),
            (
                "xl/sharedStrings.xml",
                format!(r#"<sst xmlns="{main}">{strings}</sst>"#),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!(
                    r#"<worksheet xmlns="{main}"><sheetData>{sheet_data}</sheetData></worksheet>"#
                ),
            ),
        ];
        let styles = styles.map(|s| {
            let part = format!(r#"<styleSheet xmlns="{main}">{s}</styleSheet>"#);
            ("xl/styles.xml", part)
        });
        for (name, text) in parts.into_iter().chain(styles) {
            zip.start_file(name, SimpleFileOptions::default()).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// What it does not read itself it leaves to calamine, before it has answered anything: a
    /// shared formula, an `_xHHHH_` escape, CDATA, an element it does not know in a cell. The
    /// workbook is read all the same, as calamine reads it.
    #[test]
    fn what_it_does_not_read_calamine_reads() {
        let header = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#;
        let cases = [
            (
                r#"<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>2</v></c></row><row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>4</v></c></row>"#,
                vec!["<t>Deal Name</t>", "<t>Amount</t>"],
                "the shared formula",
            ),
            (
                r#"<row r="2"><c r="A2" t="s"><v>2</v></c></row>"#,
                vec![
                    "<t>Deal Name</t>",
                    "<t>Amount</t>",
                    "<t>Line_x000D_break</t>",
                ],
                "the escape",
            ),
            (
                r#"<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a < b]]></t></is></c></row>"#,
                vec!["<t>Deal Name</t>", "<t>Amount</t>"],
                "the CDATA",
            ),
            (
                r#"<row r="2"><c r="A2"><v>1</v><extLst/></c></row>"#,
                vec!["<t>Deal Name</t>", "<t>Amount</t>"],
                "the unknown element",
            ),
            (
                r#"<row r="2"><c r='A2' t='s'><v>1</v></c></row>"#,
                vec!["<t>Deal Name</t>", "<t>Amount</t>"],
                "the single quotes",
            ),
            (
                r#"<row r="2"><c r ="B2"><v>1</v></c></row>"#,
                vec!["<t>Deal Name</t>", "<t>Amount</t>"],
                "a space before =",
            ),
        ];
        for (data, strings, what) in cases {
            let bytes = handmade(&format!("{header}{data}"), &strings);
            let stepped_aside = open(&bytes, Vec::new())
                .and_then(|mut book| book.grid("Deals", &LIMITS))
                .is_err();
            assert!(stepped_aside, "{what}");
            let mut slow = Book::Xlsx(calamine::Xlsx::new(Cursor::new(&bytes[..])).unwrap());
            let calamine = slow.grid("Deals", &LIMITS);
            let mut book = Book::open(crate::Format::Xlsx, &bytes, Vec::new()).unwrap();
            assert_eq!(book.grid("Deals", &LIMITS).ok(), calamine.ok(), "{what}");
        }
        // And what it reads itself, it reads as calamine does.
        same_as_calamine(&handmade(
            &format!(
                r#"{header}<row r="2"><c r="A2" t="inlineStr"><is><r><t xml:space="preserve"> Rich </t></r><r><t>text &amp; more</t></r><rPh><t>ignored</t></rPh></is></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="b"><v>1</v></c><c><v>7</v></c></row><row><c r="A4" t="d"><v>2027-01-30T00:00:00</v></c><c r="B4"/><c r="C4" t="s"><v></v></c></row><row r="5"><c><v>5</v></c><c t="s"><v>0</v></c></row><row/><row><c><v>7</v></c></row>"#
            ),
            &["<t>Deal Name</t>", "<t>Amount</t>"],
        ));
    }

    /// Dates in a workbook that counts its days from 1904 (as Excel for Mac once did), in a
    /// built-in and a custom date format, and a duration, read as calamine reads them.
    #[test]
    fn dates_counted_from_1904_are_read_as_calamine_reads_them() {
        let styles = r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="46"/></cellXfs>"#;
        let data = r#"<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.5</v></c><c r="C1" s="3"><v>1.25</v></c><c r="D1" s="0"><v>45000</v></c><c r="E1" s="9"><v>3</v></c></row>"#;
        let mut dates = Vec::new();
        for workbook in [r#"<workbookPr date1904="1"/>"#, ""] {
            let bytes = handmade_with(data, &[], workbook, Some(styles));
            same_as_calamine(&bytes);
            let mut book = open(&bytes, Vec::new()).unwrap();
            let grid = book.grid("Deals", &LIMITS).unwrap().unwrap();
            dates.push(grid.cells[0].2.clone());
        }
        assert_eq!(
            dates,
            [
                Value::Date("3/16/2027".into()),
                Value::Date("3/15/2023".into())
            ]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// A sheet's XML damaged at random (bytes that matter to XML put in, taken out or
        /// written over): the reader never panics, and what it reads without stepping aside,
        /// calamine reads the same.
        #[test]
        fn damaged_sheet_data_is_read_as_calamine_reads_it_or_left_to_it(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, prop::sample::select(b"<>/=\"' &;:xcrvtsf0A1\n".to_vec())), 1..6),
        ) {
            let header = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#;
            let rows = r#"<row r="2" spans="1:3"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><f>A2*2</f><v>2</v></c><c r="C2" t="str"><v>x</v></c></row><row><c><v>3</v></c><c t="b"><v>1</v></c></row>"#;
            let mut data = format!("{header}{rows}").into_bytes();
            for (at, what, byte) in edits {
                let i = at.index(data.len());
                match what {
                    0 => data.insert(i, byte),
                    1 => { data.remove(i); }
                    _ => data[i] = byte,
                }
            }
            let Ok(data) = String::from_utf8(data) else { return Ok(()) };
            let bytes = handmade(&data, &["<t>Deal Name</t>", "<t>Amount</t>"]);
            let fast = open(&bytes, Vec::new()).and_then(|mut book| book.grid("Deals", &LIMITS));
            if let Ok(Some(read)) = fast {
                let mut slow = Book::Xlsx(calamine::Xlsx::new(Cursor::new(&bytes[..])).unwrap());
                prop_assert_eq!(Some(read), slow.grid("Deals", &LIMITS).ok());
            }
        }
    }

    #[test]
    fn number_formats_are_known_by_what_they_write() {
        let cases = [
            ("General", Kind::Number),
            ("dd.mm.yyyy", Kind::Date),
            ("h:mm AM/PM", Kind::Date),
            ("[h]:mm:ss", Kind::Duration),
            ("[Red]0.00", Kind::Number),
            ("\"day\" 0", Kind::Number),
            ("0\\d", Kind::Number),
            ("0;dd", Kind::Number),
            ("[$-409]mmmm d, yyyy;@", Kind::Date),
            ("a/p", Kind::Date),
            ("a 0", Kind::Number),
        ];
        for (code, kind) in cases {
            assert_eq!(kind_of(code), kind, "{code}");
        }
        assert_eq!(built_in("14"), Kind::Date);
        assert_eq!(built_in("46"), Kind::Duration);
        assert_eq!(built_in("014"), Kind::Number);
        assert_eq!(built_in("2"), Kind::Number);
    }
}
