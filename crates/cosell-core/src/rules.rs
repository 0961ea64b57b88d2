//! The rule table: every check the validator makes, with its stable code, severity and
//! documentation. This table drives `cosell rules`, the README's rules table, the page's rule
//! pages and the fixture harness (`tests/rules/<CODE>.csv`).
//!
//! Adding a rule: one entry in the `rules!` invocation below, one check that reports it
//! (in `header.rs` or `row.rs`), one fixture named after its code. A test fails if the
//! fixture is missing or does not trigger the rule.
//!
//! Codes are never reused: a retired rule keeps its entry with `retired` in its title.

/// How serious a finding is. Errors make Partner Center reject the row (or the file);
/// warnings are accepted by Partner Center but probably not what the partner meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The templates a rule applies to (a retired rule applies to none: its code is never reused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Templates {
    All,
    Current,
    Y2021,
    Retired,
}

impl Templates {
    pub fn applies(self, template: crate::template::TemplateId) -> bool {
        use crate::template::TemplateId;
        match self {
            Templates::All => true,
            Templates::Current => template == TemplateId::Current,
            Templates::Y2021 => template == TemplateId::Y2021,
            Templates::Retired => false,
        }
    }

    /// As `cosell rules` and the README's rules table say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Templates::All => "both",
            Templates::Current => "current",
            Templates::Y2021 => "2021",
            Templates::Retired => "retired",
        }
    }
}

/// Whether a rule speaks about the whole file or about one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    File,
    Row,
}

/// One rule: its code, name, severity, scope and title. Its documentation is [`Rule::docs`],
/// kept apart so that a program that only checks (the page's module) does not carry it.
#[derive(Debug)]
pub struct Rule {
    pub code: Code,
    /// A short kebab-case name, stable like the code.
    pub name: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// The templates it applies to.
    pub templates: Templates,
    /// One line: what is wrong when the rule fires.
    pub title: &'static str,
}

/// A rule's documentation, in four fixed sections.
#[derive(Debug)]
pub struct Docs {
    /// What the rule checks.
    pub checks: &'static str,
    /// Why Partner Center (or Excel) cares.
    pub why: &'static str,
    /// A value or row that triggers it, and the message it gets (` gets: ` and the message).
    pub example: &'static str,
    /// What to write instead.
    pub fix: &'static str,
    /// When the rule offers a fix (the one right replacement, made by `cosell fix` and the
    /// page once accepted); empty when it never does.
    pub offers: &'static str,
}

impl Rule {
    /// The rule's texts by name: its title and its documentation's sections (`offers` empty
    /// when it offers no fix), as `cosell rules --format json` and the translations name them.
    pub fn texts(&self) -> [(&'static str, &'static str); 6] {
        let docs = self.docs();
        [
            ("title", self.title),
            ("checks", docs.checks),
            ("why", docs.why),
            ("example", docs.example),
            ("fix", docs.fix),
            ("offers", docs.offers),
        ]
    }

    /// The rule's documentation.
    pub fn docs(&self) -> &'static Docs {
        // DOCS lists the rules in the same order as RULES (a unit test checks it).
        &DOCS[self.code as usize]
    }
}

/// The first of its arguments (a default after an optional one).
macro_rules! first {
    ($first:expr $(, $rest:expr)*) => {
        $first
    };
}

macro_rules! rules {
    ($(
        $variant:ident $code:literal $severity:ident $scope:ident $name:literal $templates:ident {
            title: $title:literal,
            checks: $checks:literal,
            why: $why:literal,
            example: $example:literal,
            fix: $fix:literal
            $(, offers: $offers:literal)? $(,)?
        }
    )*) => {
        /// A rule's stable identity. `code.as_str()` is its code (`CS101`); `code.rule()` its
        /// table entry.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($variant),* }

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),* }
            }
        }

        /// Every rule, in documentation order (which is code order).
        pub static RULES: &[Rule] = &[$(
            Rule {
                code: Code::$variant,
                name: $name,
                severity: Severity::$severity,
                scope: Scope::$scope,
                templates: Templates::$templates,
                title: $title,
            }
        ),*];

        /// Every rule's documentation, in the order of [`RULES`].
        static DOCS: &[Docs] = &[$(
            Docs {
                checks: $checks,
                why: $why,
                example: $example,
                fix: $fix,
                offers: first!($($offers,)? ""),
            }
        ),*];
    };
}

impl Code {
    pub fn rule(self) -> &'static Rule {
        // The table lists the variants in declaration order, so the discriminant indexes it
        // (a unit test checks this for every code).
        &RULES[self as usize]
    }

    pub fn severity(self) -> Severity {
        self.rule().severity
    }

    /// Looks a rule up by its code, case-insensitively (`cs101` finds `CS101`).
    pub fn parse(code: &str) -> Option<Code> {
        RULES
            .iter()
            .find(|rule| rule.code.as_str().eq_ignore_ascii_case(code.trim()))
            .map(|rule| rule.code)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A rule with its documentation, as the JSON of `cosell rules --format json`, the binding's
/// `rules()` and the page's `rules.json` spell it.
#[cfg(feature = "serde")]
impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut rule = serializer.serialize_struct("Rule", 11)?;
        rule.serialize_field("code", &self.code)?;
        rule.serialize_field("name", self.name)?;
        rule.serialize_field("severity", &self.severity)?;
        rule.serialize_field("scope", &self.scope)?;
        rule.serialize_field("templates", self.templates.as_str())?;
        for (part, text) in self.texts() {
            rule.serialize_field(part, text)?;
        }
        rule.end()
    }
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::File => "file",
            Scope::Row => "row",
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

rules! {
    // ---------------------------------------------------------------- the file as a whole
    NotUtf8 "CS001" Warning File "not-utf8" All {
        title: "The file is not UTF-8",
        checks: "The file's encoding. UTF-8 (with or without a byte-order mark) is read as is; UTF-16 is recognised by its byte-order mark (or, without one, by its zero bytes); anything else that is not valid UTF-8 is read as Windows-1252, which is what Excel's \"CSV (Comma delimited)\" writes on Windows.",
        why: "Partner Center reads the file as UTF-8. Letters outside plain ASCII (å, é, ü, ß) in a Windows-1252 file arrive garbled in customer names and addresses, and matching the customer on Microsoft's side then fails.",
        example: "A file saved by Excel as \"CSV (Comma delimited)\" with the customer name `Müller GmbH` gets: The file is not UTF-8: it was read as Windows-1252, which Excel's \"CSV (Comma delimited)\" writes, so letters such as å, é and ü would reach Partner Center garbled …",
        fix: "Upload the annotated file, which is UTF-8, or save from Excel with \"CSV UTF-8 (Comma delimited)\".",
    }
    WrongDelimiter "CS002" Error File "wrong-delimiter" All {
        title: "The file is separated by semicolons or tabs, not commas",
        checks: "Which character separates the header's columns: comma, semicolon or tab. The file is read with the one the header uses, so every other rule still runs.",
        why: "Excel writes semicolons when Windows' list separator is `;` (Swedish, German, French, Dutch and other regional settings). Partner Center needs commas: it sees one long column and rejects the whole file.",
        example: "`Deal Name;Customer Name;…` gets: The file is separated by semicolons (;), not commas …",
        fix: "Upload the annotated file, which is comma-separated; or set the list separator to a comma before saving from Excel.",
    }
    EmptyFile "CS003" Error File "empty-file" All {
        title: "The file is empty",
        checks: "That the file has a header row.",
        why: "Partner Center needs the template's header row to know which column is which.",
        example: "A file of zero bytes (or only a byte-order mark, or blank lines) gets: The file is empty: it has no header row. Start from the template and add one row per deal",
        fix: "Start from the template (download it from Partner Center's import page, or from this tool) and add one row per deal.",
    }
    NoDataRows "CS004" Error File "no-data-rows" All {
        title: "The file has no data rows",
        checks: "That at least one row below the header holds data.",
        why: "A header alone creates and updates nothing.",
        example: "A file with only the header (or the header and rows of empty cells) gets: The file has no data rows: add one row per deal below the header",
        fix: "Add one row per deal below the header.",
    }
    TooManyRows "CS005" Error File "too-many-rows" All {
        title: "More than 1,000 data rows",
        checks: "The number of records below the header: data rows, and rows whose cells are all empty (see CS010), which are records of the CSV file too. Every row is still checked.",
        why: "Partner Center imports at most 1,000 records per file and does not process a larger file at all. Its page does not say whether a record of empty cells counts, so it counts here: a file of 1,000 deals and one empty row gets this error. An export holds up to 5,000 records, so a re-uploaded export often needs splitting.",
        example: "A file of 1,001 deals gets: The file has 1001 data rows; Partner Center processes at most 1000 records per file and will not process this one: split it into 2 files",
        fix: "Split the file into files of at most 1,000 rows, each with the header row (the split download does it), and delete empty rows.",
    }
    MissingColumn "CS006" Error File "missing-column" All {
        title: "A mandatory column is missing from the header",
        checks: "That the header holds every column its template marks as mandatory: Deal Name, Customer Name, Customer Address Line 1, Customer City, Customer Country, Partner Referral Status, Partner Referral Substatus, Estimated Deal Value, Currency, Estimated Close Date, Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Solution 1 and Team member 1; in the current template also Marketplace Purchase Intent (and the message says `Required column`, as that template's page does). A column spelled in another case or spacing counts (CS019). Every row then also gets `Mandatory field … missing` (`Required field … missing`).",
        why: "Partner Center matches columns by their name; without a mandatory column no row can be created or updated.",
        example: "A header without Solution 1 gets: Mandatory column Solution 1 is missing from the header",
        fix: "Add the column, spelled exactly as in the template.",
    }
    DuplicateColumn "CS007" Error File "duplicate-column" All {
        title: "A column appears twice in the header",
        checks: "That no column name appears more than once. The first one is the one checked.",
        why: "Partner Center cannot know which of the two columns holds the value.",
        example: "A second `Notes` column gets: Column Notes appears 2 times in the header (columns AA, AI); only the first is read",
        fix: "Delete the extra column, or merge what it holds into the first one.",
    }
    UnknownColumn "CS008" Warning File "unknown-column" All {
        title: "A column the template does not have",
        checks: "Every header cell against the template's column names, spelled exactly. A near miss (other case, stray spaces, a typo) gets the name it probably means.",
        why: "Partner Center matches columns by exact name and ignores the others, so a misspelled column's data is silently lost.",
        example: "`Custmer Postal Code` in column AI gets: Unknown column 'Custmer Postal Code' (column AI) will be ignored by Partner Center: did you mean 'Customer Postal Code'?",
        fix: "Rename the column to the template's spelling, or delete it if it is not meant for Partner Center.",
    }
    NumberedColumn "CS009" Error File "numbered-column" All {
        title: "A Solution or Team member column number outside 1 to 50",
        checks: "Columns named `Solution N` or `Team member N`: N must be a whole number from 1 to 50, written without leading zeros. The first 20 such columns are named one by one, the rest summed up.",
        why: "A deal has at most 50 solutions and 50 team members; Partner Center does not read `Solution 51`, `Solution 0` or `Solution A`.",
        example: "`Solution 51` gets: Column 'Solution 51' (column AI) is not read: Solution columns are numbered 1 to 50, without leading zeros",
        fix: "Number the columns from 1 to 50; put a 51st solution in a second deal or a note.",
    }
    EmptyRows "CS010" Warning File "empty-rows" All {
        title: "Rows whose cells are all empty",
        checks: "Rows in which every cell is empty (Excel leaves `,,,,,` where rows were cleared but not deleted). They are skipped and not counted among the data rows, but they count toward the 1,000-record limit (CS005). Blank lines (no separators at all) are not records: any CSV reader skips them.",
        why: "Such rows create nothing, but they are records of the file: they may count toward Partner Center's limit of 1,000 records, and can make it report missing mandatory fields.",
        example: "`,,,,,,,,` in rows 3, 4 and 6 gets: 3 empty rows were skipped (rows 3–4, 6): delete the rows in Excel rather than clearing their cells",
        fix: "Delete the rows in Excel (select the rows, right-click, Delete), not just their contents.",
    }
    UnclosedQuote "CS011" Error Row "unclosed-quote" All {
        title: "A quote that is never closed",
        checks: "That a cell which starts with a double quote also ends with one, right before the next separator or line end. When one does not and the reader runs on into the following lines (or to the end of the file) up to the next quote anywhere, that line is read again with the quote taken literally, and reading goes on from the next line, so the following rows are still checked. A quote closed early on one line (`\"A note\" ,`) is read as CSV readers read it, the same on every line of the file.",
        why: "Partner Center would read the following cells, and often the following rows, into one cell: those values would be lost or land in the wrong columns.",
        example: "A note starting with `\"` and no closing quote gets: Unclosed quote: a cell in Notes starts with \" that does not close where the cell ends; this line was read with the quote as text",
        fix: "Close the quote, or remove it; a quote inside a quoted cell is written twice (`\"\"`).",
    }
    FieldCount "CS012" Error Row "field-count" All {
        title: "A row with more or fewer cells than the header",
        checks: "That each row has as many cells as the header (the Errors column aside). The row's other rules are not checked: its values are probably in the wrong columns.",
        why: "An unquoted comma inside a value (an address, a price of `1,000`) shifts every later cell into the wrong column.",
        example: "`…,One Contoso Way, Suite 100,Redmond,…` gets: Too many cells: this row has 34, the header 33; a value with an unquoted comma shifts the columns",
        fix: "Quote values that contain commas (`\"One Contoso Way, Suite 100\"`) or remove the commas; Excel does this when it saves.",
    }

    RepeatedHeader "CS013" Error Row "repeated-header" All {
        title: "A row that repeats the header",
        checks: "Whether a data row holds the header's names again, cell for cell (two files pasted one under the other). Its other rules are not checked.",
        why: "Partner Center reads it as a deal called \"Deal Name\" and rejects it; it also means two files were joined, which is worth a look.",
        example: "A second header on row 1002 gets: This row repeats the header (two files pasted together?): delete it",
        fix: "Delete the row.",
    }

    ProcessedFile "CS014" Error File "processed-file" All {
        title: "A file Partner Center has already processed",
        checks: "Whether the Errors column holds messages that this tool did not write (Partner Center's answer to an earlier upload) beside rows whose Errors cell is empty: Partner Center created or updated those. They are left out of the counts, of the row rules and of every file offered for upload, and their Errors cell in the annotated file says so (a note this tool recognises when the annotated file is checked again). This tool's own messages in the Errors column end with their rule code in brackets (`[CS101]`), which is how it tells them from Partner Center's.",
        why: "Partner Center's page: \"Remove all the successful records from the file before uploading the corrected records that failed in the previous run.\" Uploading a processed row again creates its deal a second time, or applies its update again; bulk upload cannot be undone.",
        example: "A file downloaded after an upload, with Partner Center's message on row 2 and an empty Errors cell on rows 3 and 4, gets: Partner Center has already processed rows 3–4 of this file: it created or updated those deals in an earlier upload …",
        fix: "Upload only the rows to fix, once fixed: the \"rows to fix\" and \"ready to upload\" files leave the processed rows out. If the Errors cells were written by someone else than Partner Center, clear the Errors column and check again.",
    }
    PreviousErrors "CS015" Warning Row "previous-errors" All {
        title: "A row Partner Center rejected last time, with no problem found now",
        checks: "Rows whose Errors cell holds a message this tool did not write (Partner Center's, from an earlier upload) and that pass every rule here.",
        why: "Partner Center checks things a file cannot show (a solution ID it does not know, a customer it cannot match). Its message is replaced by this check's Errors cell in the annotated file, so it is shown here.",
        example: "A row whose Errors cell holds `Invalid solution SOL-1234-PQRS` and that passes every rule gets: Partner Center's answer to this row's last upload was 'Invalid solution SOL-1234-PQRS'; no problem is found now: make sure it is fixed before uploading",
        fix: "Check that what Partner Center's message says is fixed, then upload the row.",
    }

    OldTemplateCreate "CS016" Error File "old-template-create" Y2021 {
        title: "A file in the 2021 template that creates deals",
        checks: "Whether a file in the 2021 template (no column only the current template has) has rows that create a deal (no Referral ID).",
        why: "Partner Center's page since 2023: \"Download the new template in Partner Center. Old templates don't work with the updated Co-sell opportunity creation flow.\" New deals need Marketplace Purchase Intent, which the 2021 template lacks.",
        example: "A 2021-template file with new deals gets: This file is in the 2021 template, and Partner Center now creates deals only from the current template …",
        fix: "Download the file in the current template (`cosell upgrade`, or the page's \"in the current template\" download): every value kept, the new columns added; then fill in Marketplace Purchase Intent for the new deals.",
    }
    OldTemplate "CS017" Warning File "old-template" Y2021 {
        title: "A file in the 2021 template that only updates deals",
        checks: "Whether a file in the 2021 template has only rows that update a deal.",
        why: "Partner Center says old templates don't work with its updated creation flow; it does not say so of updates, so this is a warning: the current template is the safe choice.",
        example: "A 2021-template file of updates gets: This file is in the 2021 template; Partner Center hands out the current template …",
        fix: "Upload the same file in the current template (`cosell upgrade`, or the page's download).",
    }
    OtherBulkFile "CS018" Error File "other-bulk-file" All {
        title: "A file of another Partner Center bulk operation",
        checks: "Whether the header is that of another bulk file of Partner Center's (three or more of its own columns, such as an Azure IP co-sell deal registrations file's `Registration Date`, `Registration Type`, `Contract Value`). Its rows are not checked as co-sell opportunities.",
        why: "Uploaded as co-sell opportunities it fails as a whole; it belongs to another page of Partner Center. A list of every missing column would not say that.",
        example: "A deal registrations file gets: This is an Azure IP co-sell deal registrations file, not a file of co-sell opportunities …",
        fix: "Upload it where Partner Center takes it; check your co-sell opportunities file here.",
    }
    ColumnSpelling "CS019" Warning File "column-spelling" All {
        title: "A column name in another case or spacing than the template's",
        checks: "Header cells that are a template column's name but for letter case, spaces (several, around, before `?`) or a trailing ` *`: `deal name`, `Microsoft help required ?`. The column is read as that one, so every rule still runs. Documented spellings (`Customer Postal Code` and `Customer Postal code`; `Declined/Lost reason` and `Declined/Lost/Error reason`) and the spellings seen in 2026 templates (`MPN Id`, `Moodys Account Match 1`, `Final Matched Customer Account *` …) are read without a warning.",
        why: "Partner Center's page does not say how exactly it matches column names; a column it does not recognise is silently ignored.",
        example: "`deal  name` in column D gets: Column 'deal  name' (column D) is read as Deal Name, as the current Partner Center template spells it: rename it to be sure Partner Center reads it",
        fix: "Rename the column as the template spells it.",
    }

    TranslatedColumns "CS020" Error File "translated-columns" All {
        title: "Column names copied from a translated page of Microsoft's documentation",
        checks: "Header cells that are a column name as one of the 17 machine-translated versions of Microsoft's page about this import writes it (`Kundnamn`, `Avtalsnamn`, `Kundland` on the Swedish page; `Lösning 2` from its `Lösning 1`), compared as tolerantly as English names. Each is read as the column it translates, so every row rule still runs; one finding lists the renames, in the language of the first such cell. A name the page gives two columns (Turkish writes both contact names `Müşterinin kişi adı soyadı`) is not guessed: the finding says so. The data is `crates/cosell-core/data/doc-translations*.tsv`, from the documentation's repositories.",
        why: "Partner Center reads only the English column names: a file made from a translated page has none of them, and every column is ignored.",
        example: "A header typed from the Swedish page gets: This file uses the column names of the Swedish translation of Microsoft's documentation; Partner Center reads only the English names: rename Engagemangs-ID → Engagement ID, Hänvisningskod → Referral ID, Avtalsnamn → Deal Name, …",
        fix: "Rename the columns to the template's English names (or download the template and copy the rows under its header).",
        offers: "The English name for each translated header cell (`Kundnamn` → `Customer Name`), as a change to the header row; none for a name the page gives two columns.",
    }

    // ---------------------------------------------------------------- mandatory values
    MandatoryField "CS101" Error Row "mandatory-field" All {
        title: "A mandatory value is missing",
        checks: "That the row has a value in each column its template marks mandatory (see CS006 for the list); in the current template, Marketplace Purchase Intent on a row that creates a deal. A cell of spaces only counts as empty. The message is Partner Center's own: `Mandatory field … missing` in the 2021 template, `Required field … missing` in the current one.",
        why: "Partner Center does not create or update a row with an empty mandatory field; this is its own message.",
        example: "An empty Solution 1 gets: Mandatory field Solution 1 missing",
        fix: "Fill in the value.",
    }
    HelpDetails "CS102" Error Row "help-details" All {
        title: "Microsoft help is asked for without the details it needs",
        checks: "When Microsoft help required? is Yes: the four Customer Contact columns (First Name, Last Name, Phone number, Email Address) and What specific help from Microsoft? must be filled in.",
        why: "Microsoft's sellers need a customer contact and to know what help is wanted; Partner Center makes these mandatory for co-sell requests.",
        example: "Microsoft help required? = Yes with no email gets: Mandatory field Customer Contact Email Address missing (required when Microsoft help required? is Yes)",
        fix: "Fill in the customer contact and the kind of help (a number from 1 to 6), or set Microsoft help required? to No.",
    }
    ShareRequired "CS103" Error Row "share-required" All {
        title: "Share with Microsoft sales team is missing",
        checks: "When Microsoft help required? is No, Share with Microsoft sales team must be Yes or No.",
        why: "Without Microsoft's help, the partner must say whether the deal is shared with Microsoft's sales team.",
        example: "Microsoft help required? = No and an empty Share with Microsoft sales team gets: Mandatory field Share with Microsoft sales team missing (required when Microsoft help required? is No)",
        fix: "Write Yes or No.",
    }
    ReasonRequired "CS104" Error Row "reason-required" All {
        title: "A Declined, Lost (or, in the current template, Error) deal without a reason",
        checks: "When Partner Referral Substatus is Declined or Lost (or Error, in the current template), the reason column (`Declined/Lost reason`, `Declined/Lost/Error reason`) must hold a number: 1 to 8 for Declined and Lost, 1 to 9 for Error.",
        why: "Partner Center requires the reason when a deal is declined, lost or closed in error.",
        example: "Substatus Lost and an empty reason gets: Mandatory field Declined/Lost reason missing (required when Partner Referral Substatus is Lost)",
        fix: "Write the reason's number. Declined and Lost: 1 Project budget is not adequate, 2 Customer did not respond, 3 Customer chose another vendor, 4 Customer requirement not met, 5 Not a customer, 6 Proposed time line was too short, 7 Report as abuse, spam or phishing, 8 Others. Error: 1 Duplicate - created through bulk upload, 2 Duplicate - created in Partner Center, 3 Duplicate - sent by Microsoft, 4 Connector data sync issues, 5 Customer matching issues, 6 Solution issues - explain in notes, 7 Test referral, 8 Data error, 9 Others - explain in notes.",
    }

    // ---------------------------------------------------------------- values
    YesNo "CS201" Error Row "yes-no" All {
        title: "A Yes/No column holds something else",
        checks: "Microsoft help required?, Share with Microsoft sales team and Consent to share Customer/Partner contact take `Yes` or `No`. Other words for yes and no (`Y`, `TRUE`, Excel's translations `Ja`, `Nej`, `Oui`…, and the words of Microsoft's translated pages, `Да`, `いいえ`…) get the value to write, except a page's word for both (Korean `예`), which gets both named; `yes` or `No ` (another letter case or spacing) is CS222, a warning.",
        why: "The template lists Yes and No; `Y`, `TRUE`, `1` or a translation are other words, which Partner Center's documentation gives no reason to expect it to understand.",
        example: "`Y` in Share with Microsoft sales team gets: Invalid value 'Y' in Share with Microsoft sales team: write Yes",
        fix: "Write Yes or No.",
        offers: "`Yes` or `No` for the same word in another case or language (`y`, `TRUE`, `ja`, `oui`); none for a word a translated page writes for both (Korean `예`); never for consent.",
    }
    ConsentNo "CS202" Error Row "consent-no" All {
        title: "Consent to share contacts is No",
        checks: "Consent to share Customer/Partner contact must be Yes.",
        why: "Partner Center's documentation: deals will not be created or updated if you choose No for this column.",
        example: "`No` gets: Consent to share Customer/Partner contact is 'No': Partner Center will neither create nor update this deal",
        fix: "Get the consent and write Yes, or leave the deal out of the file.",
    }
    UnknownStatus "CS203" Error Row "unknown-status" All {
        title: "An unknown Partner Referral Status",
        checks: "Partner Referral Status is one of New, Active, Closed (another letter case or spacing is CS222, a warning).",
        why: "These are the statuses Partner Center's referral API knows; anything else is rejected.",
        example: "`Open` gets: Invalid value 'Open' in Partner Referral Status: use New, Active or Closed",
        fix: "Write New (to create), Active or Closed.",
        offers: "The English status for the word a translated page of Microsoft's documentation writes for it (`Aktiv` on the Swedish page → `Active`).",
    }
    UnknownSubstatus "CS204" Error Row "unknown-substatus" All {
        title: "An unknown Partner Referral Substatus",
        checks: "Partner Referral Substatus is one of Pending, Received, Accepted, Won, Lost, Declined, Expired, and in the current template Error (another letter case or spacing is CS222, a warning).",
        why: "These are the substatuses Partner Center's referral API knows; anything else is rejected.",
        example: "`Closed Won` gets: Invalid value 'Closed Won' in Partner Referral Substatus: use Pending, Received, Accepted, Won, Lost, Declined or Expired",
        fix: "Write one of the listed values.",
        offers: "The English substatus for the word a translated page of Microsoft's documentation writes for it (`Väntar` → `Pending`, `Har godkänts` → `Accepted` on the Swedish page); none for a word the page writes for two values.",
    }
    StatusPair "CS205" Error Row "status-pair" All {
        title: "A status and substatus that do not go together",
        checks: "On rows that update a deal (with a Referral ID): New goes with Pending or Received, Active with Accepted, Closed with Won, Lost, Declined or Expired (and Error, in the current template: Error with another status is CS227, a warning).",
        why: "Partner Center's referral API allows only these pairs.",
        example: "Active with Won gets: Invalid value 'Won' in Partner Referral Substatus for Partner Referral Status Active: use Accepted",
        fix: "Change the substatus (or the status) to an allowed pair; a won deal is Closed/Won.",
    }
    CreateStatus "CS206" Error Row "create-status" All {
        title: "A new deal that is not New/Accepted",
        checks: "A row without a Referral ID creates a deal, and its Partner Referral Status must be New and its Partner Referral Substatus Accepted.",
        why: "The import page says: use New and Accepted to create a new deal.",
        example: "A row without Referral ID and status Active gets: Invalid value 'Active' in Partner Referral Status for a new deal (no Referral ID): use New",
        fix: "Write New and Accepted; or, if the row is meant to update a deal, fill in its Referral ID.",
    }
    ReadOnlyStatus "CS207" Warning Row "read-only-status" Retired {
        title: "Retired: a value in the read-only Microsoft Referral Status (see CS224)",
        checks: "Nothing any more. It warned on every row with a Microsoft Referral Status, which is how every exported row comes back; CS224 now warns only where a read-only value means something: on a row that creates a deal.",
        why: "A warning on every row of an export hid the warnings that matter.",
        example: "No file gets it: a row that creates a deal with a Microsoft Referral Status gets CS224.",
        fix: "None.",
    }
    ReasonCode "CS208" Error Row "reason-code" All {
        title: "The reason is not one of its numbers",
        checks: "A value in the reason column is one of its numbers: 1 to 8 (Declined, Lost, and the 2021 template), 1 to 9 when the substatus is Error (the current template); the message names the list that applies. A reason's text gets its number when only one reason starts so.",
        why: "Partner Center takes the reason as its number, not its text.",
        example: "`Customer chose another vendor` gets: Invalid value 'Customer chose another vendor' in Declined/Lost reason: write 3",
        fix: "Write the number: 1 Project budget is not adequate, 2 Customer did not respond, 3 Customer chose another vendor, 4 Customer requirement not met, 5 Not a customer, 6 Proposed time line was too short, 7 Report as abuse, spam or phishing, 8 Others.",
        offers: "The code of a reason written as its label (`Lost to competitor` → its number).",
    }
    HelpCode "CS209" Error Row "help-code" All {
        title: "What specific help from Microsoft? is not a number from 1 to 6",
        checks: "A value in What specific help from Microsoft? is one of the numbers 1 to 6.",
        why: "Partner Center takes the kind of help as its number, not its text.",
        example: "`Proof of concept` gets: Invalid value 'Proof of concept' in What specific help from Microsoft?: write 3",
        fix: "Write the number: 1 Workload-specific value proposition, 2 Customer technical architecture, 3 Proof of concept/Demo, 4 Quotes and Licensing, 5 Post-sales customer success, 6 General or other.",
        offers: "The code of a help type written as its label.",
    }
    SalesStage "CS210" Warning Row "sales-stage" All {
        title: "An unexpected Sales Stage",
        checks: "A value in Sales Stage is one of the stage percentages 10, 20, 40, 60, 80, 100.",
        why: "The template's sample is `40`, and Partner Center's sales stages are Created/Accepted 10, Qualified 20, Developed 40, Proposed 60, Negotiated 80, Won 100. The documentation does not say in words that other values are refused, so this is a warning.",
        example: "`Qualified` gets: Unexpected value 'Qualified' in Sales Stage: write 20",
        fix: "Write the stage's percentage.",
        offers: "The percentage of a stage written with `%` or by name (`20%`, `Qualify` → `20`).",
    }
    CountryCode "CS211" Error Row "country-code" All {
        title: "Customer Country is not an ISO 3166-1 two-letter code",
        checks: "Customer Country is a real ISO 3166-1 alpha-2 code: two letters are not enough (`XX` is no country). Country names, three-letter codes and common aliases get the code to use when only one country answers to them (`Congo` could be CG or CD). A code in lower case (`us`) is CS222, a warning.",
        why: "The page asks for the two-letter code; Partner Center matches the customer by it, and a name or a three-letter code is not one.",
        example: "`Sweden` gets: Invalid value 'Sweden' in Customer Country: write SE",
        fix: "Write the two-letter code: US, GB (not UK), SE, DE, …",
        offers: "The two-letter code of a country's name, local name or three-letter code (`Germany`, `Deutschland`, `DEU` → `DE`).",
    }
    CurrencyCode "CS212" Error Row "currency-code" All {
        title: "Currency is not an ISO 4217 code",
        checks: "Currency is an ISO 4217 code of money in use (`USD`, `EUR`, `SEK`): not a withdrawn code (`HRK`, replaced by EUR), a fund or a precious metal (`XAU`, `XDR`). Symbols and names get the code to use where they are unambiguous (`€` is EUR; `$` alone could be several). A code in lower case (`usd`) is CS222, a warning.",
        why: "The page asks for the ISO 4217 code; Partner Center stores the deal value with it. A withdrawn code is no longer a currency a deal can be priced in (and its amount needs converting, not only the code changing).",
        example: "`€` gets: Invalid value '€' in Currency: write EUR",
        fix: "Write the three-letter code of the currency the deal is priced in.",
        offers: "The ISO 4217 code of an unambiguous symbol or name (`€` → `EUR`, `kr` is not offered); `$` alone gets none.",
    }
    DateFormat "CS213" Error Row "date-format" All {
        title: "Estimated Close Date is not a real M/D/YYYY date",
        checks: "Estimated Close Date is month/day/four-digit year (zero padding optional), a real calendar date, in the years 2000 to 2099. Excel's rewrites (`2027-01-30`, `30/01/2027`, `30.01.2027`, a time after the date, a date serial number, a two-digit year below 30, which Excel reads as 20xx) get the date to write when it is unambiguous; a two-digit year from 30 up, which Excel reads as 19xx, gets none.",
        why: "Partner Center reads the date as MM/DD/YYYY. A day-first date either fails or, worse, is read as another date.",
        example: "`30.01.2027` gets: Invalid date '30.01.2027' in Estimated Close Date: write 1/30/2027",
        fix: "Write M/D/YYYY, e.g. 1/30/2027. In Excel, format the column as Text before typing dates.",
        offers: "`M/D/YYYY` for a date whose day and month are certain: ISO (`2027-02-28`), day first with a day over 12 (`30/01/2027`), dotted (`30.01.2027`), with a time, or an Excel serial number. Ambiguous dates get none.",
    }
    DatePast "CS214" Warning Row "date-past" All {
        title: "Estimated Close Date is in the past",
        checks: "Whether Estimated Close Date is before today, on deals that are not closed (Partner Referral Status Closed, or a substatus Won, Lost, Declined or Expired: their date is history).",
        why: "A close date already past on an open deal is usually a copy-paste or an Excel date rewrite; open deals should close in the future.",
        example: "`1/30/2020` gets: Past date '1/30/2020' in Estimated Close Date",
        fix: "Write the date the deal is now expected to close.",
    }
    DealValue "CS215" Error Row "deal-value" All {
        title: "Estimated Deal Value is not a plain number of 0 or more",
        checks: "Estimated Deal Value is digits with an optional `.` and decimals: no currency sign, no thousands separator, no decimal comma, not negative, at most 28 digits before the decimal point. The number to write is given when it is unambiguous: thousands separators are taken out only where they separate groups of three digits (`12563.5.5` and `1,5,5` get none).",
        why: "Partner Center reads the value as a decimal number (its API type is `decimal`, which holds 28 digits); `$12,563` or `12 563,50` is rejected or misread.",
        example: "`12 563,50` gets: Invalid number '12 563,50' in Estimated Deal Value: write 12563.50",
        fix: "Write the amount with digits and `.` only, e.g. 12563.50; the currency goes in Currency.",
        offers: "The amount without currency signs, thousands separators or spaces (`$250,000` → `250000`, `12 563,50 kr` → `12563.50`) when the decimal separator is certain.",
    }
    ScientificNotation "CS216" Error Row "scientific-notation" All {
        title: "A number that Excel turned into scientific notation",
        checks: "Number-like cells (phone numbers, D-U-N-S ID, postal code, deal value, the numbers inside Solution and Team member cells) written like `9.99E+09`.",
        why: "Excel shows long numbers in scientific notation and saves them that way: the digits beyond the first few are gone for good.",
        example: "`9.99E+09` in Customer Contact Phone number gets: Scientific notation '9.99E+09' in Customer Contact Phone number: Excel has lost the digits; type the full number",
        fix: "Type the full number again; format the column as Text in Excel first so it stays.",
    }
    DunsDigits "CS217" Error Row "duns-digits" All {
        title: "Customer D-U-N-S ID holds more than digits",
        checks: "Customer D-U-N-S ID, when given, is digits only.",
        why: "A D-U-N-S number is nine digits; dashes or letters make the customer match fail.",
        example: "`08-146-6849` gets: Invalid value '08-146-6849' in Customer D-U-N-S ID: write 081466849",
        fix: "Write the nine digits without separators.",
        offers: "The nine digits of a D-U-N-S number written with spaces, dashes or dots.",
    }
    DunsLength "CS218" Warning Row "duns-length" All {
        title: "Customer D-U-N-S ID does not have nine digits",
        checks: "Customer D-U-N-S ID, when given, has nine digits. Eight digits is most likely a D-U-N-S number that lost its leading zero in Excel.",
        why: "A wrong D-U-N-S number matches the wrong customer, or none. (The template's own sample has eight digits, so this is a warning.)",
        example: "`81466849` gets: D-U-N-S number '81466849' in Customer D-U-N-S ID has 8 digits: Excel probably dropped a leading zero; write 081466849",
        fix: "Write all nine digits; format the column as Text in Excel so the leading zero stays.",
        offers: "The leading zero Excel dropped from an eight-digit D-U-N-S number.",
    }
    Email "CS219" Error Row "email" All {
        title: "An email address that is not valid",
        checks: "Customer Contact Email Address, when given, looks like an email address: one `@`, something before it, a domain with a dot after it, no spaces, no `mailto:` in front.",
        why: "Microsoft's sellers contact the customer by this address; an invalid one is rejected.",
        example: "`john.customer@contoso` gets: Invalid email 'john.customer@contoso' in Customer Contact Email Address",
        fix: "Write the full address, e.g. john.customer@contoso.com.",
        offers: "The address without `mailto:` or spaces, when what is left is an address.",
    }
    PostalCodeZero "CS220" Warning Row "postal-code-zero" All {
        title: "A postal code that lost its leading zero",
        checks: "For countries whose postal codes are five digits (US, DE, FR, IT, ES, FI, MX, MY …), a Customer Postal Code of three or four digits.",
        why: "Excel reads `02134` as the number 2134 and saves it without the zero.",
        example: "`2134` with Customer Country US gets: Postal code '2134' in Customer Postal Code has 4 digits: Excel probably dropped a leading zero; write 02134",
        fix: "Write the full code; format the column as Text in Excel so the zero stays.",
        offers: "The leading zeros Excel dropped from a five-digit postal code (US, DE, FR, IT, ES, FI, MX, MY).",
    }
    UnusedValue "CS221" Warning Row "unused-value" All {
        title: "A value that will be ignored",
        checks: "The reason filled in while the substatus is not one that needs it (Declined or Lost; in the current template also Error); What specific help from Microsoft? filled in while Microsoft help required? is not Yes.",
        why: "Partner Center only reads these when the other column asks for them; the value is probably in the wrong row.",
        example: "Reason `2` with substatus Accepted gets: Value '2' in Declined/Lost reason will be ignored: Partner Referral Substatus is not Declined or Lost",
        fix: "Clear the cell, or set the column it depends on.",
    }

    ValueSpelling "CS222" Warning Row "value-spelling" All {
        title: "A listed value in another letter case or with other spaces",
        checks: "Values of the columns with listed values (Microsoft help required?, Share with Microsoft sales team, Consent to share Customer/Partner contact, Partner Referral Status and Substatus, Customer Country, Currency, and the currency in a Solution cell) that differ from a listed value only in letter case or spaces: `yes`, `Active `, `usd`, `us`. The value's meaning is taken, so the rules that depend on it still run.",
        why: "Partner Center's page lists these values with one spelling and does not say whether it matches other letter case or spacing; this is a warning for that reason. (Consent written `no` is CS202, whatever its case.)",
        example: "`yes` in Microsoft help required? gets: Value 'yes' in Microsoft help required? differs from Yes only in letter case or spaces: write Yes",
        fix: "Write the value as listed.",
        offers: "The listed spelling (`yes ` → `Yes`, `active` → `Active`, `usd` → `USD`); never for consent.",
    }
    DigitGroups "CS223" Error Row "digit-groups" All {
        title: "An amount with dots between groups of three digits, in a file from European Excel",
        checks: "In a semicolon-separated file (Excel with European settings, see CS002), an Estimated Deal Value or a Solution price written as one to three digits followed by groups of three after dots: `12.563`, `1.250.000`. The annotated file, which is comma-separated, keeps the finding: its Errors cell says the row came from Excel with European settings, and a row whose Errors cell says so is read the same way again.",
        why: "In such files the dot separates thousands: `12.563` is twelve thousand five hundred sixty-three, and Partner Center would read twelve point five six three, a deal value a thousand times too small. (`12.563,00` is CS215, with the number to write.)",
        example: "`12.563` in Estimated Deal Value gets: Number '12.563' in Estimated Deal Value has dots between groups of three digits, which separate thousands in a file from Excel with European settings; Partner Center would read a decimal point: write 12563",
        fix: "Write the amount without thousands separators, with `.` only before decimals.",
        offers: "The amount without the thousands dots (`12.563` → `12563` in a semicolon-separated file).",
    }

    ReadOnlyOnCreate "CS224" Warning Row "read-only-on-create" All {
        title: "A read-only column filled in on a row that creates a deal",
        checks: "On a row without a Referral ID (a new deal), values in the columns Partner Center fills itself: Engagement ID, Microsoft Referral Status and, in the current template, Microsoft MSX ID, Migrated PSC Deal ID and the Microsoft team member columns. One warning per row, naming the columns. On a row that updates a deal these values are how the export comes back: no finding.",
        why: "Partner Center ignores what the file says in these columns; on a new deal a value there was copied from somewhere, and will not arrive.",
        example: "A new deal with a Microsoft Referral Status, a Microsoft MSX ID and a Microsoft team member gets: Read-only Microsoft Referral Status, Microsoft MSX ID and Microsoft team member 1 are filled in on a row that creates a deal: Partner Center ignores them",
        fix: "Clear the cells, or fill in the Referral ID if the row updates a deal.",
        offers: "Empty cells: Partner Center fills these columns itself.",
    }
    PurchaseIntent "CS225" Error Row "purchase-intent" Current {
        title: "Marketplace Purchase Intent is not Yes, No or Have not decided",
        checks: "Marketplace Purchase Intent, when given, is one of `Yes`, `No`, `Have not decided` (another letter case or spacing is CS222). On a row that creates a deal it is required (CS101).",
        why: "The page: \"a required field for referral creation. Accepted values are Yes, No or Have not decided.\"",
        example: "`Maybe` gets: Invalid value 'Maybe' in Marketplace Purchase Intent: use Yes, No or Have not decided",
        fix: "Write Yes, No or Have not decided.",
        offers: "The English value for the word a translated page of Microsoft's documentation writes for it (`Ja` on the German page → `Yes`); none for a word the page writes for two values (Korean `예`).",
    }
    PurchaseIntentUpdate "CS226" Warning Row "purchase-intent-update" Current {
        title: "An update without a Marketplace Purchase Intent",
        checks: "Rows with a Referral ID whose Marketplace Purchase Intent is empty.",
        why: "Partner Center requires it to create a deal; its sibling page for leads says it is required to update too. The co-sell page does not say so, so this is a warning.",
        example: "An update with an empty Marketplace Purchase Intent gets: Marketplace Purchase Intent is empty on a row that updates a deal: Partner Center requires it to create one and may to update one",
        fix: "Write Yes, No or Have not decided.",
    }
    ErrorSubstatus "CS227" Warning Row "error-substatus" Current {
        title: "Substatus Error with a status other than Closed",
        checks: "Partner Referral Substatus `Error` (closing a deal created in error) on a row whose Partner Referral Status is not Closed.",
        why: "The page does not pair Error with a status; closing a deal puts it in Closed, so Closed/Error is the pair to expect, and the others may be refused.",
        example: "Active with Error gets: Substatus 'Error' in Partner Referral Substatus closes a deal: Partner Referral Status Closed is expected, not Active",
        fix: "Write Closed in Partner Referral Status.",
    }
    FinalMatch "CS228" Error Row "final-match" Current {
        title: "Final Matched Customer Account is not a Microsoft ID or a pasted suggestion",
        checks: "A value in Final Matched Customer Account: either a Microsoft ID typed as the page says (`MicrosoftID: 6-ABCDEFG23XB`: `MicrosoftID:`, a number, `-`, letters and digits), or a suggestion Partner Center filled in, pasted from its account-match columns (`MicrosoftID: 11-1FG2G, AccountName: …, AccountAddress: …`, `DUNSID: 659410848, AccountName: …`).",
        why: "The page: \"The only acceptable format for a Microsoft ID is MicrosoftID: Number-Alphanumeric\". A name or a bare ID does not match an account.",
        example: "`Contoso Ltd` gets: Invalid value 'Contoso Ltd' in Final Matched Customer Account: write a Microsoft ID as MicrosoftID: <number>-<letters and digits>, e.g. MicrosoftID: 6-ABCDEFG23XB, or paste a suggestion from the account-match columns",
        fix: "Type the Microsoft ID in that form, paste one of Partner Center's suggestions, or leave the cell empty for Partner Center to match the account.",
    }
    IotValue "CS229" Warning Row "iot-value" Current {
        title: "A Device Category or Silicon Type that is not in the page's list",
        checks: "Device Category and Silicon Type, when given, are one of the values the page lists (the nearest listed value is named when there is one).",
        why: "The page lists the values to choose from; it does not say that others are refused, so this is a warning.",
        example: "`Kiosks` in Device Category gets: Value 'Kiosks' in Device Category is not in the page's list: did you mean Kiosk?",
        fix: "Choose a listed value.",
        offers: "The listed value that differs only in case or spacing.",
    }
    IotYesNo "CS230" Warning Row "iot-yes-no" Current {
        title: "Azure Certified Device or Attach Services is not Yes or No",
        checks: "Azure Certified Device and Attach Services, when given, are `Yes` or `No`.",
        why: "The page describes both as yes-or-no questions without listing values, so this is a warning.",
        example: "`Y` in Attach Services gets: Value 'Y' in Attach Services: write Yes or No",
        fix: "Write Yes or No.",
    }
    DomainName "CS231" Warning Row "domain-name" Current {
        title: "Customer Domain Name is not a domain name",
        checks: "Customer Domain Name, when given, is a domain name (`contoso.com`): not a web address, an email address or text with spaces. The domain to write is given when it can be read from the value.",
        why: "Partner Center matches the customer's account by it; a web address or an email address is not a domain name.",
        example: "`https://www.contoso.com/about` gets: Value 'https://www.contoso.com/about' in Customer Domain Name is not a domain name: write contoso.com",
        fix: "Write the domain alone, e.g. contoso.com.",
        offers: "The domain a web or email address names (`https://www.contoso.com/about` → `contoso.com`).",
    }
    SpacesAround "CS232" Warning Row "spaces-around" All {
        title: "A value has spaces before or after it",
        checks: "Any cell (the Errors column aside) whose value starts or ends with spaces, tabs or line breaks, when no other rule has spoken about the cell (a listed value with spaces is CS222).",
        why: "Excel shows no trace of them, and nothing says Partner Center removes them: a name with a trailing space may be stored with it, and be matched or searched for without it.",
        example: "`Contoso Corporation ` in Customer Name gets: Value 'Contoso Corporation ' in Customer Name has spaces before or after it: write 'Contoso Corporation'",
        fix: "Delete the spaces around the value.",
        offers: "The value without the spaces, tabs and line breaks around it.",
    }

    // ---------------------------------------------------------------- Solution N, Team member N
    SolutionId "CS301" Error Row "solution-id" All {
        title: "A Solution cell without a solution ID",
        checks: "A filled Solution N cell starts with the solution ID: `ID[, currency[, price[, quantity]]]`.",
        why: "The solution ID is the one required part of a solution.",
        example: "`, USD, 10, 100` gets: Missing solution ID in Solution 1: write it first, e.g. SOL-1234-PQRS, USD, 10, 100",
        fix: "Write the solution ID first; find it in Partner Center's solution catalog.",
    }
    SolutionCurrency "CS302" Error Row "solution-currency" All {
        title: "A Solution cell with a currency that is not ISO 4217",
        checks: "The second part of a Solution N cell, when given, is an ISO 4217 currency code.",
        why: "Partner Center reads the solution's price in that currency.",
        example: "`SOL-1234-PQRS, dollars, 10, 100` gets: Invalid currency 'dollars' in Solution 1: use a three-letter ISO 4217 code such as USD",
        fix: "Write the three-letter code, or leave the part empty.",
        offers: "The ISO 4217 code of an unambiguous currency in the Solution cell (the rest of the cell kept).",
    }
    SolutionPrice "CS303" Error Row "solution-price" All {
        title: "A Solution cell with a price that is not a plain number",
        checks: "The third part of a Solution N cell, when given, is a decimal number of 0 or more (digits and `.` only).",
        why: "Partner Center reads the price as a decimal number.",
        example: "`SOL-1234-PQRS, USD, ten, 100` gets: Invalid price 'ten' in Solution 1: use digits and . only, e.g. 10.50",
        fix: "Write the price with digits and `.` only.",
        offers: "The price without currency signs or separators in the Solution cell (the rest of the cell kept).",
    }
    SolutionQuantity "CS304" Error Row "solution-quantity" All {
        title: "A Solution cell with a quantity that is not a whole number of 1 or more",
        checks: "The fourth part of a Solution N cell, when given, is a whole number of 1 or more.",
        why: "Partner Center reads the quantity as a count of SKUs.",
        example: "`SOL-1234-PQRS, USD, 10, 0` gets: Invalid quantity '0' in Solution 1: use a whole number of 1 or more",
        fix: "Write the quantity as a whole number.",
    }
    SolutionParts "CS305" Error Row "solution-parts" All {
        title: "A Solution cell with more than four parts",
        checks: "A Solution N cell has at most four comma-separated parts: ID, currency, price, quantity.",
        why: "A fifth part is usually a price written with a thousands separator (`1,000`), which shifts the quantity.",
        example: "`SOL-1234-PQRS, USD, 1,000, 100` gets: Too many parts in Solution 1: found 5, expected at most 4 (ID, currency, price, quantity) …",
        fix: "Write the price without thousands separators; one solution per Solution N column.",
    }
    TeamMemberParts "CS311" Error Row "team-member-parts" All {
        title: "A Team member cell without its four parts",
        checks: "A filled Team member N cell has exactly four comma-separated parts: first name, last name, mobile number, email.",
        why: "Partner Center reads the team member's parts by position.",
        example: "`Bob Partner, bob@contoso.com` gets: Incomplete value in Team member 1: found 2 parts, expected 4 (first name, last name, mobile number, email)",
        fix: "Write `First, Last, mobile, email`, e.g. Bob, Partner, 999999, bob.partner@contoso.com.",
    }
    TeamMemberName "CS312" Error Row "team-member-name" All {
        title: "A Team member cell without a first or last name",
        checks: "The first and last name parts of a Team member N cell are filled in.",
        why: "Microsoft's sellers need to know whom to contact.",
        example: "`, Partner, 999999, bob@contoso.com` gets: Missing first name in Team member 1",
        fix: "Write the team member's first and last name.",
    }
    TeamMemberEmail "CS313" Error Row "team-member-email" All {
        title: "A Team member cell with an invalid email",
        checks: "The fourth part of a Team member N cell is an email address (one `@`, a domain with a dot, no spaces).",
        why: "Team members are reached and matched by their email address.",
        example: "`Bob, Partner, 999999, bob.partner` gets: Invalid email 'bob.partner' in Team member 1",
        fix: "Write the team member's work email address.",
    }

    // ---------------------------------------------------------------- across rows, any cell
    DuplicateReferral "CS401" Error Row "duplicate-referral" All {
        title: "The same Referral ID twice in the file",
        checks: "Each Referral ID appears on one row only; the second and later rows with it get the error.",
        why: "Two rows that update the same deal conflict; which one wins is not defined.",
        example: "A Referral ID already on row 2 gets: Duplicate Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee' (also in row 2)",
        fix: "Keep one row per deal, with all its changes.",
    }
    Formula "CS402" Warning Row "formula" All {
        title: "A cell Excel would run as a formula",
        checks: "Any cell that starts with `=`, `@`, a tab or a carriage return, or with `+` or `-` followed by something that is not a number or a phone number written with spaces or parentheses. A phone number of digits and dashes (`+1-425-555-0100`) is arithmetic to Excel (1 − 425 − 555 − 100) and is reported. The cell is kept exactly as it is in the annotated file.",
        why: "When the file is opened in Excel, such a cell runs as a formula: at best a `#NAME?` error replaces the text, at worst it runs a command (CSV injection).",
        example: "`=HYPERLINK(\"http://example.com\")` in Notes gets: Cell in Notes starts with '=': Excel will run it as a formula",
        fix: "Remove the leading character, or start the cell with a letter; if it came from someone else, check it before opening the file in Excel.",
    }
    NulCharacter "CS403" Error Row "nul-character" All {
        title: "A cell with a NUL character",
        checks: "Cells holding the invisible NUL character (byte 0), which corrupted files and some exports leave behind. (A file with many NUL bytes is not read at all: it is binary, not text.)",
        why: "Partner Center cannot store the character and rejects the row; Excel does not show it, so it is hard to find.",
        example: "`Contoso\\0` in Customer Name gets: Cell in Customer Name contains a NUL character (byte 0), invisible in Excel: retype the cell",
        fix: "Retype the cell; if many cells have it, save the file again from the program that made it.",
    }

    // ---------------------------------------------------------------- workbooks (.xlsx, .xls, .ods)
    WorkbookSheets "CS501" Warning File "workbook-sheets" All {
        title: "Several sheets of the workbook hold deals",
        checks: "In a workbook, the sheets (hidden ones aside) with a template header among their first 20 rows with values. The first is read; this names the others.",
        why: "Partner Center takes one CSV file per upload: the other sheets are not in the file this tool checked, nor in the files it makes.",
        example: "A workbook with sheets `Deals` and `Deals (2)`, both starting with the header, gets: Read sheet 'Deals'; 'Deals (2)' also starts with the template's header and was not checked: check each sheet on its own",
        fix: "Check each sheet on its own (`cosell check deals.xlsx --sheet NAME`, the `sheet` option of `validateBytes`), or copy the rows into one sheet.",
    }
    WorkbookNoHeader "CS502" Error File "workbook-no-header" All {
        title: "No sheet of the workbook starts with the template's header",
        checks: "In a workbook, whether any sheet (hidden ones aside) has a template header (a row with at least two of the templates' column names) among its first 20 rows with values. When none has, the first sheet with cells is checked, and this lists every sheet with what its first row holds.",
        why: "Partner Center reads the first row of the CSV as the header: a sheet that starts with a title, notes or another table cannot be uploaded as it is.",
        example: "A workbook with a sheet that starts with `Name, Amount` and a hidden one with the deals gets: No sheet of this workbook starts with the template's header: 'Sheet1' starts with Name, Amount and 'Archive' (hidden) starts with the template's header, but is hidden: name it to check it. Sheet 'Sheet1' was checked",
        fix: "Put the deals in a sheet whose first row is the header of Partner Center's template, or choose the sheet that has it (`--sheet`); a hidden sheet is read only when chosen.",
    }
    WorkbookLayout "CS503" Warning File "workbook-layout" All {
        title: "The header is not in the sheet's first row or column",
        checks: "In a workbook, whether the header's first cell is A1. Rows above it (a title, notes) and empty columns before it are left out of the CSV made from the sheet.",
        why: "Partner Center reads the file's first row as the header. The rows this report numbers are the CSV's; each finding also names its cell in the workbook.",
        example: "A sheet with a title in A1 and the header in row 3, from column B, gets: The header is at Deals!B3, not A1: the rows above it and the columns left of it are not part of the CSV, whose row 2 is the sheet's row 4; each finding names its cell in the workbook",
        fix: "Nothing, if the rows above the header were only a title: the CSV files this tool makes start with the header. In the workbook, delete the rows above the header.",
    }
    WorkbookMerged "CS504" Warning Row "workbook-merged" All {
        title: "Merged cells across rows",
        checks: "In a workbook, merged cells that span more than one row below the header.",
        why: "A merged range holds its value in its first cell only: saved as CSV, the rows below it have the column empty, which Excel's display hid.",
        example: "`Contoso Corporation` in Customer Name merged over D2:D3 gets: Cells D2:D3 are merged in the workbook: only this row holds the value Contoso Corporation; the other rows have Customer Name empty",
        fix: "Unmerge the cells in Excel (Home › Merge & Center › Unmerge Cells) and fill the value into each row.",
    }
    WorkbookNumberCode "CS505" Warning Row "workbook-number-code" All {
        title: "A code stored as a number in the workbook",
        checks: "In a workbook, a number in a column that holds codes: a postal code shorter than its country's five digits (US, DE, FR, IT, ES, FI, MX, MY), a D-U-N-S number shorter than nine digits, a phone number, and an ID (Referral ID, Engagement ID, CRM ID, MSX ID) of more than 15 digits. It replaces CS217, CS218 and CS220 on such a cell: the workbook says for sure what those rules guess.",
        why: "A number has no leading zero and no `+`, and Excel keeps 15 significant digits: `02134` typed into a cell formatted as a number is stored as 2134.",
        example: "`2134` stored as a number, with Customer Country US, gets: Customer Postal code is stored as a number in the workbook (2134): its leading zero is gone; write 02134",
        fix: "Write the code as text: format the column as Text in Excel before typing, or type an apostrophe first ('02134).",
        offers: "The zeros a number lost, where the length is certain: a postal code of a five-digit country, a D-U-N-S number.",
    }
    WorkbookNumberDate "CS506" Warning Row "workbook-number-date" All {
        title: "A number in a date column of the workbook",
        checks: "In a workbook, a number (not a date-formatted cell) in Estimated Close Date: it is written as the date Excel's number stands for, M/D/YYYY.",
        why: "Excel stores dates as numbers of days since 1900; a cell that lost its date format shows the number (46417), which Partner Center would reject.",
        example: "`46417` in Estimated Close Date gets: Estimated Close Date holds the number 46417 in the workbook, not a date: written as the date it stands for, 1/30/2027",
        fix: "Check that the date is the one meant; format the column as a date in Excel.",
    }
    WorkbookDateCell "CS507" Warning Row "workbook-date-cell" All {
        title: "A date in a column that does not hold dates",
        checks: "In a workbook, a date-formatted cell in a column other than a date column: it is written as M/D/YYYY.",
        why: "Excel turns some typed text into dates (`1-2`, `Jan 2`, `3/4`): a name, a code or a note may have been changed as it was typed.",
        example: "A date cell in Deal Name gets: Deal Name holds a date in the workbook, written as 1/2/2027: Excel turns some typed text (1-2, Jan 2) into dates; check it",
        fix: "Type the value again in a cell formatted as Text.",
    }
    WorkbookFormula "CS508" Warning Row "workbook-formula" All {
        title: "A formula in the workbook",
        checks: "In a workbook, a cell that holds a formula: the CSV gets the value the workbook last calculated (its cached value).",
        why: "Partner Center gets the value, not the formula; a workbook saved by a program that does not calculate may hold an old value.",
        example: "`=12000+563` in Estimated Deal Value gets: Estimated Deal Value holds the formula =12000+563 in the workbook: the upload gets its value, 12563, not the formula",
        fix: "Nothing, if the value is right. Otherwise open the workbook in Excel, let it calculate, and save it.",
    }
    WorkbookErrorValue "CS509" Error Row "workbook-error-value" All {
        title: "An error value in the workbook",
        checks: "In a workbook, a cell that holds one of Excel's error values (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`). The CSV gets the error as Excel writes it; other rules do not speak about that cell.",
        why: "Saved as CSV, the error becomes the cell's text, which Partner Center rejects or stores as it stands.",
        example: "`#N/A` in Estimated Deal Value gets: Estimated Deal Value holds Excel's error value #N/A in the workbook: write the value itself",
        fix: "Fix the formula, or type the value itself.",
    }

    // ---------------------------------------------------- compared with the partner's export
    BaselineUnusable "CS601" Warning File "baseline-unusable" All {
        title: "The export to compare with could not be used",
        checks: "The file given to compare with (`--baseline`, the binding's `baseline`, the page's second drop target) is an export of co-sell opportunities: text (or a workbook) with a header that has a Referral ID column, and at least one row with a Referral ID. Anything else (an image, an empty file, another Partner Center bulk file, a file without Referral IDs) is not used; the file is checked without it.",
        why: "Without the export, nothing can say what an update row changes, and the rules CS603–CS611 stay silent.",
        example: "A list of contacts (Name, Email, Phone) given as the export gets: The export to compare with was not used, and this file was checked without it: it has no Referral ID column…",
        fix: "Download the latest export of your co-sell opportunities from Partner Center (Referrals › Co-sell opportunities › Export) and give that file.",
    }
    BaselineDuplicate "CS602" Warning File "baseline-duplicate" All {
        title: "The export has a Referral ID on more than one row",
        checks: "Each Referral ID appears on one row of the export. The deals whose Referral ID is on several rows (at most five named, the rest counted) are not compared: which row is the deal as it stands cannot be told.",
        why: "Partner Center exports each deal once. Two rows with one Referral ID are two exports pasted together, or an edited export: comparing with either row could report changes that are not there.",
        example: "An export with one Referral ID on rows 2 and 4 gets: The export to compare with has the same Referral ID on more than one row: ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (rows 2 and 4)…",
        fix: "Download a fresh export from Partner Center, and compare with it unedited.",
    }
    TerminalChanged "CS603" Error Row "terminal-changed" All {
        title: "A change to a deal that is Won, Lost, Declined, Expired or closed in error",
        checks: "An update row whose deal the export shows with Partner Referral Substatus Won, Lost, Declined or Expired (or Error, which closes a deal created in error), and which changes any column, Notes included. The changes are named. (A change to Estimated Deal Value of a Won or Lost deal is CS609's, on its cell.)",
        why: "Partner Center's page: \"No actions are permitted after any deal reaches a terminal state, such as Declined, Expired, Won, or Lost\". The row is refused, and bulk updates cannot be undone.",
        example: "A row that changes the Notes of a deal Won in the export gets: This deal is Won in the export: Partner Center permits no action on a deal in a terminal state, so the changes of this row (Notes) will be refused",
        fix: "Leave the row out of the upload. If the deal really must change, it is a new deal: create it without a Referral ID.",
    }
    TerminalUnchanged "CS604" Warning Row "terminal-unchanged" All {
        title: "A deal in a terminal state, copied along unchanged",
        checks: "An update row identical to its deal in the export, where the deal is Won, Lost, Declined, Expired or closed in error.",
        why: "Partner Center permits no action on the deal, so it skips the row (or answers it with an error), and the row hides the ones that matter.",
        example: "An unchanged row of a deal Lost in the export gets: This deal is Lost in the export and this row changes nothing: Partner Center permits no action on it and will skip the row; leave it out of the upload",
        fix: "Leave the row out of the upload: on the page, \"ready to upload\" leaves every unchanged row out while its tick is on (the binding's `readyToUpload` can too).",
    }
    StatusMove "CS605" Error Row "status-move" All {
        title: "A Partner Referral Status that moves backwards",
        checks: "An update row whose Partner Referral Status moves where the transition table does not allow from the export's: New may become New, Active or Closed; Active may become Active or Closed; Closed stays Closed. The substatus that goes with the new status is CS205's to check, and a Closed deal's changes are CS603's.",
        why: "Statuses move only forward (the referral API's transition table in FACTS.md); Partner Center refuses the row.",
        example: "`New` on a deal Active in the export gets: Partner Referral Status cannot move from Active to New: a deal that is Active in the export can only be Active or Closed",
        fix: "Keep the export's status, or move it forward.",
    }
    ReadOnlyChanged "CS606" Error Row "read-only-changed" All {
        title: "A read-only column changed",
        checks: "An update row that changes, from the export's value, a column the current template's page documents as read-only for this deal: after creation (Customer Name, address lines, City, State, Postal code, Country, D-U-N-S ID, Consent, PartnerID); once Yes (Share with Microsoft sales team, Microsoft help required?, when the export says Yes); once a number is entered (What specific help from Microsoft?, when the export has one). An error because the export shows the condition is met: the deal exists, the Yes or the number is there. The 2021 page only says \"a subset\" of columns is read-only; the same lists are applied to 2021 files, since the same Partner Center takes them today.",
        why: "Partner Center does not take the change (the page: such fields \"can't be updated\"), and whether it refuses the row or ignores the cell is not documented; either way the edit is lost.",
        example: "`Contoso Ltd` in Customer Name of a deal whose export has `Contoso` gets: Customer Name cannot change once the deal is created: the export has 'Contoso', this row 'Contoso Ltd'",
        fix: "Write the export's value back (offered as the fix, but for Consent, which only the partner can give). To change the customer, close the deal and create a new one.",
        offers: "The export's value of the cell, as it is in the export (never for Consent).",
    }
    ReadOnlyShared "CS607" Warning Row "read-only-shared" All {
        title: "A column read-only once the deal is shared, changed",
        checks: "An update row that changes, from the export's value, a column that is read-only once the deal has been shared with Microsoft: the four Customer Contact columns and Notes to Microsoft. A warning: whether the deal has been shared is not in the export.",
        why: "After the deal's first sharing, Partner Center does not take a change to these columns.",
        example: "`jane@contoso.com` in Customer Contact Email Address where the export has `john@contoso.com` gets: Customer Contact Email Address cannot change once the deal has been shared with Microsoft…",
        fix: "If the deal has been shared with Microsoft, write the export's value back (offered as the fix).",
        offers: "The export's value of the cell.",
    }
    FilledByPartnerCenter "CS608" Warning Row "filled-by-partner-center" All {
        title: "A column Partner Center fills in, changed",
        checks: "An update row that changes, from the export's value, a column Partner Center fills in and never takes from the file: Microsoft Referral Status, Microsoft MSX ID, Migrated PSC Deal ID, Microsoft team member N (and Microsoft Referral Substatus and Created Date, seen in newer exports). Engagement ID is CS611's.",
        why: "The page lists these columns as read-only: what the file says is ignored, so the edit is lost without a word.",
        example: "`Won` in Microsoft Referral Status where the export has `Active` gets: Microsoft Referral Status is filled in by Partner Center: the change from 'Active' to 'Won' will be ignored",
        fix: "Write the export's value back (offered as the fix), or leave the cell as the export has it.",
        offers: "The export's value of the cell.",
    }
    DealValueClosed "CS609" Error Row "deal-value-closed" All {
        title: "Estimated Deal Value changed on a Won or Lost deal",
        checks: "An update row that changes Estimated Deal Value (as a number: `25000` and `25000.00` are the same) of a deal Won or Lost in the export.",
        why: "Partner Center: \"Estimated Deal Value can change until Won or Lost\".",
        example: "`30000` on a deal Won in the export at `25000` gets: Estimated Deal Value cannot change once a deal is Won: the export has '25000', this row '30000'",
        fix: "Write the export's value back (offered as the fix), and leave the row out if it changes nothing else.",
        offers: "The export's value of the cell.",
    }
    NotInExport "CS610" Warning Row "not-in-export" All {
        title: "A Referral ID that is not in the export",
        checks: "An update row whose Referral ID is not in the export. When a Referral ID of the export is one or two characters away (a typo, a character lost in a copy), it is named with its row. A warning: an export can be filtered (by date, by status), so a deal missing from it may still be yours.",
        why: "Partner Center updates only the partner's own deals: a Referral ID that is not one of them, mistyped or pasted from another file, is refused.",
        example: "A Referral ID one character off one in the export gets: Referral ID 'ebacdkdc-0b84-4ac4-b4ea-5b2587d42cef' is not in the export, but ebacdkdc-0b84-4ac4-b4ea-5b2587d42cee (row 2 of the export) is, one or two characters away: check it",
        fix: "Copy the Referral ID from the export again; if the deal is not in the export because the export is filtered, export all deals and compare again.",
    }
    EngagementIdDiffers "CS611" Error Row "engagement-id-differs" All {
        title: "An Engagement ID that differs from the export's",
        checks: "An update row whose Engagement ID, where both files have one, is not the export's for the same Referral ID.",
        why: "Engagement ID is read-only and ties the deal to Microsoft's engagement: a different one means the row mixes two deals (a row pasted over another, a column shifted).",
        example: "Another deal's Engagement ID gets: Engagement ID 'E-2001' differs from the export's 'E-1001' for this Referral ID: Partner Center does not take the row as that deal's",
        fix: "Write the export's Engagement ID back (offered as the fix), and check the rest of the row against the export.",
        offers: "The export's Engagement ID.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_indexes_its_own_entry() {
        assert_eq!(RULES.len(), DOCS.len());
        for (index, rule) in RULES.iter().enumerate() {
            assert_eq!(rule.code as usize, index, "{} is out of place", rule.code);
            assert_eq!(rule.code.rule().code, rule.code);
        }
    }

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            let code = rule.code.as_str();
            assert!(
                code.len() == 5
                    && code.starts_with("CS")
                    && code[2..].bytes().all(|b| b.is_ascii_digit()),
                "{code}"
            );
            assert!(codes.insert(code), "code {code} is used twice");
            assert!(names.insert(rule.name), "name {} is used twice", rule.name);
            assert_eq!(Code::parse(&code.to_lowercase()), Some(rule.code));
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            for (part, text) in rule.texts().into_iter().take(5) {
                assert!(!text.trim().is_empty(), "{} has no {part}", rule.code);
            }
        }
    }
}
