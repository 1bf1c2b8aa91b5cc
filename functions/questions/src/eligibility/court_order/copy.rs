use intake::eligibility::CourtOrder;
use templates::Lang;

/// "Is there a court order for child maintenance for these children?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub none: &'static str,
    pub more_than_a_year_old: &'static str,
    pub less_than_a_year_old: &'static str,
    pub before_3_march_2003: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Is there a court order for child maintenance for these children?",
    hint: "An order from a court that says how much child maintenance should be paid.",
    none: "No",
    more_than_a_year_old: "Yes, made on or after 3 March 2003 and more than a year ago",
    less_than_a_year_old: "Yes, made less than a year ago",
    before_3_march_2003: "Yes, made before 3 March 2003",
    not_selected: "Select whether there is a court order for child maintenance",
    summary_key: "Court order",
    summary_change: "whether there is a court order",
};

/// The question asks "A oes…?", so its answers are "Oes, …" and "Nac oes".
pub const CY: Copy = Copy {
    title: "A oes gorchymyn llys ar gyfer cynhaliaeth plant i’r plant hyn?",
    hint: "Gorchymyn gan lys sy’n dweud faint o gynhaliaeth plant y dylid ei thalu.",
    none: "Nac oes",
    more_than_a_year_old: "Oes, a wnaed ar 3 Mawrth 2003 neu ar ôl hynny, a mwy na blwyddyn yn ôl",
    less_than_a_year_old: "Oes, a wnaed lai na blwyddyn yn ôl",
    before_3_march_2003: "Oes, a wnaed cyn 3 Mawrth 2003",
    not_selected: "Dewiswch a oes gorchymyn llys ar gyfer cynhaliaeth plant",
    summary_key: "Gorchymyn llys",
    summary_change: "a oes gorchymyn llys",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How an answer reads on the page and on check your answers.
    pub fn label(&self, order: CourtOrder) -> &'static str {
        match order {
            CourtOrder::None => self.none,
            CourtOrder::MoreThanAYearOld => self.more_than_a_year_old,
            CourtOrder::LessThanAYearOld => self.less_than_a_year_old,
            CourtOrder::MadeBefore3March2003 => self.before_3_march_2003,
        }
    }
}
