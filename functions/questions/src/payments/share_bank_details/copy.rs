use templates::Lang;

/// "Sharing your bank details": whether CMS may give them to the other parent, for Direct Pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub why: &'static str,
    pub sort_code: &'static str,
    pub question: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub no_hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_yes: &'static str,
    pub summary_no: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Sharing your bank details",
    why: "With Direct Pay, the other parent pays child maintenance straight into your bank account. To do that, they \
          need your name on the account, sort code and account number.",
    sort_code: "A sort code can show the area where your bank branch is. If you do not want the other parent to know \
                this, you can use a different account, for example with a bank that has no branches.",
    question: "Can the Child Maintenance Service give your bank details to the other parent?",
    yes: "Yes",
    no: "No",
    no_hint: "The Child Maintenance Service will call you to explain your options. You can choose Collect & Pay \
              instead, so that the other parent never gets your bank details.",
    not_selected: "Select yes if the Child Maintenance Service can give your bank details to the other parent",
    summary_key: "Bank details given to the other parent",
    summary_yes: "Yes",
    summary_no: "No, call me to explain my options",
    summary_change: "whether your bank details can be given to the other parent",
};

/// The question asks "A all … ?" (the Child Maintenance Service, third person), so its answers are Gall / Na all.
pub const CY: Copy = Copy {
    title: "Rhannu eich manylion banc",
    why: "Gyda Thalu Uniongyrchol, mae’r rhiant arall yn talu cynhaliaeth plant yn syth i’ch cyfrif banc. I wneud \
          hynny, mae angen eich enw ar y cyfrif, y cod didoli a’r rhif cyfrif arnynt.",
    sort_code: "Gall cod didoli ddangos yr ardal lle mae cangen eich banc. Os nad ydych eisiau i’r rhiant arall wybod \
                hyn, gallwch ddefnyddio cyfrif gwahanol, er enghraifft gyda banc nad oes ganddo ganghennau.",
    question: "A all y Gwasanaeth Cynhaliaeth Plant roi eich manylion banc i’r rhiant arall?",
    yes: "Gall",
    no: "Na all",
    no_hint: "Bydd y Gwasanaeth Cynhaliaeth Plant yn eich ffonio i egluro eich opsiynau. Gallwch ddewis Casglu a Thalu \
              yn lle hynny, fel na fydd y rhiant arall byth yn cael eich manylion banc.",
    not_selected: "Dewiswch ‘Gall’ os gall y Gwasanaeth Cynhaliaeth Plant roi eich manylion banc i’r rhiant arall",
    summary_key: "Manylion banc wedi’u rhoi i’r rhiant arall",
    summary_yes: "Gall",
    summary_no: "Na all, ffoniwch fi i egluro fy opsiynau",
    summary_change: "a all eich manylion banc gael eu rhoi i’r rhiant arall",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
