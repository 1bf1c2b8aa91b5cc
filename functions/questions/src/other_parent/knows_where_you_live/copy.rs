use intake::other_parent::KnowsWhereYouLive;
use templates::Lang;

/// "Does the other parent know where you live?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_known: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Does the other parent know where you live?",
    yes: "Yes",
    no: "No",
    not_known: "I do not know",
    not_selected: "Select whether the other parent knows where you live",
    summary_key: "Knows where you live",
    summary_change: "whether the other parent knows where you live",
};

/// "Ydy’r rhiant arall…?": answered Ydy / Nac ydy.
pub const CY: Copy = Copy {
    title: "Ydy’r rhiant arall yn gwybod ble rydych chi’n byw?",
    yes: "Ydy",
    no: "Nac ydy",
    not_known: "Nid wyf yn gwybod",
    not_selected: "Dewiswch a yw’r rhiant arall yn gwybod ble rydych chi’n byw",
    summary_key: "Yn gwybod ble rydych chi’n byw",
    summary_change: "a yw’r rhiant arall yn gwybod ble rydych chi’n byw",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How an answer reads on the page and on check your answers.
    pub fn label(&self, answer: KnowsWhereYouLive) -> &'static str {
        match answer {
            KnowsWhereYouLive::Yes => self.yes,
            KnowsWhereYouLive::No => self.no,
            KnowsWhereYouLive::NotKnown => self.not_known,
        }
    }
}
