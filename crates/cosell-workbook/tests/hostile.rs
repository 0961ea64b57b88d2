//! Hostile workbooks, generated here: a ZIP bomb, a million empty rows, a cell far to the right
//! on every row, deeply nested XML, an .ods that repeats a cell a billion times, a truncated
//! file, more cells than the limit. Each has its exact outcome asserted (a report, or the plain
//! message of an `Unreadable`) and its memory measured by this test's allocator: within 4× the
//! workbook's uncompressed cell text (its sheets' XML and shared strings) and never more than
//! 512 MB. The password-protected workbook is `tests/workbooks/password.xlsx` (made by
//! `scripts/workbook-fixtures`), with its message beside it.

use std::io::Write;

use cosell_workbook::{read, LIMITS};
use xtask::counting::{peak_of, Counting};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: usize = 1 << 20;

/// A workbook's parts, around a sheet whose XML `sheet` writes (after `<sheetData>`, before
/// `</sheetData>`); `level` is the compression level of the sheet's part.
fn xlsx(sheet: impl FnOnce(&mut dyn Write), level: i64) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(level));
    let parts: [(&str, &str); 4] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, deflated).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", deflated)
        .unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    {
        let mut out = std::io::BufWriter::with_capacity(MB, &mut zip);
        sheet(&mut out);
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap().into_inner()
}

/// `<c>` of an inline text.
fn text(cell: &str, value: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c>"#)
}

/// The header row and one deal, in row 1 and 2.
fn header_and_deal(out: &mut dyn Write) {
    write!(
        out,
        r#"<row r="1">{}{}</row><row r="2">{}{}</row>"#,
        text("A1", "Deal Name"),
        text("B1", "Customer Name"),
        text("A2", "UK spring deal"),
        text("B2", "Contoso")
    )
    .unwrap();
}

fn message(bytes: &[u8]) -> String {
    match read(bytes, None, &LIMITS) {
        Ok(read) => format!("read: {} bytes of text", read.text.len()),
        Err(unreadable) => unreadable.message,
    }
}

/// The uncompressed size of a ZIP workbook's parts that hold cells.
fn cell_text(bytes: &[u8]) -> usize {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut total = 0;
    for i in 0..zip.len() {
        let part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        if name.contains("worksheets/") || name.contains("sharedStrings") || name == "content.xml" {
            total += part.size() as usize;
        }
    }
    total
}

/// A workbook whose sheet holds `mb` MB of spaces between its second row and its end.
fn bomb(mb: usize) -> Vec<u8> {
    xlsx(
        |out| {
            header_and_deal(out);
            let spaces = vec![b' '; MB];
            for _ in 0..mb {
                out.write_all(&spaces).unwrap();
            }
        },
        9,
    )
}

#[test]
fn a_zip_bomb_is_refused_after_its_limit_without_holding_it() {
    // 2 GB of spaces between two rows: about 2 MB packed.
    let bomb = bomb(2048);
    assert!(bomb.len() < 4 * MB, "{} bytes", bomb.len());
    assert!(cell_text(&bomb) > 2000 * MB);
    let (said, peak) = peak_of(|| message(&bomb));
    assert_eq!(
        said,
        "This workbook unpacks to more than 256 MB, the most read here (a list of 5,000 deals is a few MB): save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file"
    );
    assert!(peak < 8 * MB, "peak {peak}");
}

/// A ZIP workbook whose part `name` says, in its local and central headers, that it unpacks
/// to `size` bytes.
fn claiming(mut bytes: Vec<u8>, name: &str, size: u32) -> Vec<u8> {
    let (offset, central) = {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
        let part = zip.by_name(name).unwrap();
        (
            part.header_start() as usize,
            part.central_header_start() as usize,
        )
    };
    assert_eq!(&bytes[offset..offset + 4], b"PK\x03\x04");
    assert_eq!(&bytes[central..central + 4], b"PK\x01\x02");
    bytes[offset + 22..offset + 26].copy_from_slice(&size.to_le_bytes());
    bytes[central + 24..central + 28].copy_from_slice(&size.to_le_bytes());
    bytes
}

#[test]
fn a_zip_bomb_that_claims_to_be_small_is_refused_in_bounded_memory() {
    // 300 MB of spaces, said to be 2 KB: the parts a small header announces are kept unpacked
    // for the .xlsx reader, but never more than the header says (the ZIP reader stops there).
    let bomb = claiming(bomb(300), "xl/worksheets/sheet1.xml", 2048);
    let (said, peak) = peak_of(|| message(&bomb));
    assert_eq!(
        said,
        "This workbook could not be read (File is larger than its declared uncompressed size): it may be damaged or incomplete. Open it in Excel and save it again, or save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file"
    );
    assert!(peak < 8 * MB, "peak {peak}");
}

#[test]
fn a_part_that_claims_to_be_large_is_not_made_room_for() {
    // A small sheet said to unpack to 200 MB, within the limit: read in what memory it needs.
    let workbook = xlsx(header_and_deal, 6);
    let workbook = claiming(workbook, "xl/worksheets/sheet1.xml", 200 << 20);
    let (said, peak) = peak_of(|| message(&workbook));
    assert_eq!(said, "read: 49 bytes of text");
    assert!(peak < 8 * MB, "peak {peak}");
}

#[test]
fn a_million_empty_rows_are_one_comma_each() {
    let workbook = xlsx(
        |out| {
            header_and_deal(out);
            for row in 3..1_000_003 {
                write!(
                    out,
                    r#"<row r="{row}">{}</row>"#,
                    text(&format!("A{row}"), "")
                )
                .unwrap();
            }
            write!(
                out,
                r#"<row r="1000003">{}</row>"#,
                text("A1000003", "Last deal")
            )
            .unwrap();
        },
        6,
    );
    let uncompressed = cell_text(&workbook);
    let (read, peak) = peak_of(|| read(&workbook, None, &LIMITS).unwrap());
    assert!(read
        .text
        .starts_with("Deal Name,Customer Name\r\nUK spring deal,Contoso\r\n,\r\n"));
    assert!(read.text.ends_with(",\r\n,\r\nLast deal,\r\n"));
    assert_eq!(read.text.len(), 25 + 24 + 3 * 1_000_000 + 12);
    assert!(
        peak < 4 * uncompressed && peak < 512 * MB,
        "peak {peak} of {uncompressed}"
    );
    // And checked: the million rows are said once, as empty rows.
    let options = cosell_core::Options {
        sheet: Some(&read.sheet),
        ..cosell_core::Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
    };
    let (checked, check_peak) =
        peak_of(|| cosell_core::check(read.text.as_bytes(), &options).unwrap());
    let said = |code: &str| {
        checked
            .report
            .file_issues
            .iter()
            .find(|i| i.code.as_str() == code)
            .map(|i| i.message.clone())
            .unwrap_or_default()
    };
    assert!(
        said("CS010").starts_with("1000000 empty rows were skipped (rows 3–1000002)"),
        "{}",
        said("CS010")
    );
    assert!(
        said("CS005").starts_with("The file has 2 data rows and 1000000 empty rows"),
        "{}",
        said("CS005")
    );
    assert_eq!(checked.report.summary.rows, 2);
    assert!(
        peak + check_peak < 4 * uncompressed,
        "read {peak} + check {check_peak} of {uncompressed}"
    );
}

#[test]
fn a_cell_far_to_the_right_on_every_row_is_refused() {
    let workbook = xlsx(
        |out| {
            header_and_deal(out);
            for row in 3..3003 {
                write!(
                    out,
                    r#"<row r="{row}">{}{}</row>"#,
                    text(&format!("A{row}"), "deal"),
                    text(&format!("XFD{row}"), "far")
                )
                .unwrap();
            }
        },
        6,
    );
    let uncompressed = cell_text(&workbook);
    let (said, peak) = peak_of(|| message(&workbook));
    assert_eq!(said, "Sheet 'Deals' has more than 1000000 cells with values, the most read here (a list of 5,000 deals has about 300,000): save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file");
    assert!(
        peak < 4 * uncompressed + MB,
        "peak {peak} of {uncompressed}"
    );
}

#[test]
fn more_cells_than_the_limit_are_refused() {
    let workbook = xlsx(
        |out| {
            header_and_deal(out);
            for row in 3..103 {
                write!(
                    out,
                    r#"<row r="{row}">{}</row>"#,
                    text(&format!("A{row}"), "deal")
                )
                .unwrap();
            }
        },
        6,
    );
    let limits = cosell_workbook::Limits {
        cells: 50,
        ..LIMITS
    };
    let said = read(&workbook, None, &limits).unwrap_err().message;
    assert!(
        said.starts_with("Sheet 'Deals' has more than 50 cells with values"),
        "{said}"
    );
}

#[test]
fn deeply_nested_xml_is_read_or_refused_in_bounded_memory() {
    let depth = 1_000_000;
    let workbook = xlsx(
        |out| {
            header_and_deal(out);
            for _ in 0..depth {
                out.write_all(b"<x>").unwrap();
            }
            for _ in 0..depth {
                out.write_all(b"</x>").unwrap();
            }
        },
        9,
    );
    let uncompressed = cell_text(&workbook);
    let (said, peak) = peak_of(|| message(&workbook));
    assert_eq!(said, "read: 49 bytes of text");
    assert!(peak < 4 * uncompressed, "peak {peak} of {uncompressed}");
}

#[test]
fn an_ods_that_repeats_a_cell_a_billion_times_is_refused_before_it_is_spread_out() {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Deals"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#).unwrap();
    let ods = zip.finish().unwrap().into_inner();
    let (said, peak) = peak_of(|| message(&ods));
    assert_eq!(said, "Sheet 'Deals' has more than 1000000 cells with values, the most read here (a list of 5,000 deals has about 300,000): save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file");
    assert!(peak < 4 * MB, "peak {peak}");
}

#[test]
fn a_truncated_workbook_is_said_to_be_damaged() {
    let whole = xtask::sheets::xlsx("Deal Name\tCustomer Name\nUK spring deal\tContoso\n").unwrap();
    for cut in [whole.len() / 2, whole.len() - 30, 100] {
        let said = message(&whole[..cut]);
        assert!(
            said.starts_with("This workbook could not be read (")
                && said.contains("it may be damaged or incomplete"),
            "{cut}: {said}"
        );
    }
}

#[test]
fn workbooks_calamine_panics_on_are_said_to_be_damaged() {
    let regression = |name: &str| {
        let path = format!(
            "{}/../../tests/fuzz-regressions/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        message(&std::fs::read(path).unwrap())
    };
    let damaged = |why: &str| {
        format!("This workbook could not be read ({why}): it may be damaged or incomplete. Open it in Excel and save it again, or save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file")
    };
    // Found by the fuzz target `workbook`: an .xls whose sector table points past its end
    // (calamine panicked in cfb.rs); the cells' count, which reads the file first, says so now.
    assert_eq!(
        regression("workbook-xls-sector-past-its-end"),
        damaged("Malformed FAT (FAT has 18 entries, but file has only 16 sectors)")
    );
    // And one whose record runs past its end (calamine panics in xls.rs): caught.
    assert_eq!(
        regression("workbook-xls-record-past-its-end"),
        damaged("the reader stopped at data it could not make sense of")
    );
}

#[test]
fn an_xls_whose_cells_are_far_apart_is_refused_before_calamine_spreads_it_out() {
    // Found by the fuzz target `workbook`, each out of memory: calamine asked for 13.5 GB for the
    // grid of a 9.7 KB .xls whose cells are far apart (its cells' extent is counted first), and
    // for 171 GB for one whose Dimensions record says its sheet spans a billion cells, room it
    // made before reading any (the ranges those records claim are counted too).
    for name in [
        "workbook-xls-cells-far-apart",
        "workbook-xls-dimensions-of-a-billion-cells",
    ] {
        let path = format!(
            "{}/../../tests/fuzz-regressions/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let (said, peak) = peak_of(|| message(&std::fs::read(path).unwrap()));
        assert_eq!(said, "The sheets of this workbook span more than 4000000 cells from their first to their last, the most read here (a list of 5,000 deals spans about 300,000): save the sheet as \"CSV UTF-8 (Comma delimited)\" and check that file", "{name}");
        assert!(peak < 4 * MB, "{name}: peak {peak}");
    }
    // LibreOffice's .xls, read as before.
    let deals = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/workbooks/deals.xls"
    );
    assert!(message(&std::fs::read(deals).unwrap()).starts_with("read: "));
}
