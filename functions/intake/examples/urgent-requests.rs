//! Prints the settings infra/ reads for the alarm on urgent requests left unclaimed:
//! `cargo run -p intake --example urgent-requests > infra/urgent-requests.json`.

fn main() {
    print!("{}", intake::urgent::infra_settings_json());
}
