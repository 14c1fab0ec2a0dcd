/** Lower case, without accents or punctuation: "Côte d’Ivoire" → "cote d ivoire". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Every word typed starts a word of the text: "ci iv" finds "Côte d’Ivoire CI". */
export function matchesQuery(normalizedText: string, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  const textWords = normalizedText.split(' ')
  return words.every((word) => textWords.some((textWord) => textWord.startsWith(word)))
}
