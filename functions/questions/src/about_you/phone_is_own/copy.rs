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

/// The question asks "Ydy … ?", so its answers are Ydy / Nac ydy.
pub const CY: Copy = Copy {
    title: |phone| format!("Ydy {phone} yn rhif ffôn i chi eich hun?"),
    hint: "Dewiswch ‘Nac ydy’ os ydych yn rhannu’r ffôn, neu os gallai rhywun arall weld eich galwadau neu eich \
           negeseuon.",
    answers: YesNo { yes: "Ydy", no: "Nac ydy" },
    not_selected: "Dewiswch ‘Ydy’ os yw’r rhif ffôn yn rhif i chi eich hun",
    summary_key: "Rhif ffôn i chi eich hun",
    summary_yes: "Ydy",
    summary_no: "Nac ydy, gallai rhywun arall weld galwadau neu negeseuon",
    summary_change: "a yw’r rhif ffôn yn rhif i chi eich hun",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
