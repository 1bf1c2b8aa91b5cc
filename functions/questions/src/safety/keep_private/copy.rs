use templates::Lang;

/// "Is there anything the other parent must not find out about you?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub question: &'static str,
    pub hint: &'static str,
    pub address: &'static str,
    pub phone_number: &'static str,
    pub email_address: &'static str,
    pub new_name: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    /// The row's value for "None of these".
    pub summary_none: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "Is there anything the other parent must not find out about you?",
    hint: "We never give the other parent your address. Select all that apply.",
    address: "Your address",
    phone_number: "Your phone number",
    email_address: "Your email address",
    new_name: "A new name you use",
    not_selected: "Select what the other parent must not find out, or select ‘None of these’",
    summary_key: "Keep private from the other parent",
    summary_none: "Nothing",
    summary_change: "what the other parent must not find out",
};

pub const CY: Copy = Copy {
    question: "A oes unrhyw beth na ddylai’r rhiant arall ddod i wybod amdanoch chi?",
    hint: "Nid ydym byth yn rhoi eich cyfeiriad i’r rhiant arall. Dewiswch bob un sy’n berthnasol.",
    address: "Eich cyfeiriad",
    phone_number: "Eich rhif ffôn",
    email_address: "Eich cyfeiriad e-bost",
    new_name: "Enw newydd rydych yn ei ddefnyddio",
    not_selected: "Dewiswch beth na ddylai’r rhiant arall ddod i wybod, neu dewiswch ‘Dim un o’r rhain’",
    summary_key: "Cadw’n breifat rhag y rhiant arall",
    summary_none: "Dim byd",
    summary_change: "beth na ddylai’r rhiant arall ddod i wybod",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
