use templates::Lang;

/// "Where do you live?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub england: &'static str,
    pub scotland: &'static str,
    pub wales: &'static str,
    pub northern_ireland: &'static str,
    pub outside_uk: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Where do you live?",
    hint: "Where your main home is.",
    england: "England",
    scotland: "Scotland",
    wales: "Wales",
    northern_ireland: "Northern Ireland",
    outside_uk: "Outside the UK",
    not_selected: "Select where you live",
    summary_key: "Where you live",
    summary_change: "where you live",
};

pub const CY: Copy = Copy {
    title: "Ble rydych chi’n byw?",
    hint: "Ble mae eich prif gartref.",
    england: "Lloegr",
    scotland: "Yr Alban",
    wales: "Cymru",
    northern_ireland: "Gogledd Iwerddon",
    outside_uk: "Y tu allan i’r DU",
    not_selected: "Dewiswch ble rydych chi’n byw",
    summary_key: "Ble rydych chi’n byw",
    summary_change: "ble rydych chi’n byw",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
