// Every page of the service, in every state a user can see it in and in both its languages (English at /…, Welsh
// at /cy/…), checked with axe (WCAG 2.2 AA tags) and for reflow at 320 CSS pixels (WCAG 1.4.10: no scrolling in two
// dimensions).

import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import {
  DISCLOSURE_ANSWERS,
  ELIGIBLE_ANSWERS,
  PAYING_ANSWERS,
  POLICE_ANSWERS,
  answerQuestion,
  answerRemainingQuestions,
  assertLanguage,
  assertNoAxeViolations,
  assertPageKey,
  choose,
  continueWithNothingSelected,
  eligibleAnswerFor,
  inLanguage,
  launch,
  navigatingBy,
  newContext,
  pageKey,
  startApplication,
} from './support.mjs'

/** "Send your application" on check your answers, in either language. */
function sendApplication(page) {
  const button = page.getByRole('button', { name: /^(Send your application|Anfon eich cais)$/ })
  return navigatingBy(page, () => button.click())
}

/**
 * A session whose answers so far are eligible, on the question at `path` (one of ELIGIBLE_ANSWERS, or of `answers`),
 * in the role `role` (a parent who pays is asked what nobody else is), with the pages in `lang`.
 */
async function reachQuestion(page, path, { answers = ELIGIBLE_ANSWERS, role = 'child-in-scotland', lang = 'en' } = {}) {
  await startApplication(page, { lang })
  await choose(page, 'where-you-live', 'scotland')
  const response = await choose(page, 'your-role', role)
  return (await pageKey(page)) === path ? response : answerRemainingQuestions(page, path, answers)
}

/**
 * The questions after the role, checked as one walk through the journey an example meets them (each shown, then
 * with its error, then answered): walking is the costly part, so one walk an example rather than one a page.
 * `only`: the pages this walk checks (the others are answered on the way). Each walk is made in both languages.
 */
const WALKS = [
  { label: '', answers: ELIGIBLE_ANSWERS, only: Object.keys(ELIGIBLE_ANSWERS) },
  {
    label: ' after a disclosure',
    answers: DISCLOSURE_ANSWERS,
    // The pages only a disclosure reaches, and the payments page, which then asks nothing.
    only: Object.keys(DISCLOSURE_ANSWERS).filter(
      (path) => !(path in ELIGIBLE_ANSWERS) || path === '/how-you-want-to-be-paid',
    ),
  },
  // The request page for the police: its form (and error), and once sent.
  { label: ' for the police', answers: POLICE_ANSWERS, only: ['/your-safety#request', '/your-safety#request-sent'] },
  // The questions only a parent who pays is asked (about their income and other children).
  {
    label: ' for a parent who pays',
    answers: PAYING_ANSWERS,
    only: Object.keys(PAYING_ANSWERS).filter((path) => !(path in ELIGIBLE_ANSWERS)),
    role: 'parent-without-care',
  },
]

/**
 * Each page, and how to reach it from a fresh context with the pages in `lang`. `path` is the English page's
 * (`pageKey`); `status` is what the page must be served with; `english` marks the caseworkers' page, which is in
 * English only.
 */
const PAGES = [
  { name: 'start', path: '/', open: (page, lang) => page.goto(inLanguage('/', lang)) },
  {
    name: 'before you start',
    path: '/before-you-start',
    open: (page, lang) => page.goto(inLanguage('/before-you-start', lang)),
  },
  { name: 'where do you live', path: '/where-do-you-live', open: (page, lang) => startApplication(page, { lang }) },
  {
    name: 'where do you live, with its error',
    path: '/where-do-you-live',
    status: 422,
    open: async (page, lang) => {
      await startApplication(page, { lang })
      return continueWithNothingSelected(page)
    },
  },
  {
    name: 'which of these describes you',
    path: '/your-role',
    open: async (page, lang) => {
      await startApplication(page, { lang })
      return choose(page, 'where-you-live', 'scotland')
    },
  },
  {
    name: 'which of these describes you, with its error',
    path: '/your-role',
    status: 422,
    open: async (page, lang) => {
      await startApplication(page, { lang })
      await choose(page, 'where-you-live', 'scotland')
      return continueWithNothingSelected(page)
    },
  },
  {
    name: 'check your answers',
    path: '/check-your-answers',
    open: (page, lang) => reachQuestion(page, '/check-your-answers', { lang }),
  },
  {
    name: "the other parent's address",
    path: '/other-parent-address',
    open: async (page, lang) => {
      await reachQuestion(page, '/do-you-know-the-other-parents-address', { lang })
      return choose(page, 'know-address', 'yes')
    },
  },
  {
    name: "the other parent's address, with its errors",
    path: '/other-parent-address',
    status: 422,
    open: async (page, lang) => {
      await reachQuestion(page, '/do-you-know-the-other-parents-address', { lang })
      await choose(page, 'know-address', 'yes')
      return continueWithNothingSelected(page)
    },
  },
  ...['', ', with its error'].map((label) => ({
    name: `how you know the other parent's address${label}`,
    path: '/how-you-know-the-address',
    status: label ? 422 : 200,
    open: async (page, lang) => {
      await reachQuestion(page, '/do-you-know-the-other-parents-address', { lang })
      await choose(page, 'know-address', 'yes')
      // An address in Northern Ireland: the other parent may live there.
      const address = [['address-line-1', '1 Main Street'], ['address-town', 'Belfast'], ['address-postcode', 'BT1 5GS']]
      const response = await answerQuestion(page, { fields: address })
      return label ? continueWithNothingSelected(page) : response
    },
  })),
  {
    name: 'application sent',
    path: '/application-sent',
    open: async (page, lang) => {
      await reachQuestion(page, '/check-your-answers', { lang })
      return sendApplication(page)
    },
  },
  {
    name: 'the answers copied for an application for children with another parent',
    path: '/answers-we-copied',
    open: async (page, lang) => {
      await reachQuestion(page, '/check-your-answers', { lang })
      await sendApplication(page)
      const another = /^(Apply for children with another parent|Gwneud cais ar gyfer plant gyda rhiant arall)$/
      return navigatingBy(page, () => page.getByRole('button', { name: another }).click())
    },
  },
  {
    name: 'remove a child',
    path: '/children/0/remove',
    open: async (page, lang) => {
      await reachQuestion(page, '/children', { lang })
      return navigatingBy(page, () => page.locator('main a[href$="/children/0/remove"]').click())
    },
  },
  {
    name: 'Northern Ireland',
    path: '/northern-ireland',
    open: async (page, lang) => {
      await startApplication(page, { lang })
      return choose(page, 'where-you-live', 'northern-ireland')
    },
  },
  {
    name: 'outside the UK',
    path: '/outside-the-uk',
    open: async (page, lang) => {
      await startApplication(page, { lang })
      return choose(page, 'where-you-live', 'outside-uk')
    },
  },
  {
    name: 'children not eligible',
    path: '/children-not-eligible',
    open: async (page, lang) => {
      // The example with a disclosure adds a child of 17: not in approved education, they are not eligible.
      await reachQuestion(page, '/children/education', { answers: DISCLOSURE_ANSWERS, lang })
      return choose(page, 'in-approved-education', 'no')
    },
  },
  {
    name: 'court order in place',
    path: '/court-order-in-place',
    open: async (page, lang) => {
      await reachQuestion(page, '/court-order', { lang })
      return choose(page, 'court-order', 'less-than-a-year-old')
    },
  },
  {
    name: 'other parent abroad',
    path: '/other-parent-abroad',
    open: async (page, lang) => {
      await reachQuestion(page, '/where-the-other-parent-lives', { lang })
      await choose(page, 'other-parent-lives', 'abroad')
      return choose(page, 'uk-employer-abroad', 'no')
    },
  },
  ...[
    ['staying safe online', '/staying-safe-online'],
    ['session ended', '/session-ended'],
    ['cookies', '/cookies'],
    ['privacy', '/privacy'],
    ['accessibility statement', '/accessibility'],
  ].map(([name, path]) => ({ name, path, open: (page, lang) => page.goto(inLanguage(path, lang)) })),
  {
    name: 'page not found',
    path: '/no-such-page',
    status: 404,
    open: (page, lang) => page.goto(inLanguage('/no-such-page', lang)),
  },
  { name: 'casework landing', path: '/casework', english: true, open: (page) => page.goto('/casework') },
]

/** The languages every applicant page is checked in, with how a test's name says which. */
const LANGUAGES = [
  { lang: 'en', label: '' },
  { lang: 'cy', label: ' in Welsh' },
]

const DESKTOP = { width: 1024, height: 768 }

describe('accessibility of every page', { concurrency: 3 }, () => {
  let browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  /** Opens `target` in `lang` in a fresh JavaScript-on context, checks it is the page meant, and runs `check` on it. */
  async function onPage(target, lang, viewport, check) {
    const context = await newContext(browser, { javaScript: true, viewport })
    try {
      const page = await context.newPage()
      const response = await target.open(page, lang)
      await assertPageKey(page, target.path)
      await assertLanguage(page, lang)
      assert.equal(response.status(), target.status ?? 200, `${target.path} is served with the expected status`)
      await check(page)
    } finally {
      await context.close()
    }
  }

  /** axe at a desktop width, then the same page at 320 CSS pixels (the layout is redone on resize). */
  async function checkPage(page, name) {
    await assertNoAxeViolations(page, name)
    await page.setViewportSize({ width: 320, height: 640 })
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    assert.equal(clientWidth, 320, 'the viewport is 320 CSS pixels wide')
    assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide at 320 px: it scrolls horizontally`)
    await page.setViewportSize(DESKTOP)
  }

  // One visit a page for both checks: each page is reached by walking the journey from its start, so a visit is
  // the costly part.
  for (const { lang, label } of LANGUAGES) {
    for (const target of PAGES.filter((target) => lang === 'en' || !target.english)) {
      test(`${target.name}${label} (${target.path}) has no axe violations and fits 320 CSS pixels`, () =>
        onPage(target, lang, DESKTOP, (page) => checkPage(page, `${target.name}${label}`)))
    }
  }

  // The questions, as one walk an example meets them: each checked as shown, then with its error (Continue with
  // nothing: 422, the same page), then answered as the example answers it.
  for (const { lang, label: inLang } of LANGUAGES) for (const walk of WALKS) {
    const label = `${walk.label}${inLang}`
    test(`the questions${label}: each has no axe violations and fits 320 CSS pixels, shown and with its error`, async (t) => {
      const context = await newContext(browser, { javaScript: true, viewport: DESKTOP })
      try {
        const page = await context.newPage()
        await startApplication(page, { lang })
        await choose(page, 'where-you-live', 'scotland')
        await choose(page, 'your-role', walk.role ?? 'child-in-scotland')
        const checked = new Set()
        for (let step = 0; step < 80 && (await pageKey(page)) !== '/check-your-answers'; step++) {
          const key = await pageKey(page)
          const entry = await eligibleAnswerFor(page, walk.answers)
          if (walk.only.includes(key) && !checked.has(key)) {
            checked.add(key)
            await assertLanguage(page, lang)
            await t.test(`question ${key}${label}`, () => checkPage(page, key))
            if (!entry.optional) {
              const response = await continueWithNothingSelected(page)
              assert.equal(response.status(), 422, `${key}: its error is served with 422`)
              await assertPageKey(page, key)
              await t.test(`question ${key}${label}, with its error`, () => checkPage(page, `${key}, with its error`))
            }
          }
          await answerQuestion(page, entry)
        }
        await assertPageKey(page, '/check-your-answers')
        const unmet = walk.only.filter((key) => !checked.has(key))
        assert.deepEqual(unmet, [], `the walk${label} meets every page it is to check`)
      } finally {
        await context.close()
      }
    })
  }
})
