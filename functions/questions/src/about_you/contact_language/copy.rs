use intake::answers::Language;
use templates::Lang;

/// "Which language should we use when we contact you?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub english: &'static str,
    pub welsh: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_english: &'static str,
    pub summary_welsh: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Which language should we use when we contact you?",
    hint: "We will write to you and talk to you on the phone in this language. It does not change the language of \
           these pages.",
    english: "English",
    welsh: "Welsh (Cymraeg)",
    not_selected: "Select which language we should use when we contact you",
    summary_key: "Language for letters and calls",
    summary_english: "English",
    summary_welsh: "Welsh",
    summary_change: "the language for letters and calls",
};

pub const CY: Copy = Copy {
    title: "Pa iaith ddylen ni ei defnyddio wrth gysylltu â chi?",
    hint: "Byddwn yn ysgrifennu atoch ac yn siarad â chi ar y ffôn yn yr iaith hon. Nid yw’n newid iaith y \
           tudalennau hyn.",
    english: "Saesneg (English)",
    welsh: "Cymraeg",
    not_selected: "Dewiswch pa iaith y dylen ni ei defnyddio wrth gysylltu â chi",
    summary_key: "Iaith llythyrau a galwadau",
    summary_english: "Saesneg",
    summary_welsh: "Cymraeg",
    summary_change: "iaith llythyrau a galwadau",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    pub fn summary_value(&self, language: Language) -> &'static str {
        match language {
            Language::English => self.summary_english,
            Language::Welsh => self.summary_welsh,
        }
    }
}
