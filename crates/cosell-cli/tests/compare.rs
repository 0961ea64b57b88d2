//! Comparing with the partner's export (issue 14) at the sizes partners have: a 5,000-deal export
//! beside a 1,000-row upload edited every way the rules know, with the findings expected row by
//! row; and the memory an export costs, for the largest and the worst-shaped ones.

use std::collections::BTreeSet;

use cosell_core::baseline::{self, Baseline, MAX_DEALS};
use cosell_core::{check, Code, Options};
use xtask::counting::{peak_of, Counting};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn options<'a>(baseline: &'a Baseline) -> Options<'a> {
    Options {
        baseline: Some(baseline),
        ..Options::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
    }
}

fn write(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(header).unwrap();
    for row in rows {
        out.write_record(row).unwrap();
    }
    out.into_inner().unwrap()
}

/// A 5,000-deal export (`xtask::deals_export`: every row a deal), as its header and rows.
fn export() -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = xtask::deals_export(5000, 14);
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn a_1000_row_upload_against_a_5000_deal_export_gets_exactly_the_expected_findings() {
    let (header, rows) = export();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, engagement, status, substatus, name, notes, value, microsoft) = (
        at("Referral ID"),
        at("Engagement ID"),
        at("Partner Referral Status"),
        at("Partner Referral Substatus"),
        at("Customer Name"),
        at("Notes"),
        at("Estimated Deal Value"),
        at("Microsoft Referral Status"),
    );
    let mut expected: BTreeSet<(usize, Code)> = BTreeSet::new();
    let mut unchanged = 0;
    let mut upload = Vec::new();
    for (k, deal) in rows.iter().take(1000).enumerate() {
        let row = k + 2;
        let mut edited = deal.clone();
        let terminal = matches!(deal[substatus].as_str(), "Won" | "Lost" | "Error");
        let frozen = matches!(deal[substatus].as_str(), "Won" | "Lost");
        // What the edit is, and the finding it gets on a deal that is not terminal.
        let finding = match k % 10 {
            0 => {
                edited[notes] = format!("{} (called again)", deal[notes]);
                None
            }
            2 => {
                edited[status] = "New".into();
                edited[substatus] = "Pending".into();
                Some(Code::StatusMove)
            }
            3 => {
                edited[name] = format!("{} Ltd", deal[name]);
                Some(Code::ReadOnlyChanged)
            }
            4 => {
                // A typo in the Referral ID: its last character.
                let mut typo = deal[id].clone();
                let last = typo.pop().unwrap();
                typo.push(if last == 'f' { '0' } else { 'f' });
                edited[id] = typo;
                Some(Code::NotInExport)
            }
            5 => {
                edited[id] = format!("{k:08x}-9999-9999-9999-999999999999");
                Some(Code::NotInExport)
            }
            6 => {
                edited[engagement] = format!("e-other-{k}");
                Some(Code::EngagementIdDiffers)
            }
            7 => {
                edited[value] = "999999".into();
                None
            }
            8 => {
                edited[microsoft] = "Won".into();
                Some(Code::FilledByPartnerCenter)
            }
            _ => {
                unchanged += 1;
                None
            }
        };
        let moved = matches!(k % 10, 4 | 5);
        match (terminal, edited == *deal) {
            _ if moved => {
                expected.insert((row, Code::NotInExport));
            }
            (true, true) => {
                expected.insert((row, Code::TerminalUnchanged));
            }
            (true, false) if frozen && k % 10 == 7 => {
                expected.insert((row, Code::DealValueClosed));
            }
            (true, false) => {
                expected.insert((row, Code::TerminalChanged));
            }
            (false, _) => {
                expected.extend(finding.map(|code| (row, code)));
            }
        }
        upload.push(edited);
    }
    let baseline = baseline::read(&write(&header, &rows), cosell_core::translations::carried());
    let Baseline::Export(export) = &baseline else {
        panic!("not an export: {baseline:?}");
    };
    assert_eq!(export.deals(), 5000);
    let checked = check(&write(&header, &upload), &options(&baseline)).unwrap();
    let found: BTreeSet<(usize, Code)> = checked
        .report
        .issues
        .iter()
        .filter(|i| i.code.as_str().starts_with("CS6"))
        .map(|i| (i.row, i.code))
        .collect();
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}\nextra {extra:?}"
    );
    // Every code the edits can get is among them.
    let codes: BTreeSet<Code> = found.iter().map(|(_, c)| *c).collect();
    assert_eq!(codes.len(), 8, "{codes:?}");
    assert_eq!(checked.report.summary.unchanged, Some(unchanged));
    // The typos are named with the Referral ID they are one character from.
    let typo = checked
        .report
        .issues
        .iter()
        .find(|i| i.row == 6 && i.code == Code::NotInExport)
        .unwrap();
    assert!(
        typo.message
            .contains(&format!("but {} (row 6 of the export) is", rows[4][id])),
        "{}",
        typo.message
    );
    let elsewhere = checked.report.issues.iter().find(|i| i.row == 7).unwrap();
    assert!(elsewhere
        .message
        .contains("is not among the 5000 deals of the export"));
    // Each update row's changes, as the report lists them.
    let updates = checked.report.updates.as_ref().unwrap();
    assert_eq!(updates.len(), 800);
    let first = &updates[0];
    assert_eq!(
        (first.row, first.export_row, first.changes.len()),
        (2, 2, 1)
    );
    assert_eq!(first.changes[0].column, "Notes");
    assert_eq!(first.changes[0].before, rows[0][notes]);
}

/// A header and `deals` rows of the same deal but for its Referral ID (`id(i)`): an export as
/// large as wanted, written fast.
fn big_export(deals: usize, id: impl Fn(usize) -> String) -> Vec<u8> {
    let (header, rows) = export();
    let at = header.iter().position(|h| h == "Referral ID").unwrap();
    let mut out = write(&header, &[]);
    let mut row = rows[0].clone();
    let mut line = Vec::new();
    for i in 0..deals {
        row[at] = id(i);
        line.clear();
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .has_headers(false)
            .from_writer(&mut line);
        writer.write_record(&row).unwrap();
        drop(writer);
        out.extend_from_slice(&line);
    }
    out
}

/// What an export costs: its text, and at most 200 bytes per deal (the index, the Referral IDs
/// and, once a Referral ID is not found, the index of nearby ones), whatever its shape.
fn within_bound(input: &[u8], deals: usize) {
    let (baseline, peak) = peak_of(|| baseline::read(input, None));
    let Baseline::Export(export) = &baseline else {
        panic!("not an export: {baseline:?}");
    };
    assert_eq!(export.deals(), deals);
    let bound = input.len() + 200 * deals + (1 << 20);
    assert!(peak <= bound, "reading: peak {peak} > {bound}");
    // A Referral ID not in the export: the index of nearby ones is made.
    let upload = b"Referral ID\r\nnot-a-deal-of-this-export\r\n";
    let (_, compared) = peak_of(|| check(upload, &options(&baseline)).unwrap());
    assert!(
        peak + compared <= bound,
        "comparing: peak {} > {bound}",
        peak + compared
    );
    eprintln!(
        "{} MB export of {deals} deals: {} MB to read, {} MB more to look a Referral ID up nearby",
        input.len() >> 20,
        peak >> 20,
        compared >> 20
    );
}

#[test]
fn a_100_megabyte_export_costs_its_text_and_a_small_index() {
    // Rows of the generated export, about 500 bytes each: 210,000 deals in 100 MB.
    let deals = 210_000;
    let input = big_export(deals, |i| format!("{i:08x}-0b84-4ac4-b4ea-5b2587d42cee"));
    assert!(input.len() >= 100 << 20, "{} bytes", input.len());
    within_bound(&input, deals);
}

#[test]
fn the_worst_shapes_of_export_are_bounded_by_their_deals() {
    // A million tiny rows: the index, not the text, is most of it.
    let mut tiny = b"Referral ID\r\n".to_vec();
    for i in 0..MAX_DEALS {
        tiny.extend_from_slice(format!("{i:07}\r\n").as_bytes());
    }
    within_bound(&tiny, MAX_DEALS);
    // One more deal is refused, having cost no more than the most allowed.
    tiny.extend_from_slice(b"x1\r\n");
    let (baseline, peak) = peak_of(|| baseline::read(&tiny, None));
    assert!(matches!(baseline, Baseline::Unusable(_)), "{baseline:?}");
    let bound = tiny.len() + 200 * MAX_DEALS + (1 << 20);
    assert!(peak <= bound, "refusing: peak {peak} > {bound}");
    // One Referral ID on every row: one deal, compared with none.
    let same = big_export(100_000, |_| "ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee".into());
    let (baseline, peak) = peak_of(|| baseline::read(&same, None));
    assert!(peak <= same.len() + 200 * 100_000 + (1 << 20));
    let issues = baseline::file_issues(&baseline);
    assert_eq!(issues[0].code, Code::BaselineDuplicate);
    assert!(
        issues[0].message.contains("(rows 2, 3, 4, 5 and 6)"),
        "{}",
        issues[0].message
    );
}
