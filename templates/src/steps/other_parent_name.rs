//! "What is the other parent's name?": the only question about the other parent that must be answered.

use super::NamesCopy;

pub const COPY: NamesCopy = NamesCopy {
    title: "What is the other parent's name?",
    enter_full_name: "Enter the other parent's full name",
    enter_other_names: "Enter other names they have been known by",
    other_names_label: "Other names they have been known by (optional)",
    other_names_hint: "For example, a name they had before they married",
    // Not the applicant's own name, so the browser must not offer to fill it in.
    autocomplete: "off",
};
