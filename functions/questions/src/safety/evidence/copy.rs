use templates::Lang;

/// "Do you have anything that shows what has happened? (optional)"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub question: &'static str,
    pub hint: &'static str,
    pub police_report: &'static str,
    pub court_order: &'static str,
    pub letter_from_a_professional: &'static str,
    /// "None of these" with something else (possible without JavaScript), or a value that is not a choice.
    pub both: &'static str,
    pub summary_key: &'static str,
    /// The row's value for "None of these", or nothing selected.
    pub summary_none: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "Do you have anything that shows what has happened? (optional)",
    hint: "You do not need proof to apply, and you do not need to send anything now. A caseworker may ask you about \
           it later. Select all that apply.",
    police_report: "A police report or crime reference number",
    court_order: "A court order, such as a non-molestation order",
    letter_from_a_professional: "A letter from a professional, such as a doctor, social worker or domestic abuse \
                                 support worker",
    both: "Select what you have, or select ‘None of these’",
    summary_key: "Documents you have",
    summary_none: "None",
    summary_change: "the documents you have",
};

pub const CY: Copy = Copy {
    question: "A oes gennych unrhyw beth sy’n dangos beth sydd wedi digwydd? (dewisol)",
    hint: "Nid oes angen prawf arnoch i wneud cais, ac nid oes angen i chi anfon unrhyw beth nawr. Efallai y bydd \
           gweithiwr achos yn gofyn i chi amdano yn nes ymlaen. Dewiswch bob un sy’n berthnasol.",
    police_report: "Adroddiad gan yr heddlu neu gyfeirnod trosedd",
    court_order: "Gorchymyn llys, fel gorchymyn rhag molestu",
    letter_from_a_professional: "Llythyr gan weithiwr proffesiynol, fel meddyg, gweithiwr cymdeithasol neu weithiwr \
                                 cymorth cam-drin domestig",
    both: "Dewiswch beth sydd gennych, neu dewiswch ‘Dim un o’r rhain’",
    summary_key: "Dogfennau sydd gennych",
    summary_none: "Dim",
    summary_change: "y dogfennau sydd gennych",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
