// Progressive enhancement only: every page works without this file.
//
// The GOV.UK page template marks the body with an inline script; our Content-Security-Policy allows no inline
// script, so this module does it instead. Module scripts run only in browsers that govuk-frontend supports,
// which is what `govuk-frontend-supported` means.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
