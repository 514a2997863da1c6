/**
 * Progress for long ingests: a redrawn bar on a terminal, plain lines at every tenth otherwise
 * (logs and CI output stay readable).
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressReporter {
  update(label: string, done: number, total: number): void;
  finish(): void;
}

export function createProgressReporter(stream: ProgressStream): ProgressReporter {
  let lastTenth = -1;
  let lastLabel = '';
  let drawn = false;

  return {
    update(label, done, total) {
      if (total <= 0) return;
      const fraction = Math.min(1, done / total);
      if (stream.isTTY) {
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
        const filled = Math.round(fraction * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        stream.write(`\r${label} ${bar} ${done}/${total} ${(fraction * 100).toFixed(0).padStart(3)}%`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (label !== lastLabel) lastTenth = -1;
      if (tenth !== lastTenth) {
        stream.write(`${label}: ${done}/${total} (${tenth * 10}%)\n`);
        lastTenth = tenth;
        lastLabel = label;
      }
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
      lastTenth = -1;
    },
  };
}
