// Watched folders, as the rest of the app shows them: the banner and its provider, the
// Exchange screen's section and the Settings section.
export { WatchedBundlesBanner } from './watched-bundles-banner'
export { WatchedBundlesProvider } from './watched-bundles-context'
export { WatchedBundlesSection } from './watched-bundles-section'
export { WatchedFoldersSetting } from './watched-folders-setting'
