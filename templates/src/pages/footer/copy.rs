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

    pub const CY: Copy = Copy {
        title: "Cwcis",
        one_cookie: "Mae’r gwasanaeth hwn yn rhoi un ffeil fach (a elwir yn gwci) ar eich dyfais.",
        essential: "Mae’n hanfodol: mae’n cysylltu’r tudalennau rydych chi’n ymweld â nhw â’r atebion rydych chi \
                    wedi’u rhoi, fel nad oes rhaid i chi ateb yr un cwestiynau ddwywaith. Nid ydym yn defnyddio \
                    unrhyw gwcis eraill, felly nid ydym yn gofyn am eich caniatâd.",
        essential_cookie: "Cwci hanfodol",
        name_header: "Enw",
        purpose_header: "Diben",
        expires_header: "Yn dod i ben",
        session_purpose: "Yn cadw eich atebion gyda’i gilydd wrth i chi wneud cais",
        session_expires: "Pan fyddwch yn cau eich porwr, neu pan fyddwch yn defnyddio Gadael y dudalen hon",
        no_tracking: "Nid ydym yn defnyddio dadansoddeg nac unrhyw wasanaeth sy’n eich tracio ar draws gwefannau.",
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
                Lang::Cy => &CY,
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

    pub const CY: Copy = Copy {
        title: "Preifatrwydd",
        data_controller: "Yr Adran Gwaith a Phensiynau (DWP) yw’r rheolydd data ar gyfer yr wybodaeth rydych chi’n \
                          ei rhoi yn y cais hwn. Mae’r Gwasanaeth Cynhaliaeth Plant yn rhan o DWP.",
        use_heading: "Ar gyfer beth rydym yn defnyddio eich gwybodaeth",
        use_: "Rydym yn ei defnyddio i sefydlu a rheoli cynhaliaeth plant ar gyfer y plant rydych chi’n dweud wrthym \
               amdanyn nhw.",
        shared_heading: "Beth rydym yn ei rannu gyda’r rhiant arall",
        shared: "Rydym yn rhannu eich enw ac enwau’r plant gyda’r rhiant arall. Nid ydym yn rhannu eich cyfeiriad na’ch \
                 manylion cyswllt.",
        kept_heading: "Am ba hyd rydym yn ei chadw",
        kept: "Mae atebion nad ydych wedi’u hanfon yn cael eu dileu ar ôl 24 awr. Unwaith y byddwch yn anfon eich cais, \
               bydd yn dod yn rhan o’ch achos cynhaliaeth plant.",
        charter: LinkedSentence {
            before_link: "Darllenwch ",
            link_text: "siarter gwybodaeth bersonol DWP",
            after_link: " i gael gwybod am eich hawliau.",
        },
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
                Lang::Cy => &CY,
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

    pub const CY: Copy = Copy {
        title: "Datganiad hygyrchedd",
        applies_to: "Mae’r datganiad hwn yn berthnasol i’r gwasanaeth Gwneud cais am gynhaliaeth plant. Rydym eisiau \
                     i gymaint o bobl â phosibl allu ei ddefnyddio. Dylech allu:",
        change_colours: "newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau’r porwr neu’r \
                         ddyfais",
        zoom: "chwyddo hyd at 400% heb i’r testun fynd oddi ar y sgrin",
        keyboard: "llywio drwy’r gwasanaeth cyfan gan ddefnyddio bysellfwrdd yn unig neu feddalwedd adnabod lleferydd",
        no_javascript: "defnyddio’r gwasanaeth cyfan gyda JavaScript wedi’i ddiffodd",
        screen_reader: "gwrando ar y gwasanaeth cyfan gan ddefnyddio darllenydd sgrin",
        compliance_heading: "Statws cydymffurfio",
        compliance: "Ein nod yw bodloni safon AA fersiwn 2.2 o Ganllawiau Hygyrchedd Cynnwys y We (WCAG). Mae pob \
                     tudalen yn cael ei gwirio ag offer awtomataidd wrth iddi gael ei hadeiladu; nid yw’r gwasanaeth \
                     wedi cael archwiliad annibynnol eto.",
        reporting_heading: "Rhoi gwybod am broblemau hygyrchedd",
        reporting: LinkedSentence {
            before_link: "Os byddwch yn dod o hyd i broblem, neu os oes angen y cais arnoch mewn fformat arall, \
                          cysylltwch â’r Gwasanaeth Cynhaliaeth Plant: ",
            link_text: "manylion cyswllt y Gwasanaeth Cynhaliaeth Plant",
            after_link: ".",
        },
        enforcement_heading: "Gweithdrefn orfodi",
        enforcement: LinkedSentence {
            before_link: "Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi’r rheoliadau \
                          hygyrchedd. Os nad ydych yn hapus â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r ",
            link_text: "Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)",
            after_link: ".",
        },
    };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
                Lang::Cy => &CY,
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
