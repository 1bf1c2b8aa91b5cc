//! "Is the other parent named on …’s birth certificate?", asked of each child (Yes, No or I do not know): a
//! parent named on it is presumed to be the child's parent, which settles most questions of parentage before they
//! are asked (docs/domain.md, "What the real application asks").

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::{Child, YesNoOrNotKnown};
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};

use super::{ChildQuestion, answered_for_every_child};
use crate::kit::choices::parse_choice;
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Step};

pub const FIELD: &str = "other-parent-on-birth-certificate";

pub struct BirthCertificate;

impl Page for BirthCertificate {
    const ID: &'static str = "children/birth-certificate";
    const PATH: &'static str = "/children/birth-certificate";
    const SECTION: SectionId = SectionId::Children;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "yes")]]);

    fn is_answered(answers: &Answers) -> bool {
        answered_for_every_child::<Self>(answers)
    }

    /// None: the children's rows are the list's, child by child ([`ChildQuestion::row_for`]).
    fn summary(_answers: &Answers, _lang: Lang) -> Vec<SummaryRow> {
        Vec::new()
    }
}

impl ChildQuestion for BirthCertificate {
    fn is_answered_for(child: &Child) -> bool {
        child.other_parent_on_birth_certificate.is_some()
    }

    fn fields_for(child: &Child) -> Fields {
        Fields::new().with(FIELD, child.other_parent_on_birth_certificate.map(YesNoOrNotKnown::form_value))
    }

    fn save_for(fields: &Fields, answers: &mut Answers, index: usize, lang: Lang) -> Result<(), FormErrors> {
        let child = &mut answers.children[index];
        let not_selected = (Copy::of(lang).not_selected)(child.full_name.as_str());
        child.other_parent_on_birth_certificate =
            Some(parse_choice(fields, FIELD, YesNoOrNotKnown::parse, &not_selected)?);
        Ok(())
    }

    fn view_for(context: StepContext<'_>, fields: &Fields, answers: &Answers, index: usize) -> Markup {
        let copy = Copy::of(context.lang);
        let title = (copy.title)(answers.children[index].full_name.as_str());
        question_page(context, &title, copy.answers.radios(context, FIELD, &title, Some(copy.hint), fields))
    }

    fn row_for(answers: &Answers, index: usize, lang: Lang) -> Option<SummaryRow> {
        let copy = Copy::of(lang);
        let child = &answers.children[index];
        let name = child.full_name.as_str();
        let value = child.other_parent_on_birth_certificate.map(|answer| copy.answers.label(answer));
        summary::child_row(
            &(copy.summary_key)(name),
            value,
            Step::BirthCertificate,
            index,
            &(copy.summary_change)(name),
            lang,
        )
    }
}
