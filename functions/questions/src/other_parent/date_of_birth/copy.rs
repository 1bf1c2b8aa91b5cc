use templates::Lang;

use crate::kit::date::{DateCopy, date_of_birth_cy, date_of_birth_en};

/// "What is the other parent's date of birth?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    /// A blank date is not an error here (it is "not known"), but `enter` is worded for completeness.
    pub date: DateCopy,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
    /// The date of birth, left blank.
    pub not_known: &'static str,
}

pub const EN: Copy = Copy {
    title: "What is the other parent's date of birth?",
    hint: "If you do not know their exact date of birth, give the year, or the month and year. For example, 1985 or \
           6 1985. Leave it blank if you do not know it.",
    date: date_of_birth_en("Enter the other parent's date of birth"),
    summary_key: "Date of birth",
    summary_change: "the other parent's date of birth",
    not_known: "Not known",
};

pub const CY: Copy = Copy {
    title: "Beth yw dyddiad geni’r rhiant arall?",
    hint: "Os nad ydych chi’n gwybod eu union ddyddiad geni, rhowch y flwyddyn, neu’r mis a’r flwyddyn. Er \
           enghraifft, 1985 neu 6 1985. Gadewch hwn yn wag os nad ydych chi’n ei wybod.",
    date: date_of_birth_cy("Rhowch ddyddiad geni’r rhiant arall"),
    summary_key: "Dyddiad geni",
    summary_change: "dyddiad geni’r rhiant arall",
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
