// Progressive enhancement only: every page works without this file.
//
// The entry of the service's script, not served itself: `make` (the Makefile's assets rule) bundles it with npm's
// esbuild, with only the govuk-frontend components imported here, into application.min.js (generated and
// git-ignored), which the layout loads as a module.
//
// The GOV.UK page template marks the body with an inline script; our Content-Security-Policy allows no inline
// script, so this module does it instead. Module scripts run only in browsers that govuk-frontend supports,
// which is what `govuk-frontend-supported` means.
//
// Then each component our pages use (their `data-module` values in templates/src) is initialised, as
// govuk-frontend's `initAll()` would and in its order (https://frontend.design-system.service.gov.uk/import-javascript/).
// A component added to templates/src with a `data-module` must be added here too.
import {
  Button,
  Checkboxes,
  ErrorSummary,
  ExitThisPage,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
  createAll
} from 'govuk-frontend'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
for (const Component of [
  Button,
  Checkboxes,
  ErrorSummary,
  ExitThisPage,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink
]) {
  createAll(Component)
}
