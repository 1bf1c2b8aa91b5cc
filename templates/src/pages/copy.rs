//! What the copy of the pages that are not questions shares.

/// A sentence (or paragraph) with a link in it, in its three parts, so that the whole sentence is written in one
/// place and only the link's place in it is marked: "Read about " + *staying safe online* + " before you start.".
/// Either end may be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkedSentence {
    pub before_link: &'static str,
    pub link_text: &'static str,
    pub after_link: &'static str,
}
