use templates::Lang;
use templates::sections::SectionId;

/// Check your answers: its title, each section's heading, and the declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub eligibility: &'static str,
    pub your_safety: &'static str,
    pub about_you: &'static str,
    pub children: &'static str,
    pub other_parent: &'static str,
    pub your_income: &'static str,
    pub payments: &'static str,
    pub send_heading: &'static str,
    pub declaration: &'static str,
    pub send_button: &'static str,
    /// The answers copied into an application for children with another parent, shown for checking.
    pub copied_title: &'static str,
    pub copied_intro: &'static str,
    pub copied_change_later: &'static str,
    pub copied_continue: &'static str,
}

pub const EN: Copy = Copy {
    title: "Check your answers before sending your application",
    eligibility: "Eligibility",
    your_safety: "Your safety",
    about_you: "About you",
    children: "The children",
    other_parent: "The other parent",
    your_income: "Your income and other children",
    payments: "Payments",
    send_heading: "Now send your application",
    declaration: "By sending this application you are confirming that, to the best of your knowledge, the details you \
                  are providing are correct, and that you will tell the Child Maintenance Service if any of them \
                  change.",
    send_button: "Send your application",
    copied_title: "Check the answers we copied",
    copied_intro: "We copied these answers from the application you just sent. Check they are still right for this \
                   application.",
    copied_change_later: "You can change any of them on the check your answers page, before you send this \
                          application.",
    copied_continue: "Continue",
};

pub const CY: Copy = Copy {
    title: "Gwiriwch eich atebion cyn anfon eich cais",
    eligibility: "Cymhwysedd",
    your_safety: "Eich diogelwch",
    about_you: "Amdanoch chi",
    children: "Y plant",
    other_parent: "Y rhiant arall",
    your_income: "Eich incwm a phlant eraill",
    payments: "Taliadau",
    send_heading: "Nawr anfonwch eich cais",
    declaration: "Drwy anfon y cais hwn, rydych yn cadarnhau bod y manylion rydych yn eu rhoi yn gywir hyd eithaf eich \
                  gwybodaeth, ac y byddwch yn rhoi gwybod i’r Gwasanaeth Cynhaliaeth Plant os bydd unrhyw un ohonynt \
                  yn newid.",
    send_button: "Anfon eich cais",
    copied_title: "Gwiriwch yr atebion rydym wedi’u copïo",
    copied_intro: "Rydym wedi copïo’r atebion hyn o’r cais rydych newydd ei anfon. Gwiriwch eu bod yn dal yn gywir ar \
                   gyfer y cais hwn.",
    copied_change_later: "Gallwch newid unrhyw un ohonynt ar y dudalen gwirio eich atebion, cyn i chi anfon y cais \
                          hwn.",
    copied_continue: "Parhau",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    /// A section's heading; `None` for check your answers' own, which has no rows.
    pub fn heading(&self, section: SectionId) -> Option<&'static str> {
        match section {
            SectionId::Eligibility => Some(self.eligibility),
            SectionId::YourSafety => Some(self.your_safety),
            SectionId::AboutYou => Some(self.about_you),
            SectionId::Children => Some(self.children),
            SectionId::OtherParent => Some(self.other_parent),
            SectionId::YourIncome => Some(self.your_income),
            SectionId::Payments => Some(self.payments),
            SectionId::None => None,
        }
    }
}
