//! Eligibility: can the Child Maintenance Service help? Where the applicant lives, who they are, and any court
//! order (docs/domain.md, "Eligibility"). Whether each child qualifies is asked with the child (`crate::children`).

pub mod court_order;
pub mod where_you_live;
pub mod your_role;
