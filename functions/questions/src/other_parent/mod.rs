//! The other parent: who CMS will contact. Only the full name must be known; everything else is asked "if
//! known", and "not known" is kept as an answer (and shown so on check your answers), so the journey can tell it
//! from a question not yet asked: their date of birth (an approximate one will do), whether the applicant knows
//! their address and, if so, the address and when they last lived there, their phone number, National Insurance
//! number and employer, and whether they know where the applicant lives (docs/domain.md, "The other parent"); and
//! whether the applicant already has a case with them. An approximate age when the date of birth is not known, and
//! how the applicant knows an address they give. Where they live: in the UK (a UK address, their current one or the
//! last one known), or outside it, where CMS can act only for a parent who pays and works for a UK employer there
//! (then the country, and the address as typed).

pub mod address;
pub mod address_abroad;
pub mod approximate_age;
pub mod date_of_birth;
pub mod employer_abroad;
pub mod existing_case;
pub mod how_address_known;
pub mod knows_address;
pub mod knows_where_you_live;
pub mod lives;
pub mod name;
pub mod other_details;
