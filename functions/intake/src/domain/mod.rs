//! Domain types that parse, don't validate: each `parse` takes what the applicant typed and returns either the
//! value in its canonical form or an error naming what is wrong. Handlers never hold an unchecked answer.
//! The GOV.UK wording of each error lives with the page that asks the question (templates::steps), because it
//! depends on whose answer it is ("Enter your full name", "Enter the other parent's full name").
