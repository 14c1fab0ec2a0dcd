import type { Metadata } from 'next'

import config from '@payload-config'
import { getPayload } from 'payload'

import { apiV1Document } from '@endpoints/v1'
import { isAdminUser } from '@/access'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { constraintsText, operationsByTag, referencedSchemas, schemaFields, typeText, type DocOperation, type JsonSchema, type OpenApiLike } from '@/api/docsView'
import { rateLimitPerMinute } from '@/api/route'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getApiMessages } from '@/i18n/messages/api'
import { seoForRoute } from '@/seo/routeSeo'
import { ApiKeyPanel, type PanelKey } from './ApiKeyPanel'

/** An admin's keys for the panel, read with the admin's own access. */
async function keysOf(user: NonNullable<Awaited<ReturnType<typeof getSignedInUser>>>): Promise<PanelKey[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'api-keys', sort: '-createdAt', limit: 50, depth: 0, overrideAccess: false, user })
  return docs.map((key) => ({ id: key.id, name: key.name, scope: key.scope, prefix: key.prefix ?? '', lastUsedAt: key.lastUsedAt ?? null, revokedAt: key.revokedAt ?? null }))
}

export async function generateMetadata(): Promise<Metadata> {
  const { docs } = getApiMessages(await getLocale())
  return seoForRoute('/api-docs', { title: docs.metaTitle, description: docs.metaDescription })
}

const METHOD_STYLES: Record<string, string> = {
  get: 'bg-forest-600 text-white',
  post: 'bg-terracotta-600 text-white',
}

const anchor = (operation: DocOperation) => operation.operationId

/** The document's descriptions mark code with backticks. */
function Text({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        index % 2 ? (
          <code key={index} className="rounded bg-sand-100 px-1 font-mono text-[0.85em] text-ink-900">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  )
}

function SchemaLinks({ schema, label }: { schema: JsonSchema | undefined; label: string }) {
  const names = referencedSchemas(schema)
  if (!names.length) return null
  return (
    <span className="text-sm text-ink-600">
      {label}{' '}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 && ', '}
          <a href={`#schema-${name}`} className="font-semibold text-terracotta-700 underline underline-offset-2 hover:text-terracotta-900">
            {name}
          </a>
        </span>
      ))}
    </span>
  )
}

function FieldTable({ schema, labels }: { schema: JsonSchema; labels: ReturnType<typeof getApiMessages>['docs'] }) {
  const fields = schemaFields(schema)
  return (
    <div className="overflow-x-auto rounded-xl border border-ink-900/10">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="bg-sand-100 text-ink-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{labels.field}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{labels.type}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{labels.description}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-900/10 bg-white">
          {fields.map((field) => (
            <tr key={field.name}>
              <td className="px-3 py-2 align-top font-mono text-ink-950">
                {field.name}
                {!field.required && <span className="ml-1 font-sans text-xs text-ink-500">({labels.optional})</span>}
              </td>
              <td className="px-3 py-2 align-top font-mono text-xs break-words text-ink-700">{field.type}</td>
              <td className="px-3 py-2 align-top text-ink-600">
                {field.description && <Text text={field.description} />}
                {field.constraints.length > 0 && <span className="block text-xs text-ink-500">{field.constraints.join(' · ')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The REST API's documentation, rendered on the server from the same OpenAPI document the API serves. */
export default async function ApiDocsPage() {
  const [locale, user] = await Promise.all([getLocale(), getSignedInUser()])
  const { docs } = getApiMessages(locale)
  const adminKeys = user && isAdminUser(user) ? await keysOf(user) : null
  const document = apiV1Document() as unknown as OpenApiLike
  const groups = operationsByTag(document)
  const server = document.servers?.[0]?.url ?? '/api/v1'
  const essentials = [
    { title: docs.authTitle, text: docs.authText },
    { title: docs.errorsTitle, text: docs.errorsText },
    { title: docs.pagingTitle, text: docs.pagingText },
    { title: docs.limitTitle, text: format(docs.limitText, { max: rateLimitPerMinute() }) },
  ]

  return (
    <div>
      <section aria-labelledby="api-docs-title" className="relative isolate overflow-hidden border-b border-ink-900/10">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_120%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="container-page py-10 sm:py-14">
          <p className="eyebrow">{docs.eyebrow}</p>
          <h1 id="api-docs-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-5xl">
            {docs.title}
          </h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-600">{docs.intro}</p>
          <div className="mt-6 flex flex-wrap items-center gap-3">
            <a href={`${server}/openapi.json`} className="btn btn-primary">
              {docs.downloadSpec}
            </a>
            <code className="rounded-lg bg-white/80 px-3 py-2 font-mono text-sm text-ink-800 shadow-sm">{server}</code>
          </div>
        </div>
      </section>

      <div className="container-page grid gap-10 py-8 sm:py-10 lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start">
        <nav aria-label={docs.contents} className="lg:sticky lg:top-24">
          <h2 className="text-sm font-bold tracking-wide text-ink-500 uppercase">{docs.contents}</h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <a href="#essentials" className="text-ink-800 hover:text-terracotta-700">{docs.essentials}</a>
            </li>
            {groups.map((group) => (
              <li key={group.tag}>
                <a href={`#tag-${group.tag}`} className="text-ink-800 hover:text-terracotta-700">{docs.tags[group.tag] ?? group.tag}</a>
              </li>
            ))}
            <li>
              <a href="#schemas" className="text-ink-800 hover:text-terracotta-700">{docs.schemas}</a>
            </li>
          </ul>
        </nav>

        <div className="min-w-0 space-y-12">
          {adminKeys && <ApiKeyPanel initialKeys={adminKeys} labels={docs.keys} locale={locale} />}

          <section id="essentials" aria-labelledby="essentials-title" className="scroll-mt-24">
            <h2 id="essentials-title" className="text-2xl font-bold text-ink-950">{docs.essentials}</h2>
            <div className="mt-4 grid gap-4 md:grid-cols-2">
              {essentials.map((item) => (
                <div key={item.title} className="rounded-2xl border border-ink-900/10 bg-white p-5 shadow-sm">
                  <h3 className="font-semibold text-ink-950">{item.title}</h3>
                  <p className="mt-2 text-sm leading-relaxed text-ink-600">{item.text}</p>
                </div>
              ))}
            </div>
          </section>

          {groups.map((group) => (
            <section key={group.tag} id={`tag-${group.tag}`} aria-labelledby={`tag-${group.tag}-title`} className="scroll-mt-24 space-y-6">
              <h2 id={`tag-${group.tag}-title`} className="text-2xl font-bold text-ink-950">{docs.tags[group.tag] ?? group.tag}</h2>
              {group.operations.map((operation) => {
                const body = operation.requestBody?.content['application/json']?.schema
                return (
                  <article key={anchor(operation)} id={anchor(operation)} className="scroll-mt-24 rounded-2xl border border-ink-900/10 bg-white p-5 shadow-sm sm:p-6">
                    <h3 className="flex flex-wrap items-center gap-3">
                      <span className={`rounded-md px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_STYLES[operation.method] ?? 'bg-ink-700 text-white'}`}>
                        {operation.method}
                      </span>
                      <code className="font-mono text-base font-semibold break-all text-ink-950">{operation.path}</code>
                    </h3>
                    <p className="mt-2 font-medium text-ink-800">{operation.summary}</p>
                    {operation.description && (
                      <p className="mt-1 text-sm whitespace-pre-line text-ink-600">
                        <Text text={operation.description} />
                      </p>
                    )}

                    {operation.parameters.length > 0 && (
                      <div className="mt-4">
                        <h4 className="text-sm font-bold text-ink-700">{docs.parameters}</h4>
                        <ul className="mt-2 divide-y divide-ink-900/10 rounded-xl border border-ink-900/10 text-sm">
                          {operation.parameters.map((parameter) => (
                            <li key={`${parameter.in}-${parameter.name}`} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:gap-4">
                              <span className="font-mono text-ink-950 sm:w-40 sm:shrink-0">
                                {parameter.name}
                                <span className="ml-1 font-sans text-xs text-ink-500">
                                  {parameter.in} · {parameter.required ? docs.required : docs.optional}
                                </span>
                              </span>
                              <span className="font-mono text-xs break-words text-ink-700 sm:w-56 sm:shrink-0">
                                {typeText(parameter.schema)}
                                {constraintsText(parameter.schema).length > 0 && <span className="block font-sans text-ink-500">{constraintsText(parameter.schema).join(' · ')}</span>}
                              </span>
                              <span className="text-ink-600">{parameter.description && <Text text={parameter.description} />}</span>
                            </li>
                          ))}
                        </ul>
                      </div>
                    )}

                    {body && (
                      <div className="mt-4">
                        <h4 className="text-sm font-bold text-ink-700">{docs.body}</h4>
                        <div className="mt-2">{body.properties ? <FieldTable schema={body} labels={docs} /> : <code className="font-mono text-sm">{typeText(body)}</code>}</div>
                      </div>
                    )}

                    <div className="mt-4">
                      <h4 className="text-sm font-bold text-ink-700">{docs.responses}</h4>
                      <ul className="mt-2 space-y-1 text-sm">
                        {Object.entries(operation.responses).map(([status, response]) => (
                          <li key={status} className="grid grid-cols-[2.75rem_minmax(0,1fr)] items-baseline">
                            <span className={`font-mono font-bold ${status.startsWith('2') ? 'text-forest-600' : 'text-terracotta-700'}`}>{status}</span>
                            <span className="text-ink-700">
                              <Text text={response.description} /> <SchemaLinks schema={response.content?.['application/json']?.schema} label={docs.see} />
                            </span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  </article>
                )
              })}
            </section>
          ))}

          <section id="schemas" aria-labelledby="schemas-title" className="scroll-mt-24 space-y-6">
            <h2 id="schemas-title" className="text-2xl font-bold text-ink-950">{docs.schemas}</h2>
            {Object.entries(document.components.schemas).map(([name, schema]) => (
              <div key={name} id={`schema-${name}`} className="scroll-mt-24 space-y-2">
                <h3 className="font-mono text-lg font-semibold text-ink-950">{name}</h3>
                {schema.description && <p className="text-sm text-ink-600">{schema.description}</p>}
                {schema.properties ? <FieldTable schema={schema} labels={docs} /> : <code className="font-mono text-sm">{typeText(schema)}</code>}
              </div>
            ))}
          </section>
        </div>
      </div>
    </div>
  )
}
