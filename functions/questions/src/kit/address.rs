//! A UK address as the GOV.UK address pattern asks for it: <https://design-system.service.gov.uk/patterns/addresses/>.

use intake::domain::{AddressLine, AddressLineError, Postcode, PostcodeError, UkAddress};
use maud::{Markup, html};
use templates::components::fieldset;
use templates::{Fields, FormErrors};

use super::StepContext;
use super::heading_legend;
use super::text::{TextField, text_field};

/// An address's words: its fields' labels and every error, each a whole sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressCopy {
    pub line_1: &'static str,
    pub line_2: &'static str,
    pub town: &'static str,
    pub county: &'static str,
    pub postcode: &'static str,
    pub enter_line_1: &'static str,
    /// The three "too long" sentences say `intake::domain::MAX_LINE_CHARS` (tested).
    pub line_1_too_long: &'static str,
    pub line_2_too_long: &'static str,
    pub enter_town: &'static str,
    pub town_too_long: &'static str,
    pub county_too_long: &'static str,
    pub enter_postcode: &'static str,
    pub postcode_not_uk: &'static str,
}

pub const EN: AddressCopy = AddressCopy {
    line_1: "Address line 1",
    line_2: "Address line 2 (optional)",
    town: "Town or city",
    county: "County (optional)",
    postcode: "Postcode",
    enter_line_1: "Enter address line 1, typically the building and street",
    line_1_too_long: "Address line 1 must be 100 characters or less",
    line_2_too_long: "Address line 2 must be 100 characters or less",
    enter_town: "Enter town or city",
    town_too_long: "Town or city must be 100 characters or less",
    county_too_long: "County must be 100 characters or less",
    enter_postcode: "Enter postcode",
    postcode_not_uk: "Enter a full UK postcode",
};

pub const CY: AddressCopy = AddressCopy {
    line_1: "Llinell 1 y cyfeiriad",
    line_2: "Llinell 2 y cyfeiriad (dewisol)",
    town: "Tref neu ddinas",
    county: "Sir (dewisol)",
    postcode: "Cod post",
    enter_line_1: "Rhowch linell 1 y cyfeiriad, sef yr adeilad a’r stryd fel arfer",
    line_1_too_long: "Rhaid i linell 1 y cyfeiriad fod yn 100 o gymeriadau neu lai",
    line_2_too_long: "Rhaid i linell 2 y cyfeiriad fod yn 100 o gymeriadau neu lai",
    enter_town: "Rhowch dref neu ddinas",
    town_too_long: "Rhaid i’r dref neu’r ddinas fod yn 100 o gymeriadau neu lai",
    county_too_long: "Rhaid i’r sir fod yn 100 o gymeriadau neu lai",
    enter_postcode: "Rhowch god post",
    postcode_not_uk: "Rhowch god post llawn yn y DU",
};

impl AddressCopy {
    pub fn of(lang: templates::Lang) -> &'static AddressCopy {
        match lang {
            templates::Lang::En => &EN,
            templates::Lang::Cy => &CY,
        }
    }
}

/// The names of an address's fields, `<prefix>-line-1` etc.
pub fn address_ids(prefix: &str) -> [String; 5] {
    ["line-1", "line-2", "town", "county", "postcode"].map(|part| format!("{prefix}-{part}"))
}

/// An address whose legend is the page's h1.
pub fn address_fields(context: StepContext<'_>, prefix: &str, title: &str, fields: &Fields) -> Markup {
    fieldset(&heading_legend(title).unwrap_or_default(), address_inputs(context, prefix, fields, true))
}

/// An address's inputs without their fieldset. `own_address`: the browser may fill in the applicant's own address;
/// for anyone else's it is told not to (it would offer the applicant's).
pub fn address_inputs(context: StepContext<'_>, prefix: &str, fields: &Fields, own_address: bool) -> Markup {
    let copy = AddressCopy::of(context.lang);
    let [line_1, line_2, town, county, postcode] = address_ids(prefix);
    fn field<'a>(name: &'a str, label: &'a str, width: Option<&'a str>, autocomplete: &'a str) -> TextField<'a> {
        TextField { name, label, width, autocomplete: Some(autocomplete), ..TextField::default() }
    }
    let auto = |token: &'static str| if own_address { token } else { "off" };
    html! {
        (text_field(context, field(&line_1, copy.line_1, None, auto("address-line1")), fields))
        (text_field(context, field(&line_2, copy.line_2, None, auto("address-line2")), fields))
        (text_field(context, field(&town, copy.town, Some("govuk-!-width-two-thirds"), auto("address-level2")), fields))
        (text_field(context, field(&county, copy.county, Some("govuk-!-width-two-thirds"), auto("address-level1")), fields))
        (text_field(context, field(&postcode, copy.postcode, Some("govuk-input--width-10"), auto("postal-code")), fields))
    }
}

/// The fields of a saved address.
pub fn address_values(prefix: &str, address: Option<&UkAddress>) -> Fields {
    let [line_1, line_2, town, county, postcode] = address_ids(prefix);
    let line = |l: Option<&AddressLine>| l.map(|l| l.as_str().to_owned());
    Fields::new()
        .with(&line_1, line(address.map(|a| &a.line_1)))
        .with(&line_2, line(address.and_then(|a| a.line_2.as_ref())))
        .with(&town, line(address.map(|a| &a.town)))
        .with(&county, line(address.and_then(|a| a.county.as_ref())))
        .with(&postcode, address.map(|a| a.postcode.as_str().to_owned()))
}

/// Parses a posted address, each field's error against that field, in `copy`'s words.
pub fn parse_address(fields: &Fields, prefix: &str, copy: &AddressCopy) -> Result<UkAddress, FormErrors> {
    let [line_1, line_2, town, county, postcode] = address_ids(prefix);
    let value = |name: &str| fields.get(name).unwrap_or("");
    let too_long = |error: AddressLineError, empty: &'static str, too_long: &'static str| match error {
        AddressLineError::Empty => empty,
        AddressLineError::TooLong { .. } => too_long,
    };
    let mut errors = FormErrors::new();
    let parsed_line_1 = AddressLine::parse(value(&line_1))
        .map_err(|e| errors.add(&line_1, too_long(e, copy.enter_line_1, copy.line_1_too_long)))
        .ok();
    let parsed_line_2 = AddressLine::parse_optional(value(&line_2))
        .map_err(|e| errors.add(&line_2, too_long(e, copy.line_2_too_long, copy.line_2_too_long)));
    let parsed_town = AddressLine::parse(value(&town))
        .map_err(|e| errors.add(&town, too_long(e, copy.enter_town, copy.town_too_long)))
        .ok();
    let parsed_county = AddressLine::parse_optional(value(&county))
        .map_err(|e| errors.add(&county, too_long(e, copy.county_too_long, copy.county_too_long)));
    let parsed_postcode = Postcode::parse(value(&postcode))
        .map_err(|e| {
            errors.add(
                &postcode,
                match e {
                    PostcodeError::Empty => copy.enter_postcode,
                    PostcodeError::InvalidFormat => copy.postcode_not_uk,
                },
            )
        })
        .ok();
    match (parsed_line_1, parsed_line_2, parsed_town, parsed_county, parsed_postcode) {
        (Some(line_1), Ok(line_2), Some(town), Ok(county), Some(postcode)) if errors.is_empty() => {
            Ok(UkAddress { line_1, line_2, town, county, postcode })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_said_are_the_domains() {
        let max = intake::domain::address::MAX_LINE_CHARS.to_string();
        for sentence in [EN.line_1_too_long, EN.line_2_too_long, EN.town_too_long, EN.county_too_long] {
            assert!(sentence.contains(&max), "{sentence}");
        }
    }

    #[test]
    fn each_field_has_its_own_error() {
        let errors = parse_address(&Fields::new(), "address", &EN).expect_err("empty");
        assert_eq!(errors.message("address-line-1"), Some(EN.enter_line_1));
        assert_eq!(errors.message("address-town"), Some(EN.enter_town));
        assert_eq!(errors.message("address-postcode"), Some(EN.enter_postcode));
        let long = "a".repeat(101);
        let posted = Fields::new()
            .with("address-line-1", Some("1 High Street"))
            .with("address-line-2", Some(long.as_str()))
            .with("address-town", Some("Leeds"))
            .with("address-county", Some(long.as_str()))
            .with("address-postcode", Some("not a postcode"));
        let errors = parse_address(&posted, "address", &EN).expect_err("too long");
        assert_eq!(errors.message("address-line-2"), Some(EN.line_2_too_long));
        assert_eq!(errors.message("address-county"), Some(EN.county_too_long));
        assert_eq!(errors.message("address-postcode"), Some(EN.postcode_not_uk));
    }
}
