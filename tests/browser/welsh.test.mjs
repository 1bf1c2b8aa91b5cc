// The service in Welsh (/cy/…), driven as a user would: the whole journey with a disclosure, with JavaScript on and
// off, stays in Welsh from the start page to the confirmation, and the Language navigation goes to the same page in
// the other language with the answers kept. Exit this page in Welsh is with the rest of it, in exit.test.mjs; every
// Welsh page's accessibility in accessibility.test.mjs.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  DISCLOSURE_ANSWERS,
  WELSH,
  answerQuestion,
  assertLanguage,
  assertPath,
  blockOtherOrigins,
  checkedRadio,
  choose,
  eligibleAnswerFor,
  launch,
  navigatingBy,
  newContext,
  pageKey,
  startApplication,
} from './support.mjs'

describe('the service in Welsh', () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript'

    test(`${mode}: an application with a disclosure is made in Welsh from the start page to the confirmation`, async () => {
      const context = await newContext(browser, { javaScript })
      const blocked = await blockOtherOrigins(context)
      try {
        const page = await context.newPage()
        await startApplication(page, { lang: 'cy' })
        await assertLanguage(page, 'cy')
        await choose(page, 'where-you-live', 'wales')
        await choose(page, 'your-role', 'parent-with-care')
        for (let step = 0; step < 80 && (await pageKey(page)) !== '/check-your-answers'; step++) {
          await assertLanguage(page, 'cy')
          await answerQuestion(page, await eligibleAnswerFor(page, DISCLOSURE_ANSWERS))
        }
        assertPath(page, `${WELSH}/check-your-answers`)
        await assertLanguage(page, 'cy')
        const send = page.getByRole('button', { name: 'Anfon eich cais' })
        await navigatingBy(page, () => send.click())
        assertPath(page, `${WELSH}/application-sent`)
        await assertLanguage(page, 'cy')
        assert.equal((await page.locator('.govuk-panel__title').innerText()).trim(), 'Cais wedi’i anfon')
        assert.deepEqual(blocked, [], 'no request went to another origin')
      } finally {
        await context.close()
      }
    })

    test(`${mode}: the Language navigation shows the same page in the other language, with the answer kept`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await startApplication(page)
        await choose(page, 'where-you-live', 'wales')
        await page.goto('/where-do-you-live')
        await navigatingBy(page, () => page.getByRole('link', { name: /^Cymraeg/ }).click())
        assertPath(page, `${WELSH}/where-do-you-live`)
        await assertLanguage(page, 'cy')
        assert.equal(await checkedRadio(page), 'wales', 'the answer given in English is there in Welsh')
        await navigatingBy(page, () => page.getByRole('link', { name: /^English/ }).click())
        assertPath(page, '/where-do-you-live')
        await assertLanguage(page, 'en')
        assert.equal(await checkedRadio(page), 'wales')
      } finally {
        await context.close()
      }
    })
  }
})
