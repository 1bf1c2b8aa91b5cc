//! The words of "How many other children do you pay child maintenance for?"

use templates::Lang;

use crate::your_income::{ChildCountLabels, CountCopy};

/// The page's words in English.
pub const EN: CountCopy = CountCopy {
    title: "How many other children do you pay child maintenance for?",
    hint: "Count children you pay for through an arrangement you made with their other parent, or through another \
           Child Maintenance Service case. Do not count the children this application is for.",
    counts: ChildCountLabels::EN,
    not_selected: "Select how many other children you pay child maintenance for",
    summary_key: "Other children you pay maintenance for",
    summary_change: "how many other children you pay child maintenance for",
};

/// The page's words in Welsh.
pub const CY: CountCopy = CountCopy {
    title: "Am faint o blant eraill ydych chi’n talu cynhaliaeth plant?",
    hint: "Cyfrifwch blant rydych yn talu amdanynt drwy drefniant a wnaethoch gyda’u rhiant arall, neu drwy achos \
           arall gyda’r Gwasanaeth Cynhaliaeth Plant. Peidiwch â chyfrif y plant y mae’r cais hwn ar eu cyfer.",
    counts: ChildCountLabels::CY,
    not_selected: "Dewiswch am faint o blant eraill rydych yn talu cynhaliaeth plant",
    summary_key: "Plant eraill rydych yn talu cynhaliaeth ar eu cyfer",
    summary_change: "am faint o blant eraill rydych yn talu cynhaliaeth plant",
};

/// The page's words in `lang`.
pub fn of(lang: Lang) -> &'static CountCopy {
    match lang {
        Lang::En => &EN,
        Lang::Cy => &CY,
    }
}
