//! maud's escaping, as this workspace builds it (templates/vendor/maud: upstream's faster `escape_to_string`),
//! writes exactly what maud 0.27.0 as published writes.

use maud::{Render, html};

/// maud 0.27.0's `escape_to_string` as published, a byte at a time: the reference.
fn published(input: &str) -> String {
    let mut output = Vec::new();
    for byte in input.bytes() {
        match byte {
            b'&' => output.extend_from_slice(b"&amp;"),
            b'<' => output.extend_from_slice(b"&lt;"),
            b'>' => output.extend_from_slice(b"&gt;"),
            b'"' => output.extend_from_slice(b"&quot;"),
            _ => output.push(byte),
        }
    }
    String::from_utf8(output).unwrap_or_default()
}

/// Every string of up to five characters from an alphabet of the escaped characters, their neighbours in ASCII, a
/// quote maud leaves alone, and characters of two, three and four bytes: 111,110 strings, each escaped after text
/// already in the buffer, as a splice in a page is.
#[test]
fn every_short_string_is_escaped_as_maud_0_27_0_escapes_it() {
    let alphabet = ['a', '&', '<', '>', '"', '\'', '=', 'ŵ', '’', '🙂'];
    let mut strings = vec![String::new()];
    let mut compared = 0;
    for _ in 0..5 {
        strings = strings
            .iter()
            .flat_map(|prefix| {
                alphabet.iter().map(move |c| {
                    let mut longer = prefix.clone();
                    longer.push(*c);
                    longer
                })
            })
            .collect();
        for text in &strings {
            let mut ours = String::from("Before ");
            text.as_str().render_to(&mut ours);
            assert_eq!(ours, format!("Before {}", published(text)), "{text:?}");
            compared += 1;
        }
    }
    assert_eq!(compared, 10 + 100 + 1_000 + 10_000 + 100_000);
}

#[test]
fn text_and_attributes_are_escaped() {
    let text = "Tom & Jerry’s \"<b>bold</b>\" café";
    assert_eq!(
        html! { p title=(text) { (text) } }.into_string(),
        "<p title=\"Tom &amp; Jerry’s &quot;&lt;b&gt;bold&lt;/b&gt;&quot; café\">\
         Tom &amp; Jerry’s &quot;&lt;b&gt;bold&lt;/b&gt;&quot; café</p>"
    );
    assert_eq!(html! { (String::new()) }.into_string(), "");
}
