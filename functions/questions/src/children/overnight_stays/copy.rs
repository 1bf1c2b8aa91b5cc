use intake::children::{NightsError, OvernightStays};
use templates::Lang;

/// "How many nights does … usually stay with the other parent?", asked of each child; of a parent who pays, "with
/// you" (the nights with the paying parent are the ones that count).
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    /// Asked of someone who receives maintenance: the nights with the other parent.
    pub with_other_parent: Wording,
    /// Asked of the parent who pays: the nights with them.
    pub with_you: Wording,
    pub hint: &'static str,
    /// From the second child on, with the first child's name.
    pub same_as: fn(&str) -> String,
    pub none: &'static str,
    pub a_week: &'static str,
    pub a_fortnight: &'static str,
    pub a_year: &'static str,
    pub shared_equally: &'static str,
    pub shared_equally_hint: &'static str,
    /// The number of nights, after the choices.
    pub nights: &'static str,
    pub nights_hint: &'static str,
    /// Each says its own limits (`intake::children::NIGHTS_A_WEEK` and the others): the tests check that they do.
    pub a_week_errors: NightsErrors,
    pub a_fortnight_errors: NightsErrors,
    pub a_year_errors: NightsErrors,
    /// How an answer reads on check your answers.
    pub summary_value: fn(OvernightStays) -> String,
}

/// The sentences that say whose home the nights are at, each with the child's name.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    pub title: fn(&str) -> String,
    pub not_selected: fn(&str) -> String,
    pub summary_key: fn(&str) -> String,
    /// After "Change", for screen readers.
    pub summary_change: fn(&str) -> String,
}

/// The errors of one of the numbers of nights, each a whole sentence
/// (<https://design-system.service.gov.uk/components/text-input/#error-messages>).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NightsErrors {
    pub missing: &'static str,
    pub not_a_whole_number: &'static str,
    pub out_of_range: &'static str,
}

impl NightsErrors {
    pub fn message(&self, error: NightsError) -> &'static str {
        match error {
            NightsError::Missing => self.missing,
            NightsError::NotAWholeNumber => self.not_a_whole_number,
            NightsError::OutOfRange => self.out_of_range,
        }
    }
}

pub const EN: Copy = Copy {
    with_other_parent: Wording {
        title: |name| format!("How many nights does {name} usually stay with the other parent?"),
        not_selected: |name| format!("Select how many nights {name} usually stays with the other parent"),
        summary_key: |name| format!("Nights {name} stays with the other parent"),
        summary_change: |name| format!("how many nights {name} stays with the other parent"),
    },
    with_you: Wording {
        title: |name| format!("How many nights does {name} usually stay with you?"),
        not_selected: |name| format!("Select how many nights {name} usually stays with you"),
        summary_key: |name| format!("Nights {name} stays with you"),
        summary_change: |name| format!("how many nights {name} stays with you"),
    },
    hint: "Count the nights they sleep there. If it changes from week to week, give about how many nights a year.",
    same_as: |first| format!("The same as for {first}"),
    none: "None",
    a_week: "A number of nights each week",
    a_fortnight: "A number of nights each fortnight",
    a_year: "About a number of nights a year",
    shared_equally: "We share care equally",
    shared_equally_hint: "A caseworker will call you to talk about how care is shared.",
    nights: "Number of nights",
    nights_hint: "If you chose a number of nights each week, each fortnight or a year, enter it here.",
    a_week_errors: NightsErrors {
        missing: "Enter the number of nights each week",
        not_a_whole_number: "The number of nights each week must be a whole number, like 2",
        out_of_range: "The number of nights each week must be between 1 and 7",
    },
    a_fortnight_errors: NightsErrors {
        missing: "Enter the number of nights each fortnight",
        not_a_whole_number: "The number of nights each fortnight must be a whole number, like 4",
        out_of_range: "The number of nights each fortnight must be between 1 and 14",
    },
    a_year_errors: NightsErrors {
        missing: "Enter about how many nights a year",
        not_a_whole_number: "The number of nights a year must be a whole number, like 52",
        out_of_range: "The number of nights a year must be between 1 and 365",
    },
    summary_value: |stays| match stays {
        OvernightStays::None => "None".into(),
        OvernightStays::AWeek(1) => "1 night each week".into(),
        OvernightStays::AWeek(nights) => format!("{nights} nights each week"),
        OvernightStays::AFortnight(1) => "1 night each fortnight".into(),
        OvernightStays::AFortnight(nights) => format!("{nights} nights each fortnight"),
        OvernightStays::AYear(1) => "About 1 night a year".into(),
        OvernightStays::AYear(nights) => format!("About {nights} nights a year"),
        OvernightStays::SharedEqually => "We share care equally".into(),
    },
};

/// A number of nights is said with the singular "noson" ("2 noson", "14 noson"), which takes no mutation after any
/// numeral.
pub const CY: Copy = Copy {
    with_other_parent: Wording {
        title: |name| format!("Sawl noson mae {name} yn aros gyda’r rhiant arall fel arfer?"),
        not_selected: |name| format!("Dewiswch sawl noson mae {name} yn aros gyda’r rhiant arall fel arfer"),
        summary_key: |name| format!("Nosweithiau mae {name} yn aros gyda’r rhiant arall"),
        summary_change: |name| format!("sawl noson mae {name} yn aros gyda’r rhiant arall"),
    },
    with_you: Wording {
        title: |name| format!("Sawl noson mae {name} yn aros gyda chi fel arfer?"),
        not_selected: |name| format!("Dewiswch sawl noson mae {name} yn aros gyda chi fel arfer"),
        summary_key: |name| format!("Nosweithiau mae {name} yn aros gyda chi"),
        summary_change: |name| format!("sawl noson mae {name} yn aros gyda chi"),
    },
    hint: "Cyfrwch y nosweithiau maen nhw’n cysgu yno. Os yw’n newid o wythnos i wythnos, rhowch amcan o sawl noson \
           bob blwyddyn.",
    same_as: |first| format!("Yr un fath ag ar gyfer {first}"),
    none: "Dim un",
    a_week: "Nifer o nosweithiau bob wythnos",
    a_fortnight: "Nifer o nosweithiau bob pythefnos",
    a_year: "Nifer bras o nosweithiau bob blwyddyn",
    shared_equally: "Rydym yn rhannu gofal yn gyfartal",
    shared_equally_hint: "Bydd gweithiwr achos yn eich ffonio i siarad am sut mae gofal yn cael ei rannu.",
    nights: "Nifer y nosweithiau",
    nights_hint: "Os gwnaethoch ddewis nifer o nosweithiau bob wythnos, bob pythefnos neu bob blwyddyn, rhowch y \
                  nifer yma.",
    a_week_errors: NightsErrors {
        missing: "Rhowch nifer y nosweithiau bob wythnos",
        not_a_whole_number: "Rhaid i nifer y nosweithiau bob wythnos fod yn rhif cyfan, fel 2",
        out_of_range: "Rhaid i nifer y nosweithiau bob wythnos fod rhwng 1 a 7",
    },
    a_fortnight_errors: NightsErrors {
        missing: "Rhowch nifer y nosweithiau bob pythefnos",
        not_a_whole_number: "Rhaid i nifer y nosweithiau bob pythefnos fod yn rhif cyfan, fel 4",
        out_of_range: "Rhaid i nifer y nosweithiau bob pythefnos fod rhwng 1 a 14",
    },
    a_year_errors: NightsErrors {
        missing: "Rhowch amcan o sawl noson bob blwyddyn",
        not_a_whole_number: "Rhaid i nifer y nosweithiau bob blwyddyn fod yn rhif cyfan, fel 52",
        out_of_range: "Rhaid i nifer y nosweithiau bob blwyddyn fod rhwng 1 a 365",
    },
    summary_value: |stays| match stays {
        OvernightStays::None => "Dim un".into(),
        OvernightStays::AWeek(1) => "1 noson bob wythnos".into(),
        OvernightStays::AWeek(nights) => format!("{nights} noson bob wythnos"),
        OvernightStays::AFortnight(1) => "1 noson bob pythefnos".into(),
        OvernightStays::AFortnight(nights) => format!("{nights} noson bob pythefnos"),
        OvernightStays::AYear(1) => "Tua 1 noson bob blwyddyn".into(),
        OvernightStays::AYear(nights) => format!("Tua {nights} noson bob blwyddyn"),
        OvernightStays::SharedEqually => "Rydym yn rhannu gofal yn gyfartal".into(),
    },
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// Whose home the nights are at: the other parent's, or (asked of the parent who pays) the applicant's.
    pub fn wording(&self, answers: &intake::Answers) -> &Wording {
        let pays = answers.your_role == Some(intake::eligibility::Role::ParentWithoutCare);
        if pays { &self.with_you } else { &self.with_other_parent }
    }
}

/// The limits the error sentences say.
#[cfg(test)]
pub(super) const LIMITS: [u16; 3] =
    [intake::children::NIGHTS_A_WEEK, intake::children::NIGHTS_A_FORTNIGHT, intake::children::NIGHTS_A_YEAR];
