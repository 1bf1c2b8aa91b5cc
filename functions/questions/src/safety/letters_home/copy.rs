use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Is it safe for us to send letters to your home?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub question: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_yes: &'static str,
    pub summary_no: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "Is it safe for us to send letters to your home?",
    answers: YesNo::EN,
    hint: "Choose no if someone else at your home could open or see your post. We can send letters to another \
           address instead, such as a refuge or a friend’s.",
    not_selected: "Select yes if it is safe for us to send letters to your home",
    summary_key: "Letters to your home",
    summary_yes: "Safe",
    summary_no: "Not safe: send them to another address",
    summary_change: "whether it is safe to send letters to your home",
};

/// "A yw’n ddiogel…?" is answered Ydy / Nac ydy.
pub const CY: Copy = Copy {
    question: "A yw’n ddiogel i ni anfon llythyrau i’ch cartref?",
    answers: YesNo { yes: "Ydy", no: "Nac ydy" },
    hint: "Dewiswch ‘Nac ydy’ os gallai rhywun arall yn eich cartref agor neu weld eich post. Gallwn anfon llythyrau \
           i gyfeiriad arall yn lle hynny, fel lloches neu gyfeiriad ffrind.",
    not_selected: "Dewiswch ‘Ydy’ os yw’n ddiogel i ni anfon llythyrau i’ch cartref",
    summary_key: "Llythyrau i’ch cartref",
    summary_yes: "Diogel",
    summary_no: "Ddim yn ddiogel: anfon llythyrau i gyfeiriad arall",
    summary_change: "a yw’n ddiogel anfon llythyrau i’ch cartref",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
