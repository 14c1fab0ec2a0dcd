import { uploadedFile, type UploadedFile } from '@/uploads/multipartForm'
import { UPLOAD_RULES } from '@/uploads/uploadRules'
import { MAX_GALLERY_PHOTOS } from './schema'

/**
 * The cinema form's files from a multipart body: `photo`, `gallery` (repeated; one more than
 * allowed is read so that the count can be refused), `cv`. Used by the registration and by
 * the owner's edit form.
 */
export async function cinemaFormFiles(form: FormData): Promise<{ photo?: UploadedFile; gallery: UploadedFile[]; cv?: UploadedFile }> {
  const galleryEntries = form.getAll('gallery').slice(0, MAX_GALLERY_PHOTOS + 1)
  return {
    photo: await uploadedFile(form.get('photo'), UPLOAD_RULES.photo.maxBytes),
    cv: await uploadedFile(form.get('cv'), UPLOAD_RULES.cv.maxBytes),
    gallery: (await Promise.all(galleryEntries.map((entry) => uploadedFile(entry, UPLOAD_RULES.photo.maxBytes)))).filter(
      (file): file is UploadedFile => Boolean(file),
    ),
  }
}
