import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { CONTRACT_VARIABLE_NAMES, type ContractVariableValues } from './variables'

/** `{{ name }}`, spaces allowed inside the braces. */
const VARIABLE_PATTERN = /\{\{\s*([a-z_]+(?:\.[a-z_]+)?)\s*\}\}/gi

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

export type RenderedContract = {
  /** The template's Lexical state with every known variable replaced in its text nodes. */
  content: SerializedEditorState
  /** The same, as HTML (Payload's Lexical HTML converter, which escapes the text). */
  html: string
  /** Variables the template names that do not exist (left as typed, shown to staff). */
  unknownVariables: string[]
  /** Known variables with no value for this contract (an empty project title…). */
  emptyVariables: string[]
}

/** Replaces the variables in one text; collects the unknown and empty ones. */
export function fillVariables(text: string, values: ContractVariableValues, unknown: Set<string>, empty: Set<string>): string {
  return text.replace(VARIABLE_PATTERN, (match, rawName: string) => {
    const name = rawName.toLowerCase()
    if (!CONTRACT_VARIABLE_NAMES.includes(name)) {
      unknown.add(rawName)
      return match
    }
    const value = values[name as keyof ContractVariableValues]
    if (!value) empty.add(name)
    return value
  })
}

function fillNode(node: LexicalNode, values: ContractVariableValues, unknown: Set<string>, empty: Set<string>): LexicalNode {
  const filled: LexicalNode = { ...node }
  if (typeof node.text === 'string') filled.text = fillVariables(node.text, values, unknown, empty)
  if (Array.isArray(node.children)) filled.children = node.children.map((child) => fillNode(child, values, unknown, empty))
  return filled
}

/** The contract text: the template body with the variables filled in, as Lexical state and as HTML. */
export function renderContractBody(body: SerializedEditorState | null | undefined, values: ContractVariableValues): RenderedContract {
  const unknown = new Set<string>()
  const empty = new Set<string>()
  const root = (body?.root ?? { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 }) as unknown as LexicalNode
  const content = { root: fillNode(root, values, unknown, empty) } as unknown as SerializedEditorState
  const html = convertLexicalToHTML({ data: content, disableContainer: true })
  return { content, html, unknownVariables: [...unknown], emptyVariables: [...empty] }
}

/** A Lexical state made of plain paragraphs (tests, seeds, the default template). */
export function lexicalParagraphs(paragraphs: string[]): SerializedEditorState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  } as unknown as SerializedEditorState
}
