/* The Taalentio wordmark on the admin login page (replaces Payload's). */
export default function AdminLogo() {
  return <img src="/logo.svg" alt="Taalentio" width={232} height={48} style={{ display: 'block', height: 48, width: 'auto' }} />
}
