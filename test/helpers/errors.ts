import { expect } from 'vitest';
import { AppError } from '../../src/errors.ts';

/** The AppError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function expectAppError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
