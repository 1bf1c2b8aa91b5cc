//! Prints the table definition as the JSON `infra/table-definition.json` holds:
//! `cargo run -p intake --example table-definition > infra/table-definition.json`.

fn main() {
    print!("{}", intake::table::TABLE.to_json());
}
