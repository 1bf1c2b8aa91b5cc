// Shared helpers for the browser tests: Chromium, contexts, axe, off-origin blocking, and the journey's steps.
//
// The server under test is BASE_URL (tests/run.sh starts the dev server and sets it). Use http://localhost:PORT,
// not 127.0.0.1: the session cookie is `Secure` with the `__Host-` prefix, which Chromium accepts over plain
// http on localhost only.

import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '')
export const ORIGIN = new URL(BASE_URL).origin

// Debian's Chromium: a test tool's own browser download cannot work here. CHROMIUM overrides the path.
export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The GOV.UK focus colour ($govuk-focus-colour, #ffdd00) as getComputedStyle reports it. */
export const FOCUS_COLOUR = 'rgb(255, 221, 0)'

export function launch() {
  return chromium.launch(LAUNCH_OPTIONS)
}

/**
 * A fresh context (no cookies) whose relative URLs resolve against BASE_URL.
 * AxeBuilder needs pages from `browser.newContext()`, which this is.
 */
export async function newContext(browser, { javaScript = true, viewport = { width: 1024, height: 768 } } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: javaScript, viewport })
  // A safety net, not a timed assertion: a page that never comes fails its test in 10 s rather than 30.
  context.setDefaultTimeout(10_000)
  return context
}

/**
 * Routes every request of `context` through a handler that lets BASE_URL's origin through and aborts anything
 * else. Returns the list of blocked URLs, filled in as they happen, for the test to assert empty.
 */
export async function blockOtherOrigins(context) {
  const blocked = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    let origin
    try {
      origin = new URL(url).origin
    } catch {
      origin = 'null'
    }
    if (origin === ORIGIN) {
      return route.continue()
    }
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  return blocked
}

/** Runs axe with the WCAG 2.2 AA tags and fails with a readable list of violations. */
export async function assertNoAxeViolations(page, what = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const lines = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    `  ${violation.helpUrl}`,
    ...violation.nodes.map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  ])
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} violation(s) on ${what}:\n${lines.join('\n')}`,
  )
}

/**
 * Does `action` (a click or a key press) and waits until the page it leads to has loaded.
 * Returns the final response (after any redirects), so the caller can check its status.
 */
export async function navigatingBy(page, action) {
  const [response] = await Promise.all([page.waitForNavigation(), action()])
  return response
}

export function pathOf(page) {
  return new URL(page.url()).pathname
}

/** The one URL of the safety section: every page of it is served here, and titled "Your safety". */
export const YOUR_SAFETY = '/your-safety'

/**
 * Which page the browser shows: its path, and on the safety section's one URL which of its pages, as its form says
 * (`/your-safety#private-details`). The request page, once its request is sent, is `/your-safety#request-sent`.
 */
export async function pageKey(page) {
  const path = pathOf(page)
  if (path !== YOUR_SAFETY) return path
  const step = await page.locator('main form input[name="step"]').first().getAttribute('value')
  const sent = step === 'request' && (await page.locator('input[name="send"]').count()) === 0
  return `${YOUR_SAFETY}#${sent ? 'request-sent' : step}`
}

export async function assertPageKey(page, expected) {
  assert.equal(await pageKey(page), expected, `expected to be on ${expected}, but the page is ${page.url()}`)
}

export function assertPath(page, expected) {
  assert.equal(pathOf(page), expected, `expected to be on ${expected}, but the page is ${page.url()}`)
}

/** The button that submits a question: Continue, or on the request page, Send this request now. */
export function continueButton(page) {
  return page.getByRole('button', { name: /^(Continue|Send this request now)$/ })
}

/**
 * Start page → Start now → Before you start → Continue: a new session, on "Where do you live?".
 * Returns the response of that page.
 */
export async function startApplication(page) {
  await page.goto('/')
  await navigatingBy(page, () => page.getByRole('button', { name: 'Start now' }).click())
  assertPath(page, '/before-you-start')
  const response = await navigatingBy(page, () => continueButton(page).click())
  assertPath(page, '/where-do-you-live')
  return response
}

/** Chooses the radio labelled `label` (exactly) and presses Continue. Returns the response of the next page. */
export async function answer(page, label) {
  await page.getByLabel(label, { exact: true }).check()
  return navigatingBy(page, () => continueButton(page).click())
}

/** Presses Continue with nothing chosen. Returns the response (422 and the page again, with its errors). */
export function continueWithNothingSelected(page) {
  return navigatingBy(page, () => continueButton(page).click())
}

/**
 * The questions between "Which of these describes you?" and check your answers, each with answers that keep the
 * applicant eligible: `choose` is the label of the radio to choose, `type` maps field labels to what to type;
 * `optional` marks a page whose every field may be left blank (it has no error state to reach by leaving it blank).
 * When the journey gains a question there, add it here: every test that goes on to check your answers (with the
 * mouse or the keyboard) answers the questions it meets from this list.
 */
export const ELIGIBLE_ANSWERS = {
  '/childrens-ages': { choose: 'Yes' },
  '/court-order': { choose: 'No' },
  '/your-safety#your-safety': { choose: 'No' },
  '/your-safety#private-details': { choose: 'None of these' },
  '/your-safety#contact': { choose: 'Letters' },
  '/your-name': { type: { 'Full name': 'Sam Taylor' } },
  '/your-date-of-birth': { type: { Day: '27', Month: '3', Year: '1990' } },
  '/your-national-insurance-number': { type: { 'What is your National Insurance number?': 'AB 12 34 56 C' } },
  '/your-address': { type: { 'Address line 1': '1 Example Street', 'Town or city': 'Leeds', Postcode: 'LS1 1AA' } },
  '/your-contact-details': { type: { 'UK phone number': '07700 900 982' } },
  '/children/add': { type: { 'Full name': 'Alex Taylor', Day: '1', Month: '6', Year: '2015' } },
  '/children': { choose: 'No' },
  '/other-parent-name': { type: { 'Full name': 'Jordan Smith' } },
  '/other-parent-date-of-birth': { optional: true },
  '/do-you-know-the-other-parents-address': { choose: 'No' },
  '/other-parent-details': { optional: true },
  '/does-the-other-parent-know-where-you-live': { choose: 'I do not know' },
  '/how-you-want-to-be-paid': { choose: 'Collect & Pay' },
  '/do-you-have-a-bank-account': { choose: 'Yes' },
  '/your-bank-details': { type: { 'Name on the account': 'S Taylor', 'Sort code': '30-94-30', 'Account number': '12345678' } },
}

/**
 * ELIGIBLE_ANSWERS for an applicant who tells us of abuse: what happened (optional, so left blank), in danger and
 * asking to be called back (the request sent at once, then Continue on the page that says so), some details kept
 * private. Its payments page asks nothing (`optional`: Continue only).
 */
export const DISCLOSURE_ANSWERS = {
  ...ELIGIBLE_ANSWERS,
  '/your-safety#your-safety': { choose: 'Yes' },
  '/your-safety#what-happened': { optional: true },
  '/your-safety#right-now': { choose: 'Yes' },
  '/your-safety#help-now': { choose: 'Call me back at a safe time' },
  '/your-safety#request': {
    type: { 'A UK phone number that is safe to call': '07700 900 111', 'When is it safe to call?': 'Weekdays after 10am' },
  },
  '/your-safety#request-sent': { optional: true },
  '/your-safety#private-details': { choose: 'Your address' },
  '/your-safety#contact': { choose: 'Text messages' },
  '/your-safety#documents': { optional: true },
  '/how-you-want-to-be-paid': { optional: true },
}

/** DISCLOSURE_ANSWERS, asking us to call the police: where they are, and no number. */
export const POLICE_ANSWERS = {
  ...DISCLOSURE_ANSWERS,
  '/your-safety#help-now': { choose: 'Call the police for me' },
  '/your-safety#request': { type: { 'Where are you now?': 'The café on Station Road, by the bus stop' } },
}

/** The entry of `answers` for the question the page shows; fails, saying what to add, if there is none. */
export async function eligibleAnswerFor(page, answers = ELIGIBLE_ANSWERS) {
  const key = await pageKey(page)
  const entry = answers[key]
  assert.ok(entry, `no eligible answer is known for ${key}: add one to ELIGIBLE_ANSWERS in support.mjs`)
  return entry
}

/** Answers the question shown with `entry` (see ELIGIBLE_ANSWERS) and presses Continue. */
export async function answerQuestion(page, entry) {
  if (entry.choose) {
    await page.getByLabel(entry.choose, { exact: true }).check()
  }
  for (const [label, value] of Object.entries(entry.type ?? {})) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
  return navigatingBy(page, () => continueButton(page).click())
}

/**
 * From wherever the journey is after the role, answers each question eligibly until `path` (a page key, see
 * `pageKey`; by default check your answers), from `answers` (ELIGIBLE_ANSWERS, DISCLOSURE_ANSWERS or
 * POLICE_ANSWERS). Returns the response of the last page reached.
 */
export async function answerRemainingQuestions(page, path = '/check-your-answers', answers = ELIGIBLE_ANSWERS) {
  let response = null
  for (let step = 0; step < 40 && (await pageKey(page)) !== path; step++) {
    response = await answerQuestion(page, await eligibleAnswerFor(page, answers))
  }
  await assertPageKey(page, path)
  return response
}

export const ROLES = {
  parentWithCare: 'I am a parent and the children live with me most of the time',
  childInScotland: 'I am a child aged 12 or over applying for myself',
}

/** The summary list of check your answers as { key: value } (values with their whitespace collapsed). */
export function summaryAnswers(page) {
  return page.$$eval('.govuk-summary-list__row', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.querySelector('.govuk-summary-list__key')?.textContent.trim(),
        row.querySelector('.govuk-summary-list__value')?.innerText.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  )
}

/** Fails unless check your answers shows each of `expected` ({ key: value }); other rows may be there too. */
export async function assertSummaryShows(page, expected) {
  const shown = await summaryAnswers(page)
  for (const [key, value] of Object.entries(expected)) {
    assert.equal(shown[key], value, `check your answers shows "${key}" as "${value}" (it shows ${JSON.stringify(shown)})`)
  }
}

/** The value of the checked radio in the page, or null. */
export function checkedRadio(page) {
  return page.$$eval('input[type=radio]:checked', (inputs) => inputs.map((input) => input.value)[0] ?? null)
}
