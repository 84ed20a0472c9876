import type { Flash } from '@renderer/components/flash-message'

/** Where the user is in the Packages screen: the list, the new-package form, or one package. */
export type PackagesRoute = { view: 'list' } | { view: 'new' } | { view: 'edit'; id: string }

/** Moves to another view; a message, when given, is shown above it and takes focus. */
export type PackagesGo = (route: PackagesRoute, flash?: Flash) => void

export type { Flash }
