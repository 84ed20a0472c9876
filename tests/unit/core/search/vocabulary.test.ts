import { deserialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { Vocabulary } from '../../../../src/main/core/search/vocabulary'

// The words' tree is made in one pass from the words in order the first time it is needed
// (vocabulary.ts); a tree that exists takes each new word as MiniSearch's set() puts it. Both
// must lay the tree out alike, and answer alike.

const WORDS = [
  'dossier',
  'dos',
  'dot',
  'do',
  'd',
  'brief',
  'bref',
  'briefs',
  'briefing',
  'réfugié',
  'réfugiés',
  'refuge',
  'réfection',
  'asile',
  'asiles',
  'asylum',
  'asylums',
  'œuvre',
  'oeuvre',
  'ituri',
  '🇨🇦',
  '🇨🇭',
  '🇫🇷',
  'مرحبا',
  'مرحب',
  'a',
  'ab',
  'abc',
  'abd',
  'abcd',
  'x1',
  'x10',
  'x100',
  'zzz'
]
const QUERIES = [
  'do',
  'dossi',
  'dosier',
  'brief',
  'breif',
  'réfu',
  'refugie',
  'asil',
  'asyl',
  'oeuv',
  '🇨',
  'مر',
  'ab',
  'x1',
  'zz'
]

type TreeNode = Map<string, unknown>

/** The tree with each node's branches in one order, so that two layouts compare as equal or not. */
function canonical(node: TreeNode): unknown {
  return [...node.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [key, value instanceof Map ? canonical(value as TreeNode) : value])
}

/** The saved tree of a vocabulary, its branches in one order. */
function layout(vocabulary: Vocabulary): unknown {
  return canonical(deserialize(vocabulary.state().wordTree) as TreeNode)
}

/** A vocabulary of `words`, its tree made in one pass when first needed. */
function madeInOnePass(words: readonly string[]): Vocabulary {
  const vocabulary = new Vocabulary()
  words.forEach((word) => vocabulary.add(word))
  return vocabulary
}

/** A vocabulary of `words`, its tree made first (by a query) and filled word by word. */
function filledWordByWord(words: readonly string[]): Vocabulary {
  const vocabulary = new Vocabulary()
  vocabulary.expand('anything')
  words.forEach((word) => vocabulary.add(word))
  return vocabulary
}

function answers(vocabulary: Vocabulary): unknown[] {
  return QUERIES.map((query) => [...vocabulary.expand(query).entries()].sort(([a], [b]) => a - b))
}

describe('the words tree', () => {
  it('is laid out and answers alike, made in one pass or word by word', () => {
    const inOnePass = madeInOnePass(WORDS)
    const wordByWord = filledWordByWord(WORDS)
    expect(layout(inOnePass)).toEqual(layout(wordByWord))
    expect(answers(inOnePass)).toEqual(answers(wordByWord))
    expect(inOnePass.expand('dossi').size).toBeGreaterThan(0)
  })

  it('is made alike of words nested a branch per word', () => {
    // Words as long as indexWord lets them be (tokenize.ts), each a prefix of the next.
    const nested = Array.from({ length: 64 }, (_, index) => 'é'.repeat(index + 1))
    const inOnePass = madeInOnePass(nested)
    expect(layout(inOnePass)).toEqual(layout(filledWordByWord(nested)))
    expect(inOnePass.expand('é'.repeat(60)).get(59)).toBe(1)
  })

  it('takes words added and forgotten once it is made, as a tree made then would hold them', () => {
    const vocabulary = new Vocabulary()
    WORDS.slice(0, 20).forEach((word) => vocabulary.add(word))
    vocabulary.expand('dos')
    WORDS.slice(20).forEach((word) => vocabulary.add(word))
    vocabulary.forget(WORDS.indexOf('dos'))
    vocabulary.forget(WORDS.indexOf('asile'))
    const fresh = madeInOnePass(WORDS)
    fresh.forget(WORDS.indexOf('dos'))
    fresh.forget(WORDS.indexOf('asile'))
    expect(layout(vocabulary)).toEqual(layout(fresh))
    expect(answers(vocabulary)).toEqual(answers(fresh))
    expect([...vocabulary.expand('dos').keys()]).not.toContain(WORDS.indexOf('dos'))
  })

  it('is made alike in steps, and left unused when a word came or went between two steps', () => {
    // Enough words for the tree's nodes to take several steps.
    const many = Array.from({ length: 3_000 }, (_, index) => `w${index.toString(36)}x${index % 7}`)
    const inSteps = madeInOnePass(many)
    const steps = inSteps.makingTree()
    let count = 0
    while (steps.next().done !== true) count += 1
    expect(count).toBeGreaterThan(2)
    expect(layout(inSteps)).toEqual(layout(filledWordByWord(many)))

    const interrupted = madeInOnePass(WORDS)
    const stopped = interrupted.makingTree()
    stopped.next()
    interrupted.add('zanzibar')
    interrupted.forget(WORDS.indexOf('asile'))
    while (stopped.next().done !== true);
    // Made when next needed, the tree holds the word added and not the one forgotten.
    expect([...interrupted.expand('zanzi').keys()]).toEqual([interrupted.idOf('zanzibar')])
    expect([...interrupted.expand('asil').keys()]).not.toContain(WORDS.indexOf('asile'))
  })
})
