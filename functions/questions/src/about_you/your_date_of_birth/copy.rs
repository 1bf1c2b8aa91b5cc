use templates::Lang;

use crate::kit::date::{DateCopy, date_of_birth_cy, date_of_birth_en};

/// "What is your date of birth?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub date: DateCopy,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "What is your date of birth?",
    hint: "For example, 27 3 1990",
    date: date_of_birth_en("Enter your date of birth"),
    summary_key: "Date of birth",
    summary_change: "your date of birth",
};

pub const CY: Copy = Copy {
    title: "Beth yw eich dyddiad geni?",
    hint: "Er enghraifft, 27 3 1990",
    date: date_of_birth_cy("Rhowch eich dyddiad geni"),
    summary_key: "Dyddiad geni",
    summary_change: "eich dyddiad geni",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
