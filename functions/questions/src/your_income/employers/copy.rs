use intake::paying_parent::MAX_EMPLOYERS;
use templates::Lang;

/// "Who do you work for?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub more_than_three: &'static str,
    /// Each field's label, in order.
    pub labels: [&'static str; MAX_EMPLOYERS],
    /// No name given.
    pub empty: &'static str,
    /// Each field's name too long: says `ShortText::MAX_CHARS` (tested).
    pub too_long: [&'static str; MAX_EMPLOYERS],
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Who do you work for?",
    more_than_three: "If you have more than 3 employers, give the 3 you earn the most from.",
    labels: [
        "Your employer’s name",
        "Your second employer’s name (if you have one)",
        "Your third employer’s name (if you have one)",
    ],
    empty: "Enter your employer’s name",
    too_long: [
        "Your employer’s name must be 100 characters or less",
        "Your second employer’s name must be 100 characters or less",
        "Your third employer’s name must be 100 characters or less",
    ],
    summary_key: "Your employers",
    summary_change: "who you work for",
};

pub const CY: Copy = Copy {
    title: "I bwy ydych chi’n gweithio?",
    more_than_three: "Os oes gennych fwy na 3 chyflogwr, rhowch y 3 rydych yn ennill fwyaf ganddynt.",
    labels: [
        "Enw eich cyflogwr",
        "Enw eich ail gyflogwr (os oes gennych un)",
        "Enw eich trydydd cyflogwr (os oes gennych un)",
    ],
    empty: "Rhowch enw eich cyflogwr",
    too_long: [
        "Rhaid i enw eich cyflogwr fod yn 100 o gymeriadau neu lai",
        "Rhaid i enw eich ail gyflogwr fod yn 100 o gymeriadau neu lai",
        "Rhaid i enw eich trydydd cyflogwr fod yn 100 o gymeriadau neu lai",
    ],
    summary_key: "Eich cyflogwyr",
    summary_change: "i bwy rydych yn gweithio",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
