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

/// The question asks "Oes … ?", so its answers are Oes / Nac oes.
pub const CY: Copy = Copy {
    title: "Oes gennych chi gyfrif banc y gellir talu cynhaliaeth plant i mewn iddo?",
    answers: YesNo { yes: "Oes", no: "Nac oes" },
    hint: "Cyfrif banc neu gymdeithas adeiladu yn eich enw chi. Os nad oes gennych un, bydd y Gwasanaeth Cynhaliaeth \
           Plant yn siarad â chi am ffyrdd eraill o gael eich talu.",
    not_selected: "Dewiswch ‘Oes’ os oes gennych gyfrif banc y gellir talu cynhaliaeth plant i mewn iddo",
    summary_key: "Cyfrif banc",
    no_account: "Nid oes gennyf gyfrif banc",
    summary_change: "a oes gennych gyfrif banc",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
