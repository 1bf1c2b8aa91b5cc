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

/// The page's words in Welsh.
pub const CY: CountCopy = CountCopy {
    title: "Faint o blant eraill sy’n byw gyda chi y rhan fwyaf o’r amser?",
    hint: "Cyfrifwch blant rydych chi neu eich partner yn cael Budd-dal Plant ar eu cyfer, fel plentyn eich partner. \
           Peidiwch â chyfrif y plant y mae’r cais hwn ar eu cyfer.",
    counts: ChildCountLabels::CY,
    not_selected: "Dewiswch faint o blant eraill sy’n byw gyda chi",
    summary_key: "Plant eraill sy’n byw gyda chi",
    summary_change: "faint o blant eraill sy’n byw gyda chi",
};

/// The page's words in `lang`.
pub fn of(lang: Lang) -> &'static CountCopy {
    match lang {
        Lang::En => &EN,
        Lang::Cy => &CY,
    }
}
