import { matchingText } from '../referenceLists'

export type SectionKind = 'header' | 'experience' | 'education' | 'languages' | 'skills' | 'other'

/** How CV headings start, normalized (French and English). */
const HEADINGS: [SectionKind, string[]][] = [
  ['experience', ['experience', 'experiences', 'parcours professionnel', 'parcours', 'emplois', 'work history', 'employment', 'career', 'carriere', 'filmographie', 'filmography', 'credits', 'roles', 'references professionnelles', 'projets', 'projects', 'realisations']],
  ['education', ['formation', 'formations', 'education', 'etudes', 'diplomes', 'diplome', 'cursus', 'training', 'qualifications', 'academic', 'stages de formation', 'certifications']],
  ['languages', ['langues', 'langue', 'languages', 'language', 'competences linguistiques', 'language skills', 'langues parlees', 'spoken languages']],
  ['skills', ['competences', 'skills', 'savoir faire', 'aptitudes', 'special skills', 'talents', 'atouts', 'points forts', 'key skills', 'sports', 'sport', 'permis']],
  ['other', ['centres d interet', 'centre d interet', 'loisirs', 'hobbies', 'interests', 'contact', 'coordonnees', 'profil', 'profile', 'a propos', 'about', 'about me', 'references', 'informations', 'personal details', 'etat civil', 'divers', 'miscellaneous', 'summary', 'resume', 'objectif', 'objective']],
]

export type CvLine = { text: string; normalized: string; section: SectionKind }

/** The section a line opens, when it is a heading ("EXPÉRIENCE PROFESSIONNELLE", "Langues :"). */
export function headingOf(line: string): { kind: SectionKind; rest: string } | null {
  const [head, ...restParts] = line.split(/\s*:\s*/)
  const normalized = matchingText(head)
  const words = normalized.split(' ').filter(Boolean)
  if (words.length === 0 || words.length > 5) return null
  for (const [kind, starts] of HEADINGS) {
    for (const start of starts) {
      if (normalized === start || (normalized.startsWith(`${start} `) && words.length <= 4)) {
        return { kind, rest: restParts.join(': ') }
      }
    }
  }
  return null
}

/** The CV's lines, each with the section it belongs to (the lines before any heading are the header). */
export function splitSections(text: string): CvLine[] {
  const lines: CvLine[] = []
  let section: SectionKind = 'header'
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const heading = headingOf(line)
    if (heading) section = heading.kind
    lines.push({ text: line, normalized: matchingText(line), section })
  }
  return lines
}
