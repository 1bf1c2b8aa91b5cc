use templates::Lang;

/// "Call 999 if you are in immediate danger", then "If you cannot call 999, what would you like us to do?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub ask_for_the_police: &'static str,
    pub if_you_cannot_speak: &'static str,
    pub silent_solution: &'static str,
    pub silent_solution_limits: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
    pub call_the_police: &'static str,
    pub call_the_police_hint: &'static str,
    pub call_me_back: &'static str,
    pub call_me_back_hint: &'static str,
    pub neither: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Call 999 if you are in immediate danger",
    ask_for_the_police: "Ask for the police. Call 999 as soon as it is safe to.",
    if_you_cannot_speak: "If you cannot speak",
    silent_solution: "Call 999 from a mobile. Listen to the operator's questions and, if you can, cough or tap the \
                      phone to answer them. If you are asked to, press 55. This is the Silent Solution: it tells the \
                      operator that you need the police.",
    silent_solution_limits: "The Silent Solution only works from a mobile. Pressing 55 does not tell the police where \
                             you are.",
    question: "If you cannot call 999, what would you like us to do?",
    hint: "We are not an emergency service. If you ask us to call, you can send your request to our team on the next \
           page, straight away, before you finish your application.",
    call_the_police: "Call the police for me",
    call_the_police_hint: "You will be asked where you are",
    call_me_back: "Call me back at a safe time",
    call_me_back_hint: "You will be asked for a safe phone number and time",
    neither: "I do not need you to do either of these",
    not_selected: "Select what you would like us to do",
    summary_key: "What you asked us to do",
    summary_change: "what you would like us to do",
};

pub const CY: Copy = Copy {
    title: "Ffoniwch 999 os ydych mewn perygl uniongyrchol",
    ask_for_the_police: "Gofynnwch am yr heddlu. Ffoniwch 999 cyn gynted ag y bydd yn ddiogel i chi wneud hynny.",
    if_you_cannot_speak: "Os na allwch siarad",
    silent_solution: "Ffoniwch 999 o ffôn symudol. Gwrandewch ar gwestiynau’r gweithredwr ac, os gallwch, pesychwch \
                      neu tapiwch y ffôn i’w hateb. Os gofynnir i chi wneud hynny, pwyswch 55. Dyma’r Silent \
                      Solution: mae’n dweud wrth y gweithredwr bod angen yr heddlu arnoch.",
    silent_solution_limits: "Dim ond o ffôn symudol y mae’r Silent Solution yn gweithio. Nid yw pwyso 55 yn dweud wrth \
                             yr heddlu ble rydych chi.",
    question: "Os na allwch ffonio 999, beth hoffech i ni ei wneud?",
    hint: "Nid ydym yn wasanaeth brys. Os byddwch yn gofyn i ni ffonio, gallwch anfon eich cais at ein tîm ar y \
           dudalen nesaf, ar unwaith, cyn i chi orffen gwneud cais.",
    call_the_police: "Ffoniwch yr heddlu ar fy rhan",
    call_the_police_hint: "Byddwn yn gofyn i chi ble rydych chi",
    call_me_back: "Ffoniwch fi’n ôl ar adeg ddiogel",
    call_me_back_hint: "Byddwn yn gofyn i chi am rif ffôn ac amser diogel",
    neither: "Nid oes angen i chi wneud y naill na’r llall",
    not_selected: "Dewiswch beth hoffech i ni ei wneud",
    summary_key: "Beth y gofynnoch i ni ei wneud",
    summary_change: "beth hoffech i ni ei wneud",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
