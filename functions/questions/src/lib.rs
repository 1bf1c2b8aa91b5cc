//! Every question the applicant is asked, one folder a step: `src/<section>/<step>/` holds the step's fields,
//! parsing and saving, view, summary rows for check your answers (which casework reads too) and example answer in
//! `mod.rs`, its words in each language in `copy.rs`, and its tests in `tests.rs`. What the steps share is in
//! [`kit`]. No HTTP and no DynamoDB: `apply` serves these pages, `intake` keeps the answers.
//!
//! The [`registry!`] below is the one list of steps: from it come [`Step`], each step's id, path and "is it
//! answered", the question that asks it (the routes and the offline, fuzz and benchmark lists are made from
//! [`Step::ALL`] and [`Step::question`]), its rows on check your answers, and its example answers, from which
//! [`examples`] makes the example applications. A step left out of it is a step nothing can reach; a step in it
//! must give all of these, or the crate does not compile. The order in which they are asked is [`journey`]'s.
//! `docs/adding-a-question.md` walks through adding one.

pub mod check_your_answers;
pub mod examples;
pub mod journey;
pub mod kit;

pub mod about_you;
pub mod children;
pub mod eligibility;
pub mod other_parent;
pub mod payments;
pub mod safety;
pub mod your_income;

use intake::Answers;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

pub use children::{ChildQuestion, ChildQuestionFns};
pub use examples::Example;
pub use kit::StepContext;

/// A page of the journey: what the registry needs of every step.
pub trait Page {
    /// The step's stable name: what a safety page's form posts (its URL cannot say), what the server keeps, what
    /// fuzz seeds and recorded pages are named by. Never shown to anyone.
    const ID: &'static str;
    /// The page's URL. Paths name the question, never an answer (they end up in history and logs); every page of
    /// the safety section has the same one, [`journey::YOUR_SAFETY`].
    const PATH: &'static str;
    /// The part of check your answers its rows are in.
    const SECTION: SectionId;
    /// What the example applications answer here (`examples`).
    const EXAMPLE: Example;
    /// What the example of a parent who pays answers here, where it is not what the plain example answers
    /// (`examples::Which::Paying`).
    const PAYING: Option<&'static [examples::Post]> = None;

    /// Whether this step's answer is present.
    fn is_answered(answers: &Answers) -> bool;

    /// Whether the step asks anything of these answers: a step that does not is passed over (a question asked only
    /// of children aged 16 to 19, when there are none).
    fn applies(_answers: &Answers) -> bool {
        true
    }

    /// Its rows on check your answers, in `lang` (none for a question not answered, or not on the path).
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow>;
}

/// One question page of the journey: shown from the answers, posted, parsed into domain types and saved.
pub trait Question: Page {
    /// The saved answer as the form's fields, to fill the page in.
    fn fields(answers: &Answers) -> Fields;

    /// Parses the posted fields into domain types and records them, clearing answers that depended on them; or the
    /// errors to show, in `lang`. `today` is the date the rules about dates (of birth, in the past) are judged on.
    fn save(fields: &Fields, answers: &mut Answers, today: Date, lang: Lang) -> Result<(), FormErrors>;

    /// The page, showing `fields` (saved, or as just typed) and any errors.
    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup;
}

/// A [`Question`]'s functions as values, for code that picks the question by its step at run time (the routes,
/// the safety section's one URL, the offline entry point).
#[derive(Clone, Copy)]
pub struct QuestionFns {
    pub step: Step,
    pub fields: fn(&Answers) -> Fields,
    pub save: fn(&Fields, &mut Answers, Date, Lang) -> Result<(), FormErrors>,
    pub view: fn(StepContext<'_>, &Fields, &Answers) -> Markup,
    /// A question asked of each child: the same, about a child the page names.
    pub child: Option<ChildQuestionFns>,
}

impl QuestionFns {
    fn of<Q: Question>(step: Step) -> Self {
        Self { step, fields: Q::fields, save: Q::save, view: Q::view, child: None }
    }

    fn of_child<Q: ChildQuestion>(step: Step) -> Self {
        Self { child: Some(ChildQuestionFns::of::<Q>()), ..Self::of::<Q>(step) }
    }

    /// The child's question about the child at `child`, if this is one and that child exists.
    fn about(&self, answers: &Answers, child: Option<usize>) -> Option<(ChildQuestionFns, usize)> {
        Some((self.child?, child.filter(|&index| index < answers.children.len())?))
    }

    /// The saved answer as the form's fields: about the child the page names (`?child=N`), if any.
    pub fn fields_about(&self, answers: &Answers, child: Option<usize>) -> Fields {
        match self.about(answers, child) {
            Some((fns, index)) => (fns.fields)(&answers.children[index]),
            None => (self.fields)(answers),
        }
    }

    /// Saves the answer: about the child the page names, if any.
    pub fn save_about(
        &self,
        fields: &Fields,
        answers: &mut Answers,
        child: Option<usize>,
        today: Date,
        lang: Lang,
    ) -> Result<(), FormErrors> {
        match self.about(answers, child) {
            Some((fns, index)) => (fns.save)(fields, answers, index, lang),
            None => (self.save)(fields, answers, today, lang),
        }
    }

    /// The page: about the child the page names, if any.
    pub fn view_about(
        &self,
        context: StepContext<'_>,
        fields: &Fields,
        answers: &Answers,
        child: Option<usize>,
    ) -> Markup {
        match self.about(answers, child) {
            Some((fns, index)) => (fns.view)(context, fields, answers, index),
            None => (self.view)(context, fields, answers),
        }
    }
}

/// The registry: every step, in the journey's order, and the type in its folder that is it. `question` for a
/// page that is one [`Question`]; `child_question` for one asked of each child ([`ChildQuestion`]); `page` for one
/// that is not (the children's list and check your answers, whose handlers are `apply`'s own).
macro_rules! registry {
    ($($step:ident => $kind:ident($page:ty),)+) => {
        /// A page of the journey, in the order they are asked.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Step {
            $($step,)+
        }

        impl Step {
            /// Every step, in the journey's order.
            pub const ALL: &'static [Step] = &[$(Step::$step,)+];

            /// The step's stable name ([`Page::ID`]).
            pub fn id(self) -> &'static str {
                match self { $(Step::$step => <$page as Page>::ID,)+ }
            }

            /// The page's URL ([`Page::PATH`]).
            pub fn path(self) -> &'static str {
                match self { $(Step::$step => <$page as Page>::PATH,)+ }
            }

            /// The part of check your answers its rows are in.
            pub fn section(self) -> templates::sections::SectionId {
                match self { $(Step::$step => <$page as Page>::SECTION,)+ }
            }

            /// Whether this step's answer is present. Check your answers is never "answered": it is where a
            /// complete journey rests.
            pub fn is_answered(self, answers: &Answers) -> bool {
                match self { $(Step::$step => <$page as Page>::is_answered(answers),)+ }
            }

            /// Whether the step asks anything of these answers ([`Page::applies`]).
            pub fn applies(self, answers: &Answers) -> bool {
                match self { $(Step::$step => <$page as Page>::applies(answers),)+ }
            }

            /// Its rows on check your answers.
            pub fn summary(self, answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
                match self { $(Step::$step => <$page as Page>::summary(answers, lang),)+ }
            }

            /// What the example applications answer here.
            pub fn example(self) -> Example {
                match self { $(Step::$step => <$page as Page>::EXAMPLE,)+ }
            }

            /// What the example of a parent who pays answers, where it differs from the plain example.
            pub fn paying_example(self) -> Option<&'static [examples::Post]> {
                match self { $(Step::$step => <$page as Page>::PAYING,)+ }
            }

            /// The question that asks it; `None` for the pages that are not one question.
            pub fn question(self) -> Option<QuestionFns> {
                match self { $(Step::$step => registry!(@question $kind $page, Step::$step),)+ }
            }
        }
    };
    (@question question $page:ty, $step:expr) => { Some(QuestionFns::of::<$page>($step)) };
    (@question child_question $page:ty, $step:expr) => { Some(QuestionFns::of_child::<$page>($step)) };
    (@question page $page:ty, $step:expr) => { None };
}

registry! {
    WhereYouLive => question(eligibility::where_you_live::WhereYouLive),
    YourRole => question(eligibility::your_role::YourRole),
    CourtOrder => question(eligibility::court_order::CourtOrderQuestion),
    YourSafety => question(safety::your_safety::YourSafety),
    KindsOfAbuse => question(safety::kinds_of_abuse::KindsOfAbuse),
    ImmediateDanger => question(safety::immediate_danger::ImmediateDanger),
    HelpNow => question(safety::help_now::HelpNow),
    UrgentRequest => question(safety::urgent_request::UrgentRequestQuestion),
    KeepPrivate => question(safety::keep_private::KeepPrivate),
    SafeContact => question(safety::safe_contact::SafeContactQuestion),
    LettersHome => question(safety::letters_home::LettersHome),
    LettersAddress => question(safety::letters_address::LettersAddress),
    Evidence => question(safety::evidence::EvidenceQuestion),
    YourName => question(about_you::your_name::YourName),
    YourDateOfBirth => question(about_you::your_date_of_birth::YourDateOfBirth),
    YourNationalInsuranceNumber => question(about_you::your_national_insurance_number::YourNationalInsuranceNumber),
    YourAddress => question(about_you::your_address::YourAddress),
    YourContactDetails => question(about_you::your_contact_details::YourContactDetails),
    PhoneIsOwn => question(about_you::phone_is_own::PhoneIsOwn),
    SupportNeeds => question(about_you::support_needs::SupportNeedsQuestion),
    ContactLanguage => question(about_you::contact_language::ContactLanguage),
    AddChild => question(children::add_child::AddChild),
    ChildEducation => child_question(children::education::ChildEducation),
    ChildMarried => child_question(children::married::ChildMarried),
    ChildBenefit => child_question(children::child_benefit::ChildBenefit),
    OvernightStays => child_question(children::overnight_stays::OvernightStaysQuestion),
    BirthCertificate => child_question(children::birth_certificate::BirthCertificate),
    Children => page(children::list::ChildrenList),
    OtherParentName => question(other_parent::name::OtherParentName),
    OtherParentDateOfBirth => question(other_parent::date_of_birth::OtherParentDateOfBirth),
    OtherParentApproximateAge => question(other_parent::approximate_age::OtherParentApproximateAge),
    OtherParentLives => question(other_parent::lives::OtherParentLives),
    EmployerAbroad => question(other_parent::employer_abroad::EmployerAbroad),
    OtherParentAddressAbroad => question(other_parent::address_abroad::OtherParentAddressAbroad),
    OtherParentKnowsAddress => question(other_parent::knows_address::OtherParentKnowsAddress),
    OtherParentAddress => question(other_parent::address::OtherParentAddress),
    HowAddressKnown => question(other_parent::how_address_known::HowAddressKnownQuestion),
    OtherParentOtherDetails => question(other_parent::other_details::OtherParentOtherDetails),
    OtherParentKnowsWhereYouLive => question(other_parent::knows_where_you_live::OtherParentKnowsWhereYouLive),
    ExistingCase => question(other_parent::existing_case::ExistingCase),
    IncomeSources => question(your_income::income_sources::IncomeSources),
    Employers => question(your_income::employers::Employers),
    Benefits => question(your_income::benefits::Benefits),
    OtherChildren => question(your_income::other_children::OtherChildren),
    ChildrenPaidFor => question(your_income::children_paid_for::ChildrenPaidFor),
    PaymentService => question(payments::payment_service::PaymentServiceQuestion),
    HasBankAccount => question(payments::has_bank_account::HasBankAccount),
    ShareBankDetails => question(payments::share_bank_details::ShareBankDetails),
    BankDetails => question(payments::bank_details::BankDetailsQuestion),
    CheckYourAnswers => page(check_your_answers::CheckYourAnswers),
}

/// The steps that are one question each: every step but the children's list and check your answers. The offline
/// entry point, the fuzz target and the benchmarks go through these.
pub fn question_steps() -> impl Iterator<Item = Step> {
    Step::ALL.iter().copied().filter(|step| step.question().is_some())
}

/// The questions asked of each child, in the journey's order: their rows on check your answers, child by child.
pub fn child_questions() -> impl Iterator<Item = ChildQuestionFns> {
    Step::ALL.iter().filter_map(|step| step.question()?.child)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_listed_under_its_own_step_and_ids_and_paths_are_one_each() {
        let mut ids = Vec::new();
        for &step in Step::ALL {
            if let Some(question) = step.question() {
                assert_eq!(question.step, step, "{step:?}");
            }
            assert_eq!(Step::from_id(step.id()), Some(step), "{step:?}");
            ids.push(step.id());
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Step::ALL.len(), "ids are distinct");
        assert_eq!(question_steps().count(), Step::ALL.len() - 2, "all but the children's list and check your answers");
    }
}

/// What the steps' tests share.
#[cfg(test)]
pub(crate) mod testing {
    use templates::{Fields, FormErrors, Lang};
    use time::Date;

    /// The day the tests judge dates on.
    pub const TODAY: Date = time::macros::date!(2026 - 11 - 22);

    /// A form's fields as posted (`a=1&b=2`).
    pub fn posted(body: &str) -> Fields {
        Fields::from_pairs(serde_urlencoded::from_str(body).unwrap_or_default())
    }

    /// Each error as (field, message).
    pub fn messages(errors: &FormErrors) -> Vec<(&str, &str)> {
        errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect()
    }

    pub const EN: Lang = Lang::En;
}
