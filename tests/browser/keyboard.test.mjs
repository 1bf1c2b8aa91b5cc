// The journey with the keyboard alone: Tab and Shift+Tab to move, Space and the arrow keys for radios, Space for
// checkboxes, Enter on links and buttons. No mouse, no page.click, no fill. Where focus lands it must be visible.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  FOCUS_COLOUR,
  ROLES,
  assertPath,
  assertSummaryShows,
  eligibleAnswerFor,
  launch,
  navigatingBy,
  newContext,
  pageKey,
  pathOf,
} from './support.mjs'

/** What has focus: enough to recognise it and to say what it was in a failure message. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    const label = el?.labels?.[0]?.textContent.trim()
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id || null,
      name: el?.getAttribute('name'),
      type: el?.getAttribute('type'),
      value: el?.value ?? null,
      checked: el?.checked ?? null,
      text: (label ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      classes: el?.className ?? '',
    }
  })
}

async function press(page, key) {
  await page.keyboard.press(key)
  return focused(page)
}

/** The focus indicator of the focused element (for a radio, it is drawn by its label's ::before). */
function focusStyle(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    const style = el.type === 'radio' ? getComputedStyle(el.labels[0], '::before') : getComputedStyle(el)
    return {
      focusVisible: el.matches(':focus-visible'),
      boxShadow: style.boxShadow,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      backgroundColor: getComputedStyle(el).backgroundColor,
    }
  })
}

/**
 * Fails unless the focused element shows a focus indicator: a box-shadow, or an outline that is drawn
 * (GOV.UK's buttons keep a transparent outline for forced-colours mode, which on its own shows nothing).
 */
async function assertFocusVisible(page, what) {
  const style = await focusStyle(page)
  assert.equal(style.focusVisible, true, `${what} matches :focus-visible`)
  const [outlineStyle, outlineWidth, ...outlineColour] = style.outline.split(' ')
  const outlineDrawn =
    outlineStyle !== 'none' && outlineWidth !== '0px' && !/rgba\(.*, 0\)$/.test(outlineColour.join(' '))
  assert.ok(
    style.boxShadow !== 'none' || outlineDrawn,
    `${what} has no visible focus indicator: box-shadow ${style.boxShadow}, outline ${style.outline}`,
  )
  return style
}

async function assertContinueHasVisibleFocus(page) {
  const now = await focused(page)
  assert.deepEqual([now.tag, now.text], ['button', 'Continue'], 'focus is on the Continue button')
  const style = await assertFocusVisible(page, 'the focused Continue button')
  assert.equal(style.backgroundColor, FOCUS_COLOUR, 'the focused Continue button turns the GOV.UK focus yellow')
}

/** First Tab on a freshly loaded page: the skip link, visible. Enter on it moves focus to main. */
async function skipToMain(page) {
  const first = await press(page, 'Tab')
  assert.deepEqual(
    [first.tag, first.text],
    ['a', 'Skip to main content'],
    `the skip link is the first tab stop on ${page.url()}`,
  )
  await assertFocusVisible(page, 'the focused skip link')
  const box = await page.locator('.govuk-skip-link').first().boundingBox()
  assert.ok(box && box.width > 1 && box.height > 1, 'the focused skip link is shown on screen, not only announced')
  const main = await press(page, 'Enter')
  assert.deepEqual([main.tag, main.id], ['main', 'main-content'], `the skip link moves focus to main on ${page.url()}`)
}

/**
 * Tabs forward from wherever focus is until it is on a control inside main, and returns it. (After the skip
 * link was used, the next page's URL keeps #main-content, so the first Tab may already land in main.)
 */
async function tabIntoMain(page) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.closest('main') !== null)) {
      return focused(page)
    }
  }
  assert.fail(`15 presses of Tab did not reach a control in main on ${page.url()}`)
}

/**
 * In a radio group with focus on one of its radios: arrows down until the radio that `wanted` picks (given what
 * has focus) is chosen. `what` names it in a failure message.
 */
async function arrowToRadio(page, wanted, what) {
  let now = await focused(page)
  for (let i = 0; i < 10 && !wanted(now); i++) {
    now = await press(page, 'ArrowDown')
    assert.equal(now.type, 'radio', 'the arrow keys stay in the radio group')
  }
  assert.ok(wanted(now), `the arrow keys reach ${what}`)
  assert.equal(now.checked, true, `${what} is chosen by moving to it`)
}

/** Arrows to the radio labelled `label` (see arrowToRadio). */
function arrowToLabel(page, label) {
  return arrowToRadio(page, (now) => now.text === label, `"${label}"`)
}

/**
 * On a question page just loaded: Tab into main, then through its fields, answering each from `entry` (an example
 * application's `fields`, see ELIGIBLE_ANSWERS, or `choose`, a radio's label): Space and the arrow keys for
 * radios, Space for a checkbox, typing for text. At Continue, Enter.
 */
async function answerWithKeyboard(page, entry) {
  const question = await pageKey(page)
  const posts = (name, value) => (entry.fields ?? []).some(([n, v]) => n === name && (value === undefined || v === value))
  const valueOf = (name) => (entry.fields ?? []).find(([n]) => n === name)?.[1]
  let now = await tabIntoMain(page)
  for (let i = 0; i < 20 && now.tag !== 'button'; i++) {
    if (now.type === 'radio') {
      await press(page, 'Space')
      if (entry.choose) {
        await arrowToLabel(page, entry.choose)
      } else {
        const value = valueOf(now.name)
        await arrowToRadio(page, (radio) => radio.value === value, `the radio ${now.name}=${value}`)
      }
    } else if (now.type === 'checkbox' && (now.text === entry.choose || posts(now.name, now.value))) {
      const ticked = await press(page, 'Space')
      assert.equal(ticked.checked, true, `Space ticks "${now.text}"`)
    } else if (['input', 'textarea'].includes(now.tag) && valueOf(now.name)) {
      await page.keyboard.type(valueOf(now.name))
    }
    now = await press(page, 'Tab')
  }
  await assertContinueHasVisibleFocus(page)
  await navigatingBy(page, () => page.keyboard.press('Enter'))
  assert.notEqual(await pageKey(page), question, `Enter on Continue moved on from ${question} (is an answer missing?)`)
}

describe('using the service with the keyboard alone', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  test('the skip link is the first tab stop, is visible when focused, and moves focus to main', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      for (const path of ['/', '/before-you-start', '/cookies', '/no-such-page']) {
        await page.goto(path)
        await skipToMain(page)
        // The header and Back link are skipped: the next Tab goes to main's first control, or past main.
        const next = await press(page, 'Tab')
        const skipped = await page.evaluate(() => {
          const main = document.getElementById('main-content')
          const el = document.activeElement
          return main.contains(el) || Boolean(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        })
        assert.equal(skipped, true, `Tab after skipping on ${path} goes back before main, to "${next.text}"`)
      }
    } finally {
      await context.close()
    }
  })

  test('the journey reaches check your answers with Tab, Shift+Tab, Space, arrow keys and Enter', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await page.goto('/')

      // Start page: Start now is the first thing in main.
      await skipToMain(page)
      const start = await press(page, 'Tab')
      assert.deepEqual([start.tag, start.text], ['a', 'Start now'])
      await assertFocusVisible(page, 'the focused Start now button')
      await navigatingBy(page, () => page.keyboard.press('Enter'))
      assertPath(page, '/before-you-start')

      // Before you start: its links (staying safe online) come first, then Continue.
      let control = await tabIntoMain(page)
      for (let i = 0; i < 10 && control.text !== 'Continue'; i++) {
        control = await press(page, 'Tab')
      }
      await assertContinueHasVisibleFocus(page)
      await navigatingBy(page, () => page.keyboard.press('Enter'))
      assertPath(page, '/where-do-you-live')

      // Where do you live: Tab into the radios, Space chooses the first, arrows move the choice to Scotland.
      const firstRadio = await tabIntoMain(page)
      assert.deepEqual([firstRadio.type, firstRadio.text, firstRadio.checked], ['radio', 'England', false])
      await assertFocusVisible(page, 'the focused England radio')
      const chosen = await press(page, 'Space')
      assert.deepEqual([chosen.text, chosen.checked], ['England', true], 'Space chooses the focused radio')
      await arrowToLabel(page, 'Scotland')
      await press(page, 'Tab')
      await assertContinueHasVisibleFocus(page)
      const back = await press(page, 'Shift+Tab')
      assert.deepEqual(
        [back.type, back.text, back.checked],
        ['radio', 'Scotland', true],
        'Shift+Tab from Continue returns to the chosen radio',
      )
      await press(page, 'Tab')
      await assertContinueHasVisibleFocus(page)
      await navigatingBy(page, () => page.keyboard.press('Enter'))
      assertPath(page, '/your-role')

      // Which of these describes you, then each question up to check your answers: the same keys.
      await answerWithKeyboard(page, { choose: ROLES.childInScotland })
      // Bounded (a page that never moves on fails below): the longest journey is under 60 pages.
      for (let step = 0; step < 60 && pathOf(page) !== '/check-your-answers'; step++) {
        await answerWithKeyboard(page, await eligibleAnswerFor(page))
      }
      assertPath(page, '/check-your-answers')
      await assertSummaryShows(page, { 'Where you live': 'Scotland', 'About you': ROLES.childInScotland })
    } finally {
      await context.close()
    }
  })
})
