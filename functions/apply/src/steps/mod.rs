//! The journey's question pages over HTTP. The questions themselves (fields, parsing, views, copy) are the
//! `questions` crate's, one folder each; the generic handlers here do the rest, the same way for every step: the
//! session, the journey's order, the CSRF check, validation errors, saving and where to go next. The routes are
//! made from the registry ([`questions::Step::ALL`]), so a question added there is served without a line here.

mod check_your_answers;
mod children;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use intake::Answers;
use intake::store::RequestSent;
use intake::urgent::TEAM_HOURS;
use questions::journey::{self, Next, SafetyPage, Step, YOUR_SAFETY};
use questions::kit::summary::CHANGE_QUERY;
use questions::kit::{Back, CHANGE_ANSWER_FIELD, CHANGE_FIELD, GO_BACK, GO_FIELD, STEP_FIELD, StepContext};
use questions::{QuestionFns, question_steps};
use serde::Deserialize;
use templates::pages::journey::BEFORE_YOU_START;
use templates::{Fields, FormErrors, Lang};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use crate::AppState;
use crate::applicant::{Applicant, redirect_to, see_other};

/// Every question's routes: the safety section's one URL, picking its question at run time, and each other
/// question at its own path.
fn question_routes() -> Router<AppState> {
    let router = Router::new().route(YOUR_SAFETY, get(show_safety).post(save_safety));
    question_steps().filter(|step| !step.is_safety()).filter_map(Step::question).fold(router, |router, question| {
        router.route(
            question.step.path(),
            get(move |change: Query<ChangeMode>, applicant: Applicant| show_at_path(question, change, applicant)).post(
                move |state: State<AppState>,
                      lang: Extension<Lang>,
                      change: Query<ChangeMode>,
                      applicant: Result<Applicant, Response>,
                      form: PostedForm| {
                    save_at_path(question, state, lang, change, applicant, form)
                },
            ),
        )
    })
}

pub fn routes() -> Router<AppState> {
    question_routes().merge(children::routes()).merge(check_your_answers::routes())
}

/// The language of the pages, as the application records it for caseworkers.
fn language_of(lang: Lang) -> intake::answers::Language {
    match lang {
        Lang::En => intake::answers::Language::English,
        Lang::Cy => intake::answers::Language::Welsh,
    }
}

/// Whether saving changed `before` to `after` by adding a request for help in danger: one to send now.
pub(crate) fn sends_request(before: &Answers, after: &Answers) -> bool {
    before.urgent_request.is_none() && after.urgent_request.is_some()
}

/// Whether, once saved, the request page is shown again to say the request was sent: it was sent just now, or a
/// second send of its form came (a double click, another tab) and the one request already sent is what it shows.
pub(crate) fn shows_request_sent(before: &Answers, after: &Answers, fields: &Fields) -> bool {
    let sent_form = fields.get(questions::safety::urgent_request::SEND_FIELD).is_some();
    sends_request(before, after) || (before.urgent_request.is_some() && sent_form)
}

/// The step that follows a step once it is saved, outside change mode (as [`after_saving`] redirects).
pub(crate) use questions::journey::next_after_saving;

/// `?change=1`: the question was reached from check your answers, and saving it should go back there. With
/// `child=N` (`questions::children::CHILD_QUERY`), a question asked of each child is about the child at N.
#[derive(Debug, Default, Deserialize)]
pub struct ChangeMode {
    #[serde(default)]
    change: Option<String>,
    #[serde(default)]
    child: Option<String>,
}

impl ChangeMode {
    fn is_on(&self) -> bool {
        self.change.as_deref() == Some("1")
    }

    /// The child the page is about, when it names one (anything else is ignored: the journey's own child).
    fn child(&self) -> Option<usize> {
        self.child.as_deref()?.parse().ok()
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
        lang: applicant.lang,
        path: &applicant.path,
    }
}

async fn show_at_path(question: QuestionFns, Query(change): Query<ChangeMode>, applicant: Applicant) -> Response {
    show_about(question, change.is_on(), change.child(), &applicant)
}

async fn save_at_path(
    question: QuestionFns,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Query(change): Query<ChangeMode>,
    applicant: Result<Applicant, Response>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    match usable(applicant, question, &fields, Unread { now: state.clock.now(), lang, path: question.step.path() }) {
        Ok(applicant) => {
            save(&state, Asked { question, change: change.is_on(), child: change.child() }, applicant, &fields).await
        }
        Err(response) => Ok(*response),
    }
}

/// The page of the safety section its one URL shows now ([`journey::safety_page`]), or a redirect to where the
/// applicant is up to if they have not reached the section.
async fn show_safety(applicant: Applicant) -> Response {
    let Some(page) = journey::safety_page(&applicant.draft.answers, applicant.kept_safety_page()) else {
        return applicant.redirect_to_next();
    };
    match page.step.question() {
        Some(question) => show(question, page.change, &applicant),
        None => applicant.redirect_to_next(),
    }
}

/// A post to the safety section's one URL: a Change from check your answers (`change-answer=<step>`), Back
/// (`go=back`), or an answer to the page the form names (`step`), as any question is saved.
async fn save_safety(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    applicant: Result<Applicant, Response>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let posted = fields.get(STEP_FIELD).and_then(Step::from_id).filter(|step| step.is_safety());
    let shown = posted.unwrap_or(Step::YourSafety);
    let Some(question) = shown.question() else { return Err(AppError::BadRequest) };
    let mut applicant =
        match usable(applicant, question, &fields, Unread { now: state.clock.now(), lang, path: YOUR_SAFETY }) {
            Ok(applicant) => applicant,
            Err(response) => return Ok(*response),
        };
    let answers = &applicant.draft.answers;
    if let Some(id) = fields.get(CHANGE_ANSWER_FIELD) {
        check_csrf(&applicant, &fields)?;
        let step = Step::from_id(id).filter(|step| step.is_safety()).ok_or(AppError::BadRequest)?;
        if !journey::may_visit(step, answers) {
            return Ok(applicant.redirect_to_next());
        }
        return keep_safety_page(&state, &mut applicant, Some(SafetyPage { step, change: true })).await;
    }
    // The page the form was for; a form that does not say (none of ours) is for the page the URL shows now.
    let Some(step) =
        posted.or_else(|| journey::safety_page(answers, applicant.kept_safety_page()).map(|page| page.step))
    else {
        return Ok(applicant.redirect_to_next());
    };
    if fields.get(GO_FIELD) == Some(GO_BACK) {
        check_csrf(&applicant, &fields)?;
        return match journey::previous(step, answers) {
            Some(before) if before.is_safety() => {
                keep_safety_page(&state, &mut applicant, Some(SafetyPage { step: before, change: false })).await
            }
            Some(before) => Ok(see_other(applicant.lang, before.path())),
            None => Ok(see_other(applicant.lang, BEFORE_YOU_START)),
        };
    }
    let question = step.question().ok_or(AppError::BadRequest)?;
    let change = fields.get(CHANGE_FIELD) == Some("1");
    save(&state, Asked { question, change, child: None }, applicant, &fields).await
}

/// Keeps the safety page the URL is to show, and shows it.
async fn keep_safety_page(
    state: &AppState,
    applicant: &mut Applicant,
    page: Option<SafetyPage>,
) -> Result<Response, AppError> {
    applicant.draft.safety_page = page.map(SafetyPage::as_stored);
    state.store.save_draft(&mut applicant.draft, applicant.now).await?;
    Ok(see_other(applicant.lang, YOUR_SAFETY))
}

fn show(question: QuestionFns, change: bool, applicant: &Applicant) -> Response {
    show_about(question, change, None, applicant)
}

/// The question, about the child the page names, if any.
fn show_about(question: QuestionFns, change: bool, child: Option<usize>, applicant: &Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(question.step) {
        return redirect;
    }
    let errors = FormErrors::new();
    let answers = &applicant.draft.answers;
    let context = context(applicant, question.step, change, &errors);
    let fields = question.fields_about(answers, child);
    Html(question.view_about(context, &fields, answers, child).into_string()).into_response()
}

/// A question as the applicant was asked it: whether from check your answers, and about which child.
#[derive(Clone, Copy)]
struct Asked {
    question: QuestionFns,
    change: bool,
    child: Option<usize>,
}

/// The applicant, or the response to give instead: where the store could not be read, nothing can be checked or
/// saved, but what was typed is shown again, with the form's own token, so that Continue works once the store is
/// back.
fn usable(
    applicant: Result<Applicant, Response>,
    question: QuestionFns,
    fields: &Fields,
    unread: Unread,
) -> Result<Applicant, Box<Response>> {
    match applicant {
        Ok(applicant) => Ok(applicant),
        Err(rejection) if rejection.status() == StatusCode::SERVICE_UNAVAILABLE => {
            Err(Box::new(unsaved(question, fields, Unsaved::Unread(unread))))
        }
        Err(rejection) => Err(Box::new(rejection)),
    }
}

async fn save(state: &AppState, asked: Asked, mut applicant: Applicant, fields: &Fields) -> Result<Response, AppError> {
    let Asked { question, change, child } = asked;
    let step = question.step;
    if let Some(redirect) = applicant.redirect_unless_reached(step) {
        return Ok(redirect);
    }
    check_csrf(&applicant, fields)?;
    let now = applicant.now;
    let mut answers = applicant.draft.answers.clone();
    answers.applied_in = Some(language_of(applicant.lang));
    if let Err(errors) = question.save_about(fields, &mut answers, child, now.date(), applicant.lang) {
        // Re-shown with what was typed, 422 so that nothing mistakes it for a success.
        let context = context(&applicant, step, change, &errors);
        let markup = question.view_about(context, fields, &applicant.draft.answers, child);
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
    let saved_page =
        std::mem::replace(&mut applicant.draft.safety_page, destination.safety_page().map(SafetyPage::as_stored));
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
        return Ok(unsaved(question, fields, Unsaved::NotSaved(&applicant, change, child)));
    }
    Ok(destination.redirect(applicant.lang))
}

/// Why a question is shown again unsaved: the draft could not be read (at this moment), or the answer could not
/// be saved (in change mode or not).
enum Unsaved<'a> {
    Unread(Unread),
    NotSaved(&'a Applicant, bool, Option<usize>),
}

/// The question again, as posted, with "Sorry, there is a problem with the service": 503, nothing lost.
fn unsaved(question: QuestionFns, fields: &Fields, why: Unsaved<'_>) -> Response {
    let errors = FormErrors::new();
    let default = Answers::default();
    let unread = matches!(why, Unsaved::Unread(_));
    let (context, answers, child) = match why {
        Unsaved::NotSaved(applicant, change, child) => (
            StepContext { unsaved: true, ..context(applicant, question.step, change, &errors) },
            &applicant.draft.answers,
            child,
        ),
        Unsaved::Unread(Unread { now, lang, path }) => {
            let step = question.step;
            let context = StepContext {
                unsaved: true,
                safety: step.is_safety().then_some(SafetyPage { step, change: fields.get(CHANGE_FIELD) == Some("1") }),
                team: TEAM_HOURS.at(now),
                lang,
                path,
                ..stateless_context(fields, &errors)
            };
            (context, &default, None)
        }
    };
    // Which child a child's question is about is in the draft, which could not be read.
    let markup = if unread && question.child.is_some() {
        questions::children::unread_view(context, fields)
    } else {
        question.view_about(context, fields, answers, child)
    };
    (StatusCode::SERVICE_UNAVAILABLE, Html(markup.into_string())).into_response()
}

/// The context of a page drawn without the applicant's draft (the store could not be read): the posted token, if it
/// is one of the right shape, goes back into the form.
fn stateless_context<'a>(fields: &'a Fields, errors: &'a FormErrors) -> StepContext<'a> {
    StepContext::new(web::csrf::posted(fields).unwrap_or(""), Back::To(BEFORE_YOU_START), errors)
}

/// A request whose draft could not be read: when it came, and the page it asked for (in its language).
#[derive(Debug, Clone, Copy)]
struct Unread {
    now: OffsetDateTime,
    lang: Lang,
    path: &'static str,
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

    fn redirect(self, lang: Lang) -> Response {
        match self.next {
            Next::Ask(step) if step.is_safety() => see_other(lang, YOUR_SAFETY),
            Next::Ask(step) if self.change => see_other(lang, &format!("{}?{CHANGE_QUERY}", step.path())),
            next => redirect_to(lang, next),
        }
    }
}

/// After a step that is not a question of its own is saved (the children's list): where to go, as [`save`] would.
fn after_saving(lang: Lang, step: Step, answers: &Answers, change: &ChangeMode) -> Response {
    Destination::after(step, answers, change.is_on()).redirect(lang)
}
