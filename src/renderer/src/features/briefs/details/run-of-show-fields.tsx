import { useTranslation } from '@renderer/i18n/translation'
import { emptyStep } from '@shared/meeting-plan'
import type { RunOfShow, RunOfShowStep } from '@shared/meeting-plan'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { minutesFrom, minutesText } from './plan-inputs'

interface Props {
  value: RunOfShow
  onChange: (value: RunOfShow) => void
  problems: ProblemMap
}

/** The run of show, step by step (when, how long, what happens, who), and the opening remarks. */
export function RunOfShowFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <ListEditor<RunOfShowStep>
        path="runOfShow.steps"
        legend={t('composer.plan.steps')}
        items={value.steps}
        onChange={(steps) => onChange({ ...value, steps })}
        create={emptyStep}
        entryLabel={(index) => t('composer.plan.stepN', { n: index + 1 })}
        addLabel={t('composer.plan.addStep')}
        removeLabel={(index) => t('composer.plan.removeStepN', { n: index + 1 })}
        emptyText={t('composer.plan.noSteps')}
        problems={problems}
        renderEntry={(step, index, update) => (
          <>
            <div className="form-grid">
              <TextField
                path={`runOfShow.steps.${index}.time`}
                type="time"
                label={t('composer.plan.stepTime')}
                value={step.time}
                onChange={(time) => update({ ...step, time })}
                problems={problems}
              />
              <TextField
                path={`runOfShow.steps.${index}.minutes`}
                type="number"
                label={t('composer.plan.stepMinutes')}
                value={minutesText(step.minutes)}
                onChange={(text) => update({ ...step, minutes: minutesFrom(text) })}
                problems={problems}
              />
            </div>
            <BilingualInput
              path={`runOfShow.steps.${index}.what`}
              label={t('composer.plan.stepWhat')}
              value={step.what}
              onChange={(what) => update({ ...step, what })}
              problems={problems}
            />
            <BilingualInput
              path={`runOfShow.steps.${index}.who`}
              label={t('composer.plan.stepWho')}
              value={step.who}
              onChange={(who) => update({ ...step, who })}
              problems={problems}
            />
          </>
        )}
      />
      <BilingualInput
        path="runOfShow.openingRemarks"
        label={t('composer.plan.openingRemarks')}
        value={value.openingRemarks}
        onChange={(openingRemarks) => onChange({ ...value, openingRemarks })}
        problems={problems}
        multiline
        formatted
      />
    </>
  )
}
