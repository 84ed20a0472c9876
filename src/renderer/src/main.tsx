// First of all: the window's first calls leave before the rest of its code is evaluated.
import './app/early-calls'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { LANGUAGE_TAGS } from '@shared/languages'
import { App } from './app/app'
import { beginStartup } from './app/use-startup'
import i18n, { currentLanguage } from './i18n'
import { TranslationProvider } from './i18n/translation'
import './styles/index.css'

// <html lang> follows the interface language so screen readers and spell checkers use it.
const syncDocumentLanguage = () => {
  document.documentElement.lang = LANGUAGE_TAGS[currentLanguage()]
}
syncDocumentLanguage()
i18n.on('languageChanged', syncDocumentLanguage)

beginStartup()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element to mount Dossier into.')

createRoot(root).render(
  <StrictMode>
    <TranslationProvider>
      <App />
    </TranslationProvider>
  </StrictMode>
)
