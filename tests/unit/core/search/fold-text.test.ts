import { describe, expect, it } from 'vitest'
import { foldText } from '@shared/fold-text'

describe('foldText', () => {
  it('removes accents and case, so French words match however they are typed', () => {
    expect(foldText('Économie')).toBe('economie')
    expect(foldText('QUÉBEC')).toBe('quebec')
    expect(foldText('réfugiés à l’étranger')).toBe("refugies a l'etranger")
    expect(foldText('Ça, garçon, naïve, Noël')).toBe('ca, garcon, naive, noel')
  })

  it('writes ligatures as two letters', () => {
    expect(foldText('Main-d’Œuvre, cœur, Cæsar')).toBe("main-d'oeuvre, coeur, caesar")
  })

  it('turns typographic apostrophes into the plain one', () => {
    expect(foldText('l’asile, l‘asile, lʼasile')).toBe("l'asile, l'asile, l'asile")
  })

  it('folds text already decomposed (accents typed as separate marks)', () => {
    expect(foldText('re\u0301fugie\u0301s')).toBe('refugies')
  })

  it('leaves plain lowercase text as it is', () => {
    expect(foldText('visa processing 2026')).toBe('visa processing 2026')
  })
})
