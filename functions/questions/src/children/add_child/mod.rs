//! A child's details: their full name and date of birth, on the page that adds one (the first, or another) and
//! on the page that changes one from the list (served by `apply`, with [`change_view`], [`parse_child`] and
//! [`child_fields`]). A child must be under 20 on the day; the error names the earliest date of birth allowed.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::{Child, MAX_CHILDREN, earliest_date_of_birth};
use intake::domain::{DateOfBirth, NameError, PersonName};
use maud::{Markup, html};
use templates::components::{Content, Fieldset, Legend, SummaryRow};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::date::{date_error, date_field_in, date_fields, posted_date, whole_date_id};
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, error, question_page};
use crate::{Example, Page, Question};

pub const FULL_NAME: &str = "child-full-name";
pub const DATE_PREFIX: &str = "child-date-of-birth";

pub struct AddChild;

impl Copy {
    fn full_name_error(&self, error: NameError) -> &'static str {
        match error {
            NameError::Empty => self.enter_full_name,
            NameError::TooLong { .. } => self.full_name_too_long,
            NameError::InvalidCharacters => self.full_name_characters,
        }
    }
}

impl Page for AddChild {
    const ID: &'static str = "children/add";
    const PATH: &'static str = "/children/add";
    const SECTION: SectionId = SectionId::Children;
    /// A child of 11 without a disclosure; with one, a child of 17 (asked about education and marriage).
    const EXAMPLE: Example = Example {
        plain: &[&[
            (FULL_NAME, "Alex Jones"),
            ("child-date-of-birth-day", "1"),
            ("child-date-of-birth-month", "6"),
            ("child-date-of-birth-year", "2015"),
        ]],
        disclosed: &[&[
            (FULL_NAME, "Alex Jones"),
            ("child-date-of-birth-day", "1"),
            ("child-date-of-birth-month", "6"),
            ("child-date-of-birth-year", "2009"),
        ]],
    };

    fn is_answered(answers: &Answers) -> bool {
        !answers.children.is_empty()
    }

    /// None: the children's rows are the list's, each changed from there.
    fn summary(_answers: &Answers, _lang: Lang) -> Vec<SummaryRow> {
        Vec::new()
    }
}

impl Question for AddChild {
    /// Always a new, empty child: the ones already added are changed from the list.
    fn fields(_answers: &Answers) -> Fields {
        Fields::new()
    }

    /// Adds the child to the list, which then asks again whether there are more.
    fn save(fields: &Fields, answers: &mut Answers, today: Date, lang: Lang) -> Result<(), FormErrors> {
        if answers.children.len() >= MAX_CHILDREN {
            return Err(error(FULL_NAME, super::list::Copy::of(lang).too_many));
        }
        answers.children.push(parse_child(fields, today, lang)?);
        answers.finished_adding_children = false;
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let title = if answers.children.is_empty() { copy.first_title } else { copy.another_title };
        details_view(context, title, Some(copy.one_other_parent), fields)
    }
}

/// The child's details as posted, parsed; or the errors, each against its field. `today` decides whether the
/// child is young enough.
pub fn parse_child(fields: &Fields, today: Date, lang: Lang) -> Result<Child, FormErrors> {
    let copy = Copy::of(lang);
    let mut errors = FormErrors::new();
    let full_name = PersonName::parse(fields.get(FULL_NAME).unwrap_or(""))
        .map_err(|e| errors.add(FULL_NAME, copy.full_name_error(e)))
        .ok();
    let [day, month, year] = posted_date(fields, DATE_PREFIX);
    let date_of_birth = match DateOfBirth::parse(day, month, year, today) {
        Ok(date) if Child::is_young_enough(&date, today) => Some(date),
        Ok(_) => {
            errors.add(whole_date_id(DATE_PREFIX), (copy.too_old)(earliest_date_of_birth(today)));
            None
        }
        Err(e) => {
            let (field, message) = date_error(DATE_PREFIX, e, &copy.date);
            errors.add(field, message);
            None
        }
    };
    match (full_name, date_of_birth) {
        (Some(full_name), Some(date_of_birth)) => Ok(Child::new(full_name, date_of_birth, today)),
        _ => Err(errors),
    }
}

/// A saved child's details as the form's fields, to change them.
pub fn child_fields(child: &Child) -> Fields {
    date_fields(DATE_PREFIX, Some(child.date_of_birth.date())).with(FULL_NAME, Some(child.full_name.as_str()))
}

/// "Change the child’s details": the same form as adding one, reached from the list.
pub fn change_view(context: StepContext<'_>, fields: &Fields) -> Markup {
    details_view(context, Copy::of(context.lang).change_title, None, fields)
}

/// A child's details form, titled for adding the first child, another, or changing one. The date of birth is one
/// of two questions on the page, so its legend is a small one, not the h1.
/// The form for a child's details; `before`, said under the title when adding a child (one application covers the
/// children of one other parent).
fn details_view(context: StepContext<'_>, title: &str, before: Option<&str>, fields: &Fields) -> Markup {
    let copy = Copy::of(context.lang);
    let date_legend = Fieldset {
        legend: Some(Legend {
            content: Content::text(copy.date_of_birth),
            classes: Some("govuk-fieldset__legend--s".into()),
            is_page_heading: Some(false),
        }),
        ..Fieldset::default()
    };
    let name = TextField { name: FULL_NAME, label: copy.full_name, spellcheck: Some(false), ..TextField::default() };
    let body = html! {
        h1.govuk-heading-l { (title) }
        @if let Some(before) = before { p.govuk-body { (before) } }
        (text_field(context, name, fields))
        (date_field_in(context, DATE_PREFIX, date_legend, copy.date_of_birth_hint, &copy.date, fields, false))
    };
    question_page(context, title, body)
}
