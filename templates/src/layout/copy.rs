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
    skip_to_main_content: "Skip to main content",
    back: "Back",
    there_is_a_problem: "There is a problem",
    error_message_prefix: "Error",
    exit_this_page: "Exit this page",
    exit_this_page_emergency: "Emergency",
    support_links: "Support links",
    accessibility_statement: "Accessibility statement",
    privacy: "Privacy",
    cookies: "Cookies",
    licence_before: "All content is available under the ",
    licence: "Open Government Licence v3.0",
    licence_after: ", except where otherwise stated",
    crown_copyright: "© Crown copyright",
};

impl LayoutCopy {
    pub fn of(lang: Lang) -> &'static LayoutCopy {
        match lang {
            Lang::En => &EN,
        }
    }
}
