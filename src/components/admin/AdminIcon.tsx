/* The Taalentio mark in the admin navigation (replaces Payload's). */
export default function AdminIcon() {
  return <img src="/mark.svg" alt="Taalentio" width={28} height={28} style={{ display: 'block' }} />
}
