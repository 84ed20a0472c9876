import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import {
  BuilderElement,
  Document,
  EMPTY_OBJECT,
  IgnoreIfEmptyXmlComponent,
  XmlAttributeComponent,
  XmlComponent
} from 'docx'
import type { IContext, IXmlableObject, Paragraph } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { documentBytes } from '../../../../src/main/core/export/document-bytes'

// patches/docx+*.patch rewrites docx's hottest functions (patches/README.md says why).
// These tests hold the patched functions to what docx's own versions did, case by case (they
// pass on the unpatched docx too), and make sure the install applied the patch at all.

const context = (): IContext => ({ stack: [] }) as unknown as IContext

/** A component whose output is fixed, to stand for any child docx writes. */
class Fixed extends XmlComponent {
  constructor(private readonly output: IXmlableObject | IXmlableObject[] | undefined) {
    super('fixed')
  }
  override prepForXml(): IXmlableObject | undefined {
    return this.output as IXmlableObject | undefined
  }
}

/** A component written as other components (docx's `writtenAs`, as a bookmark is). */
class WrittenAs extends XmlComponent {
  constructor(private readonly parts: XmlComponent[]) {
    super('written-as')
  }
  override get writtenAs(): XmlComponent[] {
    return this.parts
  }
}

class Parent extends XmlComponent {
  constructor(children: unknown[]) {
    super('w:parent')
    for (const child of children) this.root.push(child as XmlComponent)
  }
}

describe("docx's XmlComponent.prepForXml, as patched", () => {
  it('drops children written as nothing and keeps text children in their place', () => {
    const written = new Parent([
      new Fixed({ 'w:a': EMPTY_OBJECT }),
      new Fixed(undefined),
      'text',
      undefined
    ]).prepForXml(context())
    expect(written).toEqual({ 'w:parent': [{ 'w:a': EMPTY_OBJECT }, 'text'] })
  })

  it('spreads one level of a child written as several elements, not deeper', () => {
    const nested = [{ 'w:c': EMPTY_OBJECT }]
    const written = new Parent([
      new Fixed([{ 'w:a': EMPTY_OBJECT }, undefined, nested] as IXmlableObject[])
    ]).prepForXml(context())
    expect(written).toEqual({ 'w:parent': [{ 'w:a': EMPTY_OBJECT }, nested] })
  })

  it('writes a component that stands for others as those others, one entry each', () => {
    const pair = [{ 'w:x': EMPTY_OBJECT }, { 'w:y': EMPTY_OBJECT }]
    const parts = [new Fixed(pair as IXmlableObject[]), new Fixed(undefined), new Fixed({ 'w:z': EMPTY_OBJECT })]
    const written = new Parent([new WrittenAs(parts)]).prepForXml(context())
    expect(written).toEqual({ 'w:parent': [pair, { 'w:z': EMPTY_OBJECT }] })
  })

  it('collapses a lone attribute child and writes an empty element as docx does', () => {
    const attributes = { _attr: { 'w:val': 'x' } }
    expect(new Parent([new Fixed(attributes)]).prepForXml(context())).toEqual({ 'w:parent': attributes })
    expect(new Parent([new Fixed(undefined)]).prepForXml(context())).toEqual({ 'w:parent': EMPTY_OBJECT })
  })

  it('has its own component on the stack while its children are written, and only then', () => {
    const seen: unknown[][] = []
    class Spy extends XmlComponent {
      override prepForXml(ctx: IContext): IXmlableObject | undefined {
        seen.push([...ctx.stack])
        return undefined
      }
    }
    const parent = new Parent([new Spy('spy')])
    const ctx = context()
    parent.prepForXml(ctx)
    expect(seen).toEqual([[parent]])
    expect(ctx.stack).toEqual([])
  })
})

describe("docx's optional elements, as patched", () => {
  class Optional extends IgnoreIfEmptyXmlComponent {
    constructor(children: unknown[], includeIfEmpty?: boolean) {
      super('w:optional', includeIfEmpty)
      for (const child of children) this.root.push(child as XmlComponent)
    }
  }

  it('leaves out an element with nothing in it, unless told to keep it, and keeps one with anything', () => {
    expect(new Optional([]).prepForXml(context())).toBeUndefined()
    expect(new Optional([new Fixed(undefined)]).prepForXml(context())).toBeUndefined()
    expect(new Optional([], true).prepForXml(context())).toEqual({ 'w:optional': EMPTY_OBJECT })
    const attributes = { _attr: { 'w:val': 0 } }
    expect(new Optional([new Fixed(attributes)]).prepForXml(context())).toEqual({ 'w:optional': attributes })
    expect(new Optional(['text']).prepForXml(context())).toEqual({ 'w:optional': ['text'] })
  })
})

describe("docx's attribute components, as patched", () => {
  type Values = { first?: number; second?: string; third?: boolean }
  class Named extends XmlAttributeComponent<Values> {
    // docx's type wants every key named; a key left out keeps its own name, as docx writes it.
    protected override readonly xmlKeys = { first: 'w:first', third: 'w:third' } as Record<keyof Values, string>
  }

  it('names each set value as its XML attribute, in the given order, and leaves out unset ones', () => {
    const written = new Named({ third: false, first: 0, second: undefined }).prepForXml(context())
    expect(written).toEqual({ _attr: { 'w:third': false, 'w:first': 0 } })
    expect(Object.keys(written._attr)).toEqual(['w:third', 'w:first'])
    expect(new Named({ second: 'as is' }).prepForXml(context())).toEqual({ _attr: { second: 'as is' } })
  })
})

describe("docx's attributes of built elements, as patched", () => {
  it('keeps the given order, leaves out unset values, and lets a repeated name take the last value', () => {
    // docx's own elements pass options left unset as undefined values, which its types do not show.
    const unset = undefined as unknown as string
    const element = new BuilderElement({
      name: 'w:e',
      attributes: {
        first: { key: 'w:a', value: 1 },
        unset: { key: 'w:b', value: unset },
        second: { key: 'w:c', value: 'deux' },
        again: { key: 'w:a', value: 3 }
      }
    })
    const written = element.prepForXml(context()) as { 'w:e': { _attr: Record<string, unknown> } }
    expect(written).toEqual({ 'w:e': { _attr: { 'w:a': 3, 'w:c': 'deux' } } })
    expect(Object.keys(written['w:e']._attr)).toEqual(['w:a', 'w:c'])
  })
})

/** The body of document.xml, as docx packs it, for elements written as given. */
async function bodyXml(elements: IXmlableObject[]): Promise<string> {
  const children = elements.map((element) => new Fixed(element) as unknown as Paragraph)
  const bytes = await documentBytes(new Document({ sections: [{ children }] }), [], new Date(2026, 0, 2))
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'))
}

describe("docx's XML writer, as patched", () => {
  it('writes attributes, children, empty elements and numbers as docx did', async () => {
    expect(
      await bodyXml([
        { 'w:e': [{ _attr: { 'w:x': `a"b'<&>` } }, { 'w:c': EMPTY_OBJECT }, { 'w:d': { _attr: { 'w:v': 1 } } }] },
        { 'w:empty': [] } as unknown as IXmlableObject,
        { 'w:unset': undefined } as unknown as IXmlableObject,
        { 'w:n': [5] } as unknown as IXmlableObject
      ])
    ).toBe(
      '<w:e w:x="a&quot;b&apos;&lt;&amp;&gt;"><w:c/><w:d w:v="1"/></w:e><w:empty></w:empty><w:unset></w:unset><w:n>5</w:n>'
    )
  })

  it('keeps the quirk docx kept from the xml package: text takes the place of the element before it', async () => {
    expect(await bodyXml([{ 'w:t': [{ 'w:lost': EMPTY_OBJECT }, 'Réfugiés <&>'] } as unknown as IXmlableObject])).toBe(
      '<w:t>Réfugiés &lt;&amp;&gt;</w:t>'
    )
  })

  it('writes character data, closing sequence split', async () => {
    expect(await bodyXml([{ 'w:cd': { _cdata: 'a]]>b' } } as unknown as IXmlableObject])).toBe(
      '<w:cd><![CDATA[a]]]]><![CDATA[>b]]></w:cd>'
    )
  })
})

describe('the installed docx', () => {
  it('carries the patch in the builds Node and the bundler load (npm ci applies it)', () => {
    const require = createRequire(import.meta.url)
    const dist = dirname(require.resolve('docx'))
    for (const file of ['index.mjs', 'index.cjs']) {
      const source = readFileSync(join(dist, file), 'utf8')
      expect(source, file).toContain("Dossier's patch (patches/README.md)")
    }
  })
})
