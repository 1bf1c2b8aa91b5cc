use templates::Lang;

use crate::kit::yes_no::YesNo;

/// "Is … your own phone number?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    /// With the number as the applicant gave it.
    pub title: fn(&str) -> String,
    pub hint: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_yes: &'static str,
    pub summary_no: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: |phone| format!("Is {phone} your own phone number?"),
    hint: "Choose no if you share the phone, or if someone else could see your calls or messages.",
    answers: YesNo::EN,
    not_selected: "Select yes if the phone number is your own",
    summary_key: "Phone number is your own",
    summary_yes: "Yes",
    summary_no: "No, someone else could see calls or messages",
    summary_change: "whether the phone number is your own",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
