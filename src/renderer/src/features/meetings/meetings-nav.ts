/** Where the user is in the Meetings screen: the commitments and records, or one record. */
export type MeetingsRoute = { view: 'home' } | { view: 'record'; id: string }

export type MeetingsGo = (route: MeetingsRoute) => void
