//! Your safety: the routine enquiry about domestic abuse, asked of everyone who applies, and what follows from it.
//! The independent review of the Child Maintenance Service's response to domestic abuse recommended asking every
//! applicant, and the Government Response (January 2023) accepted it, with advice to call 999 (and the Silent
//! Solution) for someone in immediate danger and, for someone who cannot, a request that CMS calls the police for
//! them or calls them back at a safe time (docs/domain.md, docs/safety.md). CMS has no duty of care and cannot keep
//! anyone safe: these pages signpost and route, and never promise protection.
//!
//! Everyone is asked [`your_safety`], [`keep_private`], [`safe_contact`] and [`letters_home`] (and, when letters
//! may not go home, [`letters_address`]); after a disclosure also
//! [`kinds_of_abuse`], [`immediate_danger`] and [`evidence`]; in danger, [`help_now`], and after asking for a call,
//! [`urgent_request`], which sends the request at once.
//!
//! All ten pages are served at the one URL [`YOUR_SAFETY`](crate::journey::YOUR_SAFETY), each titled only "Your
//! safety" ([`KitCopy::your_safety`](crate::kit::KitCopy)), whatever it asks: someone who reads the browser's history
//! then sees the same entries whether or not abuse was disclosed or help asked for. Which page is shown is kept by
//! the server (`journey::SafetyPage`); the pages' forms say which they answer in a hidden field, and Back and Change
//! into the section are form buttons, because a link would have to name the page in its URL.

pub mod evidence;
pub mod help_now;
pub mod immediate_danger;
pub mod keep_private;
pub mod kinds_of_abuse;
pub mod letters_address;
pub mod letters_home;
pub mod safe_contact;
pub mod urgent_request;
pub mod your_safety;
