use intake::payments::PaymentService;
use templates::Lang;

/// "How child maintenance will be paid": the choice, or after a disclosure, what will happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    /// The title and h1 of both pages (see the module).
    pub title: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
    pub direct_pay: &'static str,
    pub direct_pay_explanation: &'static str,
    pub collect_and_pay: &'static str,
    /// Says `COLLECT_AND_PAY_FEES` (tested).
    pub collect_and_pay_explanation: &'static str,
    pub not_selected: &'static str,
    /// After a disclosure: what will happen, without saying why.
    pub collected_for_you: &'static str,
    pub no_contact_or_consent: &'static str,
    /// Says `COLLECT_AND_PAY_FEES` (tested).
    pub fees: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
    /// The row after a disclosure: a fact, not a choice.
    pub summary_fact_key: &'static str,
}

pub const EN: Copy = Copy {
    title: "How child maintenance will be paid",
    question: "How would you like child maintenance to be paid?",
    hint: "The Child Maintenance Service uses Direct Pay unless the other parent agrees to Collect & Pay, or is \
           unlikely to pay.",
    direct_pay: "Direct Pay",
    direct_pay_explanation: "The Child Maintenance Service works out how much should be paid. The other parent pays \
                             you directly, so they will need your bank account details. There are no fees.",
    collect_and_pay: "Collect & Pay",
    collect_and_pay_explanation: "The Child Maintenance Service collects payments from the other parent and pays \
                                  them to you, so you do not need to be in contact. 4% is taken from each payment \
                                  you receive, and the other parent pays 20% on top of each payment.",
    not_selected: "Select how you would like child maintenance to be paid",
    collected_for_you: "The Child Maintenance Service will collect child maintenance from the other parent and pay \
                        it to you. This is called Collect & Pay.",
    no_contact_or_consent: "You do not need to be in contact with the other parent about payments, and they do not \
                            need to agree to this. You do not need to choose how you will be paid.",
    fees: "4% is taken from each payment you receive, and the other parent pays 20% on top of each payment.",
    summary_key: "How you would like to be paid",
    summary_change: "how you would like child maintenance to be paid",
    summary_fact_key: "How you will be paid",
};

/// "Cynhaliaeth" is feminine: "yn cael ei thalu".
pub const CY: Copy = Copy {
    title: "Sut bydd cynhaliaeth plant yn cael ei thalu",
    question: "Sut hoffech chi i gynhaliaeth plant gael ei thalu?",
    hint: "Mae’r Gwasanaeth Cynhaliaeth Plant yn defnyddio Talu Uniongyrchol oni bai bod y rhiant arall yn cytuno i \
           Gasglu a Thalu, neu’n annhebygol o dalu.",
    direct_pay: "Talu Uniongyrchol",
    direct_pay_explanation: "Mae’r Gwasanaeth Cynhaliaeth Plant yn cyfrifo faint y dylid ei dalu. Mae’r rhiant arall \
                             yn eich talu’n uniongyrchol, felly bydd angen manylion eich cyfrif banc arnynt. Nid oes \
                             unrhyw ffioedd.",
    collect_and_pay: "Casglu a Thalu",
    collect_and_pay_explanation: "Mae’r Gwasanaeth Cynhaliaeth Plant yn casglu taliadau gan y rhiant arall ac yn eu \
                                  talu i chi, felly nid oes angen i chi fod mewn cysylltiad. Mae 4% yn cael ei gymryd \
                                  o bob taliad rydych yn ei gael, ac mae’r rhiant arall yn talu 20% ar ben pob taliad.",
    not_selected: "Dewiswch sut hoffech chi i gynhaliaeth plant gael ei thalu",
    collected_for_you: "Bydd y Gwasanaeth Cynhaliaeth Plant yn casglu cynhaliaeth plant gan y rhiant arall ac yn ei \
                        thalu i chi. Yr enw ar hyn yw Casglu a Thalu.",
    no_contact_or_consent: "Nid oes angen i chi fod mewn cysylltiad â’r rhiant arall ynghylch taliadau, ac nid oes \
                            angen iddynt gytuno i hyn. Nid oes angen i chi ddewis sut y cewch eich talu.",
    fees: "Mae 4% yn cael ei gymryd o bob taliad rydych yn ei gael, ac mae’r rhiant arall yn talu 20% ar ben pob \
           taliad.",
    summary_key: "Sut hoffech chi gael eich talu",
    summary_change: "sut hoffech chi i gynhaliaeth plant gael ei thalu",
    summary_fact_key: "Sut y cewch eich talu",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How a payment service reads on the page and on check your answers.
    pub fn label(&self, service: PaymentService) -> &'static str {
        match service {
            PaymentService::DirectPay => self.direct_pay,
            PaymentService::CollectAndPay => self.collect_and_pay,
        }
    }

    /// What choosing it means, and what it costs.
    pub fn explanation(&self, service: PaymentService) -> &'static str {
        match service {
            PaymentService::DirectPay => self.direct_pay_explanation,
            PaymentService::CollectAndPay => self.collect_and_pay_explanation,
        }
    }
}
