use templates::Lang;

use crate::children::YesNoOrNotKnownLabels;

/// "Is the other parent named on …’s birth certificate?", asked of each child.
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
    title: |name| format!("Is the other parent named on {name}’s birth certificate?"),
    hint: "This helps the Child Maintenance Service confirm who the child’s parents are.",
    answers: YesNoOrNotKnownLabels::EN,
    not_selected: |name| format!("Select whether the other parent is named on {name}’s birth certificate"),
    summary_key: |name| format!("Other parent on {name}’s birth certificate"),
    summary_change: |name| format!("whether the other parent is named on {name}’s birth certificate"),
};

/// The question asks "A yw…?", so its answers are "Ydy" and "Nac ydy".
pub const CY: Copy = Copy {
    title: |name| format!("A yw enw’r rhiant arall ar dystysgrif geni {name}?"),
    hint: "Mae hyn yn helpu’r Gwasanaeth Cynhaliaeth Plant i gadarnhau pwy yw rhieni’r plentyn.",
    answers: YesNoOrNotKnownLabels { yes: "Ydy", no: "Nac ydy", not_known: "Nid wyf yn gwybod" },
    not_selected: |name| format!("Dewiswch a yw enw’r rhiant arall ar dystysgrif geni {name}"),
    summary_key: |name| format!("Enw’r rhiant arall ar dystysgrif geni {name}"),
    summary_change: |name| format!("a yw enw’r rhiant arall ar dystysgrif geni {name}"),
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
