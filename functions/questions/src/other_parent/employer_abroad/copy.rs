use templates::Lang;

use crate::children::YesNoOrNotKnownLabels;

/// "Does the other parent work for a UK employer?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub answers: YesNoOrNotKnownLabels,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Does the other parent work for a UK employer?",
    hint: "The Child Maintenance Service can still help if they work abroad for the Civil Service, the Diplomatic \
           Service, the armed forces or the NHS, or for a company based in the UK.",
    answers: YesNoOrNotKnownLabels::EN,
    not_selected: "Select whether the other parent works for a UK employer",
    summary_key: "Works for a UK employer",
    summary_change: "whether the other parent works for a UK employer",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
