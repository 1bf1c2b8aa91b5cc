//! Handlers for the pages that are not questions.

use crate::steps::LANG;
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

fn html(markup: Markup) -> Html<String> {
    Html(markup.into_string())
}

pub async fn start() -> Html<String> {
    html(views::start(LANG))
}

pub async fn before_you_start() -> Html<String> {
    html(views::before_you_start(LANG))
}

/// Continue on "before you start": the first moment anything is stored. A live session carries on where it was;
/// otherwise a new draft and cookie are made.
pub async fn start_session(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, web::AppError> {
    let now = state.clock.now();
    if let Some(session) = web::session::APPLICANT.read(&headers)
        && let Some(draft) = state.store.load_draft(&session, now).await?
    {
        return Ok(redirect_to(journey::next_step(&draft.answers)));
    }
    let mut draft = Draft::new(now);
    state.store.save_draft(&mut draft, now).await?;
    Ok(([(header::SET_COOKIE, web::session::APPLICANT.set(&draft.session))], Redirect::to(Step::WhereYouLive.path()))
        .into_response())
}

pub async fn northern_ireland() -> Html<String> {
    html(views::northern_ireland(LANG, Step::WhereYouLive.path()))
}

pub async fn outside_the_uk() -> Html<String> {
    html(views::outside_the_uk(LANG, Step::WhereYouLive.path()))
}

/// The children CMS cannot arrange maintenance for, by name, each with a link to remove them; Back to the answer
/// that ruled the first out, about that child. Only while the journey stops here.
pub async fn children_not_eligible(applicant: Applicant) -> Response {
    let answers = &applicant.draft.answers;
    if journey::next_step(answers) != Next::Stop(Stop::ChildNotEligible) {
        return redirect_to(journey::next_step(answers));
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
    html(views::children_not_eligible(LANG, &back, &children)).into_response()
}

/// Back to the answer that led here: whether they work for a UK employer, or where they live.
pub async fn other_parent_abroad(applicant: Applicant) -> Response {
    let answers = &applicant.draft.answers;
    if journey::next_step(answers) != Next::Stop(Stop::OtherParentAbroad) {
        return redirect_to(journey::next_step(answers));
    }
    let question = if answers.other_parent.uk_employer_abroad.is_some() && answers.receives_maintenance() {
        Step::EmployerAbroad
    } else {
        Step::OtherParentLives
    };
    html(views::other_parent_abroad(LANG, question.path())).into_response()
}

pub async fn court_order_in_place() -> Html<String> {
    html(views::court_order_in_place(LANG, Step::CourtOrder.path()))
}

/// The helplines are those of the nation the applicant said they live in, when there is a live session that says
/// so; otherwise every nation's. A store failure is no reason to withhold the page: it shows them all.
pub async fn staying_safe_online(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Html<String> {
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
    html(views::staying_safe_online(LANG, &intake::helplines::for_nation(nation)))
}

pub async fn session_ended() -> Html<String> {
    html(views::session_ended(LANG))
}

pub async fn cookies() -> Html<String> {
    html(footer::cookies(LANG))
}

pub async fn privacy() -> Html<String> {
    html(footer::privacy(LANG))
}

pub async fn accessibility() -> Html<String> {
    html(footer::accessibility(LANG))
}
