use intake::eligibility::Role;
use templates::Lang;

/// "Which of these describes you?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub parent_with_care: &'static str,
    pub parent_with_care_hint: &'static str,
    pub parent_without_care: &'static str,
    pub parent_without_care_hint: &'static str,
    pub grandparent_or_other_carer: &'static str,
    pub grandparent_or_other_carer_hint: &'static str,
    pub guardian: &'static str,
    pub child_in_scotland: &'static str,
    pub child_in_scotland_hint: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "Which of these describes you?",
    parent_with_care: "I am a parent and the children live with me most of the time",
    parent_with_care_hint: "You will receive child maintenance.",
    parent_without_care: "I am a parent and the children live with the other parent most of the time",
    parent_without_care_hint: "You will pay child maintenance.",
    grandparent_or_other_carer: "I am a grandparent or another person who looks after the children",
    grandparent_or_other_carer_hint: "The children live with you most of the time.",
    guardian: "I am the children's guardian",
    child_in_scotland: "I am a child aged 12 or over applying for myself",
    child_in_scotland_hint: "Only children living in Scotland can apply for themselves.",
    not_selected: "Select which of these describes you",
    summary_key: "About you",
    summary_change: "which of these describes you",
};

pub const CY: Copy = Copy {
    title: "Pa un o’r rhain sy’n eich disgrifio chi?",
    parent_with_care: "Rwy’n rhiant ac mae’r plant yn byw gyda fi y rhan fwyaf o’r amser",
    parent_with_care_hint: "Byddwch yn derbyn cynhaliaeth plant.",
    parent_without_care: "Rwy’n rhiant ac mae’r plant yn byw gyda’r rhiant arall y rhan fwyaf o’r amser",
    parent_without_care_hint: "Byddwch yn talu cynhaliaeth plant.",
    grandparent_or_other_carer: "Rwy’n nain neu’n daid, neu’n rhywun arall sy’n gofalu am y plant",
    grandparent_or_other_carer_hint: "Mae’r plant yn byw gyda chi y rhan fwyaf o’r amser.",
    guardian: "Rwy’n warcheidwad i’r plant",
    child_in_scotland: "Rwy’n blentyn 12 oed neu hŷn sy’n gwneud cais drosof fy hun",
    child_in_scotland_hint: "Dim ond plant sy’n byw yn yr Alban sy’n gallu gwneud cais drostynt eu hunain.",
    not_selected: "Dewiswch pa un o’r rhain sy’n eich disgrifio chi",
    summary_key: "Amdanoch chi",
    summary_change: "pa un o’r rhain sy’n eich disgrifio chi",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// How a role reads on the page and on check your answers.
    pub fn label(&self, role: Role) -> &'static str {
        match role {
            Role::ParentWithCare => self.parent_with_care,
            Role::ParentWithoutCare => self.parent_without_care,
            Role::GrandparentOrOtherCarer => self.grandparent_or_other_carer,
            Role::Guardian => self.guardian,
            Role::ChildInScotland => self.child_in_scotland,
        }
    }

    /// What choosing a role means, where that needs saying.
    pub fn hint(&self, role: Role) -> Option<&'static str> {
        match role {
            Role::ParentWithCare => Some(self.parent_with_care_hint),
            Role::ParentWithoutCare => Some(self.parent_without_care_hint),
            Role::GrandparentOrOtherCarer => Some(self.grandparent_or_other_carer_hint),
            Role::Guardian => None,
            Role::ChildInScotland => Some(self.child_in_scotland_hint),
        }
    }
}
