//! The words of the page around every page's content: the layout, the error summary and messages, Exit this page
//! and the footer. One constant per language ([`crate::Lang`]).

use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutCopy {
    /// Before a page's title when the page has errors: "Error: ".
    pub error_title_prefix: &'static str,
    /// The last part of every title.
    pub gov_uk: &'static str,
    pub apply_service_name: &'static str,
    pub casework_service_name: &'static str,
    /// The Language navigation's aria-label, in the page's language.
    pub language_navigation_label: &'static str,
    /// Read by screen readers after this language's name in the Language navigation of a page in the other
    /// language, so it is written in this one.
    pub language_description: &'static str,
    /// Read by screen readers in place of the warning text's "!" icon.
    pub warning: &'static str,
    /// The Service navigation's landmark.
    pub service_information: &'static str,
    pub skip_to_main_content: &'static str,
    pub back: &'static str,
    /// The error summary's title.
    pub there_is_a_problem: &'static str,
    /// Before each error message, for screen readers ("Error: Enter your name").
    pub error_message_prefix: &'static str,
    /// Exit this page's button and its secondary skip link.
    pub exit_this_page: &'static str,
    /// Before the button's words, for screen readers.
    pub exit_this_page_emergency: &'static str,
    /// govuk-frontend's ExitThisPage i18n string `activated`.
    pub exit_this_page_activated: &'static str,
    /// govuk-frontend's ExitThisPage i18n string `timedOut`.
    pub exit_this_page_timed_out: &'static str,
    /// govuk-frontend's ExitThisPage i18n string `pressTwoMoreTimes`.
    pub exit_this_page_press_two_more_times: &'static str,
    /// govuk-frontend's ExitThisPage i18n string `pressOneMoreTime`.
    pub exit_this_page_press_one_more_time: &'static str,
    pub support_links: &'static str,
    pub accessibility_statement: &'static str,
    pub privacy: &'static str,
    pub cookies: &'static str,
    /// "All content is available under the " … licence … ", except where otherwise stated".
    pub licence_before: &'static str,
    pub licence: &'static str,
    pub licence_after: &'static str,
    pub crown_copyright: &'static str,
}

pub const EN: LayoutCopy = LayoutCopy {
    error_title_prefix: "Error: ",
    gov_uk: "GOV.UK",
    apply_service_name: "Apply for child maintenance",
    casework_service_name: "Child maintenance applications",
    language_navigation_label: "Choose a language",
    language_description: "Change the language to English",
    warning: "Warning",
    service_information: "Service information",
    skip_to_main_content: "Skip to main content",
    back: "Back",
    there_is_a_problem: "There is a problem",
    error_message_prefix: "Error",
    exit_this_page: "Exit this page",
    exit_this_page_emergency: "Emergency",
    exit_this_page_activated: "Loading.",
    exit_this_page_timed_out: "Exit this page expired.",
    exit_this_page_press_two_more_times: "Shift, press 2 more times to exit.",
    exit_this_page_press_one_more_time: "Shift, press 1 more time to exit.",
    support_links: "Support links",
    accessibility_statement: "Accessibility statement",
    privacy: "Privacy",
    cookies: "Cookies",
    licence_before: "All content is available under the ",
    licence: "Open Government Licence v3.0",
    licence_after: ", except where otherwise stated",
    crown_copyright: "© Crown copyright",
};

pub const CY: LayoutCopy = LayoutCopy {
    error_title_prefix: "Gwall: ",
    gov_uk: "GOV.UK",
    apply_service_name: "Gwneud cais am gynhaliaeth plant",
    casework_service_name: "Ceisiadau cynhaliaeth plant",
    language_navigation_label: "Dewis iaith",
    language_description: "Newid yr iaith i’r Gymraeg",
    warning: "Rhybudd",
    service_information: "Gwybodaeth am y gwasanaeth",
    skip_to_main_content: "Neidio i’r prif gynnwys",
    back: "Yn ôl",
    there_is_a_problem: "Mae problem wedi codi",
    error_message_prefix: "Gwall",
    exit_this_page: "Gadael y dudalen hon",
    exit_this_page_emergency: "Argyfwng",
    exit_this_page_activated: "Yn llwytho.",
    exit_this_page_timed_out: "Mae Gadael y dudalen hon wedi dod i ben.",
    exit_this_page_press_two_more_times: "Shift, pwyswch 2 waith eto i adael.",
    exit_this_page_press_one_more_time: "Shift, pwyswch 1 waith eto i adael.",
    support_links: "Cysylltiadau cymorth",
    accessibility_statement: "Datganiad hygyrchedd",
    privacy: "Preifatrwydd",
    cookies: "Cwcis",
    licence_before: "Mae’r holl gynnwys ar gael o dan ",
    licence: "Drwydded Agored y Llywodraeth v3.0",
    licence_after: ", ac eithrio ble nodir yn wahanol",
    crown_copyright: "© Hawlfraint y Goron",
};

impl LayoutCopy {
    pub fn of(lang: Lang) -> &'static LayoutCopy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
