import type { RvuData } from '../model/rvu'
import type { CodePage } from '../page/CodePage'
import type { CodeDocument, CodeReview } from './bundleFormat'

/**
 * Builds a bundle's code file from a page. Keys are set in a fixed order, so serializing the same
 * page twice gives the same bytes.
 */
export function buildCodeDocument(
  page: CodePage,
  rvu: RvuData | null,
  review: CodeReview,
): CodeDocument {
  return {
    code: page.code,
    codeSystem: page.codeSystem,
    codeSystemLabel: page.codeSystemLabel,
    path: page.path,
    title: page.title,
    titleLine: page.titleLine,
    category: { id: page.category.id, label: page.category.label },
    synonyms: page.synonyms,
    summary: page.summary,
    plainLanguage: page.plainLanguage,
    clinicalContext: page.clinicalContext,
    rvu:
      page.rvu === null || rvu === null
        ? null
        : {
            release: page.rvu.release,
            noWorkRvu: page.rvu.noWorkRvu,
            statement: page.rvu.statement,
            global: page.rvu.global,
            professional: page.rvu.professional,
            technical: page.rvu.technical,
            sourceFile: rvu.sourceFile,
            importedAt: rvu.importedAt,
          },
    billing: page.billing,
    documentation: page.documentation,
    specialties: page.specialties,
    faqs: page.faqs.map((faq) => ({
      id: faq.id,
      question: faq.question,
      answer: { html: faq.answer.html, text: faq.answer.text },
      templated: faq.templated,
    })),
    metaDescription: page.metaDescription,
    review: { revision: review.revision, reviewedAt: review.reviewedAt, reviewer: review.reviewer },
  }
}
