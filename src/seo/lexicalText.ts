/**
 * Builds Lexical rich-text JSON (the `content` field of pages) from plain blocks, for
 * seeded pages written in code. Each block: a heading, a paragraph or a bullet list.
 */
export type TextBlock = { h2: string } | { p: string } | { ul: string[] }

const common = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

function node(block: TextBlock) {
  if ('h2' in block) return { ...common, type: 'heading', tag: 'h2', children: [text(block.h2)] }
  if ('p' in block) return { ...common, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block.p)] }
  return {
    ...common,
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: block.ul.map((item, index) => ({ ...common, type: 'listitem', value: index + 1, children: [text(item)] })),
  }
}

export function lexicalDocument(blocks: TextBlock[]) {
  return { root: { ...common, type: 'root', children: blocks.map(node) } }
}
