use intake::paying_parent::Benefit;
use templates::Lang;

/// "Which benefits do you get?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub universal_credit: &'static str,
    pub jobseekers_allowance: &'static str,
    pub employment_and_support_allowance: &'static str,
    pub income_support: &'static str,
    pub pension_credit: &'static str,
    pub state_pension: &'static str,
    pub carers_allowance: &'static str,
    pub personal_independence_payment: &'static str,
    pub another: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Which benefits do you get?",
    hint: "Select all that apply, including benefits you get with a partner.",
    universal_credit: "Universal Credit",
    jobseekers_allowance: "Jobseeker’s Allowance",
    employment_and_support_allowance: "Employment and Support Allowance",
    income_support: "Income Support",
    pension_credit: "Pension Credit",
    state_pension: "State Pension",
    carers_allowance: "Carer’s Allowance",
    personal_independence_payment: "Personal Independence Payment (PIP)",
    another: "Another benefit",
    not_selected: "Select the benefits you get",
    summary_key: "Your benefits",
    summary_change: "which benefits you get",
};

pub const CY: Copy = Copy {
    title: "Pa fudd-daliadau ydych chi’n eu cael?",
    hint: "Dewiswch bob un sy’n berthnasol, gan gynnwys budd-daliadau rydych yn eu cael gyda phartner.",
    universal_credit: "Credyd Cynhwysol",
    jobseekers_allowance: "Lwfans Ceisio Gwaith",
    employment_and_support_allowance: "Lwfans Cyflogaeth a Chymorth",
    income_support: "Cymhorthdal Incwm",
    pension_credit: "Credyd Pensiwn",
    state_pension: "Pensiwn y Wladwriaeth",
    carers_allowance: "Lwfans Gofalwr",
    personal_independence_payment: "Taliad Annibyniaeth Personol (PIP)",
    another: "Budd-dal arall",
    not_selected: "Dewiswch y budd-daliadau rydych yn eu cael",
    summary_key: "Eich budd-daliadau",
    summary_change: "pa fudd-daliadau rydych yn eu cael",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How a benefit reads on the page and on check your answers.
    pub fn label(&self, benefit: Benefit) -> &'static str {
        match benefit {
            Benefit::UniversalCredit => self.universal_credit,
            Benefit::JobseekersAllowance => self.jobseekers_allowance,
            Benefit::EmploymentAndSupportAllowance => self.employment_and_support_allowance,
            Benefit::IncomeSupport => self.income_support,
            Benefit::PensionCredit => self.pension_credit,
            Benefit::StatePension => self.state_pension,
            Benefit::CarersAllowance => self.carers_allowance,
            Benefit::PersonalIndependencePayment => self.personal_independence_payment,
            Benefit::Another => self.another,
        }
    }
}
