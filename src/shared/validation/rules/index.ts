import type { Rule } from '../engine'
import { codeCategoryRule, codeFormatRule } from './codeRules'
import { faqAnswerRule, faqDuplicateRule, faqQuestionRule, faqRepeatedTextRule } from './faqRules'
import { summaryLengthRule, titleLengthRule } from './lengthRules'
import { linkProtocolRule, linkTextRule, unknownCodeMentionRule } from './linkRules'
import { jargonRule, readingGradeRule } from './readabilityRules'
import { requiredContentRule, specialtyKnownRule } from './requiredRules'
import { edgeParagraphRule, unknownTypeRule } from './richTextRules'
import { rvuMissingRule, rvuNotListedRule, rvuReleaseRule } from './rvuRules'
import {
  synonymDuplicateRule,
  synonymEmptyRule,
  synonymSharedRule,
  synonymTitleRule,
} from './synonymRules'
import { articleRule, codeSystemTermRule } from './terminologyRules'

/** Every validation rule, in the order their problems are listed. */
export const RULES: readonly Rule[] = [
  codeFormatRule,
  codeCategoryRule,
  requiredContentRule,
  specialtyKnownRule,
  titleLengthRule,
  summaryLengthRule,
  synonymEmptyRule,
  synonymDuplicateRule,
  synonymTitleRule,
  synonymSharedRule,
  readingGradeRule,
  jargonRule,
  codeSystemTermRule,
  articleRule,
  faqQuestionRule,
  faqDuplicateRule,
  faqAnswerRule,
  faqRepeatedTextRule,
  linkProtocolRule,
  linkTextRule,
  unknownCodeMentionRule,
  edgeParagraphRule,
  unknownTypeRule,
  rvuMissingRule,
  rvuNotListedRule,
  rvuReleaseRule,
]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id))
