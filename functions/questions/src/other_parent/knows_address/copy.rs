use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Do you know the other parent's address?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub hint: &'static str,
    pub not_selected: &'static str,
    /// The "Address" row of check your answers when they do not know it (when they do, the address page's).
    pub summary_key: &'static str,
    pub summary_change: &'static str,
    pub not_known: &'static str,
}

pub const EN: Copy = Copy {
    title: "Do you know the other parent's address?",
    answers: YesNo::EN,
    hint: "Their current address, or the last one you know.",
    not_selected: "Select yes if you know the other parent's address",
    summary_key: "Address",
    summary_change: "the other parent's address",
    not_known: "Not known",
};

/// "Ydych chi’n gwybod…?": answered Ydw / Nac ydw.
pub const CY: Copy = Copy {
    title: "Ydych chi’n gwybod cyfeiriad y rhiant arall?",
    answers: YesNo { yes: "Ydw", no: "Nac ydw" },
    hint: "Eu cyfeiriad presennol, neu’r un diwethaf rydych chi’n ei wybod.",
    not_selected: "Dewiswch ‘Ydw’ os ydych chi’n gwybod cyfeiriad y rhiant arall",
    summary_key: "Cyfeiriad",
    summary_change: "cyfeiriad y rhiant arall",
    not_known: "Ddim yn hysbys",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
