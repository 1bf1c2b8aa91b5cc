//! Eligibility: can the Child Maintenance Service help? Where the applicant lives, who they are, the children's
//! ages, and any court order (docs/domain.md, "Eligibility").

pub mod childrens_ages;
pub mod court_order;
pub mod where_you_live;
pub mod your_role;
