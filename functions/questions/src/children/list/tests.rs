use intake::domain::{DateOfBirth, PersonName};

use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages, posted};

fn child(name: &str) -> Child {
    Child::new(
        PersonName::parse(name).expect("valid"),
        DateOfBirth::parse("1", "6", "2015", TODAY).expect("valid"),
        TODAY,
    )
}

fn page(children: &[Child]) -> String {
    let errors = FormErrors::new();
    view(StepContext::new("t", Back::To("/"), &errors), children, &Fields::new()).into_string()
}

#[test]
fn the_limit_said_is_the_domains() {
    let max = MAX_CHILDREN.to_string();
    assert!(copy::EN.too_many.contains(&max) && copy::EN.list_full.contains(&max));
}

#[test]
fn the_title_counts_the_children() {
    assert_eq!((copy::EN.title)(1), "You have added 1 child");
    assert_eq!((copy::EN.title)(3), "You have added 3 children");
}

#[test]
fn each_child_is_changed_or_removed_by_their_place_in_the_list() {
    let html = page(&[child("Alex Jones"), child("Sam Jones")]);
    for href in ["/children/0/change", "/children/0/remove", "/children/1/change", "/children/1/remove"] {
        assert!(html.contains(&format!("href=\"{href}\"")), "{href}");
    }
    assert!(html.contains(copy::EN.add_another));
}

#[test]
fn a_full_list_says_so_and_posts_no() {
    let full = vec![child("Alex Jones"); MAX_CHILDREN];
    let html = page(&full);
    assert!(html.contains(copy::EN.list_full) && !html.contains(copy::EN.add_another));
    assert!(html.contains(r#"<input type="hidden" name="add-another-child" value="no">"#));
    let short = page(&full[1..]);
    assert!(!short.contains(copy::EN.list_full) && short.contains(copy::EN.add_another));
}

#[test]
fn add_another_is_yes_or_no_or_the_govuk_error() {
    assert_eq!(parse_add_another(&posted("add-another-child=yes"), EN), Ok(true));
    assert_eq!(parse_add_another(&posted("add-another-child=no"), EN), Ok(false));
    for body in ["", "add-another-child=", "add-another-child=maybe"] {
        let errors = parse_add_another(&posted(body), EN).expect_err(body);
        assert_eq!(messages(&errors), [(ADD_ANOTHER, copy::EN.add_another_not_selected)]);
    }
}

#[test]
fn removing_names_the_child() {
    let alex = child("Alex Jones");
    assert_eq!(parse_remove(&posted("remove-child=yes"), &alex, EN), Ok(true));
    assert_eq!(parse_remove(&posted("remove-child=no"), &alex, EN), Ok(false));
    let errors = parse_remove(&posted(""), &alex, EN).expect_err("nothing chosen");
    assert_eq!(messages(&errors), [(REMOVE, "Select yes if you want to remove Alex Jones")]);
    let errors = FormErrors::new();
    let html = remove_view(StepContext::new("t", Back::To("/children"), &errors), &alex, &Fields::new()).into_string();
    assert!(html.contains("<title>Are you sure you want to remove Alex Jones?"));
}

#[test]
fn one_row_per_child_on_check_your_answers() {
    let answers = Answers { children: vec![child("Alex Jones"), child("Sam Jones")], ..Answers::default() };
    let rows = ChildrenList::summary(&answers, EN);
    let keys: Vec<Option<&str>> = rows.iter().map(|row| row.key.content.text.as_deref()).collect();
    assert_eq!(keys, [Some("Alex Jones"), Some("Sam Jones")]);
    let values: Vec<Option<&str>> = rows.iter().map(|row| row.value.content.text.as_deref()).collect();
    assert_eq!(values, [Some("1 June 2015"), Some("1 June 2015")]);
}

#[test]
fn answered_once_there_are_no_more() {
    let mut answers = Answers { finished_adding_children: true, ..Answers::default() };
    assert!(!ChildrenList::is_answered(&answers), "no child yet");
    answers.children.push(child("Alex Jones"));
    assert!(ChildrenList::is_answered(&answers));
    answers.finished_adding_children = false;
    assert!(!ChildrenList::is_answered(&answers));
}
