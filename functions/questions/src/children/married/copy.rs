use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Has … married or formed a civil partnership?", asked of each child aged 16 to 19.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: fn(&str) -> String,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub not_selected: fn(&str) -> String,
    pub summary_key: fn(&str) -> String,
    /// After "Change", for screen readers.
    pub summary_change: fn(&str) -> String,
}

pub const EN: Copy = Copy {
    title: |name| format!("Has {name} married or formed a civil partnership?"),
    answers: YesNo::EN,
    not_selected: |name| format!("Select yes if {name} has married or formed a civil partnership"),
    summary_key: |name| format!("{name} married or in a civil partnership"),
    summary_change: |name| format!("whether {name} has married or formed a civil partnership"),
};

/// The question asks "Ydy … wedi…?", so its answers are "Ydy" and "Nac ydy".
pub const CY: Copy = Copy {
    title: |name| format!("Ydy {name} wedi priodi neu ffurfio partneriaeth sifil?"),
    answers: YesNo { yes: "Ydy", no: "Nac ydy" },
    not_selected: |name| format!("Dewiswch ‘Ydy’ os yw {name} wedi priodi neu ffurfio partneriaeth sifil"),
    summary_key: |name| format!("{name} yn briod neu mewn partneriaeth sifil"),
    summary_change: |name| format!("a yw {name} wedi priodi neu ffurfio partneriaeth sifil"),
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
