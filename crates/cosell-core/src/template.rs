//! The import templates as data: each template's columns in its order, the spellings a column
//! is known by, whether and when a value is mandatory or read-only, and the values that differ
//! between templates. The checker takes one [`Template`]; a new template from Partner Center is
//! a new table here (and its rules), never a copy of a code path.
//!
//! Two templates: [`TEMPLATE_2021`] (the seed specification, `partner-center-bulk-import-2021.md`)
//! and [`CURRENT`], the template Partner Center hands out today (its 2023 page, and the
//! spellings seen in 2026: `current-template.md`). Documented spellings resolve silently, and so
//! do spellings only seen in the wild, which never cause an error on their own.

use crate::values::{Codes, Substatus, ERROR_REASONS, REASONS};

/// A column of a template with a fixed name (the columns of every template).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Errors,
    EngagementId,
    ReferralId,
    DealName,
    CustomerName,
    AddressLine1,
    AddressLine2,
    City,
    State,
    PostalCode,
    Country,
    Duns,
    ContactFirstName,
    ContactLastName,
    ContactPhone,
    ContactEmail,
    PartnerStatus,
    PartnerSubstatus,
    MicrosoftStatus,
    Reason,
    SalesStage,
    DealValue,
    Currency,
    CloseDate,
    CrmId,
    CampaignId,
    Notes,
    HelpRequired,
    HelpType,
    ShareWithSales,
    NotesToMicrosoft,
    Consent,
    // The current template's own.
    ClaNumber,
    DeviceCategory,
    SiliconType,
    AzureCertified,
    AttachServices,
    MsxId,
    MigratedPscId,
    PartnerId,
    PurchaseIntent,
    DomainName,
    FinalMatch,
    MatchedCategory,
    Confidence,
    Managed1,
    Managed2,
    Unmanaged1,
    Unmanaged2,
    Duns1,
    Duns2,
    // Seen in 2026 beside the current template, not documented.
    MicrosoftSubstatus,
    CreatedDate,
    EstimatedAcr,
    PartnerRole,
    SolutionArea,
    SolutionPlay,
}

/// How many [`Field`]s there are.
pub const FIELD_COUNT: usize = Field::SolutionPlay as usize + 1;

/// When a column must have a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mandatory {
    /// The header must have the column, and every row a value.
    Yes,
    No,
    /// Mandatory only when another column asks for it (see rules CS102–CS104).
    Depends,
    /// The header must have the column; a row needs a value only when another column asks for
    /// it (Share with Microsoft sales team: the template marks it mandatory, and says it applies
    /// when Microsoft help required? is No, rule CS103).
    Column,
    /// The header must have the column; a row that creates a deal must have a value (a row that
    /// updates one without a value gets a warning, CS226).
    OnCreate,
}

impl Mandatory {
    /// Whether the header must have the column.
    pub fn in_header(self) -> bool {
        matches!(
            self,
            Mandatory::Yes | Mandatory::Column | Mandatory::OnCreate
        )
    }
}

/// When Partner Center takes no change to a column (the 2023 page's lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    No,
    /// Always: Partner Center fills it; what the file says is ignored (on a row that creates a
    /// deal, a value there is a mistake: CS224).
    Always,
    /// Partner Center fills it in the file it answers with (account matching); the partner may
    /// leave it or paste a suggestion.
    AutoPopulated,
    /// After the deal is created.
    AfterCreation,
    /// After the deal is first shared with Microsoft.
    AfterSharing,
    /// Once set to Yes.
    OnceYes,
    /// Once a number is entered.
    OnceNumber,
}

/// A column of a template.
#[derive(Debug)]
pub struct Column {
    pub field: Field,
    /// The spelling of the template's header.
    pub name: &'static str,
    /// Other spellings that resolve silently: documented ones (the 2021 page's, for a renamed
    /// column) and ones seen in the wild.
    pub also: &'static [&'static str],
    pub mandatory: Mandatory,
    pub read_only: ReadOnly,
    /// Whether the column is in the template's header (the documented table); columns that are
    /// only known (named elsewhere in the documentation, or seen) are recognised, never offered.
    pub in_table: bool,
}

/// A column of the table with its name, mandatory or not, and read-only or not.
const fn col(
    field: Field,
    name: &'static str,
    mandatory: Mandatory,
    read_only: ReadOnly,
) -> Column {
    col_also(field, name, &[], mandatory, read_only)
}

/// The same, with other spellings.
const fn col_also(
    field: Field,
    name: &'static str,
    also: &'static [&'static str],
    mandatory: Mandatory,
    read_only: ReadOnly,
) -> Column {
    Column {
        field,
        name,
        also,
        mandatory,
        read_only,
        in_table: true,
    }
}

/// A column a template knows but does not offer.
const fn known(
    field: Field,
    name: &'static str,
    also: &'static [&'static str],
    read_only: ReadOnly,
) -> Column {
    Column {
        in_table: false,
        ..col_also(field, name, also, Mandatory::No, read_only)
    }
}

/// The kinds of numbered column (`Solution 7`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Numbered {
    Solution,
    TeamMember,
    MicrosoftTeamMember,
}

impl Numbered {
    /// The name before the number, as the templates spell it.
    pub fn prefix(self) -> &'static str {
        match self {
            Numbered::Solution => "Solution",
            Numbered::TeamMember => "Team member",
            Numbered::MicrosoftTeamMember => "Microsoft team member",
        }
    }

    pub fn column_name(self, n: u8) -> String {
        format!("{} {n}", self.prefix())
    }
}

/// The highest number a numbered column may have.
pub const MAX_NUMBERED: u8 = 50;

/// A numbered column kind of a template, and whether column 1 is mandatory.
#[derive(Debug)]
pub struct NumberedColumn {
    pub kind: Numbered,
    pub mandatory: bool,
    pub read_only: ReadOnly,
}

/// Which template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplateId {
    /// The 2021 template (the seed specification).
    Y2021,
    /// The template Partner Center hands out today.
    Current,
}

impl TemplateId {
    /// As the JSON report and the command line spell it: `2021`, `current`.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateId::Y2021 => "2021",
            TemplateId::Current => "current",
        }
    }

    pub fn template(self) -> &'static Template {
        match self {
            TemplateId::Y2021 => &TEMPLATE_2021,
            TemplateId::Current => &CURRENT,
        }
    }

    pub fn parse(text: &str) -> Option<TemplateId> {
        TEMPLATES
            .iter()
            .map(|t| t.id)
            .find(|id| id.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TemplateId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TemplateId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        TemplateId::parse(&text).ok_or_else(|| serde::de::Error::custom("not a template"))
    }
}

/// A template: its columns, in its order, and what differs between templates.
#[derive(Debug)]
pub struct Template {
    pub id: TemplateId,
    /// How the page and the messages name it.
    pub label: &'static str,
    /// The fixed columns, in the template's order (known-only columns last).
    pub columns: &'static [Column],
    /// The numbered columns, which follow the fixed ones.
    pub numbered: &'static [NumberedColumn],
    /// Partner Center's word for a missing value in its Errors column: `Mandatory field …
    /// missing` (2021), `Required field … missing` (since).
    pub required: &'static str,
    /// The substatuses it takes.
    pub substatuses: &'static [(&'static str, Substatus)],
    /// The substatuses that need a reason, with the reason codes each takes.
    pub reasons: &'static [(Substatus, &'static Codes)],
}

impl Template {
    /// The column of `field`, if this template has one.
    pub fn column(&self, field: Field) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.field == field)
    }

    /// The template's spelling of a field's column (the field's own spelling in another
    /// template when this one has none).
    pub fn name(&self, field: Field) -> &'static str {
        self.column(field)
            .or_else(|| TEMPLATES.iter().find_map(|t| t.column(field)))
            .map_or("", |c| c.name)
    }

    /// Whether this template has numbered columns of `kind`.
    pub fn numbered(&self, kind: Numbered) -> Option<&'static NumberedColumn> {
        self.numbered.iter().find(|n| n.kind == kind)
    }

    /// The template's header row, as Partner Center offers it: its table's columns, then the
    /// first of each numbered column.
    pub fn header(&self) -> Vec<String> {
        let fixed = self.columns.iter().filter(|c| c.in_table);
        fixed
            .map(|c| c.name.to_string())
            .chain(self.numbered.iter().map(|n| n.kind.column_name(1)))
            .collect()
    }

    /// The reason codes a substatus takes, when it needs a reason.
    pub fn reason_codes(&self, substatus: Substatus) -> Option<&'static Codes> {
        self.reasons
            .iter()
            .find(|(s, _)| *s == substatus)
            .map(|(_, codes)| *codes)
    }
}

use Mandatory as M;
use ReadOnly as R;

/// The columns the 2021 and the current template share (with the two that were renamed given
/// by each), then the template's own.
macro_rules! columns {
    ($postal:expr, $reason:expr; $($own:expr),* $(,)?) => {
        &[
            col(Field::Errors, "Errors", M::No, R::Always),
            col(Field::EngagementId, "Engagement ID", M::No, R::Always),
            col(Field::ReferralId, "Referral ID", M::No, R::Always),
            col(Field::DealName, "Deal Name", M::Yes, R::No),
            col(Field::CustomerName, "Customer Name", M::Yes, R::AfterCreation),
            col(Field::AddressLine1, "Customer Address Line 1", M::Yes, R::AfterCreation),
            col(Field::AddressLine2, "Customer Address Line 2", M::No, R::AfterCreation),
            col(Field::City, "Customer City", M::Yes, R::AfterCreation),
            col(Field::State, "Customer State", M::No, R::AfterCreation),
            $postal,
            col(Field::Country, "Customer Country", M::Yes, R::AfterCreation),
            col_also(Field::Duns, "Customer D-U-N-S ID", &["Customer D-U-N-S id"], M::No, R::AfterCreation),
            col(Field::ContactFirstName, "Customer Contact First Name", M::Depends, R::AfterSharing),
            col(Field::ContactLastName, "Customer Contact Last Name", M::Depends, R::AfterSharing),
            col(Field::ContactPhone, "Customer Contact Phone number", M::Depends, R::AfterSharing),
            col(Field::ContactEmail, "Customer Contact Email Address", M::Depends, R::AfterSharing),
            col(Field::PartnerStatus, "Partner Referral Status", M::Yes, R::No),
            col(Field::PartnerSubstatus, "Partner Referral Substatus", M::Yes, R::No),
            col(Field::MicrosoftStatus, "Microsoft Referral Status", M::Depends, R::Always),
            $reason,
            col(Field::SalesStage, "Sales Stage", M::No, R::No),
            col(Field::DealValue, "Estimated Deal Value", M::Yes, R::No),
            col(Field::Currency, "Currency", M::Yes, R::No),
            col(Field::CloseDate, "Estimated Close Date", M::Yes, R::No),
            col(Field::CrmId, "CRM ID", M::No, R::No),
            col(Field::CampaignId, "Marketing Campaign ID", M::No, R::No),
            col(Field::Notes, "Notes", M::No, R::No),
            col(Field::HelpRequired, "Microsoft help required?", M::Yes, R::OnceYes),
            col_also(
                Field::HelpType,
                "What specific help from Microsoft?",
                &["What specific help from Microsoft ?"],
                M::Depends,
                R::OnceNumber,
            ),
            col(Field::ShareWithSales, "Share with Microsoft sales team", M::Column, R::OnceYes),
            col(Field::NotesToMicrosoft, "Notes to Microsoft", M::No, R::AfterSharing),
            col(Field::Consent, "Consent to share Customer/Partner contact", M::Yes, R::AfterCreation),
            $($own),*
        ]
    };
}

const COLUMNS_2021: &[Column] = columns!(
    col(Field::PostalCode, "Customer Postal Code", M::No, R::AfterCreation),
    col(Field::Reason, "Declined/Lost reason", M::Depends, R::No);
);

/// The 2021 template.
pub static TEMPLATE_2021: Template = Template {
    id: TemplateId::Y2021,
    label: "2021 template",
    columns: COLUMNS_2021,
    numbered: &[
        NumberedColumn {
            kind: Numbered::Solution,
            mandatory: true,
            read_only: R::No,
        },
        NumberedColumn {
            kind: Numbered::TeamMember,
            mandatory: true,
            read_only: R::No,
        },
    ],
    required: "Mandatory",
    substatuses: &[
        ("Pending", Substatus::Pending),
        ("Received", Substatus::Received),
        ("Accepted", Substatus::Accepted),
        ("Won", Substatus::Won),
        ("Lost", Substatus::Lost),
        ("Declined", Substatus::Declined),
        ("Expired", Substatus::Expired),
    ],
    reasons: &[(Substatus::Declined, &REASONS), (Substatus::Lost, &REASONS)],
};

const CURRENT_COLUMNS: &[Column] = columns!(
    col_also(Field::PostalCode, "Customer Postal code", &["Customer Postal Code"], M::No, R::AfterCreation),
    col_also(
        Field::Reason,
        "Declined/Lost/Error reason",
        &["Declined/Lost reason", "Decline/Lost/Error reason"],
        M::Depends,
        R::No
    );
    col(Field::ClaNumber, "CLA Number", M::No, R::No),
    col(Field::DeviceCategory, "Device Category", M::No, R::No),
    col(Field::SiliconType, "Silicon Type", M::No, R::No),
    col(Field::AzureCertified, "Azure Certified Device", M::No, R::No),
    col(Field::AttachServices, "Attach Services", M::No, R::No),
    col_also(Field::MsxId, "Microsoft MSX ID", &["Microsoft MSX Id"], M::No, R::Always),
    col_also(Field::MigratedPscId, "Migrated PSC Deal ID", &["Migrated PSC Deal Id"], M::No, R::Always),
    col_also(Field::PartnerId, "PartnerID (formerly MPN ID)", &["MPN Id"], M::No, R::AfterCreation),
    col(Field::PurchaseIntent, "Marketplace Purchase Intent", M::OnCreate, R::No),
    col_also(Field::DomainName, "Customer Domain Name", &["Customer Domain Name *"], M::No, R::No),
    col_also(
        Field::FinalMatch,
        "Final Matched Customer Account",
        &["Final Matched Customer Account *"],
        M::No,
        R::No,
    ),
    col_also(Field::Managed1, "Managed Account 1", &["Managed Account Match 1"], M::No, R::AutoPopulated),
    col_also(Field::Managed2, "Managed Account 2", &["Managed Account Match 2"], M::No, R::AutoPopulated),
    col_also(Field::Unmanaged1, "Unmanaged Account 1", &["UnManaged Account Match 1"], M::No, R::AutoPopulated),
    col_also(Field::Unmanaged2, "Unmanaged Account 2", &["UnManaged Account Match 2"], M::No, R::AutoPopulated),
    col_also(
        Field::Duns1,
        "DUNS Account 1",
        &["DUNS account 1", "Moodys Account Match 1"],
        M::No,
        R::AutoPopulated,
    ),
    col_also(
        Field::Duns2,
        "DUNS Account 2",
        &["DUNS account 2", "Moodys Account Match 2"],
        M::No,
        R::AutoPopulated,
    ),
    // Named by the page's list of auto-populated fields, not by its table.
    known(Field::MatchedCategory, "Matched category", &[], R::AutoPopulated),
    known(Field::Confidence, "Confidence", &[], R::AutoPopulated),
    // Seen in 2026 (current-template.md), not documented.
    known(Field::MicrosoftSubstatus, "Microsoft Referral Substatus", &[], R::Always),
    known(Field::CreatedDate, "Created Date", &[], R::Always),
    known(Field::EstimatedAcr, "Estimated ACR Value", &[], R::No),
    known(Field::PartnerRole, "Partner Role", &[], R::No),
    known(Field::SolutionArea, "Solution Area", &[], R::No),
    known(Field::SolutionPlay, "Solution Play", &[], R::No),
);

/// The template Partner Center hands out today.
pub static CURRENT: Template = Template {
    id: TemplateId::Current,
    label: "current Partner Center template",
    columns: CURRENT_COLUMNS,
    numbered: &[
        NumberedColumn {
            kind: Numbered::Solution,
            mandatory: true,
            read_only: R::No,
        },
        NumberedColumn {
            kind: Numbered::TeamMember,
            mandatory: true,
            read_only: R::No,
        },
        NumberedColumn {
            kind: Numbered::MicrosoftTeamMember,
            mandatory: false,
            read_only: R::Always,
        },
    ],
    required: "Required",
    substatuses: &[
        ("Pending", Substatus::Pending),
        ("Received", Substatus::Received),
        ("Accepted", Substatus::Accepted),
        ("Won", Substatus::Won),
        ("Lost", Substatus::Lost),
        ("Declined", Substatus::Declined),
        ("Expired", Substatus::Expired),
        ("Error", Substatus::Error),
    ],
    reasons: &[
        (Substatus::Declined, &REASONS),
        (Substatus::Lost, &REASONS),
        (Substatus::Error, &ERROR_REASONS),
    ],
};

/// A file of another Partner Center bulk operation, recognised by its own columns.
#[derive(Debug)]
pub struct OtherFile {
    /// What it is (`an Azure IP co-sell deal registrations file`).
    pub what: fn() -> crate::message::Message,
    /// Where it goes instead.
    pub where_: fn() -> crate::message::Message,
    /// Columns only it has.
    pub columns: &'static [&'static str],
}

/// The other bulk files (`current-template.md`). The Leads file's columns are not documented
/// there, so a Leads file is checked as what it resembles, a co-sell file.
pub static OTHER_FILES: &[OtherFile] = &[OtherFile {
    what: crate::message::m::other_file_azure_ip,
    where_: crate::message::m::other_file_azure_ip_where,
    columns: &[
        "Registration Date",
        "Registration Type",
        "Registration Status",
        "Registration Status Reason",
        "Is Marketplace Transacted",
        "Marketplace Transaction Date",
        "Is Deployed on Azure",
        "Contract Value",
        "Contract Currency",
        "Contract Term",
        "Contract Sign Date",
        "Contract Start Date",
        "Contract End Date",
        "Solution Value",
        "Solution Currency",
        "Primary Deployment On",
        "Pricing Model",
    ],
}];

/// The other bulk file a header belongs to: three or more of its own columns, in any case or
/// spacing.
pub fn other_file<'a>(header: impl Iterator<Item = &'a str>) -> Option<&'static OtherFile> {
    let header: Vec<String> = header.take(1000).map(crate::header::normalized).collect();
    OTHER_FILES.iter().find(|other| {
        let own = other
            .columns
            .iter()
            .filter(|c| header.contains(&crate::header::normalized(c)))
            .count();
        own >= 3
    })
}

/// Every template, newest first.
pub static TEMPLATES: &[&Template] = &[&CURRENT, &TEMPLATE_2021];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_2021_header_has_34_columns_starting_with_errors() {
        let header = TEMPLATE_2021.header();
        assert_eq!(header.len(), 34);
        assert_eq!(header[0], "Errors");
        assert_eq!(header[9], "Customer Postal Code");
        assert_eq!(header[33], "Team member 1");
    }

    /// The 2023 page's table: 32 shared columns, 17 of its own, 3 numbered.
    #[test]
    fn the_current_header_is_the_2023_table() {
        let header = CURRENT.header();
        assert_eq!(header.len(), 52);
        assert_eq!(header[9], "Customer Postal code");
        assert_eq!(header[19], "Declined/Lost/Error reason");
        assert_eq!(header[32], "CLA Number");
        assert_eq!(header[40], "Marketplace Purchase Intent");
        assert_eq!(header[48], "DUNS Account 2");
        assert_eq!(
            &header[49..],
            ["Solution 1", "Team member 1", "Microsoft team member 1"]
        );
    }

    #[test]
    fn every_field_appears_once_per_template() {
        for template in TEMPLATES {
            let mut fields: Vec<Field> = template.columns.iter().map(|c| c.field).collect();
            let count = fields.len();
            fields.sort();
            fields.dedup();
            assert_eq!(fields.len(), count, "{}", template.label);
        }
        assert_eq!(CURRENT.columns.len(), FIELD_COUNT);
        assert_eq!(CURRENT.name(Field::Reason), "Declined/Lost/Error reason");
        assert_eq!(
            TEMPLATE_2021.name(Field::PurchaseIntent),
            "Marketplace Purchase Intent"
        );
    }
}
