//! The words of the pages the footer links to, one module per page, each with the page's `Copy`, its `EN`
//! constant and `Copy::of`, as the question pages' `copy.rs` are.

pub use crate::pages::copy::LinkedSentence;

/// "Cookies".
pub mod cookies {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub one_cookie: &'static str,
        pub essential: &'static str,
        /// The table's caption.
        pub essential_cookie: &'static str,
        pub name_header: &'static str,
        pub purpose_header: &'static str,
        pub expires_header: &'static str,
        /// The session cookie's purpose, in the table.
        pub session_purpose: &'static str,
        /// When the session cookie expires, in the table.
        pub session_expires: &'static str,
        pub no_tracking: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Cookies",
        one_cookie: "This service puts one small file (known as a cookie) onto your device.",
        essential: "It is essential: it connects the pages you visit to the answers you have given, so you do not \
                    have to answer the same questions twice. We do not use any other cookies, so we do not ask for \
                    your permission.",
        essential_cookie: "Essential cookie",
        name_header: "Name",
        purpose_header: "Purpose",
        expires_header: "Expires",
        session_purpose: "Keeps your answers together while you apply",
        session_expires: "When you close your browser, or when you use Exit this page",
        no_tracking: "We do not use analytics or any service that tracks you across websites.",
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
            }
        }
    }
}

/// "Privacy".
pub mod privacy {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub data_controller: &'static str,
        pub use_heading: &'static str,
        pub use_: &'static str,
        pub shared_heading: &'static str,
        pub shared: &'static str,
        pub kept_heading: &'static str,
        /// How long answers are kept: `intake::store::DRAFT_LIFETIME`.
        pub kept: &'static str,
        /// Links to DWP's personal information charter.
        pub charter: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: "Privacy",
        data_controller: "The Department for Work and Pensions (DWP) is the data controller for the information you \
                          give in this application. The Child Maintenance Service is part of DWP.",
        use_heading: "What we use your information for",
        use_: "We use it to set up and manage child maintenance for the children you tell us about.",
        shared_heading: "What we share with the other parent",
        shared: "We share your name and the children's names with the other parent. We do not share your address \
                 or your contact details.",
        kept_heading: "How long we keep it",
        kept: "Answers you have not sent are deleted after 24 hours. Once you send your application, it becomes part \
               of your child maintenance case.",
        charter: LinkedSentence {
            before_link: "Read the ",
            link_text: "DWP personal information charter",
            after_link: " to find out about your rights.",
        },
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
            }
        }
    }
}

/// "Accessibility statement".
pub mod accessibility {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub applies_to: &'static str,
        pub change_colours: &'static str,
        pub zoom: &'static str,
        pub keyboard: &'static str,
        pub no_javascript: &'static str,
        pub screen_reader: &'static str,
        pub compliance_heading: &'static str,
        pub compliance: &'static str,
        pub reporting_heading: &'static str,
        /// Links to the Child Maintenance Service's contact details.
        pub reporting: LinkedSentence,
        pub enforcement_heading: &'static str,
        /// Links to the Equality Advisory and Support Service.
        pub enforcement: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: "Accessibility statement",
        applies_to: "This statement applies to the Apply for child maintenance service. We want as many people as \
                     possible to be able to use it. You should be able to:",
        change_colours: "change colours, contrast levels and fonts using browser or device settings",
        zoom: "zoom in up to 400% without the text spilling off the screen",
        keyboard: "navigate the whole service using just a keyboard or speech recognition software",
        no_javascript: "use the whole service with JavaScript turned off",
        screen_reader: "listen to the whole service using a screen reader",
        compliance_heading: "Compliance status",
        compliance: "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. Every \
                     page is checked with automated tools as it is built; the service has not yet had an independent \
                     audit.",
        reporting_heading: "Reporting accessibility problems",
        reporting: LinkedSentence {
            before_link: "If you find a problem, or need the application in another format, contact the Child \
                          Maintenance Service: ",
            link_text: "Child Maintenance Service contact details",
            after_link: ".",
        },
        enforcement_heading: "Enforcement procedure",
        enforcement: LinkedSentence {
            before_link: "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the \
                          accessibility regulations. If you are not happy with how we respond to your complaint, \
                          contact the ",
            link_text: "Equality Advisory and Support Service (EASS)",
            after_link: ".",
        },
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use intake::store::DRAFT_LIFETIME;

    /// The privacy page says how long answers are kept in words; the store's lifetime is the one that counts.
    #[test]
    fn the_hours_said_are_the_drafts_lifetime() {
        assert!(super::privacy::EN.kept.contains(&format!("after {} hours", DRAFT_LIFETIME.whole_hours())));
    }
}
