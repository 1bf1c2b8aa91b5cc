//! The children added so far, each with Change and Remove, and "Do you need to add another child?"
//! (<https://design-system.service.gov.uk/patterns/add-multiple-things/>). Not one [`Question`](crate::Question):
//! its answer is whether the list is finished, and its child's change and remove pages are reached by the child's
//! place in the list, so `apply`'s own handlers serve them with the views and parsing here. A full list
//! (`intake::children::MAX_CHILDREN`) says so instead of asking, and its form posts "no".

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::{Child, MAX_CHILDREN};
use maud::{Markup, html};
use templates::components::{
    Content, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow, summary_list,
};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};

use crate::kit::date::long_date;
use crate::kit::yes_no::{NO, parse_yes_no, yes_no, yes_no_in, yes_or_no};
use crate::kit::{StepContext, error, question_page, sub_legend, summary};
use crate::{Example, Page, Step};

pub const ADD_ANOTHER: &str = "add-another-child";
pub const REMOVE: &str = "remove-child";

pub struct ChildrenList;

impl Page for ChildrenList {
    const ID: &'static str = "children";
    const PATH: &'static str = "/children";
    const SECTION: SectionId = SectionId::Children;
    const EXAMPLE: Example = Example::both(&[&[(ADD_ANOTHER, NO)]]);

    /// Answered once the applicant has said there are no more, and while there is a child to list.
    fn is_answered(answers: &Answers) -> bool {
        answers.finished_adding_children && !answers.children.is_empty()
    }

    /// Child by child: their name and date of birth (changed from the list), then each question asked about them
    /// ([`crate::child_questions`], each with its Change link).
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        summary::rows(
            answers
                .children
                .iter()
                .enumerate()
                .flat_map(|(index, child)| {
                    let name = child.full_name.as_str();
                    let details =
                        summary::row(name, Some(&long_date(&child.date_of_birth, lang)), Step::Children, name, lang);
                    std::iter::once(details)
                        .chain(crate::child_questions().map(move |question| (question.row)(answers, index, lang)))
                })
                .collect(),
        )
    }
}

/// The page that changes the child at `index` of the list.
pub fn change_path(index: usize) -> String {
    format!("{}/{index}/change", ChildrenList::PATH)
}

/// The page that removes the child at `index` of the list.
pub fn remove_path(index: usize) -> String {
    format!("{}/{index}/remove", ChildrenList::PATH)
}

/// The list of children, and whether to add another (or, for a full list, that no more can be).
pub fn view(context: StepContext<'_>, children: &[Child], fields: &Fields) -> Markup {
    let copy = Copy::of(context.lang);
    let title = (copy.title)(children.len());
    let rows = children
        .iter()
        .enumerate()
        .map(|(index, child)| {
            let action = |verb: &str, href: String| SummaryAction {
                href,
                content: Content::text(verb),
                visually_hidden_text: Some(child.full_name.as_str().to_owned()),
                classes: None,
                post: None,
            };
            SummaryRow {
                key: SummaryCell { content: Content::text(child.full_name.as_str()), classes: None },
                value: SummaryCell {
                    content: Content::text(long_date(&child.date_of_birth, context.lang)),
                    classes: None,
                },
                actions: Some(SummaryActions {
                    items: vec![
                        action(context.kit().change, context.lang.href(&change_path(index)).to_string()),
                        action(copy.remove, context.lang.href(&remove_path(index)).to_string()),
                    ],
                    classes: None,
                }),
                classes: None,
            }
        })
        .collect();
    let question = if children.len() < MAX_CHILDREN {
        yes_no_in(
            context,
            ADD_ANOTHER,
            sub_legend(copy.add_another),
            &copy.add_another_answers,
            None,
            fields.get(ADD_ANOTHER),
        )
    } else {
        html! {
            p.govuk-body { (copy.list_full) }
            input type="hidden" name=(ADD_ANOTHER) value=(NO);
        }
    };
    let body = html! {
        h1.govuk-heading-l { (title) }
        (summary_list(&SummaryList { rows, classes: None }))
        (question)
    };
    question_page(context, &title, body)
}

/// Whether to add another child, as posted; or the question's error. Yes on a full list (which only a hand-made
/// post can send: the full list's form posts no) is the caller's to refuse, with this same error
/// (`Copy::add_another_not_selected`), as the list has always done.
pub fn parse_add_another(fields: &Fields, lang: Lang) -> Result<bool, FormErrors> {
    yes_or_no(fields, ADD_ANOTHER, Copy::of(lang).add_another_not_selected)
}

/// "Are you sure you want to remove …?"
pub fn remove_view(context: StepContext<'_>, child: &Child, fields: &Fields) -> Markup {
    let copy = Copy::of(context.lang);
    let title = (copy.remove_title)(child.full_name.as_str());
    question_page(context, &title, yes_no(context, REMOVE, &title, &copy.remove_answers, None, fields.get(REMOVE)))
}

/// Whether to remove `child`, as posted; or the question's error, which names the child.
pub fn parse_remove(fields: &Fields, child: &Child, lang: Lang) -> Result<bool, FormErrors> {
    parse_yes_no(fields, REMOVE)
        .ok_or_else(|| error(REMOVE, &(Copy::of(lang).remove_not_selected)(child.full_name.as_str())))
}
