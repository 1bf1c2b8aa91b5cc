//! Domain types that parse, don't validate: each `parse` takes what the applicant typed and returns either the
//! value in its canonical form or an error naming what is wrong. Handlers never hold an unchecked answer.
//! The GOV.UK wording of each error lives with the page that asks the question (its folder in the `questions`
//! crate), because it depends on whose answer it is ("Enter your full name", "Enter the other parent's full name").

pub mod address;
pub mod bank;
pub mod date;
pub mod email;
pub mod name;
pub mod nino;
pub mod phone;
pub mod postcode;
pub mod short_text;
mod text;

pub use address::{AddressLine, AddressLineError, UkAddress};
pub use bank::{AccountNumber, AccountNumberError, RollNumber, RollNumberError, SortCode, SortCodeError};
pub use date::{ApproximateDate, ChildDateOfBirth, DateError, DateOfBirth, DateParts, age_on};
pub use email::{EmailAddress, EmailError};
pub use name::{NameError, PersonName};
pub use nino::{Nino, NinoError};
pub use phone::{PhoneNumber, PhoneNumberError};
pub use postcode::{Postcode, PostcodeError};
pub use short_text::{FreeText, LongText, ShortText, ShortTextError};
