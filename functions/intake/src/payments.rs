//! How child maintenance is paid, and what it costs: kept in one place, because the fees are set to change
//! (docs/domain.md: the Government Response of 23 June 2025 commits to 2% / 2% after primary legislation).

use serde::{Deserialize, Serialize};

use crate::domain::{AccountNumber, RollNumber, ShortText, SortCode};

/// Collect & Pay fees as a percentage of each payment
/// (<https://www.gov.uk/child-maintenance-service/collect-and-pay>). Direct Pay has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollectAndPayFees {
    /// Added on top of what the paying parent pays.
    pub paying_parent_percent: u8,
    /// Taken from what the receiving parent receives.
    pub receiving_parent_percent: u8,
}

/// Today's fees. Change them here and every page that states them changes with them.
pub const COLLECT_AND_PAY_FEES: CollectAndPayFees =
    CollectAndPayFees { paying_parent_percent: 20, receiving_parent_percent: 4 };

choices! {
    /// The payment service the applicant would like.
    pub enum PaymentService {
        /// CMS works out the amount; the paying parent pays the receiving parent directly.
        DirectPay => "direct-pay",
        /// CMS collects from the paying parent and pays the receiving parent: no contact between them.
        CollectAndPay => "collect-and-pay",
    }
}

/// The account child maintenance is paid into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankDetails {
    pub name_on_account: ShortText,
    pub sort_code: SortCode,
    pub account_number: AccountNumber,
    pub roll_number: Option<RollNumber>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_round_trip() {
        for service in PaymentService::ALL {
            assert_eq!(PaymentService::parse(service.form_value()), Some(*service));
        }
        assert_eq!(PaymentService::parse("Direct Pay"), None);
    }
}
