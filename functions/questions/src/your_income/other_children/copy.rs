//! The words of "How many other children live with you most of the time?"

use templates::Lang;

use crate::your_income::{ChildCountLabels, CountCopy};

/// The page's words in English.
pub const EN: CountCopy = CountCopy {
    title: "How many other children live with you most of the time?",
    hint: "Count children you or your partner get Child Benefit for, such as a partner’s child. Do not count the \
           children this application is for.",
    counts: ChildCountLabels::EN,
    not_selected: "Select how many other children live with you",
    summary_key: "Other children living with you",
    summary_change: "how many other children live with you",
};

/// The page's words in `lang`.
pub fn of(lang: Lang) -> &'static CountCopy {
    match lang {
        Lang::En => &EN,
    }
}
