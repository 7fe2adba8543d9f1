import type { TurnStart } from "./recording-pool";

const HEADER_BYTES = 44;
const SILENCE = 128; // unsigned 8-bit PCM: 128 is the zero line
const PEAK = 100;
const GAP_SECONDS = 0.45; // a pause before the other party answers
const FADE_SECONDS = 0.03; // ramps in and out so turns start and stop without clicks
// Different pitches let a listener tell the two parties apart while scrubbing the player.
const PITCH_HZ = { agent: 240, caller: 150 } as const;

/**
 * A playable stand-in recording: RIFF/WAVE, PCM 8-bit mono. Each transcript turn is a tone
 * burst at its speaker's pitch, with a syllable-rate amplitude wobble and a slow intonation
 * drift so it reads as "someone talking" on a waveform, and silence between turns.
 * Pure and deterministic: the same arguments always give the same bytes.
 */
export function renderCallWav(durationSeconds: number, turnStarts: readonly TurnStart[], sampleRate = 8000): Buffer {
  const sampleCount = Math.round(durationSeconds * sampleRate);
  const pad = sampleCount % 2; // RIFF chunks are word-aligned
  const wav = Buffer.alloc(HEADER_BYTES + sampleCount + pad, SILENCE);
  writeHeader(wav, sampleCount, pad, sampleRate);
  turnStarts.forEach((turn, i) => {
    const end = i + 1 < turnStarts.length ? turnStarts[i + 1].startSeconds : durationSeconds;
    const from = Math.floor(turn.startSeconds * sampleRate);
    const to = Math.min(sampleCount, Math.floor((end - GAP_SECONDS) * sampleRate));
    renderTurn(
      wav.subarray(HEADER_BYTES + from, HEADER_BYTES + Math.max(from, to)),
      PITCH_HZ[turn.speaker],
      i,
      sampleRate,
    );
  });
  return wav;
}

function renderTurn(samples: Buffer, pitchHz: number, turnIndex: number, sampleRate: number) {
  const syllableHz = 3.1 + (turnIndex % 3) * 0.45;
  const fadeSamples = FADE_SECONDS * sampleRate;
  let phase = 0;
  for (let n = 0; n < samples.length; n++) {
    const t = n / sampleRate;
    const fade = Math.min(1, n / fadeSamples, (samples.length - 1 - n) / fadeSamples);
    const syllables = 0.5 - 0.5 * Math.cos(2 * Math.PI * syllableHz * t);
    const phrasing = 0.65 + 0.35 * Math.sin(2 * Math.PI * 0.45 * t + turnIndex);
    const envelope = fade * (0.2 + 0.8 * syllables) * phrasing;
    phase += (2 * Math.PI * pitchHz * (1 + 0.05 * Math.sin(2 * Math.PI * 0.8 * t + turnIndex))) / sampleRate;
    const wave = 0.7 * Math.sin(phase) + 0.2 * Math.sin(2 * phase) + 0.1 * Math.sin(3 * phase);
    samples[n] = Math.max(0, Math.min(255, Math.round(SILENCE + PEAK * envelope * wave)));
  }
}

function writeHeader(wav: Buffer, sampleCount: number, pad: number, sampleRate: number) {
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + sampleCount + pad, 4);
  wav.write("WAVE", 8, "ascii");
  wav.write("fmt ", 12, "ascii");
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate, 28); // byte rate: one byte per sample
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(sampleCount, 40);
}
