// What the service does with the applicant's browser over a whole journey: nothing is fetched from another
// origin (no analytics, fonts or scripts from third parties), no page is kept in the cache, no inline script,
// one essential cookie and so no cookie banner.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  ELIGIBLE_ANSWERS,
  ORIGIN,
  ROLES,
  answer,
  answerQuestion,
  assertPath,
  blockOtherOrigins,
  continueWithNothingSelected,
  launch,
  navigatingBy,
  newContext,
  pageKey,
  pathOf,
  startApplication,
} from './support.mjs'

describe('privacy over a whole journey', () => {
  let browser
  let context
  let blocked
  const htmlResponses = []
  const pagesSeen = []
  const inlineScripts = []
  const cookieBanners = []

  /** Records what the page now shown contains that it must not. */
  async function inspect(page) {
    pagesSeen.push(page.url())
    for (const script of await page.$$eval('script:not([src])', (scripts) => scripts.map((s) => s.outerHTML))) {
      inlineScripts.push(`${page.url()}: ${script.slice(0, 200)}`)
    }
    // The Design System's cookie banner, or anything like one: a "Cookies on …" heading, Accept/Reject buttons.
    const banners = [
      ...(await page.$$eval('.govuk-cookie-banner', (elements) => elements.map((e) => e.outerHTML.slice(0, 200)))),
      ...(await page.getByRole('heading', { name: /^cookies on\b/i }).allTextContents()),
      ...(await page.getByRole('button', { name: /^(accept|reject)\b.*cookies/i }).allTextContents()),
      ...(await page.getByRole('link', { name: /^(accept|reject)\b.*cookies/i }).allTextContents()),
    ]
    for (const banner of banners) {
      cookieBanners.push(`${page.url()}: ${banner}`)
    }
  }

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { javaScript: true })
    blocked = await blockOtherOrigins(context)
    // Pages and the redirects between them (documents), and anything else served as HTML.
    context.on('response', (response) => {
      const headers = response.headers()
      if (response.request().resourceType() === 'document' || headers['content-type']?.startsWith('text/html')) {
        htmlResponses.push({ url: response.url(), status: response.status(), cacheControl: headers['cache-control'] ?? null })
      }
    })

    // The whole journey, including its detours: every page the applicant can see.
    const page = await context.newPage()
    await page.goto('/')
    await inspect(page)
    await navigatingBy(page, () => page.getByRole('button', { name: 'Start now' }).click())
    await inspect(page)
    await page.goto('/')
    await startApplication(page)
    await inspect(page)
    await continueWithNothingSelected(page)
    await inspect(page)
    await answer(page, 'Northern Ireland')
    await inspect(page)
    await page.goto('/where-do-you-live')
    await answer(page, 'Outside the UK')
    await inspect(page)
    await page.goto('/where-do-you-live')
    await answer(page, 'Scotland')
    await inspect(page)
    await continueWithNothingSelected(page)
    await inspect(page)
    await answer(page, ROLES.childInScotland)
    await inspect(page)
    while (ELIGIBLE_ANSWERS[await pageKey(page)]) {
      await continueWithNothingSelected(page)
      await inspect(page)
      await answerQuestion(page, ELIGIBLE_ANSWERS[await pageKey(page)])
      await inspect(page)
    }
    assertPath(page, '/check-your-answers')
    await navigatingBy(page, () => page.getByRole('link', { name: 'Change where you live' }).click())
    await inspect(page)
    for (const link of ['Cookies', 'Privacy', 'Accessibility statement']) {
      await navigatingBy(page, () => page.locator('footer').getByRole('link', { name: link }).click())
      await inspect(page)
    }
    await page.goto('/no-such-page')
    await inspect(page)
    await page.goto('/casework')
    await inspect(page)
  })

  after(async () => {
    await context?.close()
    await browser?.close()
  })

  test('no request goes to an origin other than the service', () => {
    assert.ok(pagesSeen.length >= 15, `the journey was walked (${pagesSeen.length} pages)`)
    assert.deepEqual(blocked, [], `requests to other origins than ${ORIGIN} were made (and blocked)`)
  })

  test('every HTML response has Cache-Control: no-store', () => {
    assert.ok(htmlResponses.length >= pagesSeen.length, `every page's HTML was seen (${htmlResponses.length})`)
    const cached = htmlResponses.filter((response) => response.cacheControl !== 'no-store')
    assert.deepEqual(cached, [], 'HTML responses without Cache-Control: no-store')
  })

  test('no page has an inline script', () => {
    assert.deepEqual(inlineScripts, [])
  })

  test('there is no cookie banner, and the only cookie is the essential session cookie', async () => {
    assert.deepEqual(cookieBanners, [])
    const cookies = await context.cookies()
    assert.deepEqual(
      cookies.map((cookie) => cookie.name),
      ['__Host-session'],
      'one essential cookie, the one the cookies page describes',
    )
    const [session] = cookies
    assert.equal(session.httpOnly, true, 'the session cookie is HttpOnly')
    assert.equal(session.secure, true, 'the session cookie is Secure')
    assert.equal(session.path, '/')
    assert.equal(session.expires, -1, 'the session cookie ends when the browser closes')
  })
})
