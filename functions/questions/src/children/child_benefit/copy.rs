use templates::Lang;

use crate::children::YesNoOrNotKnownLabels;

/// "Do you get Child Benefit for …?", asked of each child.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: fn(&str) -> String,
    pub hint: &'static str,
    pub answers: YesNoOrNotKnownLabels,
    pub not_selected: fn(&str) -> String,
    pub summary_key: fn(&str) -> String,
    /// After "Change", for screen readers.
    pub summary_change: fn(&str) -> String,
}

pub const EN: Copy = Copy {
    title: |name| format!("Do you get Child Benefit for {name}?"),
    hint: "The Child Maintenance Service mainly uses Child Benefit to decide who should receive child maintenance.",
    answers: YesNoOrNotKnownLabels::EN,
    not_selected: |name| format!("Select whether you get Child Benefit for {name}"),
    summary_key: |name| format!("Child Benefit for {name}"),
    summary_change: |name| format!("whether you get Child Benefit for {name}"),
};

/// The question asks "Ydych chi…?", so its answers are "Ydw" and "Nac ydw".
pub const CY: Copy = Copy {
    title: |name| format!("Ydych chi’n cael Budd-dal Plant ar gyfer {name}?"),
    hint: "Mae’r Gwasanaeth Cynhaliaeth Plant yn defnyddio Budd-dal Plant yn bennaf i benderfynu pwy ddylai dderbyn \
           cynhaliaeth plant.",
    answers: YesNoOrNotKnownLabels { yes: "Ydw", no: "Nac ydw", not_known: "Nid wyf yn gwybod" },
    not_selected: |name| format!("Dewiswch a ydych chi’n cael Budd-dal Plant ar gyfer {name}"),
    summary_key: |name| format!("Budd-dal Plant ar gyfer {name}"),
    summary_change: |name| format!("a ydych chi’n cael Budd-dal Plant ar gyfer {name}"),
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
