import type { ApiContext } from './context'
import { found } from '../core/failure'
import type { Handlers } from './table'

type BriefOperations =
  | 'briefs.list'
  | 'briefs.get'
  | 'briefs.templates'
  | 'briefs.create'
  | 'briefs.open'
  | 'briefs.save'
  | 'briefs.setStage'
  | 'briefs.duplicate'
  | 'briefs.delete'
  | 'briefs.reinstate'

/** Briefs: templates, creating, opening, autosaving, copying and deleting. */
export function briefHandlers({ store, briefs }: ApiContext): Pick<Handlers, BriefOperations> {
  return {
    'briefs.list': () =>
      store.briefs
        .list()
        .map(({ id, title, template, language, marking, meeting, partnerIds, stage, createdAt, updatedAt }) => ({
          id,
          title,
          template,
          language,
          marking,
          meeting,
          partnerIds,
          ...(stage === undefined ? {} : { stage }),
          createdAt,
          updatedAt
        })),
    'briefs.get': ({ id }) => found(store.briefs.get(id), 'brief', id),
    'briefs.templates': () => briefs.templates(),
    'briefs.create': (input) => briefs.create(input),
    'briefs.open': ({ id }) => briefs.open(id),
    'briefs.save': ({ brief, expectedUpdatedAt, confirmTranslations }) =>
      briefs.save(brief, expectedUpdatedAt, confirmTranslations),
    'briefs.setStage': ({ id, stage, expectedUpdatedAt }) => briefs.setStage(id, stage, expectedUpdatedAt),
    'briefs.duplicate': ({ id }) => briefs.duplicate(id),
    'briefs.delete': ({ id }) => briefs.remove(id),
    'briefs.reinstate': ({ id }) => briefs.reinstate(id)
  }
}
