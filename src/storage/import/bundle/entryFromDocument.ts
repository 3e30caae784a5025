import type { CodeDocument } from '../../../shared/export/bundleFormat'
import type { Entry } from '../../../shared/model/entry'
import { htmlToRichText } from './htmlToRichText'

/**
 * Rebuilds an entry from a bundle's code file: the rich text from its HTML, the hand-written FAQs
 * (templated ones are generated again at export), specialty ids and the RVU data. The entry is
 * published in the bundle's version at the revision the bundle names.
 */
export function entryFromDocument(
  document: CodeDocument,
  input: { version: string; actor: string; now: Date },
): Entry {
  const at = input.now.toISOString()
  const revision = document.review.revision

  return {
    code: document.code,
    codeSystem: document.codeSystem,
    title: document.title,
    category: document.category.id,
    synonyms: document.synonyms,
    summary: htmlToRichText(document.summary.html),
    plainLanguage: htmlToRichText(document.plainLanguage.html),
    clinicalContext: htmlToRichText(document.clinicalContext.html),
    faqs: document.faqs
      .filter((faq) => !faq.templated)
      .map((faq) => ({
        id: faq.id,
        question: faq.question,
        answer: htmlToRichText(faq.answer.html),
      })),
    specialties: document.specialties.map((specialty) => specialty.id),
    rvu:
      document.rvu === null
        ? null
        : {
            release: document.rvu.release,
            sourceFile: document.rvu.sourceFile,
            importedAt: document.rvu.importedAt,
            global: document.rvu.global,
            professional: document.rvu.professional,
            technical: document.rvu.technical,
          },
    workflow: {
      status: 'published',
      revision,
      approvedRevision: revision,
      publishedVersion: input.version,
    },
    meta: { createdAt: at, createdBy: input.actor, updatedAt: at, updatedBy: input.actor },
  }
}
