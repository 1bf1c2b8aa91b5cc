//! The fuzz target's body (`tests/fuzz`, `make fuzz`): any bytes posted to any question page, from one of three
//! starting points, with the invariants that correct form handling keeps. The unit tests below replay the committed
//! seed corpus through it, so `make test` runs the same checks on stable.
//!
//! The input: the question's id ([`questions::Page::ID`]) and a zero byte, then one byte for the answers it starts
//! from (none, or either example application: `questions::examples`), and the rest is the body. Bytes before the
//! zero that are no question's id still pick one (by their sum), so that every input posts somewhere. Naming the
//! step, rather than numbering it, keeps the committed seeds the same when a question is added. Dates are judged on
//! a fixed day, so that a crash replays the same way on any day.
// A broken invariant must crash the fuzzer: panicking is this module's job.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::sync::OnceLock;

use intake::Answers;
use maud::html;
use questions::examples::{self, Which, form_body, form_fields};
use questions::journey::{Next, Step};
use questions::{QuestionFns, question_steps};
use templates::{Fields, FormErrors};
use time::Date;
use web::PostedForm;

use crate::offline::LANG;
use crate::offline::{Posted, post, show};

/// The day dates are judged on: the examples' (the day the target was written).
pub const TODAY: Date = examples::TODAY;

/// What replaces each posted value holding `<`, `>` or `"` in the reference page of the escaping check (numbered).
const MARKER: &str = "fuzz-marker";

/// Posts `data` as described in the module's documentation, and panics if any invariant is broken:
///
/// - `post` itself never panics, and answers `Malformed` exactly when [`PostedForm::parse`] refuses the body; the
///   fields it reads are those `serde_urlencoded` (the URL spec's parser) reads, and where it refuses, that parser
///   had to replace bytes that are not UTF-8.
/// - `Malformed` and `Invalid` leave the answers as they were. `Invalid` has errors, and the page shows each one
///   and escapes what was typed: it has as many raw `<`, `>` and `"` as the same page with every posted value
///   that holds one of them replaced by a plain marker.
/// - `Saved`: the answers round-trip through `serde_json` (as the store keeps a draft, and as it keeps a sent
///   application, without and with its disclosure apart); the question and the next question render; and the
///   page as it is then shown, posted again unchanged ("Continue"), is accepted and changes nothing (except adding
///   a child, which adds another).
pub fn form_handling(data: &[u8]) {
    let (step, start, body) = read_input(data);
    let question = step.question().expect("a question step has a question");
    let before = starting_answers()[start].clone();
    let mut answers = before.clone();
    let parsed = PostedForm::parse(body);
    let pairs = check_parser_agrees(body, parsed.as_ref().ok().map(|form| &form.0));

    let posted = post(step, body, &mut answers, TODAY).expect("a question step is posted");
    match (posted, parsed) {
        (Posted::Malformed, Err(_)) => {
            assert!(answers == before, "{step:?}: a malformed body changed the answers");
        }
        (Posted::Invalid { page }, Ok(PostedForm(fields))) => {
            assert!(answers == before, "{step:?}: an invalid answer changed the answers");
            check_invalid_page(question, &fields, &pairs, &before, &page);
        }
        (Posted::Saved { next }, Ok(_)) => check_saved(question, &answers, next),
        (posted, parsed) => {
            panic!("{step:?}: posted {posted:?} but the parser said {:?}", parsed.map(|form| form.0))
        }
    }
}

/// The question an input posts to, the answers it starts from (an index into [`starting_answers`]) and the body.
fn read_input(data: &[u8]) -> (Step, usize, &[u8]) {
    let (name, rest) = match data.iter().position(|&byte| byte == 0) {
        Some(end) => (&data[..end], &data[end + 1..]),
        None => (&[][..], data),
    };
    let steps: Vec<Step> = question_steps().collect();
    let named = steps.iter().copied().find(|step| step.id().as_bytes() == name);
    let step = named.unwrap_or_else(|| {
        let sum = name.iter().map(|&byte| usize::from(byte)).sum::<usize>();
        steps[sum % steps.len()]
    });
    let start = rest.first().map_or(0, |&byte| usize::from(byte) % starting_answers().len());
    (step, start, rest.get(1..).unwrap_or_default())
}

/// `web`'s strict parser and `serde_urlencoded` (which repairs bad UTF-8 with U+FFFD where `web` refuses) read a
/// body the same way. The pairs read, which are the posted fields (`Fields` does not list its own).
fn check_parser_agrees(body: &[u8], strict: Option<&Fields>) -> Vec<(String, String)> {
    let lenient = serde_urlencoded::from_bytes::<Vec<(String, String)>>(body);
    match (strict, lenient) {
        (Some(strict), Ok(pairs)) => {
            assert!(*strict == Fields::from_pairs(pairs.clone()), "parsers disagree: {strict:?} but {pairs:?}");
            pairs
        }
        (Some(strict), Err(e)) => panic!("serde_urlencoded refused what web read as {strict:?}: {e}"),
        (None, Ok(pairs)) => {
            assert!(
                pairs.iter().any(|(name, value)| name.contains('\u{FFFD}') || value.contains('\u{FFFD}')),
                "web refused a body that is UTF-8 throughout: {pairs:?}"
            );
            Vec::new()
        }
        (None, Err(_)) => Vec::new(),
    }
}

/// The re-shown page of an invalid answer: it shows every error, and escapes what was typed.
fn check_invalid_page(
    question: QuestionFns,
    fields: &Fields,
    pairs: &[(String, String)],
    answers: &Answers,
    page: &str,
) {
    let step = question.step;
    let mut scratch = answers.clone();
    let Err(errors) = (question.save)(fields, &mut scratch, TODAY, LANG) else {
        panic!("{step:?}: the page was shown as invalid but the same fields save")
    };
    assert!(!errors.is_empty(), "{step:?}: invalid with no error to show");
    assert!(page.contains("govuk-error-summary"), "{step:?}: invalid without an error summary");
    for error in errors.iter() {
        let message = html! { (error.message) }.into_string();
        assert!(page.contains(&message), "{step:?}: the error {message:?} is not on the page");
    }

    // Every value holding a character that is markup, replaced by a plain marker: the page must be the same markup.
    // Different values get different markers, as a field posted twice with two values has none (`Fields::get`).
    let mut marked: Vec<&str> = Vec::new();
    let plain = pairs
        .iter()
        .map(|(name, value)| {
            if !value.contains(['<', '>', '"']) {
                return (name.clone(), value.clone());
            }
            let index = marked.iter().position(|v| v == value).unwrap_or_else(|| {
                marked.push(value);
                marked.len() - 1
            });
            (name.clone(), format!("{MARKER}-{index}"))
        })
        .collect();
    let reference = render(question, &Fields::from_pairs(plain), &errors, answers);
    for markup in ['<', '>', '"'] {
        let (count, expected) = (page.matches(markup).count(), reference.matches(markup).count());
        assert!(count == expected, "{step:?}: {count} raw {markup:?} where the plain page has {expected}: {pairs:?}");
    }
}

/// The question's page for `fields` and `errors`, as the offline `post` draws it.
fn render(question: QuestionFns, fields: &Fields, errors: &FormErrors, answers: &Answers) -> String {
    (question.view)(crate::offline::context(question, errors), fields, answers).into_string()
}

fn check_saved(question: QuestionFns, answers: &Answers, next: Next) {
    let step = question.step;
    check_stored_form(answers);
    assert!(show(step, answers).is_some(), "{step:?}: not shown after saving");
    if let Next::Ask(next) = next
        && next.question().is_some()
    {
        assert!(show(next, answers).is_some(), "{next:?}: not shown after saving {step:?}");
    }
    if step != Step::AddChild {
        // Continue on the page as shown: the saved answer, as fields, saves to the same answers.
        let shown = (question.fields)(answers);
        let mut again = answers.clone();
        if let Err(errors) = (question.save)(&shown, &mut again, TODAY, LANG) {
            panic!("{step:?}: the saved answer, shown as {shown:?}, does not save again: {errors:?}")
        }
        assert!(
            again == *answers,
            "{step:?}: saving the page as shown changed the answers from {} to {}",
            json(answers),
            json(&again)
        );
    }
}

/// The answers survive the store's encoding: a draft's `answers` attribute, and a sent application's `answers`
/// (without the disclosure) and `disclosure` attributes.
fn check_stored_form(answers: &Answers) {
    let draft = json(answers);
    let read: Answers = serde_json::from_str(&draft).unwrap_or_else(|e| panic!("draft {draft} not read back: {e}"));
    assert!(read == *answers, "draft changed in the store's encoding: {draft} read back as {}", json(&read));

    let mut application = answers.clone();
    let disclosure = std::mem::take(&mut application.disclosure);
    let stored = (json(&application), serde_json::to_string(&disclosure).expect("a disclosure serialises"));
    let mut read: Answers =
        serde_json::from_str(&stored.0).unwrap_or_else(|e| panic!("application {} not read back: {e}", stored.0));
    read.disclosure =
        serde_json::from_str(&stored.1).unwrap_or_else(|e| panic!("disclosure {} not read back: {e}", stored.1));
    assert!(read == *answers, "application changed in the store's encoding: {stored:?}");
}

fn json(answers: &Answers) -> String {
    serde_json::to_string(answers).expect("answers serialise")
}

/// No answers, and the answers of each example application, posted page by page.
fn starting_answers() -> &'static [Answers; 4] {
    static ANSWERS: OnceLock<[Answers; 4]> = OnceLock::new();
    ANSWERS.get_or_init(|| {
        [Answers::default(), answers_of(Which::Plain), answers_of(Which::Disclosed), answers_of(Which::Paying)]
    })
}

/// An example's answers, posted page by page through [`post`] (not `questions::examples::answers`, which saves
/// them directly): the starting points are what the handlers would have made.
fn answers_of(which: Which) -> Answers {
    let mut answers = Answers::default();
    for page in examples::application(which).expect("the example application") {
        let step = page.0;
        if step == Step::Children {
            // The children's list is not one question: its "No" is what the list's handler records.
            answers.finished_adding_children = true;
            continue;
        }
        match post(step, form_body(&form_fields(&page)).as_bytes(), &mut answers, TODAY) {
            Some(Posted::Saved { .. }) => {}
            other => panic!("the example's {step:?} was not saved: {other:?}"),
        }
    }
    answers
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use super::*;
    use questions::examples::PageAnswer;

    fn corpus_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz/corpus/form_handling")
    }

    fn input(step: Step, start: u8, body: &[u8]) -> Vec<u8> {
        [step.id().as_bytes(), &[0, start], body].concat()
    }

    /// The seed corpus: every page of the examples, posted from no answers (the disclosure's safety pages over the
    /// example without one, and the pages only it or the parent who pays meets over its own answers), the one
    /// question they leave out, and a few nasty bodies.
    fn seeds() -> BTreeMap<String, Vec<u8>> {
        let mut seeds = BTreeMap::new();
        let plain = examples::application(Which::Plain).expect("the plain example");
        let disclosed = examples::application(Which::Disclosed).expect("the example with a disclosure");
        let paying = examples::application(Which::Paying).expect("the example of a parent who pays");
        let only_disclosed = |page: &&PageAnswer| !page.0.is_safety() && !plain.iter().any(|p| p.0 == page.0);
        let only_paying = |page: &&PageAnswer| !plain.iter().any(|p| p.0 == page.0);
        let pages = plain
            .iter()
            .map(|page| ("", 0, page))
            .chain(
                // Over the example without a disclosure: a disclosure changes what was answered before.
                disclosed.iter().filter(|page| page.0.is_safety()).map(|page| ("disclosure-", 1, page)),
            )
            // The pages only the example with a disclosure meets (its child of 17's), over its own answers.
            .chain(disclosed.iter().filter(only_disclosed).map(|page| ("", 2, page)))
            // The pages only the parent who pays meets (about their income), over its own answers.
            .chain(paying.iter().filter(only_paying).map(|page| ("", 3, page)));
        for (prefix, start, page) in pages {
            let step = page.0;
            if step.question().is_some() {
                let name = format!("{prefix}{}", step.id().replace('/', "-"));
                // A page posted twice (a request sent, then Continue on the page that says so): the first post is
                // the seed, as the second means nothing without it.
                seeds.entry(name).or_insert_with(|| input(step, start, form_body(&form_fields(page)).as_bytes()));
            }
        }
        let address = form_body(&[
            ("address-line-1", "Flat 2, 10 Long Road"),
            ("address-town", "Swansea"),
            ("address-postcode", "SA1 1AA"),
            ("when-last-lived-there", "Until 2024"),
        ]);
        let nasty: [(&str, Step, u8, &[u8]); 13] = [
            // The fuzzer's first finds: control characters in free text were kept in a form that did not read
            // back as itself (intake's `text::tidy` now removes them before collapsing whitespace).
            (
                "nasty-control-only-address-line",
                Step::YourAddress,
                0,
                b"address-line-1=%01&address-town=Cardiff&address-postcode=CF10+1AA",
            ),
            ("found-control-in-short-text", Step::UrgentRequest, 1, b"safe-phone=07700+900+111&safe-time=a+%01+b"),
            ("other-parent-address", Step::OtherParentAddress, 1, address.as_bytes()),
            // Asked only after an address (over the example's answers it asks nothing, and saves).
            ("how-you-know-the-address", Step::HowAddressKnown, 1, b"how-address-known=they-told-me"),
            ("nasty-empty-body", Step::WhereYouLive, 0, b""),
            ("nasty-not-utf8", Step::YourName, 0, b"full-name=%FF%FE&other-names=\xc3\x28"),
            (
                "nasty-markup-name",
                Step::YourName,
                2,
                b"full-name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&other-names=%22%3E%3Cimg+src%3Dx%3E",
            ),
            (
                "nasty-markup-address",
                Step::YourAddress,
                1,
                b"address-line-1=%22%3E%3C%2Finput%3E&address-town=%3C%21--&address-postcode=%27%22%3E",
            ),
            (
                "nasty-date",
                Step::YourDateOfBirth,
                0,
                b"date-of-birth-day=31&date-of-birth-month=feb&date-of-birth-year=99999999999999999999",
            ),
            ("nasty-repeated-checkboxes", Step::KindsOfAbuse, 2, b"kinds=economic&kinds=economic&kinds=%3Cb%3E&kinds="),
            ("nasty-odd-encoding", Step::YourContactDetails, 1, b"%zz&&=&phone=+%2B44+%&phone=1=2&email=a%40b"),
            (
                "nasty-unicode",
                Step::OtherParentName,
                0,
                "full-name=A\u{202e}lex\u{200d}\u{301}%00&other-names=\u{1F600}\u{FEFF}".as_bytes(),
            ),
            ("nasty-long-sort-code", Step::BankDetails, 1, &[b"sort-code=", &[b'1'; 2000][..]].concat()),
        ];
        for (name, step, start, body) in nasty {
            seeds.insert(name.to_owned(), input(step, start, body));
        }
        seeds
    }

    /// The committed seeds are the ones above (and the example applications'): after changing either, run
    /// `cargo test -p apply --features offline --lib fuzzing::tests::write_seed_corpus -- --ignored` to write them
    /// again. A failure names the seeds that differ, not their bytes.
    #[test]
    fn the_seed_corpus_is_committed() {
        let committed: BTreeMap<String, Vec<u8>> = std::fs::read_dir(corpus_dir())
            .expect("the seed corpus")
            .map(|entry| {
                let path = entry.expect("an entry").path();
                let name = path.file_name().expect("a name").to_string_lossy().into_owned();
                (name, std::fs::read(&path).expect("a seed"))
            })
            .collect();
        let expected = seeds();
        let differ: Vec<&String> = committed
            .keys()
            .chain(expected.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .filter(|name| committed.get(*name) != expected.get(*name))
            .collect();
        assert!(
            differ.is_empty(),
            "tests/fuzz/corpus/form_handling is not seeds(): {differ:?} differ or are missing on one side; write the \
             corpus again (cargo test -p apply --features offline --lib fuzzing::tests::write_seed_corpus -- --ignored)"
        );
    }

    #[test]
    #[ignore = "writes tests/fuzz/corpus/form_handling"]
    fn write_seed_corpus() {
        let dir = corpus_dir();
        std::fs::create_dir_all(&dir).expect("the corpus directory");
        for entry in std::fs::read_dir(&dir).expect("the corpus") {
            std::fs::remove_file(entry.expect("an entry").path()).expect("an old seed removed");
        }
        for (name, bytes) in seeds() {
            std::fs::write(dir.join(name), bytes).expect("a seed written");
        }
    }

    /// What the fuzzer starts from, replayed: every file in the committed corpus.
    #[test]
    fn the_seed_corpus_keeps_every_invariant() {
        let mut replayed = 0;
        for entry in std::fs::read_dir(corpus_dir()).expect("the seed corpus") {
            form_handling(&std::fs::read(entry.expect("an entry").path()).expect("a seed"));
            replayed += 1;
        }
        assert_eq!(
            replayed,
            seeds().len(),
            "the corpus has as many seeds as seeds() (see the_seed_corpus_is_committed)"
        );
    }

    /// The seeds reach each outcome: the examples' pages are saved, the nasty bodies are not.
    #[test]
    fn the_seeds_reach_saving_and_refusing() {
        for (name, data) in seeds() {
            let (step, start, body) = read_input(&data);
            let mut answers = starting_answers()[start].clone();
            let posted = post(step, body, &mut answers, TODAY).expect("a question");
            match posted {
                Posted::Saved { .. } => assert!(!name.starts_with("nasty"), "{name}: saved"),
                Posted::Malformed => assert_eq!(name, "nasty-not-utf8"),
                Posted::Invalid { .. } => assert!(name.starts_with("nasty"), "{name}: invalid"),
            }
        }
    }

    #[test]
    fn every_question_from_every_start_keeps_every_invariant() {
        let bodies: [&[u8]; 6] = [
            b"",
            b"%FF",
            b"a=%3Cscript%3E&full-name=%22%3E%3Cb%3E&phone=%3C&sort-code=%3E&date-of-birth-day=%22",
            b"where-you-live=england&your-role=parent-with-care&abuse=yes&kinds=economic&in-immediate-danger=no",
            b"&&&===&+&%&%2",
            // Found by the fuzzer in a wrong first version of the escaping check: a field posted twice with two
            // values shows neither, so the markers that stand for them must differ too.
            b"full-name=%3Cscript%3E&other-names=%22%3E%3Ca&other-names=%22%3E%3Cb&phone=%3C&phone=%3C",
        ];
        let starts = u8::try_from(starting_answers().len()).expect("a few");
        for step in question_steps() {
            for start in 0..starts {
                for body in bodies {
                    form_handling(&input(step, start, body));
                }
            }
        }
    }

    #[test]
    fn an_input_names_its_question_and_anything_else_still_picks_one() {
        for step in question_steps() {
            assert_eq!(read_input(&input(step, 5, b"a=1")), (step, 1, &b"a=1"[..]), "{step:?}");
        }
        let (step, start, body) = read_input(b"no-such-page\x00\x02a=1");
        assert!(step.question().is_some() && start == 2 && body == b"a=1");
        assert_eq!(read_input(b"a=1").2, b"=1", "no name: the first byte picks the start");
    }

    #[test]
    fn short_and_out_of_range_inputs_are_read() {
        for data in [&b""[..], b"\x00", b"\xff", b"\xff\xff", b"\xff\xff\xff", b"\xff\x00", b"your-name\x00"] {
            form_handling(data);
        }
    }

    #[test]
    fn the_starting_answers_are_four_different_applications() {
        let [none, example, disclosure, paying] = starting_answers();
        assert!(none != example && example != disclosure && none != disclosure);
        assert!(paying != example && paying.pays_maintenance() && !paying.paying_parent.is_empty());
        assert!(example.disclosure.abuse == Some(false) && disclosure.disclosure.is_made());
        assert!(example.finished_adding_children && example.children.len() == 1);
    }

    /// The escaping check bites: a page with a posted value left raw is caught.
    #[test]
    #[should_panic(expected = "raw '<'")]
    fn a_value_left_unescaped_is_caught() {
        let question = Step::YourName.question().expect("a question");
        let pairs = vec![("full-name".to_owned(), "<b".to_owned())];
        let fields = Fields::from_pairs(pairs.clone());
        let mut scratch = Answers::default();
        let errors = (question.save)(&fields, &mut scratch, TODAY, LANG).expect_err("a name with markup is refused");
        let page = render(question, &fields, &errors, &Answers::default()).replace("&lt;b", "<b");
        check_invalid_page(question, &fields, &pairs, &Answers::default(), &page);
    }
}
