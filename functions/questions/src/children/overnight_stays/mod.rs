//! "How many nights does … usually stay with the other parent?", asked of each child: none, a usual number a week
//! or a fortnight, about a number a year, or care shared equally (a caseworker calls); from the second child on,
//! "the same as for" the first. The nights a year it implies decide the shared-care band
//! (`intake::children::SharedCareBand`), which changes the amount (docs/domain.md, "What the real application
//! asks"). The number of nights is one field after the choices, not a field revealed under each: govuk-frontend's
//! conditional reveal puts `aria-expanded` on the radios, which ARIA does not allow there and axe reports as a
//! critical violation (a known issue the Design System keeps: alphagov/govuk-frontend#979), and every page here
//! passes axe.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::{Copy, NightsErrors, Wording};

use intake::Answers;
use intake::children::{Child, HowOften, OvernightStays};
use maud::{Markup, html};
use templates::components::{Content, Hint, Input, Label, RadioItem, Radios, SummaryRow, input, radios};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};

use super::{ChildQuestion, answered_for_every_child};
use crate::kit::{StepContext, error, heading_legend, question_page, summary};
use crate::{Example, Page, Step};

/// How often (one of `HowOften`'s values, or [`SAME_AS_FIRST`]).
pub const FIELD: &str = "overnight-stays";
/// The number of nights, for the answers that need one (a week, a fortnight, a year).
pub const NIGHTS: &str = "nights";
/// "The same as for" the first child: their answer, copied.
pub const SAME_AS_FIRST: &str = "same-as-first-child";

pub struct OvernightStaysQuestion;

impl Copy {
    fn label(&self, how_often: HowOften) -> &'static str {
        match how_often {
            HowOften::None => self.none,
            HowOften::AWeek => self.a_week,
            HowOften::AFortnight => self.a_fortnight,
            HowOften::AYear => self.a_year,
            HowOften::SharedEqually => self.shared_equally,
        }
    }

    fn errors(&self, how_often: HowOften) -> &NightsErrors {
        match how_often {
            HowOften::AWeek => &self.a_week_errors,
            HowOften::AFortnight => &self.a_fortnight_errors,
            _ => &self.a_year_errors,
        }
    }
}

/// The first child's answer, offered to the children after them.
fn first_childs(answers: &Answers, index: usize) -> Option<(&Child, OvernightStays)> {
    let first = answers.children.first().filter(|_| index > 0)?;
    Some((first, first.overnight_stays?))
}

impl Page for OvernightStaysQuestion {
    const ID: &'static str = "children/overnight-stays";
    const PATH: &'static str = "/children/overnight-stays";
    const SECTION: SectionId = SectionId::Children;
    /// A fortnight's two nights at the other parent's (104 nights a year: shared care, two sevenths off) for the
    /// example without a disclosure; none for the one with.
    const EXAMPLE: Example =
        Example { plain: &[&[(FIELD, "a-fortnight"), (NIGHTS, "4")]], disclosed: &[&[(FIELD, "none")]] };

    fn is_answered(answers: &Answers) -> bool {
        answered_for_every_child::<Self>(answers)
    }

    /// None: the children's rows are the list's, child by child ([`ChildQuestion::row_for`]).
    fn summary(_answers: &Answers, _lang: Lang) -> Vec<SummaryRow> {
        Vec::new()
    }
}

impl ChildQuestion for OvernightStaysQuestion {
    fn is_answered_for(child: &Child) -> bool {
        child.overnight_stays.is_some()
    }

    fn fields_for(child: &Child) -> Fields {
        let Some(stays) = child.overnight_stays else { return Fields::new() };
        let how_often = stays.how_often();
        let fields = Fields::new().with(FIELD, Some(how_often.form_value()));
        match stays.nights() {
            Some(nights) => fields.with(NIGHTS, Some(&nights.to_string())),
            None => fields,
        }
    }

    fn save_for(fields: &Fields, answers: &mut Answers, index: usize, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let not_selected = (copy.wording(answers).not_selected)(answers.children[index].full_name.as_str());
        let stays = match fields.get(FIELD) {
            Some(SAME_AS_FIRST) => first_childs(answers, index).map(|(_, stays)| stays),
            Some(value) => match HowOften::parse(value) {
                Some(how_often) => {
                    let parsed = OvernightStays::parse(how_often, fields.get(NIGHTS).unwrap_or(""));
                    Some(parsed.map_err(|e| error(NIGHTS, copy.errors(how_often).message(e)))?)
                }
                None => None,
            },
            None => None,
        };
        let stays = stays.ok_or_else(|| error(FIELD, &not_selected))?;
        answers.children[index].overnight_stays = Some(stays);
        Ok(())
    }

    fn view_for(context: StepContext<'_>, fields: &Fields, answers: &Answers, index: usize) -> Markup {
        let copy = Copy::of(context.lang);
        let title = (copy.wording(answers).title)(answers.children[index].full_name.as_str());
        let item = |how_often: HowOften| RadioItem {
            content: Content::text(copy.label(how_often)),
            value: Some(how_often.form_value().into()),
            hint: (how_often == HowOften::SharedEqually)
                .then(|| Hint { content: Content::text(copy.shared_equally_hint), ..Hint::default() }),
            ..RadioItem::default()
        };
        let same_as = first_childs(answers, index).map(|(first, _)| RadioItem {
            content: Content::text((copy.same_as)(first.full_name.as_str())),
            value: Some(SAME_AS_FIRST.into()),
            ..RadioItem::default()
        });
        let items = same_as
            .into_iter()
            .chain([HowOften::None, HowOften::AWeek, HowOften::AFortnight, HowOften::AYear].map(item))
            .chain([
                RadioItem { divider: Some(context.kit().or.into()), ..RadioItem::default() },
                item(HowOften::SharedEqually),
            ])
            .collect();
        let field = radios(&Radios {
            name: FIELD.into(),
            fieldset: heading_legend(&title),
            hint: Some(Hint { content: Content::text(copy.hint), ..Hint::default() }),
            error_message: context.errors.message_for(FIELD, context.lang),
            items,
            value: fields.get(FIELD).map(str::to_owned),
            ..Radios::default()
        });
        let nights = input(&Input {
            name: NIGHTS.into(),
            inputmode: Some("numeric".into()),
            value: fields.get(NIGHTS).map(str::to_owned),
            label: Some(Label {
                content: Content::text(copy.nights),
                classes: Some("govuk-label--s".into()),
                ..Label::default()
            }),
            hint: Some(Hint { content: Content::text(copy.nights_hint), ..Hint::default() }),
            error_message: context.errors.message_for(NIGHTS, context.lang),
            classes: Some("govuk-input--width-3".into()),
            spellcheck: Some(false),
            ..Input::default()
        });
        question_page(context, &title, html! { (field) (nights) })
    }

    fn row_for(answers: &Answers, index: usize, lang: Lang) -> Option<SummaryRow> {
        let copy = Copy::of(lang);
        let child = &answers.children[index];
        let name = child.full_name.as_str();
        let value = child.overnight_stays.map(copy.summary_value);
        let wording = copy.wording(answers);
        let (key, hidden) = ((wording.summary_key)(name), (wording.summary_change)(name));
        summary::child_row(&key, value.as_deref(), Step::OvernightStays, index, &hidden, lang)
    }
}
