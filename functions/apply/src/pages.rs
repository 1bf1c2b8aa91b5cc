//! Handlers for the pages that are not questions.

use axum::Extension;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use intake::Draft;
use intake::children::Child;
use maud::Markup;
use questions::children::{CHILD_QUERY, list};
use questions::journey::{self, Next, Step, Stop};
use templates::pages::{footer, journey as views};

use crate::AppState;
use crate::applicant::{Applicant, redirect_to};
use templates::Lang;

fn html(markup: Markup) -> Html<String> {
    Html(markup.into_string())
}

pub async fn start(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::start(lang))
}

pub async fn before_you_start(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::before_you_start(lang))
}

/// Continue on "before you start": the first moment anything is stored. A live session carries on where it was;
/// otherwise a new draft and cookie are made.
pub async fn start_session(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    headers: axum::http::HeaderMap,
) -> Result<Response, web::AppError> {
    let now = state.clock.now();
    if let Some(session) = web::session::APPLICANT.read(&headers)
        && let Some(draft) = state.store.load_draft(&session, now).await?
    {
        return Ok(redirect_to(lang, journey::next_step(&draft.answers)));
    }
    let mut draft = Draft::new(now);
    state.store.save_draft(&mut draft, now).await?;
    let first_question = lang.path(Step::WhereYouLive.path());
    Ok(([(header::SET_COOKIE, web::session::APPLICANT.set(&draft.session))], Redirect::to(&first_question))
        .into_response())
}

pub async fn northern_ireland(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::northern_ireland(lang, Stop::NorthernIreland.path(), Step::WhereYouLive.path()))
}

pub async fn outside_the_uk(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::outside_the_uk(lang, Stop::OutsideUk.path(), Step::WhereYouLive.path()))
}

/// The children CMS cannot arrange maintenance for, by name, each with a link to remove them; Back to the answer
/// that ruled the first out, about that child. Only while the journey stops here.
pub async fn children_not_eligible(applicant: Applicant) -> Response {
    let answers = &applicant.draft.answers;
    if journey::next_step(answers) != Next::Stop(Stop::ChildNotEligible) {
        return applicant.redirect_to_next();
    }
    let not_eligible: Vec<(usize, &Child)> =
        answers.children.iter().enumerate().filter(|(_, child)| child.qualifies() == Some(false)).collect();
    let back = not_eligible.first().map_or_else(
        || Step::AddChild.path().to_owned(),
        |(index, child)| {
            let question =
                if child.in_approved_education == Some(false) { Step::ChildEducation } else { Step::ChildMarried };
            format!("{}?{CHILD_QUERY}={index}", question.path())
        },
    );
    let children: Vec<(&str, String)> =
        not_eligible.iter().map(|(index, child)| (child.full_name.as_str(), list::remove_path(*index))).collect();
    html(views::children_not_eligible(applicant.lang, Stop::ChildNotEligible.path(), &back, &children)).into_response()
}

/// Back to the answer that led here: whether they work for a UK employer, or where they live.
pub async fn other_parent_abroad(applicant: Applicant) -> Response {
    let answers = &applicant.draft.answers;
    if journey::next_step(answers) != Next::Stop(Stop::OtherParentAbroad) {
        return applicant.redirect_to_next();
    }
    let question = if answers.other_parent.uk_employer_abroad.is_some() && answers.receives_maintenance() {
        Step::EmployerAbroad
    } else {
        Step::OtherParentLives
    };
    html(views::other_parent_abroad(applicant.lang, Stop::OtherParentAbroad.path(), question.path())).into_response()
}

pub async fn court_order_in_place(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::court_order_in_place(lang, Stop::CourtOrder.path(), Step::CourtOrder.path()))
}

/// The helplines are those of the nation the applicant said they live in, when there is a live session that says
/// so; otherwise every nation's. A store failure is no reason to withhold the page: it shows them all.
pub async fn staying_safe_online(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    headers: axum::http::HeaderMap,
) -> Html<String> {
    let nation = match web::session::APPLICANT.read(&headers) {
        Some(session) => state
            .store
            .load_draft(&session, state.clock.now())
            .await
            .ok()
            .flatten()
            .and_then(|draft| draft.answers.where_you_live),
        None => None,
    };
    html(views::staying_safe_online(lang, &intake::helplines::for_nation(nation)))
}

pub async fn session_ended(Extension(lang): Extension<Lang>) -> Html<String> {
    html(views::session_ended(lang))
}

pub async fn cookies(Extension(lang): Extension<Lang>) -> Html<String> {
    html(footer::cookies(lang))
}

pub async fn privacy(Extension(lang): Extension<Lang>) -> Html<String> {
    html(footer::privacy(lang))
}

pub async fn accessibility(Extension(lang): Extension<Lang>) -> Html<String> {
    html(footer::accessibility(lang))
}
