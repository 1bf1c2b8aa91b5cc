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

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
