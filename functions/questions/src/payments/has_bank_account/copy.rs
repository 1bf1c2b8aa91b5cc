use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Do you have a bank account that child maintenance can be paid into?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    /// How check your answers shows "No".
    pub no_account: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Do you have a bank account that child maintenance can be paid into?",
    answers: YesNo::EN,
    hint: "A bank or building society account in your name. If you do not have one, the Child Maintenance Service \
           will talk to you about other ways to be paid.",
    not_selected: "Select yes if you have a bank account that child maintenance can be paid into",
    summary_key: "Bank account",
    no_account: "I do not have a bank account",
    summary_change: "whether you have a bank account",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
