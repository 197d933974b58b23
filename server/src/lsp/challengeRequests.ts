// The challenge panel's requests (method names in challengeMethods.ts): the catalog of shipped challenges, the
// graders, Predict mode's preview and Visualize mode's numbers. Params are checked here; a bad param or an
// unknown challenge id is an InvalidParams error, a bug in a grader an InternalError, never a crashed server.
import * as path from 'path';
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import {
  Challenge, InvalidVisualizationRequest, LoadedChallenges, checkVisualizationRequest, gradeFillInBlank, gradeFix, loadChallenges,
  previewCode, visualize,
} from '../challenges';
import type { PythonParser } from '../parsing/pythonParser';
import { ChallengeMethods, GradeFillInBlankParams, GradeFixParams, MAX_GRADED_CODE_LENGTH, PreviewCodeParams } from './challengeMethods';

/** dist/server.js sits in <extension>/dist; the challenges ship as data in <extension>/challenges. */
export const shippedChallengesDirectory = path.join(__dirname, '..', 'challenges');

const MAX_ID_LENGTH = 200;
const MAX_BLANKS = 50;

export class ChallengeRequests {
  private loaded: LoadedChallenges | undefined;

  constructor(
    private readonly parser: () => PythonParser,
    private readonly log: (message: string) => void,
    private readonly directory = shippedChallengesDirectory,
  ) {}

  register(connection: Connection): void {
    connection.onRequest(ChallengeMethods.catalog, () => this.answer('catalog', () => this.catalog()));
    connection.onRequest(ChallengeMethods.gradeFillInBlank, (params: unknown) => this.answer('gradeFillInBlank', () => {
      const { challengeId, optionIds } = fillInBlankParams(params);
      const challenge = this.challenge(challengeId);
      if (challenge.type !== 'fill-in-blank') throw invalid(`"${challengeId}" is a ${challenge.type} challenge, not fill-in-blank`);
      return gradeFillInBlank(this.parser(), challenge, optionIds);
    }));
    connection.onRequest(ChallengeMethods.gradeFix, (params: unknown) => this.answer('gradeFix', () => {
      const { challengeId, code } = fixParams(params);
      const challenge = this.challenge(challengeId);
      if (challenge.type !== 'fix-the-code') throw invalid(`"${challengeId}" is a ${challenge.type} challenge, not fix-the-code`);
      return gradeFix(this.parser(), challenge, code);
    }));
    connection.onRequest(ChallengeMethods.previewCode, (params: unknown) => this.answer('previewCode', () => {
      const { challengeId } = previewParams(params);
      const challenge = this.challenge(challengeId);
      if (challenge.code === undefined) throw invalid(`"${challengeId}" has no code to preview`);
      return previewCode(this.parser(), challenge.code);
    }));
    connection.onRequest(ChallengeMethods.visualize, (params: unknown) => this.answer('visualize', () => {
      try {
        return visualize(checkVisualizationRequest(params));
      } catch (error) {
        if (error instanceof InvalidVisualizationRequest) throw invalid(error.message);
        throw error;
      }
    }));
  }

  /** Loaded on the first request and kept: the shipped challenges do not change while the server runs. */
  catalog(): LoadedChallenges {
    if (!this.loaded) {
      this.loaded = loadChallenges(this.directory);
      for (const problem of this.loaded.problems) this.log(`challenges: ${problem.file}: ${problem.message}`);
    }
    return this.loaded;
  }

  private challenge(id: string): Challenge {
    const challenge = this.catalog().challenges.find(c => c.id === id);
    if (!challenge) throw invalid(`no challenge has the id "${id}"`);
    return challenge;
  }

  /** ResponseErrors go back as they are; anything else is a bug, logged and answered as an InternalError. */
  private answer<T>(what: string, handler: () => T): T {
    try {
      return handler();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.log(`challenges: ${what} failed: ${(error as Error)?.stack ?? String(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${what} failed: ${(error as Error)?.message ?? String(error)}`);
    }
  }
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function objectParams(params: unknown, shape: string): Record<string, unknown> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw invalid(`expected params ${shape}`);
  return params as Record<string, unknown>;
}

function challengeIdOf(params: Record<string, unknown>): string {
  const { challengeId } = params;
  if (typeof challengeId !== 'string' || !challengeId || challengeId.length > MAX_ID_LENGTH) {
    throw invalid(`challengeId must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
  return challengeId;
}

function previewParams(params: unknown): PreviewCodeParams {
  return { challengeId: challengeIdOf(objectParams(params, '{ challengeId }')) };
}

function fillInBlankParams(params: unknown): GradeFillInBlankParams {
  const object = objectParams(params, '{ challengeId, optionIds }');
  const challengeId = challengeIdOf(object);
  const { optionIds } = object;
  if (!Array.isArray(optionIds) || optionIds.length > MAX_BLANKS ||
      !optionIds.every(id => typeof id === 'string' && id.length <= MAX_ID_LENGTH)) {
    throw invalid(`optionIds must be a list of at most ${MAX_BLANKS} option ids (strings)`);
  }
  return { challengeId, optionIds };
}

function fixParams(params: unknown): GradeFixParams {
  const object = objectParams(params, '{ challengeId, code }');
  const challengeId = challengeIdOf(object);
  const { code } = object;
  if (typeof code !== 'string') throw invalid('code must be a string');
  if (code.length > MAX_GRADED_CODE_LENGTH) throw invalid(`code is ${code.length} characters; at most ${MAX_GRADED_CODE_LENGTH} are graded`);
  return { challengeId, code };
}
