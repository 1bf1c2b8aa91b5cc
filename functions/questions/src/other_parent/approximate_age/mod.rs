//! "About how old is the other parent?": asked only when their date of birth is not known, since an approximate
//! age still helps CMS find them (docs/domain.md, "What the real application asks": the other parent). Blank is
//! "not known", an answer like any other.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::other_parent::{AGES, MaybeKnown};
use maud::Markup;
use templates::components::{Content, Hint, Input, InputAffix, Label, SummaryRow, input};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::{StepContext, error, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "approximate-age";

pub struct OtherParentApproximateAge;

impl Page for OtherParentApproximateAge {
    const ID: &'static str = "other-parent-age";
    const PATH: &'static str = "/other-parent-age";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "35")]], disclosed: &[&[(FIELD, "")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.approximate_age.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        answers.other_parent.asks_approximate_age()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let other_parent = &answers.other_parent;
        let value = other_parent.approximate_age.filter(|_| other_parent.asks_approximate_age()).map(|age| match age {
            MaybeKnown::Known(age) => (copy.summary_value)(age),
            MaybeKnown::NotKnown => copy.not_known.to_owned(),
        });
        let row = summary::row(
            copy.summary_key,
            value.as_deref(),
            Step::OtherParentApproximateAge,
            copy.summary_change,
            lang,
        );
        summary::rows(vec![row])
    }
}

/// The age as typed: blank is not known; otherwise a whole number in [`AGES`].
fn parse_age(typed: &str, copy: &Copy) -> Result<MaybeKnown<u8>, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(MaybeKnown::NotKnown);
    }
    let digits = typed.strip_prefix('-').unwrap_or(typed);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(copy.not_a_whole_number);
    }
    typed.parse::<u8>().ok().filter(|age| AGES.contains(age)).map(MaybeKnown::Known).ok_or(copy.out_of_range)
}

impl Question for OtherParentApproximateAge {
    fn fields(answers: &Answers) -> Fields {
        let age = answers.other_parent.approximate_age.and_then(|age| age.known().copied());
        Fields::new().with(FIELD, age.map(|age| age.to_string()).as_deref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let age =
            parse_age(fields.get(FIELD).unwrap_or(""), Copy::of(lang)).map_err(|message| error(FIELD, message))?;
        answers.other_parent.approximate_age = Some(age);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let field = input(&Input {
            name: FIELD.into(),
            inputmode: Some("numeric".into()),
            value: fields.get(FIELD).map(str::to_owned),
            label: Some(Label {
                content: Content::text(copy.title),
                classes: Some("govuk-label--l".into()),
                is_page_heading: Some(true),
                for_id: None,
            }),
            hint: Some(Hint { content: Content::text(copy.hint), ..Hint::default() }),
            error_message: context.errors.message_for(FIELD, context.lang),
            suffix: Some(InputAffix { content: Content::text(copy.suffix), classes: None }),
            classes: Some("govuk-input--width-3".into()),
            spellcheck: Some(false),
            ..Input::default()
        });
        question_page(context, copy.title, field)
    }
}
