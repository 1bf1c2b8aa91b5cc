use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Is … in approved full-time education?", asked of each child aged 16 to 19.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: fn(&str) -> String,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub hint: &'static str,
    pub not_selected: fn(&str) -> String,
    pub summary_key: fn(&str) -> String,
    /// After "Change", for screen readers.
    pub summary_change: fn(&str) -> String,
}

pub const EN: Copy = Copy {
    title: |name| format!("Is {name} in approved full-time education?"),
    answers: YesNo::EN,
    hint: "This means more than 12 hours a week of study at a school or college, up to A level or equivalent, such \
           as Scottish Highers or a level 3 BTEC. It does not include university.",
    not_selected: |name| format!("Select yes if {name} is in approved full-time education"),
    summary_key: |name| format!("{name} in approved full-time education"),
    summary_change: |name| format!("whether {name} is in approved full-time education"),
};

/// The question asks "Ydy…?", so its answers are "Ydy" and "Nac ydy".
pub const CY: Copy = Copy {
    title: |name| format!("Ydy {name} mewn addysg amser llawn gymeradwy?"),
    answers: YesNo { yes: "Ydy", no: "Nac ydy" },
    hint: "Mae hyn yn golygu astudio am fwy na 12 awr yr wythnos mewn ysgol neu goleg, hyd at Safon Uwch neu \
           gyfwerth, fel Highers yr Alban neu BTEC lefel 3. Nid yw’n cynnwys prifysgol.",
    not_selected: |name| format!("Dewiswch ‘Ydy’ os yw {name} mewn addysg amser llawn gymeradwy"),
    summary_key: |name| format!("{name} mewn addysg amser llawn gymeradwy"),
    summary_change: |name| format!("a yw {name} mewn addysg amser llawn gymeradwy"),
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
