// Exit this page, in English and in Welsh: every way out reaches the neutral site through our /exit, which deletes
// the answers, and afterwards Back shows no answer and no question.
//
// The neutral site is a redirect's target, which Playwright can abort but not fulfil: its stub aborts it, and the
// tests watch the browser ask for it, redirected from /exit. Every other off-origin request is blocked and recorded.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  ROLES,
  answer,
  answerRemainingQuestions,
  assertLeftWithoutTrace,
  assertPath,
  choose,
  exitContext,
  inLanguage,
  launch,
  leaving,
  startApplication,
} from './support.mjs'

/** A session with an answer given, in `lang`, on the next question (which shows Exit this page). */
async function withAnAnswer(page, lang = 'en') {
  await startApplication(page, { lang })
  await choose(page, 'where-you-live', 'wales')
  assertPath(page, inLanguage('/your-role', lang))
}

/**
 * What the page says in each language: the button's name (its hidden "Emergency" first), the skip link before it,
 * and govuk-frontend's announcements as Shift is pressed (the Welsh passed to its JavaScript by the layout).
 */
const WORDS = {
  en: {
    button: 'Emergency Exit this page',
    exit: 'Exit this page',
    skip: 'Skip to main content',
    twoMore: 'Shift, press 2 more times to exit.',
    oneMore: 'Shift, press 1 more time to exit.',
  },
  cy: {
    button: 'Argyfwng Gadael y dudalen hon',
    exit: 'Gadael y dudalen hon',
    skip: 'Neidio i’r prif gynnwys',
    twoMore: 'Shift, pwyswch 2 waith eto i adael.',
    oneMore: 'Shift, pwyswch 1 waith eto i adael.',
  },
}

describe('exit this page', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  for (const [lang, inLang] of [['en', ''], ['cy', ', in Welsh']]) {
    const words = WORDS[lang]
    for (const javaScript of [true, false]) {
      const mode = javaScript ? 'with JavaScript' : 'without JavaScript'
      test(`${mode}${inLang}: the button leaves for the neutral site and deletes the answers`, async () => {
        const { context, blocked } = await exitContext(browser, { javaScript })
        try {
          const page = await context.newPage()
          await withAnAnswer(page, lang)
          await leaving(page, () => page.getByRole('button', { name: words.button }).click())
          await assertLeftWithoutTrace(page, blocked, lang)
        } finally {
          await context.close()
        }
      })
    }

    test(`pressing Shift 3 times leaves${inLang}, saying how many more times after each`, async () => {
      const { context, blocked } = await exitContext(browser, { javaScript: true })
      try {
        const page = await context.newPage()
        await withAnAnswer(page, lang)
        const status = page.locator('.govuk-exit-this-page [role="status"]')
        await page.keyboard.press('Shift')
        assert.equal(await status.textContent(), words.twoMore)
        await page.keyboard.press('Shift')
        assert.equal(await status.textContent(), words.oneMore)
        await leaving(page, () => page.keyboard.press('Shift'))
        await assertLeftWithoutTrace(page, blocked, lang)
      } finally {
        await context.close()
      }
    })

    test(`the second link on the page${inLang}, after ${words.skip}, is ${words.exit} and leaves`, async () => {
      const { context, blocked } = await exitContext(browser, { javaScript: true })
      try {
        const page = await context.newPage()
        await withAnAnswer(page, lang)
        await page.keyboard.press('Tab')
        assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), words.skip)
        await page.keyboard.press('Tab')
        assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), words.exit)
        await leaving(page, () => page.keyboard.press('Enter'))
        await assertLeftWithoutTrace(page, blocked, lang)
      } finally {
        await context.close()
      }
    })
  }

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
