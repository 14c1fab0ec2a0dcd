import { baseUrl } from './browser'
import { TEST_ADMIN } from './testEnv'

/** Calls the running app's REST API, as an integration or a script would. */
export async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: T }> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json')
  const response = await fetch(`${baseUrl()}${path}`, { ...init, headers })
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

export async function adminToken(): Promise<string> {
  const { body } = await api<{ token: string }>('/api/users/login', {
    method: 'POST',
    body: JSON.stringify(TEST_ADMIN),
  })
  return body.token
}
