//! Where an application goes: which team's queue, and whether it is urgent. A pure function of the answers.
//!
//! Until the safety questions are asked (the survivor-safety issue adds the disclosure, which sends an
//! application to the domestic-abuse team, and call requests, which make it urgent), every application goes to
//! the general team's queue in submission order.

use crate::answers::Answers;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Team {
    General,
    DomesticAbuse,
}

impl Team {
    pub fn as_str(self) -> &'static str {
        match self {
            Team::General => "general",
            Team::DomesticAbuse => "domestic-abuse",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routing {
    pub team: Team,
    pub urgent: bool,
}

pub fn route(_answers: &Answers) -> Routing {
    Routing { team: Team::General, urgent: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_disclosure_an_application_goes_to_the_general_queue_unhurried() {
        assert_eq!(route(&Answers::default()), Routing { team: Team::General, urgent: false });
    }
}
