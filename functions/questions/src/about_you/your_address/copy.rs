use templates::Lang;

/// "What is your address?" The address's own labels and errors are the kit's ([`crate::kit::address::AddressCopy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub summary_key: &'static str,
    pub summary_change: &'static str,
}

pub const EN: Copy = Copy { title: "What is your address?", summary_key: "Address", summary_change: "your address" };

pub const CY: Copy =
    Copy { title: "Beth yw eich cyfeiriad?", summary_key: "Cyfeiriad", summary_change: "eich cyfeiriad" };

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
