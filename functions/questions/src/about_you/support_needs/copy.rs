use intake::answers::SupportNeed;
use templates::Lang;

use crate::kit::text::FreeTextErrors;

/// "Do you need any support when the Child Maintenance Service contacts you?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub hint: &'static str,
    pub large_print: &'static str,
    pub braille: &'static str,
    pub audio: &'static str,
    pub british_sign_language: &'static str,
    pub relay_uk: &'static str,
    pub textphone: &'static str,
    pub other: &'static str,
    pub other_label: &'static str,
    pub other_hint: &'static str,
    pub not_selected: &'static str,
    /// `too_long` says `ShortText::MAX_CHARS` (tested).
    pub other_errors: FreeTextErrors,
    pub summary_key: &'static str,
    /// The row's value for "None of these".
    pub summary_none: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Do you need any support when the Child Maintenance Service contacts you?",
    hint: "Select all that apply.",
    large_print: "Letters in large print",
    braille: "Letters in braille",
    audio: "Letters as audio",
    british_sign_language: "A British Sign Language (BSL) interpreter",
    relay_uk: "Calls through Relay UK",
    textphone: "A textphone",
    other: "Something else",
    other_label: "If you selected ‘Something else’, tell us what support you need",
    other_hint: "For example, someone to help you read letters.",
    not_selected: "Select the support you need, or select ‘None of these’",
    other_errors: FreeTextErrors {
        empty: "Enter the other support you need",
        too_long: "The other support you need must be 100 characters or less",
    },
    summary_key: "Support when we contact you",
    summary_none: "None",
    summary_change: "the support you need when we contact you",
};

pub const CY: Copy = Copy {
    title: "Oes angen unrhyw gymorth arnoch pan fydd y Gwasanaeth Cynhaliaeth Plant yn cysylltu â chi?",
    hint: "Dewiswch bob un sy’n berthnasol.",
    large_print: "Llythyrau mewn print bras",
    braille: "Llythyrau mewn braille",
    audio: "Llythyrau ar ffurf sain",
    british_sign_language: "Dehonglydd Iaith Arwyddion Prydain (BSL)",
    relay_uk: "Galwadau drwy Relay UK",
    textphone: "Ffôn testun",
    other: "Rhywbeth arall",
    other_label: "Os gwnaethoch ddewis ‘Rhywbeth arall’, dywedwch wrthym pa gymorth sydd ei angen arnoch",
    other_hint: "Er enghraifft, rhywun i’ch helpu i ddarllen llythyrau.",
    not_selected: "Dewiswch y cymorth sydd ei angen arnoch, neu dewiswch ‘Dim un o’r rhain’",
    other_errors: FreeTextErrors {
        empty: "Rhowch y cymorth arall sydd ei angen arnoch",
        too_long: "Rhaid i’r cymorth arall sydd ei angen arnoch fod yn 100 o gymeriadau neu lai",
    },
    summary_key: "Cymorth pan fyddwn yn cysylltu â chi",
    summary_none: "Dim",
    summary_change: "y cymorth sydd ei angen arnoch pan fyddwn yn cysylltu â chi",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How a need reads on the page and on check your answers.
    pub fn label(&self, need: SupportNeed) -> &'static str {
        match need {
            SupportNeed::LargePrint => self.large_print,
            SupportNeed::Braille => self.braille,
            SupportNeed::Audio => self.audio,
            SupportNeed::BritishSignLanguage => self.british_sign_language,
            SupportNeed::RelayUk => self.relay_uk,
            SupportNeed::Textphone => self.textphone,
            SupportNeed::Other => self.other,
        }
    }
}
