use crate::kit::yes_no::YesNo;
use templates::Lang;

/// "Has the other parent been abusive or controlling towards you or your children?", below the section's opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub inset: &'static str,
    pub why_we_ask: &'static str,
    pub we_will_not_tell: &'static str,
    pub what_we_mean: &'static str,
    pub abuse_can_happen: &'static str,
    /// The definition the review asked for (the Domestic Abuse Act 2021's, in plain words), towards the applicant
    /// or the children, during the relationship or after it: one item of a bulleted list each.
    pub kinds_of_abuse: [&'static str; 7],
    pub single_or_pattern: &'static str,
    pub question: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub answers: YesNo,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    inset: "You may find some of these questions difficult. Take your time. You only need to tell us what you feel \
            able to.",
    why_we_ask: "We ask everyone who applies about domestic abuse. Your answers help us handle your application \
                 safely. For example, if you tell us about abuse, we collect child maintenance from the other parent \
                 and pay it to you, so you do not need to be in contact with them.",
    we_will_not_tell: "We will not tell the other parent anything you say in this section. You do not need proof.",
    what_we_mean: "What we mean by abuse",
    abuse_can_happen: "Abuse can happen during a relationship or after it has ended. It includes:",
    kinds_of_abuse: [
        "physical or sexual abuse",
        "emotional or psychological abuse, such as putting you down, humiliating you or making you feel afraid",
        "coercive or controlling behaviour, such as isolating you, monitoring you or controlling what you do",
        "economic abuse, such as controlling your money, running up debts in your name or stopping you working",
        "threats, including threats to hurt you, your children or themselves",
        "stalking or harassment",
        "any of these towards your children, or in front of them",
    ],
    single_or_pattern: "It can be a single incident or a pattern over time.",
    question: "Has the other parent been abusive or controlling towards you or your children?",
    answers: YesNo::EN,
    not_selected: "Select yes if the other parent has been abusive or controlling towards you or your children",
    summary_key: "Abuse towards you or your children",
    summary_change: "whether the other parent has been abusive or controlling",
};

/// "A yw…?" is answered Ydy / Nac ydy.
pub const CY: Copy = Copy {
    inset: "Efallai y bydd rhai o’r cwestiynau hyn yn anodd i chi. Cymerwch eich amser. Nid oes rhaid i chi ddweud \
            mwy wrthym nag rydych yn teimlo y gallwch ei ddweud.",
    why_we_ask: "Rydym yn gofyn yr un cwestiynau am gam-drin domestig i bawb sy’n gwneud cais. Mae eich atebion yn ein \
                 helpu i ddelio â’ch cais yn ddiogel. Er enghraifft, os byddwch yn dweud wrthym am gam-drin, byddwn yn \
                 casglu cynhaliaeth plant gan y rhiant arall ac yn ei thalu i chi, fel nad oes angen i chi fod mewn \
                 cysylltiad â nhw.",
    we_will_not_tell: "Ni fyddwn yn dweud wrth y rhiant arall am unrhyw beth rydych yn ei ddweud yn yr adran hon. Nid \
                       oes angen prawf arnoch.",
    what_we_mean: "Beth rydym yn ei olygu wrth gam-drin",
    abuse_can_happen: "Gall cam-drin ddigwydd yn ystod perthynas neu ar ôl iddi ddod i ben. Mae’n cynnwys:",
    kinds_of_abuse: [
        "cam-drin corfforol neu rywiol",
        "cam-drin emosiynol neu seicolegol, fel eich dilorni, eich bychanu neu wneud i chi deimlo ofn",
        "ymddygiad sy’n gorfodi neu’n rheoli, fel eich ynysu, eich monitro neu reoli’r hyn rydych yn ei wneud",
        "cam-drin economaidd, fel rheoli eich arian, creu dyledion yn eich enw neu eich atal rhag gweithio",
        "bygythiadau, gan gynnwys bygwth eich brifo chi neu’ch plant, neu eu brifo eu hunain",
        "stelcio neu aflonyddu",
        "unrhyw un o’r rhain tuag at eich plant, neu o’u blaenau",
    ],
    single_or_pattern: "Gall fod yn un digwyddiad neu’n batrwm dros amser.",
    question: "A yw’r rhiant arall wedi bod yn gamdriniol neu’n rheolaethol tuag atoch chi neu at eich plant?",
    answers: YesNo { yes: "Ydy", no: "Nac ydy" },
    not_selected: "Dewiswch ‘Ydy’ os yw’r rhiant arall wedi bod yn gamdriniol neu’n rheolaethol tuag atoch chi neu at \
                   eich plant",
    summary_key: "Cam-drin tuag atoch chi neu at eich plant",
    summary_change: "a yw’r rhiant arall wedi bod yn gamdriniol neu’n rheolaethol",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
