use intake::domain::{NinoError, PhoneNumberError};
use templates::Lang;

use crate::kit::text::FreeTextErrors;

/// "What else do you know about the other parent?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub intro: &'static str,
    pub phone: &'static str,
    pub phone_hint: &'static str,
    pub nino: &'static str,
    pub nino_hint: &'static str,
    pub employer: &'static str,
    pub employer_hint: &'static str,
    /// <https://design-system.service.gov.uk/patterns/telephone-numbers/>
    pub enter_phone: &'static str,
    pub phone_format: &'static str,
    pub phone_not_uk: &'static str,
    pub enter_nino: &'static str,
    pub nino_format: &'static str,
    /// `too_long` says `ShortText::MAX_CHARS` (tested).
    pub employer_errors: FreeTextErrors,
    pub summary_phone: &'static str,
    pub summary_phone_change: &'static str,
    pub summary_nino: &'static str,
    pub summary_nino_change: &'static str,
    pub summary_employer: &'static str,
    pub summary_employer_change: &'static str,
    /// A detail left blank.
    pub not_known: &'static str,
}

pub const EN: Copy = Copy {
    title: "What else do you know about the other parent?",
    intro: "Tell us anything you know. You can leave these blank.",
    phone: "UK phone number (optional)",
    phone_hint: "For example, 07700 900 982",
    nino: "National Insurance number (optional)",
    nino_hint: "For example, ‘QQ 12 34 56 C’",
    employer: "Employer name (optional)",
    employer_hint: "Who they work for, or the name of their business if they are self-employed",
    enter_phone: "Enter a UK phone number",
    phone_format: "Enter a phone number, like 01632 960 001 or 07700 900 982",
    phone_not_uk: "Enter a UK phone number",
    enter_nino: "Enter their National Insurance number",
    nino_format: "Enter a National Insurance number in the correct format",
    employer_errors: FreeTextErrors {
        empty: "Enter their employer's name",
        too_long: "Employer name must be 100 characters or less",
    },
    summary_phone: "Phone number",
    summary_phone_change: "the other parent's phone number",
    summary_nino: "National Insurance number",
    summary_nino_change: "the other parent's National Insurance number",
    summary_employer: "Employer",
    summary_employer_change: "the other parent's employer",
    not_known: "Not known",
};

pub const CY: Copy = Copy {
    title: "Beth arall ydych chi’n ei wybod am y rhiant arall?",
    intro: "Dywedwch wrthym unrhyw beth rydych chi’n ei wybod. Gallwch adael y rhain yn wag.",
    phone: "Rhif ffôn yn y DU (dewisol)",
    phone_hint: "Er enghraifft, 07700 900 982",
    nino: "Rhif Yswiriant Gwladol (dewisol)",
    nino_hint: "Er enghraifft, ‘QQ 12 34 56 C’",
    employer: "Enw’r cyflogwr (dewisol)",
    employer_hint: "I bwy maen nhw’n gweithio, neu enw eu busnes os ydyn nhw’n hunangyflogedig",
    enter_phone: "Rhowch rif ffôn yn y DU",
    phone_format: "Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982",
    phone_not_uk: "Rhowch rif ffôn yn y DU",
    enter_nino: "Rhowch eu rhif Yswiriant Gwladol",
    nino_format: "Rhowch rif Yswiriant Gwladol yn y fformat cywir",
    employer_errors: FreeTextErrors {
        empty: "Rhowch enw eu cyflogwr",
        too_long: "Rhaid i enw’r cyflogwr fod yn 100 o gymeriadau neu lai",
    },
    summary_phone: "Rhif ffôn",
    summary_phone_change: "rhif ffôn y rhiant arall",
    summary_nino: "Rhif Yswiriant Gwladol",
    summary_nino_change: "rhif Yswiriant Gwladol y rhiant arall",
    summary_employer: "Cyflogwr",
    summary_employer_change: "cyflogwr y rhiant arall",
    not_known: "Ddim yn hysbys",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    pub fn phone_error(&self, error: PhoneNumberError) -> &'static str {
        match error {
            PhoneNumberError::Empty => self.enter_phone,
            PhoneNumberError::InvalidFormat => self.phone_format,
            PhoneNumberError::NotUk => self.phone_not_uk,
        }
    }

    pub fn nino_error(&self, error: NinoError) -> &'static str {
        match error {
            NinoError::Empty => self.enter_nino,
            NinoError::InvalidFormat => self.nino_format,
        }
    }
}
