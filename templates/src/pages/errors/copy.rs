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

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
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

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
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

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
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

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
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

    impl Copy {
        pub fn of(lang: Lang) -> &'static Copy {
            match lang {
                Lang::En => &EN,
            }
        }
    }
}
