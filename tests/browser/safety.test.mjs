// The safety section in Chromium, with JavaScript on and off: a disclosure, danger and a safe call back reach
// check your answers with Collect & Pay stated rather than asked; "None of these" stands alone (unticking the
// others with JavaScript, an error without); the confirmation never mentions any of it.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  DISCLOSURE_ANSWERS,
  ROLES,
  answer,
  answerRemainingQuestions,
  assertPageKey,
  assertPath,
  assertSummaryShows,
  continueButton,
  launch,
  navigatingBy,
  newContext,
  startApplication,
} from './support.mjs'

/** A fresh session, eligible in England, on the first safety question. */
async function reachYourSafety(page) {
  await startApplication(page)
  await answer(page, 'England')
  await answer(page, ROLES.parentWithCare)
  await answer(page, 'No')
  assertPath(page, '/your-safety')
}

describe('the safety section', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'JavaScript on' : 'JavaScript off'

    test(`${mode}: a disclosure reaches check your answers with Collect & Pay stated, not asked, and the confirmation says nothing of it`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await reachYourSafety(page)
        assert.equal(await page.title(), 'Your safety - Apply for child maintenance - GOV.UK')
        await answerRemainingQuestions(page, '/how-you-want-to-be-paid', DISCLOSURE_ANSWERS)
        const payments = await page.locator('main').innerText()
        assert.match(payments, /This is called Collect & Pay/)
        assert.equal(await page.locator('input[type=radio]').count(), 0, 'nothing to choose')
        await answerRemainingQuestions(page, '/check-your-answers', DISCLOSURE_ANSWERS)

        await assertSummaryShows(page, {
          'Abuse towards you or your children': 'Yes',
          'What has happened': 'Coercive or controlling behaviour Economic or financial abuse',
          'In immediate danger': 'Yes',
          'What you asked us to do': 'Call me back at a safe time',
          'Request sent to our team':
            'Call me back at a safe time Phone number: 07700900111 When it is safe to call: Weekday mornings',
          'Keep private from the other parent': 'Your address A new name you use',
          'Safe ways to contact you': 'Text messages Safe times: After 6pm',
          'Documents you have': 'A police report or crime reference number',
          'How you will be paid': 'Collect & Pay',
        })

        await navigatingBy(page, () => page.getByRole('button', { name: 'Send your application' }).click())
        assertPath(page, '/application-sent')
        const confirmation = (await page.locator('main').innerText()).toLowerCase()
        for (const word of ['abuse', 'danger', 'police', 'safe', 'collect & pay']) {
          assert.ok(!confirmation.includes(word), `the confirmation never says "${word}"`)
        }
      } finally {
        await context.close()
      }
    })
  }

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'JavaScript on' : 'JavaScript off'

    test(`${mode}: on the section's one URL, Back shows the page before and Change from check your answers comes back`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await reachYourSafety(page)
        await answerRemainingQuestions(page, '/your-safety#help-now', DISCLOSURE_ANSWERS)
        // Back is a button (a form): the danger question again, as answered, at the same URL.
        await navigatingBy(page, () => page.getByRole('button', { name: 'Back', exact: true }).click())
        await assertPageKey(page, '/your-safety#right-now')
        assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), true, 'as answered')
        await navigatingBy(page, () => page.getByRole('button', { name: 'Back', exact: true }).click())
        await assertPageKey(page, '/your-safety#what-happened')
        // Back from the section's first page is a link to the page before it.
        await navigatingBy(page, () => page.getByRole('button', { name: 'Back', exact: true }).click())
        await assertPageKey(page, '/your-safety#your-safety')
        await navigatingBy(page, () => page.getByRole('link', { name: 'Back', exact: true }).click())
        assertPath(page, '/court-order')

        await navigatingBy(page, () => continueButton(page).click())
        await answerRemainingQuestions(page, '/check-your-answers', DISCLOSURE_ANSWERS)
        await navigatingBy(page, () => page.getByRole('button', { name: 'Change how we can contact you safely' }).click())
        await assertPageKey(page, '/your-safety#contact')
        assert.equal(await page.getByRole('link', { name: 'Back', exact: true }).getAttribute('href'), '/check-your-answers')
        await page.getByLabel('Letters', { exact: true }).check()
        await navigatingBy(page, () => continueButton(page).click())
        assertPath(page, '/check-your-answers')
        await assertSummaryShows(page, { 'Safe ways to contact you': 'Text messages Letters Safe times: After 6pm' })
      } finally {
        await context.close()
      }
    })
  }

  test('JavaScript on: ticking "None of these" unticks the others, and ticking another unticks it', async () => {
    const context = await newContext(browser, { javaScript: true })
    try {
      const page = await context.newPage()
      await reachYourSafety(page)
      await answer(page, 'No')
      await assertPageKey(page, '/your-safety#private-details')
      await page.getByLabel('Your address', { exact: true }).check()
      await page.getByLabel('None of these', { exact: true }).check()
      assert.equal(await page.getByLabel('Your address', { exact: true }).isChecked(), false)
      await page.getByLabel('A new name you use', { exact: true }).check()
      assert.equal(await page.getByLabel('None of these', { exact: true }).isChecked(), false)
    } finally {
      await context.close()
    }
  })

  test('JavaScript off: "None of these" with another answer is an error, and what was ticked is kept', async () => {
    const context = await newContext(browser, { javaScript: false })
    try {
      const page = await context.newPage()
      await reachYourSafety(page)
      await answer(page, 'No')
      await page.getByLabel('Your phone number', { exact: true }).check()
      await page.getByLabel('None of these', { exact: true }).check()
      const response = await navigatingBy(page, () => continueButton(page).click())
      assert.equal(response.status(), 422)
      assert.equal(await page.title(), 'Error: Your safety - Apply for child maintenance - GOV.UK')
      const summary = await page.locator('.govuk-error-summary').innerText()
      assert.match(summary, /Select what the other parent must not find out, or select ‘None of these’/)
      assert.equal(await page.getByLabel('Your phone number', { exact: true }).isChecked(), true, 'kept')
      assert.equal(await page.getByLabel('None of these', { exact: true }).isChecked(), true, 'kept')
    } finally {
      await context.close()
    }
  })
})
