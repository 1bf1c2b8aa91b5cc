//! "What has happened? (optional)": the kinds of abuse, any or none.

use intake::Answers;
use intake::journey::Step;
use intake::safety::AbuseKind;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::kinds_of_abuse::{FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{CheckboxRules, Question, checkbox_fields, parse_checkboxes};

pub struct KindsOfAbuse;

/// Only a tampered form can post a value that is not a choice.
const NOT_A_CHOICE: &str = "Select what has happened, or leave this blank";

impl Question for KindsOfAbuse {
    const STEP: Step = Step::KindsOfAbuse;

    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.disclosure.kinds.as_deref(), AbuseKind::form_value, false)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: None, conflicting: NOT_A_CHOICE };
        answers.disclosure.kinds = Some(parse_checkboxes(fields, FIELD, AbuseKind::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        view(context, fields, answers.where_you_live)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_kinds_or_none_at_all() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        KindsOfAbuse::save(&Fields::new(), &mut answers, today).expect("optional");
        assert_eq!(answers.disclosure.kinds, Some(vec![]));
        let posted = Fields::new().with(FIELD, Some("threats")).with(FIELD, Some("physical"));
        KindsOfAbuse::save(&posted, &mut answers, today).expect("saved");
        assert_eq!(answers.disclosure.kinds, Some(vec![AbuseKind::Physical, AbuseKind::Threats]));
        assert_eq!(
            KindsOfAbuse::fields(&answers),
            Fields::new().with(FIELD, Some("physical")).with(FIELD, Some("threats"))
        );
        assert!(KindsOfAbuse::save(&Fields::new().with(FIELD, Some("other")), &mut answers, today).is_err());
    }
}
