use templates::Lang;

use crate::children::YesNoOrNotKnownLabels;

/// "Do you get Child Benefit for …?", asked of each child.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: fn(&str) -> String,
    pub hint: &'static str,
    pub answers: YesNoOrNotKnownLabels,
    pub not_selected: fn(&str) -> String,
    pub summary_key: fn(&str) -> String,
    /// After "Change", for screen readers.
    pub summary_change: fn(&str) -> String,
}

pub const EN: Copy = Copy {
    title: |name| format!("Do you get Child Benefit for {name}?"),
    hint: "The Child Maintenance Service mainly uses Child Benefit to decide who should receive child maintenance.",
    answers: YesNoOrNotKnownLabels::EN,
    not_selected: |name| format!("Select whether you get Child Benefit for {name}"),
    summary_key: |name| format!("Child Benefit for {name}"),
    summary_change: |name| format!("whether you get Child Benefit for {name}"),
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
