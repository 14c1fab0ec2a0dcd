// word-extractor ships no types; only the part used here.
declare module 'word-extractor' {
  class WordDocument {
    getBody(): string
    getHeaders(options?: { includeFooters?: boolean }): string
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>
  }
}
