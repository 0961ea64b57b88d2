//! Deterministic, realistic co-sell import files, as Partner Center's exports hold them: the
//! current template (by default) or the 2021 one, creates and updates, quoting, line breaks
//! inside cells, non-ASCII names, and (unless asked for a clean file) a few mistakes per hundred
//! rows.

pub mod counting;
pub mod sheets;

/// The 2021 template's header as this generator writes it (Errors first, two of each numbered
/// column).
pub const HEADER_2021: &[&str] = &[
    "Errors",
    "Engagement ID",
    "Referral ID",
    "Deal Name",
    "Customer Name",
    "Customer Address Line 1",
    "Customer Address Line 2",
    "Customer City",
    "Customer State",
    "Customer Postal Code",
    "Customer Country",
    "Customer D-U-N-S ID",
    "Customer Contact First Name",
    "Customer Contact Last Name",
    "Customer Contact Phone number",
    "Customer Contact Email Address",
    "Partner Referral Status",
    "Partner Referral Substatus",
    "Microsoft Referral Status",
    "Declined/Lost reason",
    "Sales Stage",
    "Estimated Deal Value",
    "Currency",
    "Estimated Close Date",
    "CRM ID",
    "Marketing Campaign ID",
    "Notes",
    "Microsoft help required?",
    "What specific help from Microsoft?",
    "Share with Microsoft sales team",
    "Notes to Microsoft",
    "Consent to share Customer/Partner contact",
    "Solution 1",
    "Solution 2",
    "Team member 1",
    "Team member 2",
];

/// The current template's header as this generator writes it.
pub const HEADER_CURRENT: &[&str] = &[
    "Errors",
    "Engagement ID",
    "Referral ID",
    "Deal Name",
    "Customer Name",
    "Customer Address Line 1",
    "Customer Address Line 2",
    "Customer City",
    "Customer State",
    "Customer Postal code",
    "Customer Country",
    "Customer D-U-N-S ID",
    "Customer Contact First Name",
    "Customer Contact Last Name",
    "Customer Contact Phone number",
    "Customer Contact Email Address",
    "Partner Referral Status",
    "Partner Referral Substatus",
    "Microsoft Referral Status",
    "Declined/Lost/Error reason",
    "Sales Stage",
    "Estimated Deal Value",
    "Currency",
    "Estimated Close Date",
    "CRM ID",
    "Marketing Campaign ID",
    "Notes",
    "Microsoft help required?",
    "What specific help from Microsoft?",
    "Share with Microsoft sales team",
    "Notes to Microsoft",
    "Consent to share Customer/Partner contact",
    "CLA Number",
    "Device Category",
    "Silicon Type",
    "Azure Certified Device",
    "Attach Services",
    "Microsoft MSX ID",
    "Migrated PSC Deal ID",
    "PartnerID (formerly MPN ID)",
    "Marketplace Purchase Intent",
    "Customer Domain Name",
    "Final Matched Customer Account",
    "Managed Account 1",
    "Managed Account 2",
    "Unmanaged Account 1",
    "Unmanaged Account 2",
    "DUNS Account 1",
    "DUNS Account 2",
    "Solution 1",
    "Solution 2",
    "Team member 1",
    "Team member 2",
    "Microsoft team member 1",
];

/// Which template a generated file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    Y2021,
    Current,
}

/// Replaces the `INLINE_SCRIPT_HASHES` placeholder in a page's Content-Security-Policy with
/// `'sha256-…'` for each inline `<script>` the page has. `None` when there is no placeholder.
pub fn fill_csp(html: &str) -> Option<String> {
    use base64::Engine;
    use sha2::Digest;
    const PLACEHOLDER: &str = "INLINE_SCRIPT_HASHES";
    html.find(PLACEHOLDER)?;
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let tag_end = start + rest[start..].find('>')?;
        let tag = &rest[start..tag_end];
        let body_end = tag_end + 1 + rest[tag_end + 1..].find("</script>")?;
        if !tag.contains(" src=") {
            let body = &rest[tag_end + 1..body_end];
            let digest = sha2::Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &rest[body_end..];
    }
    Some(html.replacen(PLACEHOLDER, &hashes.join(" "), 1))
}

/// A small deterministic pseudo-random sequence (xorshift), so that every run writes the same
/// file without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const CUSTOMERS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Contoso Corporation",
        "One Contoso Way",
        "Redmond",
        "98052",
        "US",
    ),
    (
        "Northwind Traders AB",
        "Sveavägen 44",
        "Stockholm",
        "111 34",
        "SE",
    ),
    (
        "Fabrikam GmbH",
        "Königsallee 12",
        "Düsseldorf",
        "40212",
        "DE",
    ),
    (
        "Litware, Inc.",
        "500 Main St, Suite 100",
        "Boston",
        "02110",
        "US",
    ),
    (
        "Adventure Works Ltd",
        "12 \"Old\" Mill Road",
        "Leeds",
        "LS1 4AP",
        "GB",
    ),
    (
        "Tailspin Toys SARL",
        "8 rue de l'Église",
        "Lyon",
        "69002",
        "FR",
    ),
    (
        "Wide World Importers",
        "1-2-3 Shibuya",
        "東京",
        "150-0002",
        "JP",
    ),
    (
        "Żabka Cloud sp. z o.o.",
        "ul. Świętokrzyska 30",
        "Warszawa",
        "00-116",
        "PL",
    ),
];

const FIRST: &[&str] = &[
    "John", "Åsa", "Chloé", "Jürgen", "María", "Wei", "Olu", "Zoë",
];
const LAST: &[&str] = &[
    "Customer",
    "Lindström",
    "Dubois",
    "Müller",
    "García",
    "Zhang",
    "Adeyemi",
    "O'Brien",
];
const NOTES: &[&str] = &[
    "This is a sample note",
    "Call back after the budget meeting, then send the quote",
    "Two sites:\nStockholm HQ\nGöteborg office",
    "Customer said \"yes, in principle\"",
    "",
    "Needs Azure landing zone; 3 workshops",
];

/// A current-template export of `rows` data rows, with a few mistakes per hundred rows. The
/// same `seed` always gives the same bytes.
pub fn generate(rows: usize, seed: u64) -> Vec<u8> {
    generate_with(rows, seed, Template::Current, true)
}

/// An export of `rows` deals as Partner Center writes one to download (the current template):
/// the generated file, every row a deal (the rows that would create one get a Referral ID and an
/// Engagement ID, and are Active/Accepted), no mistakes. The same `seed` always gives the same
/// bytes.
pub fn deals_export(rows: usize, seed: u64) -> Vec<u8> {
    let bytes = generate_with(rows, seed, Template::Current, false);
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let header = reader.headers().cloned().unwrap_or_default();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or(0);
    let (id, engagement, status, substatus, microsoft) = (
        at("Referral ID"),
        at("Engagement ID"),
        at("Partner Referral Status"),
        at("Partner Referral Substatus"),
        at("Microsoft Referral Status"),
    );
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(bytes.len() + rows * 64));
    let _ = out.write_record(&header);
    for (i, record) in reader.records().enumerate() {
        let mut row: Vec<String> = record
            .map(|r| r.iter().map(str::to_string).collect())
            .unwrap_or_default();
        if row.get(id).is_some_and(String::is_empty) {
            row[id] = format!("{i:08x}-1c2d-4ac4-b4ea-5b2587d42cee");
            row[engagement] = format!("e-{i:08x}");
            row[status] = "Active".into();
            row[substatus] = "Accepted".into();
            row[microsoft] = "Accepted".into();
        }
        let _ = out.write_record(&row);
    }
    out.into_inner().unwrap_or_default()
}

/// The upload a partner makes of an export: its first `rows` deals, a note added to every tenth
/// deal's Notes and every twentieth deal's Estimated Close Date moved (what an update usually
/// changes), the rest as exported.
pub fn upload_of(export: &[u8], rows: usize) -> Vec<u8> {
    let mut reader = csv::Reader::from_reader(export);
    let header = reader.headers().cloned().unwrap_or_default();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or(0);
    let (notes, date) = (at("Notes"), at("Estimated Close Date"));
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = out.write_record(&header);
    for (i, record) in reader.records().take(rows).enumerate() {
        let mut row: Vec<String> = record
            .map(|r| r.iter().map(str::to_string).collect())
            .unwrap_or_default();
        if i % 10 == 0 {
            row[notes] = format!("{} Called again.", row[notes]);
        }
        if i % 20 == 5 {
            row[date] = "6/30/2028".into();
        }
        let _ = out.write_record(&row);
    }
    out.into_inner().unwrap_or_default()
}

/// A file of `rows` data rows in `template`, with a few mistakes per hundred rows when `mistakes`
/// (otherwise every row is one Partner Center takes, its close date in the future unless the
/// deal is closed).
pub fn generate_with(rows: usize, seed: u64, template: Template, mistakes: bool) -> Vec<u8> {
    let mut rng = Rng(seed.max(1));
    let header = match template {
        Template::Y2021 => HEADER_2021,
        Template::Current => HEADER_CURRENT,
    };
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(rows * 800));
    let _ = out.write_record(header);
    let mut record: Vec<String> = vec![String::new(); header.len()];
    for i in 0..rows {
        let row = deal(&mut rng, i, template, mistakes);
        for (cell, name) in record.iter_mut().zip(header) {
            cell.clear();
            if let Some((_, value)) = row.iter().find(|(n, _)| n == name) {
                cell.push_str(value);
            }
        }
        let _ = out.write_record(&record);
    }
    out.into_inner().unwrap_or_default()
}

/// One deal's cells, by column name.
fn deal(
    rng: &mut Rng,
    i: usize,
    template: Template,
    mistakes: bool,
) -> Vec<(&'static str, String)> {
    let current = template == Template::Current;
    let (customer, street, city, postal, country) =
        CUSTOMERS[rng.below(CUSTOMERS.len() as u64) as usize];
    let update = rng.below(3) == 0;
    let (status, substatus, reason) = if update {
        match rng.below(5) {
            0 => ("Closed", "Won", ""),
            1 => ("Closed", "Lost", "3"),
            2 if current => ("Closed", "Error", "1"),
            _ => ("Active", "Accepted", ""),
        }
    } else {
        ("New", "Accepted", "")
    };
    let help = rng.below(2) == 0;
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let referral = if update {
        format!(
            "{:08x}-0b84-4ac4-b4ea-{:012x}",
            i,
            rng.next() & 0xffff_ffff_ffff
        )
    } else {
        String::new()
    };
    let engagement = if update {
        format!("f7eaae47-0b84-4ac4-b4ea-{:012x}", i)
    } else {
        String::new()
    };
    let mistake = |rng: &mut Rng| if mistakes { rng.below(100) } else { 99 };
    let value = match mistake(rng) {
        0 => "$12,563".to_string(),
        1 => "1.2E+07".to_string(),
        n => format!("{}.{:02}", 1000 + rng.below(500_000), n),
    };
    let date = match mistake(rng) {
        0 => "2027-01-30".to_string(),
        1 => "30.01.2027".to_string(),
        _ => format!(
            "{}/{}/{}",
            1 + rng.below(12),
            1 + rng.below(28),
            2027 + rng.below(3)
        ),
    };
    let email = format!(
        "{}.{}@{}.example",
        first.to_lowercase(),
        last.to_lowercase().replace('\'', ""),
        customer
            .split(' ')
            .next()
            .unwrap_or("x")
            .to_lowercase()
            .replace(',', "")
    );
    let phone = if mistake(rng) == 0 {
        "9.99E+09".to_string()
    } else {
        format!("+1 425 555 {:04}", rng.below(10_000))
    };
    let text = |s: &str| s.to_string();
    let mut cells: Vec<(&'static str, String)> = vec![
        ("Engagement ID", engagement),
        ("Referral ID", referral),
        ("Deal Name", format!("{customer} – deal {i}")),
        ("Customer Name", text(customer)),
        ("Customer Address Line 1", text(street)),
        (
            "Customer Address Line 2",
            text(if rng.below(4) == 0 {
                "Floor 3, east wing"
            } else {
                ""
            }),
        ),
        ("Customer City", text(city)),
        ("Customer Postal Code", text(postal)),
        ("Customer Postal code", text(postal)),
        ("Customer Country", text(country)),
        (
            "Customer D-U-N-S ID",
            text(if rng.below(2) == 0 { "081466849" } else { "" }),
        ),
        (
            "Customer Contact First Name",
            text(if help { first } else { "" }),
        ),
        (
            "Customer Contact Last Name",
            text(if help { last } else { "" }),
        ),
        (
            "Customer Contact Phone number",
            if help { phone } else { String::new() },
        ),
        (
            "Customer Contact Email Address",
            if help { email } else { String::new() },
        ),
        ("Partner Referral Status", text(status)),
        ("Partner Referral Substatus", text(substatus)),
        (
            "Microsoft Referral Status",
            text(if update { "Accepted" } else { "" }),
        ),
        ("Declined/Lost reason", text(reason)),
        ("Declined/Lost/Error reason", text(reason)),
        (
            "Sales Stage",
            text(rng.pick(&["10", "20", "40", "60", "80", ""])),
        ),
        ("Estimated Deal Value", value),
        (
            "Currency",
            text(rng.pick(&["USD", "EUR", "SEK", "GBP", "JPY"])),
        ),
        ("Estimated Close Date", date),
        ("CRM ID", format!("CRM-{:06}", i)),
        (
            "Marketing Campaign ID",
            text(rng.pick(&["BingSummer2020", "", "Ignite-2026"])),
        ),
        ("Notes", text(rng.pick(NOTES))),
        (
            "Microsoft help required?",
            text(if help { "Yes" } else { "No" }),
        ),
        (
            "What specific help from Microsoft?",
            text(if help {
                rng.pick(&["1", "2", "3", "4", "5", "6"])
            } else {
                ""
            }),
        ),
        (
            "Share with Microsoft sales team",
            text(if help { "" } else { rng.pick(&["Yes", "No"]) }),
        ),
        (
            "Notes to Microsoft",
            text(if help {
                "Need help with a POC for the customer"
            } else {
                ""
            }),
        ),
        ("Consent to share Customer/Partner contact", text("Yes")),
        ("Solution 1", text("SOL-1234-PQRS, USD, 10, 100")),
        (
            "Solution 2",
            text(if rng.below(3) == 0 {
                "SOL-5678-WXYZ, EUR, 2500.50, 4"
            } else {
                ""
            }),
        ),
        (
            "Team member 1",
            text("Bob, Partner, 999999, Bob.partner@Contoso.com"),
        ),
        (
            "Team member 2",
            text(if rng.below(3) == 0 {
                "Ana, García, +34 600 000 000, ana.garcia@contoso.example"
            } else {
                ""
            }),
        ),
    ];
    if current {
        let iot = rng.below(10) == 0;
        let domain = customer
            .split([' ', ','])
            .next()
            .unwrap_or("x")
            .to_lowercase();
        cells.extend([
            (
                "CLA Number",
                if iot {
                    format!("CLA-{i:05}")
                } else {
                    String::new()
                },
            ),
            (
                "Device Category",
                text(if iot {
                    rng.pick(&["Kiosk", "Gateway", "Smart TV"])
                } else {
                    ""
                }),
            ),
            (
                "Silicon Type",
                text(if iot {
                    rng.pick(&["Intel - Core i5", "NXP 8ULP-CS"])
                } else {
                    ""
                }),
            ),
            ("Azure Certified Device", text(if iot { "Yes" } else { "" })),
            ("Attach Services", text(if iot { "No" } else { "" })),
            (
                "Microsoft MSX ID",
                if update {
                    format!("7-{:08X}", rng.next() & 0xffff_ffff)
                } else {
                    String::new()
                },
            ),
            (
                "Marketplace Purchase Intent",
                text(rng.pick(&["Yes", "No", "Have not decided"])),
            ),
            (
                "Customer Domain Name",
                if rng.below(2) == 0 {
                    format!("{domain}.example")
                } else {
                    String::new()
                },
            ),
            (
                "Final Matched Customer Account",
                if update {
                    format!(
                        "MicrosoftID: 11-{:05X}, AccountName: {customer}, AccountAddress: {street}",
                        i
                    )
                } else {
                    String::new()
                },
            ),
            (
                "Microsoft team member 1",
                text(if update && rng.below(2) == 0 {
                    "Sam, Seller, 999999, sam.seller@microsoft.example"
                } else {
                    ""
                }),
            ),
        ]);
    }
    cells
}

#[cfg(test)]
mod tests {
    #[test]
    fn inline_scripts_are_hashed_into_the_policy() {
        let html = "<meta content=\"script-src 'self' INLINE_SCRIPT_HASHES\"><script type=\"module\">go()</script><script src=\"x.js\"></script>";
        let filled = super::fill_csp(html).unwrap();
        // echo -n 'go()' | openssl dgst -sha256 -binary | base64
        assert!(
            filled.contains(
                "script-src 'self' 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"
            ),
            "{filled}"
        );
        assert_eq!(filled.matches("'sha256-").count(), 1);
        assert_eq!(super::fill_csp("<p>no policy</p>"), None);
    }
}
