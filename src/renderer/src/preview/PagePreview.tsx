import type { CodePage, RenderedText } from '../../../shared/page'

function Html({ text, className }: { text: RenderedText; className?: string }) {
  // The page model's HTML is built from the schema's nodes and marks and sanitized, so it is safe.
  return <div className={className} dangerouslySetInnerHTML={{ __html: text.html }} />
}

function isEmpty(text: RenderedText): boolean {
  return text.text.trim() === ''
}

/** Renders a page model section by section in the public page's order. */
export function PagePreview({ page }: { page: CodePage }) {
  const isCpt = page.codeSystem !== 'hcpcs-level-2'

  return (
    <article className="page-preview" data-testid="page-preview">
      <h1 className="page-title">{page.titleLine}</h1>
      <p className="page-category">{page.category.label}</p>
      {page.synonyms.length > 0 && (
        <p className="page-synonyms">
          <strong>Also known as:</strong> {page.synonyms.join(', ')}
        </p>
      )}
      {!isEmpty(page.summary) && <Html text={page.summary} className="page-summary" />}
      {!isEmpty(page.plainLanguage) && (
        <section>
          <h2>In Plain Language</h2>
          <Html text={page.plainLanguage} />
        </section>
      )}
      {!isEmpty(page.clinicalContext) && (
        <section>
          <h2>Clinical Context</h2>
          <Html text={page.clinicalContext} />
        </section>
      )}
      {page.rvu !== null && (
        <section>
          <h2>RVU Information</h2>
          <p>{page.rvu.statement}</p>
        </section>
      )}
      {!(isEmpty(page.billing) && isEmpty(page.documentation)) && (
        <section>
          <h2>Billing &amp; Documentation</h2>
          <Html text={page.billing} />
          <Html text={page.documentation} />
        </section>
      )}
      {page.specialties.length > 0 && (
        <section>
          <h2>Specialties</h2>
          <ul className="page-tags">
            {page.specialties.map((specialty) => (
              <li key={specialty.id}>{specialty.label}</li>
            ))}
          </ul>
          <p className="page-link-like">All specialties</p>
        </section>
      )}
      {page.faqs.length > 0 && (
        <section>
          <h2>Frequently Asked Questions</h2>
          <dl className="page-faqs">
            {page.faqs.map((faq) => (
              <div key={faq.id} className={faq.templated ? 'page-faq is-templated' : 'page-faq'}>
                <dt>
                  {faq.question}
                  {faq.templated && <span className="templated-badge">generated</span>}
                </dt>
                <dd>
                  <Html text={faq.answer} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <footer className="page-footer">
        {isCpt && <p>CPT is a registered trademark of the American Medical Association.</p>}
        {page.rvu !== null && <p>RVU data: CMS Physician Fee Schedule {page.rvu.release}.</p>}
        <p>Descriptions, synonyms and clinical context are original content.</p>
      </footer>
    </article>
  )
}
