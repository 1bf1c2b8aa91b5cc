//! Any bytes posted to any question page: `apply::fuzzing::form_handling` says how they are read and what must
//! hold. Run with `make fuzz` (docs/reliability.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| apply::fuzzing::form_handling(data));
