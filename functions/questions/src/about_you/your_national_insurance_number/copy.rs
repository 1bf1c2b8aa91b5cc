use intake::domain::NinoError;
use templates::Lang;

/// "What is your National Insurance number?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub enter: &'static str,
    pub wrong_format: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "What is your National Insurance number?",
    hint: "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.",
    enter: "Enter your National Insurance number",
    wrong_format: "Enter a National Insurance number in the correct format",
    summary_key: "National Insurance number",
    summary_change: "your National Insurance number",
};

pub const CY: Copy = Copy {
    title: "Beth yw eich rhif Yswiriant Gwladol?",
    hint: "Mae ar eich cerdyn Yswiriant Gwladol, llythyr budd-dal, slip cyflog neu P60. Er enghraifft, \
           ‘QQ 12 34 56 C’.",
    enter: "Rhowch eich rhif Yswiriant Gwladol",
    wrong_format: "Rhowch rif Yswiriant Gwladol yn y fformat cywir",
    summary_key: "Rhif Yswiriant Gwladol",
    summary_change: "eich rhif Yswiriant Gwladol",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// What is wrong with the number typed.
    pub fn error(&self, error: NinoError) -> &'static str {
        match error {
            NinoError::Empty => self.enter,
            NinoError::InvalidFormat => self.wrong_format,
        }
    }
}
