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

/// Asked as "A oes perygl…?" (Oes / Nac oes), not "Ydych chi neu’ch plant…?": the answer then fits whether the
/// danger is to the applicant, the children or both.
pub const CY: Copy = Copy {
    question: "A oes perygl uniongyrchol i chi neu i’ch plant?",
    answers: YesNo { yes: "Oes", no: "Nac oes" },
    hint: "Mae hyn yn golygu eich bod yn meddwl y gallech chi neu’ch plant gael niwed nawr neu’n fuan iawn.",
    not_selected: "Dewiswch ‘Oes’ os oes perygl uniongyrchol i chi neu i’ch plant",
    summary_key: "Perygl uniongyrchol",
    summary_change: "a oes perygl uniongyrchol i chi",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
