//! One view per question of the journey, named as its route and its form in the `apply` crate
//! (`apply::steps::where_you_live` ↔ `templates::steps::where_you_live`).

pub mod check_your_answers;
pub mod where_you_live;
pub mod your_role;

/// What every question view needs besides its own answer.
#[derive(Debug, Clone, Copy)]
pub struct StepContext<'a> {
    pub csrf_token: &'a str,
    /// The previous page on this applicant's path, for the Back link.
    pub back: &'a str,
    pub errors: &'a crate::FormErrors,
}
