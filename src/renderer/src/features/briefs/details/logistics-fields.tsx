import { useTranslation } from '@renderer/i18n/translation'
import { INTERPRETATION_MODES, MEDIA_KINDS, emptyPronunciation } from '@shared/meeting-plan'
import type { Logistics, Pronunciation } from '@shared/meeting-plan'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { minutesFrom, minutesText } from './plan-inputs'

interface Props {
  value: Logistics
  onChange: (value: Logistics) => void
  problems: ProblemMap
}

/**
 * Logistics and protocol: how long, on the margins of which forum, where and how, interpretation,
 * media, gifts, and how to say the names. What is left empty is not printed.
 */
export function LogisticsFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<Logistics>) => onChange({ ...value, ...patch })
  const notDecided = { value: '', label: t('composer.plan.notDecided') }
  return (
    <>
      <div className="form-grid">
        <TextField
          path="logistics.durationMinutes"
          type="number"
          label={t('composer.plan.duration')}
          hint={t('composer.plan.durationHint')}
          value={minutesText(value.durationMinutes)}
          onChange={(text) => set({ durationMinutes: minutesFrom(text) })}
          problems={problems}
        />
        <SelectField
          path="logistics.interpretation.mode"
          label={t('composer.plan.interpretation')}
          value={value.interpretation.mode ?? ''}
          options={[
            notDecided,
            ...INTERPRETATION_MODES.map((mode) => ({ value: mode, label: t(`composer.plan.modes.${mode}`) }))
          ]}
          onChange={(mode) =>
            set({
              interpretation: {
                ...value.interpretation,
                mode: mode === '' ? null : (mode as (typeof INTERPRETATION_MODES)[number])
              }
            })
          }
          problems={problems}
        />
        <SelectField
          path="logistics.media.kind"
          label={t('composer.plan.media')}
          value={value.media.kind ?? ''}
          options={[
            notDecided,
            ...MEDIA_KINDS.map((kind) => ({ value: kind, label: t(`composer.plan.mediaKinds.${kind}`) }))
          ]}
          onChange={(kind) =>
            set({ media: { ...value.media, kind: kind === '' ? null : (kind as (typeof MEDIA_KINDS)[number]) } })
          }
          problems={problems}
        />
        <SelectField
          path="logistics.gifts.exchange"
          label={t('composer.plan.gifts')}
          value={value.gifts.exchange === null ? '' : value.gifts.exchange ? 'yes' : 'no'}
          options={[
            notDecided,
            { value: 'yes', label: t('composer.plan.giftsYes') },
            { value: 'no', label: t('composer.plan.giftsNo') }
          ]}
          onChange={(choice) => set({ gifts: { ...value.gifts, exchange: choice === '' ? null : choice === 'yes' } })}
          problems={problems}
        />
      </div>
      <BilingualInput
        path="logistics.forum"
        label={t('composer.plan.forum')}
        value={value.forum}
        onChange={(forum) => set({ forum })}
        problems={problems}
      />
      <BilingualInput
        path="logistics.setting"
        label={t('composer.plan.setting')}
        value={value.setting}
        onChange={(setting) => set({ setting })}
        problems={problems}
        multiline
      />
      <BilingualInput
        path="logistics.interpretation.languages"
        label={t('composer.plan.interpretationLanguages')}
        value={value.interpretation.languages}
        onChange={(languages) => set({ interpretation: { ...value.interpretation, languages } })}
        problems={problems}
      />
      <BilingualInput
        path="logistics.media.notes"
        label={t('composer.plan.mediaNotes')}
        value={value.media.notes}
        onChange={(notes) => set({ media: { ...value.media, notes } })}
        problems={problems}
        multiline
      />
      <BilingualInput
        path="logistics.gifts.notes"
        label={t('composer.plan.giftsNotes')}
        value={value.gifts.notes}
        onChange={(notes) => set({ gifts: { ...value.gifts, notes } })}
        problems={problems}
        multiline
      />
      <ListEditor<Pronunciation>
        path="logistics.pronunciations"
        legend={t('composer.plan.pronunciations')}
        items={value.pronunciations}
        onChange={(pronunciations) => set({ pronunciations })}
        create={emptyPronunciation}
        entryLabel={(index) => t('composer.plan.pronunciationN', { n: index + 1 })}
        addLabel={t('composer.plan.addPronunciation')}
        removeLabel={(index) => t('composer.plan.removePronunciationN', { n: index + 1 })}
        emptyText={t('composer.plan.noPronunciations')}
        problems={problems}
        renderEntry={(entry, index, update) => (
          <>
            <TextField
              path={`logistics.pronunciations.${index}.name`}
              label={t('composer.plan.pronunciationName')}
              value={entry.name}
              onChange={(name) => update({ ...entry, name })}
              problems={problems}
            />
            <BilingualInput
              path={`logistics.pronunciations.${index}.sayAs`}
              label={t('composer.plan.sayAs')}
              value={entry.sayAs}
              onChange={(sayAs) => update({ ...entry, sayAs })}
              problems={problems}
            />
          </>
        )}
      />
    </>
  )
}
