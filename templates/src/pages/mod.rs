//! Pages that are not questions: the start of the service, the pages that end a journey, the footer's pages,
//! and the error pages.

pub mod errors;
pub mod footer;
pub mod journey;
