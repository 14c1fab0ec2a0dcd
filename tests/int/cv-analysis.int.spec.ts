import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest'

import { applyDetectedSkills } from '@/ai/applyDetectedSkills'
import type { CvAnalysisResult } from '@/ai/analysisResult'
import { rerunCvAnalysis } from '../../endpoints/cvAnalysisEndpoints'
import type { Cv, User } from '../../payload-types'
import { docxFromText, imageOnlyPdf, pdfFromText } from '../fixtures/cvs/cvFiles'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * A local stand-in for OpenRouter speaking the OpenAI chat-completions protocol: each test
 * queues the answers it wants (status, body, delay) and reads the requests it received.
 */
type Reply = { status?: number; content?: string; body?: unknown; delayMs?: number; headers?: Record<string, string> }
type Seen = { headers: IncomingMessage['headers']; body: { model: string; max_tokens: number; messages: { role: string; content: string }[]; response_format?: unknown } }
let replies: Reply[] = []
const seen: Seen[] = []
let server: Server
let payload: Payload

const FIXTURES = path.resolve(__dirname, '../fixtures/cvs')
const frenchCv = readFileSync(path.join(FIXTURES, '01-comedienne-dakar.txt'), 'utf8')
const englishCv = readFileSync(path.join(FIXTURES, '02-director-lagos.txt'), 'utf8')

const completion = (content: string) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: 1_764_000_000,
  model: 'test/model',
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
  usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
})

const GOOD_ANSWER = {
  skills: [
    { name: 'Chant', slug: 'chant' },
    { name: 'Sabar', slug: null },
    { name: 'Marionnettes', slug: null },
  ],
  languages: [
    { name: 'Wolof', code: 'wo', level: 'native' },
    { name: 'Français', code: 'fr', level: 'fluent' },
  ],
  summary: 'Comédienne sénégalaise expérimentée, à l’aise au théâtre comme à la télévision. Elle chante et danse le sabar.',
  yearsOfExperience: 11,
  score: 78,
  scoreReasons: ['Expériences datées', 'Langues avec niveaux'],
  strengths: ['Expérience scénique'],
  suggestions: ['Ajouter des liens vers des extraits vidéo'],
  categories: ['acteur', 'chanteur', 'astronaute'],
}

beforeAll(async () => {
  payload = await getTestPayload()
  server = createServer((request, response) => {
    let raw = ''
    request.on('data', (chunk) => (raw += chunk))
    request.on('end', () => {
      seen.push({ headers: request.headers, body: JSON.parse(raw || '{}') })
      const reply = replies.shift() ?? { status: 500, body: { error: { message: 'no reply queued' } } }
      setTimeout(() => {
        if (response.destroyed) return
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
        response.end(JSON.stringify(reply.body ?? completion(reply.content ?? '')))
      }, reply.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  Object.assign(process.env, {
    OPENROUTER_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
    OPENROUTER_API_KEY: 'sk-or-test-key',
    OPENROUTER_MODEL: 'test/model',
    // Generous, so a loaded machine never turns a good answer into a timeout; the timeout test shortens it.
    OPENROUTER_TIMEOUT_MS: '10000',
    OPENROUTER_MAX_ATTEMPTS: '3',
    OPENROUTER_RETRY_BASE_MS: '20',
  })
})

afterAll(async () => {
  for (const name of ['OPENROUTER_BASE_URL', 'OPENROUTER_API_KEY', 'OPENROUTER_MODEL', 'OPENROUTER_TIMEOUT_MS', 'OPENROUTER_MAX_ATTEMPTS', 'OPENROUTER_RETRY_BASE_MS']) delete process.env[name]
  await payload.updateGlobal({ slug: 'integrations', data: { cvAnalysis: { localFallback: true } } })
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(async () => {
  replies = []
  seen.length = 0
  process.env.OPENROUTER_API_KEY = 'sk-or-test-key'
  await payload.updateGlobal({ slug: 'integrations', data: { cvAnalysis: { localFallback: false } } })
})

type Upload = { data: Buffer; mimetype: string; name: string }
const pdf = async (text: string): Promise<Upload> => ({ data: await pdfFromText(text), mimetype: 'application/pdf', name: 'cv.pdf' })

/** A talent uploads a CV, as they do from their space (their own access rules). */
async function uploadCv(file: Upload, { preferredLanguage = 'fr' }: { preferredLanguage?: 'fr' | 'en' } = {}) {
  const user = await createUser(payload, { roles: ['talent'] })
  if (preferredLanguage !== 'fr') await payload.update({ collection: 'users', id: user.id, data: { preferredLanguage } })
  const cv = await payload.create({ collection: 'cvs', data: {}, file: { ...file, size: file.data.byteLength }, overrideAccess: false, user })
  return { user, cv }
}

async function queuedJobs(cvId: number) {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { and: [{ 'input.cv': { equals: cvId } }, { completedAt: { exists: false } }] }, depth: 0, pagination: false })
  return docs
}

/** Runs the CV's queued analysis job, as the job runner would, and returns the CV after it. */
async function runAnalysis(cvId: number): Promise<Cv> {
  const jobs = await queuedJobs(cvId)
  expect(jobs).toHaveLength(1)
  await payload.jobs.runByID({ id: jobs[0].id, silent: true })
  return payload.findByID({ collection: 'cvs', id: cvId, depth: 0 })
}

const resultOf = (cv: Cv) => cv.analysis?.result as CvAnalysisResult

describe('CV analysis job', () => {
  it('marks a new CV pending and queues its analysis, without blocking the upload', async () => {
    const { cv } = await uploadCv(await pdf(frenchCv))
    expect(cv.analysis?.status).toBe('pending')
    expect(cv.analysis?.requestedAt).toBeTruthy()
    expect(await queuedJobs(cv.id)).toHaveLength(1)
    expect(seen).toHaveLength(0)
  })

  it('stores a good LLM answer: schema-checked, mapped to our lists, with model and date', async () => {
    replies = [{ content: JSON.stringify(GOOD_ANSWER) }]
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)

    expect(analysed.analysis).toMatchObject({ status: 'done', source: 'llm', model: 'test/model', error: null })
    expect(analysed.analysis?.analysedAt).toBeTruthy()
    const result = resultOf(analysed)
    expect(result.score).toBe(78)
    expect(result.yearsOfExperience).toBe(11)
    // "Sabar" came without a slug: it is ours by name. "Marionnettes" is kept, outside our list.
    expect(result.skills).toEqual([
      { slug: 'chant', name: 'Chant' },
      { slug: 'sabar', name: 'Sabar' },
      { slug: null, name: 'Marionnettes' },
    ])
    expect(result.languages).toEqual([
      { code: 'wo', name: 'Wolof', level: 'native' },
      { code: 'fr', name: 'Français', level: 'fluent' },
    ])
    expect(result.categories.map((category) => category.slug)).toEqual(['acteur', 'chanteur'])

    // What went to the provider: our key, model and token cap, JSON mode, a French prompt with the CV.
    expect(seen).toHaveLength(1)
    expect(seen[0].headers.authorization).toBe('Bearer sk-or-test-key')
    expect(seen[0].body).toMatchObject({ model: 'test/model', max_tokens: 1500, response_format: { type: 'json_object' } })
    expect(seen[0].body.messages[0].content).toMatch(/Tu analyses des CV/)
    expect(seen[0].body.messages[0].content).toMatch(/summary : 2 à 4 phrases, en français/)
    expect(seen[0].body.messages[0].content).toContain('sabar: Sabar')
    expect(seen[0].body.messages[1].content).toContain('Théâtre national Daniel Sorano')
  })

  it('asks in English for an English CV, the summary in the talent’s language', async () => {
    replies = [{ content: JSON.stringify({ ...GOOD_ANSWER, categories: ['realisateur'] }) }]
    const { cv } = await uploadCv({ data: await docxFromText(englishCv), mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'cv.docx' })
    await runAnalysis(cv.id)
    expect(seen[0].body.messages[0].content).toMatch(/You analyse CVs/)
    expect(seen[0].body.messages[0].content).toMatch(/summary: 2 to 4 sentences, in French/)
  })

  it('sends one corrective request after malformed JSON, then stores the corrected answer', async () => {
    replies = [{ content: '{"skills": [ oops' }, { content: JSON.stringify(GOOD_ANSWER) }]
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)
    expect(seen).toHaveLength(2)
    const correction = seen[1].body.messages
    expect(correction.at(-2)).toEqual({ role: 'assistant', content: '{"skills": [ oops' })
    expect(correction.at(-1)?.content).toMatch(/n'est pas un JSON valide/)
    expect(analysed.analysis).toMatchObject({ status: 'done', source: 'llm' })
  })

  it('records a failure when the corrected answer is still not the schema', async () => {
    replies = [{ content: 'Voici l’analyse : très bon profil !' }, { content: JSON.stringify({ ...GOOD_ANSWER, score: 'high' }) }]
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)
    expect(seen).toHaveLength(2)
    expect(analysed.analysis).toMatchObject({ status: 'failed', errorCode: 'llm', result: null })
    expect(analysed.analysis?.error).toMatch(/réponse invalide/)
  })

  it('waits and retries after a 429, then stores the answer', async () => {
    replies = [{ status: 429, body: { error: { message: 'Rate limit exceeded' } }, headers: { 'retry-after': '0' } }, { content: JSON.stringify(GOOD_ANSWER) }]
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)
    expect(seen).toHaveLength(2)
    expect(analysed.analysis).toMatchObject({ status: 'done', source: 'llm' })
  })

  it('retries a timed-out request, and records a timeout when every try times out', async () => {
    process.env.OPENROUTER_TIMEOUT_MS = '1500'
    onTestFinished(() => {
      process.env.OPENROUTER_TIMEOUT_MS = '10000'
    })
    replies = [{ delayMs: 4_000, content: '{}' }, { content: JSON.stringify(GOOD_ANSWER) }]
    const first = await uploadCv(await pdf(frenchCv))
    expect((await runAnalysis(first.cv.id)).analysis).toMatchObject({ status: 'done', source: 'llm' })
    expect(seen).toHaveLength(2)

    seen.length = 0
    replies = [{ delayMs: 4_000 }, { delayMs: 4_000 }, { delayMs: 4_000 }]
    const second = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(second.cv.id)
    expect(seen).toHaveLength(3)
    expect(analysed.analysis).toMatchObject({ status: 'failed', errorCode: 'llm' })
    expect(analysed.analysis?.error).toMatch(/délai dépassé/)
  })

  it('records a permanent provider failure visibly, after three tries for a 5xx and one for a refusal', async () => {
    replies = [500, 502, 503].map((status) => ({ status, body: { error: { message: 'upstream down' } } }))
    const { cv } = await uploadCv(await pdf(frenchCv), { preferredLanguage: 'en' })
    const analysed = await runAnalysis(cv.id)
    expect(seen).toHaveLength(3)
    expect(analysed.analysis).toMatchObject({ status: 'failed', errorCode: 'llm', source: null })
    expect(analysed.analysis?.error).toBe('The AI analysis failed (provider error).')

    seen.length = 0
    replies = [{ status: 401, body: { error: { message: 'Invalid API key' } } }]
    const refused = await uploadCv(await pdf(frenchCv))
    expect((await runAnalysis(refused.cv.id)).analysis?.error).toMatch(/refusée/)
    expect(seen).toHaveLength(1)
  })

  it('falls back to the local analysis when the LLM fails and the setting allows it, saying so', async () => {
    await payload.updateGlobal({ slug: 'integrations', data: { cvAnalysis: { localFallback: true } } })
    replies = [{ status: 400, body: { error: { message: 'Unknown model' } } }]
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)
    expect(analysed.analysis).toMatchObject({ status: 'done', source: 'local', model: null, errorCode: 'llm' })
    expect(analysed.analysis?.error).toMatch(/le résultat vient de l’analyse locale/)
    expect(resultOf(analysed).skills.map((skill) => skill.slug)).toContain('sabar')
  })

  it('uses the local analyser, labelled as such, when no key is configured', async () => {
    delete process.env.OPENROUTER_API_KEY
    const { cv } = await uploadCv(await pdf(frenchCv))
    const analysed = await runAnalysis(cv.id)
    expect(seen).toHaveLength(0)
    expect(analysed.analysis).toMatchObject({ status: 'done', source: 'local', model: null, error: null })
    expect(resultOf(analysed)).toMatchObject({ source: 'local', yearsOfExperience: 11 })
  })

  it('records "no text found" for a scanned (image-only) PDF, and the upload stays', async () => {
    const { cv } = await uploadCv({ data: await imageOnlyPdf(), mimetype: 'application/pdf', name: 'scan.pdf' })
    const analysed = await runAnalysis(cv.id)
    expect(analysed.filename).toBeTruthy()
    expect(analysed.analysis).toMatchObject({ status: 'failed', errorCode: 'noText' })
    expect(analysed.analysis?.error).toMatch(/Aucun texte trouvé/)
    expect(seen).toHaveLength(0)
  })

  it('analyses a replaced file again', async () => {
    delete process.env.OPENROUTER_API_KEY
    const { cv, user } = await uploadCv({ data: await imageOnlyPdf(), mimetype: 'application/pdf', name: 'scan.pdf' })
    await runAnalysis(cv.id)
    const file = await pdf(frenchCv)
    const replaced = await payload.update({ collection: 'cvs', id: cv.id, data: {}, file: { ...file, size: file.data.byteLength }, overrideAccess: false, user })
    expect(replaced.analysis).toMatchObject({ status: 'pending', error: null })
    expect((await runAnalysis(cv.id)).analysis).toMatchObject({ status: 'done', source: 'local' })
  })

  it('lets nobody write the analysis through the API, not even the CV’s owner', async () => {
    const { cv, user } = await uploadCv(await pdf(frenchCv))
    const updated = await payload.update({ collection: 'cvs', id: cv.id, data: { analysis: { status: 'done', result: { score: 100 } } } as never, overrideAccess: false, user })
    expect(updated.analysis?.status).toBe('pending')
    expect(updated.analysis?.result).toBeNull()
  })
})

describe('re-running an analysis (staff)', () => {
  async function callRerun(user: User | null, id: number | string) {
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    req.routeParams = { id: String(id) }
    const response = await rerunCvAnalysis.handler(req)
    return { status: response.status, body: (await response.json()) as { status?: string; errors?: { message: string }[] } }
  }

  it('is refused to visitors and talents, and queues a new run for staff', async () => {
    delete process.env.OPENROUTER_API_KEY
    const { cv, user } = await uploadCv(await pdf(frenchCv))
    await runAnalysis(cv.id)

    expect((await callRerun(null, cv.id)).status).toBe(401)
    const talent = await callRerun(user, cv.id)
    expect(talent.status).toBe(403)
    expect(talent.body.errors?.[0].message).toMatch(/équipe Taalentio/)
    expect(await queuedJobs(cv.id)).toHaveLength(0)

    const staff = await createUser(payload, { roles: ['presence'] })
    expect((await callRerun(staff, 999_999_999)).status).toBe(404)
    const accepted = await callRerun(staff, cv.id)
    expect(accepted).toMatchObject({ status: 202, body: { status: 'pending' } })
    const pending = await payload.findByID({ collection: 'cvs', id: cv.id, depth: 0 })
    expect(pending.analysis?.status).toBe('pending')
    expect((await runAnalysis(cv.id)).analysis?.status).toBe('done')
  })
})

describe('applying the detected skills (talent space)', () => {
  it('adds the skills of our list found in the talent’s own CV, keeping theirs, as the talent', async () => {
    delete process.env.OPENROUTER_API_KEY
    const { cv, user } = await uploadCv(await pdf(frenchCv))
    await runAnalysis(cv.id)
    const skill = async (slug: string) => (await payload.find({ collection: 'skills', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0].id
    const [country] = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } }, depth: 0, limit: 1 })).docs
    const [city] = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, depth: 0, limit: 1 })).docs
    const [category] = (await payload.find({ collection: 'categories', where: { slug: { equals: 'acteur' } }, depth: 0, limit: 1 })).docs
    const kora = await skill('kora')
    const talent = await payload.create({
      collection: 'talents',
      data: { user: user.id, firstName: 'Aminata', lastName: 'Diallo', gender: 'F', country: country.id, city: city.id, categories: [category.id], skills: [kora], cv: cv.id },
    })

    const first = await applyDetectedSkills(payload, { user, locale: 'fr' })
    expect(first).toMatchObject({ ok: true, added: 5 })
    const after = await payload.findByID({ collection: 'talents', id: talent.id, depth: 0 })
    expect(after.skills).toEqual([kora, ...(await Promise.all(['chant', 'danse-africaine', 'sabar', 'permis-b', 'natation'].map(skill)))])

    expect(await applyDetectedSkills(payload, { user, locale: 'fr' })).toMatchObject({ ok: true, added: 0 })

    // Someone without a profile (or with another person's CV) gets nothing applied.
    const stranger = await createUser(payload, { roles: ['talent'] })
    expect(await applyDetectedSkills(payload, { user: stranger, locale: 'en' })).toMatchObject({ ok: false })
  })
})
