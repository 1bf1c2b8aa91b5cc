use intake::urgent::NextStart;
use maud::{Markup, html};
use templates::Lang;
use time::Weekday;

use crate::kit::text::FreeTextErrors;

/// The request for help in danger: the form for the police or a call back, and the page once it is sent. The
/// sentences with the team's hours in them take the hours (from `intake::urgent::TEAM_HOURS`) and say them as
/// each language says a time.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub police_title: &'static str,
    pub call_back_title: &'static str,
    pub sent_title: &'static str,
    /// The button that sends the request.
    pub send: &'static str,
    /// When the team works, from the hours it opens and closes.
    pub team_hours: fn(u8, u8) -> String,
    /// After the team's hours, while it is working.
    pub sees_it_at_once: &'static str,
    /// Outside the team's hours, from the hour it opens and the day it next does.
    pub not_working: fn(u8, NextStart) -> String,
    pub sees_it_then: &'static str,
    /// That the request survives leaving, said before it is sent.
    pub kept_if_you_leave: &'static str,
    pub first_name_label: &'static str,
    pub first_name_hint: &'static str,
    pub police_intro: &'static str,
    pub whereabouts_label: &'static str,
    pub whereabouts_hint: &'static str,
    pub police_phone_label: &'static str,
    pub police_phone_hint: &'static str,
    pub call_back_intro: &'static str,
    pub call_back_phone_label: &'static str,
    pub call_back_phone_hint: &'static str,
    pub when_label: &'static str,
    pub when_hint: &'static str,
    /// Its "too long" says `LongText::MAX_CHARS` (tested).
    pub whereabouts_errors: FreeTextErrors,
    pub phone_empty: &'static str,
    pub phone_invalid: &'static str,
    pub phone_not_uk: &'static str,
    /// Its "too long" says `ShortText::MAX_CHARS` (tested).
    pub when_errors: FreeTextErrors,
    /// Says `PersonName::MAX_CHARS` (tested).
    pub first_name_too_long: &'static str,
    pub first_name_characters: &'static str,
    /// What happens next, once sent.
    pub police_next: &'static str,
    /// What happens next, once sent, with the number and the time given, each in bold.
    pub call_back_next: fn(&str, &str) -> Markup,
    /// Sent already, and now the police asked for: one request an application.
    pub one_request_police: &'static str,
    /// Sent already, and now a call back asked for.
    pub one_request_call_back: &'static str,
    pub what_you_can_do_now: &'static str,
    pub carry_on: &'static str,
    pub summary_key: &'static str,
    pub summary_whereabouts: fn(&str) -> String,
    pub summary_phone: fn(&str) -> String,
    pub summary_when: fn(&str) -> String,
    pub summary_first_name: fn(&str) -> String,
}

pub const EN: Copy = Copy {
    police_title: "Ask us to call the police for you",
    call_back_title: "Ask us to call you back at a safe time",
    sent_title: "Your request has been sent",
    send: "Send this request now",
    team_hours: |opens, closes| {
        format!("Our team works Monday to Friday, {} to {}, except on bank holidays.", hour_en(opens), hour_en(closes))
    },
    sees_it_at_once: "They will see your request as soon as it arrives.",
    not_working: |opens, next| match next {
        NextStart::Today => format!("Our team is not working now. They start again at {} today.", hour_en(opens)),
        NextStart::Tomorrow => {
            format!("Our team is not working now. They start again at {} tomorrow.", hour_en(opens))
        }
        NextStart::On(day) => {
            format!("Our team is not working now. They start again at {} on {}.", hour_en(opens), weekday_en(day))
        }
    },
    sees_it_then: "They will see your request then. If you are in danger before then, call 999.",
    kept_if_you_leave: "We will send your request as soon as you press the button. It will not be deleted if you \
                        leave this service, use Exit this page, or do not finish your application.",
    first_name_label: "Your first name (optional)",
    first_name_hint: "So that we know who to ask for",
    police_intro: "Tell us where you are, so that we can tell the police.",
    whereabouts_label: "Where are you now?",
    whereabouts_hint: "An address, or a description of the place, such as the name of a shop and the street it is on",
    police_phone_label: "A phone number the police can call you on (optional)",
    police_phone_hint: "Only give a number if it is safe for the police to call it",
    call_back_intro: "We will only call this number, and only when you tell us it is safe.",
    call_back_phone_label: "A UK phone number that is safe to call",
    call_back_phone_hint: "For example, 07700 900 982",
    when_label: "When is it safe to call?",
    when_hint: "For example, weekdays between 10am and 2pm",
    whereabouts_errors: FreeTextErrors {
        empty: "Enter where you are now",
        too_long: "Where you are now must be 500 characters or less",
    },
    phone_empty: "Enter a UK phone number that is safe to call",
    phone_invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
    phone_not_uk: "Enter a UK phone number",
    when_errors: FreeTextErrors {
        empty: "Enter when it is safe to call you",
        too_long: "When it is safe to call you must be 100 characters or less",
    },
    first_name_too_long: "First name must be 100 characters or less",
    first_name_characters: "First name must only include letters, spaces, hyphens, apostrophes and full stops",
    police_next: "Someone from our team will call the police and tell them where you are.",
    call_back_next: |phone, when| {
        html! {
            "Someone from our team will call you on " strong { (phone) } " when you told us it is safe: "
            strong { (when) } "."
        }
    },
    one_request_police: "You can only send one request from an application, and you have sent one already. If you \
                         need the police, call 999.",
    one_request_call_back: "You can only send one request from an application, and you have sent one already. If \
                            you need to speak to someone, call one of the helplines below.",
    what_you_can_do_now: "What you can do now",
    carry_on: "You can carry on with your application, or leave this service now. Your request will not be deleted \
               if you leave, use Exit this page, or do not finish your application.",
    summary_key: "Request sent to our team",
    summary_whereabouts: |whereabouts| format!("Where you were: {whereabouts}"),
    summary_phone: |phone| format!("Phone number: {phone}"),
    summary_when: |when| format!("When it is safe to call: {when}"),
    summary_first_name: |name| format!("First name: {name}"),
};

/// An hour of the team's day (24-hour clock) as English writes it: "8am", "6pm".
fn hour_en(hour: u8) -> String {
    match hour {
        0 => "midnight".into(),
        12 => "midday".into(),
        h @ 1..=11 => format!("{h}am"),
        h => format!("{}pm", h - 12),
    }
}

fn weekday_en(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
        }
    }
}
