use templates::Lang;

/// "Are all the children under 16, or aged 16 to 19 and in full-time education?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Are all the children under 16, or aged 16 to 19 and in full-time education?",
    hint: "Full-time education means up to A level or equivalent, such as Scottish Highers or a level 3 BTEC. It does \
           not include university.",
    not_selected: "Select yes if all the children are under 16, or aged 16 to 19 and in full-time education",
    summary_key: "Children under 16, or 16 to 19 in full-time education",
    summary_change: "whether the children are under 16, or 16 to 19 in full-time education",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
