use templates::Lang;

/// "What has happened? (optional)"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub question: &'static str,
    pub hint: &'static str,
    pub physical: &'static str,
    pub sexual: &'static str,
    pub emotional_or_psychological: &'static str,
    pub coercive_or_controlling: &'static str,
    pub coercive_or_controlling_hint: &'static str,
    pub economic_or_financial: &'static str,
    pub economic_or_financial_hint: &'static str,
    pub threats: &'static str,
    pub stalking_or_harassment: &'static str,
    /// Only a tampered form can post a value that is not a choice.
    pub not_a_choice: &'static str,
    pub summary_key: &'static str,
    /// The row's value when nothing was selected.
    pub summary_none: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "What has happened? (optional)",
    hint: "Select all that apply. You do not have to tell us, and leaving this blank does not change what happens \
           with your application.",
    physical: "Physical abuse",
    sexual: "Sexual abuse",
    emotional_or_psychological: "Emotional or psychological abuse",
    coercive_or_controlling: "Coercive or controlling behaviour",
    coercive_or_controlling_hint: "For example, isolating you, monitoring you or controlling what you do",
    economic_or_financial: "Economic or financial abuse",
    economic_or_financial_hint: "For example, controlling your money or stopping you working",
    threats: "Threats",
    stalking_or_harassment: "Stalking or harassment",
    not_a_choice: "Select what has happened, or leave this blank",
    summary_key: "What has happened",
    summary_none: "Not given",
    summary_change: "what has happened",
};

pub const CY: Copy = Copy {
    question: "Beth sydd wedi digwydd? (dewisol)",
    hint: "Dewiswch bob un sy’n berthnasol. Nid oes rhaid i chi ddweud wrthym, ac ni fydd gadael hyn yn wag yn newid \
           beth sy’n digwydd gyda’ch cais.",
    physical: "Cam-drin corfforol",
    sexual: "Cam-drin rhywiol",
    emotional_or_psychological: "Cam-drin emosiynol neu seicolegol",
    coercive_or_controlling: "Ymddygiad sy’n gorfodi neu’n rheoli",
    coercive_or_controlling_hint: "Er enghraifft, eich ynysu, eich monitro neu reoli’r hyn rydych yn ei wneud",
    economic_or_financial: "Cam-drin economaidd neu ariannol",
    economic_or_financial_hint: "Er enghraifft, rheoli eich arian neu eich atal rhag gweithio",
    threats: "Bygythiadau",
    stalking_or_harassment: "Stelcio neu aflonyddu",
    not_a_choice: "Dewiswch beth sydd wedi digwydd, neu gadewch hyn yn wag",
    summary_key: "Beth sydd wedi digwydd",
    summary_none: "Heb ei nodi",
    summary_change: "beth sydd wedi digwydd",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
