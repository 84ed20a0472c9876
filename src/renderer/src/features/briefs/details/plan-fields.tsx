import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Brief } from '@shared/entities'
import { PLAN_BLOCKS, emptyPlanBlock } from '@shared/meeting-plan'
import type { PlanBlock, PlanValues } from '@shared/meeting-plan'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { AgendaFields } from './agenda-fields'
import { LogisticsFields } from './logistics-fields'
import { RunOfShowFields } from './run-of-show-fields'

interface Props {
  value: Partial<PlanValues>
  /** Sets a part, or takes it out of the brief when `value` is undefined. */
  onChange: <B extends PlanBlock>(block: B, value: PlanValues[B] | undefined) => void
  problems: ProblemMap
}

/**
 * The parts that plan the meeting: logistics and protocol, the run of show, agenda positions.
 * The template chose which a brief starts with; the officer adds or removes any. After "Add",
 * focus goes to the part's first field; after "Remove", to the button that adds it back.
 */
export function PlanFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  const rootRef = useRef<HTMLDivElement>(null)
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    const selector = pendingFocus.current
    if (selector === null) return
    pendingFocus.current = null
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus()
  })
  const add = (block: PlanBlock) => {
    pendingFocus.current = `[data-block="${block}"] :is(input, textarea, select, button)`
    onChange(block, emptyPlanBlock(block))
  }
  const remove = (block: PlanBlock) => {
    pendingFocus.current = `[data-add="${block}"]`
    onChange(block, undefined)
  }
  const editor = (block: PlanBlock): ReactNode => {
    switch (block) {
      case 'logistics':
        return (
          value.logistics && (
            <LogisticsFields
              value={value.logistics}
              onChange={(next) => onChange('logistics', next)}
              problems={problems}
            />
          )
        )
      case 'runOfShow':
        return (
          value.runOfShow && (
            <RunOfShowFields
              value={value.runOfShow}
              onChange={(next) => onChange('runOfShow', next)}
              problems={problems}
            />
          )
        )
      case 'agenda':
        return (
          value.agenda && (
            <AgendaFields value={value.agenda} onChange={(next) => onChange('agenda', next)} problems={problems} />
          )
        )
    }
  }
  const absent = PLAN_BLOCKS.filter((block) => value[block] === undefined)
  return (
    <div className="plan-fields" ref={rootRef} data-testid="plan-fields">
      {PLAN_BLOCKS.filter((block) => value[block] !== undefined).map((block) => (
        <fieldset
          key={block}
          id={fieldId(block)}
          className="form-field plan-block"
          data-block={block}
          data-testid={`plan-${block}`}
        >
          <legend>{t(`composer.plan.blocks.${block}`)}</legend>
          <p className="hint">{t(`composer.plan.hints.${block}`)}</p>
          {editor(block)}
          <button type="button" className="button button-secondary button-small" onClick={() => remove(block)}>
            {t(`composer.plan.remove.${block}`)}
          </button>
        </fieldset>
      ))}
      {absent.length > 0 && (
        <div className="form-field" role="group" aria-labelledby="plan-add-label">
          <p className="field-label" id="plan-add-label">
            {t('composer.plan.addLegend')}
          </p>
          <div className="field-row">
            {absent.map((block) => (
              <button
                key={block}
                type="button"
                className="button button-secondary"
                data-add={block}
                onClick={() => add(block)}
              >
                {t(`composer.plan.add.${block}`)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  )
}

/** The brief's parts, as PlanFields edits them. */
export function planOf(brief: Brief): Partial<PlanValues> {
  return { logistics: brief.logistics, runOfShow: brief.runOfShow, agenda: brief.agenda }
}
