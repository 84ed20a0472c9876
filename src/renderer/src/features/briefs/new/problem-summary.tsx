import type { Ref } from 'react'
import { ErrorSummary } from '@renderer/components/fields/error-summary'
import type { FieldProblem } from '@renderer/lib/field-problems'
import { fieldLabel } from '@renderer/lib/brief-field-label'

/** The problems of a refused "Create", each a link to its field; takes focus so it is read first. */
export function ProblemSummary({ problems, ref }: { problems: readonly FieldProblem[]; ref: Ref<HTMLDivElement> }) {
  return <ErrorSummary problems={problems} ref={ref} labelFor={fieldLabel} titleKey="composer.new.problemCount" />
}
