use templates::Lang;

use crate::your_income::ChildCountLabels;

/// "How many other children live with you most of the time?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub counts: ChildCountLabels,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "How many other children live with you most of the time?",
    hint: "Count children you or your partner get Child Benefit for, such as a partner’s child. Do not count the \
           children this application is for.",
    counts: ChildCountLabels::EN,
    not_selected: "Select how many other children live with you",
    summary_key: "Other children living with you",
    summary_change: "how many other children live with you",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
