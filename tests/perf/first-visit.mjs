// The weight of a first visit to a question page (issue 7: under 40 KB compressed, before fonts): what Chromium
// fetches with an empty cache for /where-do-you-live, each response's body as it came over the wire (compressed
// where the server compressed it) and its headers. Fonts are left out (blocked), as the target says; so is
// anything the browser fetches only later (the manifest, Apple's icon).
//
//   BASE_URL=http://localhost:3000 node perf/first-visit.mjs      (run from tests/; make perf runs it)
//   PAGES_LANG=cy ...                                            the same visit to the Welsh page (/cy/…)

import { inLanguage, launch, newContext, startApplication } from '../browser/support.mjs'

const LANG = process.env.PAGES_LANG ?? 'en'
const QUESTION_PAGE = inLanguage('/where-do-you-live', LANG)

const browser = await launch()
try {
  // A session first, in another context, so that the measured visit starts with an empty cache.
  const starting = await newContext(browser)
  await startApplication(await starting.newPage(), { lang: LANG })
  const cookies = await starting.cookies()
  await starting.close()

  const context = await newContext(browser)
  await context.addCookies(cookies)
  await context.route(/\.(woff2?|ttf|otf)(\?|$)/, (route) => route.abort())
  const fetched = []
  context.on('requestfinished', async (request) => {
    const response = await request.response()
    const sizes = await request.sizes()
    fetched.push({
      path: new URL(request.url()).pathname,
      status: response?.status(),
      encoding: (await response?.headerValue('content-encoding')) ?? 'none',
      body: sizes.responseBodySize,
      headers: sizes.responseHeadersSize,
    })
  })
  const page = await context.newPage()
  await page.goto(QUESTION_PAGE, { waitUntil: 'networkidle' })
  if (new URL(page.url()).pathname !== QUESTION_PAGE) throw new Error(`expected ${QUESTION_PAGE}, got ${page.url()}`)
  await context.close()

  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`
  for (const f of fetched) {
    console.log(`  ${String(f.status).padEnd(4)} ${f.path.padEnd(42)} ${f.encoding.padEnd(5)} body ${kb(f.body).padStart(8)}  headers ${kb(f.headers).padStart(7)}`)
  }
  const body = fetched.reduce((sum, f) => sum + f.body, 0)
  const headers = fetched.reduce((sum, f) => sum + f.headers, 0)
  console.log(`first visit to ${QUESTION_PAGE}: ${fetched.length} responses, bodies ${kb(body)}, with headers ${kb(body + headers)} (fonts not fetched)`)
} finally {
  await browser.close()
}
