//! "What is your name?"

use super::NamesCopy;

pub const COPY: NamesCopy = NamesCopy {
    title: "What is your name?",
    enter_full_name: "Enter your full name",
    enter_other_names: "Enter other names you have been known by",
    other_names_label: "Other names you have been known by (optional)",
    other_names_hint: "For example, a name you had before you married",
    autocomplete: "name",
};
