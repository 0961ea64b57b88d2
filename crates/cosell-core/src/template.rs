//! The 2021 import template: its columns, in the template's order, and whether each is
//! mandatory. `Solution N` and `Team member N` (N = 1..=50) are numbered columns.

/// A column of the template with a fixed name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
}

/// Whether the template marks a column mandatory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mandatory {
    Yes,
    No,
    /// Mandatory only when another column asks for it (see rules CS102–CS104).
    Depends,
    /// The header must have the column; a row needs a value only when another column asks for
    /// it (Share with Microsoft sales team: the template marks it mandatory, and says it applies
    /// when Microsoft help required? is No, rule CS103).
    Column,
}

impl Mandatory {
    /// Whether the header must have the column.
    pub fn in_header(self) -> bool {
        matches!(self, Mandatory::Yes | Mandatory::Column)
    }
}

pub struct Column {
    pub field: Field,
    pub name: &'static str,
    pub mandatory: Mandatory,
}

const fn col(field: Field, name: &'static str, mandatory: Mandatory) -> Column {
    Column {
        field,
        name,
        mandatory,
    }
}

/// The template's fixed columns, in the template's order (`Solution 1` and `Team member 1`
/// follow them and are described by [`NUMBERED`]).
pub static COLUMNS: &[Column] = &[
    col(Field::Errors, "Errors", Mandatory::No),
    col(Field::EngagementId, "Engagement ID", Mandatory::No),
    col(Field::ReferralId, "Referral ID", Mandatory::No),
    col(Field::DealName, "Deal Name", Mandatory::Yes),
    col(Field::CustomerName, "Customer Name", Mandatory::Yes),
    col(
        Field::AddressLine1,
        "Customer Address Line 1",
        Mandatory::Yes,
    ),
    col(
        Field::AddressLine2,
        "Customer Address Line 2",
        Mandatory::No,
    ),
    col(Field::City, "Customer City", Mandatory::Yes),
    col(Field::State, "Customer State", Mandatory::No),
    col(Field::PostalCode, "Customer Postal Code", Mandatory::No),
    col(Field::Country, "Customer Country", Mandatory::Yes),
    col(Field::Duns, "Customer D-U-N-S ID", Mandatory::No),
    col(
        Field::ContactFirstName,
        "Customer Contact First Name",
        Mandatory::Depends,
    ),
    col(
        Field::ContactLastName,
        "Customer Contact Last Name",
        Mandatory::Depends,
    ),
    col(
        Field::ContactPhone,
        "Customer Contact Phone number",
        Mandatory::Depends,
    ),
    col(
        Field::ContactEmail,
        "Customer Contact Email Address",
        Mandatory::Depends,
    ),
    col(
        Field::PartnerStatus,
        "Partner Referral Status",
        Mandatory::Yes,
    ),
    col(
        Field::PartnerSubstatus,
        "Partner Referral Substatus",
        Mandatory::Yes,
    ),
    col(
        Field::MicrosoftStatus,
        "Microsoft Referral Status",
        Mandatory::Depends,
    ),
    col(Field::Reason, "Declined/Lost reason", Mandatory::Depends),
    col(Field::SalesStage, "Sales Stage", Mandatory::No),
    col(Field::DealValue, "Estimated Deal Value", Mandatory::Yes),
    col(Field::Currency, "Currency", Mandatory::Yes),
    col(Field::CloseDate, "Estimated Close Date", Mandatory::Yes),
    col(Field::CrmId, "CRM ID", Mandatory::No),
    col(Field::CampaignId, "Marketing Campaign ID", Mandatory::No),
    col(Field::Notes, "Notes", Mandatory::No),
    col(
        Field::HelpRequired,
        "Microsoft help required?",
        Mandatory::Yes,
    ),
    col(
        Field::HelpType,
        "What specific help from Microsoft?",
        Mandatory::Depends,
    ),
    col(
        Field::ShareWithSales,
        "Share with Microsoft sales team",
        Mandatory::Column,
    ),
    col(Field::NotesToMicrosoft, "Notes to Microsoft", Mandatory::No),
    col(
        Field::Consent,
        "Consent to share Customer/Partner contact",
        Mandatory::Yes,
    ),
];

pub const FIELD_COUNT: usize = 32;

/// The two kinds of numbered column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Numbered {
    Solution,
    TeamMember,
}

impl Numbered {
    /// The name before the number, as the template spells it.
    pub fn prefix(self) -> &'static str {
        match self {
            Numbered::Solution => "Solution",
            Numbered::TeamMember => "Team member",
        }
    }

    pub fn column_name(self, n: u8) -> String {
        format!("{} {n}", self.prefix())
    }
}

pub static NUMBERED: [Numbered; 2] = [Numbered::Solution, Numbered::TeamMember];

/// The highest number a Solution or Team member column may have.
pub const MAX_NUMBERED: u8 = 50;

impl Field {
    pub fn column(self) -> &'static Column {
        &COLUMNS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.column().name
    }
}

/// The template's header row, as Partner Center's import page offers it.
pub fn template_header() -> Vec<String> {
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.name.to_string()).collect();
    header.extend(NUMBERED.iter().map(|kind| kind.column_name(1)));
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_index_their_columns() {
        assert_eq!(COLUMNS.len(), FIELD_COUNT);
        for (index, column) in COLUMNS.iter().enumerate() {
            assert_eq!(
                column.field as usize, index,
                "{} is out of place",
                column.name
            );
        }
    }

    #[test]
    fn the_template_header_has_34_columns_starting_with_errors() {
        let header = template_header();
        assert_eq!(header.len(), 34);
        assert_eq!(header[0], "Errors");
        assert_eq!(header[33], "Team member 1");
    }
}
