use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Are you or your children in immediate danger?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub question: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "Are you or your children in immediate danger?",
    answers: YesNo::EN,
    hint: "This means you think you or your children could be hurt now or very soon.",
    not_selected: "Select yes if you or your children are in immediate danger",
    summary_key: "In immediate danger",
    summary_change: "whether you are in immediate danger",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
