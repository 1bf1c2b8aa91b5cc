//! About you: who is applying, so that CMS can find the applicant's records and reach them. Their name (and any
//! other names they have been known by), date of birth, National Insurance number, address, and a phone number
//! with an email address if they have one, whether that phone is their own, any support they need for contact, and the language (Welsh or English) for letters and calls
//! (docs/domain.md, "The applicant").

pub mod contact_language;
pub mod phone_is_own;
pub mod support_needs;
pub mod your_address;
pub mod your_contact_details;
pub mod your_date_of_birth;
pub mod your_name;
pub mod your_national_insurance_number;
