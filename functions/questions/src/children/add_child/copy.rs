use intake::domain::date::welsh_month;
use templates::Lang;
use time::Date;

use crate::kit::date::{DateCopy, date_of_birth_cy, date_of_birth_en};
use crate::kit::names::{
    FULL_NAME_CHARACTERS_CY, FULL_NAME_CHARACTERS_EN, FULL_NAME_TOO_LONG_CY, FULL_NAME_TOO_LONG_EN,
};

/// A child's details: adding the first, adding another, or changing one.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub first_title: &'static str,
    pub another_title: &'static str,
    pub change_title: &'static str,
    /// Under the title when adding a child: one application covers the children of one other parent.
    pub one_other_parent: &'static str,
    pub full_name: &'static str,
    pub date_of_birth: &'static str,
    pub date_of_birth_hint: &'static str,
    pub enter_full_name: &'static str,
    /// Says `PersonName::MAX_CHARS` (tested).
    pub full_name_too_long: &'static str,
    pub full_name_characters: &'static str,
    pub date: DateCopy,
    /// A child too old for CMS: the Design System's wording for a date before an allowed range, naming the
    /// earliest date of birth allowed, the GOV.UK way ("23 November 2006").
    pub too_old: fn(Date) -> String,
}

pub const EN: Copy = Copy {
    first_title: "Tell us about a child you are applying for",
    another_title: "Tell us about another child",
    change_title: "Change the child’s details",
    one_other_parent: "Only tell us about children you have with the same other parent. If you have children with \
                       more than one other parent, you can apply for the others after you send this application.",
    full_name: "Full name",
    date_of_birth: "Date of birth",
    date_of_birth_hint: "For example, 27 3 2015",
    enter_full_name: "Enter the child’s full name",
    full_name_too_long: FULL_NAME_TOO_LONG_EN,
    full_name_characters: FULL_NAME_CHARACTERS_EN,
    date: date_of_birth_en("Enter the child’s date of birth"),
    too_old: |earliest| {
        format!(
            "Date of birth must be the same as or after {} {} {}",
            earliest.day(),
            earliest.month(),
            earliest.year()
        )
    },
};

/// The too-old error is worded as `after_1900` of `date_of_birth_cy`, with the month’s Welsh name.
pub const CY: Copy = Copy {
    first_title: "Rhowch wybod i ni am blentyn rydych yn gwneud cais ar ei gyfer",
    another_title: "Rhowch wybod i ni am blentyn arall",
    change_title: "Newid manylion y plentyn",
    one_other_parent: "Rhowch wybod i ni am y plant sydd gennych gyda’r un rhiant arall yn unig. Os oes gennych blant \
                       gyda mwy nag un rhiant arall, gallwch wneud cais ar gyfer y lleill ar ôl i chi anfon y cais hwn.",
    full_name: "Enw llawn",
    date_of_birth: "Dyddiad geni",
    date_of_birth_hint: "Er enghraifft, 27 3 2015",
    enter_full_name: "Rhowch enw llawn y plentyn",
    full_name_too_long: FULL_NAME_TOO_LONG_CY,
    full_name_characters: FULL_NAME_CHARACTERS_CY,
    date: date_of_birth_cy("Rhowch ddyddiad geni’r plentyn"),
    too_old: |earliest| {
        format!(
            "Rhaid i’r dyddiad geni fod yr un fath â {} {} {} neu ar ôl hynny",
            earliest.day(),
            welsh_month(earliest.month()),
            earliest.year()
        )
    },
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
