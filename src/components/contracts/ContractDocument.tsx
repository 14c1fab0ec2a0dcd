/**
 * The rendered contract, the same on the staff page, in the talent's space and on the signing
 * page. The HTML comes from the server, which renders the template's rich text and escapes
 * every variable value (collections/Contracts); it is shown as a sheet of paper.
 */
export function ContractDocument({ html, label, watermark }: { html: string; label: string; watermark?: string }) {
  return (
    <article
      aria-label={label}
      className="relative overflow-hidden rounded-2xl bg-white px-5 py-7 shadow-card ring-1 ring-ink-900/8 sm:px-10 sm:py-10 lg:px-14"
    >
      {watermark ? (
        <p aria-hidden="true" className="pointer-events-none absolute top-4 right-4 rounded-md border border-terracotta-600/40 px-2 py-0.5 font-mono text-xs font-bold tracking-[0.2em] text-terracotta-600/80 uppercase">
          {watermark}
        </p>
      ) : null}
      <div
        data-testid="contract-document"
        className="contract-document mx-auto max-w-[68ch] font-serif text-[0.98rem] leading-relaxed break-words text-ink-900 sm:text-base [&_a]:text-terracotta-700 [&_a]:underline [&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-sand-300 [&_blockquote]:pl-4 [&_h1]:mb-4 [&_h1]:text-center [&_h1]:font-sans [&_h1]:text-2xl [&_h1]:font-extrabold [&_h1]:tracking-tight [&_h1]:text-ink-950 [&_h2]:mt-7 [&_h2]:mb-2 [&_h2]:font-sans [&_h2]:text-lg [&_h2]:font-bold [&_h2]:text-ink-950 [&_h3]:mt-5 [&_h3]:mb-2 [&_h3]:font-sans [&_h3]:font-bold [&_h4]:mt-4 [&_h4]:font-sans [&_h4]:font-semibold [&_hr]:my-6 [&_hr]:border-sand-200 [&_li]:my-1 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-3 [&_strong]:font-semibold [&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-sand-200 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-sand-200 [&_th]:bg-sand-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6"
        // Server-rendered and escaped by the contracts collection; never built from client input.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </article>
  )
}
