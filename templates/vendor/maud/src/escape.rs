// !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
// !!!!! PLEASE KEEP THIS IN SYNC WITH `maud_macros/src/escape.rs` !!!!!
// !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!

extern crate alloc;

use alloc::string::String;

// cms-intake: the one change from maud 0.27.0 as published (README.md). Copies the text between the characters it
// replaces in one `push_str` each, instead of pushing every byte on its own; the same bytes come out. The four
// characters escaped are single bytes below 0x80, which never occur inside a multi-byte UTF-8 sequence, so every
// slice starts and ends on a character boundary. As proposed upstream: https://github.com/lambda-fairy/maud/pull/502
pub fn escape_to_string(input: &str, output: &mut String) {
    let mut start = 0;
    for (i, b) in input.bytes().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        output.push_str(&input[start..i]);
        output.push_str(replacement);
        start = i + 1;
    }
    output.push_str(&input[start..]);
}

#[cfg(test)]
mod test {
    extern crate alloc;

    use super::escape_to_string;
    use alloc::string::String;

    #[test]
    fn it_works() {
        let mut s = String::new();
        escape_to_string("<script>launchMissiles()</script>", &mut s);
        assert_eq!(s, "&lt;script&gt;launchMissiles()&lt;/script&gt;");
    }
}
