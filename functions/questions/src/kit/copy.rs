//! The words every question page shares: its button, the "or" between choices, the safety section's
//! title, the support after a disclosure, and the banner when an answer could not be saved. One constant per
//! language.

use templates::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KitCopy {
    pub continue_button: &'static str,
    /// Check your answers' action on each row.
    pub change: &'static str,
    /// Between the choices and a last, exclusive one.
    pub or: &'static str,
    pub none_of_these: &'static str,
    /// The title of every page of the safety section, and the h1 of its first. A page's title is kept in the
    /// browser's history; the safety pages' titles (like their URL) say only this, so that nobody looking at the
    /// history can tell what was asked after a disclosure, or that help was asked for.
    pub your_safety: &'static str,
    pub support_heading: &'static str,
    pub support_intro: &'static str,
    pub support_link: &'static str,
    pub unsaved_heading: &'static str,
    pub unsaved_answer: &'static str,
    /// A request for help that could not be sent: said plainly, with 999 again.
    pub unsaved_request: &'static str,
    /// A child's answer posted when the draft could not be read: the page cannot say which child it is about.
    pub unread_answer: &'static str,
    pub unread_try_again: &'static str,
    pub try_again_button: &'static str,
}

pub const EN: KitCopy = KitCopy {
    continue_button: "Continue",
    change: "Change",
    or: "or",
    none_of_these: "None of these",
    your_safety: "Your safety",
    support_heading: "Support you can get now",
    support_intro: "These helplines are free and confidential. You do not have to give your name.",
    support_link: "How to use this service more safely",
    unsaved_heading: "Sorry, there is a problem with the service",
    unsaved_answer: "Your answer has not been saved yet. What you entered is still below: try again later.",
    unsaved_request: "Your request has not been sent. What you entered is still below: try again. If you are in \
                      immediate danger, call 999.",
    unread_answer: "Your answer has not been saved yet.",
    unread_try_again: "Try again later. Select ‘Try again’ to send the answer you gave again.",
    try_again_button: "Try again",
};

pub const CY: KitCopy = KitCopy {
    continue_button: "Parhau",
    change: "Newid",
    or: "neu",
    none_of_these: "Dim un o’r rhain",
    your_safety: "Eich diogelwch",
    support_heading: "Cymorth y gallwch ei gael nawr",
    support_intro: "Mae’r llinellau cymorth hyn am ddim ac yn gyfrinachol. Nid oes rhaid i chi roi eich enw.",
    support_link: "Sut i ddefnyddio’r gwasanaeth hwn yn fwy diogel",
    unsaved_heading: "Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth",
    unsaved_answer: "Nid yw eich ateb wedi’i gadw eto. Mae’r hyn a roesoch i mewn yn dal i fod isod: rhowch gynnig arall \
                     arni yn nes ymlaen.",
    unsaved_request: "Nid yw eich cais wedi’i anfon. Mae’r hyn a roesoch i mewn yn dal i fod isod: rhowch gynnig arall \
                      arni. Os ydych mewn perygl uniongyrchol, ffoniwch 999.",
    unread_answer: "Nid yw eich ateb wedi’i gadw eto.",
    unread_try_again: "Rhowch gynnig arall arni yn nes ymlaen. Dewiswch ‘Rhowch gynnig arall arni’ i anfon yr ateb a \
                       roesoch eto.",
    try_again_button: "Rhowch gynnig arall arni",
};

impl KitCopy {
    pub fn of(lang: Lang) -> &'static KitCopy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
