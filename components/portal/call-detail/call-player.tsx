"use client";

import { useRef, useState } from "react";
import { TranscriptLines, type TranscriptLine } from "./transcript-lines";

/**
 * The recording and its transcript as one control: clicking a line seeks the audio there and
 * plays; while it plays, the line being spoken is highlighted and kept in view. `preload="none"`:
 * nothing is fetched (and no playback is recorded in the access log) until the viewer presses play.
 */
export function CallPlayer({ recordingUrl, transcript }: { recordingUrl: string; transcript: TranscriptLine[] }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [time, setTime] = useState<number | null>(null);

  function seek(seconds: number) {
    const element = audio.current;
    if (!element) return;
    element.currentTime = seconds;
    setTime(seconds);
    void element.play().catch(() => {});
  }

  return (
    <div className="space-y-4">
      <audio
        ref={audio}
        src={recordingUrl}
        controls
        preload="none"
        className="w-full"
        data-testid="call-audio"
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onSeeked={(e) => setTime(e.currentTarget.currentTime)}
      >
        Your browser cannot play this recording.
      </audio>
      <TranscriptLines lines={transcript} currentTime={time} onSeek={seek} />
    </div>
  );
}
