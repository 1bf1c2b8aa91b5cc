// The applicant's journey, driven as a user would, with JavaScript on and again with it off: every page must
// work without JavaScript (progressive enhancement), and with it the govuk-frontend behaviours must work.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  ROLES,
  answer,
  answerRemainingQuestions,
  assertPath,
  assertSummaryShows,
  checkedRadio,
  continueButton,
  continueWithNothingSelected,
  launch,
  navigatingBy,
  newContext,
  pathOf,
  startApplication,
} from './support.mjs'

describe('the application journey', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript'

    test(`${mode}: Scotland and the child role reach check your answers, and each answer is shown again on its question`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)
        assert.equal(
          await page.evaluate(() => document.body.classList.contains('govuk-frontend-supported')),
          javaScript,
          javaScript ? 'application.js ran and marked the body' : 'no script ran',
        )
        const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === '__Host-session')
        assert.ok(sessionCookie, 'Continue on before you start sets the __Host-session cookie')

        await answer(page, 'Scotland')
        assertPath(page, '/your-role')
        assert.equal(await page.getByLabel(ROLES.childInScotland).count(), 1, 'the child role is offered in Scotland')
        await answer(page, ROLES.childInScotland)
        await answerRemainingQuestions(page)
        await assertSummaryShows(page, { 'Where you live': 'Scotland', 'About you': ROLES.childInScotland })

        await navigatingBy(page, () => page.getByRole('link', { name: 'Change where you live' }).click())
        assertPath(page, '/where-do-you-live')
        assert.equal(new URL(page.url()).search, '?change=1')
        assert.equal(await checkedRadio(page), 'scotland', 'where you live is shown again')
        assert.equal(await page.getByLabel('Scotland', { exact: true }).isChecked(), true)

        await page.goto('/your-role')
        assert.equal(await checkedRadio(page), 'child-in-scotland', 'the role is shown again')
      } finally {
        await context.close()
      }
    })

    test(`${mode}: the whole journey sends one application, and Back afterwards shows only the confirmation`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)
        await answer(page, 'Wales')
        await answer(page, ROLES.parentWithCare)
        await answerRemainingQuestions(page)

        await navigatingBy(page, () => page.getByRole('button', { name: 'Send your application' }).click())
        assertPath(page, '/application-sent')
        const panel = (await page.locator('.govuk-panel').innerText()).replace(/\s+/g, ' ').trim()
        assert.match(panel, /^Application sent Your reference number [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]$/)
        const body = (await page.locator('main').textContent()).toLowerCase()
        for (const word of ['abuse', 'danger', 'violence', 'safety']) {
          assert.ok(!body.includes(word), `the confirmation never mentions "${word}"`)
        }

        // Back returns to check your answers' URL, which now leads to the confirmation: nothing to send again.
        await page.goBack()
        assertPath(page, '/application-sent')
        assert.equal(await page.getByRole('button', { name: 'Send your application' }).count(), 0)

        // Children with another parent: a new application, the applicant's own answers copied for checking, then
        // its first question.
        const another = page.getByRole('button', { name: 'Apply for children with another parent' })
        await navigatingBy(page, () => another.click())
        assertPath(page, '/answers-we-copied')
        await navigatingBy(page, () => page.getByRole('button', { name: 'Continue' }).click())
        assertPath(page, '/your-role')
      } finally {
        await context.close()
      }
    })

    test(`${mode}: changing where you live to England clears the child role, and choosing a parent role returns to check your answers`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)
        await answer(page, 'Scotland')
        await answer(page, ROLES.childInScotland)
        await answerRemainingQuestions(page)

        await navigatingBy(page, () => page.getByRole('link', { name: 'Change where you live' }).click())
        await answer(page, 'England')
        assertPath(page, '/your-role')
        assert.equal(await checkedRadio(page), null, 'the child role was cleared, so no role is chosen')
        assert.equal(await page.getByLabel(ROLES.childInScotland).count(), 0, 'the child role is offered only in Scotland')

        // The role is the only answer the change made necessary: once it is given, back to check your answers,
        // not through the questions after it, which are still answered.
        await answer(page, ROLES.parentWithCare)
        assert.equal(
          pathOf(page),
          '/check-your-answers',
          `after answering the role the change made necessary, the applicant is back on check your answers (is on ${page.url()})`,
        )
        await assertSummaryShows(page, { 'Where you live': 'England', 'About you': ROLES.parentWithCare })
      } finally {
        await context.close()
      }
    })

    test(`${mode}: Continue with nothing selected shows the error summary, and its link leads to the first radio`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)

        const response = await continueWithNothingSelected(page)
        assert.equal(response.status(), 422)
        assertPath(page, '/where-do-you-live')
        const title = await page.title()
        assert.ok(title.startsWith('Error: '), `the title starts with "Error: ", but it is "${title}"`)
        const summary = page.locator('.govuk-error-summary')
        assert.equal(await summary.isVisible(), true, 'the error summary is shown')
        assert.equal((await summary.locator('.govuk-error-summary__title').textContent()).trim(), 'There is a problem')
        assert.equal(
          (await page.locator('#where-you-live-error').textContent()).replace(/\s+/g, ' ').trim(),
          'Error: Select where you live',
          'the message is shown by the radios too',
        )
        if (javaScript) {
          assert.equal(
            await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
            true,
            'govuk-frontend moves focus to the error summary when the page loads',
          )
        }

        const link = summary.getByRole('link', { name: 'Select where you live' })
        assert.equal(await link.getAttribute('href'), '#where-you-live')
        await link.click()
        if (javaScript) {
          // govuk-frontend handles the click: it focuses the input and scrolls its legend into view.
          assert.equal(
            await page.evaluate(() => document.activeElement?.id),
            'where-you-live',
            'the first radio has focus',
          )
          assert.equal(await page.evaluate(() => document.activeElement?.value), 'england')
        } else {
          await page.waitForURL((url) => url.hash === '#where-you-live')
          assertPath(page, '/where-do-you-live')
          assert.equal(
            await page.evaluate(() => document.querySelector(':target')?.id),
            'where-you-live',
            'the link targets the first radio',
          )
        }

        // The page still works after the error: an answer moves on.
        await answer(page, 'Wales')
        assertPath(page, '/your-role')
        const roleError = await continueWithNothingSelected(page)
        assert.equal(roleError.status(), 422)
        assert.ok((await page.title()).startsWith('Error: '))
        assert.equal(await page.locator('.govuk-error-summary').isVisible(), true)
      } finally {
        await context.close()
      }
    })

    test(`${mode}: Northern Ireland and outside the UK end the journey on their own pages`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)
        await answer(page, 'Northern Ireland')
        assertPath(page, '/northern-ireland')

        await page.goto('/where-do-you-live')
        assert.equal(await checkedRadio(page), 'northern-ireland')
        await answer(page, 'Outside the UK')
        assertPath(page, '/outside-the-uk')
      } finally {
        await context.close()
      }
    })

    test(`${mode}: without a session, journey pages send you to the start page`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        for (const path of ['/where-do-you-live', '/your-role', '/check-your-answers']) {
          await page.goto(path)
          assert.equal(pathOf(page), '/', `${path} without a session redirects to /`)
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Apply for child maintenance')
        }
        assert.equal(await continueButton(page).count(), 0)
      } finally {
        await context.close()
      }
    })
  }
})
