//! Where to get help: every number the service shows, kept here and nowhere else (docs/domain.md, "Helplines and
//! emergency advice"). The Respect phoneline, for perpetrators, is deliberately absent: it must never be shown to
//! someone at risk from one.

use crate::eligibility::Country;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Helpline {
    pub name: &'static str,
    /// Who it is for, in a few words.
    pub description: &'static str,
    /// The name in Welsh: the organisation's own Welsh name where it has published one (Live Fear Free is "Byw Heb
    /// Ofn"), otherwise its English name, which is a name and stays as it is.
    pub name_cy: &'static str,
    /// `description` in Welsh.
    pub description_cy: &'static str,
    /// As it should be read and dialled ("0808 2000 247").
    pub phone: &'static str,
    /// A number to text, where the helpline has one.
    pub text: Option<&'static str>,
    /// The nation it serves, or `None` for the whole UK.
    pub nation: Option<Country>,
}

impl Helpline {
    /// The number as a `tel:` URI: digits only.
    pub fn phone_uri(&self) -> String {
        format!("tel:{}", digits(self.phone))
    }
}

pub const HELPLINES: [Helpline; 6] = [
    Helpline {
        name: "National Domestic Abuse Helpline",
        description: "Free, 24 hours a day, for anyone in England",
        name_cy: "National Domestic Abuse Helpline",
        description_cy: "Am ddim, 24 awr y dydd, i unrhyw un yn Lloegr",
        phone: "0808 2000 247",
        text: None,
        nation: Some(Country::England),
    },
    Helpline {
        name: "Domestic Abuse and Forced Marriage Helpline",
        description: "Free, 24 hours a day, for anyone in Scotland",
        name_cy: "Domestic Abuse and Forced Marriage Helpline",
        description_cy: "Am ddim, 24 awr y dydd, i unrhyw un yn yr Alban",
        phone: "0800 027 1234",
        text: None,
        nation: Some(Country::Scotland),
    },
    Helpline {
        name: "Live Fear Free",
        description: "Free, 24 hours a day, for anyone in Wales",
        name_cy: "Byw Heb Ofn",
        description_cy: "Am ddim, 24 awr y dydd, i unrhyw un yng Nghymru",
        phone: "0808 80 10 800",
        text: Some("07860 077333"),
        nation: Some(Country::Wales),
    },
    Helpline {
        name: "Men’s Advice Line",
        description: "For men experiencing domestic abuse",
        name_cy: "Men’s Advice Line",
        description_cy: "Ar gyfer dynion sy’n profi cam-drin domestig",
        phone: "0808 801 0327",
        text: None,
        nation: None,
    },
    Helpline {
        name: "Galop",
        description: "For LGBT+ people experiencing abuse",
        name_cy: "Galop",
        description_cy: "Ar gyfer pobl LHDT+ sy’n profi cam-drin",
        phone: "0800 999 5428",
        text: None,
        nation: None,
    },
    Helpline {
        name: "Karma Nirvana",
        description: "For honour-based abuse and forced marriage",
        name_cy: "Karma Nirvana",
        description_cy: "Ar gyfer cam-drin ar sail anrhydedd a phriodas dan orfod",
        phone: "0800 5999 247",
        text: None,
        nation: None,
    },
];

/// The Child Maintenance Service's own number: the one it calls applicants from, and the one they call
/// (<https://www.gov.uk/child-maintenance-service/contact>; docs/domain.md, "What the real application asks").
pub const CHILD_MAINTENANCE_SERVICE: ServiceNumber = ServiceNumber { phone: "0800 171 2345", relay_uk_prefix: "18001" };

/// A service's phone number, and how to reach it through Relay UK (the prefix dialled before the number, for
/// people who cannot hear or speak on the phone: <https://www.relayuk.bt.com/>).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceNumber {
    /// As it should be read and dialled.
    pub phone: &'static str,
    pub relay_uk_prefix: &'static str,
}

impl ServiceNumber {
    /// The number as a `tel:` URI: digits only.
    pub fn phone_uri(&self) -> String {
        format!("tel:{}", digits(self.phone))
    }
}

fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// The helplines for someone in `nation`: their nation's own line first, then the UK-wide ones. Where the nation
/// is not known (yet), every nation's line, so nobody is shown only the wrong one.
pub fn for_nation(nation: Option<Country>) -> Vec<&'static Helpline> {
    let national = HELPLINES.iter().filter(|line| match (line.nation, nation) {
        (Some(serves), Some(lives)) if lives.is_covered() => serves == lives,
        (Some(_), _) => true,
        (None, _) => false,
    });
    national.chain(HELPLINES.iter().filter(|line| line.nation.is_none())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(nation: Option<Country>) -> Vec<&'static str> {
        for_nation(nation).iter().map(|line| line.name).collect()
    }

    #[test]
    fn each_nation_gets_its_own_line_then_the_uk_wide_ones() {
        let uk_wide = ["Men’s Advice Line", "Galop", "Karma Nirvana"];
        let cases = [
            (Country::England, "National Domestic Abuse Helpline"),
            (Country::Scotland, "Domestic Abuse and Forced Marriage Helpline"),
            (Country::Wales, "Live Fear Free"),
        ];
        for (nation, own) in cases {
            let mut expected = vec![own];
            expected.extend(uk_wide);
            assert_eq!(names(Some(nation)), expected, "{nation:?}");
        }
        assert_eq!(names(None).len(), 6, "not known: every line");
        assert_eq!(names(Some(Country::NorthernIreland)).len(), 6);
    }

    #[test]
    fn never_the_perpetrators_line() {
        assert!(HELPLINES.iter().all(|line| !line.name.contains("Respect") && line.phone != "0808 802 4040"));
    }

    #[test]
    fn numbers_dial_as_digits() {
        assert_eq!(HELPLINES[2].phone_uri(), "tel:08088010800");
        assert_eq!(CHILD_MAINTENANCE_SERVICE.phone_uri(), "tel:08001712345");
    }
}
