use templates::Lang;

/// "Where should we send your letters?" The address's own labels and errors are the kit's
/// ([`crate::kit::address::AddressCopy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub question: &'static str,
    pub hint: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy {
    question: "Where should we send your letters?",
    hint: "Give an address where it is safe for you to get post, such as a refuge or a friend’s. We will never give \
           it to the other parent.",
    summary_key: "Address for letters",
    summary_change: "the address for your letters",
};

pub const CY: Copy = Copy {
    question: "I ble dylem anfon eich llythyrau?",
    hint: "Rhowch gyfeiriad lle mae’n ddiogel i chi gael post, fel lloches neu gyfeiriad ffrind. Ni fyddwn byth yn \
           ei roi i’r rhiant arall.",
    summary_key: "Cyfeiriad ar gyfer llythyrau",
    summary_change: "y cyfeiriad ar gyfer eich llythyrau",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
