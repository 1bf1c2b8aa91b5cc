// Shared helpers for the browser tests: Chromium, contexts, axe, off-origin blocking, and the journey's steps.
//
// The server under test is BASE_URL (tests/run.sh starts the dev server and sets it). Use http://localhost:PORT,
// not 127.0.0.1: the session cookie is `Secure` with the `__Host-` prefix, which Chromium accepts over plain
// http on localhost only.

import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
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
 *
 * When no page comes, the error says why: the action's own error first (Playwright's log of what it waited for,
 * such as another element receiving the click), else the navigation's, with the address the page was left on
 * and the requests still unanswered (none: the form was never sent; the POST: the server was slow; an asset: the
 * page never finished loading).
 */
export async function navigatingBy(page, action) {
  const unanswered = new Set()
  const sent = (request) => unanswered.add(request)
  const answered = (request) => unanswered.delete(request)
  page.on('request', sent)
  page.on('requestfinished', answered)
  page.on('requestfailed', answered)
  try {
    const [navigation, done] = await Promise.allSettled([page.waitForNavigation(), action()])
    if (done.status === 'rejected') throw done.reason
    if (navigation.status === 'rejected') {
      const requests = [...unanswered].map((request) => `${request.method()} ${request.url()}`)
      navigation.reason.message += `\n  on ${page.url()}, unanswered: ${requests.join(', ') || 'no request'}`
      throw navigation.reason
    }
    return navigation.value
  } finally {
    page.off('request', sent)
    page.off('requestfinished', answered)
    page.off('requestfailed', answered)
  }
}

export function pathOf(page) {
  return new URL(page.url()).pathname
}

/** Where the Welsh pages are: `/cy/…`, each the English page's path after it (the start page `/cy`). */
export const WELSH = '/cy'

/** A path of either language as the English page's: `/cy/your-role` → `/your-role`, `/cy` → `/`. */
export function englishPath(path) {
  if (path === WELSH) return '/'
  return path.startsWith(`${WELSH}/`) ? path.slice(WELSH.length) : path
}

/** The page is in `lang` ('en' or 'cy'): `<html lang>` says so, and its address is under /cy for Welsh only. */
export async function assertLanguage(page, lang) {
  const path = pathOf(page)
  const welsh = path === WELSH || path.startsWith(`${WELSH}/`)
  assert.equal(welsh, lang === 'cy', `${page.url()} is at an address in the language meant (${lang})`)
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${page.url()} is <html lang="${lang}">`)
}

/** `path` (the English page's) in `lang` ('en' or 'cy'). */
export function inLanguage(path, lang) {
  if (lang !== 'cy' || path.startsWith('/exit') || path.startsWith('/assets/')) return path
  return path === '/' ? WELSH : `${WELSH}${path}`
}

/** The one URL of the safety section: every page of it is served here, and titled "Your safety". */
export const YOUR_SAFETY = '/your-safety'

/**
 * Which page the browser shows: its path, and on the safety section's one URL which of its pages, as its form says
 * (`/your-safety#private-details`). The request page, once its request is sent, is `/your-safety#request-sent`.
 */
export async function pageKey(page) {
  const path = englishPath(pathOf(page))
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
  return page.getByRole('button', { name: /^(Continue|Send this request now|Parhau|Anfon y cais hwn nawr)$/ })
}

/**
 * Start page → Start now → Before you start → Continue: a new session, on "Where do you live?".
 * Returns the response of that page.
 */
export async function startApplication(page, { lang = 'en' } = {}) {
  await page.goto(inLanguage('/', lang))
  const start = lang === 'cy' ? 'Dechrau nawr' : 'Start now'
  await navigatingBy(page, () => page.getByRole('button', { name: start }).click())
  assertPath(page, inLanguage('/before-you-start', lang))
  const response = await navigatingBy(page, () => continueButton(page).click())
  assertPath(page, inLanguage('/where-do-you-live', lang))
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
 * The three example applications every suite answers with (questions::examples, the step folders' EXAMPLE
 * answers), read from `cargo run -p end-to-end --bin example-applications`: for each page, in the order the
 * journey asks them, the fields its form posts and whether it takes a blank form.
 */
const EXAMPLES = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '-p', 'end-to-end', '--bin', 'example-applications'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
  }),
)

/**
 * An example application as { page key: entry } (see `pageKey`) for the questions after "Which of these describes
 * you?": each entry's `fields` are the [name, value] pairs to post (radios and checkboxes chosen by value, text
 * typed); `optional` marks a page whose every field may be left blank (it has no error state to reach that way).
 * The request page's second post is Continue on the page saying the request was sent: `#request-sent`.
 */
function answersOf(pages) {
  const answers = {}
  for (const { step, path, safety, fields, blankAccepted } of pages) {
    if (path === '/where-do-you-live' || path === '/your-role') continue
    let key = safety ? `${YOUR_SAFETY}#${step}` : path
    if (key in answers && step === 'request') key = `${YOUR_SAFETY}#request-sent`
    answers[key] = { fields, optional: blankAccepted }
  }
  return answers
}

/** The example application without a disclosure, from the children's ages on: every page keeps it eligible. */
export const ELIGIBLE_ANSWERS = answersOf(EXAMPLES.plain)

/**
 * The example application with a disclosure: what happened, in danger and asking to be called back (the request
 * sent at once, then Continue on the page that says so), some details kept private; its payments page asks nothing.
 */
export const DISCLOSURE_ANSWERS = answersOf(EXAMPLES.disclosed)

/**
 * The example application of a parent who pays (the plain example's answers, but where they differ): employed,
 * on Universal Credit, one other child living with them.
 */
export const PAYING_ANSWERS = answersOf(EXAMPLES.paying)

/** DISCLOSURE_ANSWERS, asking us to call the police: where they are, and no number. */
export const POLICE_ANSWERS = {
  ...DISCLOSURE_ANSWERS,
  '/your-safety#help-now': { fields: [['call-request', 'call-the-police']] },
  '/your-safety#request': { fields: [['where-you-are', 'The café on Station Road, by the bus stop']] },
}

/** The entry of `answers` for the question the page shows; fails, saying what to add, if there is none. */
export async function eligibleAnswerFor(page, answers = ELIGIBLE_ANSWERS) {
  const key = await pageKey(page)
  const entry = answers[key]
  assert.ok(entry, `the example applications never answer ${key}: give its step folder an EXAMPLE`)
  return entry
}

/**
 * Answers the question shown with `entry` and presses Continue (or Send this request now): its `fields` by name
 * (see ELIGIBLE_ANSWERS), or `choose`, the label of a radio or checkbox, and `type`, { label: text }. A hidden
 * field (the request page's `send`) is the form's own. Returns the response of the next page.
 */
export async function answerQuestion(page, entry) {
  const form = page.locator('main form:has(button.govuk-button)').last()
  for (const [name, value] of entry.fields ?? []) {
    const choice = form.locator(`input[name="${name}"][value="${value}"]:is([type=radio], [type=checkbox])`)
    const text = form.locator(`:is(input:not([type=hidden], [type=radio], [type=checkbox]), textarea)[name="${name}"]`)
    if ((await choice.count()) > 0) {
      await choice.check()
    } else if ((await text.count()) > 0) {
      await text.fill(value)
    }
  }
  if (entry.choose) {
    await page.getByLabel(entry.choose, { exact: true }).check()
  }
  for (const [label, value] of Object.entries(entry.type ?? {})) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
  return navigatingBy(page, () => continueButton(page).click())
}

/** Chooses the radio of `name` whose value is `value` and presses Continue: the same in either language. */
export function choose(page, name, value) {
  return answerQuestion(page, { fields: [[name, value]] })
}

/**
 * From wherever the journey is after the role, answers each question eligibly until `path` (a page key, see
 * `pageKey`; by default check your answers), from `answers` (ELIGIBLE_ANSWERS, DISCLOSURE_ANSWERS or
 * POLICE_ANSWERS or PAYING_ANSWERS). Returns the response of the last page reached.
 */
export async function answerRemainingQuestions(page, path = '/check-your-answers', answers = ELIGIBLE_ANSWERS) {
  let response = null
  for (let step = 0; step < 60 && (await pageKey(page)) !== path; step++) {
    response = await answerQuestion(page, await eligibleAnswerFor(page, answers))
  }
  await assertPageKey(page, path)
  return response
}

export const ROLES = {
  parentWithCare: 'I am a parent and the children live with me most of the time',
  childInScotland: 'I am a child aged 12 or over applying for myself',
  parentWithoutCare: 'I am a parent and the children live with the other parent most of the time',
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

// Exit this page: every way out reaches the neutral site through our /exit, which deletes the answers. The neutral
// site is a redirect's target, which Playwright can abort but not fulfil: its stub aborts it, and the tests watch
// the browser ask for it, redirected from /exit. Every other off-origin request is blocked and recorded.

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'

/** A context whose off-origin requests are blocked and recorded, but for the neutral site's stub. */
export async function exitContext(browser, options) {
  const context = await newContext(browser, options)
  const blocked = await blockOtherOrigins(context)
  // Registered after the block, so it wins for the neutral site: answered here, never recorded as a leak.
  await context.route(NEUTRAL_SITE, (route) => route.abort('blockedbyclient'))
  return { context, blocked }
}

/** Does `action` and waits until the browser has gone for the neutral site, redirected there by our /exit. */
export async function leaving(page, action) {
  const [request] = await Promise.all([page.waitForEvent('requestfailed', (r) => r.url() === NEUTRAL_SITE), action()])
  assert.equal(request.redirectedFrom()?.url(), `${ORIGIN}/exit`, 'the way out goes through /exit')
  assert.equal(request.isNavigationRequest(), true, 'the whole page leaves')
}

/**
 * Back, as the applicant would press it. Straight after the way out, Chromium may still be swapping the page into
 * the process of its error page for the blocked neutral site ("Not attached to an active page"), and Playwright can
 * not wait for that: then it lets the browser settle briefly and presses again (a bounded retry, not a timing test).
 */
async function goBack(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.goBack()
    } catch (error) {
      if (attempt === 10 || !String(error).includes('Not attached to an active page')) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

/** The start page's title in each language. */
const START_TITLES = { en: 'Apply for child maintenance - GOV.UK', cy: 'Gwneud cais am gynhaliaeth plant - GOV.UK' }

/** After leaving a page in `lang`: Back shows the start page in that language, never an answer or a question. */
export async function assertLeftWithoutTrace(page, blocked, lang = 'en') {
  const start = inLanguage('/', lang)
  await goBack(page)
  // Back asks again for the question (it is no-store), which redirects to the start page without a session. On a
  // busy machine Back can return while that page is still loading, its title still Chromium's 'Loading …' for the
  // question's URL: wait until the start page has loaded before reading it (a wrong page still fails below).
  await page.waitForURL((url) => url.pathname === start, { waitUntil: 'load' }).catch(() => {})
  assert.equal(pathOf(page), start, `Back shows the start page, not ${page.url()}`)
  assert.equal(await page.title(), START_TITLES[lang], 'the start page')
  assert.equal(await page.locator('input:checked, input[name="csrf_token"]').count(), 0, 'no answer, no form')
  await page.goto(inLanguage('/where-do-you-live', lang))
  assertPath(page, start)
  assert.deepEqual(blocked, [], 'no request went to another origin')
}
