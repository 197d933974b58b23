// An open Python file: analysed incrementally while it is within the size limit (analysisLimits.ts), held as
// plain text with the reason while it is over it, so that a huge file costs neither time nor memory, and
// editing it back under the limit brings the analysis back.
import { MAX_PROGRAM_CHARACTERS, whyFileNotAnalysed } from '../analysis/analysisLimits';
import { IncrementalFile } from '../incremental/incrementalFile';
import type { ChunkEdit } from '../incremental/chunkedText';
import { applyTextChange } from '../parsing/textChange';
import type { PythonParser } from '../parsing/pythonParser';

export class OpenFile {
  private analysed: IncrementalFile | undefined;
  private held: string | undefined;

  constructor(private readonly parser: PythonParser, text: string) {
    this.hold(text);
  }

  /** The file's analysis; undefined while the file is too large to analyse. */
  get file(): IncrementalFile | undefined {
    return this.analysed;
  }

  /** Why the file is not analysed ("not analysed: …"); undefined while it is. */
  get notAnalysed(): string | undefined {
    return this.held === undefined ? undefined : whyFileNotAnalysed(this.held.length);
  }

  applyEdits(edits: readonly ChunkEdit[]): void {
    // Typing goes to the incremental analysis; a whole new text (or a paste larger than the limit) starts over.
    if (this.analysed && edits.every(edit => edit.range && edit.text.length <= MAX_PROGRAM_CHARACTERS)) {
      this.analysed.applyEdits(edits);
      if (!whyFileNotAnalysed(this.analysed.length)) return;
      this.hold(this.analysed.text);
      return;
    }
    this.hold(edits.reduce(applyTextChange, this.analysed?.text ?? this.held!));
  }

  private hold(text: string): void {
    if (whyFileNotAnalysed(text.length)) {
      this.analysed = undefined;
      this.held = text;
    } else {
      this.analysed = new IncrementalFile(this.parser, text);
      this.held = undefined;
    }
  }
}
