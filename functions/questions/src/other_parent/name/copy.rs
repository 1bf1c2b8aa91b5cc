use templates::Lang;

use crate::kit::names::{self, NamesCopy};

/// "What is the other parent's name?"
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
        title: "What is the other parent's name?",
        full_name: "Full name",
        other_names: "Other names they have been known by (optional)",
        other_names_hint: "For example, a name they had before they married",
        enter_full_name: "Enter the other parent's full name",
        full_name_too_long: names::FULL_NAME_TOO_LONG_EN,
        full_name_characters: names::FULL_NAME_CHARACTERS_EN,
        other_names_too_long: names::OTHER_NAMES_TOO_LONG_EN,
        other_names_characters: names::OTHER_NAMES_CHARACTERS_EN,
    },
    summary_full_name: "Full name",
    summary_full_name_change: "the other parent's name",
    summary_other_names: "Other names",
    summary_other_names_change: "other names the other parent has been known by",
    no_other_names: "None",
};

pub const CY: Copy = Copy {
    names: NamesCopy {
        title: "Beth yw enw’r rhiant arall?",
        full_name: "Enw llawn",
        other_names: "Enwau eraill y maen nhw wedi cael eu hadnabod wrthynt (dewisol)",
        other_names_hint: "Er enghraifft, enw oedd ganddyn nhw cyn iddyn nhw briodi",
        enter_full_name: "Rhowch enw llawn y rhiant arall",
        full_name_too_long: names::FULL_NAME_TOO_LONG_CY,
        full_name_characters: names::FULL_NAME_CHARACTERS_CY,
        other_names_too_long: names::OTHER_NAMES_TOO_LONG_CY,
        other_names_characters: names::OTHER_NAMES_CHARACTERS_CY,
    },
    summary_full_name: "Enw llawn",
    summary_full_name_change: "enw’r rhiant arall",
    summary_other_names: "Enwau eraill",
    summary_other_names_change: "enwau eraill y mae’r rhiant arall wedi cael ei adnabod wrthynt",
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
