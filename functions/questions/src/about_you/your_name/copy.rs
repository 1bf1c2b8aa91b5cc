use templates::Lang;

use crate::kit::names::{self, NamesCopy};

/// "What is your name?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub names: NamesCopy,
    pub summary_full_name: &'static str,
    pub summary_full_name_change: &'static str,
    pub summary_other_names: &'static str,
    pub summary_other_names_change: &'static str,
    /// Other names, when there are none.
    pub no_other_names: &'static str,
}

pub const EN: Copy = Copy {
    names: NamesCopy {
        title: "What is your name?",
        full_name: "Full name",
        other_names: "Other names you have been known by (optional)",
        other_names_hint: "For example, a name you had before you married",
        enter_full_name: "Enter your full name",
        full_name_too_long: names::FULL_NAME_TOO_LONG_EN,
        full_name_characters: names::FULL_NAME_CHARACTERS_EN,
        other_names_too_long: names::OTHER_NAMES_TOO_LONG_EN,
        other_names_characters: names::OTHER_NAMES_CHARACTERS_EN,
    },
    summary_full_name: "Full name",
    summary_full_name_change: "your name",
    summary_other_names: "Other names",
    summary_other_names_change: "other names you have been known by",
    no_other_names: "None",
};

pub const CY: Copy = Copy {
    names: NamesCopy {
        title: "Beth yw eich enw?",
        full_name: "Enw llawn",
        other_names: "Enwau eraill rydych wedi cael eich adnabod wrthynt (dewisol)",
        other_names_hint: "Er enghraifft, enw oedd gennych cyn i chi briodi",
        enter_full_name: "Rhowch eich enw llawn",
        full_name_too_long: names::FULL_NAME_TOO_LONG_CY,
        full_name_characters: names::FULL_NAME_CHARACTERS_CY,
        other_names_too_long: names::OTHER_NAMES_TOO_LONG_CY,
        other_names_characters: names::OTHER_NAMES_CHARACTERS_CY,
    },
    summary_full_name: "Enw llawn",
    summary_full_name_change: "eich enw",
    summary_other_names: "Enwau eraill",
    summary_other_names_change: "enwau eraill rydych wedi cael eich adnabod wrthynt",
    no_other_names: "Dim",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
