use templates::Lang;

use crate::kit::text::FreeTextErrors;

/// "What is the other parent's address?" The address's own labels and errors are the kit's
/// ([`crate::kit::address::AddressCopy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub last_lived_there: &'static str,
    pub last_lived_there_hint: &'static str,
    /// The field is optional, so only `too_long` is ever shown; it says `ShortText::MAX_CHARS` (tested).
    pub last_lived_there_errors: FreeTextErrors,
    pub summary_address: &'static str,
    pub summary_address_change: &'static str,
    pub summary_last_lived_there: &'static str,
    pub summary_last_lived_there_change: &'static str,
    /// When they last lived there, left blank.
    pub not_known: &'static str,
}

pub const EN: Copy = Copy {
    title: "What is the other parent's address?",
    last_lived_there: "When did they last live at this address? (optional)",
    last_lived_there_hint: "For example, June 2024",
    last_lived_there_errors: FreeTextErrors {
        empty: "Enter when they last lived at this address",
        too_long: "When they last lived at this address must be 100 characters or less",
    },
    summary_address: "Address",
    summary_address_change: "the other parent's address",
    summary_last_lived_there: "When they last lived there",
    summary_last_lived_there_change: "when the other parent last lived at this address",
    not_known: "Not known",
};

pub const CY: Copy = Copy {
    title: "Beth yw cyfeiriad y rhiant arall?",
    last_lived_there: "Pryd oedden nhw’n byw yn y cyfeiriad hwn ddiwethaf? (dewisol)",
    last_lived_there_hint: "Er enghraifft, Mehefin 2024",
    last_lived_there_errors: FreeTextErrors {
        empty: "Rhowch pryd roedden nhw’n byw yn y cyfeiriad hwn ddiwethaf",
        too_long: "Rhaid i’r ateb am bryd roedden nhw’n byw yn y cyfeiriad hwn ddiwethaf fod yn 100 o gymeriadau neu \
                   lai",
    },
    summary_address: "Cyfeiriad",
    summary_address_change: "cyfeiriad y rhiant arall",
    summary_last_lived_there: "Pryd roedden nhw’n byw yno ddiwethaf",
    summary_last_lived_there_change: "pryd roedd y rhiant arall yn byw yn y cyfeiriad hwn ddiwethaf",
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
