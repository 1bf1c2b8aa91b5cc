use templates::Lang;

use crate::kit::text::FreeTextErrors;

/// "What is the other parent's address?", outside the UK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub country: &'static str,
    /// Says `ShortText::MAX_CHARS` (tested).
    pub country_errors: FreeTextErrors,
    pub address: &'static str,
    pub address_hint: &'static str,
    /// Says `LongText::MAX_CHARS` (tested).
    pub address_too_long: &'static str,
    pub summary_country: &'static str,
    pub summary_country_change: &'static str,
    pub summary_address: &'static str,
    pub summary_address_change: &'static str,
    /// The address, left blank.
    pub not_known: &'static str,
}

pub const EN: Copy = Copy {
    title: "What is the other parent’s address?",
    country: "Country",
    country_errors: FreeTextErrors {
        empty: "Enter the country the other parent lives in",
        too_long: "The country must be 100 characters or less",
    },
    address: "Address (optional)",
    address_hint: "Their address in that country, if you know it. It is fine if you only know part of it.",
    address_too_long: "The address must be 500 characters or less",
    summary_country: "Country they live in",
    summary_country_change: "the country the other parent lives in",
    summary_address: "Address abroad",
    summary_address_change: "the other parent’s address abroad",
    not_known: "Not known",
};

pub const CY: Copy = Copy {
    title: "Beth yw cyfeiriad y rhiant arall?",
    country: "Gwlad",
    country_errors: FreeTextErrors {
        empty: "Rhowch y wlad lle mae’r rhiant arall yn byw",
        too_long: "Rhaid i’r wlad fod yn 100 o gymeriadau neu lai",
    },
    address: "Cyfeiriad (dewisol)",
    address_hint: "Eu cyfeiriad yn y wlad honno, os ydych chi’n ei wybod. Mae’n iawn os mai dim ond rhan ohono rydych \
                   chi’n ei wybod.",
    address_too_long: "Rhaid i’r cyfeiriad fod yn 500 o gymeriadau neu lai",
    summary_country: "Y wlad lle maen nhw’n byw",
    summary_country_change: "y wlad lle mae’r rhiant arall yn byw",
    summary_address: "Cyfeiriad dramor",
    summary_address_change: "cyfeiriad y rhiant arall dramor",
    not_known: "Ddim yn hysbys",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
