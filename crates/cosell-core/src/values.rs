//! Reading single values: what a cell means, and what to write instead when it is wrong.
//! Pure functions over `&str`; the row checks in `row.rs` turn their answers into findings.

use chrono::{Datelike, NaiveDate};
use iso_currency::Currency;
use isocountry::CountryCode;

/// `str::trim`, with ASCII spaces taken off byte by byte (the usual case) and the rest of
/// Unicode's white space left to `str::trim`.
pub fn trim(value: &str) -> &str {
    let bytes = value.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_graphic)
        && bytes.last().is_some_and(u8::is_ascii_graphic)
    {
        return value;
    }
    let space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| i + 1);
    let inner = &value[start..end];
    match (inner.as_bytes().first(), inner.as_bytes().last()) {
        (Some(first), Some(last)) if !first.is_ascii() || !last.is_ascii() => inner.trim(),
        _ => inner,
    }
}

/// A user's value inside a message: in single quotes, line breaks shown as spaces, long values
/// shortened.
pub fn quoted(value: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut out = String::with_capacity(value.len().min(MAX_CHARS * 4) + 2);
    out.push('\'');
    for (n, c) in value.chars().enumerate() {
        if n == MAX_CHARS {
            out.push('…');
            break;
        }
        out.push(if c.is_control() { ' ' } else { c });
    }
    out.push('\'');
    out
}

/// A cell as the report shows it: at most 200 characters.
pub fn excerpt(cell: &str) -> String {
    const MAX_CHARS: usize = 200;
    match cell.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => format!("{}…", &cell[..end]),
        None => cell.to_string(),
    }
}

/// `Yes` or `No`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YesNo {
    Yes,
    No,
}

/// The listed values of a Yes/No column.
pub const YES_NO: &[(&str, YesNo)] = &[("Yes", YesNo::Yes), ("No", YesNo::No)];

/// What another way of writing yes or no means (`y`, `TRUE`, or Excel's translations `Ja`,
/// `Oui`, `Nej`…); `None` when it is not one.
pub fn yes_no_meaning(value: &str) -> Option<YesNo> {
    const YES: &[&str] = &[
        "yes", "y", "true", "ja", "oui", "si", "sí", "sim", "tak", "kyllä",
    ];
    const NO: &[&str] = &[
        "no", "n", "false", "nej", "nein", "non", "nee", "não", "nie", "ei",
    ];
    let lower = crate::case::lower(value.trim());
    if YES.contains(&lower.as_str()) {
        Some(YesNo::Yes)
    } else if NO.contains(&lower.as_str()) {
        Some(YesNo::No)
    } else {
        None
    }
}

/// How a cell compares with its column's listed values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed<T> {
    /// Exactly a listed value.
    Exact(T),
    /// A listed value in another letter case or with other spaces (around it, or more than one
    /// between its words): the listed spelling, and its meaning.
    Spelling(&'static str, T),
    /// None of the listed values.
    Other,
}

#[cfg(feature = "baseline")]
impl<T> Listed<T> {
    /// What the cell means, however it is spelled; `None` for none of the listed values.
    pub fn value(self) -> Option<T> {
        match self {
            Listed::Exact(t) | Listed::Spelling(_, t) => Some(t),
            Listed::Other => None,
        }
    }
}

/// Finds the cell `raw` (as read, spaces included) among `options`.
pub fn listed<T: Copy>(raw: &str, options: &[(&'static str, T)]) -> Listed<T> {
    if let Some((_, t)) = options.iter().find(|(name, _)| *name == raw) {
        return Listed::Exact(*t);
    }
    match options.iter().find(|(name, _)| same_letters(raw, name)) {
        Some((name, t)) => Listed::Spelling(name, *t),
        None => Listed::Other,
    }
}

/// Whether `raw` is `listed` but for letter case and spaces (around it, or several between
/// words). `listed` is ASCII with single spaces.
pub fn same_letters(raw: &str, listed: &str) -> bool {
    let mut words = raw.split_whitespace();
    let mut wanted = listed.split(' ');
    loop {
        match (words.next(), wanted.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => {}
            _ => return false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    New,
    Active,
    Closed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Substatus {
    Pending,
    Received,
    Accepted,
    Won,
    Lost,
    Declined,
    Expired,
    /// Closing a deal created in error (the current template).
    Error,
}

pub const STATUSES: &[(&str, Status)] = &[
    ("New", Status::New),
    ("Active", Status::Active),
    ("Closed", Status::Closed),
];

/// Whether a deal with this substatus has reached the end: nothing more happens to it.
pub fn is_terminal(substatus: Substatus) -> bool {
    matches!(
        substatus,
        Substatus::Won
            | Substatus::Lost
            | Substatus::Declined
            | Substatus::Expired
            | Substatus::Error
    )
}

/// The substatuses each status allows (FACTS.md, from the referral API).
pub fn allowed_substatuses(status: Status) -> &'static [Substatus] {
    match status {
        Status::New => &[Substatus::Pending, Substatus::Received],
        Status::Active => &[Substatus::Accepted],
        Status::Closed => &[
            Substatus::Won,
            Substatus::Lost,
            Substatus::Declined,
            Substatus::Expired,
            Substatus::Error,
        ],
    }
}

pub fn substatus_name(substatus: Substatus) -> &'static str {
    match substatus {
        Substatus::Pending => "Pending",
        Substatus::Received => "Received",
        Substatus::Accepted => "Accepted",
        Substatus::Won => "Won",
        Substatus::Lost => "Lost",
        Substatus::Declined => "Declined",
        Substatus::Expired => "Expired",
        Substatus::Error => "Error",
    }
}

pub fn status_name(status: Status) -> &'static str {
    STATUSES
        .iter()
        .find(|(_, s)| *s == status)
        .map_or("", |(name, _)| name)
}

/// The listed value a value probably means: the same letters, or a small typo away.
pub fn nearest(value: &str, list: &[&'static str]) -> Option<&'static str> {
    if value.len() > 80 {
        return None;
    }
    if let Some(same) = list.iter().find(|l| same_letters(value, l)) {
        return Some(same);
    }
    let wanted = crate::case::lower(value);
    list.iter()
        .map(|l| (strsim::levenshtein(&wanted, &crate::case::lower(l)), *l))
        .filter(|(d, l)| *d <= (l.len() / 5).clamp(1, 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, l)| l)
}

/// The Device Category values the current template's page lists.
pub const DEVICE_CATEGORIES: &[&str] = &[
    "Arcade/Consumer Gaming Device",
    "ATM",
    "Automotive & Transportation Systems",
    "Azure Sphere Board",
    "Azure Sphere Component",
    "Azure Sphere Guardian",
    "Azure Sphere Module",
    "Building Automation",
    "Casino Gaming Device",
    "Communication Devices",
    "Consumer Internet Device",
    "Consumer Wearable",
    "Digital Picture Frame",
    "Digital Signage",
    "Gateway",
    "HHT/Mobile",
    "Industrial Automation Device",
    "Industry Tablet(Non-POS)",
    "Kiosk",
    "Media Player",
    "Media Device",
    "Mobile POS",
    "Navigation Device",
    "Network Projector",
    "Other",
    "Other Banking Device",
    "Other Consumer Electronic Device",
    "Other Device",
    "Other Enterprise Device",
    "Other Sensor/Node",
    "Point of Sale Device",
    "Printing Device",
    "Security/Surveillance",
    "Server",
    "Set-Top Box",
    "Smart TV",
    "Test and Measurement Device",
    "Thin Client Device",
];

/// The Silicon Type values the current template's page lists.
pub const SILICON_TYPES: &[&str] = &[
    "AMD - A10",
    "AMD - A4",
    "AMD - A6",
    "AMD - A8",
    "AMD - E2",
    "AMD - FX 7500",
    "AMD - FX 7600P",
    "AMD - FX 9370",
    "AMD - FX 9590",
    "AMD - G Series",
    "AMD - Others",
    "AMD - R Series",
    "AMD - Rest of FX Models",
    "Intel - Atom",
    "Intel - Celeron - N1900",
    "Intel - Celeron - N2807",
    "Intel - Celeron - N2930",
    "Intel - Celeron - N3060",
    "Intel - Celeron - N3160",
    "Intel - Core i3",
    "Intel - Core i5",
    "Intel - Core i7",
    "Intel - Core M",
    "Intel - Others",
    "Intel - Pentium",
    "Intel - Rest of Celeron",
    "Intel - XEON",
    "MediaTek MT3620",
    "NXP 8ULP-CS",
    "Others",
];

/// Final Matched Customer Account: `MicrosoftID: 6-ABCDEFG23XB` as the page says to type it, or
/// a suggestion pasted from the account-match columns (`MicrosoftID: 11-1FG2G, AccountName: …`,
/// `DUNSID: 659410848, AccountName: …`).
pub fn is_account_match(value: &str) -> bool {
    let (id, rest) = match value.split_once(',') {
        Some((id, rest)) => (id, Some(rest.trim_start())),
        None => (value, None),
    };
    let Some((key, number)) = id.split_once(':') else {
        return false;
    };
    let number = number.trim();
    let id_ok = match key.trim() {
        "MicrosoftID" => number.split_once('-').is_some_and(|(n, code)| {
            !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
                && !code.is_empty()
                && code.bytes().all(|b| b.is_ascii_alphanumeric())
        }),
        "DUNSID" => !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    // A suggestion goes on with the account's name (and address).
    id_ok && rest.is_none_or(|rest| rest.starts_with("AccountName:"))
}

/// A domain name: labels of letters, digits and hyphens between dots, a last one of two or
/// more letters; no scheme, path, `@` or space.
pub fn is_domain(value: &str) -> bool {
    let labels: Vec<&str> = value.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// The domain a web address or an email address names (`https://www.contoso.com/about` →
/// `contoso.com`, `john@contoso.com` → `contoso.com`), when it is one.
pub fn domain_in(value: &str) -> Option<String> {
    let value = value.trim();
    let host = match value.rsplit_once('@') {
        Some((_, host)) => host,
        None => {
            let rest = value
                .strip_prefix("https://")
                .or_else(|| value.strip_prefix("http://"))
                .unwrap_or(value);
            rest.split(['/', '?', '#']).next().unwrap_or(rest)
        }
    };
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    let host = crate::case::lower(host.strip_prefix("www.").unwrap_or(host));
    (is_domain(&host) && host != value).then_some(host)
}

/// A coded column: its numbers and the texts they stand for.
#[derive(Debug)]
pub struct Codes {
    pub labels: &'static [&'static str],
}

pub const REASONS: Codes = Codes {
    labels: &[
        "Project budget is not adequate",
        "Customer did not respond",
        "Customer chose another vendor",
        "Customer requirement not met",
        "Not a customer",
        "Proposed time line was too short",
        "Report as abuse, spam or phishing",
        "Others",
    ],
};

/// The reasons for substatus Error (the current template).
pub const ERROR_REASONS: Codes = Codes {
    labels: &[
        "Duplicate - created through bulk upload",
        "Duplicate - created in Partner Center",
        "Duplicate - sent by Microsoft",
        "Connector data sync issues",
        "Customer matching issues",
        "Solution issues - explain in notes",
        "Test referral",
        "Data error",
        "Others - explain in notes",
    ],
};

pub const HELP_TYPES: Codes = Codes {
    labels: &[
        "Workload-specific value proposition",
        "Customer technical architecture",
        "Proof of concept/Demo",
        "Quotes and Licensing",
        "Post-sales customer success",
        "General or other",
    ],
};

impl Codes {
    /// `Ok` for one of the numbers; otherwise the number whose text the value spells, if any.
    pub fn read(&self, value: &str) -> Result<usize, Option<usize>> {
        if let Ok(n) = value.parse::<usize>() {
            if (1..=self.labels.len()).contains(&n) && !value.starts_with(['0', '+']) {
                return Ok(n);
            }
        }
        let wanted = comparable(value);
        let labels: Vec<String> = self.labels.iter().map(|l| comparable(l)).collect();
        if let Some(i) = labels.iter().position(|label| *label == wanted) {
            return Err(Some(i + 1));
        }
        // The start of a label, when it is the start of only one ("Customer" could be three).
        let mut starts = labels
            .iter()
            .enumerate()
            .filter(|(_, label)| wanted.len() >= 5 && label.starts_with(&wanted));
        match (starts.next(), starts.next()) {
            (Some((i, _)), None) => Err(Some(i + 1)),
            _ => Err(None),
        }
    }
}

/// Lower case, letters and digits only: `Proof of concept /Demo` ~ `proofofconceptdemo`.
fn comparable(text: &str) -> String {
    let kept: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    crate::case::lower(&kept)
}

/// Sales stages and their percentages (FACTS.md).
pub const SALES_STAGES: &[(&str, &str)] = &[
    ("Created", "10"),
    ("Accepted", "10"),
    ("Qualified", "20"),
    ("Developed", "40"),
    ("Proposed", "60"),
    ("Negotiated", "80"),
    ("Won", "100"),
];

/// `Ok` for a stage percentage; otherwise the percentage the value means, if clear.
pub fn sales_stage(value: &str) -> Result<(), Option<&'static str>> {
    if SALES_STAGES.iter().any(|(_, pct)| *pct == value) {
        return Ok(());
    }
    let bare = value.trim_end_matches('%').trim();
    if let Some((_, pct)) = SALES_STAGES.iter().find(|(_, pct)| *pct == bare) {
        return Err(Some(pct));
    }
    Err(SALES_STAGES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(value))
        .map(|(_, pct)| *pct))
}

/// The country whose ISO 3166-1 alpha-2 or alpha-3 code `value` is, in any case: found in the
/// codes sorted (a search, where `CountryCode::for_alpha2` and its kin are matches of 249 arms
/// each, a tenth of the page's module, and upper-case with Unicode's tables).
fn country_code(value: &str) -> Option<CountryCode> {
    let (codes, code): (_, fn(&CountryCode) -> &'static str) = match value.len() {
        2 => (CountryCode::as_array_alpha2(), CountryCode::alpha2),
        3 => (CountryCode::as_array_alpha3(), CountryCode::alpha3),
        _ => return None,
    };
    let upper = value.to_ascii_uppercase();
    let found = codes
        .binary_search_by(|c| code(c).cmp(upper.as_str()))
        .ok()?;
    Some(codes[found])
}

/// `Ok` for an ISO 3166-1 alpha-2 code in upper case; otherwise the code the value stands for
/// (a lower-case code, an alpha-3 code, a country's name or a common alias), if any.
pub fn country(value: &str) -> Result<(), Option<&'static str>> {
    if value.len() == 2
        && value.bytes().all(|b| b.is_ascii_uppercase())
        && country_code(value).is_some()
    {
        return Ok(());
    }
    Err(country_suggestion(value))
}

fn country_suggestion(value: &str) -> Option<&'static str> {
    const ALIASES: &[(&str, &str)] = &[
        ("UK", "GB"),
        ("England", "GB"),
        ("Scotland", "GB"),
        ("Wales", "GB"),
        ("Northern Ireland", "GB"),
        ("Great Britain", "GB"),
        ("United Kingdom", "GB"),
        ("United States", "US"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("America", "US"),
        ("Russia", "RU"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("North Korea", "KP"),
        ("Vietnam", "VN"),
        ("Czech Republic", "CZ"),
        ("Holland", "NL"),
        ("The Netherlands", "NL"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("Cape Verde", "CV"),
        ("Vatican", "VA"),
        ("Vatican City", "VA"),
        ("Laos", "LA"),
        ("Brunei", "BN"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("Syria", "SY"),
        ("UAE", "AE"),
        ("Emirates", "AE"),
        ("DRC", "CD"),
        // Names in the languages Excel users write them in.
        ("Sverige", "SE"),
        ("Deutschland", "DE"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Svizzera", "CH"),
        ("Danmark", "DK"),
        ("Norge", "NO"),
        ("Suomi", "FI"),
        ("Nederland", "NL"),
        ("België", "BE"),
        ("Belgique", "BE"),
        ("España", "ES"),
        ("Italia", "IT"),
        ("Polska", "PL"),
        ("Brasil", "BR"),
        ("México", "MX"),
        ("Česko", "CZ"),
        ("Magyarország", "HU"),
        ("Éire", "IE"),
        ("Nihon", "JP"),
        ("日本", "JP"),
        ("中国", "CN"),
    ];
    let value = value.trim();
    if let Some(code) = country_code(value) {
        return Some(code.alpha2());
    }
    if let Some((_, code)) = ALIASES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(value))
    {
        return Some(code);
    }
    // A country's name, or its first words, which "Bolivia (Plurinational State of)" and
    // "Taiwan, Province of China" are known by, when only one country answers to it ("Congo"
    // is the name of CG and the first word of CD's).
    let short = |name: &'static str| name.split([',', '(']).next().unwrap_or(name).trim();
    let mut matches = CountryCode::iter().filter(|c| {
        c.name().eq_ignore_ascii_case(value) || short(c.name()).eq_ignore_ascii_case(value)
    });
    match (matches.next(), matches.next()) {
        (Some(code), None) => Some(code.alpha2()),
        _ => None,
    }
}

/// What is wrong with a currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyProblem {
    /// Another way of writing this code (lower case, a symbol, a name).
    Write(&'static str),
    /// A code ISO 4217 has withdrawn: its successor.
    Superseded(&'static str),
    /// A fund, precious metal or other special code (its code): no money a deal is priced in.
    NotMoney(&'static str),
    Unknown,
}

/// `Ok` for an ISO 4217 code of a currency in use, in upper case; otherwise what the value
/// stands for, if unambiguous.
pub fn currency(value: &str) -> Result<(), CurrencyProblem> {
    if let Some(code) = Currency::from_code(value) {
        return in_use(code);
    }
    Err(match currency_suggestion(value) {
        Some(code) => CurrencyProblem::Write(code),
        None => CurrencyProblem::Unknown,
    })
}

/// Whether a code names money in use: not superseded, not a fund, metal or test code.
fn in_use(code: Currency) -> Result<(), CurrencyProblem> {
    match code.flags().first() {
        None => Ok(()),
        Some(iso_currency::Flag::Superseded(by)) => Err(CurrencyProblem::Superseded(by.code())),
        Some(_) => Err(CurrencyProblem::NotMoney(code.code())),
    }
}

fn currency_suggestion(value: &str) -> Option<&'static str> {
    let real = |code: &str| Currency::from_code(code).filter(|c| in_use(*c).is_ok());
    const ALIASES: &[(&str, &str)] = &[
        ("US$", "USD"),
        ("USD$", "USD"),
        ("US dollar", "USD"),
        ("US dollars", "USD"),
        ("€", "EUR"),
        ("euro", "EUR"),
        ("euros", "EUR"),
        ("£", "GBP"),
        ("pound sterling", "GBP"),
        ("₹", "INR"),
        ("₩", "KRW"),
        ("₺", "TRY"),
        ("zł", "PLN"),
        ("R$", "BRL"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("CA$", "CAD"),
        ("NZ$", "NZD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("Fr.", "CHF"),
    ];
    let value = value.trim();
    if let Some(code) = real(&value.to_ascii_uppercase()) {
        return Some(code.code());
    }
    ALIASES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(value))
        .map(|(_, code)| *code)
}

/// What is wrong with a date, and what to write instead when that is knowable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Another format whose meaning is clear: write this (M/D/YYYY) instead.
    Write(String),
    /// M/D/YYYY in form, but no such day.
    NoSuchDate,
    /// Written with dots, which are read day first (`30.01.2027`), but the month is over 12
    /// (`1.30.2027`).
    DayFirstExpected,
    /// Day and month could be either way round (`03.04.2027` is clear, `03-04-2027` is not).
    Ambiguous,
    /// A two-digit year from 30 to 99, which Excel reads as 1930–1999: the century is a guess.
    TwoDigitYear,
    /// A year no deal closes in (outside [`YEARS`]).
    Implausible(i32),
    Unreadable,
}

/// The years an Estimated Close Date may have: co-sell deals close in this century.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// Reads an Estimated Close Date: `M/D/YYYY`, zero padding optional, a year in [`YEARS`].
pub fn close_date(value: &str) -> Result<NaiveDate, DateProblem> {
    // What another format means: the date to write, unless its year is not plausible.
    let write = |date: NaiveDate| {
        if YEARS.contains(&date.year()) {
            DateProblem::Write(mdy(date))
        } else {
            DateProblem::Implausible(date.year())
        }
    };
    match numbers(value, '/') {
        Some([m, d, y]) if y.1 == 4 && m.1 <= 2 && d.1 <= 2 => {
            return match ymd(y.0, m.0, d.0) {
                Some(date) if YEARS.contains(&date.year()) => Ok(date),
                Some(date) => Err(DateProblem::Implausible(date.year())),
                // 30/01/2027: day first, as most of the world writes it.
                None if m.0 > 12 => {
                    ymd(y.0, d.0, m.0).map_or(Err(DateProblem::NoSuchDate), |date| Err(write(date)))
                }
                None => Err(DateProblem::NoSuchDate),
            };
        }
        // 1/30/27: a two-digit year, which Excel reads as 2000–2029 below 30.
        Some([m, d, y]) if y.1 == 2 && m.1 <= 2 && d.1 <= 2 => {
            if y.0 >= 30 {
                return Err(DateProblem::TwoDigitYear);
            }
            return ymd(2000 + y.0, m.0, d.0)
                .map_or(Err(DateProblem::Unreadable), |date| Err(write(date)));
        }
        // 2027/01/30
        Some([y, m, d]) if y.1 == 4 => {
            return ymd(y.0, m.0, d.0).map_or(Err(DateProblem::NoSuchDate), |date| Err(write(date)))
        }
        _ => {}
    }
    // 2027-01-30 (ISO) and 30-01-2027 / 01-30-2027.
    match numbers(value, '-') {
        Some([y, m, d]) if y.1 == 4 => {
            return ymd(y.0, m.0, d.0).map_or(Err(DateProblem::NoSuchDate), |date| Err(write(date)))
        }
        Some([a, b, y]) if y.1 == 4 => {
            return match (ymd(y.0, b.0, a.0), ymd(y.0, a.0, b.0)) {
                (Some(day_first), None) => Err(write(day_first)),
                (None, Some(month_first)) => Err(write(month_first)),
                (Some(x), Some(y)) if x == y => Err(write(x)),
                (Some(_), Some(_)) => Err(DateProblem::Ambiguous),
                (None, None) => Err(DateProblem::NoSuchDate),
            };
        }
        _ => {}
    }
    // 30.01.2027: always day first.
    if let Some([d, m, y]) = numbers(value, '.') {
        if y.1 == 4 {
            return match ymd(y.0, m.0, d.0) {
                Some(date) => Err(write(date)),
                // 1.30.2027: month first with dots, which no locale writes.
                None if ymd(y.0, d.0, m.0).is_some() => Err(DateProblem::DayFirstExpected),
                None => Err(DateProblem::NoSuchDate),
            };
        }
    }
    // A time after the date (Excel's "1/30/2027 10:00"), or ISO's "2027-01-30T10:00:00".
    if let Some((date, time)) = value.split_once([' ', 'T']) {
        if time.contains(':') {
            return match close_date(date.trim()) {
                Ok(date) => Err(write(date)),
                Err(problem) => Err(problem),
            };
        }
    }
    // An Excel serial date (days since 1899-12-30) of a plausible year.
    if value.len() == 5 && value.bytes().all(|b| b.is_ascii_digit()) {
        let date = value.parse::<i64>().ok().and_then(|serial| {
            NaiveDate::from_ymd_opt(1899, 12, 30)?
                .checked_add_signed(chrono::TimeDelta::days(serial))
        });
        if let Some(date) = date.filter(|d| YEARS.contains(&d.year())) {
            return Err(write(date));
        }
    }
    Err(DateProblem::Unreadable)
}

pub fn mdy(date: NaiveDate) -> String {
    format!("{}/{}/{}", date.month(), date.day(), date.year())
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Splits `a<sep>b<sep>c` into three numbers of at most 4 digits, with their digit counts.
fn numbers(value: &str, separator: char) -> Option<[(u32, usize); 3]> {
    let mut parts = value.split(separator);
    let mut out = [(0, 0); 3];
    for slot in &mut out {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = (part.parse().ok()?, part.len());
    }
    parts.next().is_none().then_some(out)
}

/// `9.99E+09`, `1.2e7`, `-1.5E-03`: how Excel writes a long number it has already rounded.
pub fn is_scientific(value: &str) -> bool {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let Some(e) = unsigned.bytes().position(|b| b | 0x20 == b'e') else {
        return false;
    };
    let (mantissa, exponent) = (&unsigned[..e], &unsigned[e + 1..]);
    let exponent = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once(['.', ',']) {
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => digits(mantissa),
    };
    mantissa_ok && digits(exponent)
}

/// Digits with an optional `.` and decimals: what Partner Center reads as a decimal.
pub fn is_plain_decimal(value: &str) -> bool {
    // One pass: digits, at most one dot, at least one digit after it (or in all).
    let (mut dot, mut after) = (false, 0usize);
    for b in value.bytes() {
        match b {
            b'0'..=b'9' => after += 1,
            b'.' if !dot => (dot, after) = (true, 0),
            _ => return false,
        }
    }
    after > 0
}

/// What is wrong with an amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountProblem {
    Negative,
    Scientific,
    /// The amount written as Partner Center reads it.
    Write(String),
    /// A separator that could be either thousands or decimals (`12,563`).
    Ambiguous,
    /// Groups of three digits after dots (`12.563`, `1.250.000`) in a file from Excel with
    /// European settings, where the dot separates thousands: the number without them.
    Grouped(String),
    /// More digits before the decimal point than a decimal number holds (this many).
    TooLarge(usize),
    NotANumber,
}

/// The most digits before the decimal point of a decimal number (.NET's `decimal`, the type
/// of Partner Center's deal values, holds 28 to 29 significant digits).
pub const MAX_DIGITS: usize = 28;

/// Reads an amount (Estimated Deal Value, a solution's price): a plain decimal of 0 or more.
/// `european`: the file comes from Excel with European settings (it is separated by
/// semicolons), where `.` separates thousands and `,` decimals.
pub fn amount(value: &str, european: bool) -> Result<(), AmountProblem> {
    if is_plain_decimal(value) {
        if european && is_dot_grouped(value) {
            return Err(AmountProblem::Grouped(value.replace('.', "")));
        }
        return fits(value);
    }
    if is_scientific(value) {
        return Err(AmountProblem::Scientific);
    }
    if let Some(rest) = value.strip_prefix('-') {
        if is_plain_decimal(rest)
            || matches!(rewrite_amount(rest, european), Err(AmountProblem::Write(_)))
        {
            return Err(AmountProblem::Negative);
        }
    }
    rewrite_amount(value, european)
}

/// `12.563`, `1.250.000`: one to three digits, then groups of three after dots.
fn is_dot_grouped(value: &str) -> bool {
    let mut groups = value.split('.');
    let first = groups.next().unwrap_or("");
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && rest.peek().is_some()
        && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// `Ok` when a plain decimal's whole part fits a decimal number.
fn fits(plain: &str) -> Result<(), AmountProblem> {
    // The dot is ASCII: a character boundary.
    let dot = plain.bytes().position(|b| b == b'.').unwrap_or(plain.len());
    let whole = plain.get(..dot).unwrap_or(plain).trim_start_matches('0');
    if whole.len() > MAX_DIGITS {
        Err(AmountProblem::TooLarge(whole.len()))
    } else {
        Ok(())
    }
}

/// Spaces people and Excel put between digit groups: space, no-break space, narrow no-break
/// space, and the Swiss apostrophe.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')
}

/// `$12,563` → 12563; `12 563,50` → 12563.50; `12.563,50` → 12563.50; `12,563` is ambiguous
/// (unless the file is European, where it is 12.563). Thousands separators are removed only
/// when they separate groups of three digits.
fn rewrite_amount(value: &str, european: bool) -> Result<(), AmountProblem> {
    const SIGNS: &[&str] = &[
        "US$", "USD", "EUR", "GBP", "SEK", "NOK", "DKK", "CHF", "kr.", "kr", "$", "€", "£", "¥",
    ];
    let mut text = value.trim();
    let mut sign: Option<&str> = None;
    for s in SIGNS {
        if let Some(rest) = text.strip_prefix(s).or_else(|| text.strip_suffix(s)) {
            text = rest.trim();
            sign = Some(s);
            break;
        }
    }
    let negative = text.starts_with('-');
    let text = text.trim_start_matches('-');
    if !text.bytes().any(|b| b.is_ascii_digit())
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || is_group_space(c))
    {
        return Err(AmountProblem::NotANumber);
    }
    let spaced = text.contains(is_group_space);
    let (commas, dots) = (text.matches(',').count(), text.matches('.').count());
    let after = |sep: char| text.rsplit(sep).next().map_or(0, str::len);
    // Which character separates decimals, and which thousands (`' '` standing for every
    // group space).
    let (decimal, thousands) = match (commas, dots) {
        (0, 0) => (None, spaced.then_some(' ')),
        (1, 0) if spaced => (Some(','), Some(' ')),
        (1, 0) if after(',') != 3 || european => (Some(','), None),
        (1, 0) if matches!(sign, Some("$" | "US$" | "USD" | "£" | "GBP")) => (None, Some(',')),
        (1, 0) => return Err(AmountProblem::Ambiguous),
        (_, 0) if spaced => return Err(AmountProblem::NotANumber),
        (_, 0) => (None, Some(',')),
        (0, 1) if european && !spaced && after('.') == 3 => (None, Some('.')),
        (0, 1) => (Some('.'), spaced.then_some(' ')),
        (0, _) if spaced => return Err(AmountProblem::NotANumber),
        (0, _) => (None, Some('.')),
        // 12,563.50 and 12.563,50: the last separator is the decimal one.
        (_, _) if spaced => return Err(AmountProblem::NotANumber),
        (_, _) if text.rfind(',') > text.rfind('.') => (Some(','), Some('.')),
        (_, _) => (Some('.'), Some(',')),
    };
    let (whole, fraction) = match decimal {
        Some(d) => match text.split_once(d) {
            Some((w, f)) if !f.contains(d) => (w, Some(f)),
            _ => return Err(AmountProblem::NotANumber),
        },
        None => (text, None),
    };
    let is_sep = |c: char| match thousands {
        Some(' ') => is_group_space(c),
        Some(t) => c == t,
        None => false,
    };
    // Groups: one to three digits, then exactly three each.
    let mut plain = String::with_capacity(text.len());
    for (i, group) in whole.split(is_sep).enumerate() {
        let size_ok = if i == 0 {
            (1..=3).contains(&group.len()) || (thousands.is_none() || !whole.contains(is_sep))
        } else {
            group.len() == 3
        };
        if !size_ok || group.is_empty() || !group.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AmountProblem::NotANumber);
        }
        plain.push_str(group);
    }
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AmountProblem::NotANumber);
        }
        plain.push('.');
        plain.push_str(fraction);
    }
    if negative {
        return Err(AmountProblem::Negative);
    }
    fits(&plain)?;
    Err(AmountProblem::Write(plain))
}

/// A whole number of 1 or more, digits only.
pub fn is_quantity(value: &str) -> bool {
    value.bytes().all(|b| b.is_ascii_digit()) && value.bytes().any(|b| b != b'0')
}

/// An email address as Partner Center accepts one: `local@domain.tld`, no spaces, no list
/// separators, a dot in the domain and no empty labels.
pub fn is_email(value: &str) -> bool {
    if value.is_ascii() {
        is_ascii_email(value.as_bytes())
    } else {
        is_unicode_email(value)
    }
}

/// Not allowed anywhere in an address (`@` but once).
fn forbidden_in_email(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            ',' | ';' | '<' | '>' | '(' | ')' | '[' | ']' | '"' | '\\' | '@'
        )
}

/// [`is_email`] for ASCII text, in one pass over its bytes (nearly every address is ASCII).
fn is_ascii_email(value: &[u8]) -> bool {
    // Where the '@' is, the byte before this one, how long the current domain label is so far,
    // and how many dots the domain has.
    let (mut at, mut previous, mut label, mut dots) = (None, 0u8, 0usize, 0usize);
    for (i, &b) in value.iter().enumerate() {
        if b == b'@' {
            // One '@', after a local part that neither is empty nor ends with a dot.
            if at.is_some() || i == 0 || previous == b'.' {
                return false;
            }
            at = Some(i);
        } else if b <= b' '
            || b == 0x7f
            || matches!(
                b,
                b',' | b';' | b'<' | b'>' | b'(' | b')' | b'[' | b']' | b'"' | b'\\'
            )
        {
            // `forbidden_in_email` for an ASCII byte: controls and space, and the separators.
            return false;
        } else if at.is_none() {
            // The local part: no dot first, no two dots together.
            if b == b'.' && (i == 0 || previous == b'.') {
                return false;
            }
        } else if b == b'.' {
            // A domain label ends: it is not empty and does not end with '-'.
            if label == 0 || previous == b'-' {
                return false;
            }
            dots += 1;
            label = 0;
        } else {
            // A domain label does not start with '-'.
            if label == 0 && b == b'-' {
                return false;
            }
            label += 1;
        }
        previous = b;
    }
    // At least two labels, the last (the top-level domain) of two characters or more, not
    // ending with '-'.
    at.is_some() && dots >= 1 && label >= 2 && previous != b'-'
}

fn is_unicode_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let forbidden = forbidden_in_email;
    let clean = !local.contains(forbidden) && !domain.contains(forbidden);
    !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && clean
        && domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().count() >= 2)
}

/// A telephone number as people write one: digits with `+`, spaces, dashes, dots, slashes and
/// parentheses.
fn is_phone_like(value: &str) -> bool {
    value.bytes().any(|b| b.is_ascii_digit())
        && value.bytes().all(|b| {
            b.is_ascii_digit() || matches!(b, b'+' | b'-' | b' ' | b'(' | b')' | b'.' | b'/')
        })
}

/// Whether Excel computes `value` as arithmetic after a leading `+` or `-`: numbers (with
/// `%`), operators and parentheses, no spaces (`1-425-555-0100` is 1 − 425 − 555 − 100).
fn is_arithmetic(value: &str) -> bool {
    let bytes = value.as_bytes();
    let (mut i, mut depth, mut want_operand) = (0, 0usize, true);
    while i < bytes.len() {
        let b = bytes[i];
        if want_operand {
            match b {
                b'+' | b'-' => i += 1,
                b'(' => {
                    depth += 1;
                    i += 1;
                }
                b'0'..=b'9' | b'.' => {
                    let start = i;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    if bytes.get(i) == Some(&b'.') {
                        i += 1;
                        while i < bytes.len() && bytes[i].is_ascii_digit() {
                            i += 1;
                        }
                    }
                    if &bytes[start..i] == b"." {
                        return false;
                    }
                    want_operand = false;
                }
                _ => return false,
            }
        } else {
            match b {
                b'%' => i += 1,
                b')' if depth > 0 => {
                    depth -= 1;
                    i += 1;
                }
                b'+' | b'-' | b'*' | b'/' | b'^' | b'&' => {
                    want_operand = true;
                    i += 1;
                }
                _ => return false,
            }
        }
    }
    !want_operand && depth == 0
}

/// Whether a cell starting with `byte` may be run as a formula by Excel ([`formula_trigger`]
/// decides): every trigger is ASCII, so the first byte rules out nearly every cell.
pub fn may_start_formula(byte: u8) -> bool {
    matches!(byte, b'=' | b'@' | b'\t' | b'\r' | b'+' | b'-')
}

/// The character that makes Excel run a cell as a formula, if the cell starts with one.
pub fn formula_trigger(cell: &str) -> Option<char> {
    let first = *cell.as_bytes().first()?;
    if !may_start_formula(first) {
        return None;
    }
    let first = char::from(first);
    match first {
        '=' | '@' | '\t' | '\r' => Some(first),
        '+' | '-' => {
            let rest = &cell[1..];
            // A number is read as a number; a phone number with spaces or parentheses is not
            // a formula Excel can compute, but one of digits and dashes is arithmetic.
            let number = rest.is_empty()
                || is_plain_decimal(rest)
                || is_scientific(rest)
                || (is_phone_like(rest) && !is_arithmetic(rest));
            (!number).then_some(first)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every country is found by its codes, in any case (the search needs the codes sorted).
    #[test]
    fn every_country_is_found_by_its_codes() {
        for country in CountryCode::iter() {
            for code in [country.alpha2(), country.alpha3()] {
                assert_eq!(country_code(code), Some(*country), "{code}");
                assert_eq!(country_code(&code.to_lowercase()), Some(*country), "{code}");
            }
        }
        for not in ["", "X", "XX", "ZZZ", "DEU ", "ıt", "Germany"] {
            assert_eq!(country_code(not), None, "{not}");
        }
    }

    fn write(s: &str) -> DateProblem {
        DateProblem::Write(s.to_string())
    }

    #[test]
    fn dates() {
        let ok = |s: &str| close_date(s).map(mdy);
        assert_eq!(ok("1/30/2027"), Ok("1/30/2027".into()));
        assert_eq!(ok("01/05/2027"), Ok("1/5/2027".into()));
        assert_eq!(close_date("2027-01-30"), Err(write("1/30/2027")));
        assert_eq!(close_date("30/01/2027"), Err(write("1/30/2027")));
        assert_eq!(close_date("30.01.2027"), Err(write("1/30/2027")));
        assert_eq!(close_date("02.03.2027"), Err(write("3/2/2027")));
        assert_eq!(close_date("02/30/2027"), Err(DateProblem::NoSuchDate));
        assert_eq!(close_date("1/30/2027 10:00"), Err(write("1/30/2027")));
        assert_eq!(close_date("2027-01-30T10:00:00Z"), Err(write("1/30/2027")));
        assert_eq!(close_date("1/30/27"), Err(write("1/30/2027")));
        // Excel reads 30–99 as 1930–1999: the century is a guess, so no date is offered.
        assert_eq!(close_date("1/30/99"), Err(DateProblem::TwoDigitYear));
        assert_eq!(close_date("1/30/30"), Err(DateProblem::TwoDigitYear));
        assert_eq!(close_date("1/30/29"), Err(write("1/30/2029")));
        assert_eq!(close_date("1/30/0000"), Err(DateProblem::Implausible(0)));
        assert_eq!(close_date("1/30/1999"), Err(DateProblem::Implausible(1999)));
        assert_eq!(close_date("1/30/2100"), Err(DateProblem::Implausible(2100)));
        assert_eq!(close_date("0027-01-30"), Err(DateProblem::Implausible(27)));
        assert_eq!(close_date("1/30/2000").map(mdy), Ok("1/30/2000".into()));
        assert_eq!(close_date("1.30.2027"), Err(DateProblem::DayFirstExpected));
        assert_eq!(close_date("31.13.2027"), Err(DateProblem::NoSuchDate));
        assert_eq!(close_date("30-01-2027"), Err(write("1/30/2027")));
        assert_eq!(close_date("03-04-2027"), Err(DateProblem::Ambiguous));
        assert_eq!(close_date("46417"), Err(write("1/30/2027")));
        // A serial number of a date before 2000 is no date at all.
        assert_eq!(close_date("35000"), Err(DateProblem::Unreadable));
        assert_eq!(close_date("next spring"), Err(DateProblem::Unreadable));
        assert_eq!(close_date("2/29/2028").map(mdy), Ok("2/29/2028".into()));
        assert_eq!(close_date("2/29/2027"), Err(DateProblem::NoSuchDate));
    }

    #[test]
    fn amounts() {
        let w = |s: &str| Err(AmountProblem::Write(s.to_string()));
        let us = |s: &str| amount(s, false);
        let eu = |s: &str| amount(s, true);
        assert_eq!(us("12563"), Ok(()));
        assert_eq!(us("12563.50"), Ok(()));
        assert_eq!(us("12.563"), Ok(()));
        assert_eq!(us("$12,563"), w("12563"));
        assert_eq!(us("12 563,50"), w("12563.50"));
        assert_eq!(us("12.563,50"), w("12563.50"));
        assert_eq!(us("12,563.50"), w("12563.50"));
        assert_eq!(us("1,234,567"), w("1234567"));
        assert_eq!(us("1.250.000"), w("1250000"));
        assert_eq!(us("12,5"), w("12.5"));
        assert_eq!(us("12563 SEK"), w("12563"));
        assert_eq!(us("$12563.50"), w("12563.50"));
        assert_eq!(us("12,563"), Err(AmountProblem::Ambiguous));
        assert_eq!(us("1.2E+07"), Err(AmountProblem::Scientific));
        assert_eq!(us("-500"), Err(AmountProblem::Negative));
        assert_eq!(us("twelve thousand"), Err(AmountProblem::NotANumber));
        assert_eq!(us(""), Err(AmountProblem::NotANumber));
        assert_eq!(us("$"), Err(AmountProblem::NotANumber));
        assert_eq!(us("-$1,234.50"), Err(AmountProblem::Negative));
        assert_eq!(us(&"-".repeat(1_000_000)), Err(AmountProblem::NotANumber));
        // Separators come out only between groups of three digits.
        for wrong in [
            "12563.5.5",
            "1,5,5",
            "1 2345",
            "12,34,567",
            "1.2345.678",
            "12.563.50",
        ] {
            assert_eq!(us(wrong), Err(AmountProblem::NotANumber), "{wrong}");
            assert_eq!(eu(wrong), Err(AmountProblem::NotANumber), "{wrong}");
        }
        // 28 digits fit a decimal; 29 and more do not.
        assert_eq!(us(&"9".repeat(28)), Ok(()));
        assert_eq!(us(&format!("{}.5", "9".repeat(28))), Ok(()));
        assert_eq!(us(&"1".repeat(41)), Err(AmountProblem::TooLarge(41)));
        assert_eq!(us(&format!("00{}", "1".repeat(28))), Ok(()));
        assert_eq!(
            us(&format!("$1{}", ",000".repeat(10))),
            Err(AmountProblem::TooLarge(31))
        );
        // From Excel with European settings: the dot separates thousands, the comma decimals.
        assert_eq!(eu("12.563"), Err(AmountProblem::Grouped("12563".into())));
        assert_eq!(eu("1.250.000"), w("1250000"));
        assert_eq!(eu("12.563,00"), w("12563.00"));
        assert_eq!(eu("12,563"), w("12.563"));
        assert_eq!(eu("€12.563"), w("12563"));
        assert_eq!(eu("12.5"), Ok(()));
        assert_eq!(eu("12.5630"), Ok(()));
        assert_eq!(eu("0.500"), Ok(()));
        assert_eq!(eu("12563"), Ok(()));
    }

    #[test]
    fn countries_and_currencies() {
        assert_eq!(country("SE"), Ok(()));
        assert_eq!(country("XX"), Err(None));
        assert_eq!(country("se"), Err(Some("SE")));
        assert_eq!(country("USA"), Err(Some("US")));
        assert_eq!(country("Sweden"), Err(Some("SE")));
        assert_eq!(country("UK"), Err(Some("GB")));
        assert_eq!(country("bolivia"), Err(Some("BO")));
        assert_eq!(country("Sverige"), Err(Some("SE")));
        // Two countries are called Congo; one is "Congo".
        assert_eq!(country("Congo"), Err(None));
        assert_eq!(
            country("Congo (Democratic Republic of the)"),
            Err(Some("CD"))
        );
        assert_eq!(currency("SEK"), Ok(()));
        assert_eq!(currency("XOF"), Ok(()));
        assert_eq!(currency("usd"), Err(CurrencyProblem::Write("USD")));
        assert_eq!(currency("€"), Err(CurrencyProblem::Write("EUR")));
        assert_eq!(currency("hrk"), Err(CurrencyProblem::Unknown));
        assert_eq!(currency("HRK"), Err(CurrencyProblem::Superseded("EUR")));
        assert_eq!(currency("XAU"), Err(CurrencyProblem::NotMoney("XAU")));
        assert_eq!(currency("XDR"), Err(CurrencyProblem::NotMoney("XDR")));
        assert_eq!(currency("BOV"), Err(CurrencyProblem::NotMoney("BOV")));
        assert_eq!(currency("XXX"), Err(CurrencyProblem::NotMoney("XXX")));
        assert_eq!(currency("ABC"), Err(CurrencyProblem::Unknown));
    }

    #[test]
    fn emails() {
        for good in [
            "john.customer@contoso.com",
            "Bob.partner@Contoso.com",
            "a+b@x.co.uk",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "john",
            "john@",
            "@contoso.com",
            "john@contoso",
            "john @contoso.com",
            "a@b@c.com",
            "a@.com",
            "a@b.c",
            "a..b@c.com",
            "a@b.com;c@d.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_is_str_trim(value in "[ \t\r\n\x0b\x0c\x1f\u{a0}\u{3000}\u{85}aé]{0,8}") {
            proptest::prop_assert_eq!(trim(&value), value.trim());
        }

        /// The one-pass decimal check says what "digits, then a dot and digits" says.
        #[test]
        fn plain_decimals_are_digits_a_dot_and_digits(value in "[0-9.a ]{0,6}") {
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            let expected = match value.split_once('.') {
                Some((whole, fraction)) => (whole.is_empty() || digits(whole)) && digits(fraction),
                None => digits(&value),
            };
            proptest::prop_assert_eq!(is_plain_decimal(&value), expected);
        }

        /// The one-pass check of ASCII addresses says what the general one says.
        #[test]
        fn ascii_emails_are_checked_like_any_other(value in "[a-z.@,;( \t\x0b\x7f-]{0,6}(@[a-z.\x1f-]{0,8})?") {
            proptest::prop_assert_eq!(is_ascii_email(value.as_bytes()), is_unicode_email(&value));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// The same, from a small alphabet, where nearly valid addresses are frequent.
        #[test]
        fn nearly_valid_ascii_emails_are_checked_like_any_other(value in "[a.-]{0,3}@?[a.-]{0,2}@[a-]{0,2}\\.?[a.-]{0,2}(\\.aa)?") {
            proptest::prop_assert_eq!(is_ascii_email(value.as_bytes()), is_unicode_email(&value));
        }
    }

    #[test]
    fn scientific_notation() {
        for s in [
            "9.99E+09", "1.2E+07", "8.15E+08", "1e7", "-1.5E-03", "9,99E+09",
        ] {
            assert!(is_scientific(s), "{s}");
        }
        for s in ["E7", "1E", "SOL-1234", "12345", "1.2.3E4", "Eve"] {
            assert!(!is_scientific(s), "{s}");
        }
    }

    #[test]
    fn formulas() {
        for s in [
            "=1+1",
            "@SUM(A1)",
            "+cmd",
            "-2+3*cmd|' /C calc'!A0",
            "\tx",
            "\r=1",
            "--x",
            "- note",
            // Digits and dashes are arithmetic: Excel computes 1 - 425 - 555 - 100.
            "+1-425-555-0100",
            "-2+3",
            "-(500)",
            "+10%*2",
        ] {
            assert!(formula_trigger(s).is_some(), "{s:?}");
        }
        for s in [
            "-500",
            "+46 70 123 45 67",
            "+1 (425) 555-0100",
            "+1(425)555-0100",
            "+46701234567",
            "-",
            "+",
            "-1.2E+07",
            "Bob",
            " =1",
            "",
        ] {
            assert_eq!(formula_trigger(s), None, "{s:?}");
        }
    }

    #[test]
    fn codes() {
        assert_eq!(REASONS.read("3"), Ok(3));
        assert_eq!(REASONS.read("9"), Err(None));
        assert_eq!(REASONS.read("03"), Err(None));
        assert_eq!(REASONS.read("customer chose another vendor"), Err(Some(3)));
        // The start of three reasons: no guess.
        assert_eq!(REASONS.read("Customer"), Err(None));
        assert_eq!(REASONS.read("Customer chose"), Err(Some(3)));
        assert_eq!(REASONS.read("Others"), Err(Some(8)));
        assert_eq!(HELP_TYPES.read("Proof of concept"), Err(Some(3)));
        assert_eq!(HELP_TYPES.read("0"), Err(None));
        assert_eq!(sales_stage("40"), Ok(()));
        assert_eq!(sales_stage("40%"), Err(Some("40")));
        assert_eq!(sales_stage("Qualified"), Err(Some("20")));
        assert_eq!(sales_stage("45"), Err(None));
    }

    #[test]
    fn listed_values_and_their_spellings() {
        assert_eq!(listed("Yes", YES_NO), Listed::Exact(YesNo::Yes));
        assert_eq!(listed("yes", YES_NO), Listed::Spelling("Yes", YesNo::Yes));
        assert_eq!(listed(" NO ", YES_NO), Listed::Spelling("No", YesNo::No));
        assert_eq!(listed("Y", YES_NO), Listed::Other);
        assert_eq!(listed("Yes!", YES_NO), Listed::Other);
        assert_eq!(
            listed("active ", STATUSES),
            Listed::Spelling("Active", Status::Active)
        );
        assert!(same_letters("have  not DECIDED", "Have not decided"));
        assert!(!same_letters("havenot decided", "Have not decided"));
        assert!(!same_letters("", "Yes"));
        assert_eq!(yes_no_meaning("TRUE"), Some(YesNo::Yes));
        assert_eq!(yes_no_meaning("Nej"), Some(YesNo::No));
        assert_eq!(yes_no_meaning("maybe"), None);
    }

    #[test]
    fn current_template_values() {
        for good in [
            "MicrosoftID: 6-ABCDEFG23XB",
            "MicrosoftID:6-ABCDEFG23XB",
            "MicrosoftID: 11-1FG2G, AccountName: Microsoft, AccountAddress: PO BOX 80456",
            "DUNSID: 659410848, AccountName:JUNIOR, AccountAddress: 21 TOH GUAN ROAD EAST",
        ] {
            assert!(is_account_match(good), "{good}");
        }
        for bad in [
            "Contoso Ltd",
            "6-ABCDEFG23XB",
            "MicrosoftID: ABCDEFG",
            "MicrosoftID: 6-",
            "MicrosoftID: 6-ABC, Contoso",
            "microsoftid: 6-ABC",
        ] {
            assert!(!is_account_match(bad), "{bad}");
        }
        assert!(is_domain("contoso.com"));
        assert!(is_domain("contoso.co.uk"));
        assert!(is_domain("bücher.de"));
        for bad in [
            "contoso",
            "https://contoso.com",
            "a@contoso.com",
            "contoso .com",
            "contoso.c0m",
        ] {
            assert!(!is_domain(bad), "{bad}");
        }
        assert_eq!(
            domain_in("https://www.Contoso.com/about").as_deref(),
            Some("contoso.com")
        );
        assert_eq!(
            domain_in("john@contoso.com").as_deref(),
            Some("contoso.com")
        );
        assert_eq!(domain_in("Contoso Ltd"), None);
        assert_eq!(nearest("Kiosks", DEVICE_CATEGORIES), Some("Kiosk"));
        assert_eq!(nearest("smart tv", DEVICE_CATEGORIES), Some("Smart TV"));
        assert_eq!(nearest("Toaster", DEVICE_CATEGORIES), None);
    }

    #[test]
    fn messages_quote_values_safely() {
        assert_eq!(quoted("a\nb"), "'a b'");
        assert_eq!(quoted(&"x".repeat(100)).chars().count(), 63);
    }
}
