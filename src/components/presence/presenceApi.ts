import type { BulkResponse, HistoryResponse, LiveView, PresenceProjectsResponse, ScanInput, ScanResponse } from '@/presence/types'

export type { PresenceProject } from '@/presence/types'

/** Client calls to the presence endpoints (same-origin session cookie). */

export type ApiResult<T> =
  | { ok: true; status: number; body: T }
  /** status 0: the request never reached the server (no network). */
  | { ok: false; status: number; body: { error?: { code?: string; message?: string } } | null }

async function call<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: init?.body ? { 'content-type': 'application/json' } : undefined,
      cache: 'no-store',
    })
  } catch {
    return { ok: false, status: 0, body: null }
  }
  const body = await response.json().catch(() => null)
  return response.ok ? { ok: true, status: response.status, body: body as T } : { ok: false, status: response.status, body }
}

export const fetchProjects = () => call<PresenceProjectsResponse>('/api/presence/projects')

export const fetchLive = (projectId: number) => call<LiveView>(`/api/presence/projects/${projectId}/live`)

export function fetchHistory(projectId: number, { from, to, talent }: { from: string; to: string; talent?: number }) {
  const query = new URLSearchParams({ from, to })
  if (talent) query.set('talent', String(talent))
  return call<HistoryResponse>(`/api/presence/projects/${projectId}/history?${query}`)
}

export function exportHref(projectId: number, { from, to }: { from: string; to: string }): string {
  return `/api/presence/projects/${projectId}/export.xlsx?${new URLSearchParams({ from, to })}`
}

/** A single scan. Refusals come back as 403/404/400 with a ScanResponse body: those are answers, not failures. */
export async function postScan(scan: ScanInput): Promise<ApiResult<ScanResponse>> {
  const answer = await call<ScanResponse>('/api/presence/scan', { method: 'POST', body: JSON.stringify(scan) })
  if (!answer.ok && isScanResponse(answer.body)) return { ok: true, status: answer.status, body: answer.body }
  return answer
}

export const postBulk = (projectId: number, action: 'checkIn' | 'checkOut', talentIds: number[]) =>
  call<BulkResponse>('/api/presence/bulk', { method: 'POST', body: JSON.stringify({ projectId, action, talentIds }) })

export function isScanResponse(body: unknown): body is ScanResponse {
  return typeof body === 'object' && body !== null && 'result' in body && 'scanId' in body
}
