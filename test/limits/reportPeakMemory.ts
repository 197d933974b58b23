// Preloaded into a child process (`node --require …/reportPeakMemory.js dist/cli.js …`): when the process
// exits, writes its peak resident memory (kB, the kernel's VmHWM) to the file named by LSL_PEAK_MEMORY_FILE.
import * as fs from 'fs';

const target = process.env.LSL_PEAK_MEMORY_FILE;
if (target) {
  process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
