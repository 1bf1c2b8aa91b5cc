//! What casework is about, apart from HTTP and sign-in: who a caseworker is, which teams they belong to, and the
//! life of an application after it is sent (docs/design.md, "Data"; the casework issue).
//!
//! ```text
//! submitted --claim--> claimed --start--> in progress --hand over--> handed over to case management
//!     ^                   |                    |
//!     +------release------+--------------------+
//!                         +---withdraw---------+--> withdrawn
//! ```

use crate::routing::Team;

/// A signed-in member of CMS staff, as their identity provider vouched for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caseworker {
    /// The identity provider's subject: stable, never reused.
    pub id: String,
    /// Shown to colleagues ("claimed by …") and in the audit trail.
    pub name: String,
    pub teams: Vec<Team>,
}

impl Caseworker {
    /// The teams named by the identity provider's groups (Cognito's `cognito:groups`); other groups mean nothing
    /// here. Someone in no team is signed in but may see nothing.
    pub fn teams_from_groups<'a>(groups: impl IntoIterator<Item = &'a str>) -> Vec<Team> {
        let mut teams: Vec<Team> = groups.into_iter().filter_map(Team::parse).collect();
        teams.sort_by_key(|team| team.as_str());
        teams.dedup();
        teams
    }

    /// Whether this caseworker may see applications routed to `team`. Need to know: a general caseworker never
    /// sees the domestic-abuse team's applications, not even in a search.
    pub fn may_see(&self, team: Team) -> bool {
        self.teams.contains(&team)
    }

    /// Whether this caseworker may read disclosures: only the domestic-abuse team.
    pub fn may_read_disclosures(&self) -> bool {
        self.may_see(Team::DomesticAbuse)
    }
}

/// Where an application is in casework.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In its team's queue, waiting to be picked up.
    Submitted,
    Claimed,
    InProgress,
    /// Passed to case management: casework here is finished.
    HandedOver,
    /// The applicant withdrew it.
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 5] =
        [Status::Submitted, Status::Claimed, Status::InProgress, Status::HandedOver, Status::Withdrawn];

    /// As stored in DynamoDB.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Claimed => "claimed",
            Status::InProgress => "in-progress",
            Status::HandedOver => "handed-over",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == value)
    }

    /// Whether the claimant may move an application from this status to `to`.
    pub fn may_become(self, to: Status) -> bool {
        matches!(
            (self, to),
            (Status::Claimed, Status::InProgress)
                | (Status::InProgress, Status::HandedOver)
                | (Status::Claimed | Status::InProgress, Status::Withdrawn)
        )
    }

    /// Whether the claimant may release it back to the queue.
    pub fn may_release(self) -> bool {
        matches!(self, Status::Claimed | Status::InProgress)
    }

    /// Whether casework on it is over (handed over or withdrawn): whoever held it has moved on.
    pub fn is_finished(self) -> bool {
        matches!(self, Status::HandedOver | Status::Withdrawn)
    }

    /// Whether a caseworker of the owning team may erase an application in this status, when `held_by_other`
    /// says someone else holds it: not while a colleague is working on it (they would lose it under their hands),
    /// but an unclaimed one, one of their own, or a finished one, yes. The store's condition is built from this
    /// same rule (`Status::ALL` filtered by [`Status::is_finished`]).
    pub fn may_be_erased(self, held_by_other: bool) -> bool {
        !held_by_other || self.is_finished()
    }
}

/// Why an application was erased (issue 14, point 5), recorded in its audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErasureReason {
    /// The same application was sent twice.
    Duplicate,
    /// The applicant asked CMS to delete it.
    ApplicantAsked,
}

impl ErasureReason {
    pub const ALL: [ErasureReason; 2] = [ErasureReason::Duplicate, ErasureReason::ApplicantAsked];

    /// As stored in the audit entry and posted by the form.
    pub fn as_str(self) -> &'static str {
        match self {
            ErasureReason::Duplicate => "duplicate",
            ErasureReason::ApplicantAsked => "applicant-asked",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|reason| reason.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_come_from_known_groups_only() {
        assert_eq!(Caseworker::teams_from_groups(["general"]), [Team::General]);
        assert_eq!(
            Caseworker::teams_from_groups(["domestic-abuse", "admins", "general", "general"]),
            [Team::DomesticAbuse, Team::General]
        );
        assert!(Caseworker::teams_from_groups(["admins", "GENERAL"]).is_empty());
    }

    #[test]
    fn only_the_domestic_abuse_team_reads_disclosures() {
        let caseworker = |teams| Caseworker { id: "s".into(), name: "n".into(), teams };
        assert!(!caseworker(vec![Team::General]).may_read_disclosures());
        assert!(!caseworker(vec![Team::General]).may_see(Team::DomesticAbuse));
        assert!(caseworker(vec![Team::DomesticAbuse]).may_read_disclosures());
        assert!(!caseworker(vec![]).may_see(Team::General));
    }

    #[test]
    fn status_changes_table() {
        use Status::*;
        let allowed: Vec<(Status, Status)> = Status::ALL
            .into_iter()
            .flat_map(|from| Status::ALL.into_iter().map(move |to| (from, to)))
            .filter(|(from, to)| from.may_become(*to))
            .collect();
        assert_eq!(
            allowed,
            [(Claimed, InProgress), (Claimed, Withdrawn), (InProgress, HandedOver), (InProgress, Withdrawn)]
        );
        assert!(Claimed.may_release() && InProgress.may_release());
        assert!(!Submitted.may_release() && !HandedOver.may_release() && !Withdrawn.may_release());
    }

    #[test]
    fn erasure_waits_for_a_colleague_at_work_on_it_only() {
        use Status::*;
        for status in Status::ALL {
            assert!(status.may_be_erased(false), "{status:?}, nobody else holding it");
        }
        let erasable_from_another: Vec<Status> = Status::ALL.into_iter().filter(|s| s.may_be_erased(true)).collect();
        assert_eq!(erasable_from_another, [HandedOver, Withdrawn]);
    }

    #[test]
    fn erasure_reasons_round_trip() {
        for reason in ErasureReason::ALL {
            assert_eq!(ErasureReason::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(ErasureReason::parse("because"), None);
    }

    #[test]
    fn statuses_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
    }
}
