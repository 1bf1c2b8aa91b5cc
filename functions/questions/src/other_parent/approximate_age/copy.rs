use templates::Lang;

/// "About how old is the other parent?", when their date of birth is not known.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    /// After the field: "years".
    pub suffix: &'static str,
    pub not_a_whole_number: &'static str,
    /// Says `intake::other_parent::AGES` (tested).
    pub out_of_range: &'static str,
    pub summary_key: &'static str,
    pub summary_value: fn(u8) -> String,
    pub not_known: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "About how old is the other parent?",
    hint: "A guess is fine. Leave this blank if you do not know.",
    suffix: "years",
    not_a_whole_number: "The other parent’s age must be a whole number, like 35",
    out_of_range: "The other parent’s age must be between 16 and 99",
    summary_key: "Approximate age",
    summary_value: |age| format!("About {age}"),
    not_known: "Not known",
    summary_change: "the other parent's approximate age",
};

pub const CY: Copy = Copy {
    title: "Tua pa oed yw’r rhiant arall?",
    hint: "Mae’n iawn i chi ddyfalu. Gadewch hwn yn wag os nad ydych chi’n gwybod.",
    suffix: "oed",
    not_a_whole_number: "Rhaid i oed y rhiant arall fod yn rhif cyfan, fel 35",
    out_of_range: "Rhaid i oed y rhiant arall fod rhwng 16 a 99",
    summary_key: "Oed bras",
    summary_value: |age| format!("Tua {age} oed"),
    not_known: "Ddim yn hysbys",
    summary_change: "oed bras y rhiant arall",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
