import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { FIGURE_UNITS, parseFigure } from '@shared/figures'
import type { FigurePoint, FigureSeries, FigureUnit } from '@shared/figures'
import type { Language } from '@shared/languages'
import { newEntryId } from './drafts'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'

interface Props {
  figures: FigureSeries[]
  onChange: (figures: FigureSeries[]) => void
  problems: ProblemMap
}

const blank = () => ({ en: '', fr: '' })

/**
 * A new year's row: the year after the last one and the same source and as-of date, since a
 * series is usually read from one table; the value stays empty, for the officer to type.
 */
export function nextPoint(points: readonly FigurePoint[]): FigurePoint {
  const last = points.at(-1)
  if (!last) return { year: Number.NaN, value: Number.NaN, source: { document: blank(), link: '', asOf: '' } }
  const year = Number.isFinite(last.year) ? last.year + 1 : Number.NaN
  return { year, value: Number.NaN, source: structuredClone(last.source) }
}

/** A number as the field shows it: digits as typed, a decimal comma in French, nothing for no number. */
function numberText(value: number, language: Language): string {
  if (!Number.isFinite(value)) return ''
  return language === 'fr' ? String(value).replace('.', ',') : String(value)
}

const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b))

interface NumberFieldProps {
  path: string
  label: string
  hint?: string
  value: number
  onChange: (value: number) => void
  parse: (text: string) => number
  problems: ProblemMap
}

/**
 * A text field that holds a number. What was typed stays as typed ("12 3" on the way to
 * "12 345"); the draft holds the number it reads as, or NaN, which the contract refuses in words.
 */
function NumberField({ path, label, hint, value, onChange, parse, problems }: NumberFieldProps) {
  const language = useUiLanguage()
  const [text, setText] = useState(() => numberText(value, language))
  // A row removed above this one hands its place (and this field) another value: show that value.
  const shown = sameNumber(parse(text), value) ? text : numberText(value, language)
  return (
    <TextField
      path={path}
      label={label}
      hint={hint}
      value={shown}
      maxLength={20}
      onChange={(typed) => {
        setText(typed)
        onChange(parse(typed))
      }}
      problems={problems}
    />
  )
}

const parseYear = (text: string): number => (/^\s*\d{1,5}\s*$/.test(text) ? Number(text) : Number.NaN)

/** A partner's figures: series with a name in both languages and a unit, each year with its value, source and as-of date. */
export function FiguresEditor({ figures, onChange, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <div className="figures-editor">
      <ListEditor<FigureSeries>
        path="figures"
        legend={t('figures.legend')}
        items={figures}
        onChange={onChange}
        create={() => ({ id: newEntryId('series'), name: blank(), unit: 'count', points: [nextPoint([])] })}
        entryLabel={(index) => t('figures.seriesN', { n: index + 1 })}
        addLabel={t('figures.addSeries')}
        removeLabel={(index) => t('figures.removeSeriesN', { n: index + 1 })}
        emptyText={t('figures.noSeries')}
        hint={t('figures.hint')}
        problems={problems}
        renderEntry={(series, index, update) => (
          <>
            <BilingualInput
              path={`figures.${index}.name`}
              label={t('figures.name')}
              value={series.name}
              onChange={(name) => update({ ...series, name })}
              problems={problems}
            />
            <SelectField
              path={`figures.${index}.unit`}
              label={t('figures.unit')}
              value={series.unit}
              options={FIGURE_UNITS.map((unit) => ({ value: unit, label: t(`figures.units.${unit}`) }))}
              onChange={(unit) => update({ ...series, unit: unit as FigureUnit })}
              problems={problems}
            />
            <ListEditor<FigurePoint>
              path={`figures.${index}.points`}
              legend={t('figures.points')}
              items={series.points}
              onChange={(points) => update({ ...series, points })}
              create={() => nextPoint(series.points)}
              entryLabel={(at) => t('figures.pointN', { n: at + 1 })}
              addLabel={t('figures.addPoint')}
              removeLabel={(at) => t('figures.removePointN', { n: at + 1 })}
              emptyText={t('figures.noPoints')}
              problems={problems}
              renderEntry={(point, at, updatePoint) => {
                const path = `figures.${index}.points.${at}`
                const source = point.source
                return (
                  <div className="figure-point">
                    <NumberField
                      path={`${path}.year`}
                      label={t('figures.year')}
                      value={point.year}
                      parse={parseYear}
                      onChange={(year) => updatePoint({ ...point, year })}
                      problems={problems}
                    />
                    <NumberField
                      path={`${path}.value`}
                      label={t('figures.value')}
                      hint={t(`figures.valueHint.${series.unit}`)}
                      value={point.value}
                      parse={(text) => parseFigure(text, language)}
                      onChange={(value) => updatePoint({ ...point, value })}
                      problems={problems}
                    />
                    <TextField
                      path={`${path}.source.asOf`}
                      label={t('figures.asOf')}
                      hint={t('figures.asOfHint')}
                      value={source.asOf}
                      maxLength={10}
                      onChange={(asOf) => updatePoint({ ...point, source: { ...source, asOf: asOf.trim() } })}
                      problems={problems}
                    />
                    <BilingualInput
                      path={`${path}.source.document`}
                      label={t('figures.source')}
                      value={source.document}
                      onChange={(document) => updatePoint({ ...point, source: { ...source, document } })}
                      problems={problems}
                    />
                    <TextField
                      path={`${path}.source.link`}
                      label={t('figures.link')}
                      value={source.link}
                      onChange={(link) => updatePoint({ ...point, source: { ...source, link } })}
                      problems={problems}
                    />
                  </div>
                )
              }}
            />
          </>
        )}
      />
    </div>
  )
}
