//! The journey's question pages. Each module holds one step: a [`Question`] that says how its answer is shown
//! as form fields, parsed into domain types and saved, and which view draws it. Its view and copy are in
//! `templates::steps::<same name>`. The generic handlers below do the rest, the same way for every step: the
//! session, the journey's order, the CSRF check, validation errors, saving and where to go next.

mod bank_details;
mod check_your_answers;
mod children;
mod childrens_ages;
mod court_order;
mod has_bank_account;
mod other_parent_address;
mod other_parent_date_of_birth;
mod other_parent_knows_address;
mod other_parent_knows_where_you_live;
mod other_parent_name;
mod other_parent_other_details;
mod payment_service;
mod where_you_live;
mod your_address;
mod your_contact_details;
mod your_date_of_birth;
mod your_name;
mod your_national_insurance_number;
mod your_role;
// Your safety
mod evidence;
mod help_now;
mod immediate_danger;
mod keep_private;
mod kinds_of_abuse;
mod safe_contact;
mod urgent_request;
mod your_safety;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use intake::Answers;
use intake::journey::{self, Next, SafetyPage, Step, YOUR_SAFETY};
use intake::store::RequestSent;
use intake::urgent::TEAM_HOURS;
use maud::Markup;
use serde::Deserialize;
use templates::steps::{Back, CHANGE_ANSWER_FIELD, CHANGE_FIELD, GO_BACK, GO_FIELD, STEP_FIELD, StepContext};
use templates::{Fields, FormErrors};
use time::{Date, OffsetDateTime};
use web::{AppError, PostedForm};

use crate::AppState;
use crate::applicant::{Applicant, redirect_to};

/// Each question step and the type that asks it. The routes and the store-free entry point ([`crate::offline`])
/// are both made from this one list, so neither can leave a step out. Every step of the safety section is served
/// at its one URL by [`show_safety`] and [`save_safety`], which pick the question at run time.
macro_rules! questions {
    ($($step:ident => $question:ty,)*) => {
        fn question_routes() -> Router<AppState> {
            let mut router = Router::new().route(YOUR_SAFETY, get(show_safety).post(save_safety));
            $(
                if !<$question as Question>::STEP.is_safety() {
                    router = router.merge(question::<$question>());
                }
            )*
            router
        }

        /// The question that asks `step`; `None` for the pages that are not one question (the children's list,
        /// check your answers).
        pub(crate) fn question_for(step: Step) -> Option<QuestionFns> {
            match step {
                $(Step::$step => Some(QuestionFns::of::<$question>()),)*
                _ => None,
            }
        }
    };
}

questions! {
    WhereYouLive => where_you_live::WhereYouLive,
    YourRole => your_role::YourRole,
    ChildrenAges => childrens_ages::ChildrensAges,
    CourtOrder => court_order::CourtOrderQuestion,
    YourSafety => your_safety::YourSafety,
    KindsOfAbuse => kinds_of_abuse::KindsOfAbuse,
    ImmediateDanger => immediate_danger::ImmediateDanger,
    HelpNow => help_now::HelpNow,
    UrgentRequest => urgent_request::UrgentRequestQuestion,
    KeepPrivate => keep_private::KeepPrivate,
    SafeContact => safe_contact::SafeContactQuestion,
    Evidence => evidence::EvidenceQuestion,
    YourName => your_name::YourName,
    YourDateOfBirth => your_date_of_birth::YourDateOfBirth,
    YourNationalInsuranceNumber => your_national_insurance_number::YourNationalInsuranceNumber,
    YourAddress => your_address::YourAddress,
    YourContactDetails => your_contact_details::YourContactDetails,
    AddChild => children::AddChild,
    OtherParentName => other_parent_name::OtherParentName,
    OtherParentDateOfBirth => other_parent_date_of_birth::OtherParentDateOfBirth,
    OtherParentKnowsAddress => other_parent_knows_address::OtherParentKnowsAddress,
    OtherParentAddress => other_parent_address::OtherParentAddress,
    OtherParentOtherDetails => other_parent_other_details::OtherParentOtherDetails,
    OtherParentKnowsWhereYouLive => other_parent_knows_where_you_live::OtherParentKnowsWhereYouLive,
    PaymentService => payment_service::PaymentServiceQuestion,
    HasBankAccount => has_bank_account::HasBankAccount,
    BankDetails => bank_details::BankDetailsQuestion,
}

pub fn routes() -> Router<AppState> {
    question_routes().merge(children::routes()).merge(check_your_answers::routes())
}

/// A [`Question`]'s functions as values, for code that picks the question by its step at run time (the safety
/// section's one URL, the offline entry point).
#[derive(Clone, Copy)]
pub(crate) struct QuestionFns {
    pub step: Step,
    pub fields: fn(&Answers) -> Fields,
    pub save: fn(&Fields, &mut Answers, Date) -> Result<(), FormErrors>,
    pub view: fn(StepContext<'_>, &Fields, &Answers) -> Markup,
}

impl QuestionFns {
    fn of<Q: Question>() -> Self {
        Self { step: Q::STEP, fields: Q::fields, save: Q::save, view: Q::view }
    }
}

/// Whether saving changed `before` to `after` by adding a request for help in danger: one to send now.
pub(crate) fn sends_request(before: &Answers, after: &Answers) -> bool {
    before.urgent_request.is_none() && after.urgent_request.is_some()
}

/// Whether, once saved, the request page is shown again to say the request was sent: it was sent just now, or a
/// second send of its form came (a double click, another tab) and the one request already sent is what it shows.
pub(crate) fn shows_request_sent(before: &Answers, after: &Answers, fields: &Fields) -> bool {
    let sent_form = fields.get(templates::steps::urgent_request::SEND_FIELD).is_some();
    sends_request(before, after) || (before.urgent_request.is_some() && sent_form)
}

/// The step that follows `step` once it is saved, outside change mode (as [`after_saving`] redirects).
pub(crate) fn next_after_saving(step: Step, answers: &Answers) -> Next {
    journey::next_after(step, answers).unwrap_or(Next::Ask(Step::CheckYourAnswers))
}

/// One question page of the journey.
pub trait Question: Send + Sync + 'static {
    const STEP: Step;

    /// The saved answer as the form's fields, to fill the page in.
    fn fields(answers: &Answers) -> Fields;

    /// Parses the posted fields into domain types and records them, clearing answers that depended on them;
    /// or the errors to show.
    /// `today` is the date the rules about dates (of birth, in the past) are judged on.
    fn save(fields: &Fields, answers: &mut Answers, today: Date) -> Result<(), FormErrors>;

    /// The page, showing `fields` (saved, or as just typed) and any errors.
    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup;
}

fn question<Q: Question>() -> Router<AppState> {
    Router::new().route(Q::STEP.path(), get(show_at_path::<Q>).post(save_at_path::<Q>))
}

/// `?change=1`: the question was reached from check your answers, and saving it should go back there.
#[derive(Debug, Default, Deserialize)]
pub struct ChangeMode {
    #[serde(default)]
    change: Option<String>,
}

impl ChangeMode {
    fn is_on(&self) -> bool {
        self.change.as_deref() == Some("1")
    }
}

fn context<'a>(applicant: &'a Applicant, step: Step, change: bool, errors: &'a FormErrors) -> StepContext<'a> {
    StepContext {
        csrf_token: applicant.draft.csrf_token.as_str(),
        back: if change { Back::To(Step::CheckYourAnswers.path()) } else { applicant.back_from(step) },
        errors,
        unsaved: false,
        safety: step.is_safety().then_some(SafetyPage { step, change }),
        team: TEAM_HOURS.at(applicant.now),
    }
}

async fn show_at_path<Q: Question>(Query(change): Query<ChangeMode>, applicant: Applicant) -> Response {
    show(QuestionFns::of::<Q>(), change.is_on(), &applicant)
}

async fn save_at_path<Q: Question>(
    State(state): State<AppState>,
    Query(change): Query<ChangeMode>,
    applicant: Result<Applicant, Response>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let question = QuestionFns::of::<Q>();
    match usable(applicant, question, &fields, state.clock) {
        Ok(applicant) => save(&state, question, change.is_on(), applicant, &fields).await,
        Err(response) => Ok(*response),
    }
}

/// The page of the safety section its one URL shows now ([`journey::safety_page`]), or a redirect to where the
/// applicant is up to if they have not reached the section.
async fn show_safety(applicant: Applicant) -> Response {
    let Some(page) = journey::safety_page(&applicant.draft.answers, applicant.draft.safety_page) else {
        return redirect_to(journey::next_step(&applicant.draft.answers));
    };
    match question_for(page.step) {
        Some(question) => show(question, page.change, &applicant),
        None => redirect_to(journey::next_step(&applicant.draft.answers)),
    }
}

/// A post to the safety section's one URL: a Change from check your answers (`change-answer=<step>`), Back
/// (`go=back`), or an answer to the page the form names (`step`), as any question is saved.
async fn save_safety(
    State(state): State<AppState>,
    applicant: Result<Applicant, Response>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let posted = fields.get(STEP_FIELD).and_then(Step::from_id).filter(|step| step.is_safety());
    let shown = posted.unwrap_or(Step::YourSafety);
    let Some(question) = question_for(shown) else { return Err(AppError::BadRequest) };
    let mut applicant = match usable(applicant, question, &fields, state.clock) {
        Ok(applicant) => applicant,
        Err(response) => return Ok(*response),
    };
    let answers = &applicant.draft.answers;
    if let Some(id) = fields.get(CHANGE_ANSWER_FIELD) {
        check_csrf(&applicant, &fields)?;
        let step = Step::from_id(id).filter(|step| step.is_safety()).ok_or(AppError::BadRequest)?;
        if !journey::may_visit(step, answers) {
            return Ok(redirect_to(journey::next_step(answers)));
        }
        return keep_safety_page(&state, &mut applicant, Some(SafetyPage { step, change: true })).await;
    }
    // The page the form was for; a form that does not say (none of ours) is for the page the URL shows now.
    let Some(step) =
        posted.or_else(|| journey::safety_page(answers, applicant.draft.safety_page).map(|page| page.step))
    else {
        return Ok(redirect_to(journey::next_step(answers)));
    };
    if fields.get(GO_FIELD) == Some(GO_BACK) {
        check_csrf(&applicant, &fields)?;
        return match journey::previous(step, answers) {
            Some(before) if before.is_safety() => {
                keep_safety_page(&state, &mut applicant, Some(SafetyPage { step: before, change: false })).await
            }
            Some(before) => Ok(Redirect::to(before.path()).into_response()),
            None => Ok(Redirect::to("/before-you-start").into_response()),
        };
    }
    let question = question_for(step).ok_or(AppError::BadRequest)?;
    let change = fields.get(CHANGE_FIELD) == Some("1");
    save(&state, question, change, applicant, &fields).await
}

/// Keeps the safety page the URL is to show, and shows it.
async fn keep_safety_page(
    state: &AppState,
    applicant: &mut Applicant,
    page: Option<SafetyPage>,
) -> Result<Response, AppError> {
    applicant.draft.safety_page = page;
    state.store.save_draft(&mut applicant.draft, applicant.now).await?;
    Ok(Redirect::to(YOUR_SAFETY).into_response())
}

fn show(question: QuestionFns, change: bool, applicant: &Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(question.step) {
        return redirect;
    }
    let errors = FormErrors::new();
    let answers = &applicant.draft.answers;
    let context = context(applicant, question.step, change, &errors);
    Html((question.view)(context, &(question.fields)(answers), answers).into_string()).into_response()
}

/// The applicant, or the response to give instead: where the store could not be read, nothing can be checked or
/// saved, but what was typed is shown again, with the form's own token, so that Continue works once the store is
/// back.
fn usable(
    applicant: Result<Applicant, Response>,
    question: QuestionFns,
    fields: &Fields,
    clock: intake::Clock,
) -> Result<Applicant, Box<Response>> {
    match applicant {
        Ok(applicant) => Ok(applicant),
        Err(rejection) if rejection.status() == StatusCode::SERVICE_UNAVAILABLE => {
            Err(Box::new(unsaved(question, fields, Unsaved::Unread(clock.now()))))
        }
        Err(rejection) => Err(Box::new(rejection)),
    }
}

async fn save(
    state: &AppState,
    question: QuestionFns,
    change: bool,
    mut applicant: Applicant,
    fields: &Fields,
) -> Result<Response, AppError> {
    let step = question.step;
    if let Some(redirect) = applicant.redirect_unless_reached(step) {
        return Ok(redirect);
    }
    check_csrf(&applicant, fields)?;
    let now = applicant.now;
    let mut answers = applicant.draft.answers.clone();
    if let Err(errors) = (question.save)(fields, &mut answers, now.date()) {
        // Re-shown with what was typed, 422 so that nothing mistakes it for a success.
        let markup = (question.view)(context(&applicant, step, change, &errors), fields, &applicant.draft.answers);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(markup.into_string())).into_response());
    }
    // A request for help in danger is sent now, on its own, with the draft that records it (`intake::urgent`);
    // then the same page says it was sent.
    let sends_request = sends_request(&applicant.draft.answers, &answers);
    let destination = if shows_request_sent(&applicant.draft.answers, &answers, fields) {
        Destination { next: Next::Ask(step), change }
    } else {
        Destination::after(step, &answers, change)
    };
    let saved_answers = std::mem::replace(&mut applicant.draft.answers, answers);
    let saved_page = std::mem::replace(&mut applicant.draft.safety_page, destination.safety_page());
    let stored = if sends_request {
        match state.store.send_urgent_request(&mut applicant.draft, now).await {
            Ok(RequestSent::Sent) => Ok(()),
            // A double click, or another tab, sent it first: there is one request. The draft records it, in case
            // the draft was saved since without it (another tab's older answers).
            Ok(RequestSent::AlreadySent) => state.store.save_draft(&mut applicant.draft, now).await,
            Err(error) => Err(error),
        }
    } else {
        state.store.save_draft(&mut applicant.draft, now).await
    };
    if let Err(error) = stored {
        tracing::error!(error = %error, "store unavailable");
        applicant.draft.answers = saved_answers;
        applicant.draft.safety_page = saved_page;
        return Ok(unsaved(question, fields, Unsaved::NotSaved(&applicant, change)));
    }
    Ok(destination.redirect())
}

/// Why a question is shown again unsaved: the draft could not be read (at this moment), or the answer could not
/// be saved (in change mode or not).
enum Unsaved<'a> {
    Unread(OffsetDateTime),
    NotSaved(&'a Applicant, bool),
}

/// The question again, as posted, with "Sorry, there is a problem with the service": 503, nothing lost.
fn unsaved(question: QuestionFns, fields: &Fields, why: Unsaved<'_>) -> Response {
    let errors = FormErrors::new();
    let default = Answers::default();
    let (context, answers) = match why {
        Unsaved::NotSaved(applicant, change) => (
            StepContext { unsaved: true, ..context(applicant, question.step, change, &errors) },
            &applicant.draft.answers,
        ),
        Unsaved::Unread(now) => {
            let step = question.step;
            let context = StepContext {
                unsaved: true,
                safety: step.is_safety().then_some(SafetyPage { step, change: fields.get(CHANGE_FIELD) == Some("1") }),
                team: TEAM_HOURS.at(now),
                ..stateless_context(fields, &errors)
            };
            (context, &default)
        }
    };
    let markup = (question.view)(context, fields, answers);
    (StatusCode::SERVICE_UNAVAILABLE, Html(markup.into_string())).into_response()
}

/// The context of a page drawn without the applicant's draft (the store could not be read): the posted token, if it
/// is one of the right shape, goes back into the form.
fn stateless_context<'a>(fields: &'a Fields, errors: &'a FormErrors) -> StepContext<'a> {
    StepContext::new(web::csrf::posted(fields).unwrap_or(""), Back::To("/before-you-start"), errors)
}

/// Checks the form's CSRF token against the session's.
fn check_csrf(applicant: &Applicant, fields: &Fields) -> Result<(), AppError> {
    web::csrf::check(&applicant.draft.csrf_token, fields)
}

/// Where an applicant goes once a step is saved: the next step, and whether it is asked in change mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Destination {
    next: Next,
    change: bool,
}

impl Destination {
    /// From check your answers, back there (or to the first question a change made necessary, asked in change mode
    /// too, so that answering it returns to check your answers rather than walking through every later question
    /// again); otherwise on to the step that follows this one.
    fn after(step: Step, answers: &Answers, change: bool) -> Self {
        if change {
            return match journey::next_step(answers) {
                Next::Ask(next) if next != Step::CheckYourAnswers => {
                    Destination { next: Next::Ask(next), change: true }
                }
                next => Destination { next, change: false },
            };
        }
        Destination { next: next_after_saving(step, answers), change: false }
    }

    /// The page the safety section's URL is to show, when the destination is in that section.
    fn safety_page(self) -> Option<SafetyPage> {
        match self.next {
            Next::Ask(step) if step.is_safety() => Some(SafetyPage { step, change: self.change }),
            _ => None,
        }
    }

    fn redirect(self) -> Response {
        match self.next {
            Next::Ask(step) if step.is_safety() => Redirect::to(YOUR_SAFETY).into_response(),
            Next::Ask(step) if self.change => {
                Redirect::to(&format!("{}?{}", step.path(), templates::steps::check_your_answers::CHANGE_QUERY))
                    .into_response()
            }
            next => redirect_to(next),
        }
    }
}

/// After a step that is not a question of its own is saved (the children's list): where to go, as [`save`] would.
fn after_saving(step: Step, answers: &Answers, change: &ChangeMode) -> Response {
    Destination::after(step, answers, change.is_on()).redirect()
}

/// The one error of a single-field question.
fn error(field: &str, message: &str) -> FormErrors {
    let mut errors = FormErrors::new();
    errors.add(field, message);
    errors
}

/// A yes/no radios answer.
fn parse_yes_no(fields: &Fields, field: &str) -> Option<bool> {
    match fields.get(field) {
        Some(templates::steps::YES) => Some(true),
        Some(templates::steps::NO) => Some(false),
        _ => None,
    }
}

fn yes_no_value(answer: bool) -> &'static str {
    if answer { templates::steps::YES } else { templates::steps::NO }
}

/// The fields of a saved checkbox answer. `none_if_empty`: an empty answer was "None of these".
fn checkbox_fields<T: Copy>(
    field: &str,
    chosen: Option<&[T]>,
    value: fn(T) -> &'static str,
    none_if_empty: bool,
) -> Fields {
    let Some(chosen) = chosen else { return Fields::new() };
    if chosen.is_empty() && none_if_empty {
        return Fields::new().with(field, Some(templates::steps::NONE));
    }
    chosen.iter().fold(Fields::new(), |fields, choice| fields.with(field, Some(value(*choice))))
}

/// What a checkbox question insists on.
struct CheckboxRules<'a> {
    /// The error when nothing is selected; `None` for an optional question (nothing selected is an answer).
    required: Option<&'a str>,
    /// The error when "None of these" is selected with something else (possible without JavaScript), or a value
    /// that is not one of the choices is posted.
    conflicting: &'a str,
}

/// Parses a checkbox answer into its choices, in the page's order; "None of these" is an empty list.
fn parse_checkboxes<T: Copy + Ord>(
    fields: &Fields,
    field: &str,
    parse: fn(&str) -> Option<T>,
    rules: CheckboxRules<'_>,
) -> Result<Vec<T>, FormErrors> {
    let values = fields.all(field);
    let none = values.contains(&templates::steps::NONE);
    let chosen: Vec<&str> = values.into_iter().filter(|value| *value != templates::steps::NONE).collect();
    let parsed = intake::safety::parse_choices(&chosen, parse).ok_or_else(|| error(field, rules.conflicting))?;
    match (none, parsed.is_empty(), rules.required) {
        (true, false, _) => Err(error(field, rules.conflicting)),
        (false, true, Some(required)) => Err(error(field, required)),
        _ => Ok(parsed),
    }
}

/// The fields of a saved date, as the date input shows them.
fn date_fields(prefix: &str, date: Option<time::Date>) -> Fields {
    let [day, month, year] = templates::steps::date_ids(prefix);
    Fields::new()
        .with(&day, date.map(|d| d.day().to_string()))
        .with(&month, date.map(|d| u8::from(d.month()).to_string()))
        .with(&year, date.map(|d| d.year().to_string()))
}

/// The three parts of a posted date.
fn posted_date<'a>(fields: &'a Fields, prefix: &str) -> [&'a str; 3] {
    templates::steps::date_ids(prefix).map(|id| fields.get(&id).unwrap_or(""))
}

/// The fields of a saved address.
fn address_fields(prefix: &str, address: Option<&intake::domain::UkAddress>) -> Fields {
    let [line_1, line_2, town, county, postcode] = templates::steps::address_ids(prefix);
    let line = |l: Option<&intake::domain::AddressLine>| l.map(|l| l.as_str().to_owned());
    Fields::new()
        .with(&line_1, line(address.map(|a| &a.line_1)))
        .with(&line_2, line(address.and_then(|a| a.line_2.as_ref())))
        .with(&town, line(address.map(|a| &a.town)))
        .with(&county, line(address.and_then(|a| a.county.as_ref())))
        .with(&postcode, address.map(|a| a.postcode.as_str().to_owned()))
}

/// Parses a posted address, each field's error against that field.
fn parse_address(fields: &Fields, prefix: &str) -> Result<intake::domain::UkAddress, FormErrors> {
    use intake::domain::{AddressLine, Postcode, UkAddress};
    use templates::steps::your_address::{line_1_error, line_error, postcode_error};
    let [line_1, line_2, town, county, postcode] = templates::steps::address_ids(prefix);
    let value = |name: &str| fields.get(name).unwrap_or("");
    let mut errors = FormErrors::new();
    let parsed_line_1 = AddressLine::parse(value(&line_1)).map_err(|e| errors.add(&line_1, line_1_error(e))).ok();
    let parsed_line_2 =
        AddressLine::parse_optional(value(&line_2)).map_err(|e| errors.add(&line_2, line_error("Address line 2", e)));
    let parsed_town =
        AddressLine::parse(value(&town)).map_err(|e| errors.add(&town, line_error("Town or city", e))).ok();
    let parsed_county =
        AddressLine::parse_optional(value(&county)).map_err(|e| errors.add(&county, line_error("County", e)));
    let parsed_postcode = Postcode::parse(value(&postcode)).map_err(|e| errors.add(&postcode, postcode_error(e))).ok();
    match (parsed_line_1, parsed_line_2, parsed_town, parsed_county, parsed_postcode) {
        (Some(line_1), Ok(line_2), Some(town), Ok(county), Some(postcode)) if errors.is_empty() => {
            Ok(UkAddress { line_1, line_2, town, county, postcode })
        }
        _ => Err(errors),
    }
}

/// A names page's fields, from the saved names.
fn names_fields(names: Option<&intake::answers::Names>) -> Fields {
    use templates::steps::{FULL_NAME, OTHER_NAMES};
    Fields::new()
        .with(FULL_NAME, names.map(|n| n.full_name.as_str()))
        .with(OTHER_NAMES, names.and_then(|n| n.other_names.as_ref()).map(intake::domain::PersonName::as_str))
}

/// A names page's answer: the full name is required, other names are optional.
fn parse_names(fields: &Fields, copy: &templates::steps::NamesCopy) -> Result<intake::answers::Names, FormErrors> {
    use intake::domain::PersonName;
    use templates::steps::{FULL_NAME, OTHER_NAMES};
    let mut errors = FormErrors::new();
    let full_name = PersonName::parse(fields.get(FULL_NAME).unwrap_or(""))
        .map_err(|e| errors.add(FULL_NAME, copy.full_name_error(e)))
        .ok();
    let other_names = match fields.non_blank(OTHER_NAMES) {
        None => Ok(None),
        Some(text) => PersonName::parse(text).map(Some).map_err(|e| errors.add(OTHER_NAMES, copy.other_names_error(e))),
    };
    match (full_name, other_names) {
        (Some(full_name), Ok(other_names)) => Ok(intake::answers::Names { full_name, other_names }),
        _ => Err(errors),
    }
}
