//! The children the application is for: each added on its own page (`add_child`), then listed with Change and
//! Remove, asking "Do you need to add another child?" until the applicant says no (`list`), as the GOV.UK pattern
//! does (<https://design-system.service.gov.uk/patterns/add-multiple-things/>). A child must be under 20 (the
//! eligibility question asked whether the children qualify; this checks each date of birth), and one application
//! names at most `intake::children::MAX_CHILDREN`. The list's pages and a child's change and remove pages are
//! served by `apply`'s own handlers, from the views and parsing here.

pub mod add_child;
pub mod list;
