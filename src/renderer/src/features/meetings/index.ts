// The Meetings screen: what was promised (commitments across partners), the records of
// discussion, and the editor of one record.
export { MeetingsScreen } from './meetings-screen'
