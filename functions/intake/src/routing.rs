//! Where an application goes: which team's queue, whether it is urgent, and how maintenance will be paid. A pure
//! function of the answers, so the rules (domain.md, "What the accepted recommendations mean") are tested as a
//! table and applied the same way when the application is stored as when the applicant is told.
//!
//! - A disclosure of domestic abuse sends the application to the specialist domestic-abuse team, not the general
//!   queue, and means Collect & Pay without the other parent's consent (Child Support Collection (Domestic
//!   Abuse) Act 2023): the applicant never has to be in contact with them, and no Direct Pay question is asked.
//! - A request to call the police, or to call back at a safe time, is urgent: it sorts first in the queue.

use crate::answers::Answers;
use crate::payments::PaymentService;
use crate::safety::CallRequest;

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
    pub urgent: bool,
    /// How maintenance will be paid, where that is settled by the application: `None` for a paying parent who
    /// made no disclosure (the service is agreed later, with the other parent).
    pub payment_service: Option<PaymentService>,
}

pub fn route(answers: &Answers) -> Routing {
    let disclosed = answers.disclosure.is_made();
    // The journey asks for a call request only after a disclosure and "in immediate danger"; the setters in
    // `Answers` clear it when either changes. Checked again here so that no stale answer can make a case urgent.
    let in_danger = disclosed && answers.disclosure.in_immediate_danger == Some(true);
    let asked_for_a_call = matches!(answers.call_request, Some(CallRequest::CallThePolice | CallRequest::CallMeBack));
    Routing {
        team: if disclosed { Team::DomesticAbuse } else { Team::General },
        urgent: in_danger && asked_for_a_call,
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
    use crate::safety::Disclosure;

    fn answers(
        role: Role,
        abuse: Option<bool>,
        in_danger: Option<bool>,
        call_request: Option<CallRequest>,
        chosen: Option<PaymentService>,
    ) -> Answers {
        Answers {
            your_role: Some(role),
            disclosure: Disclosure { abuse, in_immediate_danger: in_danger, ..Disclosure::default() },
            call_request,
            payment_service: chosen,
            ..Answers::default()
        }
    }

    #[test]
    fn routing_table() {
        use CallRequest::*;
        use PaymentService::*;
        use Role::*;
        use Team::*;
        let routing = |team, urgent, payment_service| Routing { team, urgent, payment_service };
        let cases = [
            // No disclosure: the general queue, in order, paid as the applicant chose.
            (
                answers(ParentWithCare, Some(false), None, None, Some(DirectPay)),
                routing(General, false, Some(DirectPay)),
            ),
            (
                answers(ParentWithCare, Some(false), None, None, Some(CollectAndPay)),
                routing(General, false, Some(CollectAndPay)),
            ),
            (answers(GrandparentOrOtherCarer, Some(false), None, None, None), routing(General, false, None)),
            // A paying parent chooses nothing.
            (answers(ParentWithoutCare, Some(false), None, None, Some(DirectPay)), routing(General, false, None)),
            // A disclosure: the domestic-abuse team, and Collect & Pay whatever was chosen before.
            (
                answers(ParentWithCare, Some(true), Some(false), None, Some(DirectPay)),
                routing(DomesticAbuse, false, Some(CollectAndPay)),
            ),
            (answers(ParentWithCare, Some(true), None, None, None), routing(DomesticAbuse, false, Some(CollectAndPay))),
            (
                answers(Guardian, Some(true), Some(false), None, None),
                routing(DomesticAbuse, false, Some(CollectAndPay)),
            ),
            // A paying parent who discloses pays through CMS too, never directly to the other parent.
            (
                answers(ParentWithoutCare, Some(true), Some(false), None, None),
                routing(DomesticAbuse, false, Some(CollectAndPay)),
            ),
            // In danger and asking for a call: urgent.
            (
                answers(ParentWithCare, Some(true), Some(true), Some(CallThePolice), None),
                routing(DomesticAbuse, true, Some(CollectAndPay)),
            ),
            (
                answers(ParentWithCare, Some(true), Some(true), Some(CallMeBack), None),
                routing(DomesticAbuse, true, Some(CollectAndPay)),
            ),
            (
                answers(ParentWithCare, Some(true), Some(true), Some(Neither), None),
                routing(DomesticAbuse, false, Some(CollectAndPay)),
            ),
            // A request left over from answers since changed never makes a case urgent.
            (
                answers(ParentWithCare, Some(true), Some(false), Some(CallThePolice), None),
                routing(DomesticAbuse, false, Some(CollectAndPay)),
            ),
            (
                answers(ParentWithCare, Some(false), Some(true), Some(CallMeBack), Some(DirectPay)),
                routing(General, false, Some(DirectPay)),
            ),
            // Not yet answered: nothing assumed.
            (answers(ParentWithCare, None, None, None, None), routing(General, false, None)),
        ];
        for (given, expected) in cases {
            assert_eq!(
                route(&given),
                expected,
                "{:?} abuse {:?} danger {:?} {:?} {:?}",
                given.your_role,
                given.disclosure.abuse,
                given.disclosure.in_immediate_danger,
                given.call_request,
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
