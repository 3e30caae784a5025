import { deriveCodeSystem } from '../../src/shared/codes/codeSystem'
import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import type { RvuData, RvuValues } from '../../src/shared/model/rvu'

/** Builds a complete, valid entry for tests; `overrides` replace top-level fields. */
export function makeEntry(code: string, overrides: Partial<Entry> = {}): Entry {
  const at = '2026-01-05T10:00:00.000Z'

  return {
    code,
    codeSystem: deriveCodeSystem(code) ?? 'hcpcs-level-2',
    title: `Title of ${code}`,
    category: 'hcpcs-m',
    synonyms: ['first synonym', 'second synonym'],
    summary: docFromParagraphs([`Code ${code} reports a test encounter.`]),
    plainLanguage: docFromParagraphs(['A short visit; the doctor writes it down.']),
    clinicalContext: docFromParagraphs(['Clinicians use it when the visit happens by video.']),
    faqs: [
      {
        id: 'faq-one',
        question: 'Who reports it?',
        answer: docFromParagraphs(['The clinician who saw the patient.']),
      },
      {
        id: 'faq-two',
        question: 'Is it paid?',
        answer: docFromParagraphs(['Payers decide the payment.']),
      },
    ],
    specialties: ['telehealth'],
    rvu: null,
    workflow: { status: 'draft', revision: 1, approvedRevision: null, publishedVersion: null },
    meta: { createdAt: at, createdBy: 'Test Writer', updatedAt: at, updatedBy: 'Test Writer' },
    ...overrides,
  }
}

/** Returns the fee-schedule row CMS prints for a measurement (status M) code: no RVUs at all. */
export function measurementRvuValues(): RvuValues {
  return {
    statusCode: 'M',
    work: 0,
    nonFacilityPe: 0,
    nonFacilityPeNa: false,
    facilityPe: 0,
    facilityPeNa: false,
    malpractice: 0,
    nonFacilityTotal: 0,
    facilityTotal: 0,
    pctcIndicator: '9',
    globalDays: 'XXX',
    conversionFactor: 32.3465,
  }
}

/** Builds an RVU block of a measurement code; `overrides` replace the release and source fields. */
export function measurementRvu(overrides: Partial<RvuData> = {}): RvuData {
  return {
    release: 'RVU25D',
    sourceFile: 'PPRRVU2025_Oct.csv',
    importedAt: '2026-01-02T03:04:05.000Z',
    global: measurementRvuValues(),
    professional: null,
    technical: null,
    ...overrides,
  }
}
