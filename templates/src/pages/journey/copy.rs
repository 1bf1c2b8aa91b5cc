//! The words of the pages around the questions, one module per page (and one for each part several pages share),
//! each with the page's `Copy`, its `EN` constant and `Copy::of`, as the question pages' `copy.rs` are.

pub use crate::pages::copy::LinkedSentence;

/// The warning shown first on the pages about safety.
pub mod emergency_warning {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        /// 999 first, and the Silent Solution for someone who cannot speak (docs/domain.md, "Helplines and
        /// emergency advice").
        pub text: &'static str,
    }

    pub const EN: Copy = Copy {
        text: "If you are in immediate danger, call 999. If you cannot speak, call 999 from a mobile, then press 55 \
               when asked: this is the Silent Solution, and it tells the operator you need help.",
    };

    pub const CY: Copy = Copy {
        text: "Os ydych chi mewn perygl uniongyrchol, ffoniwch 999. Os na allwch siarad, ffoniwch 999 o ffôn symudol, \
               yna pwyswch 55 pan ofynnir i chi: yr enw ar hyn yw’r Silent Solution, ac mae’n dweud wrth y \
               gweithredwr bod angen help arnoch.",
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

/// The list of helplines. Each helpline's name and description are `intake::helplines`' own.
pub mod helplines {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        /// Before the number to call, which is a link: "Phone: ".
        pub phone_label: &'static str,
        /// Before the number to text: "Text: ".
        pub text_label: &'static str,
    }

    pub const EN: Copy = Copy { phone_label: "Phone: ", text_label: "Text: " };

    pub const CY: Copy = Copy { phone_label: "Ffôn: ", text_label: "Neges destun: " };

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
                Lang::Cy => &CY,
            }
        }
    }
}

/// "Staying safe online".
pub mod staying_safe_online {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub intro: &'static str,
        pub other_device_heading: &'static str,
        pub other_device: &'static str,
        pub private_browsing_heading: &'static str,
        pub private_browsing: &'static str,
        pub delete_history_heading: &'static str,
        pub delete_history: &'static str,
        pub exit_this_page_heading: &'static str,
        pub exit_this_page: &'static str,
        pub exit_this_page_keeps_history: &'static str,
        pub talk_to_someone_heading: &'static str,
        pub helplines_intro: &'static str,
        pub find_out_more_heading: &'static str,
        pub refuge_link: &'static str,
        pub womens_aid_link: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Staying safe online",
        intro: "If you are worried that someone checks your phone or computer, these steps can make it harder for them \
                to see that you have used this service. None of them is perfect.",
        other_device_heading: "Use a device they cannot get to",
        other_device: "The safest way is to use a phone or computer the other person never uses and cannot check, \
                       such as a friend's phone, or a computer at a library, a community centre or work.",
        private_browsing_heading: "Use private browsing",
        private_browsing: "Private browsing (sometimes called incognito mode) stops your browser keeping a history of \
                           the pages you visit once you close the window. It does not hide what you do from your \
                           internet provider, your employer, or software someone has installed on your device to \
                           watch you.",
        delete_history_heading: "Delete this service from your history",
        delete_history: "You can delete the pages of this service from your browser's history after you have used \
                         it. Deleting your whole history could make someone suspicious, so you may prefer to delete \
                         only these pages.",
        exit_this_page_heading: "What Exit this page does",
        exit_this_page: "Once you start an application, every page has an Exit this page button, and pressing the \
                         Shift key 3 times does the same. It takes you straight to the BBC Weather website, deletes \
                         the answers you have given and ends your session, so going Back does not show them.",
        exit_this_page_keeps_history: "It does not delete your browser history. Someone using this device could \
                                       still see that you visited this service, unless you used private browsing \
                                       or delete it from your history.",
        talk_to_someone_heading: "Talk to someone",
        helplines_intro: "These helplines are free and confidential. You do not have to give your name.",
        find_out_more_heading: "Find out more",
        refuge_link: "Refuge: secure your tech",
        womens_aid_link: "Women's Aid: cover your tracks online",
    };

    pub const CY: Copy = Copy {
        title: "Cadw’n ddiogel ar-lein",
        intro: "Os ydych chi’n poeni bod rhywun yn gwirio eich ffôn neu’ch cyfrifiadur, gall y camau hyn ei gwneud yn \
                anoddach iddyn nhw weld eich bod wedi defnyddio’r gwasanaeth hwn. Nid oes yr un ohonyn nhw’n \
                berffaith.",
        other_device_heading: "Defnyddiwch ddyfais na allan nhw gael gafael arni",
        other_device: "Y ffordd fwyaf diogel yw defnyddio ffôn neu gyfrifiadur nad yw’r person arall byth yn ei \
                       ddefnyddio ac na all ei wirio, fel ffôn ffrind, neu gyfrifiadur mewn llyfrgell, mewn canolfan \
                       gymunedol neu yn y gwaith.",
        private_browsing_heading: "Defnyddiwch bori preifat",
        private_browsing: "Mae pori preifat (a elwir weithiau’n fodd incognito) yn atal eich porwr rhag cadw hanes \
                           o’r tudalennau rydych chi’n ymweld â nhw ar ôl i chi gau’r ffenestr. Nid yw’n cuddio’r \
                           hyn rydych chi’n ei wneud rhag eich darparwr rhyngrwyd, eich cyflogwr, na meddalwedd y \
                           mae rhywun wedi’i gosod ar eich dyfais i’ch gwylio.",
        delete_history_heading: "Dilëwch y gwasanaeth hwn o’ch hanes",
        delete_history: "Gallwch ddileu tudalennau’r gwasanaeth hwn o hanes eich porwr ar ôl i chi ei ddefnyddio. \
                         Gallai dileu eich holl hanes wneud rhywun yn amheus, felly efallai y byddai’n well gennych \
                         ddileu’r tudalennau hyn yn unig.",
        exit_this_page_heading: "Beth mae Gadael y dudalen hon yn ei wneud",
        exit_this_page: "Pan fyddwch yn dechrau cais, mae botwm Gadael y dudalen hon ar bob tudalen, ac mae pwyso’r \
                         fysell Shift 3 gwaith yn gwneud yr un peth. Mae’n mynd â chi’n syth i wefan BBC Weather, \
                         yn dileu’r atebion rydych chi wedi’u rhoi ac yn dod â’ch sesiwn i ben, felly ni fydd mynd \
                         yn ôl yn eu dangos.",
        exit_this_page_keeps_history: "Nid yw’n dileu hanes eich porwr. Gallai rhywun sy’n defnyddio’r ddyfais \
                                       hon weld o hyd eich bod wedi ymweld â’r gwasanaeth hwn, oni bai eich bod \
                                       wedi defnyddio pori preifat neu’n ei ddileu o’ch hanes.",
        talk_to_someone_heading: "Siaradwch â rhywun",
        helplines_intro: "Mae’r llinellau cymorth hyn yn rhad ac am ddim ac yn gyfrinachol. Nid oes rhaid i chi roi \
                          eich enw.",
        find_out_more_heading: "Rhagor o wybodaeth",
        refuge_link: "Refuge: diogelu eich technoleg",
        womens_aid_link: "Women’s Aid: cuddio eich olion ar-lein",
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

/// The start page: "Apply for child maintenance".
pub mod start {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        /// The service's name.
        pub title: &'static str,
        pub intro: &'static str,
        /// In bold.
        pub free: &'static str,
        pub time_taken: &'static str,
        pub before_you_start_heading: &'static str,
        pub it_will_help_to_have: &'static str,
        pub national_insurance_number: &'static str,
        pub bank_details: &'static str,
        pub childrens_names: &'static str,
        pub other_parents_details: &'static str,
        pub not_everything_needed: &'static str,
        pub start_now: &'static str,
        pub staying_safe_heading: &'static str,
        /// Links to "Staying safe online".
        pub staying_safe: LinkedSentence,
        pub northern_ireland_heading: &'static str,
        /// Links to Child Maintenance Choices on nidirect.
        pub northern_ireland: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: crate::layout::copy::EN.apply_service_name,
        intro: "Use this service to apply to the Child Maintenance Service to arrange child maintenance for children \
                who live in England, Scotland or Wales.",
        free: "It is free to apply.",
        time_taken: "It usually takes about 20 minutes.",
        before_you_start_heading: "Before you start",
        it_will_help_to_have: "It will help to have:",
        national_insurance_number: "your National Insurance number",
        bank_details: "your bank account details, if you have an account",
        childrens_names: "the full names and dates of birth of the children",
        other_parents_details: "the other parent's full name, and anything else you know about them, such as their \
                                address",
        not_everything_needed: "You do not need to know everything about the other parent: if you only know their \
                                name, you can still apply.",
        start_now: "Start now",
        staying_safe_heading: "Staying safe online",
        staying_safe: LinkedSentence {
            before_link: "If you are worried that someone might see you have used this service, read about ",
            link_text: "staying safe online",
            after_link: " before you start.",
        },
        northern_ireland_heading: "If you live in Northern Ireland",
        northern_ireland: LinkedSentence {
            before_link: "Apply through ",
            link_text: "Child Maintenance Choices on nidirect",
            after_link: ".",
        },
    };

    pub const CY: Copy = Copy {
        title: crate::layout::copy::CY.apply_service_name,
        intro: "Defnyddiwch y gwasanaeth hwn i wneud cais i’r Gwasanaeth Cynhaliaeth Plant i drefnu cynhaliaeth plant \
                ar gyfer plant sy’n byw yn Lloegr, yr Alban neu Gymru.",
        free: "Mae’n rhad ac am ddim i wneud cais.",
        time_taken: "Fel arfer, mae’n cymryd tua 20 munud.",
        before_you_start_heading: "Cyn i chi ddechrau",
        it_will_help_to_have: "Bydd yn help os oes gennych:",
        national_insurance_number: "eich rhif Yswiriant Gwladol",
        bank_details: "manylion eich cyfrif banc, os oes gennych gyfrif",
        childrens_names: "enwau llawn a dyddiadau geni’r plant",
        other_parents_details: "enw llawn y rhiant arall, ac unrhyw beth arall rydych chi’n ei wybod amdanyn nhw, \
                                fel eu cyfeiriad",
        not_everything_needed: "Nid oes angen i chi wybod popeth am y rhiant arall: os mai dim ond eu henw rydych \
                                chi’n ei wybod, gallwch wneud cais o hyd.",
        start_now: "Dechrau nawr",
        staying_safe_heading: "Cadw’n ddiogel ar-lein",
        staying_safe: LinkedSentence {
            before_link: "Os ydych chi’n poeni y gallai rhywun weld eich bod wedi defnyddio’r gwasanaeth hwn, \
                          darllenwch am ",
            link_text: "gadw’n ddiogel ar-lein",
            after_link: " cyn i chi ddechrau.",
        },
        northern_ireland_heading: "Os ydych chi’n byw yng Ngogledd Iwerddon",
        northern_ireland: LinkedSentence {
            before_link: "Gwnewch gais drwy ",
            link_text: "Child Maintenance Choices ar nidirect",
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

/// "Before you start".
pub mod before_you_start {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub we_will_ask_you: &'static str,
        pub whether_cms_can_help: &'static str,
        pub about_you: &'static str,
        pub how_paid: &'static str,
        /// How long answers are kept: `intake::store::DRAFT_LIFETIME`.
        pub answers_kept: &'static str,
        pub leaving_quickly_heading: &'static str,
        pub exit_this_page: &'static str,
        pub keyboard: &'static str,
        /// Links to "Staying safe online".
        pub browser_history: LinkedSentence,
        pub continue_button: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Before you start",
        we_will_ask_you: "We will ask you:",
        whether_cms_can_help: "whether the Child Maintenance Service can help you",
        about_you: "about you, the children and the other parent",
        how_paid: "how you want child maintenance to be paid",
        answers_kept: "We keep your answers for 24 hours so that you can come back to them in the same browser. \
                       If you do not send your application within 24 hours, we delete them.",
        leaving_quickly_heading: "Leaving this service quickly",
        exit_this_page: "From the next page, every page has an Exit this page button. Use it if you need to leave \
                         the service quickly: it takes you to the BBC Weather website and deletes the answers you \
                         have given.",
        keyboard: "On a keyboard you can also press the Shift key 3 times. If you use the Tab key or a screen reader, \
                   Exit this page is the second link on every page, after Skip to main content.",
        browser_history: LinkedSentence {
            before_link: "Exit this page does not delete your browser history: someone using this device could \
                          still see that you visited this service. Read about ",
            link_text: "staying safe online",
            after_link: " to find out what you can do.",
        },
        continue_button: "Continue",
    };

    pub const CY: Copy = Copy {
        title: "Cyn i chi ddechrau",
        we_will_ask_you: "Byddwn yn gofyn i chi:",
        whether_cms_can_help: "a all y Gwasanaeth Cynhaliaeth Plant eich helpu",
        about_you: "amdanoch chi, y plant a’r rhiant arall",
        how_paid: "sut rydych chi eisiau i gynhaliaeth plant gael ei thalu",
        answers_kept: "Rydym yn cadw eich atebion am 24 awr fel y gallwch ddod yn ôl atyn nhw yn yr un porwr. Os na \
                       fyddwch yn anfon eich cais o fewn 24 awr, byddwn yn eu dileu.",
        leaving_quickly_heading: "Gadael y gwasanaeth hwn yn gyflym",
        exit_this_page: "O’r dudalen nesaf ymlaen, mae botwm Gadael y dudalen hon ar bob tudalen. Defnyddiwch ef os \
                         oes angen i chi adael y gwasanaeth yn gyflym: mae’n mynd â chi i wefan BBC Weather ac yn \
                         dileu’r atebion rydych chi wedi’u rhoi.",
        keyboard: "Ar fysellfwrdd, gallwch hefyd bwyso’r fysell Shift 3 gwaith. Os ydych chi’n defnyddio’r fysell Tab \
                   neu ddarllenydd sgrin, Gadael y dudalen hon yw’r ail ddolen ar bob tudalen, ar ôl Neidio i’r prif \
                   gynnwys.",
        browser_history: LinkedSentence {
            before_link: "Nid yw Gadael y dudalen hon yn dileu hanes eich porwr: gallai rhywun sy’n defnyddio’r \
                          ddyfais hon weld o hyd eich bod wedi ymweld â’r gwasanaeth hwn. Darllenwch am ",
            link_text: "gadw’n ddiogel ar-lein",
            after_link: " i gael gwybod beth y gallwch ei wneud.",
        },
        continue_button: "Parhau",
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

/// "You need to apply in Northern Ireland".
pub mod northern_ireland {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub service_is_for: &'static str,
        /// Links to Child Maintenance Choices on nidirect.
        pub contact_nidirect: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: "You need to apply in Northern Ireland",
        service_is_for: "This service is for people who live in England, Scotland or Wales.",
        contact_nidirect: LinkedSentence {
            before_link: "If you live in Northern Ireland, contact ",
            link_text: "Child Maintenance Choices on nidirect",
            after_link: ". They will talk you through your options and help you apply to the Northern Ireland Child \
                         Maintenance Service.",
        },
    };

    pub const CY: Copy = Copy {
        title: "Mae angen i chi wneud cais yng Ngogledd Iwerddon",
        service_is_for: "Mae’r gwasanaeth hwn ar gyfer pobl sy’n byw yn Lloegr, yr Alban neu Gymru.",
        contact_nidirect: LinkedSentence {
            before_link: "Os ydych chi’n byw yng Ngogledd Iwerddon, cysylltwch â ",
            link_text: "Child Maintenance Choices ar nidirect",
            after_link: ". Byddan nhw’n esbonio eich opsiynau i chi ac yn eich helpu i wneud cais i Wasanaeth \
                         Cynhaliaeth Plant Gogledd Iwerddon.",
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

/// "The Child Maintenance Service cannot help you": the applicant does not live in the UK.
pub mod outside_the_uk {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub main_home: &'static str,
        /// Links to GOV.UK's "Child maintenance if one parent lives abroad".
        pub courts_abroad: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: "The Child Maintenance Service cannot help you",
        main_home: "You can only use this service if your main home is in the UK.",
        courts_abroad: LinkedSentence {
            before_link: "If you live abroad and the other parent lives in the UK, you may be able to get maintenance \
                          through the courts where you live. Find out about ",
            link_text: "child maintenance if one parent lives abroad",
            after_link: ".",
        },
    };

    pub const CY: Copy = Copy {
        title: "Ni all y Gwasanaeth Cynhaliaeth Plant eich helpu",
        main_home: "Dim ond os yw eich prif gartref yn y DU y gallwch ddefnyddio’r gwasanaeth hwn.",
        courts_abroad: LinkedSentence {
            before_link: "Os ydych chi’n byw dramor a bod y rhiant arall yn byw yn y DU, efallai y gallwch gael \
                          cynhaliaeth drwy’r llysoedd lle rydych chi’n byw. Dysgwch am ",
            link_text: "gynhaliaeth plant os yw un rhiant yn byw dramor",
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

/// "The Child Maintenance Service cannot arrange maintenance for …": a child aged 16 to 19 not in approved
/// education, or married or in a civil partnership; why, and what the applicant can do.
pub mod children_not_eligible {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy)]
    pub struct Copy {
        /// With the child's name.
        pub title: fn(&str) -> String,
        /// When more than one child is not eligible.
        pub title_several: &'static str,
        pub why: &'static str,
        pub what_you_can_do: &'static str,
        /// A link to the page that removes the child, with their name.
        pub remove: fn(&str) -> String,
        pub other_children: &'static str,
        pub change_answer: &'static str,
        /// Links to GOV.UK's "Arranging child maintenance yourself".
        pub family_based_arrangement: LinkedSentence,
    }

    pub const EN: Copy = Copy {
        title: |name| format!("The Child Maintenance Service cannot arrange maintenance for {name}"),
        title_several: "The Child Maintenance Service cannot arrange maintenance for some of the children",
        why: "It can only arrange maintenance for a child under 16, or a child aged 16 to 19 who is in approved \
              full-time education and has not married or formed a civil partnership.",
        what_you_can_do: "What you can do",
        remove: |name| format!("Remove {name} from your application"),
        other_children: "You can still apply for any other children.",
        change_answer: "If you gave a wrong answer, go back and change it.",
        family_based_arrangement: LinkedSentence {
            before_link: "You can agree a family-based arrangement with the other parent instead. ",
            link_text: "Find out about arranging child maintenance yourself",
            after_link: ".",
        },
    };

    pub const CY: Copy = Copy {
        title: |name| format!("Ni all y Gwasanaeth Cynhaliaeth Plant drefnu cynhaliaeth ar gyfer {name}"),
        title_several: "Ni all y Gwasanaeth Cynhaliaeth Plant drefnu cynhaliaeth ar gyfer rhai o’r plant",
        why: "Dim ond ar gyfer plentyn dan 16 oed y gall drefnu cynhaliaeth, neu ar gyfer plentyn rhwng 16 a 19 oed \
              sydd mewn addysg amser llawn gymeradwy ac nad yw wedi priodi na ffurfio partneriaeth sifil.",
        what_you_can_do: "Beth y gallwch ei wneud",
        remove: |name| format!("Tynnu {name} o’ch cais"),
        other_children: "Gallwch wneud cais o hyd ar gyfer unrhyw blant eraill.",
        change_answer: "Os rhoesoch ateb anghywir, ewch yn ôl a’i newid.",
        family_based_arrangement: LinkedSentence {
            before_link: "Gallwch gytuno ar drefniant teuluol gyda’r rhiant arall yn lle hynny. ",
            link_text: "Dysgwch am drefnu cynhaliaeth plant eich hun",
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

/// "The Child Maintenance Service cannot help while this court order is in place".
pub mod other_parent_abroad {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub only_uk_employer: &'static str,
        pub receiving_parent: &'static str,
        pub instead_heading: &'static str,
        /// Links to GOV.UK's "Child maintenance if a parent lives abroad".
        pub abroad: LinkedSentence,
        pub family_arrangement: &'static str,
        pub moves_back: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "The Child Maintenance Service cannot usually help if the other parent lives outside the UK",
        only_uk_employer: "It can only help if the parent who pays works abroad for a UK employer, such as the Civil \
                           Service, the Diplomatic Service, the armed forces, the NHS or a company based in the UK.",
        receiving_parent: "The parent who gets child maintenance must live in the UK.",
        instead_heading: "What you can do instead",
        abroad: LinkedSentence {
            before_link: "You may be able to get a court order for child maintenance that can be enforced in the \
                          country where they live. ",
            link_text: "Find out about child maintenance if a parent lives abroad",
            after_link: ".",
        },
        family_arrangement: "You can make a family-based arrangement with the other parent, without the Child \
                             Maintenance Service.",
        moves_back: "If the other parent comes back to live in the UK, you can apply then.",
    };

    pub const CY: Copy = Copy {
        title: "Fel arfer, ni all y Gwasanaeth Cynhaliaeth Plant helpu os yw’r rhiant arall yn byw y tu allan i’r DU",
        only_uk_employer: "Dim ond os yw’r rhiant sy’n talu yn gweithio dramor i gyflogwr yn y DU y gall helpu, er \
                           enghraifft y Gwasanaeth Sifil, y Gwasanaeth Diplomyddol, y lluoedd arfog, y GIG neu gwmni \
                           sydd wedi’i leoli yn y DU.",
        receiving_parent: "Rhaid i’r rhiant sy’n derbyn cynhaliaeth plant fyw yn y DU.",
        instead_heading: "Beth y gallwch ei wneud yn lle hynny",
        abroad: LinkedSentence {
            before_link: "Efallai y gallwch gael gorchymyn llys ar gyfer cynhaliaeth plant y gellir ei orfodi yn y \
                          wlad lle maen nhw’n byw. ",
            link_text: "Dysgwch am gynhaliaeth plant os yw rhiant yn byw dramor",
            after_link: ".",
        },
        family_arrangement: "Gallwch wneud trefniant teuluol gyda’r rhiant arall, heb y Gwasanaeth Cynhaliaeth \
                             Plant.",
        moves_back: "Os daw’r rhiant arall yn ôl i fyw yn y DU, gallwch wneud cais bryd hynny.",
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

pub mod court_order_in_place {
    use super::LinkedSentence;
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub which_orders: &'static str,
        pub instead_heading: &'static str,
        pub wait_a_year: &'static str,
        /// Links to GOV.UK's "Enforce a child maintenance court order".
        pub enforce: LinkedSentence,
        pub vary: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "The Child Maintenance Service cannot help while this court order is in place",
        which_orders: "The Child Maintenance Service cannot arrange maintenance if there is a court order that was \
                       made less than a year ago, or made before 3 March 2003.",
        instead_heading: "What you can do instead",
        wait_a_year: "If the court order was made less than a year ago, you can apply once it is a year old.",
        enforce: LinkedSentence {
            before_link: "If the other parent is not paying what the order says, you can ask the court to enforce \
                          it. ",
            link_text: "Find out how to enforce a court order",
            after_link: ".",
        },
        vary: "If you need to change the amount, you can ask the court that made the order to vary it.",
    };

    pub const CY: Copy = Copy {
        title: "Ni all y Gwasanaeth Cynhaliaeth Plant helpu tra bo’r gorchymyn llys hwn mewn grym",
        which_orders: "Ni all y Gwasanaeth Cynhaliaeth Plant drefnu cynhaliaeth os oes gorchymyn llys a wnaed lai \
                       na blwyddyn yn ôl, neu a wnaed cyn 3 Mawrth 2003.",
        instead_heading: "Beth y gallwch ei wneud yn lle hynny",
        wait_a_year: "Os cafodd y gorchymyn llys ei wneud lai na blwyddyn yn ôl, gallwch wneud cais unwaith y bydd \
                      yn flwydd oed.",
        enforce: LinkedSentence {
            before_link: "Os nad yw’r rhiant arall yn talu’r hyn y mae’r gorchymyn yn ei ddweud, gallwch ofyn i’r \
                          llys ei orfodi. ",
            link_text: "Dysgwch sut i orfodi gorchymyn llys",
            after_link: ".",
        },
        vary: "Os oes angen i chi newid y swm, gallwch ofyn i’r llys a wnaeth y gorchymyn ei amrywio.",
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

/// "For your security, we deleted your answers": the session has ended.
pub mod session_ended {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        /// How long answers are kept: `intake::store::DRAFT_LIFETIME`.
        pub why: &'static str,
        /// A link to the start page.
        pub start_again: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "For your security, we deleted your answers",
        why: "We delete your answers if you do not send your application within 24 hours.",
        start_again: "Start again",
    };

    pub const CY: Copy = Copy {
        title: "Er eich diogelwch, rydym wedi dileu eich atebion",
        why: "Rydym yn dileu eich atebion os na fyddwch yn anfon eich cais o fewn 24 awr.",
        start_again: "Dechrau eto",
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

/// "Application sent": the confirmation. What happens next is what the real service says it does
/// (docs/domain.md, "What the real application asks that a caseworker needs"): no promise of a first payment by a
/// date, which no source supports. The numbers are `intake::helplines::CHILD_MAINTENANCE_SERVICE`'s.
pub mod application_sent {
    use intake::helplines::ServiceNumber;

    use crate::Lang;

    #[derive(Debug, Clone, Copy)]
    pub struct Copy {
        pub title: &'static str,
        /// In the panel, above the reference number, which is on a line of its own.
        pub reference_label: &'static str,
        pub keep_reference: &'static str,
        pub what_happens_next_heading: &'static str,
        pub cms_will_contact_other_parent: &'static str,
        pub service_and_amount: &'static str,
        pub processing_time: &'static str,
        /// So that the applicant knows the call is the service's.
        pub calls_from: fn(&ServiceNumber) -> String,
        pub contact_heading: &'static str,
        /// Before the number, which is a link.
        pub phone_label: &'static str,
        pub relay_uk: fn(&ServiceNumber) -> String,
        pub another_parent_heading: &'static str,
        pub separate_application: &'static str,
        pub answers_copied: &'static str,
        pub apply_for_another_parent: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Application sent",
        reference_label: "Your reference number",
        keep_reference: "Keep your reference number. You will need it if you contact the Child Maintenance Service.",
        what_happens_next_heading: "What happens next",
        cms_will_contact_other_parent: "The Child Maintenance Service will contact the other parent to tell them about \
                                        your application. They will not give the other parent your address or contact \
                                        details.",
        service_and_amount: "They will tell you which service will be used to pay child maintenance, and how much \
                             will be paid.",
        processing_time: "It can take up to 6 weeks to process your application.",
        calls_from: |number| format!("If they call you, it will be from {}.", number.phone),
        contact_heading: "If you need to contact the Child Maintenance Service",
        phone_label: "Telephone: ",
        relay_uk: |number| {
            format!(
                "Relay UK (if you cannot hear or speak on the phone): {} then {}",
                number.relay_uk_prefix, number.phone
            )
        },
        another_parent_heading: "If you have children with another parent",
        separate_application: "You need to make a separate application for the children you have with each other \
                               parent.",
        answers_copied: "If you apply now, we will copy your answers about you and how we can contact you, so you \
                         do not have to give them again. We will not copy anything about the other parent or the \
                         children.",
        apply_for_another_parent: "Apply for children with another parent",
    };

    pub const CY: Copy = Copy {
        title: "Cais wedi’i anfon",
        reference_label: "Eich cyfeirnod",
        keep_reference: "Cadwch eich cyfeirnod. Bydd ei angen arnoch os byddwch yn cysylltu â’r Gwasanaeth \
                         Cynhaliaeth Plant.",
        what_happens_next_heading: "Beth sy’n digwydd nesaf",
        cms_will_contact_other_parent: "Bydd y Gwasanaeth Cynhaliaeth Plant yn cysylltu â’r rhiant arall i ddweud \
                                        wrthyn nhw am eich cais. Ni fyddan nhw’n rhoi eich cyfeiriad na’ch manylion \
                                        cyswllt i’r rhiant arall.",
        service_and_amount: "Byddan nhw’n dweud wrthych pa wasanaeth fydd yn cael ei ddefnyddio i dalu cynhaliaeth \
                             plant, a faint fydd yn cael ei dalu.",
        processing_time: "Gall gymryd hyd at 6 wythnos i brosesu eich cais.",
        calls_from: |number| format!("Os byddan nhw’n eich ffonio, bydd yr alwad yn dod o {}.", number.phone),
        contact_heading: "Os oes angen i chi gysylltu â’r Gwasanaeth Cynhaliaeth Plant",
        phone_label: "Ffôn: ",
        relay_uk: |number| {
            format!(
                "Relay UK (os na allwch glywed na siarad ar y ffôn): {} ac yna {}",
                number.relay_uk_prefix, number.phone
            )
        },
        another_parent_heading: "Os oes gennych blant gyda rhiant arall",
        separate_application: "Mae angen i chi wneud cais ar wahân ar gyfer y plant sydd gennych gyda phob rhiant \
                               arall.",
        answers_copied: "Os gwnewch gais nawr, byddwn yn copïo eich atebion amdanoch chi a sut y gallwn gysylltu â \
                         chi, fel nad oes rhaid i chi eu rhoi eto. Ni fyddwn yn copïo unrhyw beth am y rhiant arall \
                         na’r plant.",
        apply_for_another_parent: "Gwneud cais ar gyfer plant gyda rhiant arall",
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

    /// The pages say how long answers are kept in words; the store's lifetime is the one that counts.
    #[test]
    fn the_hours_said_are_the_drafts_lifetime() {
        let hours = format!("{} hours", DRAFT_LIFETIME.whole_hours());
        assert_eq!(super::before_you_start::EN.answers_kept.matches(&hours).count(), 2);
        assert!(super::session_ended::EN.why.contains(&hours));
    }
}
