use templates::Lang;

use crate::kit::text::FreeTextErrors;

/// "What are your bank account details?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: &'static str,
    pub name_on_account: &'static str,
    pub sort_code: &'static str,
    pub sort_code_hint: &'static str,
    pub account_number: &'static str,
    /// Says `AccountNumber::MIN_DIGITS` and `MAX_DIGITS` (tested), as does `account_number_length`.
    pub account_number_hint: &'static str,
    pub roll_number: &'static str,
    pub roll_number_hint: &'static str,
    /// `too_long` says `ShortText::MAX_CHARS` (tested).
    pub name_on_account_errors: FreeTextErrors,
    pub enter_sort_code: &'static str,
    pub sort_code_format: &'static str,
    pub enter_account_number: &'static str,
    pub account_number_length: &'static str,
    /// Never shown (the roll number is optional: blank is none), but every error has its words.
    pub enter_roll_number: &'static str,
    /// Says `RollNumber::MAX_CHARS` (tested).
    pub roll_number_too_long: &'static str,
    pub roll_number_characters: &'static str,
    pub summary_key: &'static str,
    /// The account's lines on check your answers, after the name on it.
    pub sort_code_line: fn(&str) -> String,
    pub account_number_line: fn(&str) -> String,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "What are your bank account details?",
    name_on_account: "Name on the account",
    sort_code: "Sort code",
    sort_code_hint: "Must be 6 digits long",
    account_number: "Account number",
    account_number_hint: "Must be between 6 and 8 digits long",
    roll_number: "Building society roll number (if you have one)",
    roll_number_hint: "You can find it on your card, statement or passbook",
    name_on_account_errors: FreeTextErrors {
        empty: "Enter the name on the account",
        too_long: "Name on the account must be 100 characters or less",
    },
    enter_sort_code: "Enter a sort code",
    sort_code_format: "Enter a sort code like 309430",
    enter_account_number: "Enter an account number",
    account_number_length: "Account number must be between 6 and 8 digits",
    enter_roll_number: "Enter a building society roll number",
    roll_number_too_long: "Building society roll number must be 18 characters or less",
    roll_number_characters: "Building society roll number must only include letters a to z, numbers, hyphens, \
                             spaces, forward slashes and full stops",
    summary_key: "Bank account",
    sort_code_line: |sort_code| format!("Sort code {sort_code}"),
    account_number_line: |account_number| format!("Account number {account_number}"),
    summary_change: "your bank account details",
};

pub const CY: Copy = Copy {
    title: "Beth yw manylion eich cyfrif banc?",
    name_on_account: "Enw ar y cyfrif",
    sort_code: "Cod didoli",
    sort_code_hint: "Rhaid iddo fod yn 6 digid o hyd",
    account_number: "Rhif cyfrif",
    account_number_hint: "Rhaid iddo fod rhwng 6 ac 8 digid o hyd",
    roll_number: "Rhif rôl cymdeithas adeiladu (os oes gennych un)",
    roll_number_hint: "Gallwch ddod o hyd iddo ar eich cerdyn, eich cyfriflen neu eich llyfr cyfrif",
    name_on_account_errors: FreeTextErrors {
        empty: "Rhowch yr enw ar y cyfrif",
        too_long: "Rhaid i’r enw ar y cyfrif fod yn 100 o gymeriadau neu lai",
    },
    enter_sort_code: "Rhowch god didoli",
    sort_code_format: "Rhowch god didoli fel 309430",
    enter_account_number: "Rhowch rif cyfrif",
    account_number_length: "Rhaid i’r rhif cyfrif fod rhwng 6 ac 8 digid",
    enter_roll_number: "Rhowch rif rôl cymdeithas adeiladu",
    roll_number_too_long: "Rhaid i’r rhif rôl cymdeithas adeiladu fod yn 18 o gymeriadau neu lai",
    roll_number_characters: "Rhaid i’r rhif rôl cymdeithas adeiladu gynnwys y llythrennau a i z, rhifau, \
                             cysylltnodau, bylchau, blaenslaesau ac atalnodau llawn yn unig",
    summary_key: "Cyfrif banc",
    sort_code_line: |sort_code| format!("Cod didoli {sort_code}"),
    account_number_line: |account_number| format!("Rhif cyfrif {account_number}"),
    summary_change: "manylion eich cyfrif banc",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
