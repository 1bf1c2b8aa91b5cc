//! The words of the error pages, one module per page, each with the page's `Copy`, its `EN` constant and
//! `Copy::of`, as the question pages' `copy.rs` are.

/// "Page not found".
pub mod not_found {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub typed: &'static str,
        pub pasted: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Page not found",
        typed: "If you typed the web address, check it is correct.",
        pasted: "If you pasted the web address, check you copied the entire address.",
    };

    pub const CY: Copy = Copy {
        title: "Heb ddod o hyd i’r dudalen",
        typed: "Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
        pasted: "Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.",
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

/// "Sorry, there is a problem with the service": a dependency failed.
pub mod problem_with_the_service {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub try_again_later: &'static str,
        pub answers_kept: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Sorry, there is a problem with the service",
        try_again_later: "Try again later.",
        answers_kept: "We have not lost the answers you had already saved.",
    };

    pub const CY: Copy = Copy {
        title: "Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth",
        try_again_later: "Rhowch gynnig arall arni yn nes ymlaen.",
        answers_kept: "Nid ydym wedi colli’r atebion yr oeddech wedi’u cadw’n barod.",
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

/// "Sorry, there is a problem with the service": the request could not be read.
pub mod bad_request {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub could_not_read: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Sorry, there is a problem with the service",
        could_not_read: "We could not read what your browser sent. Go back and try again.",
    };

    pub const CY: Copy = Copy {
        title: "Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth",
        could_not_read: "Nid oeddem yn gallu darllen yr hyn a anfonodd eich porwr. Ewch yn ôl a rhowch gynnig arall \
                         arni.",
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

/// "Sorry, we could not save your answer": an applicant's form came back without its session's token.
pub mod forbidden {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub another_tab: &'static str,
        /// A link to the start page.
        pub go_to_the_start: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "Sorry, we could not save your answer",
        another_tab: "This can happen if you used the service in another tab or window.",
        go_to_the_start: "Go to the start",
    };

    pub const CY: Copy = Copy {
        title: "Mae’n ddrwg gennym, nid oeddem yn gallu cadw eich ateb",
        another_tab: "Gall hyn ddigwydd os gwnaethoch ddefnyddio’r gwasanaeth mewn tab neu ffenestr arall.",
        go_to_the_start: "Mynd i’r dechrau",
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

/// "You do not have access to this page": a caseworker's forbidden page.
pub mod no_access {
    use crate::Lang;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Copy {
        pub title: &'static str,
        pub no_access: &'static str,
        pub ask_team_leader: &'static str,
        /// A link to the caseworker's list of applications.
        pub your_applications: &'static str,
    }

    pub const EN: Copy = Copy {
        title: "You do not have access to this page",
        no_access: "Your account does not give you access to this page or application.",
        ask_team_leader: "If you think it should, ask your team leader.",
        your_applications: "Go to your applications",
    };

    pub const CY: Copy = Copy {
        title: "Nid oes gennych fynediad i’r dudalen hon",
        no_access: "Nid yw eich cyfrif yn rhoi mynediad i chi i’r dudalen hon na’r cais hwn.",
        ask_team_leader: "Os ydych chi’n credu y dylai, gofynnwch i arweinydd eich tîm.",
        your_applications: "Mynd i’ch ceisiadau",
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
