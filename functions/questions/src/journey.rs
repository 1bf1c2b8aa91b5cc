//! The applicant's journey as data: which page comes next is a pure function of the answers, recomputed on
//! every request, so there is no stored cursor to go stale (the GOV.UK Forms and MoJ C100 approach). The whole
//! order is [`next_after`], in this one file, so that the safety section's routing is reviewed in one read; each
//! step's path, id and "is it answered" are its folder's (the registry in `lib.rs` lists them).

use intake::Answers;
use intake::children::{Child, YesNoOrNotKnown};
use intake::eligibility::Country;
use intake::safety::CallRequest;

pub use crate::Step;

/// The one URL of the safety section.
pub const YOUR_SAFETY: &str = "/your-safety";

/// A page that ends the journey because this service cannot take the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Northern Ireland has its own service, on nidirect.
    NorthernIreland,
    /// Neither the applicant nor (as far as this journey asks) the children live in the UK.
    OutsideUk,
    /// A child aged 16 to 19 not in approved education, or married or in a civil partnership.
    ChildNotEligible,
    /// A court order less than a year old, or made before 3 March 2003.
    CourtOrder,
    /// The other parent lives outside the UK, and CMS cannot act: they would receive maintenance, or they would pay
    /// it without working for a UK employer.
    OtherParentAbroad,
}

/// Where an applicant goes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Ask(Step),
    Stop(Stop),
}

impl Step {
    /// Whether this step is in the safety section: served at [`YOUR_SAFETY`] (see [`Step::path`]), titled "Your
    /// safety".
    pub fn is_safety(self) -> bool {
        self.path() == YOUR_SAFETY
    }

    /// The step served at `path`, for every path but [`YOUR_SAFETY`], which serves eight.
    pub fn from_path(path: &str) -> Option<Self> {
        Self::ALL.iter().copied().filter(|step| !step.is_safety()).find(|step| step.path() == path)
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|step| step.id() == id)
    }
}

impl Stop {
    pub fn path(self) -> &'static str {
        match self {
            Stop::NorthernIreland => "/northern-ireland",
            Stop::OutsideUk => "/outside-the-uk",
            Stop::ChildNotEligible => "/children-not-eligible",
            Stop::CourtOrder => "/court-order-in-place",
            Stop::OtherParentAbroad => "/other-parent-abroad",
        }
    }
}

/// The step after `step`, given the answers, or `None` where `step` is the last.
pub fn next_after(step: Step, answers: &Answers) -> Option<Next> {
    match step {
        Step::WhereYouLive => match answers.where_you_live {
            Some(Country::NorthernIreland) => Some(Next::Stop(Stop::NorthernIreland)),
            Some(Country::OutsideUk) => Some(Next::Stop(Stop::OutsideUk)),
            _ => Some(Next::Ask(Step::YourRole)),
        },
        Step::YourRole => Some(Next::Ask(Step::CourtOrder)),
        Step::CourtOrder => match answers.court_order {
            Some(order) if !order.allows_cms() => Some(Next::Stop(Stop::CourtOrder)),
            _ => Some(Next::Ask(Step::YourSafety)),
        },
        Step::YourSafety if answers.disclosure.is_made() => Some(Next::Ask(Step::KindsOfAbuse)),
        Step::YourSafety => Some(Next::Ask(Step::KeepPrivate)),
        Step::KindsOfAbuse => Some(Next::Ask(Step::ImmediateDanger)),
        Step::ImmediateDanger => match answers.disclosure.in_immediate_danger {
            Some(true) => Some(Next::Ask(Step::HelpNow)),
            _ => Some(Next::Ask(Step::KeepPrivate)),
        },
        Step::HelpNow => match answers.call_request {
            Some(CallRequest::CallThePolice | CallRequest::CallMeBack) => Some(Next::Ask(Step::UrgentRequest)),
            _ => Some(Next::Ask(Step::KeepPrivate)),
        },
        Step::UrgentRequest => Some(Next::Ask(Step::KeepPrivate)),
        Step::KeepPrivate => Some(Next::Ask(Step::SafeContact)),
        Step::SafeContact => Some(Next::Ask(Step::LettersHome)),
        // Another address for letters only when home is not safe (`Page::applies`).
        Step::LettersHome => Some(Next::Ask(Step::LettersAddress)),
        // Evidence is asked last (docs/design.md's order), and only after a disclosure.
        Step::LettersAddress if answers.disclosure.is_made() => Some(Next::Ask(Step::Evidence)),
        Step::LettersAddress | Step::Evidence => Some(Next::Ask(Step::YourName)),
        Step::YourName => Some(Next::Ask(Step::YourDateOfBirth)),
        Step::YourDateOfBirth => Some(Next::Ask(Step::YourNationalInsuranceNumber)),
        Step::YourNationalInsuranceNumber => Some(Next::Ask(Step::YourAddress)),
        Step::YourAddress => Some(Next::Ask(Step::YourContactDetails)),
        Step::YourContactDetails => Some(Next::Ask(Step::PhoneIsOwn)),
        Step::PhoneIsOwn => Some(Next::Ask(Step::SupportNeeds)),
        Step::SupportNeeds => Some(Next::Ask(Step::ContactLanguage)),
        Step::ContactLanguage => Some(Next::Ask(Step::AddChild)),
        // Each child is asked about as they are added: every child's question is asked of the first child without
        // its answer, so the one just added.
        // A child aged 16 to 19 qualifies in approved education and unmarried; one who does not ends the journey
        // until they are removed (or the answer changed): the stop page says which child, and why.
        Step::AddChild => Some(Next::Ask(Step::ChildEducation)),
        Step::ChildEducation if answers.children.iter().any(Child::left_education) => {
            Some(Next::Stop(Stop::ChildNotEligible))
        }
        Step::ChildEducation => Some(Next::Ask(Step::ChildMarried)),
        Step::ChildMarried if answers.children.iter().any(|child| child.qualifies() == Some(false)) => {
            Some(Next::Stop(Stop::ChildNotEligible))
        }
        Step::ChildMarried => Some(Next::Ask(Step::ChildBenefit)),
        Step::ChildBenefit => Some(Next::Ask(Step::OvernightStays)),
        Step::OvernightStays => Some(Next::Ask(Step::BirthCertificate)),
        Step::BirthCertificate => Some(Next::Ask(Step::Children)),
        // Children come between about you and the other parent.
        Step::Children => Some(Next::Ask(Step::OtherParentName)),
        Step::OtherParentName => Some(Next::Ask(Step::OtherParentDateOfBirth)),
        // An approximate age only when the date of birth is not known (`Page::applies`).
        Step::OtherParentDateOfBirth => Some(Next::Ask(Step::OtherParentApproximateAge)),
        Step::OtherParentApproximateAge => Some(Next::Ask(Step::OtherParentLives)),
        // Outside the UK CMS can act only for a parent who pays and works for a UK employer there; the UK address
        // is asked only of someone in the UK, or not known to be elsewhere.
        Step::OtherParentLives if answers.other_parent.lives_abroad() && !answers.receives_maintenance() => {
            Some(Next::Stop(Stop::OtherParentAbroad))
        }
        Step::OtherParentLives if answers.other_parent.lives_abroad() => Some(Next::Ask(Step::EmployerAbroad)),
        Step::OtherParentLives => Some(Next::Ask(Step::OtherParentKnowsAddress)),
        Step::EmployerAbroad if answers.other_parent.uk_employer_abroad == Some(YesNoOrNotKnown::No) => {
            Some(Next::Stop(Stop::OtherParentAbroad))
        }
        Step::EmployerAbroad => Some(Next::Ask(Step::OtherParentAddressAbroad)),
        Step::OtherParentAddressAbroad => Some(Next::Ask(Step::OtherParentOtherDetails)),
        Step::OtherParentKnowsAddress => match answers.other_parent.knows_address {
            Some(true) => Some(Next::Ask(Step::OtherParentAddress)),
            _ => Some(Next::Ask(Step::OtherParentOtherDetails)),
        },
        Step::OtherParentAddress => Some(Next::Ask(Step::HowAddressKnown)),
        Step::HowAddressKnown => Some(Next::Ask(Step::OtherParentOtherDetails)),
        Step::OtherParentOtherDetails => Some(Next::Ask(Step::OtherParentKnowsWhereYouLive)),
        // Someone who pays maintenance is not asked how they would like to be paid. After a disclosure the
        // payments page asks nothing either: it says that CMS will collect and pay.
        Step::OtherParentKnowsWhereYouLive => Some(Next::Ask(Step::ExistingCase)),
        // A parent who pays is asked about their income and other children instead (employers and benefits only
        // when those are among their sources: `Page::applies`).
        Step::ExistingCase if answers.receives_maintenance() => Some(Next::Ask(Step::PaymentService)),
        Step::ExistingCase => Some(Next::Ask(Step::IncomeSources)),
        Step::IncomeSources => Some(Next::Ask(Step::Employers)),
        Step::Employers => Some(Next::Ask(Step::Benefits)),
        Step::Benefits => Some(Next::Ask(Step::OtherChildren)),
        Step::OtherChildren => Some(Next::Ask(Step::ChildrenPaidFor)),
        Step::ChildrenPaidFor => Some(Next::Ask(Step::CheckYourAnswers)),
        Step::PaymentService => Some(Next::Ask(Step::HasBankAccount)),
        // Direct Pay asks first whether the details may go to the other parent (`Page::applies` passes over it
        // otherwise).
        Step::HasBankAccount => match answers.has_bank_account {
            Some(true) => Some(Next::Ask(Step::ShareBankDetails)),
            _ => Some(Next::Ask(Step::CheckYourAnswers)),
        },
        Step::ShareBankDetails => Some(Next::Ask(Step::BankDetails)),
        Step::BankDetails => Some(Next::Ask(Step::CheckYourAnswers)),
        Step::CheckYourAnswers => None,
    }
}

/// The page asked after `step`: [`next_after`], passing over the steps that ask nothing of these answers (the
/// questions for a child aged 16 to 19, when there is none). What a saved answer leads to.
pub fn next_asked(step: Step, answers: &Answers) -> Option<Next> {
    let mut next = next_after(step, answers);
    // Each step at most once, as the walk: a bug in the order cannot hang a request.
    for _ in 0..Step::ALL.len() {
        match next {
            Some(Next::Ask(later)) if !later.applies(answers) => next = next_after(later, answers),
            _ => break,
        }
    }
    next
}

/// What a saved answer at `step` leads to, outside change mode: the page asked after it ([`next_asked`]), or check
/// your answers after the last. In an application whose answers were copied from the one sent before (for children
/// with another parent), the copied answers have been shown for checking already, so the answered pages after
/// `step` are passed over too, to the first page still to answer.
pub fn next_after_saving(step: Step, answers: &Answers) -> Next {
    let after = |step| next_asked(step, answers).unwrap_or(Next::Ask(Step::CheckYourAnswers));
    let mut next = after(step);
    if answers.copied_from.is_some() {
        for _ in 0..Step::ALL.len() {
            match next {
                Next::Ask(later) if later != Step::CheckYourAnswers && later.is_answered(answers) => {
                    next = after(later)
                }
                _ => break,
            }
        }
    }
    next
}

/// The steps the applicant has passed through, in order, and where they are now: the first step whose answer
/// is missing, a stop page, or check your answers.
pub fn walk(answers: &Answers) -> (Vec<Step>, Next) {
    walk_by(answers, next_after)
}

/// [`walk`] by any order: the walk is bounded whatever `next_after` says.
fn walk_by(answers: &Answers, next_after: impl Fn(Step, &Answers) -> Option<Next>) -> (Vec<Step>, Next) {
    let mut completed = Vec::new();
    let mut current = Step::WhereYouLive;
    // Each step at most once: an order that led back to a step already passed would otherwise never end.
    for _ in 0..=Step::ALL.len() {
        // A step that asks nothing of these answers is passed over: not asked, not a page to go back to.
        if current.applies(answers) {
            if !current.is_answered(answers) {
                return (completed, Next::Ask(current));
            }
            completed.push(current);
        }
        match next_after(current, answers) {
            Some(Next::Ask(step)) => current = step,
            Some(stop @ Next::Stop(_)) => return (completed, stop),
            None => return (completed, Next::Ask(current)),
        }
        if completed.contains(&current) {
            break;
        }
    }
    // A cycle in the order (a bug): rest where it was found rather than walk for ever.
    (completed, Next::Ask(current))
}

/// Where the applicant should be now.
pub fn next_step(answers: &Answers) -> Next {
    walk(answers).1
}

/// Whether the applicant may see `step` now: any step already answered on their path (so they can go back and
/// change it), or the one they are up to. A URL for a later step is refused (the caller redirects).
pub fn may_visit(step: Step, answers: &Answers) -> bool {
    let (completed, next) = walk(answers);
    completed.contains(&step) || next == Next::Ask(step)
}

/// Which page of the safety section [`YOUR_SAFETY`] shows, and whether it was reached from check your answers.
/// The server keeps it with the draft, because the URL cannot say: it is set by the section's forms (Continue,
/// Back, and Change on check your answers), which are all posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SafetyPage {
    pub step: Step,
    pub change: bool,
}

impl SafetyPage {
    /// As the draft keeps it: the step's id, and `#change` in change mode.
    pub fn as_stored(self) -> String {
        if self.change { format!("{}#change", self.step.id()) } else { self.step.id().to_owned() }
    }

    pub fn parse(value: &str) -> Option<Self> {
        let (id, change) = match value.strip_suffix("#change") {
            Some(id) => (id, true),
            None => (value, false),
        };
        Step::from_id(id).filter(|step| step.is_safety()).map(|step| SafetyPage { step, change })
    }
}

/// The page [`YOUR_SAFETY`] shows: the one the server kept, if the applicant may see it; otherwise where they are
/// up to in the section; otherwise (the section done, as when Back is pressed on the page after it) its last page
/// on their path. `None` before the section is reached (the caller redirects to where they are).
pub fn safety_page(answers: &Answers, kept: Option<SafetyPage>) -> Option<SafetyPage> {
    let (completed, next) = walk(answers);
    let reached = |step: Step| completed.contains(&step) || next == Next::Ask(step);
    if let Some(kept) = kept.filter(|kept| kept.step.is_safety() && reached(kept.step)) {
        return Some(kept);
    }
    match next {
        Next::Ask(step) if step.is_safety() => Some(SafetyPage { step, change: false }),
        _ => completed.iter().rev().find(|step| step.is_safety()).map(|&step| SafetyPage { step, change: false }),
    }
}

/// The page before `step` on the applicant's path, for the Back link.
pub fn previous(step: Step, answers: &Answers) -> Option<Step> {
    let (completed, _) = walk(answers);
    let position = completed.iter().position(|s| *s == step).unwrap_or(completed.len());
    position.checked_sub(1).and_then(|i| completed.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use intake::children::YesNoOrNotKnown;
    use intake::domain::ShortText;
    use intake::eligibility::{CourtOrder, Role};
    use intake::other_parent::{
        AddressAbroad, KnowsWhereYouLive, MaybeKnown, OtherDetails, OtherParent, WhereOtherParentLives,
    };
    use intake::paying_parent::{ChildCount, IncomeSource};
    use intake::safety::{ContactMethod, Disclosure, SafeContact};
    use intake::urgent::{Help, UrgentRequest};

    fn answers(country: Option<Country>, role: Option<Role>) -> Answers {
        Answers { where_you_live: country, your_role: role, ..Answers::default() }
    }

    fn today() -> time::Date {
        time::macros::date!(2026 - 11 - 22)
    }

    /// [`complete`], with its one child changed.
    fn with_child(change: impl FnOnce(&mut intake::children::Child)) -> Answers {
        let mut answers = complete();
        change(&mut answers.children[0]);
        answers
    }

    /// Every question answered.
    fn complete() -> Answers {
        use intake::answers::{ContactDetails, Names};
        use intake::domain::*;
        let today = time::macros::date!(2026 - 11 - 22);
        Answers {
            your_name: Some(Names { full_name: PersonName::parse("Sam Jones").expect("valid"), other_names: None }),
            your_date_of_birth: Some(DateOfBirth::parse("1", "2", "1990", today).expect("valid")),
            your_national_insurance_number: Some(Nino::parse("AB123456C").expect("valid")),
            your_address: Some(UkAddress {
                line_1: AddressLine::parse("1 High Street").expect("valid"),
                line_2: None,
                town: AddressLine::parse("Leeds").expect("valid"),
                county: None,
                postcode: Postcode::parse("LS1 1AA").expect("valid"),
            }),
            your_contact_details: Some(ContactDetails {
                phone: PhoneNumber::parse("07700 900982").expect("valid"),
                email: None,
            }),
            children: vec![intake::children::Child {
                child_benefit: Some(YesNoOrNotKnown::Yes),
                overnight_stays: Some(intake::children::OvernightStays::None),
                other_parent_on_birth_certificate: Some(YesNoOrNotKnown::NotKnown),
                ..intake::children::Child::new(
                    PersonName::parse("Alex Jones").expect("valid"),
                    DateOfBirth::parse("1", "6", "2015", today).expect("valid"),
                    today,
                )
            }],
            finished_adding_children: true,
            phone_is_own: Some(true),
            support_needs: Some(intake::answers::SupportNeeds::default()),
            contact_language: Some(intake::answers::Language::English),
            existing_case: Some(false),
            other_parent: other_parent_known_only_by_name(),
            payment_service: Some(intake::payments::PaymentService::CollectAndPay),
            has_bank_account: Some(false),
            ..safety_answered(Disclosure { abuse: Some(false), ..Disclosure::default() })
        }
    }

    /// Eligible, and the safety section answered with `disclosure`: nothing to keep private, letters only.
    fn safety_answered(disclosure: Disclosure) -> Answers {
        Answers {
            disclosure,
            keep_private: Some(vec![]),
            safe_contact: Some(SafeContact { methods: vec![ContactMethod::Letters], safe_times: None }),
            letters_home: Some(true),
            ..eligible(Some(CourtOrder::None))
        }
    }

    /// [`complete`] after a disclosure, with no details and no danger.
    /// A complete application from a parent who pays, self-employed, changed by `change`.
    fn paying(change: impl FnOnce(&mut intake::paying_parent::PayingParent)) -> Answers {
        let mut answers = complete();
        answers.set_your_role(Role::ParentWithoutCare);
        let paying = &mut answers.paying_parent;
        paying.set_income_sources(vec![IncomeSource::SelfEmployment]);
        paying.other_children = Some(ChildCount::None);
        paying.children_paid_for = Some(ChildCount::One);
        change(paying);
        answers
    }

    fn complete_with_disclosure() -> Answers {
        Answers {
            disclosure: Disclosure {
                abuse: Some(true),
                kinds: Some(vec![]),
                in_immediate_danger: Some(false),
                evidence: Some(vec![]),
            },
            ..complete()
        }
    }

    /// [`complete_with_disclosure`] with its disclosure changed by `change`.
    fn with_disclosure(change: impl FnOnce(&mut Disclosure)) -> Answers {
        let mut answers = complete_with_disclosure();
        change(&mut answers.disclosure);
        answers
    }

    fn a_call_back() -> UrgentRequest {
        UrgentRequest {
            first_name: None,
            help: Help::CallMeBack {
                phone: intake::domain::PhoneNumber::parse("07700 900 982").expect("valid"),
                when: intake::domain::ShortText::parse("after 10am").expect("valid"),
            },
        }
    }

    /// The other parent's name, and "not known" to everything else: enough to apply.
    fn other_parent_known_only_by_name() -> OtherParent {
        use intake::answers::Names;
        use intake::domain::PersonName;
        OtherParent {
            name: Some(Names { full_name: PersonName::parse("Alex Smith").expect("valid"), other_names: None }),
            date_of_birth: Some(MaybeKnown::NotKnown),
            approximate_age: Some(MaybeKnown::NotKnown),
            lives: Some(WhereOtherParentLives::NotKnown),
            uk_employer_abroad: None,
            address_abroad: None,
            knows_address: Some(false),
            address: None,
            how_address_known: None,
            other_details: Some(OtherDetails::default()),
            knows_where_you_live: Some(KnowsWhereYouLive::NotKnown),
        }
    }

    /// [`complete`] with the other parent's answers changed by `change`.
    fn with_other_parent(change: impl FnOnce(&mut OtherParent)) -> Answers {
        let mut answers = complete();
        change(&mut answers.other_parent);
        answers
    }

    /// Eligibility answered in full, with the given children's and court order answers.
    fn eligible(court_order: Option<CourtOrder>) -> Answers {
        Answers { court_order, ..answers(Some(Country::England), Some(Role::ParentWithCare)) }
    }

    #[test]
    fn in_an_application_with_copied_answers_saving_passes_over_the_answers_copied() {
        let sent = complete();
        let mut copied = sent.for_another_parent(&intake::Reference::new());
        copied.set_your_role(Role::ParentWithCare);
        copied.court_order = Some(CourtOrder::None);
        assert_eq!(next_after_saving(Step::CourtOrder, &copied), Next::Ask(Step::YourSafety));
        copied.set_abuse(false);
        assert_eq!(next_after_saving(Step::YourSafety, &copied), Next::Ask(Step::AddChild), "copied: shown already");
        // Otherwise an answered page after the one saved is shown again (as after Back), filled in.
        let without = Answers { copied_from: None, ..copied.clone() };
        assert_eq!(next_after_saving(Step::YourSafety, &without), Next::Ask(Step::KeepPrivate));
        // A disclosure in the new application asks its own questions, which are not copied.
        copied.set_abuse(true);
        assert_eq!(next_after_saving(Step::YourSafety, &copied), Next::Ask(Step::KindsOfAbuse));
        assert_eq!(next_after_saving(Step::BankDetails, &complete()), Next::Ask(Step::CheckYourAnswers));
    }

    #[test]
    fn next_step_table() {
        use Country::*;
        let cases = [
            (answers(None, None), Next::Ask(Step::WhereYouLive)),
            (answers(Some(England), None), Next::Ask(Step::YourRole)),
            (answers(Some(Scotland), None), Next::Ask(Step::YourRole)),
            (answers(Some(Wales), None), Next::Ask(Step::YourRole)),
            (answers(Some(NorthernIreland), None), Next::Stop(Stop::NorthernIreland)),
            (answers(Some(OutsideUk), None), Next::Stop(Stop::OutsideUk)),
            // A stop wins over answers left over from a path the applicant no longer takes.
            (answers(Some(NorthernIreland), Some(Role::Guardian)), Next::Stop(Stop::NorthernIreland)),
            (answers(Some(England), Some(Role::ParentWithCare)), Next::Ask(Step::CourtOrder)),
            (eligible(Some(CourtOrder::LessThanAYearOld)), Next::Stop(Stop::CourtOrder)),
            (eligible(Some(CourtOrder::MadeBefore3March2003)), Next::Stop(Stop::CourtOrder)),
            (eligible(Some(CourtOrder::MoreThanAYearOld)), Next::Ask(Step::YourSafety)),
            (eligible(Some(CourtOrder::None)), Next::Ask(Step::YourSafety)),
            (complete(), Next::Ask(Step::CheckYourAnswers)),
            // Your safety: asked of everyone; the questions about abuse only after a disclosure.
            (Answers { disclosure: Disclosure::default(), ..complete() }, Next::Ask(Step::YourSafety)),
            (Answers { keep_private: None, ..complete() }, Next::Ask(Step::KeepPrivate)),
            (Answers { safe_contact: None, ..complete() }, Next::Ask(Step::SafeContact)),
            (Answers { letters_home: None, ..complete() }, Next::Ask(Step::LettersHome)),
            (Answers { letters_home: Some(false), ..complete() }, Next::Ask(Step::LettersAddress)),
            (complete_with_disclosure(), Next::Ask(Step::CheckYourAnswers)),
            (with_disclosure(|d| d.kinds = None), Next::Ask(Step::KindsOfAbuse)),
            (with_disclosure(|d| d.in_immediate_danger = None), Next::Ask(Step::ImmediateDanger)),
            (with_disclosure(|d| d.evidence = None), Next::Ask(Step::Evidence)),
            // In danger: what to do now, and a request sent at once for the police or a call back.
            (with_disclosure(|d| d.in_immediate_danger = Some(true)), Next::Ask(Step::HelpNow)),
            (
                Answers {
                    call_request: Some(CallRequest::Neither),
                    ..with_disclosure(|d| d.in_immediate_danger = Some(true))
                },
                Next::Ask(Step::CheckYourAnswers),
            ),
            (
                Answers {
                    call_request: Some(CallRequest::CallThePolice),
                    ..with_disclosure(|d| d.in_immediate_danger = Some(true))
                },
                Next::Ask(Step::UrgentRequest),
            ),
            (
                Answers {
                    call_request: Some(CallRequest::CallMeBack),
                    ..with_disclosure(|d| d.in_immediate_danger = Some(true))
                },
                Next::Ask(Step::UrgentRequest),
            ),
            (
                Answers {
                    call_request: Some(CallRequest::CallMeBack),
                    urgent_request: Some(a_call_back()),
                    ..with_disclosure(|d| d.in_immediate_danger = Some(true))
                },
                Next::Ask(Step::CheckYourAnswers),
            ),
            // A request sent for a call back answers the request page even if the choice became the police: it
            // was sent, and the page says so (one request per application).
            (
                Answers {
                    call_request: Some(CallRequest::CallThePolice),
                    urgent_request: Some(a_call_back()),
                    ..with_disclosure(|d| d.in_immediate_danger = Some(true))
                },
                Next::Ask(Step::CheckYourAnswers),
            ),
            // A disclosure asks nothing about how to be paid, but the payments page still says how it will be.
            (Answers { payment_service: None, ..complete_with_disclosure() }, Next::Ask(Step::PaymentService)),
            // Details of a disclosure left over from a "yes" since changed to "no" are never reached.
            (
                Answers { keep_private: None, ..with_disclosure(|d| d.abuse = Some(false)) },
                Next::Ask(Step::KeepPrivate),
            ),
            (Answers { your_name: None, ..complete() }, Next::Ask(Step::YourName)),
            (Answers { your_date_of_birth: None, ..complete() }, Next::Ask(Step::YourDateOfBirth)),
            (
                Answers { your_national_insurance_number: None, ..complete() },
                Next::Ask(Step::YourNationalInsuranceNumber),
            ),
            (Answers { your_address: None, ..complete() }, Next::Ask(Step::YourAddress)),
            (Answers { your_contact_details: None, ..complete() }, Next::Ask(Step::YourContactDetails)),
            (Answers { phone_is_own: None, ..complete() }, Next::Ask(Step::PhoneIsOwn)),
            (Answers { support_needs: None, ..complete() }, Next::Ask(Step::SupportNeeds)),
            (Answers { contact_language: None, ..complete() }, Next::Ask(Step::ContactLanguage)),
            (Answers { existing_case: None, ..complete() }, Next::Ask(Step::ExistingCase)),
            (Answers { children: Vec::new(), ..complete() }, Next::Ask(Step::AddChild)),
            // Each child's questions, asked of the child without an answer (a child added, or saved before these
            // questions were asked).
            (with_child(|c| c.child_benefit = None), Next::Ask(Step::ChildBenefit)),
            // A child of 16 to 19 is asked about education, then marriage; either can rule them out.
            (with_child(|c| c.age = Some(17)), Next::Ask(Step::ChildEducation)),
            (
                with_child(|c| {
                    c.age = Some(17);
                    c.in_approved_education = Some(true);
                }),
                Next::Ask(Step::ChildMarried),
            ),
            (
                with_child(|c| {
                    c.age = Some(17);
                    c.in_approved_education = Some(false);
                }),
                Next::Stop(Stop::ChildNotEligible),
            ),
            (
                with_child(|c| {
                    c.age = Some(19);
                    c.in_approved_education = Some(true);
                    c.married = Some(true);
                }),
                Next::Stop(Stop::ChildNotEligible),
            ),
            (
                with_child(|c| {
                    c.age = Some(16);
                    c.in_approved_education = Some(true);
                    c.married = Some(false);
                }),
                Next::Ask(Step::CheckYourAnswers),
            ),
            // A child saved before their age was kept answered the old question for all the children.
            (with_child(|c| c.age = None), Next::Ask(Step::CheckYourAnswers)),
            (with_child(|c| c.overnight_stays = None), Next::Ask(Step::OvernightStays)),
            (with_child(|c| c.other_parent_on_birth_certificate = None), Next::Ask(Step::BirthCertificate)),
            (
                with_child(|c| {
                    c.child_benefit = None;
                    c.overnight_stays = None;
                }),
                Next::Ask(Step::ChildBenefit),
            ),
            (
                {
                    let mut answers = complete();
                    let first = answers.children[0].clone();
                    answers.children.push(intake::children::Child::new(first.full_name, first.date_of_birth, today()));
                    answers
                },
                Next::Ask(Step::ChildBenefit),
            ),
            (Answers { payment_service: None, ..complete() }, Next::Ask(Step::PaymentService)),
            (Answers { has_bank_account: None, ..complete() }, Next::Ask(Step::HasBankAccount)),
            (Answers { has_bank_account: Some(true), ..complete() }, Next::Ask(Step::BankDetails)),
            // Someone who pays is never asked how they would like to be paid, but about their income and other
            // children: employers and benefits only when those are among their sources.
            (
                Answers {
                    your_role: Some(Role::ParentWithoutCare),
                    payment_service: None,
                    has_bank_account: None,
                    ..complete()
                },
                Next::Ask(Step::IncomeSources),
            ),
            (paying(|_| {}), Next::Ask(Step::CheckYourAnswers)),
            (paying(|p| p.set_income_sources(vec![IncomeSource::Employment])), Next::Ask(Step::Employers)),
            (paying(|p| p.set_income_sources(vec![IncomeSource::Benefits])), Next::Ask(Step::Benefits)),
            (
                paying(|p| {
                    p.set_income_sources(vec![IncomeSource::Employment, IncomeSource::Benefits]);
                    p.employers = Some(Vec::new());
                }),
                Next::Ask(Step::Benefits),
            ),
            (paying(|p| p.other_children = None), Next::Ask(Step::OtherChildren)),
            (paying(|p| p.children_paid_for = None), Next::Ask(Step::ChildrenPaidFor)),
            // Removing every child asks for one again, whatever was said before.
            (Answers { children: Vec::new(), finished_adding_children: true, ..complete() }, Next::Ask(Step::AddChild)),
            (Answers { finished_adding_children: false, ..complete() }, Next::Ask(Step::Children)),
            (Answers { other_parent: OtherParent::default(), ..complete() }, Next::Ask(Step::OtherParentName)),
            (with_other_parent(|o| o.name = None), Next::Ask(Step::OtherParentName)),
            (with_other_parent(|o| o.date_of_birth = None), Next::Ask(Step::OtherParentDateOfBirth)),
            (with_other_parent(|o| o.knows_address = None), Next::Ask(Step::OtherParentKnowsAddress)),
            (with_other_parent(|o| o.lives = None), Next::Ask(Step::OtherParentLives)),
            // Outside the UK: a UK employer asked of the parent who would pay, the address abroad if CMS may act.
            (with_other_parent(|o| o.set_lives(WhereOtherParentLives::Abroad)), Next::Ask(Step::EmployerAbroad)),
            (
                with_other_parent(|o| {
                    o.set_lives(WhereOtherParentLives::Abroad);
                    o.uk_employer_abroad = Some(YesNoOrNotKnown::No);
                }),
                Next::Stop(Stop::OtherParentAbroad),
            ),
            (
                with_other_parent(|o| {
                    o.set_lives(WhereOtherParentLives::Abroad);
                    o.uk_employer_abroad = Some(YesNoOrNotKnown::NotKnown);
                }),
                Next::Ask(Step::OtherParentAddressAbroad),
            ),
            (
                with_other_parent(|o| {
                    o.set_lives(WhereOtherParentLives::Abroad);
                    o.uk_employer_abroad = Some(YesNoOrNotKnown::Yes);
                    o.address_abroad =
                        Some(AddressAbroad { country: ShortText::parse("Cyprus").expect("a country"), address: None });
                }),
                Next::Ask(Step::CheckYourAnswers),
            ),
            // A parent who pays cannot apply against a parent abroad, who would receive it.
            (
                {
                    let mut answers = paying(|_| {});
                    answers.other_parent.set_lives(WhereOtherParentLives::Abroad);
                    answers
                },
                Next::Stop(Stop::OtherParentAbroad),
            ),
            (with_other_parent(|o| o.approximate_age = None), Next::Ask(Step::OtherParentApproximateAge)),
            // A known date of birth asks no age.
            (
                with_other_parent(|o| {
                    o.approximate_age = None;
                    o.date_of_birth = Some(MaybeKnown::Known(
                        intake::domain::ApproximateDate::parse("", "6", "1985", today()).expect("a date"),
                    ));
                }),
                Next::Ask(Step::CheckYourAnswers),
            ),
            // Knowing the address asks for it; not knowing it goes straight on.
            (with_other_parent(|o| o.knows_address = Some(true)), Next::Ask(Step::OtherParentAddress)),
            (with_other_parent(|o| o.other_details = None), Next::Ask(Step::OtherParentOtherDetails)),
            (with_other_parent(|o| o.knows_where_you_live = None), Next::Ask(Step::OtherParentKnowsWhereYouLive)),
            // "Not known" is an answer (complete() says it throughout); so is anything known.
            (
                with_other_parent(|o| {
                    o.knows_where_you_live = Some(KnowsWhereYouLive::Yes);
                    o.other_details = Some(OtherDetails {
                        employer: intake::domain::ShortText::parse("Acme Ltd").ok(),
                        ..OtherDetails::default()
                    });
                }),
                Next::Ask(Step::CheckYourAnswers),
            ),
            // Not eligible any more: the answers about you are kept but not reached.
            (Answers { court_order: Some(CourtOrder::LessThanAYearOld), ..complete() }, Next::Stop(Stop::CourtOrder)),
            // Answers out of order never skip a question.
            (answers(None, Some(Role::Guardian)), Next::Ask(Step::WhereYouLive)),
        ];
        for (given, expected) in cases {
            assert_eq!(next_step(&given), expected, "for {:?} / {:?}", given.where_you_live, given.your_role);
        }
    }

    #[test]
    fn a_saved_answer_leads_past_the_questions_that_ask_nothing() {
        let under_16 = complete();
        assert_eq!(next_after(Step::AddChild, &under_16), Some(Next::Ask(Step::ChildEducation)), "the order");
        assert_eq!(next_asked(Step::AddChild, &under_16), Some(Next::Ask(Step::ChildBenefit)), "what is asked");
        let seventeen = with_child(|c| c.age = Some(17));
        assert_eq!(next_asked(Step::AddChild, &seventeen), Some(Next::Ask(Step::ChildEducation)));
        assert_eq!(previous(Step::ChildBenefit, &under_16), Some(Step::AddChild), "Back passes over them too");
    }

    #[test]
    fn may_visit_table() {
        let empty = answers(None, None);
        let half = answers(Some(Country::Wales), None);
        let full = Answers { where_you_live: Some(Country::Wales), your_role: Some(Role::Guardian), ..complete() };
        let cases = [
            (Step::WhereYouLive, &empty, true),
            (Step::YourRole, &empty, false),
            (Step::CheckYourAnswers, &empty, false),
            (Step::WhereYouLive, &half, true),
            (Step::YourRole, &half, true),
            (Step::CheckYourAnswers, &half, false),
            (Step::CourtOrder, &half, false),
            (Step::WhereYouLive, &full, true),
            (Step::CourtOrder, &full, true),
            (Step::YourRole, &full, true),
            (Step::CheckYourAnswers, &full, true),
            (Step::OtherParentName, &half, false),
            (Step::OtherParentKnowsAddress, &full, true),
            (Step::OtherParentAddress, &full, false),
            (Step::OtherParentKnowsWhereYouLive, &full, true),
            // Without a disclosure, the questions about abuse cannot be reached by URL.
            (Step::YourSafety, &full, true),
            (Step::KindsOfAbuse, &full, false),
            (Step::HelpNow, &full, false),
            (Step::Evidence, &full, false),
            (Step::KindsOfAbuse, &complete_with_disclosure(), true),
            (Step::HelpNow, &complete_with_disclosure(), false),
        ];
        for (step, given, expected) in cases {
            assert_eq!(may_visit(step, given), expected, "{step:?}");
        }
    }

    #[test]
    fn previous_follows_the_path() {
        let full = complete();
        assert_eq!(previous(Step::WhereYouLive, &full), None);
        assert_eq!(previous(Step::YourRole, &full), Some(Step::WhereYouLive));
        assert_eq!(previous(Step::YourSafety, &full), Some(Step::CourtOrder));
        assert_eq!(previous(Step::KeepPrivate, &full), Some(Step::YourSafety));
        assert_eq!(previous(Step::YourName, &full), Some(Step::LettersHome), "no other address: passed over");
        assert_eq!(previous(Step::LettersHome, &full), Some(Step::SafeContact));
        let mut elsewhere = full.clone();
        elsewhere.set_letters_home(false);
        elsewhere.letters_address = full.your_address.clone();
        assert_eq!(previous(Step::YourName, &elsewhere), Some(Step::LettersAddress));
        let disclosed = complete_with_disclosure();
        assert_eq!(previous(Step::KeepPrivate, &disclosed), Some(Step::ImmediateDanger));
        assert_eq!(previous(Step::YourName, &disclosed), Some(Step::Evidence));
        assert_eq!(previous(Step::AddChild, &full), Some(Step::ContactLanguage));
        assert_eq!(previous(Step::PhoneIsOwn, &full), Some(Step::YourContactDetails));
        assert_eq!(previous(Step::ChildBenefit, &full), Some(Step::AddChild));
        assert_eq!(previous(Step::Children, &full), Some(Step::BirthCertificate));
        assert_eq!(previous(Step::OtherParentName, &full), Some(Step::Children));
        assert_eq!(previous(Step::OtherParentDateOfBirth, &full), Some(Step::OtherParentName));
        assert_eq!(previous(Step::CheckYourAnswers, &full), Some(Step::HasBankAccount));
    }

    #[test]
    fn paths_and_ids_round_trip_and_the_safety_section_has_one_url() {
        for &step in Step::ALL {
            assert_eq!(Step::from_id(step.id()), Some(step), "{step:?}");
            if step.is_safety() {
                assert_eq!(step.path(), YOUR_SAFETY, "{step:?}");
                assert_eq!(Step::from_path(step.path()), None, "{step:?}: one URL serves the whole section");
            } else {
                assert_eq!(Step::from_path(step.path()), Some(step), "{step:?}");
            }
        }
        let mut ids: Vec<&str> = Step::ALL.iter().map(|s| s.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Step::ALL.len(), "ids are distinct");
        assert_eq!(Step::ALL.iter().filter(|s| s.is_safety()).count(), 10, "the section's ten pages");
    }

    #[test]
    fn safety_pages_are_kept_by_id() {
        for step in Step::ALL.iter().copied().filter(|s| s.is_safety()) {
            for change in [false, true] {
                let page = SafetyPage { step, change };
                assert_eq!(SafetyPage::parse(&page.as_stored()), Some(page));
            }
        }
        assert_eq!(SafetyPage::parse("your-name"), None, "not a safety page");
        assert_eq!(SafetyPage::parse("nonsense#change"), None);
    }

    #[test]
    fn the_safety_url_shows_the_page_kept_or_where_the_applicant_is_in_the_section() {
        let kept = |step: Step| Some(SafetyPage { step, change: false });
        let disclosed = complete_with_disclosure();
        let cases = [
            // Not yet reached: nothing to show (the caller redirects).
            (eligible(None), None, None),
            // Up to the first question.
            (eligible(Some(CourtOrder::None)), None, kept(Step::YourSafety)),
            // Part way: where they are up to.
            (Answers { keep_private: None, ..complete() }, None, kept(Step::KeepPrivate)),
            // Done with the section (Back from the page after it): its last page on their path.
            (complete(), None, kept(Step::LettersHome)),
            (disclosed.clone(), None, kept(Step::Evidence)),
            // The page kept, when it may be seen.
            (disclosed.clone(), kept(Step::ImmediateDanger), kept(Step::ImmediateDanger)),
            (
                disclosed.clone(),
                Some(SafetyPage { step: Step::KeepPrivate, change: true }),
                Some(SafetyPage { step: Step::KeepPrivate, change: true }),
            ),
            // A page kept from before that is no longer on their path is not shown.
            (complete(), kept(Step::KindsOfAbuse), kept(Step::LettersHome)),
            (disclosed, kept(Step::HelpNow), kept(Step::Evidence)),
        ];
        for (answers, stored, expected) in cases {
            assert_eq!(safety_page(&answers, stored), expected, "kept {stored:?}");
        }
    }

    #[test]
    fn a_cycle_in_the_order_ends_the_walk() {
        // An order in which the court order leads back to where you live: every step is answered, so an unbounded
        // walk would never end.
        let cyclic = |step: Step, answers: &Answers| match step {
            Step::CourtOrder => Some(Next::Ask(Step::WhereYouLive)),
            other => next_after(other, answers),
        };
        let (completed, next) = walk_by(&complete(), cyclic);
        assert_eq!(completed, [Step::WhereYouLive, Step::YourRole, Step::CourtOrder]);
        assert_eq!(next, Next::Ask(Step::WhereYouLive));
        // The real order walks a complete application once, to check your answers.
        let (completed, next) = walk(&complete_with_disclosure());
        assert_eq!(next, Next::Ask(Step::CheckYourAnswers));
        let mut distinct = completed.clone();
        distinct.sort_by_key(|s| s.id());
        distinct.dedup();
        assert_eq!(distinct.len(), completed.len());
    }
}
