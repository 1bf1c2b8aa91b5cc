//! Where an application goes: which team's queue, whether it is urgent, and how maintenance will be paid. A pure
//! function of the answers, so the rules (docs/domain.md, "What the accepted recommendations mean") are tested as a
//! table and applied the same way when the application is stored as when the applicant is told.
//!
//! - A disclosure of domestic abuse sends the application to the specialist domestic-abuse team, not the general
//!   queue, and means Collect & Pay without the other parent's consent (Child Support Collection (Domestic
//!   Abuse) Act 2023): the applicant never has to be in contact with them, and no Direct Pay question is asked.
//! - A request to call the police, or to call back at a safe time, is not part of the application: it was sent on
//!   its own the moment it was made, and sits first in the domestic-abuse team's queue (`crate::urgent`). An
//!   application from someone who sent one goes to that team too, whatever else they answered, so that the two are
//!   seen together by the team that dealt with the request.

use crate::answers::Answers;
use crate::payments::PaymentService;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Team {
    General,
    DomesticAbuse,
}

impl Team {
    pub const ALL: [Team; 2] = [Team::General, Team::DomesticAbuse];

    pub fn as_str(self) -> &'static str {
        match self {
            Team::General => "general",
            Team::DomesticAbuse => "domestic-abuse",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|team| team.as_str() == value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routing {
    pub team: Team,
    /// How maintenance will be paid, where that is settled by the application: `None` for a paying parent who
    /// made no disclosure (the service is agreed later, with the other parent).
    pub payment_service: Option<PaymentService>,
}

pub fn route(answers: &Answers) -> Routing {
    let disclosed = answers.disclosure.is_made();
    let sent_a_request = answers.urgent_request.is_some();
    Routing {
        team: if disclosed || sent_a_request { Team::DomesticAbuse } else { Team::General },
        payment_service: if disclosed {
            Some(PaymentService::CollectAndPay)
        } else if answers.receives_maintenance() {
            answers.payment_service
        } else {
            None
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::Role;
    use crate::safety::{CallRequest, Disclosure};
    use crate::urgent::{Help, UrgentRequest};

    fn answers(role: Role, abuse: Option<bool>, request_sent: bool, chosen: Option<PaymentService>) -> Answers {
        let request = UrgentRequest {
            first_name: None,
            help: Help::CallThePolice {
                whereabouts: crate::domain::LongText::parse("At home").expect("valid"),
                phone: None,
            },
        };
        Answers {
            your_role: Some(role),
            disclosure: Disclosure { abuse, ..Disclosure::default() },
            call_request: request_sent.then_some(CallRequest::CallThePolice),
            urgent_request: request_sent.then_some(request),
            payment_service: chosen,
            ..Answers::default()
        }
    }

    #[test]
    fn routing_table() {
        use PaymentService::*;
        use Role::*;
        use Team::*;
        let routing = |team, payment_service| Routing { team, payment_service };
        let cases = [
            // No disclosure: the general queue, paid as the applicant chose.
            (answers(ParentWithCare, Some(false), false, Some(DirectPay)), routing(General, Some(DirectPay))),
            (answers(ParentWithCare, Some(false), false, Some(CollectAndPay)), routing(General, Some(CollectAndPay))),
            (answers(GrandparentOrOtherCarer, Some(false), false, None), routing(General, None)),
            // A paying parent chooses nothing.
            (answers(ParentWithoutCare, Some(false), false, Some(DirectPay)), routing(General, None)),
            // A disclosure: the domestic-abuse team, and Collect & Pay whatever was chosen before.
            (answers(ParentWithCare, Some(true), false, Some(DirectPay)), routing(DomesticAbuse, Some(CollectAndPay))),
            (answers(ParentWithCare, Some(true), false, None), routing(DomesticAbuse, Some(CollectAndPay))),
            (answers(Guardian, Some(true), false, None), routing(DomesticAbuse, Some(CollectAndPay))),
            // A paying parent who discloses pays through CMS too, never directly to the other parent.
            (answers(ParentWithoutCare, Some(true), false, None), routing(DomesticAbuse, Some(CollectAndPay))),
            (answers(ParentWithCare, Some(true), true, None), routing(DomesticAbuse, Some(CollectAndPay))),
            // A request sent, then the answer about abuse changed to no: the team that has the request has the
            // application too; how to be paid is the applicant's choice again.
            (answers(ParentWithCare, Some(false), true, Some(DirectPay)), routing(DomesticAbuse, Some(DirectPay))),
            // Not yet answered: nothing assumed.
            (answers(ParentWithCare, None, false, None), routing(General, None)),
        ];
        for (given, expected) in cases {
            assert_eq!(
                route(&given),
                expected,
                "{:?} abuse {:?} request {:?} {:?}",
                given.your_role,
                given.disclosure.abuse,
                given.urgent_request.as_ref().map(UrgentRequest::kind),
                given.payment_service
            );
        }
    }

    #[test]
    fn team_names_round_trip() {
        for team in Team::ALL {
            assert_eq!(Team::parse(team.as_str()), Some(team));
        }
    }
}
