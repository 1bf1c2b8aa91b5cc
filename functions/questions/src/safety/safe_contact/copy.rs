use templates::Lang;

/// "How can we contact you safely?"
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    pub question: &'static str,
    pub hint: &'static str,
    pub phone_calls: &'static str,
    pub voicemail: &'static str,
    pub text_messages: &'static str,
    pub letters: &'static str,
    pub email: &'static str,
    pub safe_times_label: &'static str,
    pub safe_times_hint: &'static str,
    pub not_selected: &'static str,
    /// Says `ShortText::MAX_CHARS` (tested).
    pub safe_times_too_long: &'static str,
    pub summary_key: &'static str,
    /// The row's last line, when a safe time was given.
    pub summary_safe_times: fn(&str) -> String,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "How can we contact you safely?",
    hint: "Select all the ways that are safe for us to use.",
    phone_calls: "Phone calls",
    voicemail: "Voicemail messages",
    text_messages: "Text messages",
    letters: "Letters",
    email: "Email",
    safe_times_label: "When is it safe to contact you? (optional)",
    safe_times_hint: "For example, weekdays between 9am and 3pm",
    not_selected: "Select how we can contact you safely",
    safe_times_too_long: "When it is safe to contact you must be 100 characters or less",
    summary_key: "Safe ways to contact you",
    summary_safe_times: |times| format!("Safe times: {times}"),
    summary_change: "how we can contact you safely",
};

pub const CY: Copy = Copy {
    question: "Sut gallwn ni gysylltu â chi’n ddiogel?",
    hint: "Dewiswch bob ffordd sy’n ddiogel i ni ei defnyddio.",
    phone_calls: "Galwadau ffôn",
    voicemail: "Negeseuon llais",
    text_messages: "Negeseuon testun",
    letters: "Llythyrau",
    email: "E-bost",
    safe_times_label: "Pryd mae’n ddiogel cysylltu â chi? (dewisol)",
    safe_times_hint: "Er enghraifft, yn ystod yr wythnos rhwng 9am a 3pm",
    not_selected: "Dewiswch sut gallwn gysylltu â chi’n ddiogel",
    safe_times_too_long: "Rhaid i’r wybodaeth am bryd mae’n ddiogel cysylltu â chi fod yn 100 o gymeriadau neu lai",
    summary_key: "Ffyrdd diogel o gysylltu â chi",
    summary_safe_times: |times| format!("Amseroedd diogel: {times}"),
    summary_change: "sut gallwn gysylltu â chi’n ddiogel",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
