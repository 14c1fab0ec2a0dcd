import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { DEFAULT_PAGES } from '../src/seo/defaultPages'
import { lexicalDocument } from '../src/seo/lexicalText'

// The first content pages (à propos, and the two legal templates, unpublished until the
// operator fills them in). Plain SQL so later changes to the Pages collection cannot break
// this step; a page whose address is already taken is left alone.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const page of DEFAULT_PAGES) {
    await db.execute(sql`
      INSERT INTO "pages" ("title", "slug", "published", "content", "meta_title", "meta_description")
      VALUES (${page.title}, ${page.slug}, ${page.published}, ${JSON.stringify(lexicalDocument(page.blocks))}::jsonb, ${page.metaTitle}, ${page.description})
      ON CONFLICT ("slug") DO NOTHING`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const slugs = DEFAULT_PAGES.map((page) => page.slug)
  await db.execute(sql`DELETE FROM "pages" WHERE "slug" IN (${sql.join(slugs.map((slug) => sql`${slug}`), sql`, `)})`)
}
