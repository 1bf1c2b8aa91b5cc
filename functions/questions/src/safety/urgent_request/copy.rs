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

/// "Cais" is both the request and the application: the request is "eich cais", the application is said as "gwneud
/// cais" (applying) wherever both are meant, so that the two are never confused.
pub const CY: Copy = Copy {
    police_title: "Gofynnwch i ni ffonio’r heddlu ar eich rhan",
    call_back_title: "Gofynnwch i ni eich ffonio’n ôl ar adeg ddiogel",
    sent_title: "Mae eich cais wedi’i anfon",
    send: "Anfon y cais hwn nawr",
    team_hours: |opens, closes| {
        format!(
            "Mae ein tîm yn gweithio o ddydd Llun i ddydd Gwener, {} i {}, ac eithrio ar wyliau banc.",
            hour_cy(opens),
            hour_cy(closes)
        )
    },
    sees_it_at_once: "Byddant yn gweld eich cais cyn gynted ag y bydd yn cyrraedd.",
    not_working: |opens, next| match next {
        NextStart::Today => {
            format!("Nid yw ein tîm yn gweithio nawr. Byddant yn dechrau eto am {} heddiw.", hour_cy(opens))
        }
        NextStart::Tomorrow => {
            format!("Nid yw ein tîm yn gweithio nawr. Byddant yn dechrau eto am {} yfory.", hour_cy(opens))
        }
        NextStart::On(day) => {
            format!(
                "Nid yw ein tîm yn gweithio nawr. Byddant yn dechrau eto am {} {}.",
                hour_cy(opens),
                weekday_cy(day)
            )
        }
    },
    sees_it_then: "Byddant yn gweld eich cais bryd hynny. Os ydych mewn perygl cyn hynny, ffoniwch 999.",
    kept_if_you_leave: "Byddwn yn anfon eich cais cyn gynted ag y byddwch yn pwyso’r botwm. Ni fydd yn cael ei ddileu \
                        os byddwch yn gadael y gwasanaeth hwn, yn defnyddio ‘Gadael y dudalen hon’, neu os na fyddwch \
                        yn gorffen gwneud cais.",
    first_name_label: "Eich enw cyntaf (dewisol)",
    first_name_hint: "Er mwyn i ni wybod am bwy i ofyn",
    police_intro: "Dywedwch wrthym ble rydych chi, er mwyn i ni allu dweud wrth yr heddlu.",
    whereabouts_label: "Ble rydych chi nawr?",
    whereabouts_hint: "Cyfeiriad, neu ddisgrifiad o’r lle, fel enw siop a’r stryd y mae arni",
    police_phone_label: "Rhif ffôn y gall yr heddlu eich ffonio arno (dewisol)",
    police_phone_hint: "Dim ond os yw’n ddiogel i’r heddlu ei ffonio y dylech roi rhif",
    call_back_intro: "Dim ond y rhif hwn y byddwn yn ei ffonio, a dim ond pan fyddwch wedi dweud wrthym ei bod yn \
                      ddiogel.",
    call_back_phone_label: "Rhif ffôn yn y DU sy’n ddiogel i’w ffonio",
    call_back_phone_hint: "Er enghraifft, 07700 900 982",
    when_label: "Pryd mae’n ddiogel i ni eich ffonio?",
    when_hint: "Er enghraifft, yn ystod yr wythnos rhwng 10am a 2pm",
    whereabouts_errors: FreeTextErrors {
        empty: "Rhowch y lle rydych chi nawr",
        too_long: "Rhaid i’r wybodaeth am ble rydych chi nawr fod yn 500 o gymeriadau neu lai",
    },
    phone_empty: "Rhowch rif ffôn yn y DU sy’n ddiogel i’w ffonio",
    phone_invalid: "Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982",
    phone_not_uk: "Rhowch rif ffôn yn y DU",
    when_errors: FreeTextErrors {
        empty: "Rhowch amser pan fydd yn ddiogel i ni eich ffonio",
        too_long: "Rhaid i’r wybodaeth am bryd mae’n ddiogel i ni eich ffonio fod yn 100 o gymeriadau neu lai",
    },
    first_name_too_long: "Rhaid i’r enw cyntaf fod yn 100 o gymeriadau neu lai",
    first_name_characters: "Rhaid i’r enw cyntaf gynnwys llythrennau, bylchau, cysylltnodau, collnodau ac atalnodau \
                            llawn yn unig",
    police_next: "Bydd rhywun o’n tîm yn ffonio’r heddlu ac yn dweud wrthynt ble rydych chi.",
    call_back_next: |phone, when| {
        html! {
            "Bydd rhywun o’n tîm yn eich ffonio ar " strong { (phone) } " ar yr adeg y dywedoch wrthym ei bod yn \
            ddiogel: " strong { (when) } "."
        }
    },
    one_request_police: "Dim ond un cais fel hwn y gallwch ei anfon wrth wneud cais, ac rydych eisoes wedi anfon un. \
                         Os oes angen yr heddlu arnoch, ffoniwch 999.",
    one_request_call_back: "Dim ond un cais fel hwn y gallwch ei anfon wrth wneud cais, ac rydych eisoes wedi anfon \
                            un. Os oes angen i chi siarad â rhywun, ffoniwch un o’r llinellau cymorth isod.",
    what_you_can_do_now: "Beth allwch chi ei wneud nawr",
    carry_on: "Gallwch barhau i wneud cais, neu adael y gwasanaeth hwn nawr. Ni fydd eich cais at ein tîm yn cael ei \
               ddileu os byddwch yn gadael, yn defnyddio ‘Gadael y dudalen hon’, neu os na fyddwch yn gorffen gwneud \
               cais.",
    summary_key: "Cais wedi’i anfon at ein tîm",
    summary_whereabouts: |whereabouts| format!("Ble roeddech chi: {whereabouts}"),
    summary_phone: |phone| format!("Rhif ffôn: {phone}"),
    summary_when: |when| format!("Pryd mae’n ddiogel ffonio: {when}"),
    summary_first_name: |name| format!("Enw cyntaf: {name}"),
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

/// An hour of the team's day as Welsh writes it after "am" (at) or "i" (to), both of which mutate "canol dydd":
/// "8am", "6pm", "hanner nos", "ganol dydd".
fn hour_cy(hour: u8) -> String {
    match hour {
        0 => "hanner nos".into(),
        12 => "ganol dydd".into(),
        h @ 1..=11 => format!("{h}am"),
        h => format!("{}pm", h - 12),
    }
}

/// A day as Welsh says "on Monday": "ddydd Llun".
fn weekday_cy(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "ddydd Llun",
        Weekday::Tuesday => "ddydd Mawrth",
        Weekday::Wednesday => "ddydd Mercher",
        Weekday::Thursday => "ddydd Iau",
        Weekday::Friday => "ddydd Gwener",
        Weekday::Saturday => "ddydd Sadwrn",
        Weekday::Sunday => "ddydd Sul",
    }
}

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
