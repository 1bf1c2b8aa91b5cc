use intake::paying_parent::IncomeSource;
use templates::Lang;

/// "Where does your income come from?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub employment: &'static str,
    pub employment_hint: &'static str,
    pub self_employment: &'static str,
    pub self_employment_hint: &'static str,
    pub benefits: &'static str,
    pub benefits_hint: &'static str,
    pub pension: &'static str,
    pub pension_hint: &'static str,
    /// The exclusive answer after "or", and the row's value for it.
    pub no_income: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Where does your income come from?",
    hint: "Select all that apply.",
    employment: "Employment",
    employment_hint: "Working for an employer, including part-time work.",
    self_employment: "Self-employment",
    self_employment_hint: "Working for yourself, including as a sole trader or in a partnership.",
    benefits: "Benefits",
    benefits_hint: "Including Universal Credit and the State Pension.",
    pension: "A workplace or personal pension",
    pension_hint: "A pension you are paid now.",
    no_income: "I do not have any income",
    not_selected: "Select where your income comes from, or select ‘I do not have any income’",
    summary_key: "Where your income comes from",
    summary_change: "where your income comes from",
};

pub const CY: Copy = Copy {
    title: "O ble mae eich incwm yn dod?",
    hint: "Dewiswch bob un sy’n berthnasol.",
    employment: "Cyflogaeth",
    employment_hint: "Gweithio i gyflogwr, gan gynnwys gwaith rhan-amser.",
    self_employment: "Hunangyflogaeth",
    self_employment_hint: "Gweithio i chi’ch hun, gan gynnwys fel unig fasnachwr neu mewn partneriaeth.",
    benefits: "Budd-daliadau",
    benefits_hint: "Gan gynnwys Credyd Cynhwysol a Phensiwn y Wladwriaeth.",
    pension: "Pensiwn gweithle neu bensiwn personol",
    pension_hint: "Pensiwn sy’n cael ei dalu i chi nawr.",
    no_income: "Nid oes gennyf unrhyw incwm",
    not_selected: "Dewiswch o ble mae eich incwm yn dod, neu dewiswch ‘Nid oes gennyf unrhyw incwm’",
    summary_key: "O ble mae eich incwm yn dod",
    summary_change: "o ble mae eich incwm yn dod",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How a source reads on the page and on check your answers.
    pub fn label(&self, source: IncomeSource) -> &'static str {
        match source {
            IncomeSource::Employment => self.employment,
            IncomeSource::SelfEmployment => self.self_employment,
            IncomeSource::Benefits => self.benefits,
            IncomeSource::Pension => self.pension,
        }
    }

    pub fn hint(&self, source: IncomeSource) -> Option<&'static str> {
        Some(match source {
            IncomeSource::Employment => self.employment_hint,
            IncomeSource::SelfEmployment => self.self_employment_hint,
            IncomeSource::Benefits => self.benefits_hint,
            IncomeSource::Pension => self.pension_hint,
        })
    }
}
