// The Packages screen: trip binders of briefs.
export { PackagesScreen } from './packages-screen'
