use intake::helplines::ServiceNumber;
use templates::Lang;

/// "Do you already have a Child Maintenance Service case with the other parent?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub yes: &'static str,
    /// Under "Yes": changes go through the case they have, by phone; this application still goes.
    pub yes_hint: fn(&ServiceNumber) -> String,
    pub no: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Do you already have a Child Maintenance Service case with the other parent?",
    hint: "This includes a case you applied for before, or one the other parent applied for.",
    yes: "Yes",
    yes_hint: |number| {
        format!(
            "You can still send this application. To tell us about a change to your case, call {} (Relay UK: {} then \
             {}) with your case number.",
            number.phone, number.relay_uk_prefix, number.phone
        )
    },
    no: "No",
    not_selected: "Select yes if you already have a Child Maintenance Service case with the other parent",
    summary_key: "Already has a case with the other parent",
    summary_change: "whether you already have a case with the other parent",
};

/// "Oes gennych chi…?": answered Oes / Nac oes.
pub const CY: Copy = Copy {
    title: "Oes gennych chi achos Gwasanaeth Cynhaliaeth Plant gyda’r rhiant arall yn barod?",
    hint: "Mae hyn yn cynnwys achos y gwnaethoch gais amdano o’r blaen, neu un y gwnaeth y rhiant arall gais amdano.",
    yes: "Oes",
    yes_hint: |number| {
        format!(
            "Gallwch anfon y cais hwn o hyd. I ddweud wrthym am newid i’ch achos, ffoniwch {} (Relay UK: {} ac yna \
             {}) gyda rhif eich achos.",
            number.phone, number.relay_uk_prefix, number.phone
        )
    },
    no: "Nac oes",
    not_selected: "Dewiswch ‘Oes’ os oes gennych chi achos Gwasanaeth Cynhaliaeth Plant gyda’r rhiant arall yn barod",
    summary_key: "Achos gyda’r rhiant arall yn barod",
    summary_change: "a oes gennych chi achos gyda’r rhiant arall yn barod",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
