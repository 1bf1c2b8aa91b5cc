//! The children the application is for: each added on its own page (`add_child`), then asked about one question
//! a page (for a child aged 16 to 19, approved education and marriage; then Child Benefit, overnight stays with the
//! other parent, the birth certificate: each a [`ChildQuestion`]),
//! then listed with Change and Remove, asking "Do you need to add another child?" until the applicant says no
//! (`list`), as the GOV.UK pattern does (<https://design-system.service.gov.uk/patterns/add-multiple-things/>). A
//! child must be under 20 (their date of birth says), and one of 16 to 19 in approved education and unmarried (a
//! child who is not ends the journey at a page that says why and offers to remove them); one application names at
//! most `intake::children::MAX_CHILDREN`. The list's pages and a child's
//! change and remove pages are served by `apply`'s own handlers, from the views and parsing here.

pub mod add_child;
pub mod birth_certificate;
pub mod child_benefit;
pub mod education;
pub mod list;
pub mod married;
pub mod overnight_stays;

use intake::Answers;
use intake::children::{Child, YesNoOrNotKnown};
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, radios_question};
use crate::kit::{Back, StepContext, heading_legend, question_form_with};
use crate::{Page, Question};

/// The query that says which child a child's question is about, when a Change link on check your answers names
/// one (`?child=1`, counting from 0). Only a place in the list: nothing about the child is in the URL.
pub const CHILD_QUERY: &str = "child";

/// A question asked about each child in turn, right after the child is added: the add-another loop asks it per
/// child, not once for all. At its own path it is about the first child it has not been answered for
/// ([`subject`]), so that the journey (derived from the answers) asks it of each child as they are added; a Change
/// link names the child instead ([`CHILD_QUERY`]). Its rows are on the children's list's part of check your
/// answers, child by child.
pub trait ChildQuestion: Page {
    /// Whether it is asked about this child (education: only of a child aged 16 to 19).
    fn applies_to(_child: &Child) -> bool {
        true
    }

    /// Whether this child has an answer.
    fn is_answered_for(child: &Child) -> bool;

    /// The child's saved answer as the form's fields.
    fn fields_for(child: &Child) -> Fields;

    /// Parses the posted fields and records them for the child at `index` (which exists); or the errors, in `lang`.
    fn save_for(fields: &Fields, answers: &mut Answers, index: usize, lang: Lang) -> Result<(), FormErrors>;

    /// The page about the child at `index` (which exists).
    fn view_for(context: StepContext<'_>, fields: &Fields, answers: &Answers, index: usize) -> Markup;

    /// Its row on check your answers for the child at `index` (none if not answered).
    fn row_for(answers: &Answers, index: usize, lang: Lang) -> Option<SummaryRow>;
}

/// Whether a child's question is answered for every child it is asked about (and there is a child): its
/// [`Page::is_answered`].
pub fn answered_for_every_child<Q: ChildQuestion>(answers: &Answers) -> bool {
    let children = &answers.children;
    !children.is_empty() && children.iter().filter(|child| Q::applies_to(child)).all(Q::is_answered_for)
}

/// Whether a child's question is asked about any of the children: its [`Page::applies`].
pub fn asked_of_any_child<Q: ChildQuestion>(answers: &Answers) -> bool {
    answers.children.iter().any(Q::applies_to)
}

/// The child a child's question at its own path is about: the first it is asked about and has not been answered
/// for; once every such child has an answer (Back from the page after), the last of them.
pub fn subject<Q: ChildQuestion>(answers: &Answers) -> Option<usize> {
    let asked = || answers.children.iter().enumerate().filter(|(_, child)| Q::applies_to(child));
    let unanswered = asked().find(|(_, child)| !Q::is_answered_for(child));
    unanswered.or_else(|| asked().next_back()).map(|(index, _)| index)
}

/// A child's question as the journey asks it: about its [`subject`]. With no child yet (which the journey never
/// shows: the child is added first), the page that adds one, and saving does nothing.
impl<Q: ChildQuestion> Question for Q {
    fn fields(answers: &Answers) -> Fields {
        subject::<Q>(answers).map_or_else(Fields::new, |index| Q::fields_for(&answers.children[index]))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        match subject::<Q>(answers) {
            Some(index) => Q::save_for(fields, answers, index, lang),
            None => Ok(()),
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        match subject::<Q>(answers) {
            Some(index) => Q::view_for(context, fields, answers, index),
            None => add_child::AddChild::view(context, fields, answers),
        }
    }
}

/// A child's question posted when the draft could not be read (the store failed): which child the page is about is
/// known only from the draft, so the question cannot be shown again as other questions are, and naming no child
/// in it would not read as a question. Instead the "problem with the service" page, which says the answer is not
/// saved and keeps it as posted, in hidden fields, for Try again: once the store is back, that saves it (503,
/// nothing lost; <https://design-system.service.gov.uk/patterns/problem-with-the-service-pages/>).
pub fn unread_view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let kit = context.kit();
    let back = match context.back {
        Back::To(href) => Some(href),
        Back::PreviousSafetyPage => None,
    };
    let kept = fields.pairs().filter(|(name, _)| *name != templates::CSRF_FIELD);
    let form = question_form_with(
        context,
        kit.try_again_button,
        html! { @for (name, value) in kept { input type="hidden" name=(name) value=(value); } },
    );
    let title = kit.unsaved_heading;
    templates::layout::page(
        templates::layout::Area::Apply,
        &templates::layout::Page {
            title,
            lang: context.lang,
            path: context.path,
            back,
            ..templates::layout::Page::default()
        },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (title) }
                    p.govuk-body { (kit.unread_answer) }
                    p.govuk-body { (kit.unread_try_again) }
                    (form)
                }
            }
        },
    )
}

/// A [`ChildQuestion`]'s functions as values, for a page that names its child (`apply`'s handlers with
/// [`CHILD_QUERY`]) and for the children's rows on check your answers.
#[derive(Clone, Copy)]
pub struct ChildQuestionFns {
    pub applies_to: fn(&Child) -> bool,
    pub fields: fn(&Child) -> Fields,
    pub save: fn(&Fields, &mut Answers, usize, Lang) -> Result<(), FormErrors>,
    pub view: fn(StepContext<'_>, &Fields, &Answers, usize) -> Markup,
    pub row: fn(&Answers, usize, Lang) -> Option<SummaryRow>,
}

impl ChildQuestionFns {
    pub(crate) fn of<Q: ChildQuestion>() -> Self {
        Self { applies_to: Q::applies_to, fields: Q::fields_for, save: Q::save_for, view: Q::view_for, row: Q::row_for }
    }
}

/// How "Yes", "No" and "I do not know" read, for a child's question that may be answered so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YesNoOrNotKnownLabels {
    pub yes: &'static str,
    pub no: &'static str,
    pub not_known: &'static str,
}

impl YesNoOrNotKnownLabels {
    pub const EN: Self = Self { yes: "Yes", no: "No", not_known: "I do not know" };

    pub fn label(&self, answer: YesNoOrNotKnown) -> &'static str {
        match answer {
            YesNoOrNotKnown::Yes => self.yes,
            YesNoOrNotKnown::No => self.no,
            YesNoOrNotKnown::NotKnown => self.not_known,
        }
    }

    /// The radios: yes, no, then "I do not know" after "or"
    /// (<https://design-system.service.gov.uk/components/radios/#add-an-option-for-none>).
    pub fn radios(
        &self,
        context: StepContext<'_>,
        field: &str,
        title: &str,
        hint: Option<&str>,
        fields: &Fields,
    ) -> Markup {
        let choice = |answer| Choice::of(answer, YesNoOrNotKnown::form_value, self.label(answer), None);
        let choices = [choice(YesNoOrNotKnown::Yes), choice(YesNoOrNotKnown::No)];
        let or_else = Some(choice(YesNoOrNotKnown::NotKnown));
        radios_question(context, field, heading_legend(title), hint, &choices, or_else, fields)
    }
}

/// What the children's questions' tests share.
#[cfg(test)]
pub(crate) mod testing {
    use intake::Answers;
    use intake::children::Child;
    use intake::domain::{DateOfBirth, PersonName};
    use templates::FormErrors;
    use templates::components::SummaryRow;

    use crate::kit::{Back, StepContext};

    /// Answers with these children, born on 1 June 2015, with nothing yet asked about them.
    pub fn answers_with(names: &[&str]) -> Answers {
        let today = crate::testing::TODAY;
        let born = DateOfBirth::parse("1", "6", "2015", today).expect("a date of birth");
        let child = |name: &&str| Child::new(PersonName::parse(name).expect("a name"), born, today);
        Answers { children: names.iter().map(child).collect(), ..Answers::default() }
    }

    /// A row's key and value, as text.
    pub fn values(row: &SummaryRow) -> (String, String) {
        (row.key.content.render().into_string(), row.value.content.render().into_string())
    }

    static NO_ERRORS: std::sync::LazyLock<FormErrors> = std::sync::LazyLock::new(FormErrors::new);

    pub fn context() -> StepContext<'static> {
        StepContext::new("token", Back::To("/children/add"), &NO_ERRORS)
    }
}
