use templates::Lang;

use crate::your_income::ChildCountLabels;

/// "How many other children do you pay child maintenance for?"
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
    title: "How many other children do you pay child maintenance for?",
    hint: "Count children you pay for through an arrangement you made with their other parent, or through another \
           Child Maintenance Service case. Do not count the children this application is for.",
    counts: ChildCountLabels::EN,
    not_selected: "Select how many other children you pay child maintenance for",
    summary_key: "Other children you pay maintenance for",
    summary_change: "how many other children you pay child maintenance for",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
