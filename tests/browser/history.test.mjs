// The browser's history, read as someone checking a shared computer would: Chromium's own History database, from a
// real profile, after the browser is closed. A journey that discloses abuse, asks CMS to call the police (the
// request sent at once), goes Back within the safety section and uses Change from check your answers leaves the same
// (URL, title) pairs as a journey without a disclosure. What it can still show, the number of visits, is printed
// for docs/safety.md.

import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { chromium } from 'playwright-core'

import {
  BASE_URL,
  DISCLOSURE_ANSWERS,
  ELIGIBLE_ANSWERS,
  LAUNCH_OPTIONS,
  POLICE_ANSWERS,
  ROLES,
  YOUR_SAFETY,
  answer,
  answerQuestion,
  answerRemainingQuestions,
  assertPageKey,
  navigatingBy,
  startApplication,
} from './support.mjs'

/** The rows of the profile's History database: every URL it keeps, with its title and how often it was visited. */
function historyOf(profile) {
  // Python's sqlite3 (the standard library; `make` has Python) reads the database the browser left behind.
  const script = [
    'import json, sqlite3, sys',
    'db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)',
    'rows = db.execute("select url, title, visit_count from urls order by url").fetchall()',
    'print(json.dumps(rows))',
  ].join('\n')
  const out = execFileSync('python3', ['-c', script, join(profile, 'Default', 'History')], { encoding: 'utf8' })
  return JSON.parse(out).map(([url, title, visits]) => ({ url, title, visits }))
}

/** A journey in a browser profile of its own, closed at the end so that its history is written to disk. */
async function inProfile(journey) {
  const profile = await mkdtemp(join(tmpdir(), 'cms-intake-history-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...LAUNCH_OPTIONS,
    baseURL: BASE_URL,
    viewport: { width: 1024, height: 768 },
  })
  try {
    context.setDefaultTimeout(10_000)
    const page = context.pages()[0] ?? (await context.newPage())
    await journey(page)
  } finally {
    await context.close()
  }
  try {
    return historyOf(profile).filter(({ url }) => url.startsWith(BASE_URL))
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

async function eligible(page) {
  await startApplication(page)
  await answer(page, 'England')
  await answer(page, ROLES.parentWithCare)
}

async function send(page) {
  await navigatingBy(page, () => page.getByRole('button', { name: 'Send your application' }).click())
}

/** With a disclosure, in danger, a request to call the police sent; Back within the section; Change from check. */
async function disclosingJourney(page) {
  await eligible(page)
  await answerRemainingQuestions(page, `${YOUR_SAFETY}#help-now`, POLICE_ANSWERS)
  // Back to the danger question (a form's button), and on again.
  await navigatingBy(page, () => page.getByRole('button', { name: 'Back', exact: true }).click())
  await assertPageKey(page, `${YOUR_SAFETY}#right-now`)
  await answerQuestion(page, POLICE_ANSWERS[`${YOUR_SAFETY}#right-now`])
  await answerRemainingQuestions(page, '/check-your-answers', POLICE_ANSWERS)
  await navigatingBy(page, () =>
    page.getByRole('button', { name: 'Change what the other parent must not find out' }).click(),
  )
  await assertPageKey(page, `${YOUR_SAFETY}#private-details`)
  await answerQuestion(page, { choose: 'Your phone number' })
  await assertPageKey(page, '/check-your-answers')
  await send(page)
}

/**
 * The same application without the disclosure, so that the disclosure is all that differs: the example with one's
 * other answers (its child of 17, asked about education), the example without one's safety section, and Collect &
 * Pay (which a disclosure means; Direct Pay would add a page only an application without a disclosure can reach).
 */
const WITHOUT_A_DISCLOSURE = {
  ...DISCLOSURE_ANSWERS,
  ...Object.fromEntries(Object.entries(ELIGIBLE_ANSWERS).filter(([path]) => path.startsWith(`${YOUR_SAFETY}#`))),
  '/how-you-want-to-be-paid': { fields: [['payment-service', 'collect-and-pay']] },
}

async function plainJourney(page) {
  await eligible(page)
  await answerRemainingQuestions(page, '/check-your-answers', WITHOUT_A_DISCLOSURE)
  await send(page)
}

describe("the browser's history", () => {
  let disclosed
  let plain
  before(async () => {
    disclosed = await inProfile(disclosingJourney)
    plain = await inProfile(plainJourney)
  })
  after(() => {
    const visits = (rows) => Object.fromEntries(rows.map(({ url, visits }) => [new URL(url).pathname, visits]))
    console.log('visits, with a disclosure and a request:', JSON.stringify(visits(disclosed)))
    console.log('visits, without:', JSON.stringify(visits(plain)))
  })

  test('records the same URLs and titles for a journey with a disclosure and a request as for one without', () => {
    const pairs = (rows) => rows.map(({ url, title }) => `${url} ${title}`)
    assert.ok(plain.length >= 20, `the history was written (${plain.length} pages)`)
    assert.deepEqual(pairs(disclosed), pairs(plain))
    const safety = disclosed.find(({ url }) => new URL(url).pathname === YOUR_SAFETY)
    assert.equal(safety?.title, 'Your safety - Apply for child maintenance - GOV.UK')
    for (const { url, title } of disclosed) {
      for (const word of ['abuse', 'danger', 'police', 'request', '999', 'call']) {
        assert.ok(!url.toLowerCase().includes(word) && !title.toLowerCase().includes(word), `${url} ${title}: ${word}`)
      }
    }
  })
})
