import { notFound } from 'next/navigation'

/*
 * The app has two root layouts, so Next has no single layout to render an unmatched
 * URL in and would show its bare default 404. Catching every path the public site does
 * not define (more specific routes, /admin and /api always win) renders our own
 * not-found page inside the site's layout, in the visitor's language.
 */
export default function UnknownPage(): never {
  notFound()
}
