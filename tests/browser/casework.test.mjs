// Casework in Chromium, with JavaScript on and off: an applicant's disclosure reaches the domestic-abuse team's
// queue as urgent; a caseworker signs in through the real OIDC provider's form (the strict session cookie must
// survive the way back from the provider), claims the application and signs out; the team deletes an application
// after the confirmation page and its history stays; every casework page passes axe.

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  DISCLOSURE_ANSWERS,
  ROLES,
  answer,
  answerRemainingQuestions,
  assertNoAxeViolations,
  assertPath,
  launch,
  navigatingBy,
  newContext,
  pathOf,
  startApplication,
} from './support.mjs'

const USERS = {
  domesticAbuse: { username: 'da.caseworker', password: 'dev-domestic-abuse-Passw0rd!' },
  general: { username: 'general.caseworker', password: 'dev-general-Passw0rd!' },
  noTeam: { username: 'no.team', password: 'dev-no-team-Passw0rd!' },
}

/** Sends an application with a disclosure and a call-back request; returns its reference. */
async function sendDisclosure(browser) {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    await startApplication(page)
    await answer(page, 'England')
    await answer(page, ROLES.parentWithCare)
    await answerRemainingQuestions(page, '/check-your-answers', DISCLOSURE_ANSWERS)
    await navigatingBy(page, () => page.getByRole('button', { name: 'Send your application' }).click())
    const panel = await page.locator('.govuk-panel strong').innerText()
    return panel.trim()
  } finally {
    await context.close()
  }
}

/** axe runs as a script in the page: only where JavaScript is on. */
async function axeIf(javaScript, page, what) {
  if (javaScript) await assertNoAxeViolations(page, what)
}

/** From the casework landing page, through the provider's sign-in form, to the caseworker's first page. */
async function signIn(page, user) {
  await page.goto('/casework')
  await navigatingBy(page, () => page.getByRole('button', { name: 'Sign in' }).click())
  assert.equal(new URL(page.url()).origin, new URL(process.env.OIDC_ISSUER ?? 'http://127.0.0.1').origin, 'at the provider')
  await page.getByLabel('Username').fill(user.username)
  await page.getByLabel('Password').fill(user.password)
  await navigatingBy(page, () => page.getByRole('button', { name: 'Sign in' }).click())
  assertPath(page, '/casework/callback')
  assert.match(await page.title(), /^You are signed in/)
  // A link followed on our own site: the SameSite=Strict cookie goes with it.
  await navigatingBy(page, () => page.getByRole('link', { name: 'Continue to your applications' }).click())
}

describe('casework', () => {
  let browser
  let reference
  before(async () => {
    browser = await launch()
    reference = await sendDisclosure(browser)
  })
  after(async () => {
    await browser?.close()
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'JavaScript on' : 'JavaScript off'

    test(`${mode}: the domestic-abuse team sees the urgent application, reads it safety first, claims it and signs out`, async () => {
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await signIn(page, USERS.domesticAbuse)
        assertPath(page, '/casework/queues/domestic-abuse')
        await axeIf(javaScript, page, 'the domestic-abuse queue')

        // The request to call back came first, on its own: urgent requests head the queue, by kind and age. (The
        // queue is shared by every test of this run, oldest first, so this one may be on a later page: its own
        // page is opened by its URL; tests/http/casework.rs checks the order on a table of its own.)
        const requests = page.locator('table', { hasText: 'Urgent requests' })
        assert.match(await requests.innerText(), /Urgent: call back/)
        const first = await page.locator('main table').first().innerText()
        assert.match(first, /^Urgent requests/, 'the urgent requests come before any application')
        await page.goto(`/casework/requests/${reference.replaceAll('-', '')}`)
        assert.match(await page.locator('main').innerText(), /Safe phone number\s+07700900111/)
        await axeIf(javaScript, page, 'an urgent request')
        await navigatingBy(page, () => page.getByRole('button', { name: 'Claim this request' }).click())
        assert.equal(await page.getByRole('radio', { name: 'Called back' }).count(), 1, 'what happened can be recorded')
        await axeIf(javaScript, page, 'an urgent request, claimed')
        await navigatingBy(page, () => page.getByRole('button', { name: 'Release to the queue' }).click())
        assert.match(await page.locator('main').innerText(), /Claimed by\s+Nobody/)

        await page.goto(`/casework/search?reference=${encodeURIComponent(reference)}`)
        assertPath(page, `/casework/applications/${reference.replaceAll('-', '')}`)
        const main = (await page.locator('main').innerText()).toLowerCase()
        const urgent = main.indexOf('asked us to call them back at a safe time')
        const disclosure = main.indexOf('what has happened')
        const answers = main.indexOf('about you\n')
        assert.ok(urgent >= 0 && urgent < disclosure && disclosure < answers, 'the urgent request, then safety, then the rest')
        await axeIf(javaScript, page, 'an application, with its disclosure')

        // Claimed, then released, so that the other run of this test finds it waiting too.
        await navigatingBy(page, () => page.getByRole('button', { name: 'Claim this application' }).click())
        assert.match(await page.locator('main').innerText(), /Claimed by\s+Dana Abbott/)
        await navigatingBy(page, () => page.getByRole('button', { name: 'Release to the queue' }).click())
        assert.match(await page.locator('main').innerText(), /Claimed by\s+Nobody/)
        await page.goto('/casework/mine')
        await axeIf(javaScript, page, 'your applications')

        await navigatingBy(page, () => page.getByRole('button', { name: 'Sign out' }).click())
        // The provider asks to confirm signing out there too, then comes back.
        const confirm = page.getByRole('button', { name: /sign out|yes/i })
        if (pathOf(page) !== '/casework/signed-out' && (await confirm.count())) {
          await navigatingBy(page, () => confirm.first().click())
        }
        assertPath(page, '/casework/signed-out')
        await axeIf(javaScript, page, 'signed out')
        await page.goto('/casework/mine')
        assertPath(page, '/casework')
      } finally {
        await context.close()
      }
    })
  }

  test('JavaScript off: an urgent request is claimed and what happened is recorded, on the record', async () => {
    const own = await sendDisclosure(browser)
    const context = await newContext(browser, { javaScript: false })
    try {
      const page = await context.newPage()
      await signIn(page, USERS.domesticAbuse)
      await callBack(page, own)
      const main = await page.locator('main').innerText()
      assert.match(main, /Done: called back/)
      assert.match(main, /Urgent request dealt with: called back/)
    } finally {
      await context.close()
    }
  })

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'JavaScript on' : 'JavaScript off'

    test(`${mode}: the domestic-abuse team deletes its application after the confirmation page, and its history stays`, async () => {
      const own = await sendDisclosure(browser)
      const path = `/casework/applications/${own.replaceAll('-', '')}`
      const context = await newContext(browser, { javaScript })
      try {
        const page = await context.newPage()
        await signIn(page, USERS.domesticAbuse)
        // Its urgent request is dealt with first: an application is not deleted while its request waits.
        await callBack(page, own)

        await page.goto(path)
        await navigatingBy(page, () => page.getByRole('button', { name: 'Delete application' }).click())
        assertPath(page, `${path}/delete`)
        assert.match(await page.title(), /^Delete application/)
        assert.match(await page.locator('.govuk-warning-text').innerText(), /You cannot undo this/)
        await axeIf(javaScript, page, 'delete an application')

        // No reason: the GOV.UK error, and nothing deleted.
        await navigatingBy(page, () => page.getByRole('button', { name: 'Delete application' }).click())
        assert.match(await page.title(), /^Error: Delete application/)
        assert.match(await page.locator('.govuk-error-summary').innerText(), /Select why you are deleting this application/)
        await axeIf(javaScript, page, 'delete an application, with an error')
        await page.getByRole('radio', { name: 'It is a duplicate' }).check()
        await navigatingBy(page, () => page.getByRole('button', { name: 'Delete application' }).click())

        // What is left of it, at its address: that it was deleted, and its history.
        assertPath(page, path)
        assert.match(await page.title(), /has been deleted/)
        const main = await page.locator('main').innerText()
        assert.match(main, /The application has been deleted/)
        assert.match(main, /Deleted: it was a duplicate/)
        assert.match(main, /Urgent request dealt with: called back/)
        assert.ok(!main.includes('07700900111'), 'nothing the applicant told us')
        await axeIf(javaScript, page, 'a deleted application')
        // Its request went with it.
        const request = await page.goto(`/casework/requests/${own.replaceAll('-', '')}`)
        assert.equal(request.status(), 404)
      } finally {
        await context.close()
      }
    })
  }

  test('a general caseworker is refused the application and cannot find it by its reference', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await signIn(page, USERS.general)
      assertPath(page, '/casework/queues/general')
      assert.ok(!(await page.locator('main').innerText()).includes(reference))
      const response = await page.goto(`/casework/applications/${reference.replaceAll('-', '')}`)
      assert.equal(response.status(), 403)
      await assertNoAxeViolations(page, 'no access')
      const search = await page.goto(`/casework/search?reference=${encodeURIComponent(reference)}`)
      assert.equal(search.status(), 404)
      await assertNoAxeViolations(page, 'search, not found')
      const request = await page.goto(`/casework/requests/${reference.replaceAll('-', '')}`)
      assert.equal(request.status(), 403, 'the request too, as for any reference')
      const erase = await page.goto(`/casework/applications/${reference.replaceAll('-', '')}/delete`)
      assert.equal(erase.status(), 403, 'nor can they ask to delete it')
    } finally {
      await context.close()
    }
  })

  test('someone in no team is told so, and can sign out', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await signIn(page, USERS.noTeam)
      assertPath(page, '/casework')
      assert.match(await page.title(), /^Your account is not in a casework team/)
      await assertNoAxeViolations(page, 'no team')
      assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1)
    } finally {
      await context.close()
    }
  })

  test('the landing page and a failed sign-in pass axe', async () => {
    const context = await newContext(browser)
    try {
      const page = await context.newPage()
      await page.goto('/casework')
      await assertNoAxeViolations(page, 'casework landing')
      const response = await page.goto('/casework/callback?code=x&state=0123456789abcdef0123456789abcdef')
      assert.equal(response.status(), 401)
      await assertNoAxeViolations(page, 'sign-in failed')
    } finally {
      await context.close()
    }
  })
})

/** Claims the urgent request sent with `reference` and records that it was dealt with by calling back. */
async function callBack (page, reference) {
  await page.goto(`/casework/requests/${reference.replaceAll('-', '')}`)
  await navigatingBy(page, () => page.getByRole('button', { name: 'Claim this request' }).click())
  await page.getByRole('radio', { name: 'Called back' }).check()
  await navigatingBy(page, () => page.getByRole('button', { name: 'Record what happened' }).click())
}
