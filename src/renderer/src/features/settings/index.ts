// The Settings screen.
export { SettingsScreen } from './settings-screen'
