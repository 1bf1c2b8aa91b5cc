use templates::Lang;

use crate::kit::yes_no::YesNo;

/// The list of children, and removing one.
#[derive(Debug, Clone, Copy)]
pub struct Copy {
    /// "You have added 1 child", "You have added 2 children".
    pub title: fn(usize) -> String,
    /// A child's action beside Change.
    pub remove: &'static str,
    pub add_another: &'static str,
    /// The answers' words (in Welsh they answer the question's verb).
    pub add_another_answers: YesNo,
    pub add_another_not_selected: &'static str,
    /// The error when a child is added to a full list. Says `MAX_CHILDREN` (tested), as does `list_full`.
    pub too_many: &'static str,
    /// What the full list says instead of asking whether to add another.
    pub list_full: &'static str,
    /// "Are you sure you want to remove Alex Jones?": the remove page's title and question.
    pub remove_title: fn(&str) -> String,
    pub remove_not_selected: fn(&str) -> String,
    pub remove_answers: YesNo,
}

pub const EN: Copy = Copy {
    title: |count| {
        if count == 1 { "You have added 1 child".to_owned() } else { format!("You have added {count} children") }
    },
    remove: "Remove",
    add_another: "Do you need to add another child?",
    add_another_answers: YesNo::EN,
    add_another_not_selected: "Select yes if you need to add another child",
    too_many: "You cannot add more than 20 children",
    list_full: "You cannot add more than 20 children.",
    remove_title: |name| format!("Are you sure you want to remove {name}?"),
    remove_not_selected: |name| format!("Select yes if you want to remove {name}"),
    remove_answers: YesNo::EN,
};

/// "Oes angen…?" is answered "Oes" / "Nac oes"; "Ydych chi’n siŵr…?" "Ydw" / "Nac ydw". The count is said as
/// "1 plentyn", and otherwise "{count} o blant", which is right for every number (no mutation after the numeral).
pub const CY: Copy = Copy {
    title: |count| {
        if count == 1 {
            "Rydych wedi ychwanegu 1 plentyn".to_owned()
        } else {
            format!("Rydych wedi ychwanegu {count} o blant")
        }
    },
    remove: "Tynnu",
    add_another: "Oes angen i chi ychwanegu plentyn arall?",
    add_another_answers: YesNo { yes: "Oes", no: "Nac oes" },
    add_another_not_selected: "Dewiswch ‘Oes’ os oes angen i chi ychwanegu plentyn arall",
    too_many: "Ni allwch ychwanegu dros 20 o blant",
    list_full: "Ni allwch ychwanegu dros 20 o blant.",
    remove_title: |name| format!("Ydych chi’n siŵr eich bod am dynnu {name} o’r rhestr?"),
    remove_not_selected: |name| format!("Dewiswch ‘Ydw’ os ydych am dynnu {name} o’r rhestr"),
    remove_answers: YesNo { yes: "Ydw", no: "Nac ydw" },
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }
}
