use templates::Lang;

use crate::children::YesNoOrNotKnownLabels;

/// "Does the other parent work for a UK employer?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub answers: YesNoOrNotKnownLabels,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Does the other parent work for a UK employer?",
    hint: "The Child Maintenance Service can still help if they work abroad for the Civil Service, the Diplomatic \
           Service, the armed forces or the NHS, or for a company based in the UK.",
    answers: YesNoOrNotKnownLabels::EN,
    not_selected: "Select whether the other parent works for a UK employer",
    summary_key: "Works for a UK employer",
    summary_change: "whether the other parent works for a UK employer",
};

/// "Ydy’r rhiant arall…?": answered Ydy / Nac ydy.
pub const CY: Copy = Copy {
    title: "Ydy’r rhiant arall yn gweithio i gyflogwr yn y DU?",
    hint: "Gall y Gwasanaeth Cynhaliaeth Plant helpu o hyd os ydyn nhw’n gweithio dramor i’r Gwasanaeth Sifil, y \
           Gwasanaeth Diplomyddol, y lluoedd arfog neu’r GIG, neu i gwmni sydd wedi’i leoli yn y DU.",
    answers: YesNoOrNotKnownLabels { yes: "Ydy", no: "Nac ydy", not_known: "Nid wyf yn gwybod" },
    not_selected: "Dewiswch a yw’r rhiant arall yn gweithio i gyflogwr yn y DU",
    summary_key: "Yn gweithio i gyflogwr yn y DU",
    summary_change: "a yw’r rhiant arall yn gweithio i gyflogwr yn y DU",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
