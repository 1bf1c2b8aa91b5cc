use intake::other_parent::WhereOtherParentLives;
use templates::Lang;

/// "Where does the other parent live?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub uk: &'static str,
    pub uk_hint: &'static str,
    pub abroad: &'static str,
    pub not_known: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_uk: &'static str,
    pub summary_abroad: &'static str,
    pub summary_not_known: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Where does the other parent live?",
    uk: "In the UK",
    uk_hint: "England, Scotland, Wales or Northern Ireland",
    abroad: "Outside the UK",
    not_known: "I do not know",
    not_selected: "Select where the other parent lives",
    summary_key: "Where they live",
    summary_uk: "In the UK",
    summary_abroad: "Outside the UK",
    summary_not_known: "Not known",
    summary_change: "where the other parent lives",
};

pub const CY: Copy = Copy {
    title: "Ble mae’r rhiant arall yn byw?",
    uk: "Yn y DU",
    uk_hint: "Lloegr, yr Alban, Cymru neu Ogledd Iwerddon",
    abroad: "Y tu allan i’r DU",
    not_known: "Nid wyf yn gwybod",
    not_selected: "Dewiswch ble mae’r rhiant arall yn byw",
    summary_key: "Ble maen nhw’n byw",
    summary_uk: "Yn y DU",
    summary_abroad: "Y tu allan i’r DU",
    summary_not_known: "Ddim yn hysbys",
    summary_change: "ble mae’r rhiant arall yn byw",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    pub fn summary_value(&self, lives: WhereOtherParentLives) -> &'static str {
        match lives {
            WhereOtherParentLives::Uk => self.summary_uk,
            WhereOtherParentLives::Abroad => self.summary_abroad,
            WhereOtherParentLives::NotKnown => self.summary_not_known,
        }
    }
}
