/**
 * Sound and vibration after a scan, where the browser allows: on a noisy set the staff member
 * may not be looking at the screen. A success is one high beep, a refusal two low ones.
 */
export type FeedbackKind = 'success' | 'warning' | 'error'

let audio: AudioContext | null = null

/** Call from a tap (camera button, submit): browsers only allow sound after a user gesture. */
export function unlockAudio(): void {
  try {
    const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
    if (!Context) return
    audio ??= new Context()
    if (audio.state === 'suspended') void audio.resume()
  } catch {
    audio = null
  }
}

const TONES: Record<FeedbackKind, { frequency: number; beeps: number; length: number }> = {
  success: { frequency: 1320, beeps: 1, length: 0.15 },
  warning: { frequency: 660, beeps: 1, length: 0.25 },
  error: { frequency: 220, beeps: 2, length: 0.18 },
}

const VIBRATIONS: Record<FeedbackKind, number[]> = {
  success: [80],
  warning: [60, 60, 60],
  error: [200, 100, 200],
}

export function scanFeedback(kind: FeedbackKind): void {
  try {
    navigator.vibrate?.(VIBRATIONS[kind])
  } catch {
    // Some browsers throw when vibration is blocked: feedback is a courtesy.
  }
  if (!audio || audio.state !== 'running') return
  const { frequency, beeps, length } = TONES[kind]
  const start = audio.currentTime
  for (let i = 0; i < beeps; i += 1) {
    const at = start + i * (length + 0.08)
    const oscillator = audio.createOscillator()
    const gain = audio.createGain()
    oscillator.type = kind === 'error' ? 'square' : 'sine'
    oscillator.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, at)
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.01)
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length)
    oscillator.connect(gain).connect(audio.destination)
    oscillator.start(at)
    oscillator.stop(at + length + 0.02)
  }
}
