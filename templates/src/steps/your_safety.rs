//! "Your safety": the routine enquiry, asked of every applicant (docs/domain.md: ask everyone, neutrally, with a broad
//! definition and no proof). It opens the safety section with a gentle warning, what we do with the answer and who
//! sees it, and 999 first for anyone in danger now.

use maud::{Markup, html};

use super::{StepContext, YOUR_SAFETY, question_page, sub_legend, yes_no_in};
use crate::Fields;
use crate::components::{Content, Details, InsetText, details, inset_text};
use crate::pages::journey::emergency_warning;

pub const FIELD: &str = "abuse";
pub const QUESTION: &str = "Has the other parent been abusive or controlling towards you or your children?";
pub const ERROR_NOT_SELECTED: &str =
    "Select yes if the other parent has been abusive or controlling towards you or your children";

/// The definition the review asked for (the Domestic Abuse Act 2021's, in plain words), towards the applicant or
/// the children, during the relationship or after it.
pub const KINDS_OF_ABUSE: [&str; 7] = [
    "physical or sexual abuse",
    "emotional or psychological abuse, such as putting you down, humiliating you or making you feel afraid",
    "coercive or controlling behaviour, such as isolating you, monitoring you or controlling what you do",
    "economic abuse, such as controlling your money, running up debts in your name or stopping you working",
    "threats, including threats to hurt you, your children or themselves",
    "stalking or harassment",
    "any of these towards your children, or in front of them",
];

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (YOUR_SAFETY) }
        (inset_text(&InsetText {
            content: Content::text(
                "You may find some of these questions difficult. Take your time. You only need to tell us what you \
                 feel able to.",
            ),
            ..InsetText::default()
        }))
        p.govuk-body {
            "We ask everyone who applies about domestic abuse. Your answers help us handle your application safely. \
             For example, if you tell us about abuse, we collect child maintenance from the other parent and pay it \
             to you, so you do not need to be in contact with them."
        }
        p.govuk-body { "We will not tell the other parent anything you say in this section. You do not need proof." }
        (details(&Details {
            summary_text: Some("What we mean by abuse".into()),
            content: Content::html(html! {
                p.govuk-body { "Abuse can happen during a relationship or after it has ended. It includes:" }
                ul class="govuk-list govuk-list--bullet" { @for kind in KINDS_OF_ABUSE { li { (kind) } } }
                p.govuk-body { "It can be a single incident or a pattern over time." }
            }),
            ..Details::default()
        }))
        (emergency_warning())
        (yes_no_in(context, FIELD, sub_legend(QUESTION), None, fields.get(FIELD)))
    };
    question_page(context, YOUR_SAFETY, body)
}
