// Exit this page: every way out reaches the neutral site through our /exit, which deletes the answers, and
// afterwards Back shows no answer and no question.
//
// The neutral site is a redirect's target, which Playwright can abort but not fulfil: its stub aborts it, and the
// tests watch the browser ask for it, redirected from /exit. Every other off-origin request is blocked and recorded.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  ROLES,
  answer,
  answerRemainingQuestions,
  assertPath,
  ORIGIN,
  blockOtherOrigins,
  launch,
  newContext,
  pathOf,
  startApplication,
} from './support.mjs'

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'

/** A context whose off-origin requests are blocked and recorded, but for the neutral site's stub. */
async function exitContext(browser, options) {
  const context = await newContext(browser, options)
  const blocked = await blockOtherOrigins(context)
  // Registered after the block, so it wins for the neutral site: answered here, never recorded as a leak.
  await context.route(NEUTRAL_SITE, (route) => route.abort('blockedbyclient'))
  return { context, blocked }
}

/** Does `action` and waits until the browser has gone for the neutral site, redirected there by our /exit. */
async function leaving(page, action) {
  const [request] = await Promise.all([page.waitForEvent('requestfailed', (r) => r.url() === NEUTRAL_SITE), action()])
  assert.equal(request.redirectedFrom()?.url(), `${ORIGIN}/exit`, 'the way out goes through /exit')
  assert.equal(request.isNavigationRequest(), true, 'the whole page leaves')
}

/** A session with an answer given, on the next question (which shows Exit this page). */
async function withAnAnswer(page) {
  await startApplication(page)
  await answer(page, 'Wales')
  assertPath(page, '/your-role')
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

/** After leaving: Back shows the start page, never an answer or a question. */
async function assertLeftWithoutTrace(page, blocked) {
  await goBack(page)
  // Back asks again for the question (it is no-store), which redirects to the start page without a session. On a
  // busy machine Back can return while that page is still loading, its title still Chromium's 'Loading …' for the
  // question's URL: wait until the start page has loaded before reading it (a wrong page still fails below).
  await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'load' }).catch(() => {})
  assert.equal(pathOf(page), '/', `Back shows the start page, not ${page.url()}`)
  assert.equal(await page.title(), 'Apply for child maintenance - GOV.UK', 'the start page')
  assert.equal(await page.locator('input:checked, input[name="csrf_token"]').count(), 0, 'no answer, no form')
  await page.goto('/where-do-you-live')
  assertPath(page, '/')
  assert.deepEqual(blocked, [], 'no request went to another origin')
}

describe('exit this page', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript'
    test(`${mode}: the button leaves for the neutral site and deletes the answers`, async () => {
      const { context, blocked } = await exitContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await withAnAnswer(page)
        await leaving(page, () => page.getByRole('button', { name: 'Emergency Exit this page' }).click())
        await assertLeftWithoutTrace(page, blocked)
      } finally {
        await context.close()
      }
    })
  }

  test('pressing Shift 3 times leaves', async () => {
    const { context, blocked } = await exitContext(browser, { javaScript: true })
    try {
      const page = await context.newPage()
      await withAnAnswer(page)
      await leaving(page, async () => {
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press('Shift')
        }
      })
      await assertLeftWithoutTrace(page, blocked)
    } finally {
      await context.close()
    }
  })

  test('the second link on the page, after Skip to main content, is Exit this page and leaves', async () => {
    const { context, blocked } = await exitContext(browser, { javaScript: true })
    try {
      const page = await context.newPage()
      await withAnAnswer(page)
      await page.keyboard.press('Tab')
      assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Skip to main content')
      await page.keyboard.press('Tab')
      assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Exit this page')
      await leaving(page, () => page.keyboard.press('Enter'))
      await assertLeftWithoutTrace(page, blocked)
    } finally {
      await context.close()
    }
  })

  /** Waits until the page has been still for a few frames: where focus left it, not part-way there. */
  async function scrollingStopped(page) {
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let last = window.scrollY
          let stillFrames = 0
          const watch = () => {
            stillFrames = window.scrollY === last ? stillFrames + 1 : 0
            last = window.scrollY
            if (stillFrames >= 3) resolve()
            else requestAnimationFrame(watch)
          }
          requestAnimationFrame(watch)
        }),
    )
  }

  /**
   * Every field of the page, reached with Tab from the bottom up (so the page scrolls upwards under the sticky
   * button): none may be covered by the Exit this page button.
   */
  async function assertFocusNeverHidden(page) {
    const ids = await page.$$eval('main input, main button', (elements) => elements.map((e) => e.id || e.name))
    assert.ok(ids.length >= 3, `the page has fields: ${ids}`)
    // Not the End key: Chromium scrolls for it smoothly, and on a busy machine that animation was still running
    // after the next Shift+Tab had focused a field and scrolled it into view, carrying the page on past it.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab')
      await scrollingStopped(page)
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement
        const exit = document.querySelector('.govuk-exit-this-page')
        if (!focused || !exit || exit.contains(focused) || !focused.closest('main')) return null
        const a = focused.getBoundingClientRect()
        const b = exit.getBoundingClientRect()
        const overlapsVertically = a.top < b.bottom && b.top < a.bottom
        const overlapsHorizontally = a.left < b.right && b.left < a.right
        return overlapsVertically && overlapsHorizontally ? `${focused.outerHTML.slice(0, 80)}` : null
      })
      assert.equal(overlap, null, `the Exit this page button covers the focused element ${overlap} on ${page.url()}`)
    }
  }

  for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 720 }]) {
    test(`at ${viewport.width} px the button never hides the field that has focus (WCAG 2.4.11)`, async () => {
      const { context } = await exitContext(browser, { javaScript: true, viewport })
      try {
        const page = await context.newPage()
        await withAnAnswer(page)
        await answer(page, ROLES.parentWithCare)
        await answer(page, 'No')
        // The longest page (the safety section's first), then a page of text fields.
        assertPath(page, '/your-safety')
        await assertFocusNeverHidden(page)
        await answerRemainingQuestions(page, '/your-name')
        await assertFocusNeverHidden(page)
      } finally {
        await context.close()
      }
    })
  }
})
