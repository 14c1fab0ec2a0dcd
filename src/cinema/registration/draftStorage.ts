import type { CinemaFiles, CinemaFormValues } from './form'

/**
 * The registration draft kept in the browser, so that a reload or a lost connection loses
 * nothing: the typed values in localStorage (small, synchronous to read at start) and the
 * chosen files as Blobs in IndexedDB (localStorage holds only strings and a few MB).
 * Every function fails quietly: without storage (private browsing) the form still works.
 */
const VALUES_KEY = 'taalentio:cinema-registration:v1'
const DB_NAME = 'taalentio-cinema-registration'
const STORE = 'files'
const FILES_KEY = 'draft'

export type DraftValues = { savedAt: string; values: Partial<CinemaFormValues>; confirmed?: string[] }

type StoredFile = { name: string; type: string; lastModified: number; blob: Blob }
type StoredFiles = { photo: StoredFile | null; gallery: StoredFile[]; cv: StoredFile | null }

export function saveDraftValues(values: CinemaFormValues, confirmed: string[]): boolean {
  try {
    const draft: DraftValues = { savedAt: new Date().toISOString(), values, confirmed }
    window.localStorage.setItem(VALUES_KEY, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function loadDraftValues(): DraftValues | null {
  try {
    const raw = window.localStorage.getItem(VALUES_KEY)
    if (!raw) return null
    const draft = JSON.parse(raw) as DraftValues
    return draft && typeof draft === 'object' && draft.values && typeof draft.values === 'object' ? draft : null
  } catch {
    return null
  }
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB unavailable'))
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode)
      const request = act(transaction.objectStore(STORE))
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = () => reject(transaction.error)
      transaction.onabort = () => reject(transaction.error)
    })
  } finally {
    db.close()
  }
}

const toStored = (file: File): StoredFile => ({ name: file.name, type: file.type, lastModified: file.lastModified, blob: file })
const toFile = (stored: StoredFile | null | undefined): File | null =>
  stored?.blob ? new File([stored.blob], stored.name, { type: stored.type, lastModified: stored.lastModified }) : null

export async function saveDraftFiles(files: CinemaFiles): Promise<boolean> {
  try {
    const stored: StoredFiles = {
      photo: files.photo ? toStored(files.photo) : null,
      gallery: files.gallery.map(toStored),
      cv: files.cv ? toStored(files.cv) : null,
    }
    await withStore('readwrite', (store) => store.put(stored, FILES_KEY))
    return true
  } catch {
    return false
  }
}

export async function loadDraftFiles(): Promise<CinemaFiles | null> {
  try {
    const stored = await withStore<StoredFiles | undefined>('readonly', (store) => store.get(FILES_KEY))
    if (!stored) return null
    return {
      photo: toFile(stored.photo),
      gallery: (stored.gallery ?? []).map(toFile).filter((file): file is File => file !== null),
      cv: toFile(stored.cv),
    }
  } catch {
    return null
  }
}

export async function clearDraft(): Promise<void> {
  try {
    window.localStorage.removeItem(VALUES_KEY)
  } catch {
    // nothing kept, nothing to clear
  }
  try {
    await withStore('readwrite', (store) => store.delete(FILES_KEY))
  } catch {
    // idem
  }
}
