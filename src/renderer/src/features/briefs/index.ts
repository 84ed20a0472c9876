// The Briefs screen: the list, a new brief and the composer.
export { BriefsScreen } from './briefs-screen'
