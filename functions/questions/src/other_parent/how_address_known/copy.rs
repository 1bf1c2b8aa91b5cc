use intake::other_parent::HowAddressKnown;
use templates::Lang;

/// "How do you know the other parent's address?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub they_told_me: &'static str,
    pub been_there: &'static str,
    pub someone_else: &'static str,
    pub documents: &'static str,
    pub another_way: &'static str,
    pub not_selected: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    title: "How do you know the other parent’s address?",
    they_told_me: "They told me",
    been_there: "I have been there",
    someone_else: "Someone else told me",
    documents: "From letters, documents or online",
    another_way: "Another way",
    not_selected: "Select how you know the other parent’s address",
    summary_key: "How you know the address",
    summary_change: "how you know the other parent's address",
};

pub const CY: Copy = Copy {
    title: "Sut ydych chi’n gwybod cyfeiriad y rhiant arall?",
    they_told_me: "Fe ddywedon nhw wrthyf",
    been_there: "Rwyf wedi bod yno",
    someone_else: "Fe ddywedodd rhywun arall wrthyf",
    documents: "O lythyrau, dogfennau neu ar-lein",
    another_way: "Mewn ffordd arall",
    not_selected: "Dewiswch sut rydych chi’n gwybod cyfeiriad y rhiant arall",
    summary_key: "Sut rydych chi’n gwybod y cyfeiriad",
    summary_change: "sut rydych chi’n gwybod cyfeiriad y rhiant arall",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    pub fn label(&self, how: HowAddressKnown) -> &'static str {
        match how {
            HowAddressKnown::TheyToldMe => self.they_told_me,
            HowAddressKnown::BeenThere => self.been_there,
            HowAddressKnown::SomeoneElse => self.someone_else,
            HowAddressKnown::Documents => self.documents,
            HowAddressKnown::AnotherWay => self.another_way,
        }
    }
}
